@testable import Basics
@testable import FrontMatter
@testable import OrdenAuthoring
@testable import OrdenBuild
@testable import OrdenCatalogue
@testable import OrdenHistory
@testable import OrdenModel
@testable import OrdenSite
@testable import RDF
@testable import Spreadsheet

/// Reads the expected results of the JSON-LD toRdf tests (N-Quads, one statement a line). Orden
/// has no N-Quads reader, since RDFGraph has no named graphs; a line with a graph name is
/// reported, so that a test expecting named graphs can only pass by being refused.
enum NQuads {
    struct Malformed: Error { let line: String }

    static func parse(_ text: String) throws -> (triples: [RDFTriple], hasGraphNames: Bool) {
        var triples: [RDFTriple] = []
        var hasGraphNames = false
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            var scalars = Substring(line).unicodeScalars[...]
            var terms: [RDFTerm] = []
            while true {
                while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
                guard let first = scalars.first, first != "#" else { break }
                if first == "." { break }
                guard let term = term(&scalars) else { throw Malformed(line: String(line)) }
                terms.append(term)
            }
            if terms.isEmpty { continue }
            guard terms.count == 3 || terms.count == 4, case .iri(let predicate) = terms[1] else { throw Malformed(line: String(line)) }
            if terms.count == 4 { hasGraphNames = true; continue }
            triples.append(RDFTriple(terms[0], predicate, terms[2]))
        }
        return (triples, hasGraphNames)
    }

    private static func term(_ scalars: inout Substring.UnicodeScalarView.SubSequence) -> RDFTerm? {
        guard let first = scalars.popFirst() else { return nil }
        switch first {
        case "<":
            guard let text = until(">", &scalars) else { return nil }
            return .iri(text)
        case "_":
            guard scalars.popFirst() == ":" else { return nil }
            var label = ""
            while let next = scalars.first, next != " ", next != "\t", next != "." || scalars.dropFirst().first.map({ $0 != " " && $0 != "\t" }) == true {
                label.unicodeScalars.append(next)
                scalars.removeFirst()
            }
            return .blank(label)
        case "\"":
            guard let value = until("\"", &scalars) else { return nil }
            if scalars.first == "@" {
                scalars.removeFirst()
                var language = ""
                while let next = scalars.first, next != " ", next != "\t" {
                    language.unicodeScalars.append(next)
                    scalars.removeFirst()
                }
                return .string(value, language: language)
            }
            if scalars.starts(with: "^^<".unicodeScalars) {
                scalars.removeFirst(3)
                guard let datatype = until(">", &scalars) else { return nil }
                return .typed(value, datatype)
            }
            return .string(value)
        default:
            return nil
        }
    }

    /// The text up to an unescaped `end`, with N-Triples escapes undone.
    private static func until(_ end: Unicode.Scalar, _ scalars: inout Substring.UnicodeScalarView.SubSequence) -> String? {
        var text = ""
        while let next = scalars.popFirst() {
            if next == end { return text }
            guard next == "\\" else { text.unicodeScalars.append(next); continue }
            guard let kind = scalars.popFirst() else { return nil }
            switch kind {
            case "t": text += "\t"
            case "b": text += "\u{08}"
            case "n": text += "\n"
            case "r": text += "\r"
            case "f": text += "\u{0C}"
            case "\"", "'", "\\": text.unicodeScalars.append(kind)
            case "u", "U":
                let count = kind == "u" ? 4 : 8
                let hex = String(String.UnicodeScalarView(scalars.prefix(count)))
                scalars.removeFirst(min(count, scalars.count))
                guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else { return nil }
                text.unicodeScalars.append(scalar)
            default: return nil
            }
        }
        return nil
    }
}
