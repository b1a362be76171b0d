import Foundation
import Basics
import FrontMatter
import Mustache
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSource
import RDF

/// Copies of a table for Excel and for programs: CSV the way Norwegian Excel opens it without
/// an import dialog (UTF-8 with a byte-order mark, semicolons, decimal comma, CRLF), and JSON.
/// Both are written byte by byte into one buffer: a report's tables have thousands of cells, and
/// every page with a table has its copies.
package enum TableExport {
    /// The byte-order mark Excel needs to read UTF-8.
    package static let byteOrderMark = "\u{FEFF}"

    package static func csv(_ table: Table) -> String {
        String(decoding: csvBytes(table), as: UTF8.self)
    }

    package static func csvBytes(_ table: Table) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 + table.rows.count * table.columns.count * 16)
        out.append(contentsOf: byteOrderMark.utf8)
        for (index, column) in table.columns.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ";")) }
            appendField(column.label, to: &out)
        }
        out.append(contentsOf: [0x0D, 0x0A])
        for row in table.rows {
            var first = true
            func add(_ cell: Cell) {
                if !first { out.append(UInt8(ascii: ";")) }
                first = false
                if let number = cell.number {
                    DecimalText.append(number, separator: UInt8(ascii: ","), to: &out)
                } else {
                    appendField(plain(cell), to: &out)
                }
            }
            if let head = row.head { add(head) }
            for cell in row.rest { add(cell) }
            out.append(contentsOf: [0x0D, 0x0A])
        }
        return out
    }

    /// `{"title", "columns": [...], "rows": [{column: value}]}`; numbers as numbers, empty cells as null.
    /// Links are given as absolute addresses when `base` is the page's absolute address.
    package static func json(_ table: Table, base: String) -> String {
        String(decoding: jsonBytes(table, base: base), as: UTF8.self)
    }

    package static func jsonBytes(_ table: Table, base: String) -> [UInt8] {
        let keys = columnKeys(table.columns)
        var out: [UInt8] = []
        out.reserveCapacity(128 + table.rows.count * table.columns.count * 32)
        out.append(contentsOf: "{\n  \"title\": ".utf8)
        JSONText.appendQuoted(table.caption, to: &out)
        out.append(contentsOf: ",\n  \"columns\": [".utf8)
        for (index, (key, column)) in zip(keys, table.columns).enumerated() {
            if index > 0 { out.append(contentsOf: ", ".utf8) }
            out.append(contentsOf: "{\"key\": ".utf8)
            JSONText.appendQuoted(key, to: &out)
            out.append(contentsOf: ", \"label\": ".utf8)
            JSONText.appendQuoted(column.label, to: &out)
            out.append(UInt8(ascii: "}"))
        }
        out.append(contentsOf: "],\n  \"rows\": [".utf8)
        let quotedKeys: [[UInt8]] = keys.map { key in
            var bytes: [UInt8] = []
            JSONText.appendQuoted(key, to: &bytes)
            bytes.append(contentsOf: ": ".utf8)
            return bytes
        }
        let resolver = LinkResolver(base: base)
        for (rowIndex, row) in table.rows.enumerated() {
            out.append(contentsOf: rowIndex == 0 ? "\n    {".utf8 : ",\n    {".utf8)
            var column = 0
            func add(_ cell: Cell) {
                guard column < quotedKeys.count else { return }
                if column > 0 { out.append(contentsOf: ", ".utf8) }
                out.append(contentsOf: quotedKeys[column])
                column += 1
                let link = cell.href.flatMap { $0.hasPrefix("#") ? nil : $0 }
                if link != nil { out.append(contentsOf: "{\"text\": ".utf8) }
                if let number = cell.number {
                    DecimalText.append(number, separator: UInt8(ascii: "."), to: &out)
                } else if cell.text == "–" || cell.text.isEmpty {
                    out.append(contentsOf: "null".utf8)
                } else {
                    JSONText.appendQuoted(plain(cell), to: &out)
                }
                if let link {
                    out.append(contentsOf: ", \"url\": ".utf8)
                    JSONText.appendQuoted(resolver.absolute(link), to: &out)
                    out.append(UInt8(ascii: "}"))
                }
            }
            if let head = row.head { add(head) }
            for cell in row.rest { add(cell) }
            out.append(UInt8(ascii: "}"))
        }
        out.append(contentsOf: (table.rows.isEmpty ? "]\n}\n" : "\n  ]\n}\n").utf8)
        return out
    }

    /// Column keys for JSON: the label made into an id, made unique.
    static func columnKeys(_ columns: [Column]) -> [String] {
        var seen: [String: Int] = [:]
        return columns.map { column in
            let base = key(for: column.label)
            let count = seen[base, default: 0]
            seen[base] = count + 1
            return count == 0 ? base : "\(base)_\(count + 1)"
        }
    }

    /// `Identifier.suggestion` with `_` for `-`, worked out directly for labels of ASCII and æ, ø, å,
    /// which are nearly all of them.
    static func key(for label: String) -> String {
        var key: [UInt8] = []
        key.reserveCapacity(label.utf8.count)
        for scalar in label.unicodeScalars {
            let value = scalar.value
            var letters: [UInt8] = []
            switch value {
            case 0x61...0x7A, 0x30...0x39: letters = [UInt8(value)]
            case 0x41...0x5A: letters = [UInt8(value + 0x20)]
            case 0xE6, 0xC6: letters = [UInt8(ascii: "a"), UInt8(ascii: "e")]
            case 0xF8, 0xD8: letters = [UInt8(ascii: "o")]
            case 0xE5, 0xC5: letters = [UInt8(ascii: "a")]
            case 0..<0x80: break
            default: return Identifier.suggestion(for: label).replacingOccurrences(of: "-", with: "_")
            }
            if letters.isEmpty {
                if !key.isEmpty && key.last != UInt8(ascii: "_") { key.append(UInt8(ascii: "_")) }
            } else {
                key.append(contentsOf: letters)
            }
        }
        while key.last == UInt8(ascii: "_") { key.removeLast() }
        return key.isEmpty ? "x" : String(decoding: key, as: UTF8.self)
    }

    static func plain(_ cell: Cell) -> String {
        if let export = cell.export { return export }
        let text = cell.text == "–" ? "" : cell.text
        return cell.note.map { text.isEmpty ? $0 : "\(text) (\($0))" } ?? text
    }

    /// A CSV field, quoted when it holds a separator, a quote or a line break. Text that a
    /// spreadsheet could run as a formula gets a leading apostrophe (see `mayRunAsFormula`).
    package static func field(_ text: String) -> String {
        var out: [UInt8] = []
        appendField(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func appendField(_ text: String, to out: inout [UInt8]) {
        var quoted = false, spaces = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: ";"), UInt8(ascii: "\""), 0x0A, 0x0D: quoted = true
            case 0xC2: spaces = true
            default: break
            }
        }
        // A non-breaking space (C2 A0) becomes a plain one: Excel does not take "1 234" for a number otherwise.
        var text = text
        if spaces {
            var bytes = Array(text.utf8), write = 0, read = 0
            while read < bytes.count {
                if bytes[read] == 0xC2 && read + 1 < bytes.count && bytes[read + 1] == 0xA0 {
                    bytes[write] = 0x20
                    read += 2
                } else {
                    bytes[write] = bytes[read]
                    read += 1
                }
                write += 1
            }
            text = String(decoding: bytes[..<write], as: UTF8.self)
        }
        let formula = mayRunAsFormula(text)
        guard quoted else {
            if formula { out.append(UInt8(ascii: "'")) }
            out.append(contentsOf: text.utf8)
            return
        }
        out.append(UInt8(ascii: "\""))
        if formula { out.append(UInt8(ascii: "'")) }
        for byte in text.utf8 {
            out.append(byte)
            if byte == UInt8(ascii: "\"") { out.append(byte) }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Whether a spreadsheet could take the text for a formula: it starts with =, +, - or @, or
    /// with a tab or carriage return (which spreadsheets skip, as OWASP's CSV injection advice
    /// notes), or with spaces and line breaks before one of those. Plain numbers such as -5 are not.
    static func mayRunAsFormula(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        if first == 0x09 || first == 0x0D { return true }
        guard let start = text.utf8.firstIndex(where: { $0 != 0x20 && $0 != 0x0A }) else { return false }
        switch text.utf8[start] {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D:
            return Double(text.trimmingCharacters(in: .whitespacesAndNewlines)) == nil
        default:
            return false
        }
    }

    /// Resolves a page-relative link (`../../kommuner/…`) against the page's absolute address.
    static func absolute(_ href: String, base: String) -> String {
        LinkResolver(base: base).absolute(href)
    }
}

/// Resolves the page-relative links of one page against its absolute address. The site's own
/// links are plain paths (`../../kommuner/9901-storlia/`, `index.json`), resolved here by the
/// rules of RFC 3986 without building a URL per link; anything else goes through Foundation.
struct LinkResolver {
    let base: String
    /// `https://host` and the folder of the page (`/path/to/page/`), when the base is a plain one.
    private let origin: [UInt8]?
    private let folder: [[UInt8]]
    /// `https://host/` followed by the first n segments of the folder, each with its slash.
    private let ancestors: [String]

    init(base: String) {
        self.base = base
        let bytes = Array(base.utf8)
        var origin: [UInt8]?, folder: [[UInt8]] = []
        for scheme in ["https://", "http://"] where base.hasPrefix(scheme) {
            let start = scheme.utf8.count
            guard let slash = bytes[start...].firstIndex(of: UInt8(ascii: "/")), slash > start,
                  bytes[start..<slash].allSatisfy(Self.isHostByte), bytes[slash...].allSatisfy(Self.isPathByte) else { break }
            origin = Array(bytes[..<slash])
            // The segments of the folder the page is in: the base up to its last slash.
            var segments = bytes[(slash + 1)...].split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).map(Array.init)
            segments.removeLast()
            folder = segments
        }
        self.origin = origin
        self.folder = folder
        var ancestors: [String] = []
        if let origin {
            var path = origin + [UInt8(ascii: "/")]
            ancestors.append(String(decoding: path, as: UTF8.self))
            for segment in folder {
                path += segment + [UInt8(ascii: "/")]
                ancestors.append(String(decoding: path, as: UTF8.self))
            }
        }
        self.ancestors = ancestors
    }

    func absolute(_ href: String) -> String {
        if href.hasPrefix("http://") || href.hasPrefix("https://") || href.hasPrefix("mailto:") { return href }
        if let origin, let first = href.utf8.first, first != UInt8(ascii: "/"), href.utf8.allSatisfy(Self.isPathByte) {
            return simple(href) ?? String(decoding: resolve(Array(href.utf8), origin: origin), as: UTF8.self)
        }
        guard let url = URL(string: href, relativeTo: URL(string: base)) else { return href }
        return url.absoluteString
    }

    /// The links the site makes itself: `../` a number of times, or `./`, then a path without dot
    /// segments. Resolved by going up that many folders; nil for anything else.
    private func simple(_ href: String) -> String? {
        let bytes = href.utf8
        let dot = UInt8(ascii: "."), slash = UInt8(ascii: "/")
        var start = bytes.startIndex, up = 0
        func at(_ index: String.UTF8View.Index, _ offset: Int) -> UInt8? {
            guard let position = bytes.index(index, offsetBy: offset, limitedBy: bytes.endIndex), position != bytes.endIndex else { return nil }
            return bytes[position]
        }
        while at(start, 0) == dot && at(start, 1) == dot && at(start, 2) == slash {
            start = bytes.index(start, offsetBy: 3)
            up += 1
        }
        if up == 0 && at(start, 0) == dot && at(start, 1) == slash { start = bytes.index(start, offsetBy: 2) }
        // Any "." or ".." segment left in the rest needs the general rules.
        var segmentStart = true, dots = 0
        for byte in bytes[start...] {
            if byte == slash {
                if segmentStart && dots > 0 { return nil }
                segmentStart = true
                dots = 0
            } else if segmentStart && byte == dot && dots < 2 {
                dots += 1
            } else {
                segmentStart = false
                dots = 0
            }
        }
        if segmentStart && dots > 0 { return nil }
        return ancestors[max(0, ancestors.count - 1 - up)] + String(href[start...])
    }

    /// The merged path with its dot segments removed (RFC 3986, 5.2.3 and 5.2.4).
    private func resolve(_ href: [UInt8], origin: [UInt8]) -> [UInt8] {
        var output = folder
        let segments = href.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        for (index, segment) in segments.enumerated() {
            let last = index == segments.count - 1
            if segment.elementsEqual([UInt8(ascii: ".")]) {
                if last { output.append([]) }
            } else if segment.elementsEqual([UInt8(ascii: "."), UInt8(ascii: ".")]) {
                if !output.isEmpty { output.removeLast() }
                if last { output.append([]) }
            } else {
                output.append(Array(segment))
            }
        }
        var result = origin
        for segment in output {
            result.append(UInt8(ascii: "/"))
            result.append(contentsOf: segment)
        }
        if output.isEmpty { result.append(UInt8(ascii: "/")) }
        return result
    }

    /// Letters, digits, `-`, `.`, `_`, `~` and `/`: a path no URL parser changes.
    private static func isPathByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"): true
        default: false
        }
    }

    private static func isHostByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: ":"): true
        default: false
        }
    }
}
