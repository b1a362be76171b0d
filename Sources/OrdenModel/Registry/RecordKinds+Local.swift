import Basics
import FrontMatter

extension RecordKinds {
    static let system = RecordKindSpec(kind: .system, fields: [
        // A system page is built around its name and product: neither can be internal.
        FieldSpec("name", \System.name, "Name", "The system's name; when absent, the product's.", .text(), alwaysPublic: true).guide("Inherited from the product if absent. If there is no product name either, the id is used. A system must have at least one of `name` and `product`.").mark("systemets navn").column("Navn", ["Systemnavn", "System", "Name", "System name"]),
        FieldSpec("product", \System.product, "Product", "The catalogue product (id) the system is an installation of; it inherits what it does not state.", .reference(.product), alwaysPublic: true).guide("The catalogue product the system uses. The system inherits from it (see below).").offer("produkt-id", "produktet i katalogen; systemet arver fra det").column("Produkt", ["Produktnavn", "Product", "Product name"]),
        FieldSpec("vendor", \System.vendor, "Vendor", "The vendor (id), when not the product's.", .reference(.vendor)).guide("Inherited from the product if absent. Set it when there is no product, or to override the product's vendor.").offer("leverandor-id", "leverandøren, når systemet ikke har et produkt").column("Leverandør", ["Leverandørnavn", "Vendor", "Supplier"]),
        FieldSpec("category", \System.category, "Category", "A publiccode.yml software category, when not the product's.", .text()).guide("Inherited if absent.").offer("document-management", "programvarekategori fra publiccode.yml").column("Kategori", ["Category"]),
        FieldSpec("owner", \System.owner, "System owner", "The unit or role that owns the system (systemeier).", .text(), .recommended).guide("The systemeier (unit or role). A missing owner is a warning, not an error, so that an inventory in progress can be published; the data quality report lists systems without one.").mark("systemeier (enhet eller rolle)").column("Systemeier", ["Eier", "Owner", "System owner"]),
        FieldSpec("manager", \System.manager, "System manager", "The unit or role that manages the system (systemforvalter).", .text()).guide("The systemforvalter.").offer("IT-avdelingen", "systemforvalter (enhet eller rolle)").column("Systemforvalter", ["Forvalter", "Systemansvarlig", "Manager", "System manager"]),
        FieldSpec("service_areas", \System.serviceAreas, "Service areas", "The service areas (ids) the system serves.", .references(.serviceArea)).guide("The areas the system serves; inherited from the product when absent.").offer(["tjenesteomrade-id"], "tjenesteområdene systemet brukes i").column("Tjenesteområder", ["Tjenesteområde", "Fagområde", "Fagområder", "Sektor", "Service area", "Service areas"]),
        FieldSpec("lifecycle", required: \System.lifecycle, "Lifecycle", "Where the system is in its life.", .object([
            FieldSpec("status", required: \Lifecycle.status, "Status", "The lifecycle stage.", .closed(LifecycleStatus.self)).guide("The lifecycle stage. `lifecycle` itself is required.").mark().column("Status", ["Livsløp", "Livsløpsstatus", "Livssyklus", "Lifecycle", "Lifecycle status"]),
            FieldSpec("since", \Lifecycle.since, "Since", "When the system entered this stage.", .date).guide("When the current status began.").offer(.today, "da nåværende status begynte").column("I bruk fra", ["Tatt i bruk", "I drift fra", "Innført", "Since"]),
            FieldSpec("end_of_life", \Lifecycle.endOfLife, "End of life", "When the system is to be retired.", .date).guide("Must not be before `since`. `phase-out` without it gives a warning.").offer(.today, "når systemet skal avvikles").column("Levetid slutt", ["Avvikles dato", "Utfasingsdato", "End of life"]),
        ])).offerFields(),
        FieldSpec("fit", \System.fit, "Fit", "How well the system fits, 1 (poor) to 5 (good).", .object([
            FieldSpec("functional", \Fit.functional, "Functional fit", "How well it serves the users' needs, 1–5.", .integer(minimum: 1, maximum: 5)).guide("How well the system serves the business.").column("Funksjonell egnethet", ["Funksjonell", "Functional fit"]),
            FieldSpec("technical", \Fit.technical, "Technical fit", "How sound it is technically, 1–5.", .integer(minimum: 1, maximum: 5)).guide("Technical quality.").column("Teknisk egnethet", ["Teknisk", "Technical fit"]),
        ])).offer(["functional": 3, "technical": 3], "egnethet 1–5: funksjonell og teknisk"),
        FieldSpec("time", \System.time, "TIME", "Gartner TIME: what to do with the system.", .closed(TimeCategory.self)).guide("Gartner TIME. Derived from `fit` if absent (see below).").offer("invest", FieldTemplate.choices(TimeCategory.allowedValues) + " (ellers utledet av fit)").column("TIME", ["TIME-kategori", "Gartner TIME"]),
        FieldSpec("criticality", \System.criticality, "Criticality", "How critical the system is to the municipality's services.", .closed(Criticality.self)).offer("medium").column("Kritikalitet", ["Kritikalitetsnivå", "Criticality"]),
        FieldSpec("classification", \System.classification, "Classification", "Internal: confidentiality, integrity and availability levels 1–4 (only in the internal site).", .object([
            FieldSpec("confidentiality", \Classification.confidentiality, "Confidentiality", "Level 1–4.", .integer(minimum: 1, maximum: 4)).column("Konfidensialitet", ["Confidentiality"]),
            FieldSpec("integrity", \Classification.integrity, "Integrity", "Level 1–4.", .integer(minimum: 1, maximum: 4)).column("Integritet", ["Integrity"]),
            FieldSpec("availability", \Classification.availability, "Availability", "Level 1–4.", .integer(minimum: 1, maximum: 4)).column("Tilgjengelighet", ["Availability"]),
        ]), internal: true).guide("The security classification.").offer(["confidentiality": 2, "integrity": 2, "availability": 2], "sikkerhetsklassifisering 1–4 (internt)"),
        FieldSpec("last_risk_assessment", \System.lastRiskAssessment, "Last risk assessment", "Internal: the date of the last risk assessment (only in the internal site).", .date, internal: true).guide("When the risks of the system were last assessed.").offer(.today, "siste risikovurdering (internt)").column("Siste risikovurdering", ["Risikovurdering", "ROS", "Last risk assessment"]),
        FieldSpec("hosting", \System.hosting, "Hosting", "How the system is hosted.", .closed(Hosting.self)).guide("Inherited if absent.").offer("saas").column("Drift", ["Driftsform", "Driftsmodell", "Hosting"]),
        FieldSpec("users", \System.users, "Users", "The number of users.", .count).guide("The number of users.").offer(100, "antall brukere").column("Brukere", ["Antall brukere", "Users", "Number of users"]),
        FieldSpec("cost", \System.cost, "Cost", "What the system costs a year, in NOK.", .object([
            FieldSpec("licence", \Cost.licence, "Licence", "Licence cost per year, NOK.", .money).column("Lisenskostnad", ["Lisens", "Lisenskostnader", "Licence cost", "License cost"]),
            FieldSpec("operations", \Cost.operations, "Operations", "Operating cost per year, NOK.", .money).column("Driftskostnad", ["Driftskostnader", "Operations cost", "Operating cost"]),
            // A sheet's one cost column does not say what kind of cost it is: read as "other", so that
            // the system's total is right without claiming it is licence or operations.
            FieldSpec("other", \Cost.other, "Other", "Other costs per year, NOK.", .money).column("Andre kostnader", ["Annen kostnad", "Other cost", "Other costs", "Kostnad per år", "Årlig kostnad", "Årskostnad", "Kostnad", "Kostnader", "Kostnad pr år", "Totalkostnad", "Annual cost", "Cost"]),
        ])).guide("Yearly costs. The page shows their sum.").offer(["licence": 0, "operations": 0, "other": 0], "kroner per år"),
        FieldSpec("contract", \System.contract, "Contract", "The contract (id) that covers the system.", .reference(.contract)).guide("The main contract.").offer("avtale-id", "avtalen systemet er kjøpt på (i contracts/)").column("Avtale", ["Kontrakt", "Contract"]),
        FieldSpec("standards", \System.standards, "Standards", "The standards (ids) the system supports.", .references(.standard)).guide("Inherited if absent or empty.").column("Standarder", ["Standard", "Standards"]),
        FieldSpec("personal_data", \System.personalData, "Personal data", "The personal data the system holds.", personalData([
            "Inherited if absent or empty.", "Inherited if absent or empty.", "The registrerte, e.g. `[innbyggere, ansatte]`. Not inherited.",
        ])).offer(["data_subjects": ["innbyggere", "ansatte"]], "de registrerte"),
        FieldSpec("dpa", \System.dpa, "Data processing agreement", "The data processing agreement (contract id).", .reference(.contract)).guide("The databehandleravtale.").offer("avtale-id", "databehandleravtalen (i contracts/)").column("Databehandleravtale", ["DBA", "DPA"]),
        FieldSpec("integrations", \System.integrations, "Integrations", "The system's integrations with other systems and products.", .list(.object([
            FieldSpec("to", required: \Integration.to, "To", "A system of the same municipality (id), another municipality's system (number/id) or a product (product:id).", .integrationTarget).guide("Where the integration goes (three forms, below).").offer("system-id", "her, 9901/system-id eller product:produkt-id"),
            FieldSpec("via", \Integration.via, "Via", "The standard (id) the integration uses.", .reference(.standard)).guide("e.g. `fiks-arkiv`.").offer("standard-id"),
            FieldSpec("direction", \Integration.direction, "Direction", "Which way data flows, seen from this system.", .closed(Direction.self)).guide("Seen from this system: `out` sends, `in` receives.").offer("out"),
            FieldSpec("data", \Integration.data, "Data", "What data the integration carries.", .text()).guide("What is exchanged.").offer("hva som utveksles"),
            FieldSpec("personal_data", \Integration.personalData, "Personal data", "Whether the integration carries personal data.", .boolean).guide("Whether personal data is exchanged.").offer(false),
            FieldSpec("frequency", \Integration.frequency, "Frequency", "How often data is exchanged.", .closed(IntegrationFrequency.self)).guide("How often data is exchanged.").offer("daily"),
        ]))).offerItem("integrasjoner med andre systemer"),
        FieldSpec("datasets", \System.datasets, "Datasets", "Datasets (ids) made from the system.", .references(.dataset)).guide("Datasets that come from this system.").offer(["datasett-id"], "datasett som kommer fra systemet (i datasets/)").column("Datasett", ["Datasets"]),
        FieldSpec("api", \System.api, "API", "An API the system offers; published as a DCAT-AP-NO data service.", .object([
            FieldSpec("endpoint_url", required: \API.endpointUrl, "Endpoint URL", "Where the API is served.", .uri).guide("An API the system offers others. The system is then listed in the dataset catalogue as a DCAT-AP-NO data service (`dcat:DataService`) serving the system's datasets."),
            FieldSpec("endpoint_description", \API.endpointDescription, "Endpoint description", "An OpenAPI document or documentation page.", .uri).guide("An OpenAPI document, WSDL or documentation page."),
            FieldSpec("description", \API.description, "Description", "What the API offers.", .text()).guide("Default: \"Programmeringsgrensesnitt (API) til *system* i *municipality*.\""),
            FieldSpec("access_rights", \API.accessRights, "Access rights", "Who may use the API.", .closed(AccessRights.self)),
            FieldSpec("licence", \API.licence, "Licence", "The licence of the data the API serves.", .closed(DatasetLicence.self)),
        ])),
        FieldSpec("infrastructure", \System.infrastructure, "Infrastructure", "Internal: servers and infrastructure (only in the internal site).", .text(), internal: true).guide("Servers, network, sign-in.").offer("servere, nettverk, pålogging", "internt, publiseres aldri").column("Infrastruktur", ["Infrastructure"]),
        visibility(\System.visibility), reviewed(\System.reviewed),
    ], templateOrder: ["name", "product", "vendor", "owner", "lifecycle", "manager", "category", "service_areas", "hosting", "fit", "time", "criticality",
                      "users", "cost", "contract", "dpa", "personal_data", "integrations", "datasets", "classification", "last_risk_assessment", "infrastructure"],
       columnOrder: ["name", "product", "vendor", "category", "owner", "manager", "service_areas", "lifecycle", "fit", "time", "criticality", "hosting",
                     "users", "cost", "contract", "dpa", "standards", "datasets", "personal_data", "classification", "last_risk_assessment", "infrastructure"])

    static let distribution = FieldType.object([
        FieldSpec("title", \Distribution.title, "Title", "The distribution's title.", .text()).offer("Nedlasting (CSV)"),
        FieldSpec("format", \Distribution.format, "Format", "The file type, a code of the EU file-type vocabulary.", .closed(FileFormat.self)).guide("EU file-type codes.").offer("CSV", "CSV, JSON, XML, GEOJSON, XLSX, PDF …").column("Format", ["Filformat", "File format"]),
        FieldSpec("access_url", required: \Distribution.accessUrl, "Access URL", "Where the data can be reached.", .uri).guide("Where the data can be reached.").offer("https://www.example.no/data", "hvor dataene kan hentes").column("Tilgangsadresse", ["Lenke", "URL", "Adresse", "Access URL"]),
        FieldSpec("download_url", \Distribution.downloadUrl, "Download URL", "Where the file can be downloaded directly.", .uri).guide("A direct download.").offer("https://www.example.no/data.csv", "direkte nedlasting"),
        FieldSpec("licence", \Distribution.licence, "Licence", "The distribution's licence, when not the dataset's.", .closed(DatasetLicence.self)).guide("Defaults to the dataset's `licence`."),
    ])

    static let dataset = RecordKindSpec(kind: .dataset, fields: [
        // The published catalogue names the dataset by it: it cannot be internal.
        FieldSpec("uri", \Dataset.uri, "IRI", "The dataset's own IRI in another catalogue; the published catalogue describes the dataset under it.", .uri, alwaysPublic: true).guide("The dataset's own IRI, when it has one in another catalogue (the import writes it). The published catalogue describes the dataset under this IRI, so that data.norge.no sees one dataset, not two. Two datasets with the same `uri` are an error."),
        FieldSpec("title", required: \Dataset.title, "Title", "The dataset's title.", .text()).mark("datasettets tittel").column("Tittel", ["Navn", "Datasett", "Datasettnavn", "Title", "Name"]),
        FieldSpec("description", required: \Dataset.description, "Description", "A short description of the dataset.", .text()).guide("A short plain-text summary. The body can add more (\"Mer om datasettet\").").mark("en kort beskrivelse av datasettet i ren tekst").column("Beskrivelse", ["Description"]),
        FieldSpec("themes", required: \Dataset.themes, "Themes", "Codes of the EU data-theme vocabulary.", .list(.closed(DataTheme.self))).guide("EU data themes; at least one.").mark("EU-tema, ett eller flere av " + DataTheme.allowedValues.joined(separator: ", ")).column("Tema", ["Temaer", "Theme", "Themes"]),
        FieldSpec("access_rights", required: \Dataset.accessRights, "Access rights", "Who may access the data.", .closed(AccessRights.self)).guide("`public` without `licence` or without `distributions` gives a warning.").mark().column("Tilgang", ["Tilgangsnivå", "Tilgangsrettigheter", "Access rights"]),
        FieldSpec("licence", \Dataset.licence, "Licence", "The licence the data is published under.", .closed(DatasetLicence.self)).offer("NLOD-2.0", FieldTemplate.choices(DatasetLicence.allowedValues) + " (kreves for åpne data)").column("Lisens", ["Licence", "License"]),
        FieldSpec("keywords", \Dataset.keywords, "Keywords", "Words to find the dataset by.", .list(.text())).offer(["emneord"], "emneord").column("Emneord", ["Nøkkelord", "Stikkord", "Keywords"]),
        FieldSpec("distributions", \Dataset.distributions, "Distributions", "The forms the data is available in.", .list(distribution)).offerItem("distribusjoner (kreves for åpne data)"),
        FieldSpec("contact", \Dataset.contact, "Contact", "Who to ask about the dataset.", contact).guide("The contact point. It **is** published, so use a unit, a shared address and a switchboard number.").offer(["name": "Enheten", "email": "postmottak@example.no"], "kontaktpunkt; publiseres, så bruk en enhet"),
        FieldSpec("spatial", \Dataset.spatial, "Spatial coverage", "The places the data covers: one or a list, each a name, a web address (IRI) of the place, `municipality` (the municipality's own area), or a name with its uri.", .anyOf([place, .list(place)])).guide(type: "a place, or a list of places", "Geographic coverage. A place is a name (`Sentrum`), the IRI of the place (a Kartverket administrative unit such as `https://data.geonorge.no/administrativeEnheter/kommune/id/3301`, an EU country such as `http://publications.europa.eu/resource/authority/country/NOR`, a GeoNames feature such as `https://sws.geonames.org/3143244/`), both as `{name: …, uri: …}`, or `municipality`: the municipality's own area, published as its Kartverket unit. Only places with an IRI are in the DCAT catalogue; a place given only by name is a warning saying so. An IRI from another vocabulary is an error, as DCAT-AP-NO's shapes would reject it, and so is text that starts like an address but is not a usable one.").offer(.text(Place.municipalityKeyword), "geografisk dekning: municipality (hele kommunen, publiseres som Kartverkets IRI), et stedsnavn eller en IRI").column("Geografisk område", ["Dekningsområde", "Spatial"]),
        FieldSpec("temporal", \Dataset.temporal, "Temporal coverage", "The period the data covers.", .object([
            FieldSpec("start", \Period.start, "Start", "The first day covered.", .date).column("Tidsrom fra", ["Periode fra", "Temporal start"]),
            FieldSpec("end", \Period.end, "End", "The last day covered.", .date).column("Tidsrom til", ["Periode til", "Temporal end"]),
        ])).guide("The period covered. `end` must not be before `start`.").offer(["start": .today, "end": .today], "perioden dataene dekker"),
        FieldSpec("frequency", \Dataset.frequency, "Update frequency", "How often the data is updated (EU frequency vocabulary).", .closed(UpdateFrequency.self)).guide("How often the dataset is updated.").offer("annual").column("Oppdateringsfrekvens", ["Frekvens", "Oppdatering", "Frequency"]),
        FieldSpec("source_systems", \Dataset.sourceSystems, "Source systems", "The systems (ids) the data comes from.", .references(.system)).guide("The systems the data comes from.").offer(["system-id"], "systemene dataene kommer fra (i systems/)").column("Kildesystemer", ["Kildesystem", "Source systems", "Source system"]),
        FieldSpec("personal_data", \Dataset.personalData, "Personal data", "Whether the dataset holds personal data.", .boolean).guide("Whether the dataset contains personal data.").offer(false, "om datasettet har personopplysninger").column("Personopplysninger", ["Inneholder personopplysninger", "Personal data"]),
        FieldSpec("issued", \Dataset.issued, "Issued", "When the dataset was first published.", .date).offer(.today, "første gang publisert").column("Utgitt", ["Publisert", "Issued"]),
        FieldSpec("modified", \Dataset.modified, "Modified", "When the dataset was last changed.", .date).guide("`modified` before `issued` gives a warning.").offer(.today, "sist endret").column("Sist endret", ["Endret", "Oppdatert", "Modified"]),
        visibility(\Dataset.visibility), reviewed(\Dataset.reviewed),
    ], columnOrder: ["title", "description", "themes", "access_rights", "licence", "keywords", "distributions[].access_url", "distributions[].format",
                     "contact", "spatial", "temporal", "frequency", "source_systems", "personal_data", "issued", "modified"])

    static let processing = RecordKindSpec(kind: .processing, fields: [
        FieldSpec("name", required: \ProcessingActivity.name, "Name", "The processing activity's name.", .text()).mark("behandlingens navn").column("Behandling", ["Behandlingsaktivitet", "Aktivitet", "Navn", "Name", "Processing activity"]),
        FieldSpec("purpose", required: \ProcessingActivity.purpose, "Purpose", "Why the personal data is processed (GDPR art. 30(1)(b)).", .text()).guide("The purpose of the processing.").mark("formålet med behandlingen").column("Formål", ["Hensikt", "Purpose"]),
        FieldSpec("legal_basis", \ProcessingActivity.legalBasis, "Legal basis", "The GDPR articles and national laws the processing rests on.", .list(.object([
            FieldSpec("article", required: \LegalBasis.article, "Article", "A GDPR article giving a legal basis: 6(1)(a)–(f), 9(2)(a)–(j) or 10.", .legalArticle).guide("e.g. `6(1)(e)`, `9(2)(h)`.").mark("artikkel i GDPR, f.eks. 6(1)(e) eller 9(2)(h)"),
            FieldSpec("law", \LegalBasis.law, "Law", "The national law and section, e.g. Arkivlova § 6.", .text()).guide("The supplementary legal basis, e.g. \"barnehageloven § 19\".").offer("lov § 1", "supplerende rettsgrunnlag"),
        ])), .recommended).offerFields().column("Behandlingsgrunnlag", ["Rettslig grunnlag", "Lovlig grunnlag", "Hjemmel", "Legal basis"]),
        FieldSpec("data_subjects", \ProcessingActivity.dataSubjects, "Data subjects", "Whose personal data is processed.", .list(.text()), .recommended).guide("The registrerte.").mark("de registrerte, f.eks. innbyggere, ansatte").column("Registrerte", ["Kategorier registrerte", "Data subjects"]),
        FieldSpec("data_categories", required: \ProcessingActivity.dataCategories, "Data categories", "The kinds of personal data processed.", .list(.text())).guide("The categories of personal data; at least one.").mark("kategoriene av personopplysninger, f.eks. navn, adresse").column("Personopplysninger", ["Kategorier personopplysninger", "Opplysningskategorier", "Data categories"]),
        FieldSpec("special_categories", \ProcessingActivity.specialCategories, "Special categories", "Special categories of personal data (GDPR articles 9 and 10).", .list(.closed(SpecialCategory.self))).offer(["health"], "særlige kategorier (GDPR art. 9 og 10), f.eks. health").column("Særlige kategorier", ["Sensitive personopplysninger", "Special categories"]),
        FieldSpec("recipients", \ProcessingActivity.recipients, "Recipients", "Who the data is disclosed to.", .list(.text())).offer(["mottaker"], "hvem opplysningene utleveres til").column("Mottakere", ["Recipients"]),
        FieldSpec("third_country_transfers", \ProcessingActivity.thirdCountryTransfers, "Third-country transfers", "Transfers outside the EEA.", .object([
            FieldSpec("countries", \ThirdCountryTransfers.countries, "Countries", "The countries, ISO 3166-1 alpha-2.", .list(.country)).guide("Countries receiving the data. Giving countries without `safeguard` gives a warning.").column("Tredjeland", ["Overføring til tredjeland", "Third countries"]),
            FieldSpec("safeguard", \ThirdCountryTransfers.safeguard, "Safeguard", "The safeguard the transfer rests on (e.g. standard contractual clauses).", .text()).guide("The transfer mechanism, e.g. EU standard contractual clauses.").column("Overføringsgrunnlag", ["Garantier", "Safeguard"]),
        ])).offer(["countries": ["US"], "safeguard": "EUs standardavtaler"], "overføring til land utenfor EØS"),
        FieldSpec("retention", \ProcessingActivity.retention, "Retention", "How long the data is kept.", .text(), .recommended).guide("How long the data is kept (lagringstid).").mark("lagringstiden, altså hvor lenge opplysningene lagres").column("Lagringstid", ["Sletting", "Slettefrist", "Oppbevaring", "Retention"]),
        FieldSpec("security_measures", \ProcessingActivity.securityMeasures, "Security measures", "A general description of the technical and organisational security measures.", .text()).offer("tilgangsstyring og logging", "sikkerhetstiltak").column("Sikkerhetstiltak", ["Tiltak", "Security measures"]),
        FieldSpec("systems", \ProcessingActivity.systems, "Systems", "The systems used: ids of this municipality's systems, or number/id of another's.", .list(.systemReference)).guide("The systems used for the processing.").offer(["system-id"], "systemene som brukes (i systems/ eller 9901/system-id)").column("Systemer", ["System", "Systems"]),
        FieldSpec("processors", \ProcessingActivity.processors, "Processors", "Data processors and their agreements.", .list(.object([
            FieldSpec("vendor", required: \Processor.vendor, "Vendor", "The processor (vendor id).", .reference(.vendor)).guide("A databehandler.").offer("leverandor-id"),
            FieldSpec("dpa", \Processor.dpa, "Data processing agreement", "The agreement (contract id).", .reference(.contract)).guide("Its databehandleravtale.").offer("avtale-id", "databehandleravtalen (i contracts/)"),
        ]))).offerItem("databehandlere").column("Databehandlere", ["Databehandler", "Processors"]),
        FieldSpec("dpia", \ProcessingActivity.dpia, "DPIA", "Data protection impact assessment.", .object([
            FieldSpec("required", \ImpactAssessment.required, "Required", "Whether a DPIA is required.", .boolean).guide("Whether a DPIA (vurdering av personvernkonsekvenser) is required.").column("DPIA påkrevd", ["DPIA", "Personvernkonsekvensvurdering", "DPIA required"]),
            FieldSpec("date", \ImpactAssessment.date, "Date", "When the DPIA was made.", .date).guide("When the DPIA was carried out.").column("DPIA dato", ["Dato DPIA", "DPIA date"]),
        ])).offer(["required": true, "date": .today], "vurdering av personvernkonsekvenser"),
        FieldSpec("joint_controllers", \ProcessingActivity.jointControllers, "Joint controllers", "Other controllers the processing is shared with.", .list(.text())).guide("Felles behandlingsansvarlige.").offer(["Annen kommune"], "felles behandlingsansvarlige").column("Felles behandlingsansvarlige", ["Felles behandlingsansvar", "Joint controllers"]),
        visibility(\ProcessingActivity.visibility), reviewed(\ProcessingActivity.reviewed),
    ], templateOrder: ["name", "purpose", "legal_basis", "data_subjects", "data_categories", "retention", "special_categories", "recipients",
                      "third_country_transfers", "security_measures", "systems", "processors", "dpia", "joint_controllers"])

    static let contract = RecordKindSpec(kind: .contract, fields: [
        FieldSpec("title", required: \Contract.title, "Title", "The contract's title.", .text()).mark("avtalens tittel").column("Tittel", ["Avtalenavn", "Navn", "Kontrakt", "Title", "Name"]),
        FieldSpec("vendor", required: \Contract.vendor, "Vendor", "The other party (vendor id).", .reference(.vendor)).guide("The contract party.").mark("leverandørens id (filnavnet i content/catalogue/vendors/ uten .md)").column("Leverandør", ["Leverandørnavn", "Vendor", "Supplier"]),
        FieldSpec("type", \Contract.type, "Type", "The kind of contract (Norwegian standard contracts SSA-*, DPA, framework, other).", .closed(ContractType.self)).guide("A state standard agreement (SSA), a databehandleravtale (`DPA`), a framework agreement (rammeavtale) or another kind.").offer("SSA-L").column("Avtaletype", ["Type", "Kontraktstype", "Contract type"]),
        FieldSpec("systems", \Contract.systems, "Systems", "The systems (ids) the contract covers.", .references(.system)).guide("The systems the contract covers.").offer(["system-id"], "systemene avtalen gjelder (i systems/)").column("Systemer", ["System", "Systems"]),
        FieldSpec("start", required: \Contract.start, "Start", "When the contract started.", .date).mark("startdato, ÅÅÅÅ-MM-DD").column("Startdato", ["Start", "Fra", "Inngått", "Gjelder fra", "Start date"]),
        FieldSpec("end", \Contract.end, "End", "When the contract ends, options not counted.", .date).guide("Must not be before `start`.").offer(.today, "sluttdato").column("Sluttdato", ["Slutt", "Utløp", "Utløper", "Til", "Gjelder til", "End", "End date"]),
        FieldSpec("notice_months", \Contract.noticeMonths, "Notice", "The notice period in months.", .count).guide("The notice period (oppsigelsesfrist) in months, 0 to 120.").offer(6, "oppsigelsestid i måneder").column("Oppsigelsestid (måneder)", ["Oppsigelsestid", "Oppsigelse (mnd)", "Notice months", "Notice"]),
        FieldSpec("renewal_options", \Contract.renewalOptions, "Renewal options", "Options to extend the contract.", .text()).guide("Options to extend (opsjoner).").offer("2 + 1 år", "opsjoner på forlengelse").column("Opsjoner", ["Opsjon", "Forlengelse", "Renewal options"]),
        FieldSpec("annual_cost", \Contract.annualCost, "Annual cost", "What the contract costs a year, NOK.", .money).guide("The yearly cost.").offer(0, "kroner per år").column("Årlig kostnad", ["Kostnad per år", "Årskostnad", "Kostnad", "Annual cost"]),
        FieldSpec("procurement_ref", \Contract.procurementRef, "Procurement reference", "The procurement's reference (e.g. a Doffin number).", .text()).guide("The procurement reference, e.g. a Doffin number.").offer("2025-123456", "saksnummer eller Doffin-referanse").column("Anskaffelsesreferanse", ["Anskaffelse", "Saksnummer", "Doffin", "Procurement ref"]),
        FieldSpec("owner", \Contract.owner, "Owner", "The unit or role that owns the contract.", .text()).guide("The contract owner (unit or role).").offer("Innkjøp", "avtaleeier (enhet eller rolle)").column("Avtaleeier", ["Avtaleansvarlig", "Eier", "Owner"]),
        visibility(\Contract.visibility), reviewed(\Contract.reviewed),
    ])

    static let initiative = RecordKindSpec(kind: .initiative, fields: [
        FieldSpec("title", required: \Initiative.title, "Title", "The initiative's title.", .text()).mark("tiltakets tittel"),
        FieldSpec("goal", \Initiative.goal, "Goal", "What the initiative is to achieve.", .text()).guide("What the initiative is to achieve.").offer("hva tiltaket skal oppnå", "mål"),
        FieldSpec("status", required: \Initiative.status, "Status", "Where the initiative stands in the action plan.", .closed(InitiativeStatus.self)).guide("`approved` and `ongoing` change the future portfolio. A `done` initiative should have an `end`.").mark(),
        FieldSpec("owner", \Initiative.owner, "Owner", "The unit or role responsible.", .text()).guide("Who is responsible (unit or role).").offer("IT-avdelingen", "ansvarlig (enhet eller rolle)"),
        FieldSpec("start", \Initiative.start, "Start", "When work starts.", .date).offer(.today, "start"),
        FieldSpec("end", \Initiative.end, "End", "When work is to be done.", .date).guide("`end` must not be before `start`.").offer(.today, "slutt"),
        FieldSpec("budget", \Initiative.budget, "Budget", "The budget by year, NOK.", .list(.object([
            FieldSpec("year", required: \BudgetLine.year, "Year", "The budget year.", .integer(minimum: 1900, maximum: 2200)).guide("One line per year.").offer(.thisYear),
            FieldSpec("investment", \BudgetLine.investment, "Investment", "One-off investment that year, NOK.", .money).guide("One-time costs that year.").offer(0, "engangskostnad, kroner"),
            FieldSpec("running", \BudgetLine.running, "Running cost", "Running cost that year, NOK.", .money).guide("Running costs that year.").offer(0, "driftskostnad, kroner"),
        ]))).offerItem("budsjett, én linje per år"),
        FieldSpec("benefits", \Initiative.benefits, "Benefits", "The expected benefits (gevinster).", .list(.object([
            FieldSpec("what", required: \Benefit.what, "What", "The benefit.", .text()).guide("An expected benefit (gevinst).").offer("forventet gevinst"),
            FieldSpec("measure", \Benefit.measure, "Measure", "How the benefit is measured.", .text()).guide("How it is measured.").offer("hvordan den måles"),
            FieldSpec("by", \Benefit.by, "By", "When the benefit is to be realised.", .date).guide("When it should be realised.").offer(.today),
        ]))).offerItem("gevinster"),
        FieldSpec("systems", \Initiative.systems, "Systems", "The systems the initiative changes.", .object([
            FieldSpec("adds", \AffectedSystems.adds, "Adds", "Systems or products (product:id) it adds.", .list(.integrationTarget)).guide("Systems it introduces; a product for a system not registered yet."),
            FieldSpec("replaces", \AffectedSystems.replaces, "Replaces", "Systems it replaces.", .list(.systemReference)).guide("Systems it replaces. A region's initiative must name the municipality (`9901/sak-arkiv`)."),
            FieldSpec("retires", \AffectedSystems.retires, "Retires", "Systems it retires.", .list(.systemReference)).guide("Systems it retires. A region's initiative must name the municipality (`9901/sak-arkiv`)."),
        ])).offer(["adds": ["product:produkt-id"], "replaces": ["system-id"]], "systemer tiltaket innfører, erstatter (replaces) eller avvikler (retires)"),
        FieldSpec("service_areas", \Initiative.serviceAreas, "Service areas", "The service areas (ids) concerned.", .references(.serviceArea)).offer(["tjenesteomrade-id"], "tjenesteområder"),
        visibility(\Initiative.visibility), reviewed(\Initiative.reviewed),
    ], templateOrder: ["title", "status", "goal", "owner", "start", "end", "budget", "benefits", "systems", "service_areas"])
}
