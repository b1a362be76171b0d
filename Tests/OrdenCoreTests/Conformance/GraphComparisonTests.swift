import Testing
@testable import OrdenSite
@testable import RDF

/// The suite runners trust this check, so it must tell graphs apart that differ only in how their
/// blank nodes are connected.
struct GraphComparisonTests {
    private let p = "http://example.org/p", q = "http://example.org/q"

    @Test func blankNodeLabelsDoNotMatter() {
        let a = [RDFTriple(.blank("x"), p, .blank("y")), RDFTriple(.blank("y"), q, .string("1"))]
        let b = [RDFTriple(.blank("b1"), p, .blank("b0")), RDFTriple(.blank("b0"), q, .string("1"))]
        #expect(GraphComparison.isomorphic(a, b))
    }

    @Test func aDifferentShapeIsNotTheSameGraph() {
        // Two separate nodes each with one property, against one node with both.
        let a = [RDFTriple(.blank("x"), p, .string("1")), RDFTriple(.blank("y"), q, .string("2"))]
        let b = [RDFTriple(.blank("z"), p, .string("1")), RDFTriple(.blank("z"), q, .string("2"))]
        #expect(!GraphComparison.isomorphic(a, b))
        // A cycle of three against a cycle of two plus a self-loop: same counts, same colours at first.
        let cycle = [RDFTriple(.blank("a"), p, .blank("b")), RDFTriple(.blank("b"), p, .blank("c")), RDFTriple(.blank("c"), p, .blank("a"))]
        let split = [RDFTriple(.blank("a"), p, .blank("b")), RDFTriple(.blank("b"), p, .blank("a")), RDFTriple(.blank("c"), p, .blank("c"))]
        #expect(!GraphComparison.isomorphic(cycle, split))
        #expect(GraphComparison.isomorphic(cycle, [RDFTriple(.blank("3"), p, .blank("1")), RDFTriple(.blank("1"), p, .blank("2")), RDFTriple(.blank("2"), p, .blank("3"))]))
    }

    @Test func literalsMustMatchInValueLanguageAndDatatype() {
        let s = RDFTerm.iri("http://example.org/s")
        #expect(!GraphComparison.isomorphic([RDFTriple(s, p, .string("a", language: "nb"))], [RDFTriple(s, p, .string("a"))]))
        #expect(!GraphComparison.isomorphic([RDFTriple(s, p, .string("a\r"))], [RDFTriple(s, p, .string("a\n"))]))
    }
}
