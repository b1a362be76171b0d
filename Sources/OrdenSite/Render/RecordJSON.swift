import Foundation
import Basics
import FrontMatter
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSource
import RDF

/// The JSON of every record page (`index.json` beside its `index.html`) and the JSON Schemas
/// that describe it (`/data/schema/<kind>.schema.json`).
///
/// A record's JSON carries the front matter as the editor wrote it under `fields` (snake_case
/// keys, the YAML's structure), and around it what Orden knows: the id, kind and address, the
/// rendered description, a system's inherited values under `resolved`, and links to the JSON of
/// related records. Fields are nested rather than merged into the top level because some kinds
/// have fields named like the metadata (a standard's `kind` and `url`).
///
/// The public build leaves out internal fields (classification, risk assessment, infrastructure,
/// the DPO) and every reference to a record that is not published.
package enum JSONRecords {
    /// Where the schemas are, below the site root.
    package static let schemaFolder = "data/schema/"

    /// The record kinds' names in JSON and in schema file names.
    package static func name(of kind: RecordKind) -> String {
        kind == .serviceArea ? "service-area" : kind.rawValue
    }

    /// The site-level files: one JSON Schema per record kind.
    package static func files(_ catalogue: Catalogue) throws -> [OutputFile] {
        try RecordKind.allCases.map { kind in
            let path = schemaPath(kind)
            return OutputFile(path: path, bytes: try encoded(path) { try encode(RecordSchemas.schema(for: kind, id: schemaURL(kind, in: catalogue))) })
        }
    }

    /// A JSON file that could not be encoded. The renderer reports it as an error at the record's
    /// file, so that a build never publishes a record's JSON as an empty object.
    package struct EncodingFailure: Error, CustomStringConvertible {
        /// The file below the site root.
        package var path: String
        /// The content file of the record, if the JSON is a record's.
        package var source: String?
        package var reason: String
        package var description: String { "cannot encode \(path): \(reason)" }
    }

    /// What `encode` gives, or its error as an EncodingFailure of the file at `path`.
    static func encoded<Bytes>(_ path: String, source: String? = nil, _ encode: () throws -> Bytes) throws -> Bytes {
        do {
            return try encode()
        } catch let failure as EncodingFailure {
            throw failure
        } catch {
            throw EncodingFailure(path: path, source: source, reason: String(describing: error))
        }
    }

    package static func schemaPath(_ kind: RecordKind) -> String { schemaFolder + name(of: kind) + ".schema.json" }

    static func schemaURL(_ kind: RecordKind, in catalogue: Catalogue) -> String {
        absolute(schemaPath(kind), in: catalogue)
    }

    /// The JSON of a record page, or nil for pages that are not about one record.
    package static func file(for page: Page, in catalogue: Catalogue) throws -> OutputFile? {
        let writer = RecordJSONWriter(catalogue: catalogue)
        let path = page.path(in: catalogue)
        let bytes: Data? = switch page {
        case .municipality(let number): try writer.municipality(number)
        case .system(let key): try writer.system(key)
        case .dataset(let key): try writer.dataset(key)
        case .processing(let key): try writer.processing(key)
        case .contract(let key): try writer.contract(key)
        case .initiative(let key): try writer.initiative(key)
        case .product(let id): try writer.product(id)
        case .vendor(let id): try writer.vendor(id)
        case .serviceArea(let id): try writer.serviceArea(id)
        case .standard(let id): try writer.standard(id)
        default: nil
        }
        guard let bytes, !path.isEmpty else { return nil }
        return OutputFile(path: path + "index.json", bytes: bytes)
    }

    static func absolute(_ path: String, in catalogue: Catalogue) -> String {
        var base = catalogue.site.baseUrl.url
        if !base.hasSuffix("/") { base += "/" }
        return base + path
    }

    /// Sorted keys, two-space indentation, snake_case keys, slashes unescaped: the same bytes
    /// for the same record on every run. Throws what JSONEncoder throws (a number that is not
    /// finite, a value that encodes nothing), which the caller reports with the file's path.
    static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .custom { path in
            SnakeKey(path.last.map { $0.intValue == nil ? $0.stringValue.snakeCased : $0.stringValue } ?? "")
        }
        var data = try encoder.encode(value)
        data.append(UInt8(ascii: "\n"))
        return data
    }
}

extension Page {
    /// Pages about one record, which have the record's JSON beside them.
    package var isRecord: Bool {
        switch self {
        case .municipality, .system, .dataset, .processing, .contract, .initiative, .product, .vendor, .serviceArea, .standard: true
        default: false
        }
    }
}

private struct SnakeKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// One record's JSON: the editor's fields and what Orden adds around them.
struct RecordDocument<Fields: Encodable>: Encodable {
    var schema: String
    var id: String
    var kind: String
    var url: String
    var municipality: String?
    var region: String?
    var descriptionHtml: String?
    var fields: Fields
    var resolved: ResolvedSystemDocument?
    var links: [String: [String]]?

    enum CodingKeys: String, CodingKey {
        case schema = "$schema", id, kind, url, municipality, region, descriptionHtml, fields, resolved, links
    }
}

/// A system's values after inheritance from its product: what the page shows.
struct ResolvedSystemDocument: Encodable {
    var name: String
    var product: String?
    var vendor: String?
    var category: String?
    var hosting: Hosting?
    var standards: [String]?
    var serviceAreas: [String]?
    var personalDataCategories: [String]?
    var specialCategories: [SpecialCategory]?
    var typicalIntegrations: [TypicalIntegration]?
    var time: TimeCategory?
    var timeDerived: Bool
    /// The names of the values above that come from the product, not the system's own file.
    var inherited: [String]
}

/// Builds the JSON of each kind of record from the catalogue.
struct RecordJSONWriter {
    let catalogue: Catalogue

    private func document<Fields: Encodable>(
        _ kind: RecordKind, id: String, path: String?, source: String, municipality: String? = nil, region: String? = nil,
        body: String?, fields: Fields, resolved: ResolvedSystemDocument? = nil, links: [String: [String]] = [:]
    ) throws -> Data? {
        guard let path else { return nil }
        let links = links.filter { !$0.value.isEmpty }
        return try JSONRecords.encoded(path + "index.json", source: source) {
            try JSONRecords.encode(RecordDocument(
                schema: JSONRecords.schemaURL(kind, in: catalogue), id: id, kind: JSONRecords.name(of: kind),
                url: JSONRecords.absolute(path, in: catalogue), municipality: municipality, region: region,
                descriptionHtml: body.flatMap { $0.isEmpty ? nil : $0 }, fields: fields, resolved: resolved,
                links: links.isEmpty ? nil : links))
        }
    }

    // MARK: Links to other records' JSON

    private func json(_ path: String?) -> String? { path.map { JSONRecords.absolute($0 + "index.json", in: catalogue) } }
    private func systems(_ keys: [LocalKey]?) -> [String] {
        (keys ?? []).filter { catalogue.systems[$0] != nil }.compactMap { json(Paths.local(.system, $0, in: catalogue)) }
    }
    private func datasets(_ keys: [LocalKey]?) -> [String] {
        (keys ?? []).filter { catalogue.datasets[$0] != nil }.compactMap { json(Paths.local(.dataset, $0, in: catalogue)) }
    }
    private func processing(_ keys: [LocalKey]?) -> [String] {
        (keys ?? []).filter { catalogue.processing[$0] != nil }.compactMap { json(Paths.local(.processing, $0, in: catalogue)) }
    }
    private func contracts(_ keys: [LocalKey]?) -> [String] {
        (keys ?? []).filter { catalogue.contracts[$0] != nil }.compactMap { json(Paths.local(.contract, $0, in: catalogue)) }
    }
    private func initiatives(_ keys: [InitiativeKey]?) -> [String] {
        (keys ?? []).filter { catalogue.initiatives[$0] != nil }.compactMap { json(Paths.initiative($0, in: catalogue)) }
    }
    private func products(_ ids: [String]?) -> [String] {
        (ids ?? []).filter { catalogue.products[$0] != nil }.compactMap { json(Paths.product($0)) }
    }
    private func vendors(_ ids: [String?]) -> [String] {
        ids.compactMap { $0 }.filter { catalogue.vendors[$0] != nil }.compactMap { json(Paths.vendor($0)) }
    }
    private func serviceAreas(_ ids: [String]?) -> [String] {
        (ids ?? []).filter { catalogue.serviceAreas[$0] != nil }.compactMap { json(Paths.serviceArea($0)) }
    }
    private func municipality(of number: String?) -> [String] {
        guard let number, let entry = catalogue.municipalities[number] else { return [] }
        return json(Paths.municipality(entry)).map { [$0] } ?? []
    }

    // MARK: Kinds

    func municipality(_ number: String) throws -> Data? {
        guard let entry = catalogue.municipalities[number] else { return nil }
        let fields = entry.record.fields
        return try document(.municipality, id: entry.record.id, path: Paths.municipality(entry), source: entry.record.path, municipality: number,
                        body: entry.record.bodyHTML, fields: fields, links: [
                            "systems": systems(catalogue.systemsByMunicipality[number]),
                            "datasets": datasets(catalogue.datasetsByMunicipality[number]),
                            "processing": processing(catalogue.processingByMunicipality[number]),
                            "contracts": contracts(catalogue.contractsByMunicipality[number]),
                            "initiatives": initiatives(catalogue.initiativesByOwner[.municipality(number)]),
                        ])
    }

    func system(_ key: LocalKey) throws -> Data? {
        guard let system = catalogue.systems[key] else { return nil }
        var fields = system.fields
        if fields.dpa?.isWithheld == true { fields.dpa = nil }  // see processing(_:)
        let sourced: [(String, Origin?)] = [
            ("name", system.name.origin), ("vendor", system.vendor?.origin), ("category", system.category?.origin),
            ("hosting", system.hosting?.origin), ("standards", system.standards?.origin),
            ("service_areas", system.serviceAreas?.origin), ("personal_data_categories", system.personalDataCategories?.origin),
            ("special_categories", system.specialCategories?.origin), ("typical_integrations", system.typicalIntegrations?.origin),
            ("description_html", system.descriptionHTML?.origin),
        ]
        let resolved = ResolvedSystemDocument(
            name: system.name.value, product: fields.product?.id, vendor: system.vendor?.value, category: system.category?.value,
            hosting: system.hosting?.value, standards: system.standards?.value, serviceAreas: system.serviceAreas?.value,
            personalDataCategories: system.personalDataCategories?.value, specialCategories: system.specialCategories?.value,
            typicalIntegrations: system.typicalIntegrations?.value, time: system.time, timeDerived: system.timeIsDerived,
            inherited: sourced.filter { $0.1 == .catalogue }.map(\.0))
        let incoming = (catalogue.incomingIntegrations[key] ?? []).map(\.from)
        return try document(.system, id: key.id, path: Paths.local(.system, key, in: catalogue), source: system.record.path, municipality: key.municipality,
                        body: system.descriptionHTML?.value, fields: fields, resolved: resolved, links: [
                            "municipality": municipality(of: key.municipality),
                            "product": products(fields.product.map { [$0.id] }),
                            "vendor": vendors([system.vendor?.value]),
                            "datasets": datasets(catalogue.datasetsBySystem[key]),
                            "processing": processing(catalogue.processingBySystem[key]),
                            "contracts": contracts(catalogue.contractsBySystem[key]),
                            "initiatives": initiatives(catalogue.initiativesBySystem[key]),
                            "incoming_integrations": systems(Array(Set(incoming)).sorted()),
                        ])
    }

    func dataset(_ key: LocalKey) throws -> Data? {
        guard let record = catalogue.datasets[key] else { return nil }
        let fields = record.fields
        return try document(.dataset, id: key.id, path: Paths.local(.dataset, key, in: catalogue), source: record.path, municipality: key.municipality,
                        body: record.bodyHTML, fields: fields, links: [
                            "municipality": municipality(of: key.municipality),
                            "source_systems": systems(fields.sourceSystems?.map { LocalKey(key.municipality, $0.id) }),
                        ])
    }

    func processing(_ key: LocalKey) throws -> Data? {
        guard let record = catalogue.processing[key] else { return nil }
        var fields = record.fields
        // A withheld agreement (PublicView) has no id to give: the JSON leaves it out.
        fields.processors = fields.processors?.map { processor in
            var processor = processor
            if processor.dpa?.isWithheld == true { processor.dpa = nil }
            return processor
        }
        return try document(.processing, id: key.id, path: Paths.local(.processing, key, in: catalogue), source: record.path, municipality: key.municipality,
                        body: record.bodyHTML, fields: fields, links: [
                            "municipality": municipality(of: key.municipality),
                            "systems": systems(fields.systems?.map { $0.key(from: key.municipality) }),
                            "processors": vendors(fields.processors?.map(\.vendor.id) ?? []),
                        ])
    }

    func contract(_ key: LocalKey) throws -> Data? {
        guard let record = catalogue.contracts[key] else { return nil }
        let fields = record.fields
        return try document(.contract, id: key.id, path: Paths.local(.contract, key, in: catalogue), source: record.path, municipality: key.municipality,
                        body: record.bodyHTML, fields: fields, links: [
                            "municipality": municipality(of: key.municipality),
                            "vendor": vendors([fields.vendor.id]),
                            "systems": systems(fields.systems?.map { LocalKey(key.municipality, $0.id) }),
                        ])
    }

    func initiative(_ key: InitiativeKey) throws -> Data? {
        guard let record = catalogue.initiatives[key] else { return nil }
        let fields = record.fields
        let number: String? = if case .municipality(let number) = key.owner { number } else { nil }
        let region: String? = if case .region(let slug) = key.owner { slug } else { nil }
        return try document(.initiative, id: key.id, path: Paths.initiative(key, in: catalogue), source: record.path, municipality: number, region: region,
                        body: record.bodyHTML, fields: fields, links: [
                            "municipality": municipality(of: number),
                            "systems": systems(record.affectedSystems(owner: key.owner)),
                        ])
    }

    func product(_ id: String) throws -> Data? {
        guard let record = catalogue.products[id] else { return nil }
        return try document(.product, id: id, path: Paths.product(id), source: record.path, body: record.bodyHTML, fields: record.fields, links: [
            "vendor": vendors([record.fields.vendor.id]),
            "systems": systems(catalogue.systemsByProduct[id]),
        ])
    }

    func vendor(_ id: String) throws -> Data? {
        guard let record = catalogue.vendors[id] else { return nil }
        return try document(.vendor, id: id, path: Paths.vendor(id), source: record.path, body: record.bodyHTML, fields: record.fields, links: [
            "products": products(catalogue.productsByVendor[id]),
            "systems": systems(catalogue.systemsByVendor[id]),
            "contracts": contracts(catalogue.contractsByVendor[id]),
        ])
    }

    func serviceArea(_ id: String) throws -> Data? {
        guard let record = catalogue.serviceAreas[id] else { return nil }
        return try document(.serviceArea, id: id, path: Paths.serviceArea(id), source: record.path, body: record.bodyHTML, fields: record.fields, links: [
            "parent": serviceAreas(record.fields.parent.map { [$0.id] }),
            "children": serviceAreas(catalogue.childServiceAreas[id]),
            "products": products(catalogue.productsByServiceArea[id]),
            "systems": systems(catalogue.systemsByServiceArea[id]),
        ])
    }

    func standard(_ id: String) throws -> Data? {
        guard let record = catalogue.standards[id] else { return nil }
        return try document(.standard, id: id, path: Paths.standard(id), source: record.path, body: record.bodyHTML, fields: record.fields, links: [
            "products": products(catalogue.productsByStandard[id]),
            "systems": systems(catalogue.systemsByStandard[id]),
        ])
    }
}
