import Basics

/// RDF 1.1 abstract syntax: terms, triples and graphs. The writers (Turtle, RDF/XML, JSON-LD)
/// and the readers for `orden import dcat` share these types; nothing here knows a syntax.
package enum RDFTerm: Sendable, Hashable, Comparable {
    /// An absolute IRI, stored unescaped (as a Swift string of its characters).
    case iri(String)
    /// A blank node, by a label that is unique within one graph.
    case blank(String)
    case literal(RDFLiteral)

    package static func string(_ value: String, language: String? = nil) -> RDFTerm {
        .literal(RDFLiteral(value, language: language))
    }

    package static func typed(_ value: String, _ datatype: String) -> RDFTerm {
        .literal(RDFLiteral(value, datatype: datatype))
    }

    package var iri: String? { if case .iri(let value) = self { value } else { nil } }
    package var literal: RDFLiteral? { if case .literal(let value) = self { value } else { nil } }
    package var isBlank: Bool { if case .blank = self { true } else { false } }

    private var order: (Int, String, String) {
        switch self {
        case .iri(let value): (0, value, "")
        case .blank(let label): (1, label, "")
        case .literal(let literal): (2, literal.value, (literal.language ?? "") + "|" + literal.datatype)
        }
    }

    package static func < (a: RDFTerm, b: RDFTerm) -> Bool { a.order < b.order }
}

package struct RDFLiteral: Sendable, Hashable {
    package var value: String
    /// Lower-cased BCP 47 tag; when set, the datatype is rdf:langString.
    package var language: String?
    /// The datatype IRI; xsd:string for a plain literal.
    package var datatype: String

    package init(_ value: String, language: String? = nil, datatype: String? = nil) {
        self.value = value
        self.language = language?.lowercased()
        self.datatype = language != nil ? RDFVocabulary.rdf + "langString" : (datatype ?? RDFVocabulary.xsd + "string")
    }
}

package struct RDFTriple: Sendable, Hashable, Comparable {
    package var subject: RDFTerm
    package var predicate: String
    package var object: RDFTerm

    package init(_ subject: RDFTerm, _ predicate: String, _ object: RDFTerm) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }

    package static func < (a: RDFTriple, b: RDFTriple) -> Bool {
        (a.subject, a.predicate, a.object) < (b.subject, b.predicate, b.object)
    }
}

/// A set of triples, kept in the order they were added so that writers are deterministic.
package struct RDFGraph: Sendable {
    package private(set) var triples: [RDFTriple] = []
    private var seen: Set<RDFTriple> = []

    package init() {}

    package init(_ triples: [RDFTriple]) {
        for triple in triples { add(triple) }
    }

    package mutating func add(_ triple: RDFTriple) {
        if seen.insert(triple).inserted { triples.append(triple) }
    }

    package mutating func add(_ subject: RDFTerm, _ predicate: String, _ object: RDFTerm) {
        add(RDFTriple(subject, predicate, object))
    }

    /// Adds the triple only when there is an object.
    package mutating func add(_ subject: RDFTerm, _ predicate: String, _ object: RDFTerm?) {
        if let object { add(RDFTriple(subject, predicate, object)) }
    }

    package var count: Int { triples.count }

    /// The objects of a subject's property, in the order they were added.
    package func objects(_ subject: RDFTerm, _ predicate: String) -> [RDFTerm] {
        triples.filter { $0.subject == subject && $0.predicate == predicate }.map(\.object)
    }

    /// The subjects that have `rdf:type` `type`.
    package func subjects(ofType type: String) -> [RDFTerm] {
        var result: [RDFTerm] = []
        var found: Set<RDFTerm> = []
        for triple in triples where triple.predicate == RDFVocabulary.rdf + "type" && triple.object == .iri(type) {
            if found.insert(triple.subject).inserted { result.append(triple.subject) }
        }
        return result
    }
}

/// Namespace IRIs used by Orden's catalogues and importers.
package enum RDFVocabulary {
    package static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    package static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
    package static let xsd = "http://www.w3.org/2001/XMLSchema#"
    package static let dcat = "http://www.w3.org/ns/dcat#"
    package static let dct = "http://purl.org/dc/terms/"
    package static let foaf = "http://xmlns.com/foaf/0.1/"
    package static let vcard = "http://www.w3.org/2006/vcard/ns#"
    package static let skos = "http://www.w3.org/2004/02/skos/core#"
    package static let adms = "http://www.w3.org/ns/adms#"
    package static let dcatno = "https://data.norge.no/vocabulary/dcatno#"
    package static let euTheme = "http://publications.europa.eu/resource/authority/data-theme/"
    package static let euAccessRight = "http://publications.europa.eu/resource/authority/access-right/"
    package static let euFrequency = "http://publications.europa.eu/resource/authority/frequency/"
    package static let euFileType = "http://publications.europa.eu/resource/authority/file-type/"
    package static let euLicence = "http://publications.europa.eu/resource/authority/licence/"
    package static let euLanguage = "http://publications.europa.eu/resource/authority/language/"

    /// The prefixes writers use, in the order they print them.
    package static let prefixes: [(String, String)] = [
        ("rdf", rdf), ("rdfs", rdfs), ("xsd", xsd), ("dcat", dcat), ("dct", dct), ("foaf", foaf),
        ("vcard", vcard), ("skos", skos), ("adms", adms), ("dcatno", dcatno),
    ]
}
