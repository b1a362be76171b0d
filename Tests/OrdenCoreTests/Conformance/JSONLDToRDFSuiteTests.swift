import Foundation
import Testing
@testable import Basics
@testable import CommonMark
@testable import FrontMatter
@testable import Mustache
@testable import OrdenAuthoring
@testable import OrdenBuild
@testable import OrdenCatalogue
@testable import OrdenHistory
@testable import OrdenModel
@testable import OrdenSite
@testable import OrdenSource
@testable import RDF
@testable import Spreadsheet

/// The W3C JSON-LD 1.1 toRdf tests (Tests/suites/json-ld-api, see its README). Every test either
/// passes or is refused with a named reason: by the reader (an error saying what is "not
/// supported"), or by the runner for a processing mode Orden does not have. A wrong graph, an
/// accepted negative test, or an error that names no unsupported feature fails the run.
@Suite struct JSONLDToRDFSuiteTests {
    static let folder = ConformanceSuite.folder("json-ld-api")
    /// Where the suite's documents live on the web; their IRIs are their base.
    static let published = "https://w3c.github.io/json-ld-api/tests/"

    /// Tests the runner does not give to the reader: they ask for a mode Orden's reader does not
    /// have, so their expected output is not what Orden should give.
    static func runnerRefusal(_ option: [String: Any]) -> String? {
        // Written for JSON-LD 1.0; their 1.1 counterparts are in the suite too.
        if option["specVersion"] as? String == "json-ld-1.0" { return "JSON-LD 1.0 only" }
        // The reader always works in json-ld-1.1 mode.
        if option["processingMode"] as? String == "json-ld-1.0" { return "processing mode json-ld-1.0" }
        // Generalized RDF puts blank nodes in predicate position; RDF and Orden's graph do not.
        if option["produceGeneralizedRdf"] as? Bool == true { return "generalized RDF" }
        return nil
    }

    /// Tests the reader refuses, by test id, with the feature it names. A refusal not listed here
    /// fails the run, so a feature that stops working cannot hide as a refusal.
    static let expectedRefusals: [String: String] = Dictionary(uniqueKeysWithValues: namedGraphTests.map { ($0, "named graphs are not supported") })

    /// Their expected output has named graphs (a @graph beside @id or other properties, @graph
    /// containers); RDFGraph holds one graph. #twf07's expected output is empty only because its
    /// graph name is invalid.
    static let namedGraphTests: [String] = [
        "#t0027", "#t0028", "#t0029", "#t0030", "#t0113", "#t0114", "#t0115", "#t0116", "#t0117", "#tc025",
        "#te020", "#te021", "#te079", "#te080", "#te081", "#te082", "#te083", "#te084", "#te085", "#te086",
        "#te087", "#te093", "#te094", "#te095", "#te096", "#te097", "#te098", "#te099", "#te100", "#te101",
        "#te102", "#te103", "#te104", "#te105", "#te106", "#te107", "#te108", "#tm013", "#tm014", "#tm015",
        "#tm016", "#tpi11", "#tpr25", "#tpr43", "#twf07",
    ]

    /// Serves the suite's own documents for the contexts its tests load by IRI; anything else is
    /// not found, as it would be for Orden, which never fetches.
    static func load(_ url: String) -> String? {
        guard url.hasPrefix(published) else { return nil }
        let file = folder.appendingPathComponent(String(url.dropFirst(published.count)))
        return try? String(contentsOf: file, encoding: .utf8)
    }

    @Test func toRdfTests() throws {
        let manifestData = try Data(contentsOf: Self.folder.appendingPathComponent("toRdf-manifest.jsonld"))
        let manifest = try #require(try JSONSerialization.jsonObject(with: manifestData) as? [String: Any])
        let tests = try #require(manifest["sequence"] as? [[String: Any]])
        var passed = 0, refused = 0, wrong = 0
        var refusals: [String: [String]] = [:]
        for test in tests {
            let id = test["@id"] as? String ?? "?"
            let types = test["@type"] as? [String] ?? []
            let input = test["input"] as? String ?? ""
            let option = test["option"] as? [String: Any] ?? [:]
            if let reason = Self.runnerRefusal(option) {
                refused += 1
                refusals["runner: " + reason, default: []].append(id)
                continue
            }
            guard let text = try? String(contentsOf: Self.folder.appendingPathComponent(input), encoding: .utf8) else {
                wrong += 1
                Issue.record("\(id): the input \(input) is not in Tests/suites/json-ld-api")
                continue
            }
            var options = JSONLDReader.Options()
            options.loadDocument = Self.load
            // Orden's own rule, not the spec's: a file that gives nothing is an import error.
            options.nothingReadIsAnError = false
            if let contextPath = option["expandContext"] as? String, let contextText = Self.load(Self.published + contextPath) {
                var parser = JSONTreeParser(text: contextText, path: contextPath)
                options.expandContext = try parser.document()
            }
            switch option["rdfDirection"] as? String {
            case "i18n-datatype"?: options.direction = .i18nDatatype
            case "compound-literal"?: options.direction = .compoundLiteral
            default: break
            }
            let base = option["base"] as? String ?? Self.published + input
            let negative = types.contains("jld:NegativeEvaluationTest")
            do {
                let result = try JSONLDReader.readWithLocations(text, path: input, base: base, options: options)
                if negative {
                    wrong += 1
                    Issue.record("\(id): read without error, expected “\(test["expectErrorCode"] as? String ?? "")”")
                    continue
                }
                if types.contains("jld:PositiveSyntaxTest") {
                    passed += 1
                    continue
                }
                let expectedPath = test["expect"] as? String ?? ""
                guard let expectedText = try? String(contentsOf: Self.folder.appendingPathComponent(expectedPath), encoding: .utf8),
                      let expected = try? NQuads.parse(expectedText) else {
                    wrong += 1
                    Issue.record("\(id): the expected result \(expectedPath) is missing or not N-Quads")
                    continue
                }
                if expected.hasGraphNames {
                    wrong += 1
                    Issue.record("\(id): expected named graphs, but the reader gave a default graph instead of refusing")
                } else if GraphComparison.isomorphic(result.graph.triples, expected.triples) {
                    passed += 1
                } else {
                    wrong += 1
                    Issue.record("\(id): wrong graph\n got:\n\(tripleLines(result.graph).sorted().joined(separator: "\n"))\n expected:\n\(expectedText)")
                }
            } catch let diagnostic as Diagnostic {
                if negative {
                    passed += 1
                } else if diagnostic.message.contains("not supported") {
                    refused += 1
                    let feature = String(diagnostic.message.prefix { $0 != ":" })
                    refusals[feature, default: []].append(id)
                    if Self.expectedRefusals[id] != feature {
                        Issue.record("\(id): refused (\(feature)), which is not in the list of expected refusals")
                    }
                } else {
                    wrong += 1
                    Issue.record("\(id): error on a valid document: \(diagnostic)")
                }
            }
        }
        for (reason, ids) in refusals.sorted(by: { $0.key < $1.key }) {
            print("json-ld toRdf refused (\(reason)): \(ids.joined(separator: " "))")
        }
        ConformanceSuite.report("W3C JSON-LD 1.1 toRdf", passed: passed, of: tests.count, refused: refused, wrong: wrong)
        #expect(wrong == 0)
        #expect(passed + refused + wrong == tests.count)
    }
}
