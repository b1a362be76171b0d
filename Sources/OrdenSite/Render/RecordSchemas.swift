import Basics
import FrontMatter
import Mustache
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSource
import RDF

/// A JSON value, for documents built field by field (the schemas) rather than encoded from a type.
indirect enum JSONValue: Encodable, Sendable {
    case string(String)
    case integer(Int)
    case number(Double)
    case bool(Bool)
    case array([JSONValue])
    case object([String: JSONValue])

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let text): try container.encode(text)
        case .integer(let n): try container.encode(n)
        case .number(let x): try container.encode(x)
        case .bool(let b): try container.encode(b)
        case .array(let items): try container.encode(items)
        case .object(let members): try container.encode(members)
        }
    }
}

/// The shape of a value in a record's JSON, with enough detail for a JSON Schema.
indirect enum FieldType: Sendable {
    case text(format: String? = nil, pattern: String? = nil)
    case integer(minimum: Int? = nil, maximum: Int? = nil)
    case number(minimum: Double? = nil)
    case boolean
    /// A closed value set; the cases come from the Swift enum, so the schema cannot drift from it.
    case choice([String])
    case list(FieldType)
    case object([Field], required: [String] = [])
    /// Any one of several shapes (a value written either as text or as a list).
    case anyOf([FieldType])

    static let date = FieldType.text(format: "date")
    static let uri = FieldType.text(format: "uri")
    static let email = FieldType.text(format: "email")
    static let id = FieldType.text(pattern: "^[a-z0-9][a-z0-9-]*$")
    static let money = FieldType.number(minimum: 0)
    static let count = FieldType.integer(minimum: 0)
    static func closed<T: ClosedValue>(_ type: T.Type) -> FieldType { .choice(T.allowedValues) }
}

/// One property: its key, a short title, a sentence saying what it holds, and its type.
struct Field: Sendable {
    var key: String
    var title: String
    var description: String
    var type: FieldType

    init(_ key: String, _ title: String, _ description: String, _ type: FieldType) {
        self.key = key
        self.title = title
        self.description = description
        self.type = type
    }
}

/// JSON Schemas (draft 2020-12) of each record kind's JSON, generated from one description of the
/// fields per kind and the Swift enums' cases.
enum RecordSchemas {
    static func schema(for kind: RecordKind, id: String) -> JSONValue {
        var properties: [Field] = [
            Field("$schema", "Schema", "The address of this JSON Schema.", .uri),
            Field("id", "Id", "The record's id: its file name without .md, unique among records of its kind (of its municipality, for local records).", .id),
            Field("kind", "Kind", "The kind of record.", .choice([JSONRecords.name(of: kind)])),
            Field("url", "Page", "The absolute address of the record's page.", .uri),
            Field("description_html", "Description (HTML)", "The Markdown body of the record rendered to sanitised HTML; for a system without its own body, its product's.", .text()),
            Field("fields", "Fields", "The record's front matter as the editor wrote it, with snake_case keys. Internal fields are left out of the public site.", .object(fields(of: kind), required: required(of: kind))),
            Field("links", "Links", "The JSON addresses of related records, by relation.", .object(linkFields(of: kind))),
        ]
        var required = ["$schema", "id", "kind", "url", "fields"]
        if kind.isLocal || kind == .municipality {
            properties.append(Field("municipality", "Municipality", "The number (kommunenummer) of the municipality the record belongs to.", .text(pattern: "^[0-9]{4}$")))
            if kind != .initiative { required.append("municipality") }
        }
        if kind == .initiative {
            properties.append(Field("region", "Region", "The id of the cooperation region whose shared action plan the initiative belongs to.", .id))
        }
        if kind == .system {
            properties.append(Field("resolved", "Resolved values", "The system's values after inheritance from its product: what the page shows.", resolvedSystem))
            required.append("resolved")
        }
        var root = objectSchema(properties, required: required)
        root["$schema"] = .string("https://json-schema.org/draft/2020-12/schema")
        root["$id"] = .string(id)
        root["title"] = .string("Orden \(kind.noun)")
        root["description"] = .string("The JSON of one \(kind.noun) page of an Orden site (index.json beside the page's index.html).")
        return .object(root)
    }

    // MARK: Writing the schema

    static func schema(of type: FieldType) -> [String: JSONValue] {
        switch type {
        case .text(let format, let pattern):
            var schema: [String: JSONValue] = ["type": .string("string")]
            if let format { schema["format"] = .string(format) }
            if let pattern { schema["pattern"] = .string(pattern) }
            return schema
        case .integer(let minimum, let maximum):
            var schema: [String: JSONValue] = ["type": .string("integer")]
            if let minimum { schema["minimum"] = .integer(minimum) }
            if let maximum { schema["maximum"] = .integer(maximum) }
            return schema
        case .number(let minimum):
            var schema: [String: JSONValue] = ["type": .string("number")]
            if let minimum { schema["minimum"] = .number(minimum) }
            return schema
        case .boolean:
            return ["type": .string("boolean")]
        case .choice(let values):
            return ["type": .string("string"), "enum": .array(values.map(JSONValue.string))]
        case .list(let item):
            return ["type": .string("array"), "items": .object(schema(of: item))]
        case .object(let fields, let required):
            return objectSchema(fields, required: required)
        case .anyOf(let types):
            return ["anyOf": .array(types.map { .object(schema(of: $0)) })]
        }
    }

    /// Objects are closed (`additionalProperties: false`), so that a field Orden writes but the
    /// schema does not describe fails validation instead of going undocumented.
    static func objectSchema(_ fields: [Field], required: [String]) -> [String: JSONValue] {
        var properties: [String: JSONValue] = [:]
        for field in fields {
            var property = schema(of: field.type)
            property["title"] = .string(field.title)
            property["description"] = .string(field.description)
            properties[field.key] = .object(property)
        }
        var schema: [String: JSONValue] = ["type": .string("object"), "properties": .object(properties)]
        schema["additionalProperties"] = .bool(false)
        if !required.isEmpty { schema["required"] = .array(required.map(JSONValue.string)) }
        return schema
    }

    static func required(of kind: RecordKind) -> [String] {
        switch kind {
        case .vendor, .serviceArea, .standard: ["name"]
        case .product: ["name", "vendor"]
        case .municipality: ["name", "number", "orgnr"]
        case .system: ["lifecycle"]
        case .dataset: ["title", "description", "themes", "access_rights"]
        case .processing: ["name", "purpose", "data_categories"]
        case .contract: ["title", "vendor", "start"]
        case .initiative: ["title", "status"]
        }
    }

    static func linkFields(of kind: RecordKind) -> [Field] {
        let names: [(String, String)] = switch kind {
        case .municipality: [("systems", "systems"), ("datasets", "datasets"), ("processing", "processing activities"), ("contracts", "contracts"), ("initiatives", "initiatives")]
        case .system: [("municipality", "municipality"), ("product", "product"), ("vendor", "vendor"), ("datasets", "datasets made from the system"),
                       ("processing", "processing activities that use the system"), ("contracts", "contracts that cover the system"),
                       ("initiatives", "initiatives that change the system"), ("incoming_integrations", "systems with an integration to this one")]
        case .dataset: [("municipality", "municipality"), ("source_systems", "source systems")]
        case .processing: [("municipality", "municipality"), ("systems", "systems used"), ("processors", "processors (vendors)")]
        case .contract: [("municipality", "municipality"), ("vendor", "vendor"), ("systems", "systems covered")]
        case .initiative: [("municipality", "municipality"), ("systems", "systems the initiative adds, replaces or retires")]
        case .product: [("vendor", "vendor"), ("systems", "systems in municipalities that run the product")]
        case .vendor: [("products", "products"), ("systems", "systems"), ("contracts", "contracts")]
        case .serviceArea: [("parent", "parent service area"), ("children", "service areas below this one"), ("products", "products"), ("systems", "systems")]
        case .standard: [("products", "products that support the standard"), ("systems", "systems that use the standard")]
        }
        return names.map { key, what in
            Field(key, key.replacingOccurrences(of: "_", with: " ").capitalized, "The JSON addresses of the \(what).", .list(.uri))
        }
    }

    // MARK: Shared parts

    static let reference = FieldType.id
    static let references = FieldType.list(.id)
    static let systemReference = FieldType.text(pattern: "^([0-9]{4}/)?[a-z0-9][a-z0-9-]*$")
    static let integrationTarget = FieldType.text(pattern: "^(product:[a-z0-9][a-z0-9-]*|([0-9]{4}/)?[a-z0-9][a-z0-9-]*)$")
    static let orgnr = FieldType.text(pattern: "^[0-9]{9}$")
    static let country = FieldType.text(pattern: "^[A-Z]{2}$")

    static let visibility = Field("visibility", "Visibility", "public, or internal for a record only the internal site shows (never present in the public site's JSON).", .closed(Visibility.self))
    static let reviewed = Field("reviewed", "Reviewed", "When the record was last checked to be correct.", .date)

    static let contact = FieldType.object([
        Field("name", "Name", "The contact's name, role or team.", .text()),
        Field("email", "E-mail", "The contact's e-mail address.", .email),
        Field("url", "Web address", "A contact page or form.", .uri),
        Field("phone", "Telephone", "The contact's telephone number, as written.", .text()),
    ])

    /// A place: text (a name, a web address, or `municipality`), or a name with its address.
    static let place = FieldType.anyOf([
        .text(),
        .object([
            Field("name", "Name", "The place's name.", .text()),
            Field("uri", "Web address", "The IRI that identifies the place, e.g. a Kartverket administrative unit.", .uri),
        ]),
    ])

    static func personalData(subjects: Bool) -> FieldType {
        var fields = [
            Field("categories", "Categories", "The kinds of personal data held (name, address, national identity number …).", .list(.text())),
            Field("special_categories", "Special categories", "Special categories of personal data (GDPR articles 9 and 10).", .list(.closed(SpecialCategory.self))),
        ]
        if subjects { fields.append(Field("data_subjects", "Data subjects", "Whose personal data it is (inhabitants, pupils, employees …).", .list(.text()))) }
        return .object(fields)
    }

    static let typicalIntegration = FieldType.object([
        Field("to", "To", "The product (id) it usually integrates with.", .id),
        Field("via", "Via", "The standard (id) the integration uses.", .id),
        Field("direction", "Direction", "Which way data flows, seen from this product.", .closed(Direction.self)),
    ], required: ["to"])

    static let resolvedSystem = FieldType.object([
        Field("name", "Name", "The system's name, or its product's when it has none.", .text()),
        Field("product", "Product", "The catalogue product (id) the system is an installation of.", .id),
        Field("vendor", "Vendor", "The vendor (id), the system's own or its product's.", .id),
        Field("category", "Category", "The publiccode.yml software category.", .text()),
        Field("hosting", "Hosting", "How the system is hosted.", .closed(Hosting.self)),
        Field("standards", "Standards", "The standards (ids) the system supports.", references),
        Field("service_areas", "Service areas", "The service areas (ids) the system serves.", references),
        Field("personal_data_categories", "Personal data categories", "The kinds of personal data the system holds.", .list(.text())),
        Field("special_categories", "Special categories", "Special categories of personal data the system holds.", .list(.closed(SpecialCategory.self))),
        Field("typical_integrations", "Typical integrations", "The product's typical integrations.", .list(typicalIntegration)),
        Field("time", "TIME", "Gartner TIME: as written, or derived from the fit scores.", .closed(TimeCategory.self)),
        Field("time_derived", "TIME derived", "True when TIME was derived from the fit scores rather than written.", .boolean),
        Field("inherited", "Inherited", "The names of the values that come from the product rather than the system's own file.", .list(.text())),
    ], required: ["name", "time_derived", "inherited"])

    // MARK: Fields of each kind

    static func fields(of kind: RecordKind) -> [Field] {
        switch kind {
        case .vendor: vendor
        case .product: product
        case .serviceArea: serviceArea
        case .standard: standard
        case .municipality: municipality
        case .system: system
        case .dataset: dataset
        case .processing: processing
        case .contract: contract
        case .initiative: initiative
        }
    }

    static let vendor: [Field] = [
        Field("name", "Name", "The vendor's name.", .text()),
        Field("orgnr", "Organisation number", "The Norwegian organisation number, nine digits (mod-11 checked).", orgnr),
        Field("country", "Country", "The vendor's country, ISO 3166-1 alpha-2.", country),
        Field("website", "Website", "The vendor's website.", .uri),
        visibility, reviewed,
    ]

    static let product: [Field] = [
        Field("name", "Name", "The product's name.", .text()),
        Field("vendor", "Vendor", "The vendor (id) that makes or maintains the product.", reference),
        Field("category", "Category", "A software category of the publiccode.yml standard (e.g. document-management).", .text()),
        Field("service_areas", "Service areas", "The service areas (ids) the product serves.", references),
        Field("hosting", "Hosting", "How the product is usually hosted.", .closed(Hosting.self)),
        Field("licence", "Licence", "An SPDX licence identifier, or proprietary.", .text()),
        Field("standards", "Standards", "The standards (ids) the product supports.", references),
        Field("personal_data", "Personal data", "The personal data the product typically holds.", personalData(subjects: true)),
        Field("typical_integrations", "Typical integrations", "Integrations the product usually has with other products.", .list(typicalIntegration)),
        Field("website", "Website", "The product's website.", .uri),
        Field("publiccode_url", "publiccode.yml", "The address of the product's publiccode.yml.", .uri),
        Field("status", "Status", "Whether the product is still offered.", .closed(ProductStatus.self)),
        visibility, reviewed,
    ]

    static let serviceArea: [Field] = [
        Field("name", "Name", "The service area's name.", .text()),
        Field("kostra", "KOSTRA functions", "The KOSTRA function codes the service area covers.", .list(.text())),
        Field("parent", "Parent", "The service area (id) this one belongs under.", reference),
        visibility, reviewed,
    ]

    static let standard: [Field] = [
        Field("name", "Name", "The standard's name.", .text()),
        Field("kind", "Kind", "What kind of standard or national component it is.", .closed(StandardKind.self)),
        Field("url", "Address", "Where the standard is described.", .uri),
        visibility, reviewed,
    ]

    static let municipality: [Field] = [
        Field("name", "Name", "The municipality's name.", .text()),
        Field("number", "Municipality number", "The four-digit kommunenummer.", .text(pattern: "^[0-9]{4}$")),
        Field("orgnr", "Organisation number", "The municipality's organisation number, nine digits.", orgnr),
        Field("county", "County", "The county (fylke).", .text()),
        Field("cooperation", "Cooperation", "The regional council or inter-municipal cooperation it belongs to.", .text()),
        Field("population", "Population", "The number of inhabitants.", .count),
        Field("website", "Website", "The municipality's website.", .uri),
        Field("language", "Language", "The municipality's official written language.", .closed(Language.self)),
        Field("dpo", "Data protection officer", "Internal: the data protection officer's name and e-mail (only in the internal site).", contact),
        Field("fictional", "Fictional", "True for a demo municipality (county 99).", .boolean),
        visibility, reviewed,
    ]

    static let system: [Field] = [
        Field("name", "Name", "The system's name; when absent, the product's.", .text()),
        Field("product", "Product", "The catalogue product (id) the system is an installation of; it inherits what it does not state.", reference),
        Field("vendor", "Vendor", "The vendor (id), when not the product's.", reference),
        Field("category", "Category", "A publiccode.yml software category, when not the product's.", .text()),
        Field("owner", "System owner", "The unit or role that owns the system (systemeier).", .text()),
        Field("manager", "System manager", "The unit or role that manages the system (systemforvalter).", .text()),
        Field("service_areas", "Service areas", "The service areas (ids) the system serves.", references),
        Field("lifecycle", "Lifecycle", "Where the system is in its life.", .object([
            Field("status", "Status", "The lifecycle stage.", .closed(LifecycleStatus.self)),
            Field("since", "Since", "When the system entered this stage.", .date),
            Field("end_of_life", "End of life", "When the system is to be retired.", .date),
        ], required: ["status"])),
        Field("fit", "Fit", "How well the system fits, 1 (poor) to 5 (good).", .object([
            Field("functional", "Functional fit", "How well it serves the users' needs, 1–5.", .integer(minimum: 1, maximum: 5)),
            Field("technical", "Technical fit", "How sound it is technically, 1–5.", .integer(minimum: 1, maximum: 5)),
        ])),
        Field("time", "TIME", "Gartner TIME: what to do with the system.", .closed(TimeCategory.self)),
        Field("criticality", "Criticality", "How critical the system is to the municipality's services.", .closed(Criticality.self)),
        Field("classification", "Classification", "Internal: confidentiality, integrity and availability levels 1–4 (only in the internal site).", .object([
            Field("confidentiality", "Confidentiality", "Level 1–4.", .integer(minimum: 1, maximum: 4)),
            Field("integrity", "Integrity", "Level 1–4.", .integer(minimum: 1, maximum: 4)),
            Field("availability", "Availability", "Level 1–4.", .integer(minimum: 1, maximum: 4)),
        ])),
        Field("last_risk_assessment", "Last risk assessment", "Internal: the date of the last risk assessment (only in the internal site).", .date),
        Field("hosting", "Hosting", "How the system is hosted.", .closed(Hosting.self)),
        Field("users", "Users", "The number of users.", .count),
        Field("cost", "Cost", "What the system costs a year, in NOK.", .object([
            Field("licence", "Licence", "Licence cost per year, NOK.", .money),
            Field("operations", "Operations", "Operating cost per year, NOK.", .money),
            Field("other", "Other", "Other costs per year, NOK.", .money),
        ])),
        Field("contract", "Contract", "The contract (id) that covers the system.", reference),
        Field("standards", "Standards", "The standards (ids) the system supports.", references),
        Field("personal_data", "Personal data", "The personal data the system holds.", personalData(subjects: true)),
        Field("dpa", "Data processing agreement", "The data processing agreement (contract id).", reference),
        Field("integrations", "Integrations", "The system's integrations with other systems and products.", .list(.object([
            Field("to", "To", "A system of the same municipality (id), another municipality's system (number/id) or a product (product:id).", integrationTarget),
            Field("via", "Via", "The standard (id) the integration uses.", reference),
            Field("direction", "Direction", "Which way data flows, seen from this system.", .closed(Direction.self)),
            Field("data", "Data", "What data the integration carries.", .text()),
            Field("personal_data", "Personal data", "Whether the integration carries personal data.", .boolean),
            Field("frequency", "Frequency", "How often data is exchanged.", .closed(IntegrationFrequency.self)),
        ], required: ["to"]))),
        Field("datasets", "Datasets", "Datasets (ids) made from the system.", references),
        Field("api", "API", "An API the system offers; published as a DCAT-AP-NO data service.", .object([
            Field("endpoint_url", "Endpoint URL", "Where the API is served.", .uri),
            Field("endpoint_description", "Endpoint description", "An OpenAPI document or documentation page.", .uri),
            Field("description", "Description", "What the API offers.", .text()),
            Field("access_rights", "Access rights", "Who may use the API.", .closed(AccessRights.self)),
            Field("licence", "Licence", "The licence of the data the API serves.", .closed(DatasetLicence.self)),
        ], required: ["endpoint_url"])),
        Field("infrastructure", "Infrastructure", "Internal: servers and infrastructure (only in the internal site).", .text()),
        visibility, reviewed,
    ]

    static let distribution = FieldType.object([
        Field("title", "Title", "The distribution's title.", .text()),
        Field("format", "Format", "The file type, a code of the EU file-type vocabulary.", .closed(FileFormat.self)),
        Field("access_url", "Access URL", "Where the data can be reached.", .uri),
        Field("download_url", "Download URL", "Where the file can be downloaded directly.", .uri),
        Field("licence", "Licence", "The distribution's licence, when not the dataset's.", .closed(DatasetLicence.self)),
    ], required: ["access_url"])

    static let dataset: [Field] = [
        Field("uri", "IRI", "The dataset's own IRI in another catalogue; the published catalogue describes the dataset under it.", .uri),
        Field("title", "Title", "The dataset's title.", .text()),
        Field("description", "Description", "A short description of the dataset.", .text()),
        Field("themes", "Themes", "Codes of the EU data-theme vocabulary.", .list(.closed(DataTheme.self))),
        Field("access_rights", "Access rights", "Who may access the data.", .closed(AccessRights.self)),
        Field("licence", "Licence", "The licence the data is published under.", .closed(DatasetLicence.self)),
        Field("keywords", "Keywords", "Words to find the dataset by.", .list(.text())),
        Field("distributions", "Distributions", "The forms the data is available in.", .list(distribution)),
        Field("contact", "Contact", "Who to ask about the dataset.", contact),
        Field("spatial", "Spatial coverage", "The places the data covers: one or a list, each a name, a web address (IRI) of the place, `municipality` (the municipality's own area), or a name with its uri.", .anyOf([place, .list(place)])),
        Field("temporal", "Temporal coverage", "The period the data covers.", .object([
            Field("start", "Start", "The first day covered.", .date),
            Field("end", "End", "The last day covered.", .date),
        ])),
        Field("frequency", "Update frequency", "How often the data is updated (EU frequency vocabulary).", .closed(UpdateFrequency.self)),
        Field("source_systems", "Source systems", "The systems (ids) the data comes from.", references),
        Field("personal_data", "Personal data", "Whether the dataset holds personal data.", .boolean),
        Field("issued", "Issued", "When the dataset was first published.", .date),
        Field("modified", "Modified", "When the dataset was last changed.", .date),
        visibility, reviewed,
    ]

    static let processing: [Field] = [
        Field("name", "Name", "The processing activity's name.", .text()),
        Field("purpose", "Purpose", "Why the personal data is processed (GDPR art. 30(1)(b)).", .text()),
        Field("legal_basis", "Legal basis", "The GDPR articles and national laws the processing rests on.", .list(.object([
            Field("article", "Article", "A GDPR article giving a legal basis: 6(1)(a)–(f), 9(2)(a)–(j) or 10.", .text(pattern: "^(6\\(1\\)\\([a-f]\\)|9\\(2\\)\\([a-j]\\)|10)$")),
            Field("law", "Law", "The national law and section, e.g. Arkivlova § 6.", .text()),
        ], required: ["article"]))),
        Field("data_subjects", "Data subjects", "Whose personal data is processed.", .list(.text())),
        Field("data_categories", "Data categories", "The kinds of personal data processed.", .list(.text())),
        Field("special_categories", "Special categories", "Special categories of personal data (GDPR articles 9 and 10).", .list(.closed(SpecialCategory.self))),
        Field("recipients", "Recipients", "Who the data is disclosed to.", .list(.text())),
        Field("third_country_transfers", "Third-country transfers", "Transfers outside the EEA.", .object([
            Field("countries", "Countries", "The countries, ISO 3166-1 alpha-2.", .list(country)),
            Field("safeguard", "Safeguard", "The safeguard the transfer rests on (e.g. standard contractual clauses).", .text()),
        ])),
        Field("retention", "Retention", "How long the data is kept.", .text()),
        Field("security_measures", "Security measures", "A general description of the technical and organisational security measures.", .text()),
        Field("systems", "Systems", "The systems used: ids of this municipality's systems, or number/id of another's.", .list(systemReference)),
        Field("processors", "Processors", "Data processors and their agreements.", .list(.object([
            Field("vendor", "Vendor", "The processor (vendor id).", reference),
            Field("dpa", "Data processing agreement", "The agreement (contract id).", reference),
        ], required: ["vendor"]))),
        Field("dpia", "DPIA", "Data protection impact assessment.", .object([
            Field("required", "Required", "Whether a DPIA is required.", .boolean),
            Field("date", "Date", "When the DPIA was made.", .date),
        ])),
        Field("joint_controllers", "Joint controllers", "Other controllers the processing is shared with.", .list(.text())),
        visibility, reviewed,
    ]

    static let contract: [Field] = [
        Field("title", "Title", "The contract's title.", .text()),
        Field("vendor", "Vendor", "The other party (vendor id).", reference),
        Field("type", "Type", "The kind of contract (Norwegian standard contracts SSA-*, DPA, framework, other).", .closed(ContractType.self)),
        Field("systems", "Systems", "The systems (ids) the contract covers.", references),
        Field("start", "Start", "When the contract started.", .date),
        Field("end", "End", "When the contract ends, options not counted.", .date),
        Field("notice_months", "Notice", "The notice period in months.", .count),
        Field("renewal_options", "Renewal options", "Options to extend the contract.", .text()),
        Field("annual_cost", "Annual cost", "What the contract costs a year, NOK.", .money),
        Field("procurement_ref", "Procurement reference", "The procurement's reference (e.g. a Doffin number).", .text()),
        Field("owner", "Owner", "The unit or role that owns the contract.", .text()),
        visibility, reviewed,
    ]

    static let initiative: [Field] = [
        Field("title", "Title", "The initiative's title.", .text()),
        Field("goal", "Goal", "What the initiative is to achieve.", .text()),
        Field("status", "Status", "Where the initiative stands in the action plan.", .closed(InitiativeStatus.self)),
        Field("owner", "Owner", "The unit or role responsible.", .text()),
        Field("start", "Start", "When work starts.", .date),
        Field("end", "End", "When work is to be done.", .date),
        Field("budget", "Budget", "The budget by year, NOK.", .list(.object([
            Field("year", "Year", "The budget year.", .integer(minimum: 1900, maximum: 2200)),
            Field("investment", "Investment", "One-off investment that year, NOK.", .money),
            Field("running", "Running cost", "Running cost that year, NOK.", .money),
        ], required: ["year"]))),
        Field("benefits", "Benefits", "The expected benefits (gevinster).", .list(.object([
            Field("what", "What", "The benefit.", .text()),
            Field("measure", "Measure", "How the benefit is measured.", .text()),
            Field("by", "By", "When the benefit is to be realised.", .date),
        ], required: ["what"]))),
        Field("systems", "Systems", "The systems the initiative changes.", .object([
            Field("adds", "Adds", "Systems or products (product:id) it adds.", .list(integrationTarget)),
            Field("replaces", "Replaces", "Systems it replaces.", .list(systemReference)),
            Field("retires", "Retires", "Systems it retires.", .list(systemReference)),
        ])),
        Field("service_areas", "Service areas", "The service areas (ids) concerned.", references),
        visibility, reviewed,
    ]
}
