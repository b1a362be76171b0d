/// How a field is a column of a spreadsheet: the header the export writes, and the other
/// headers the import accepts — those municipalities' own sheets really use, Norwegian and
/// English. Only the kinds a spreadsheet can hold have them.
package struct SheetColumn: Sendable {
    package var header: String
    package var synonyms: [String]
}

extension FieldSpec {
    /// A column of the kind's spreadsheet, under `header` or any of `synonyms`.
    package func column(_ header: String, _ synonyms: [String] = []) -> FieldSpec {
        var field = self
        field.column = SheetColumn(header: header, synonyms: synonyms)
        return field
    }
}

extension RecordKindSpec {
    /// The spreadsheet columns of the kind, in the order the export writes them: each field with
    /// a column, at its path as editors write it (`lifecycle.status`, `distributions[].format`).
    /// `columnOrder` names paths, or a group's key for all its columns in the registry's order.
    package var columns: [(path: String, field: FieldSpec)] {
        var all: [(path: String, field: FieldSpec)] = []
        func collect(_ fields: [FieldSpec], under prefix: String) {
            for field in fields {
                let path = prefix + field.key
                if field.column != nil { all.append((path, field)) }
                if let subFields = field.type.subFields {
                    let isList = if case .list = field.type { true } else { false }
                    collect(subFields, under: path + (isList ? "[]." : "."))
                }
            }
        }
        collect(fields, under: "")
        guard let order = columnOrder else { return all }
        return RecordKindSpec.ordered(all) { column in
            order.firstIndex(of: column.path) ?? order.firstIndex(of: RecordKindSpec.topKey(column.path))
        }
    }

    static func topKey(_ path: String) -> String {
        String(path.prefix { $0 != "." && $0 != "[" })
    }

    /// `items` sorted by `rank`; one without a rank follows the item before it in `items`, so
    /// that a field added to the registry lands beside its neighbour without naming it in an order.
    static func ordered<Item>(_ items: [Item], rank: (Item) -> Int?) -> [Item] {
        let ranks = items.map(rank)
        var positions = items.indices.filter { ranks[$0] != nil }.sorted { (ranks[$0] ?? 0, $0) < (ranks[$1] ?? 0, $1) }
        for index in items.indices where ranks[index] == nil {
            let at = index == 0 ? 0 : (positions.firstIndex(of: index - 1).map { $0 + 1 } ?? 0)
            positions.insert(index, at: at)
        }
        return positions.map { items[$0] }
    }
}
