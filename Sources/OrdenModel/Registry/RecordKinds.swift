import Basics
import FrontMatter

// The one description of every record kind's fields. The JSON Schemas, the README's content
// reference and the internal-field list are derived from it: a new field is added here, once.

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
    package static let visibility = FieldSpec("visibility", "Visibility", "public, or internal for a record only the internal site shows (never present in the public site's JSON).", .closed(Visibility.self))

    static func reviewed<Model>(_ path: WritableKeyPath<Model, Day?> & Sendable) -> FieldSpec {
        FieldSpec("reviewed", path, "Reviewed", "When the record was last checked to be correct.", .date)
    }

    package static let contact = FieldType.object([
        FieldSpec("name", "Name", "The contact's name, role or team.", .text()),
        FieldSpec("email", "E-mail", "The contact's e-mail address.", .email),
        FieldSpec("url", "Web address", "A contact page or form.", .uri),
        FieldSpec("phone", "Telephone", "The contact's telephone number, as written.", .text()),
    ])

    /// A place: text (a name, a web address, or `municipality`), or a name with its address.
    package static let place = FieldType.anyOf([
        .text(),
        .object([
            FieldSpec("name", "Name", "The place's name.", .text()),
            FieldSpec("uri", "Web address", "The IRI that identifies the place, e.g. a Kartverket administrative unit.", .uri),
        ]),
    ])

    static let personalData = FieldType.object([
        FieldSpec("categories", "Categories", "The kinds of personal data held (name, address, national identity number …).", .list(.text())),
        FieldSpec("special_categories", "Special categories", "Special categories of personal data (GDPR articles 9 and 10).", .list(.closed(SpecialCategory.self))),
        FieldSpec("data_subjects", "Data subjects", "Whose personal data it is (inhabitants, pupils, employees …).", .list(.text())),
    ])

    package static let typicalIntegration = FieldType.object([
        FieldSpec("to", "To", "The product (id) it usually integrates with.", .reference(.product), .required),
        FieldSpec("via", "Via", "The standard (id) the integration uses.", .reference(.standard)),
        FieldSpec("direction", "Direction", "Which way data flows, seen from this product.", .closed(Direction.self)),
    ])

    // MARK: The catalogue

    static let vendor = RecordKindSpec(kind: .vendor, fields: [
        FieldSpec("name", "Name", "The vendor's name.", .text(), .required),
        FieldSpec("orgnr", \Vendor.orgnr, "Organisation number", "The Norwegian organisation number, nine digits (mod-11 checked).", .orgnr),
        FieldSpec("country", \Vendor.country, "Country", "The vendor's country, ISO 3166-1 alpha-2.", .country),
        FieldSpec("website", \Vendor.website, "Website", "The vendor's website.", .uri),
        visibility, reviewed(\Vendor.reviewed),
    ])

    static let product = RecordKindSpec(kind: .product, fields: [
        FieldSpec("name", "Name", "The product's name.", .text(), .required),
        FieldSpec("vendor", "Vendor", "The vendor (id) that makes or maintains the product.", .reference(.vendor), .required),
        FieldSpec("category", \Product.category, "Category", "A software category of the publiccode.yml standard (e.g. document-management).", .text()),
        FieldSpec("service_areas", \Product.serviceAreas, "Service areas", "The service areas (ids) the product serves.", .references(.serviceArea)),
        FieldSpec("hosting", \Product.hosting, "Hosting", "How the product is usually hosted.", .closed(Hosting.self)),
        FieldSpec("licence", \Product.licence, "Licence", "An SPDX licence identifier, or proprietary.", .text()),
        FieldSpec("standards", \Product.standards, "Standards", "The standards (ids) the product supports.", .references(.standard)),
        FieldSpec("personal_data", \Product.personalData, "Personal data", "The personal data the product typically holds.", personalData),
        FieldSpec("typical_integrations", \Product.typicalIntegrations, "Typical integrations", "Integrations the product usually has with other products.", .list(typicalIntegration)),
        FieldSpec("website", \Product.website, "Website", "The product's website.", .uri),
        FieldSpec("publiccode_url", \Product.publiccodeUrl, "publiccode.yml", "The address of the product's publiccode.yml.", .uri),
        FieldSpec("status", \Product.status, "Status", "Whether the product is still offered.", .closed(ProductStatus.self)),
        visibility, reviewed(\Product.reviewed),
    ])

    static let serviceArea = RecordKindSpec(kind: .serviceArea, fields: [
        FieldSpec("name", "Name", "The service area's name.", .text(), .required),
        FieldSpec("kostra", \ServiceArea.kostra, "KOSTRA functions", "The KOSTRA function codes the service area covers.", .list(.text())),
        FieldSpec("parent", \ServiceArea.parent, "Parent", "The service area (id) this one belongs under.", .reference(.serviceArea)),
        visibility, reviewed(\ServiceArea.reviewed),
    ])

    static let standard = RecordKindSpec(kind: .standard, fields: [
        FieldSpec("name", "Name", "The standard's name.", .text(), .required),
        FieldSpec("kind", \Standard.kind, "Kind", "What kind of standard or national component it is.", .closed(StandardKind.self)),
        FieldSpec("url", \Standard.url, "Address", "Where the standard is described.", .uri),
        visibility, reviewed(\Standard.reviewed),
    ])

    // MARK: A municipality and its records

    static let municipality = RecordKindSpec(kind: .municipality, fields: [
        FieldSpec("name", "Name", "The municipality's name.", .text(), .required),
        FieldSpec("number", "Municipality number", "The four-digit kommunenummer.", .municipalityNumber, .required),
        FieldSpec("orgnr", "Organisation number", "The municipality's organisation number, nine digits.", .orgnr, .required),
        FieldSpec("county", \Municipality.county, "County", "The county (fylke).", .text()),
        // The cooperation places the municipality in its region, and the language and fiction
        // decide how its pages read: a site cannot hide them.
        FieldSpec("cooperation", "Cooperation", "The regional council or inter-municipal cooperation it belongs to.", .text()),
        FieldSpec("population", \Municipality.population, "Population", "The number of inhabitants.", .count),
        FieldSpec("website", \Municipality.website, "Website", "The municipality's website.", .uri),
        FieldSpec("language", "Language", "The municipality's official written language.", .closed(Language.self)),
        FieldSpec("dpo", \Municipality.dpo, "Data protection officer", "Internal: the data protection officer's name and e-mail (only in the internal site).", contact, internal: true),
        FieldSpec("fictional", "Fictional", "True for a demo municipality (county 99).", .boolean),
        visibility, reviewed(\Municipality.reviewed),
    ])
}
