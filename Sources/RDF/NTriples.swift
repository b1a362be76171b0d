import Basics

/// N-Triples (https://www.w3.org/TR/n-triples/): one triple per line. Tests compare graphs in this
/// form, and it is the simplest way to look at what a reader made of a file.
package extension RDFTerm {
    var nTriples: String {
        switch self {
        case .iri(let iri): "<" + NTriples.escapeIRI(iri) + ">"
        case .blank(let label): "_:" + label
        case .literal(let literal):
            "\"" + NTriples.escapeString(literal.value) + "\""
                + (literal.language.map { "@" + $0 } ?? (literal.datatype == RDFVocabulary.xsd + "string" ? "" : "^^<" + NTriples.escapeIRI(literal.datatype) + ">"))
        }
    }
}

package extension RDFTriple {
    var nTriples: String { "\(subject.nTriples) <\(NTriples.escapeIRI(predicate))> \(object.nTriples) ." }
}

package extension RDFGraph {
    /// The triples as N-Triples lines, sorted, so two graphs with the same triples (and the same
    /// blank node labels) give the same text.
    var nTriples: String { triples.map(\.nTriples).sorted().joined(separator: "\n") }
}

enum NTriples {
    static func escapeString(_ text: String) -> String { TurtleWriter.escape(text) }

    /// The inside of `<…>`.
    static func escapeIRI(_ iri: String) -> String { String(TurtleWriter.iriRef(iri).dropFirst().dropLast()) }
}
