import Foundation
import Testing
@testable import Basics
@testable import CommonMark
@testable import FrontMatter
@testable import Mustache
@testable import OrdenAuthoring
@testable import OrdenBuild
@testable import OrdenCatalogue
@testable import OrdenGenerate
@testable import OrdenHistory
@testable import OrdenModel
@testable import OrdenSite
@testable import OrdenSource
@testable import RDF
@testable import Spreadsheet

/// The W3C rdf-tests suites for Turtle, N-Triples and RDF/XML (Tests/suites/rdf-tests). Each
/// manifest is read with Orden's own Turtle reader; every test must pass, since the readers take
/// files nobody here wrote. There are no refusals: a positive test must read (and, for an
/// evaluation test, give a graph isomorphic to the expected N-Triples), a negative test must be
/// refused with a diagnostic that has a line.
@Suite struct RDFTestsSuite {
    /// The IRI the suites are published under; each test's base IRI is its file's IRI there.
    static let published = "https://w3c.github.io/rdf-tests/rdf/rdf11/"
    static let mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#"
    static let rdft = "http://www.w3.org/ns/rdftest#"

    struct Entry {
        var name: String
        var kind: String
        var action: String
        var result: String?
    }

    enum Outcome {
        case passed
        case failed(String)
    }

    /// The tests of one manifest, in the manifest's order.
    static func entries(_ directory: String) throws -> [Entry] {
        let folder = ConformanceSuite.folder("rdf-tests").appendingPathComponent(directory)
        let manifestIRI = published + directory + "/manifest.ttl"
        let data = try Data(contentsOf: folder.appendingPathComponent("manifest.ttl"))
        let graph = try RDFReader.read(data, path: "manifest.ttl", syntax: .turtle, base: manifestIRI).graph
        func object(_ subject: RDFTerm, _ predicate: String) -> RDFTerm? { graph.objects(subject, predicate).first }
        guard var list = object(.iri(manifestIRI), mf + "entries") else { return [] }
        var result: [Entry] = []
        while list != .iri(RDFVocabulary.rdf + "nil") {
            guard let test = object(list, RDFVocabulary.rdf + "first"), let rest = object(list, RDFVocabulary.rdf + "rest") else { break }
            result.append(Entry(
                name: object(test, mf + "name")?.literal?.value ?? "\(test)",
                kind: object(test, RDFVocabulary.rdf + "type")?.iri.map { String($0.dropFirst(rdft.count)) } ?? "?",
                action: object(test, mf + "action")?.iri ?? "",
                result: object(test, mf + "result")?.iri))
            list = rest
        }
        return result
    }

    /// The local file of a published test IRI.
    static func file(_ iri: String) -> URL {
        ConformanceSuite.folder("rdf-tests").appendingPathComponent(String(iri.dropFirst(published.count)))
    }

    static func read(_ iri: String, _ syntax: RDFSyntax) throws -> RDFGraph {
        try RDFReader.read(Data(contentsOf: file(iri)), path: String(iri.dropFirst(published.count)), syntax: syntax, base: iri).graph
    }

    /// The test types of these three manifests, and whether each expects the file to read.
    static let kinds: [String: Bool] = [
        "TestTurtleEval": true, "TestTurtlePositiveSyntax": true, "TestTurtleNegativeSyntax": false, "TestTurtleNegativeEval": false,
        "TestNTriplesPositiveSyntax": true, "TestNTriplesNegativeSyntax": false,
        "TestXMLEval": true, "TestXMLNegativeSyntax": false,
    ]

    static func run(_ entry: Entry, syntax: RDFSyntax) -> Outcome {
        guard let positive = kinds[entry.kind] else { return .failed("a test type the runner does not know") }
        guard FileManager.default.fileExists(atPath: file(entry.action).path) else { return .failed("the file \(entry.action) is not vendored") }
        let graph: RDFGraph
        do {
            graph = try read(entry.action, syntax)
        } catch let diagnostic as Diagnostic {
            if positive { return .failed("refused: \(diagnostic)") }
            return diagnostic.location.line > 0 ? .passed : .failed("refused without a line: \(diagnostic)")
        } catch {
            return .failed("unexpected error \(error)")
        }
        guard positive else { return .failed("accepted, giving \(graph.count) triples:\n\(graph.nTriples)") }
        guard let expectedIRI = entry.result else { return .passed }
        do {
            let expected = try read(expectedIRI, .turtle)
            if GraphComparison.isomorphic(graph, expected) { return .passed }
            return .failed("a different graph:\n\(graph.nTriples)\nexpected:\n\(expected.nTriples)")
        } catch {
            return .failed("the expected result does not read: \(error)")
        }
    }

    static func check(_ directory: String, suite: String, syntax: RDFSyntax) throws {
        let tests = try entries(directory)
        #expect(!tests.isEmpty, "no tests found in \(directory)/manifest.ttl")
        var passed = 0
        for entry in tests {
            switch run(entry, syntax: syntax) {
            case .passed: passed += 1
            case .failed(let why): Issue.record("\(suite) \(entry.name) (\(entry.kind)): \(why)")
            }
        }
        ConformanceSuite.report(suite, passed: passed, of: tests.count)
    }

    @Test func turtle() throws {
        try Self.check("rdf-turtle", suite: "W3C Turtle (rdf-tests)", syntax: .turtle)
    }

    @Test func nTriples() throws {
        try Self.check("rdf-n-triples", suite: "W3C N-Triples (rdf-tests)", syntax: .nTriples)
    }

    @Test func rdfXML() throws {
        try Self.check("rdf-xml", suite: "W3C RDF/XML (rdf-tests)", syntax: .rdfXML)
    }
}
