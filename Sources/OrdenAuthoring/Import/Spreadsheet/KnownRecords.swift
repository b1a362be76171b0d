import Foundation
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSite
import OrdenSource
import Spreadsheet

/// The records already in the repository that imported references may name: catalogue
/// records by id or by name, and the target municipality's own records.
package struct KnownRecords: Sendable {
    var ids: [RecordKind: Set<String>] = [:]
    /// Folded name → id, for catalogue records and the municipality's records.
    var names: [RecordKind: [String: String]] = [:]
    /// Products by id, to leave out what a system would inherit anyway.
    var products: [String: Product] = [:]

    package init() {}

    /// Reads the repository's catalogue and the records of municipality `number`.
    package static func read(_ tree: SourceTree, municipality number: String) -> KnownRecords {
        let content = ContentParser.parse(tree)
        var known = KnownRecords()
        known.add(content.vendors, .vendor) { $0.name }
        known.add(content.products, .product) { $0.name }
        known.add(content.serviceAreas, .serviceArea) { $0.name }
        known.add(content.standards, .standard) { $0.name }
        known.add(content.systems.filter { $0.municipality == number }, .system) { $0.name }
        known.add(content.datasets.filter { $0.municipality == number }, .dataset) { $0.title }
        known.add(content.contracts.filter { $0.municipality == number }, .contract) { $0.title }
        known.add(content.processing.filter { $0.municipality == number }, .processing) { $0.name }
        for product in content.products { known.products[product.id] = product.fields }
        for kind in RecordKind.allCases {
            known.ids[kind, default: []].formUnion(content.unreadable[kind] ?? [])
            known.ids[kind, default: []].formUnion((content.unreadableLocal[kind] ?? []).filter { $0.municipality == number }.map(\.id))
        }
        return known
    }

    mutating func add<F>(_ records: [Record<F>], _ kind: RecordKind, name: (F) -> String?) {
        for record in records {
            ids[kind, default: []].insert(record.id)
            if let title = name(record.fields) { names[kind, default: [:]][SheetText.fold(title)] = record.id }
        }
    }

    /// Adds a record the import itself will write, so that other rows may refer to it.
    mutating func plan(_ id: String, name: String?, kind: RecordKind) {
        ids[kind, default: []].insert(id)
        if let name { names[kind, default: [:]][SheetText.fold(name), default: id] = id }
    }

    /// The id a cell names: an existing id, the id of an existing name, or (not found) the id
    /// made from the text, which the editor must then create.
    func resolve(_ text: String, _ kind: RecordKind) -> (id: String, exists: Bool) {
        let known = ids[kind] ?? []
        if known.contains(text) { return (text, true) }
        if let id = names[kind]?[SheetText.fold(text)] { return (id, true) }
        let suggestion = Identifier.suggestion(for: text)
        return (suggestion, known.contains(suggestion))
    }
}
