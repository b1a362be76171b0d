import Basics
import FrontMatter
import OrdenBuild
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSite
import OrdenSource
import RDF
import Spreadsheet

/// Which column of a sheet fills which field: headers matched by name, case- and
/// accent-insensitively, through the mapping file first and then the kind's known headers.
struct SheetColumns {
    struct Binding {
        var index: Int
        var header: String
        var field: SheetField
        var letter: String { SpreadsheetReader.columnName(index) }
    }

    var bindings: [Binding] = []
    var diagnostics: [Diagnostic] = []

    init(header: [String], schema: SheetSchema, mapping: SpreadsheetMapping, path: String, headerRow: Int) {
        let fields = schema.fields + SheetSchema.extra
        var unknown: [(Int, String)] = []
        for (index, name) in header.enumerated() where !SheetText.fold(name).isEmpty {
            let folded = SheetText.fold(name)
            let field: SheetField?
            if let target = mapping.columns[folded] {
                if target == SpreadsheetMapping.ignore { continue }
                field = fields.first { $0.key == target }
            } else {
                field = fields.first { $0.names.contains(folded) }
            }
            guard let field else {
                unknown.append((index, name))
                continue
            }
            if let first = bindings.first(where: { $0.field.key == field.key }) {
                diagnostics.append(.warning(
                    "columns \(first.letter) (\"\(first.header)\") and \(SpreadsheetReader.columnName(index)) (\"\(name)\") both give \(field.key); only \(first.letter) is read",
                    at: SourceLocation(path: path, line: headerRow, column: index + 1),
                    hint: "rename or remove one of them, or map one to ignore in a mapping file"))
                continue
            }
            bindings.append(Binding(index: index, header: name, field: field))
        }
        if !unknown.isEmpty { diagnostics.append(Self.unknownColumns(unknown, fields: fields, path: path, headerRow: headerRow)) }
    }

    func binding(_ key: String) -> Binding? { bindings.first { $0.field.key == key } }

    /// One warning for every column not read, each with the closest known header.
    static func unknownColumns(_ unknown: [(Int, String)], fields: [SheetField], path: String, headerRow: Int) -> Diagnostic {
        let headers = fields.flatMap { [$0.header] + $0.synonyms }
        let list = unknown.map { "\(SpreadsheetReader.columnName($0.0)) \"\($0.1)\"" }.joined(separator: ", ")
        let guesses = unknown.compactMap { index, name -> String? in
            let folded = SheetText.fold(name)
            guard let close = headers.min(by: { Suggestion.editDistance(folded, SheetText.fold($0)) < Suggestion.editDistance(folded, SheetText.fold($1)) }),
                  Suggestion.editDistance(folded, SheetText.fold(close)) <= max(2, folded.count / 3) else { return nil }
            let key = fields.first { ([$0.header] + $0.synonyms).contains(close) }?.key ?? close
            return "\"\(name)\" → \"\(close)\" (\(key))"
        }
        let hint = (guesses.isEmpty ? "" : "closest known headers: " + guesses.joined(separator: ", ") + "; ")
            + "rename the header, or map it to a field (or to ignore) in a mapping file given with --mapping"
        return .warning("\(unknown.count == 1 ? "this column is" : "these columns are") not recognised and left out: \(list)",
                        at: SourceLocation(path: path, line: headerRow, column: unknown[0].0 + 1), hint: hint)
    }
}
