import Basics

/// What the three writers share: subjects grouped in the order they first appear, and IRIs
/// split into a namespace and a local name where a known prefix allows it.
struct RDFLayout {
    struct Subject {
        var term: RDFTerm
        var types: [String]
        /// Predicate → objects, predicates in the order they first appear (rdf:type left out).
        var properties: [(String, [RDFTerm])]
    }

    let subjects: [Subject]

    init(_ graph: RDFGraph) {
        var order: [RDFTerm] = []
        var index: [RDFTerm: Int] = [:]
        var types: [[String]] = []
        var properties: [[(String, [RDFTerm])]] = []
        let typePredicate = RDFVocabulary.rdf + "type"
        for triple in graph.triples {
            let position: Int
            if let known = index[triple.subject] {
                position = known
            } else {
                position = order.count
                index[triple.subject] = position
                order.append(triple.subject)
                types.append([])
                properties.append([])
            }
            if triple.predicate == typePredicate, let type = triple.object.iri {
                types[position].append(type)
            } else if let slot = properties[position].firstIndex(where: { $0.0 == triple.predicate }) {
                properties[position][slot].1.append(triple.object)
            } else {
                properties[position].append((triple.predicate, [triple.object]))
            }
        }
        subjects = order.indices.map { Subject(term: order[$0], types: types[$0], properties: properties[$0]) }
    }
}

extension RDFVocabulary {
    /// `(prefix, local)` when the IRI is in a known namespace and the rest is a simple name
    /// (letters, digits, `_` and `-`, not starting with a digit or `-`): safe as a Turtle
    /// prefixed name, an XML element name and a JSON-LD compact IRI alike.
    static func split(_ iri: String) -> (prefix: String, local: String)? {
        for (prefix, namespace) in prefixes where iri.hasPrefix(namespace) {
            let local = String(iri.dropFirst(namespace.count))
            if isSimpleName(local) { return (prefix, local) }
        }
        return nil
    }

    static func isSimpleName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic && first.isASCII || first == "_" else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-") }
    }
}
