import Yams
import Basics
import FrontMatter
import Mustache
import OrdenBuild
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSite
import RDF
import Spreadsheet

/// A value to write into a record's front matter. Importers build these and never format YAML
/// themselves, so a quote, a colon or a newline in imported text cannot break the file.
package indirect enum YAMLValue: Sendable, Equatable {
    case string(String)
    case integer(Int)
    case number(Double)
    case bool(Bool)
    /// A date, written plain (2026-11-26).
    case day(Day)
    case list([YAMLValue])
    case map([(String, YAMLValue)])

    package static func == (a: YAMLValue, b: YAMLValue) -> Bool {
        switch (a, b) {
        case (.string(let x), .string(let y)): x == y
        case (.integer(let x), .integer(let y)): x == y
        case (.number(let x), .number(let y)): x == y
        case (.bool(let x), .bool(let y)): x == y
        case (.day(let x), .day(let y)): x == y
        case (.list(let x), .list(let y)): x == y
        case (.map(let x), .map(let y)): x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    package var node: Node {
        switch self {
        case .string(let text):
            // Quote whatever YAML would otherwise read as another type or mangle (yes, 2026-01-01,
            // leading spaces); plain style for the rest keeps the files pleasant to edit.
            let style: Node.Scalar.Style = Self.needsQuotes(text) ? .doubleQuoted : (text.contains("\n") ? .literal : .plain)
            return Node.scalar(Node.Scalar(text, Tag(.str), style))
        case .integer(let n): return Node.scalar(Node.Scalar(String(n), Tag(.int)))
        case .number(let x):
            let text = x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
            return Node.scalar(Node.Scalar(text, Tag(.float)))
        case .bool(let b): return Node.scalar(Node.Scalar(b ? "true" : "false", Tag(.bool)))
        case .day(let day): return Node.scalar(Node.Scalar(day.description, Tag(.timestamp)))
        case .list(let items): return Node.sequence(Node.Sequence(items.map(\.node)))
        case .map(let pairs): return Node.mapping(Node.Mapping(pairs.map { (Node.scalar(Node.Scalar($0.0)), $0.1.node) }))
        }
    }

    static func needsQuotes(_ text: String) -> Bool {
        if text.isEmpty || text != text.trimmingCharacters(in: .whitespaces) { return true }
        if text.contains("\n") { return text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" } || text.hasSuffix("\n") }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value) || $0.value == 0xFEFF || $0.value == 0x2028 || $0.value == 0x2029 }) { return true }
        // What a YAML 1.1 or 1.2 reader would take for something other than a string.
        if (try? Yams.load(yaml: text)).map({ !($0 is String) || ($0 as? String) != text }) ?? true { return true }
        return false
    }
}

import Foundation

/// Writes a record file: front matter between `---` lines, then the Markdown body.
package enum FrontMatterWriter {
    /// Fields with a nil or empty value are left out, so an editor sees only what was imported.
    package static func document(_ fields: [(String, YAMLValue?)], body: String? = nil, comments: [String] = []) -> String {
        let pairs = fields.compactMap { key, value -> (String, YAMLValue)? in
            guard let value, !value.isEmpty else { return nil }
            return (key, value)
        }
        let yaml = (try? Yams.serialize(node: YAMLValue.map(pairs).node, width: -1, allowUnicode: true)) ?? ""
        var text = "---\n" + (pairs.isEmpty ? "" : yaml)
        for comment in comments {
            for line in comment.split(separator: "\n", omittingEmptySubsequences: false) { text += "# \(line)\n" }
        }
        text += "---\n"
        if let body, !body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            text += "\n" + body.trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
        }
        return text
    }
}

extension YAMLValue {
    var isEmpty: Bool {
        switch self {
        case .string(let text): text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        case .list(let items): items.isEmpty
        case .map(let pairs): pairs.isEmpty
        default: false
        }
    }

    /// A list of strings, or nil when there are none.
    package static func strings(_ values: [String]) -> YAMLValue? {
        let kept = values.filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        return kept.isEmpty ? nil : .list(kept.map(YAMLValue.string))
    }
}
