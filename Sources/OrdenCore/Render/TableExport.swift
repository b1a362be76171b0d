import Foundation

/// Copies of a table for Excel and for programs: CSV the way Norwegian Excel opens it without
/// an import dialog (UTF-8 with a byte-order mark, semicolons, decimal comma, CRLF), and JSON.
public enum TableExport {
    /// The byte-order mark Excel needs to read UTF-8.
    public static let byteOrderMark = "\u{FEFF}"

    public static func csv(_ table: Table) -> String {
        var lines = [table.columns.map { field($0.label) }.joined(separator: ";")]
        for row in table.rows {
            lines.append(row.cells.map { cell in
                if let number = cell.number { return decimal(number, separator: ",") }
                return field(plain(cell))
            }.joined(separator: ";"))
        }
        return byteOrderMark + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// `{"title", "columns": [...], "rows": [{column: value}]}`; numbers as numbers, empty cells as null.
    /// Links are given as absolute addresses when `base` is the page's absolute address.
    public static func json(_ table: Table, base: String) -> String {
        let keys = columnKeys(table.columns)
        var out = "{\n  \"title\": \(JSONText.quote(table.caption)),\n  \"columns\": ["
        out += zip(keys, table.columns).map { "{\"key\": \(JSONText.quote($0)), \"label\": \(JSONText.quote($1.label))}" }.joined(separator: ", ")
        out += "],\n  \"rows\": ["
        let rows = table.rows.map { row -> String in
            let fields = zip(keys, row.cells).map { key, cell -> String in
                var value: String
                if let number = cell.number {
                    value = decimal(number, separator: ".")
                } else if cell.text == "–" || cell.text.isEmpty {
                    value = "null"
                } else {
                    value = JSONText.quote(plain(cell))
                }
                if let href = cell.href, !href.hasPrefix("#") {
                    value = "{\"text\": \(value), \"url\": \(JSONText.quote(absolute(href, base: base)))}"
                }
                return "\(JSONText.quote(key)): \(value)"
            }
            return "\n    {" + fields.joined(separator: ", ") + "}"
        }
        out += rows.joined(separator: ",") + (rows.isEmpty ? "" : "\n  ") + "]\n}\n"
        return out
    }

    /// Column keys for JSON: the label made into an id, made unique.
    static func columnKeys(_ columns: [Column]) -> [String] {
        var seen: [String: Int] = [:]
        return columns.map { column in
            let base = Identifier.suggestion(for: column.label).replacingOccurrences(of: "-", with: "_")
            let count = seen[base, default: 0]
            seen[base] = count + 1
            return count == 0 ? base : "\(base)_\(count + 1)"
        }
    }

    static func plain(_ cell: Cell) -> String {
        if let export = cell.export { return export }
        let text = cell.text == "–" ? "" : cell.text
        return cell.note.map { text.isEmpty ? $0 : "\(text) (\($0))" } ?? text
    }

    /// A CSV field, quoted when it holds a separator, a quote or a line break. A leading =, +, -
    /// or @ would make Excel run it as a formula, so such text gets a leading apostrophe.
    static func field(_ text: String) -> String {
        var text = text.replacingOccurrences(of: "\u{00A0}", with: " ")
        if let first = text.first, "=+-@".contains(first), Double(text) == nil { text = "'" + text }
        guard text.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Up to two decimals, no grouping, no "-0".
    static func decimal(_ value: Double, separator: String) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        let text = String(format: "%.2f", rounded)
        let trimmed = text.hasSuffix("0") ? String(text.dropLast()) : text
        return trimmed.replacingOccurrences(of: ".", with: separator)
    }

    /// Resolves a page-relative link (`../../kommuner/…`) against the page's absolute address.
    static func absolute(_ href: String, base: String) -> String {
        if href.hasPrefix("http://") || href.hasPrefix("https://") || href.hasPrefix("mailto:") { return href }
        guard let url = URL(string: href, relativeTo: URL(string: base)) else { return href }
        return url.absoluteString
    }
}
