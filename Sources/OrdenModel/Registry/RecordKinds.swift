import Basics
import FrontMatter
import OrdenResources

// The one description of every record kind's fields. The decoder's field tables, the JSON
// Schemas, the README's content reference, the internal-field list, the spreadsheet columns'
// types and the files `orden new` writes (`offer`, `mark`: in Norwegian, for editors) are derived
// from it: a new field is added here and in its model type.

extension RecordKind {
    package var spec: RecordKindSpec {
        switch self {
        case .vendor: RecordKinds.vendor
        case .product: RecordKinds.product
        case .serviceArea: RecordKinds.serviceArea
        case .standard: RecordKinds.standard
        case .municipality: RecordKinds.municipality
        case .system: RecordKinds.system
        case .dataset: RecordKinds.dataset
        case .processing: RecordKinds.processing
        case .contract: RecordKinds.contract
        case .initiative: RecordKinds.initiative
        }
    }
}

package enum RecordKinds {
    // MARK: Shared parts

    /// Never clearable: the audience itself is decided by it.
    static func visibility<Model>(_ path: WritableKeyPath<Model, Visibility?> & Sendable) -> FieldSpec {
        FieldSpec("visibility", path, "Visibility", "public, or internal for a record only the internal site shows (never present in the public site's JSON).",
                  .closed(Visibility.self), alwaysPublic: true).offer("internal", "bare i den interne utgaven av nettstedet").column("Synlighet", ["Visibility"])
    }

    /// `label`: the kinds whose page shows the date name its text.
    static func reviewed<Model>(_ path: WritableKeyPath<Model, Day?> & Sendable, label: TextKey? = nil) -> FieldSpec {
        FieldSpec("reviewed", path, "Reviewed", "When the record was last checked to be correct.", .date).offer(.today, "sist gjennomgått (ÅÅÅÅ-MM-DD)").column("Sist gjennomgått", ["Gjennomgått", "Vurdert", "Sist vurdert", "Reviewed", "Last reviewed"]).label(label)
    }

    package static let contact = FieldType.object([
        FieldSpec("name", \Contact.name, "Name", "The contact's name, role or team.", .text()).column("Kontaktpunkt", ["Kontakt", "Kontaktperson", "Contact", "Contact point"]),
        FieldSpec("email", \Contact.email, "E-mail", "The contact's e-mail address.", .email).column("Kontakt e-post", ["E-post", "Epost", "Email", "Contact email"]),
        FieldSpec("url", \Contact.url, "Web address", "A contact page or form.", .uri),
        FieldSpec("phone", \Contact.phone, "Telephone", "The contact's telephone number, as written.", .text()),
    ])

    /// A place: text (a name, a web address, or `municipality`), or a name with its address.
    package static let place = FieldType.anyOf([
        .text(),
        .object([
            FieldSpec("name", "Name", "The place's name.", .text()),
            FieldSpec("uri", "Web address", "The IRI that identifies the place, e.g. a Kartverket administrative unit.", .uri),
        ]),
    ])

    /// What personal data a product or system holds; `guides` say, per field, how systems inherit
    /// it, and `labels` what its page calls each field it shows on its own.
    static func personalData(_ guides: [String], labels: [TextKey?]) -> FieldType {
        .object([
            FieldSpec("categories", \PersonalDataSummary.categories, "Categories", "The kinds of personal data held (name, address, national identity number …).", .list(.text())).guide(guides[0]).column("Personopplysninger", ["Kategorier personopplysninger", "Inneholder personopplysninger", "Behandler personopplysninger", "Personopplysninger (ja/nei)", "Persondata", "Personal data"]).label(labels[0]),
            FieldSpec("special_categories", \PersonalDataSummary.specialCategories, "Special categories", "Special categories of personal data (GDPR articles 9 and 10).", .list(.closed(SpecialCategory.self))).guide(guides[1]).column("Særlige kategorier", ["Sensitive personopplysninger", "Særlige kategorier personopplysninger", "Sensitive opplysninger", "Special categories"]).label(labels[1]),
            FieldSpec("data_subjects", \PersonalDataSummary.dataSubjects, "Data subjects", "Whose personal data it is (inhabitants, pupils, employees …).", .list(.text())).guide(guides[2]).column("Registrerte", ["Data subjects"]).label(labels[2]),
        ])
    }

    package static let typicalIntegration = FieldType.object([
        FieldSpec("to", required: \TypicalIntegration.to, "To", "The product (id) it usually integrates with.", .reference(.product)).guide("A product this one typically integrates with. Shown on the product's page and on the pages of systems that use it.").offer("produkt-id"),
        FieldSpec("via", \TypicalIntegration.via, "Via", "The standard (id) the integration uses.", .reference(.standard)).guide("The standard the integration uses.").offer("standard-id"),
        FieldSpec("direction", \TypicalIntegration.direction, "Direction", "Which way data flows, seen from this product.", .closed(Direction.self)).guide("Seen from this product: `out` sends, `in` receives.").offer("out"),
    ])

    // MARK: The catalogue

    static let vendor = RecordKindSpec(kind: .vendor, fields: [
        FieldSpec("name", required: \Vendor.name, "Name", "The vendor's name.", .text()).guide("The company name.").mark("leverandørens navn, som i Enhetsregisteret"),
        FieldSpec("orgnr", \Vendor.orgnr, "Organisation number", "The Norwegian organisation number, nine digits (mod-11 checked).", .orgnr).guide("The number in Enhetsregisteret.").offer(.text(FillIn.mark("9 siffer")), "organisasjonsnummeret i Enhetsregisteret").label(.catalogue.vendor.facts.orgnr),
        FieldSpec("country", \Vendor.country, "Country", "The vendor's country, ISO 3166-1 alpha-2.", .country).guide("The country where the vendor is based.").offer("NO", "landet leverandøren holder til i (NO, SE, US …)").label(.catalogue.vendor.facts.country),
        FieldSpec("website", \Vendor.website, "Website", "The vendor's website.", .uri).offer(.website, "leverandørens nettsted").label(.catalogue.vendor.facts.website),
        visibility(\Vendor.visibility), reviewed(\Vendor.reviewed),
    ])

    static let product = RecordKindSpec(kind: .product, fields: [
        FieldSpec("name", required: \Product.name, "Name", "The product's name.", .text()).guide("The product name. Systems inherit it.").mark("produktets navn"),
        FieldSpec("vendor", required: \Product.vendor, "Vendor", "The vendor (id) that makes or maintains the product.", .reference(.vendor)).guide("Who supplies the product. Systems inherit it.").mark("leverandørens id (filnavnet i content/catalogue/vendors/ uten .md)").label(.catalogue.product.facts.vendor),
        FieldSpec("category", \Product.category, "Category", "A software category of the publiccode.yml standard (e.g. document-management).", .text()).guide("A publiccode.yml software category (e.g. `document-management`, `payroll`). Any other value gives a warning. Systems inherit it.").offer("document-management", "programvarekategori fra publiccode.yml").label(.catalogue.product.facts.category),
        FieldSpec("service_areas", \Product.serviceAreas, "Service areas", "The service areas (ids) the product serves.", .references(.serviceArea)).guide("The areas the product serves. Systems inherit them.").offer(["tjenesteomrade-id"], "tjenesteområdene produktet brukes i").label(.catalogue.product.facts.serviceAreas),
        FieldSpec("hosting", \Product.hosting, "Hosting", "How the product is usually hosted.", .closed(Hosting.self)).guide("Systems inherit it.").offer("saas").label(.catalogue.product.facts.hosting),
        FieldSpec("licence", \Product.licence, "Licence", "An SPDX licence identifier, or proprietary.", .text()).guide("An SPDX id (`EUPL-1.2`) or `proprietary`. Not checked.").offer("proprietary", "SPDX-id (f.eks. EUPL-1.2) eller proprietary").label(.catalogue.product.facts.licence),
        FieldSpec("standards", \Product.standards, "Standards", "The standards (ids) the product supports.", .references(.standard)).guide("The standards the product supports. Systems inherit them.").offer(["standard-id"], "standarder produktet støtter").label(.catalogue.product.facts.standards),
        FieldSpec("personal_data", \Product.personalData, "Personal data", "The personal data the product typically holds.", personalData([
            "The personal data the product typically processes. Systems inherit it.",
            "Special categories under GDPR Art. 9 and 10. Systems inherit them.",
            "Accepted, but not shown or inherited for products.",
        ], labels: [nil, .catalogue.product.facts.specialCategories, nil])).offer(["categories": ["navn", "adresse"]], "personopplysninger produktet vanligvis behandler").label(.catalogue.product.facts.personalData),
        FieldSpec("typical_integrations", \Product.typicalIntegrations, "Typical integrations", "Integrations the product usually has with other products.", .list(typicalIntegration)).offerItem("produkter det vanligvis integreres med"),
        FieldSpec("website", \Product.website, "Website", "The product's website.", .uri).offer(.website, "produktets nettsted").label(.catalogue.product.facts.website),
        FieldSpec("publiccode_url", \Product.publiccodeUrl, "publiccode.yml", "The address of the product's publiccode.yml.", .uri).guide("The product's publiccode.yml.").offer("https://www.example.no/publiccode.yml", "produktets publiccode.yml").label(.catalogue.product.facts.publiccode),
        FieldSpec("status", \Product.status, "Status", "Whether the product is still offered.", .closed(ProductStatus.self)).guide("Any status other than `active` is shown as a badge.").offer("active").label(.catalogue.product.facts.status),
        visibility(\Product.visibility), reviewed(\Product.reviewed),
    ])

    static let serviceArea = RecordKindSpec(kind: .serviceArea, fields: [
        FieldSpec("name", required: \ServiceArea.name, "Name", "The service area's name.", .text()).guide("e.g. \"Plan og byggesak\".").mark("tjenesteområdets navn, f.eks. Plan og byggesak"),
        FieldSpec("kostra", \ServiceArea.kostra, "KOSTRA functions", "The KOSTRA function codes the service area covers.", .list(.text())).guide("KOSTRA function codes, quoted (`[\"301\", \"302\"]`).").offer(["301", "302"], "KOSTRA-funksjoner, i anførselstegn").label(.catalogue.serviceArea.facts.kostra),
        FieldSpec("parent", \ServiceArea.parent, "Parent", "The service area (id) this one belongs under.", .reference(.serviceArea)).guide("The enclosing area. An area cannot be its own parent.").offer("tjenesteomrade-id", "området dette hører inn under").label(.catalogue.serviceArea.facts.parent),
        visibility(\ServiceArea.visibility), reviewed(\ServiceArea.reviewed),
    ])

    static let standard = RecordKindSpec(kind: .standard, fields: [
        FieldSpec("name", required: \Standard.name, "Name", "The standard's name.", .text()).guide("e.g. \"Fiks Arkiv\", \"Noark 5\".").mark("standardens navn, f.eks. Fiks Arkiv"),
        FieldSpec("kind", \Standard.kind, "Kind", "What kind of standard or national component it is.", .closed(StandardKind.self)).guide("The kind of standard.").offer("api").label(.catalogue.standard.facts.kind),
        FieldSpec("url", \Standard.url, "Address", "Where the standard is described.", .uri).guide("The specification or product page.").offer(.website, "spesifikasjonen eller produktsiden").label(.catalogue.standard.facts.website),
        visibility(\Standard.visibility), reviewed(\Standard.reviewed),
    ])

    // MARK: A municipality and its records

    static let municipality = RecordKindSpec(kind: .municipality, fields: [
        FieldSpec("name", required: \Municipality.name, "Name", "The municipality's name.", .text()).guide("e.g. \"Storlia kommune\".").mark("kommunens navn"),
        FieldSpec("number", required: \Municipality.number, "Municipality number", "The four-digit kommunenummer.", .municipalityNumber).guide("Must be the same as the number in the folder name.").label(.municipality.facts.number),
        FieldSpec("orgnr", required: \Municipality.orgnr, "Organisation number", "The municipality's organisation number, nine digits.", .orgnr).guide("The municipality's organisasjonsnummer.").mark("kommunens organisasjonsnummer (9 siffer) fra Enhetsregisteret").label(.municipality.facts.orgnr),
        FieldSpec("county", \Municipality.county, "County", "The county (fylke).", .text()).guide("The county (fylke). Free text.").label(.municipality.facts.county),
        // The cooperation places the municipality in its region, and the language and fiction
        // decide how its pages read: a site cannot hide them.
        FieldSpec("cooperation", \Municipality.cooperation, "Cooperation", "The regional council or inter-municipal cooperation it belongs to.", .text(), alwaysPublic: true).guide("The regional council or interkommunalt samarbeid.").offer("Regionrådet", "regionråd eller interkommunalt samarbeid").label(.municipality.facts.cooperation),
        FieldSpec("population", \Municipality.population, "Population", "The number of inhabitants.", .count).guide("Inhabitants; at most 10,000,000 (more than any municipality has).").offer(10000, "innbyggertall").label(.municipality.facts.population),
        FieldSpec("website", \Municipality.website, "Website", "The municipality's website.", .uri).offer(.website, "kommunens nettsted").label(.municipality.facts.website),
        FieldSpec("language", \Municipality.language, "Language", "The municipality's official written language.", .closed(Language.self), alwaysPublic: true).guide("The municipality's målform: its own pages (its page, lists, records, reports) are in this language whatever the site's language.").offer("nb", "målform: " + FieldTemplate.choices(Language.allowedValues)).label(.municipality.facts.language),
        FieldSpec("dpo", \Municipality.dpo, "Data protection officer", "The data protection officer's contact: e-mail, phone or contact page, published (GDPR art. 37(7)); the name only in the internal site.", contact).guide("The personvernombud. GDPR art. 37(7) requires the contact details to be published, and they are: a functional address (`personvernombud@kommune.no`) is enough. The person's `name` is shown only in the internal site, unless orden.yml has `public_fields: [municipality.dpo]`. A name without an e-mail, phone or URL gives a warning.").offer(["name": "Personvernombudet", "email": "personvernombud@example.no"], "personvernombudets kontaktopplysninger (navnet vises bare internt)").label(.municipality.facts.dpo),
        FieldSpec("fictional", \Municipality.fictional, "Fictional", "True for a demo municipality (county 99).", .boolean, alwaysPublic: true).guide("Marks a demo or test municipality. Its page gets a \"Fiktiv kommune\" badge.").offer(true, "en oppdiktet kommune til demo og test"),
        visibility(\Municipality.visibility), reviewed(\Municipality.reviewed),
    ], templateOrder: ["name", "number", "orgnr", "county", "fictional", "cooperation", "population", "website", "language", "dpo",
                                                   "visibility", "reviewed"])
}
