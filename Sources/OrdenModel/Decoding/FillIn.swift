import Basics
import FrontMatter

/// The mark `orden new` and `orden init` write where only the editor knows the value:
/// `owner: "FYLL UT: systemeier (enhet eller rolle)"`. `orden check` reports a mark left in place
/// as one error on its line, before the value's type is looked at, so a date, a number or a
/// closed value holding a mark gives that message and not a type error.
package enum FillIn {
    package static let marker = "FYLL UT"

    /// The mark asking for `what` (Norwegian, for editors).
    package static func mark(_ what: String) -> String { "\(marker): \(what)" }

    /// What a mark in `text` asks for, or nil when `text` is not a mark.
    static func request(in text: String) -> String? {
        // Asked of every value of every file: most are answered by their first letter.
        guard let first = text.utf8.first, first == UInt8(ascii: "F") || first == UInt8(ascii: " ") else { return nil }
        let trimmed = text.drop { $0 == " " }
        guard trimmed.hasPrefix(marker) else { return nil }
        return String(trimmed.dropFirst(marker.count).drop { $0 == ":" || $0 == " " })
    }

    /// The mark in a value: a scalar, or a list holding a single mark (`themes: ["FYLL UT: …"]`).
    static func request(in node: YAMLNode) -> String? {
        switch node.value {
        case .scalar(let text, _): return request(in: text)
        case .sequence(let items) where items.count == 1: return items[0].text.flatMap(request(in:))
        default: return nil
        }
    }

    static let notFilledIn = " is not filled in yet"

    static func diagnostic(field: String, asking what: String, at location: SourceLocation) -> Diagnostic {
        let hint = what.isEmpty
            ? "write the value in place of the text \"\(marker)\""
            : "replace \"\(marker): …\" with \(what)"
        return .error("\(field)\(notFilledIn)", at: location, hint: hint)
    }

    /// Drops what a mark causes at its own place: a list left empty ("themes is empty"), a
    /// stand-in value that other checks read. The mark is the one message for the value; the
    /// rest comes back, if it still applies, once the value is written.
    package static func withoutConsequences(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let marked = Set(diagnostics.filter(isMark).map(\.location))
        guard !marked.isEmpty else { return diagnostics }
        return diagnostics.filter { isMark($0) || !marked.contains($0.location) }
    }

    static func isMark(_ diagnostic: Diagnostic) -> Bool {
        diagnostic.severity == .error && diagnostic.message.hasSuffix(notFilledIn)
            && diagnostic.hint?.contains(marker) == true
    }
}
