/// RDF 1.1 abstract syntax: terms, triples and graphs. The writers (Turtle, RDF/XML, JSON-LD)
/// and the readers for `orden import dcat` share these types; nothing here knows a syntax.
public enum RDFTerm: Sendable, Hashable, Comparable {
    /// An absolute IRI, stored unescaped (as a Swift string of its characters).
    case iri(String)
    /// A blank node, by a label that is unique within one graph.
    case blank(String)
    case literal(RDFLiteral)

    public static func string(_ value: String, language: String? = nil) -> RDFTerm {
        .literal(RDFLiteral(value, language: language))
    }

    public static func typed(_ value: String, _ datatype: String) -> RDFTerm {
        .literal(RDFLiteral(value, datatype: datatype))
    }

    public var iri: String? { if case .iri(let value) = self { value } else { nil } }
    public var literal: RDFLiteral? { if case .literal(let value) = self { value } else { nil } }
    public var isBlank: Bool { if case .blank = self { true } else { false } }

    private var order: (Int, String, String) {
        switch self {
        case .iri(let value): (0, value, "")
        case .blank(let label): (1, label, "")
        case .literal(let literal): (2, literal.value, (literal.language ?? "") + "|" + literal.datatype)
        }
    }

    public static func < (a: RDFTerm, b: RDFTerm) -> Bool { a.order < b.order }
}

public struct RDFLiteral: Sendable, Hashable {
    public var value: String
    /// Lower-cased BCP 47 tag; when set, the datatype is rdf:langString.
    public var language: String?
    /// The datatype IRI; xsd:string for a plain literal.
    public var datatype: String

    public init(_ value: String, language: String? = nil, datatype: String? = nil) {
        self.value = value
        self.language = language?.lowercased()
        self.datatype = language != nil ? RDFVocabulary.rdf + "langString" : (datatype ?? RDFVocabulary.xsd + "string")
    }
}

public struct RDFTriple: Sendable, Hashable, Comparable {
    public var subject: RDFTerm
    public var predicate: String
    public var object: RDFTerm

    public init(_ subject: RDFTerm, _ predicate: String, _ object: RDFTerm) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }

    public static func < (a: RDFTriple, b: RDFTriple) -> Bool {
        (a.subject, a.predicate, a.object) < (b.subject, b.predicate, b.object)
    }
}

/// A set of triples, kept in the order they were added so that writers are deterministic.
public struct RDFGraph: Sendable {
    public private(set) var triples: [RDFTriple] = []
    private var seen: Set<RDFTriple> = []

    public init() {}

    public init(_ triples: [RDFTriple]) {
        for triple in triples { add(triple) }
    }

    public mutating func add(_ triple: RDFTriple) {
        if seen.insert(triple).inserted { triples.append(triple) }
    }

    public mutating func add(_ subject: RDFTerm, _ predicate: String, _ object: RDFTerm) {
        add(RDFTriple(subject, predicate, object))
    }

    /// Adds the triple only when there is an object.
    public mutating func add(_ subject: RDFTerm, _ predicate: String, _ object: RDFTerm?) {
        if let object { add(RDFTriple(subject, predicate, object)) }
    }

    public var count: Int { triples.count }

    /// The objects of a subject's property, in the order they were added.
    public func objects(_ subject: RDFTerm, _ predicate: String) -> [RDFTerm] {
        triples.filter { $0.subject == subject && $0.predicate == predicate }.map(\.object)
    }

    /// The subjects that have `rdf:type` `type`.
    public func subjects(ofType type: String) -> [RDFTerm] {
        var result: [RDFTerm] = []
        var found: Set<RDFTerm> = []
        for triple in triples where triple.predicate == RDFVocabulary.rdf + "type" && triple.object == .iri(type) {
            if found.insert(triple.subject).inserted { result.append(triple.subject) }
        }
        return result
    }
}

/// Namespace IRIs used by Orden's catalogues and importers.
public enum RDFVocabulary {
    public static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    public static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
    public static let xsd = "http://www.w3.org/2001/XMLSchema#"
    public static let dcat = "http://www.w3.org/ns/dcat#"
    public static let dct = "http://purl.org/dc/terms/"
    public static let foaf = "http://xmlns.com/foaf/0.1/"
    public static let vcard = "http://www.w3.org/2006/vcard/ns#"
    public static let skos = "http://www.w3.org/2004/02/skos/core#"
    public static let adms = "http://www.w3.org/ns/adms#"
    public static let dcatno = "https://data.norge.no/vocabulary/dcatno#"
    public static let euTheme = "http://publications.europa.eu/resource/authority/data-theme/"
    public static let euAccessRight = "http://publications.europa.eu/resource/authority/access-right/"
    public static let euFrequency = "http://publications.europa.eu/resource/authority/frequency/"
    public static let euFileType = "http://publications.europa.eu/resource/authority/file-type/"
    public static let euLicence = "http://publications.europa.eu/resource/authority/licence/"
    public static let euLanguage = "http://publications.europa.eu/resource/authority/language/"

    /// The prefixes writers use, in the order they print them.
    public static let prefixes: [(String, String)] = [
        ("rdf", rdf), ("rdfs", rdfs), ("xsd", xsd), ("dcat", dcat), ("dct", dct), ("foaf", foaf),
        ("vcard", vcard), ("skos", skos), ("adms", adms), ("dcatno", dcatno),
    ]
}
