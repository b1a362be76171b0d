import Basics
import CommonMark
import FrontMatter
import Mustache
import OrdenBuild
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSite
import RDF
import Spreadsheet

/// One line, or one block of lines, of the front matter `orden new` and `orden init` write:
/// known values, marks for what the editor must fill in, and optional fields as comments with
/// a short explanation, so that removing a `# ` gives a valid field.
indirect enum TemplateLine {
    /// `key: value`, with an optional explanation as a trailing comment.
    case value(String, YAMLValue, note: String? = nil)
    /// `key: "FYLL UT: what"`, or `key: ["FYLL UT: what"]` for a list.
    case fill(String, String, list: Bool = false)
    /// `# key: example   # explanation`: an optional field, off until the editor removes the `#`.
    case option(String, YAMLValue, String)
    /// `# text`.
    case note(String)
    /// `key:` with its fields indented below.
    case group(String, [TemplateLine])
    /// A group written entirely as comments (an optional list of mappings, say), with an explanation.
    case optionGroup(String, [TemplateLine], String)
    /// One item of a list of mappings: `- ` before the first field.
    case item([TemplateLine])
    case blank

    /// Where trailing explanations start, so that they line up.
    static let noteColumn = 40

    var hasMark: Bool {
        switch self {
        case .fill: true
        case .group(_, let children), .item(let children): children.contains(where: \.hasMark)
        default: false
        }
    }

    static func render(_ lines: [TemplateLine]) -> String {
        var out: [String] = []
        for line in lines { line.render(indent: "", commented: false, into: &out) }
        return out.map { $0 + "\n" }.joined()
    }

    private func render(indent: String, commented: Bool, into out: inout [String]) {
        let lead = commented ? "# " + indent : indent
        switch self {
        case .value(let key, let value, let note):
            out.append(Self.withNote("\(lead)\(key): \(YAMLText.flow(value))", note))
        case .fill(let key, let what, let list):
            let mark = YAMLText.flow(.string(FillIn.mark(what)))
            out.append("\(lead)\(key): \(list ? "[\(mark)]" : mark)")
        case .option(let key, let example, let note):
            let text = commented ? "\(lead)\(key): \(YAMLText.flow(example))" : "\(indent)# \(key): \(YAMLText.flow(example))"
            out.append(Self.withNote(text, note))
        case .note(let text):
            out.append("\(indent)# \(text)")
        case .group(let key, let children):
            out.append("\(lead)\(key):")
            for child in children { child.render(indent: indent + "  ", commented: commented, into: &out) }
        case .optionGroup(let key, let children, let note):
            out.append(Self.withNote("\(indent)# \(key):", note))
            for child in children { child.render(indent: indent + "  ", commented: true, into: &out) }
        case .item(let children):
            // The fields sit two spaces in; the first one's two spaces become the "- ".
            var lines: [String] = []
            for child in children { child.render(indent: indent + "  ", commented: commented, into: &lines) }
            let fieldLead = lead + "  "
            if let first = lines.first, first.hasPrefix(fieldLead) {
                lines[0] = lead + "- " + first.dropFirst(fieldLead.count)
            }
            out += lines
        case .blank:
            out.append("")
        }
    }

    private static func withNote(_ text: String, _ note: String?) -> String {
        guard let note, !note.isEmpty else { return text }
        let padding = max(2, noteColumn - text.count)
        return text + String(repeating: " ", count: padding) + "# " + note
    }
}

/// YAML in flow style (`[a, b]`, `{k: v}`) for single lines of a template. Strings are quoted
/// whenever YAML could read them as anything else, in or outside a flow collection.
enum YAMLText {
    static func flow(_ value: YAMLValue) -> String {
        switch value {
        case .string(let text): return string(text)
        case .integer(let n): return String(n)
        case .number(let x): return x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
        case .bool(let b): return b ? "true" : "false"
        case .day(let day): return day.description
        case .list(let items): return "[" + items.map(flow).joined(separator: ", ") + "]"
        case .map(let pairs): return "{" + pairs.map { "\($0.0): \(flow($0.1))" }.joined(separator: ", ") + "}"
        }
    }

    /// Plain when that reads back as the same text everywhere; otherwise double-quoted with
    /// JSON's escapes, which are valid YAML.
    static func string(_ text: String) -> String {
        // Anywhere in a flow collection these end or split the value; what matters at the start
        // of a plain value (&, *, !, | …) or inside it (": ", " #") makes needsQuotes true.
        let flowIndicators = Set(",[]{}")
        if !YAMLValue.needsQuotes(text), !text.contains(where: { flowIndicators.contains($0) }), !text.contains("\n") {
            return text
        }
        return JSONText.quote(text)
    }
}
