import Yams
import Basics
import CommonMark
import FrontMatter
import Mustache
import OrdenCatalogue
import OrdenModel
import OrdenSite
import OrdenSource
import RDF
import Spreadsheet

/// A mapping file for spreadsheets whose headers or values Orden does not recognise:
///
/// ```yaml
/// columns:                 # header in the sheet → field (or `ignore`)
///   "Sys.navn": name
///   "Ansvarlig enhet": owner
///   "Intern merknad": ignore
/// values:                  # field → cell text → value
///   lifecycle.status:
///     "Drift": production
///     "Pilot": implementing
/// ```
package struct SpreadsheetMapping: Sendable {
    /// Folded header → field key, or `ignore`.
    var columns: [String: String] = [:]
    /// Field key → folded cell text → replacement.
    var values: [String: [String: String]] = [:]

    package init() {}

    package static let ignore = "ignore"

    /// Reads a mapping file, checking every field it names against the kind's columns.
    package static func parse(_ text: String, path: String, kind: SheetKind) throws -> SpreadsheetMapping {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw Diagnostic.error("\(path) is not valid YAML: \(error)", at: SourceLocation(path: path), hint: "see the mapping file format in the README: columns: and values:")
        }
        var mapping = SpreadsheetMapping()
        guard let node else { return mapping }
        guard let top = node.mapping else {
            throw problem("the mapping must have columns: and/or values:", path, node)
        }
        let keys = kind.schema.fields.map(\.key) + ["id", "municipality"]
        for (key, value) in top {
            switch key.string {
            case "columns":
                for (header, field) in try pairs(value, path: path, what: "columns") {
                    guard keys.contains(field) || field == ignore else { throw unknownField(field, path, value, keys: keys, kind: kind) }
                    mapping.columns[SheetText.fold(header)] = field
                }
            case "values":
                guard let fields = value.mapping else { throw problem("values: must map each field to its cell values", path, value) }
                for (field, table) in fields {
                    let name = field.string ?? ""
                    guard keys.contains(name) else { throw unknownField(name, path, field, keys: keys, kind: kind) }
                    for (from, to) in try pairs(table, path: path, what: "values of \(name)") {
                        mapping.values[name, default: [:]][SheetText.fold(from)] = to
                    }
                }
            default:
                throw problem("unknown key \"\(key.string ?? "")\" in the mapping", path, key)
            }
        }
        return mapping
    }

    private static func pairs(_ node: Node, path: String, what: String) throws -> [(String, String)] {
        guard let mapping = node.mapping else { throw problem("\(what) must be a mapping of \"text\": value", path, node) }
        return try mapping.map { key, value in
            guard let from = key.scalar?.string, let to = value.scalar?.string else {
                throw problem("each entry of \(what) must map text to text", path, key)
            }
            return (from, to)
        }
    }

    private static func unknownField(_ field: String, _ path: String, _ node: Node, keys: [String], kind: SheetKind) -> Diagnostic {
        let close = Suggestion.closest(to: field, in: keys).map { "did you mean \($0)? " } ?? ""
        return problem("\"\(field)\" is not a field of \(kind.rawValue)", path, node,
                       hint: close + "fields: " + keys.joined(separator: ", ") + ", or ignore")
    }

    private static func problem(_ message: String, _ path: String, _ node: Node, hint: String = "see the mapping file format in the README") -> Diagnostic {
        .error(message, at: SourceLocation(path: path, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0), hint: hint)
    }
}
