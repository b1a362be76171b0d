import Basics

/// Where each subject is first described in a file, so that an importer's warnings about a
/// node can point at its line.
struct SubjectLocations {
    private(set) var byTerm: [RDFTerm: SourceLocation] = [:]

    mutating func note(_ term: RDFTerm, _ location: SourceLocation) {
        if byTerm[term] == nil { byTerm[term] = location }
    }
}

/// Hands out blank node labels for one graph: `b1`, `b2` … in the order the reader meets them,
/// so the same file always gives the same graph. A label written in the file (`_:x`,
/// `rdf:nodeID="x"`, `"@id": "_:x"`) names the same node wherever it appears in that file.
struct BlankNodes {
    private var count = 0
    private var named: [String: String] = [:]

    mutating func fresh() -> RDFTerm {
        count += 1
        return .blank("b\(count)")
    }

    mutating func named(_ label: String) -> RDFTerm {
        if let existing = named[label] { return .blank(existing) }
        let node = fresh()
        if case .blank(let assigned) = node { named[label] = assigned }
        return node
    }
}

extension RDFGraph {
    /// Adds an RDF collection (rdf:first / rdf:rest … rdf:nil) of `items` with fresh blank
    /// nodes, and returns its head: rdf:nil for an empty list.
    mutating func addCollection(_ items: [RDFTerm], blanks: inout BlankNodes) -> RDFTerm {
        let rdf = RDFVocabulary.rdf
        guard !items.isEmpty else { return .iri(rdf + "nil") }
        let nodes = items.map { _ in blanks.fresh() }
        for (offset, item) in items.enumerated() {
            add(nodes[offset], rdf + "first", item)
            add(nodes[offset], rdf + "rest", offset + 1 < nodes.count ? nodes[offset + 1] : .iri(rdf + "nil"))
        }
        return nodes[0]
    }
}
