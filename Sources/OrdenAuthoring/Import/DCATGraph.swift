import Foundation
import Basics
import FrontMatter
import Mustache
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSite
import OrdenSource
import RDF
import Spreadsheet

/// A graph indexed by subject, with the lookups the DCAT importer needs: the objects of a
/// property, literals in the preferred language, and how to name a node in a warning.
struct DCATGraph {
    let graph: RDFGraph
    let path: String
    private let bySubject: [RDFTerm: [RDFTriple]]
    private let locations: [RDFTerm: SourceLocation]

    /// Bokmål first, then the other Norwegian forms, untagged text and English.
    static let languagePreference: [String?] = ["nb", "no", "nn", nil, "en"]

    init(_ document: RDFDocument, path: String) {
        graph = document.graph
        self.path = path
        locations = document.locations
        bySubject = Dictionary(grouping: graph.triples, by: \.subject)
    }

    /// Where the node is described in the file, or the file as a whole.
    func location(of node: RDFTerm) -> SourceLocation {
        locations[node] ?? SourceLocation(path: path)
    }

    func objects(_ subject: RDFTerm, _ predicate: String) -> [RDFTerm] {
        (bySubject[subject] ?? []).filter { $0.predicate == predicate }.map(\.object)
    }

    func hasTriples(_ subject: RDFTerm) -> Bool { !(bySubject[subject] ?? []).isEmpty }

    /// The triples of a subject, in file order.
    func triples(of subject: RDFTerm) -> [RDFTriple] { bySubject[subject] ?? [] }

    func isA(_ subject: RDFTerm, _ type: String) -> Bool {
        objects(subject, RDFVocabulary.rdf + "type").contains(.iri(type))
    }

    /// The literals of a property in the most preferred language present (all of that language,
    /// in file order); other languages only when none of the preferred ones is there.
    /// Line ends become LF, as in every content file: a Turtle file written on Windows keeps its CR LF
    /// inside long literals (RDF 1.1 Turtle §6.4), which would otherwise reach front matter as "\r\n".
    func texts(_ subject: RDFTerm, _ predicate: String) -> [String] {
        let literals = objects(subject, predicate).compactMap(\.literal)
        for language in Self.languagePreference {
            let matching = literals.filter { Self.baseLanguage($0.language) == language }
            if !matching.isEmpty { return matching.map { Self.unixLineEnds($0.value) } }
        }
        return literals.map { Self.unixLineEnds($0.value) }
    }

    static func unixLineEnds(_ text: String) -> String {
        guard text.contains("\r") else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// The text of a property in the preferred language, trimmed; nil when there is none.
    func text(_ subject: RDFTerm, _ predicate: String) -> String? {
        texts(subject, predicate).lazy.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.first { !$0.isEmpty }
    }

    /// `nb-NO` counts as `nb`.
    private static func baseLanguage(_ tag: String?) -> String? {
        guard let tag else { return nil }
        return String(tag.split(separator: "-").first ?? Substring(tag))
    }

    /// How a warning names a node: its IRI, or for a blank node (whose label means nothing to
    /// the reader) its title.
    func describe(_ node: RDFTerm) -> String {
        switch node {
        case .iri(let iri): return "<\(iri)>"
        case .blank:
            if let title = text(node, RDFVocabulary.dct + "title") { return "“\(title)” (a blank node)" }
            return "a blank node"
        case .literal(let literal): return "“\(literal.value)”"
        }
    }

    /// A value for a message: an IRI in <…>, a literal in quotes.
    func describeValue(_ term: RDFTerm) -> String {
        switch term {
        case .iri(let iri): "<\(iri)>"
        case .blank: "a blank node"
        case .literal(let literal): "“\(literal.value)”"
        }
    }

    /// An IRI, or the text of a literal that holds one.
    func iriText(_ term: RDFTerm) -> String? {
        switch term {
        case .iri(let iri): iri
        case .literal(let literal): literal.value.trimmingCharacters(in: .whitespacesAndNewlines)
        case .blank: nil
        }
    }
}
