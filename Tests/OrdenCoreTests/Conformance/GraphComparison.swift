@testable import Basics
@testable import Mustache
@testable import OrdenAuthoring
@testable import OrdenBuild
@testable import OrdenCatalogue
@testable import OrdenHistory
@testable import OrdenModel
@testable import OrdenSite
@testable import RDF

/// Whether two RDF graphs are the same up to the names of their blank nodes (RDF 1.1 Concepts
/// §3.6, graph isomorphism). The conformance suites give expected graphs as N-Triples or N-Quads
/// whose blank node labels are arbitrary, so a plain set comparison would not do.
enum GraphComparison {
    static func isomorphic(_ a: RDFGraph, _ b: RDFGraph) -> Bool {
        isomorphic(a.triples, b.triples)
    }

    static func isomorphic(_ a: [RDFTriple], _ b: [RDFTriple]) -> Bool {
        let a = Array(Set(a)), b = Array(Set(b))
        guard a.count == b.count else { return false }
        let groundA = Set(a.filter { !$0.hasBlank }), groundB = Set(b.filter { !$0.hasBlank })
        guard groundA == groundB else { return false }
        let restA = a.filter(\.hasBlank), restB = b.filter(\.hasBlank)
        let blanksA = restA.blankLabels, blanksB = restB.blankLabels
        guard blanksA.count == blanksB.count else { return false }
        let colourA = refinedColours(restA, blanksA), colourB = refinedColours(restB, blanksB)
        guard colourA.values.sorted() == colourB.values.sorted() else { return false }
        let wanted = Set(restB)
        // Most-constrained first: blank nodes whose colour is rare are mapped before common ones.
        let frequency = Dictionary(colourA.values.map { ($0, 1) }, uniquingKeysWith: +)
        let order = blanksA.sorted { (frequency[colourA[$0]!]!, $0) < (frequency[colourA[$1]!]!, $1) }
        var mapping: [String: String] = [:]
        var used: Set<String> = []
        func search(_ index: Int) -> Bool {
            if index == order.count {
                return Set(restA.map { $0.renamed(mapping) }) == wanted
            }
            let label = order[index]
            for candidate in blanksB.sorted() where !used.contains(candidate) && colourB[candidate] == colourA[label] {
                mapping[label] = candidate
                used.insert(candidate)
                if consistent(restA, mapping, wanted), search(index + 1) { return true }
                used.remove(candidate)
                mapping[label] = nil
            }
            return false
        }
        return search(0)
    }

    /// Triples whose blank nodes are all mapped must already be in the wanted graph.
    private static func consistent(_ triples: [RDFTriple], _ mapping: [String: String], _ wanted: Set<RDFTriple>) -> Bool {
        for triple in triples where triple.blankLabels.allSatisfy({ mapping[$0] != nil }) {
            if !wanted.contains(triple.renamed(mapping)) { return false }
        }
        return true
    }

    /// Colour refinement: a blank node's colour is a hash of the ground terms and colours around it,
    /// repeated until the partition is stable. Nodes of different colour can never map to each other.
    private static func refinedColours(_ triples: [RDFTriple], _ blanks: Set<String>) -> [String: Int] {
        var colour = Dictionary(uniqueKeysWithValues: blanks.map { ($0, 0) })
        for _ in 0..<max(1, blanks.count) {
            var next: [String: Int] = [:]
            for label in blanks {
                var signature: [String] = ["\(colour[label]!)"]
                for triple in triples {
                    if case .blank(label) = triple.subject {
                        signature.append("s|\(triple.predicate)|\(describe(triple.object, colour))")
                    }
                    if case .blank(label) = triple.object {
                        signature.append("o|\(triple.predicate)|\(describe(triple.subject, colour))")
                    }
                }
                next[label] = signature.sorted().joined(separator: "\n").hashValue
            }
            let distinctBefore = Set(colour.values).count, distinctAfter = Set(next.values).count
            colour = next
            if distinctAfter == distinctBefore { break }
        }
        return colour
    }

    private static func describe(_ term: RDFTerm, _ colour: [String: Int]) -> String {
        switch term {
        case .iri(let iri): "<\(iri)>"
        case .blank(let label): "_:\(colour[label] ?? 0)"
        case .literal(let literal): "\"\(literal.value)\"@\(literal.language ?? "")^^\(literal.datatype)"
        }
    }
}

private extension RDFTriple {
    var hasBlank: Bool { subject.isBlank || object.isBlank }

    var blankLabels: [String] {
        [subject, object].compactMap { if case .blank(let label) = $0 { label } else { nil } }
    }

    func renamed(_ mapping: [String: String]) -> RDFTriple {
        func rename(_ term: RDFTerm) -> RDFTerm {
            if case .blank(let label) = term, let other = mapping[label] { return .blank(other) }
            return term
        }
        return RDFTriple(rename(subject), predicate, rename(object))
    }
}

private extension Array where Element == RDFTriple {
    var blankLabels: Set<String> { Set(flatMap(\.blankLabels)) }
}
