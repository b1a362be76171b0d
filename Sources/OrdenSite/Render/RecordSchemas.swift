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

/// JSON Schemas (draft 2020-12) of each record kind's JSON: the fields as the registry of record
/// kinds declares them (`RecordKind.spec`), in the page's JSON envelope.
enum RecordSchemas {
    static func schema(for kind: RecordKind, id: String) -> JSONValue {
        var properties: [FieldSpec] = [
            FieldSpec("$schema", "Schema", "The address of this JSON Schema.", .uri),
            FieldSpec("id", "Id", "The record's id: its file name without .md, unique among records of its kind (of its municipality, for local records).", .id),
            FieldSpec("kind", "Kind", "The kind of record.", .choice([JSONRecords.name(of: kind)])),
            FieldSpec("url", "Page", "The absolute address of the record's page.", .uri),
            FieldSpec("description_html", "Description (HTML)", "The Markdown body of the record rendered to sanitised HTML; for a system without its own body, its product's.", .text()),
            FieldSpec("fields", "Fields", "The record's front matter as the editor wrote it, with snake_case keys. Internal fields are left out of the public site.", .object(kind.spec.fields)),
            FieldSpec("links", "Links", "The JSON addresses of related records, by relation.", .object(linkFields(of: kind))),
        ]
        var required = ["$schema", "id", "kind", "url", "fields"]
        if kind.isLocal || kind == .municipality {
            properties.append(FieldSpec("municipality", "Municipality", "The number (kommunenummer) of the municipality the record belongs to.", .municipalityNumber))
            if kind != .initiative { required.append("municipality") }
        }
        if kind == .initiative {
            properties.append(FieldSpec("region", "Region", "The id of the cooperation region whose shared action plan the initiative belongs to.", .id))
        }
        if kind == .system {
            properties.append(FieldSpec("resolved", "Resolved values", "The system's values after inheritance from its product: what the page shows.", resolvedSystem))
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
        case .reference:
            return schema(of: .id)
        case .choice(let values):
            return ["type": .string("string"), "enum": .array(values.map(JSONValue.string))]
        case .list(let item):
            return ["type": .string("array"), "items": .object(schema(of: item))]
        case .object(let fields):
            return objectSchema(fields, required: fields.filter(\.isRequired).map(\.key))
        case .anyOf(let types):
            return ["anyOf": .array(types.map { .object(schema(of: $0)) })]
        }
    }

    /// Objects are closed (`additionalProperties: false`), so that a field Orden writes but the
    /// schema does not describe fails validation instead of going undocumented.
    static func objectSchema(_ fields: [FieldSpec], required: [String]) -> [String: JSONValue] {
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

    static func linkFields(of kind: RecordKind) -> [FieldSpec] {
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
            FieldSpec(key, key.replacingOccurrences(of: "_", with: " ").capitalized, "The JSON addresses of the \(what).", .list(.uri))
        }
    }

    static let resolvedSystem = FieldType.object([
        FieldSpec("name", "Name", "The system's name, or its product's when it has none.", .text(), .required),
        FieldSpec("product", "Product", "The catalogue product (id) the system is an installation of.", .reference(.product)),
        FieldSpec("vendor", "Vendor", "The vendor (id), the system's own or its product's.", .reference(.vendor)),
        FieldSpec("category", "Category", "The publiccode.yml software category.", .text()),
        FieldSpec("hosting", "Hosting", "How the system is hosted.", .closed(Hosting.self)),
        FieldSpec("standards", "Standards", "The standards (ids) the system supports.", .references(.standard)),
        FieldSpec("service_areas", "Service areas", "The service areas (ids) the system serves.", .references(.serviceArea)),
        FieldSpec("personal_data_categories", "Personal data categories", "The kinds of personal data the system holds.", .list(.text())),
        FieldSpec("special_categories", "Special categories", "Special categories of personal data the system holds.", .list(.closed(SpecialCategory.self))),
        FieldSpec("typical_integrations", "Typical integrations", "The product's typical integrations.", .list(RecordKinds.typicalIntegration)),
        FieldSpec("time", "TIME", "Gartner TIME: as written, or derived from the fit scores.", .closed(TimeCategory.self)),
        FieldSpec("time_derived", "TIME derived", "True when TIME was derived from the fit scores rather than written.", .boolean, .required),
        FieldSpec("inherited", "Inherited", "The names of the values that come from the product rather than the system's own file.", .list(.text()), .required),
    ])
}
