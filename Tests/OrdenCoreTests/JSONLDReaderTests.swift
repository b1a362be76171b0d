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

@Suite struct JSONLDReaderTests {
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let xsd = "http://www.w3.org/2001/XMLSchema#"

    func read(_ text: String) throws -> (triples: Set<String>, warnings: [Diagnostic]) {
        let (graph, warnings) = try JSONLDReader.read(text, path: "in.jsonld")
        return (tripleLines(graph), warnings)
    }

    @Test func readsContextsTermDefinitionsAndGraph() throws {
        let (triples, warnings) = try read("""
            {
              "@context": [{"dct": "http://purl.org/dc/terms/", "dcat": "http://www.w3.org/ns/dcat#", "xsd": "http://www.w3.org/2001/XMLSchema#"},
                {"@vocab": "http://vocab.org/", "@language": "nb",
                 "title": {"@id": "dct:title"},
                 "theme": {"@id": "dcat:theme", "@type": "@id"},
                 "issued": {"@id": "dct:issued", "@type": "xsd:date"},
                 "untagged": {"@id": "http://ex.org/untagged", "@language": null},
                 "dropped": null}],
              "@graph": [
                {"@id": "http://ex.org/ds", "@type": ["dcat:Dataset", "Local"],
                 "title": ["Tittel", {"@value": "Title", "@language": "en"}],
                 "theme": "http://ex.org/theme/GOVE", "issued": "2024-01-02", "untagged": "u", "dropped": "gone", "word": "vocab",
                 "dct:typed": {"@value": "5", "@type": "xsd:int"}}
              ]
            }
            """)
        let s = "<http://ex.org/ds>"
        #expect(triples == [
            "\(s) <\(Self.rdf)type> <http://www.w3.org/ns/dcat#Dataset> .",
            "\(s) <\(Self.rdf)type> <http://vocab.org/Local> .",
            "\(s) <http://purl.org/dc/terms/title> \"Tittel\"@nb .",
            "\(s) <http://purl.org/dc/terms/title> \"Title\"@en .",
            "\(s) <http://www.w3.org/ns/dcat#theme> <http://ex.org/theme/GOVE> .",
            "\(s) <http://purl.org/dc/terms/issued> \"2024-01-02\"^^<\(Self.xsd)date> .",
            "\(s) <http://ex.org/untagged> \"u\" .",
            "\(s) <http://vocab.org/word> \"vocab\"@nb .",
            "\(s) <http://purl.org/dc/terms/typed> \"5\"^^<\(Self.xsd)int> .",
        ])
        #expect(warnings.isEmpty)
    }

    @Test func readsNestedNodesBlankNodesListsAndNumbers() throws {
        let (triples, _) = try read("""
            [{"@context": {"ex": "http://ex.org/", "items": {"@id": "ex:items", "@container": "@list"},
                           "kw": {"@id": "ex:kw", "@container": "@language"}},
              "@id": "ex:s",
              "ex:dist": {"ex:url": {"@id": "http://ex.org/f"}, "ex:fmt": {"@id": "_:shared"}},
              "ex:other": {"@id": "_:shared", "ex:n": [10, -3, 1e3, 0.5, true]},
              "items": ["a", "b"],
              "ex:explicit": {"@list": []},
              "kw": {"nb": ["vann", "avløp"], "en": "water"},
              "ex:nothing": null}]
            """)
        let s = "<http://ex.org/s>"
        #expect(triples == [
            "\(s) <http://ex.org/dist> _:b1 .",
            "_:b1 <http://ex.org/url> <http://ex.org/f> .",
            "_:b1 <http://ex.org/fmt> _:b2 .",
            "\(s) <http://ex.org/other> _:b2 .",
            "_:b2 <http://ex.org/n> \"10\"^^<\(Self.xsd)integer> .",
            "_:b2 <http://ex.org/n> \"-3\"^^<\(Self.xsd)integer> .",
            "_:b2 <http://ex.org/n> \"1000\"^^<\(Self.xsd)integer> .",
            "_:b2 <http://ex.org/n> \"5.0E-1\"^^<\(Self.xsd)double> .",
            "_:b2 <http://ex.org/n> \"true\"^^<\(Self.xsd)boolean> .",
            "\(s) <http://ex.org/items> _:b3 .",
            "_:b3 <\(Self.rdf)first> \"a\" .",
            "_:b3 <\(Self.rdf)rest> _:b4 .",
            "_:b4 <\(Self.rdf)first> \"b\" .",
            "_:b4 <\(Self.rdf)rest> <\(Self.rdf)nil> .",
            "\(s) <http://ex.org/explicit> <\(Self.rdf)nil> .",
            "\(s) <http://ex.org/kw> \"vann\"@nb .",
            "\(s) <http://ex.org/kw> \"avløp\"@nb .",
            "\(s) <http://ex.org/kw> \"water\"@en .",
        ])
    }

    @Test func readsExpandedJSONLD() throws {
        let (triples, warnings) = try read("""
            [{"@id": "http://ex.org/a", "@type": ["http://www.w3.org/ns/dcat#Dataset"],
              "http://purl.org/dc/terms/title": [{"@value": "Utvidet \\"form\\"\\n\\u00e6\\ud83d\\ude00", "@language": "nb"}],
              "http://purl.org/dc/terms/x": [{"@id": "http://ex.org/b"}, {"@value": "2020-01-01", "@type": "http://www.w3.org/2001/XMLSchema#date"}]}]
            """)
        #expect(triples == [
            "<http://ex.org/a> <\(Self.rdf)type> <http://www.w3.org/ns/dcat#Dataset> .",
            "<http://ex.org/a> <http://purl.org/dc/terms/title> \"Utvidet \\\"form\\\"\\næ😀\"@nb .",
            "<http://ex.org/a> <http://purl.org/dc/terms/x> <http://ex.org/b> .",
            "<http://ex.org/a> <http://purl.org/dc/terms/x> \"2020-01-01\"^^<\(Self.xsd)date> .",
        ])
        #expect(warnings.isEmpty)
    }

    @Test func resolvesRelativeIDsAgainstTheBase() throws {
        let (graph, _) = try JSONLDReader.read(#"{"@context": {"@base": "http://ex.org/cat/"}, "@id": "ds/1", "http://ex.org/p": {"@id": "../x"}}"#,
                                               path: "in.jsonld", base: "http://ignored/")
        #expect(tripleLines(graph) == ["<http://ex.org/cat/ds/1> <http://ex.org/p> <http://ex.org/x> ."])
    }

    @Test func anUndefinedTermIsAWarningOnceWithItsLine() throws {
        let (triples, warnings) = try read("""
            {"@context": {"ex": "http://ex.org/"},
             "@graph": [{"@id": "ex:a", "title": "x"},
                        {"@id": "ex:b", "title": "y", "ex:p": "kept"}]}
            """)
        #expect(triples == ["<http://ex.org/b> <http://ex.org/p> \"kept\" ."])
        #expect(warnings.count == 1)
        #expect(warnings.first?.location == SourceLocation(path: "in.jsonld", line: 2, column: 38))
        #expect(warnings.first?.message.contains("“title”") == true)
    }

    // MARK: What DCAT-AP and data.norge.no files use (issue 17)

    @Test func aliasesOfIdAndTypeGiveATypedIRINode() throws {
        let (triples, warnings) = try read("""
            {"@context": {"id": "@id", "type": "@type", "dcat": "http://www.w3.org/ns/dcat#",
                          "title": {"@id": "http://purl.org/dc/terms/title", "@language": "nb"}},
             "id": "https://data.norge.no/datasets/1", "type": "dcat:Dataset", "title": "Skoler"}
            """)
        #expect(triples == [
            "<https://data.norge.no/datasets/1> <\(Self.rdf)type> <http://www.w3.org/ns/dcat#Dataset> .",
            "<https://data.norge.no/datasets/1> <http://purl.org/dc/terms/title> \"Skoler\"@nb .",
        ])
        #expect(warnings.isEmpty)
    }

    @Test func aTypeScopedContextAppliesToTheNodeButNotToNodesInside() throws {
        let (triples, _) = try read("""
            {"@context": {"@vocab": "http://ex.org/vocab#", "dct": "http://purl.org/dc/terms/",
                          "Dataset": {"@id": "http://www.w3.org/ns/dcat#Dataset",
                                      "@context": {"title": "dct:title", "publisher": {"@id": "dct:publisher"}}}},
             "@id": "http://ex.org/ds", "@type": "Dataset", "title": "T",
             "publisher": {"@id": "http://ex.org/org", "title": "not dct"}}
            """)
        #expect(triples == [
            "<http://ex.org/ds> <\(Self.rdf)type> <http://www.w3.org/ns/dcat#Dataset> .",
            "<http://ex.org/ds> <http://purl.org/dc/terms/title> \"T\" .",
            "<http://ex.org/ds> <http://purl.org/dc/terms/publisher> <http://ex.org/org> .",
            "<http://ex.org/org> <http://ex.org/vocab#title> \"not dct\" .",
        ])
    }

    @Test func aPropertyScopedContextAppliesInsideItsValue() throws {
        let (triples, _) = try read("""
            {"@context": {"ex": "http://ex.org/",
                          "contactPoint": {"@id": "http://www.w3.org/ns/dcat#contactPoint",
                                           "@context": {"fn": "http://www.w3.org/2006/vcard/ns#fn"}}},
             "@id": "ex:ds", "contactPoint": {"fn": "Servicetorget"}}
            """)
        #expect(triples == [
            "<http://ex.org/ds> <http://www.w3.org/ns/dcat#contactPoint> _:b1 .",
            "_:b1 <http://www.w3.org/2006/vcard/ns#fn> \"Servicetorget\" .",
        ])
    }

    @Test func nestedPropertiesBelongToTheNodeAround() throws {
        let (triples, warnings) = try read("""
            {"@context": {"ex": "http://ex.org/", "meta": "@nest", "title": "http://purl.org/dc/terms/title"},
             "@id": "ex:ds", "meta": {"title": "Nested", "ex:p": "q"}}
            """)
        #expect(triples == [
            "<http://ex.org/ds> <http://purl.org/dc/terms/title> \"Nested\" .",
            "<http://ex.org/ds> <http://ex.org/p> \"q\" .",
        ])
        #expect(warnings.isEmpty)
    }

    @Test func includedNodesAreRead() throws {
        let (triples, _) = try read("""
            {"@context": {"ex": "http://ex.org/", "included": "@included"},
             "@id": "ex:catalog", "ex:title": "Katalog",
             "included": [{"@id": "ex:ds", "@type": "ex:Dataset"}]}
            """)
        #expect(triples == [
            "<http://ex.org/catalog> <http://ex.org/title> \"Katalog\" .",
            "<http://ex.org/ds> <\(Self.rdf)type> <http://ex.org/Dataset> .",
        ])
    }

    @Test func aliasesOfValueLanguageAndGraphAndIdAndTypeMaps() throws {
        let (triples, warnings) = try read("""
            {"@context": {"value": "@value", "lang": "@language", "graph": "@graph", "ex": "http://ex.org/",
                          "byId": {"@id": "ex:distribution", "@container": "@id"},
                          "byType": {"@id": "ex:contact", "@container": "@type"},
                          "isPartOf": {"@reverse": "ex:hasPart"}},
             "graph": [{"@id": "ex:ds", "ex:title": {"value": "Tittel", "lang": "nb"},
                        "byId": {"ex:dist1": {"ex:format": "CSV"}},
                        "byType": {"ex:Kind": {"@id": "ex:person"}},
                        "isPartOf": {"@id": "ex:catalog"}}]}
            """)
        #expect(triples == [
            "<http://ex.org/ds> <http://ex.org/title> \"Tittel\"@nb .",
            "<http://ex.org/ds> <http://ex.org/distribution> <http://ex.org/dist1> .",
            "<http://ex.org/dist1> <http://ex.org/format> \"CSV\" .",
            "<http://ex.org/ds> <http://ex.org/contact> <http://ex.org/person> .",
            "<http://ex.org/person> <\(Self.rdf)type> <http://ex.org/Kind> .",
            "<http://ex.org/catalog> <http://ex.org/hasPart> <http://ex.org/ds> .",
        ])
        #expect(warnings.isEmpty)
    }

    @Test func aFileWithOnlyARemoteContextIsAnErrorNamingIt() throws {
        let diagnostic = try #require(error(#"{"@context": "https://example.org/dcat-ap-no.jsonld", "@id": "http://ex.org/d", "@type": "Dataset", "title": "T"}"#))
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message.contains("remote contexts are not supported"))
        #expect(diagnostic.message.contains("https://example.org/dcat-ap-no.jsonld"))
        #expect(diagnostic.hint?.contains("inline the context") == true)
        #expect(diagnostic.location.line == 1)
    }

    @Test func aFileWhoseKeysAreAllUndefinedIsAnError() throws {
        let diagnostic = try #require(error(#"{"@id": "http://ex.org/d", "title": "T", "description": "D"}"#))
        #expect(diagnostic.message.hasPrefix("nothing read"))
        #expect(diagnostic.message.contains("“title”"))
    }

    @Test func namedGraphsAreRefusedByName() throws {
        let diagnostic = try #require(error(#"{"@id": "http://ex.org/g", "@graph": [{"@id": "http://ex.org/a", "http://ex.org/p": "v"}]}"#))
        #expect(diagnostic.message.contains("named graphs are not supported"))
    }

    @Test func invalidIRIsAndLanguageTagsAreLeftOutWithAWarning() throws {
        let (triples, warnings) = try read("""
            {"@context": {"ex": "http://ex.org/"},
             "@graph": [{"@id": "ex:a", "ex:p": [{"@id": "http://ex.org/with space"}, {"@value": "x", "@language": "no language"}, "kept"]},
                        {"@id": "relative", "ex:p": "no base"}]}
            """)
        #expect(triples == ["<http://ex.org/a> <http://ex.org/p> \"kept\" ."])
        #expect(warnings.count == 3)
    }

    @Test func numbersGetTheCanonicalFormsOfJSONLD() throws {
        let (triples, _) = try read(#"{"@id": "http://ex.org/a", "http://ex.org/n": [1.0, 1e3, 2.5, 1e21, -0.25, 12]}"#)
        let xsd = Self.xsd
        #expect(triples == [
            "<http://ex.org/a> <http://ex.org/n> \"1\"^^<\(xsd)integer> .",
            "<http://ex.org/a> <http://ex.org/n> \"1000\"^^<\(xsd)integer> .",
            "<http://ex.org/a> <http://ex.org/n> \"2.5E0\"^^<\(xsd)double> .",
            "<http://ex.org/a> <http://ex.org/n> \"1.0E21\"^^<\(xsd)double> .",
            "<http://ex.org/a> <http://ex.org/n> \"-2.5E-1\"^^<\(xsd)double> .",
            "<http://ex.org/a> <http://ex.org/n> \"12\"^^<\(xsd)integer> .",
        ])
    }

    // MARK: Errors

    func error(_ text: String) -> Diagnostic? {
        readError { _ = try JSONLDReader.read(text, path: "in.jsonld") }
    }

    @Test func malformedJSONIsAnErrorWithLineAndColumn() throws {
        let missingComma = try #require(error("{\n  \"@id\": \"http://ex.org/a\"\n  \"http://ex.org/p\": 1\n}"))
        #expect(missingComma.severity == .error)
        #expect(missingComma.location == SourceLocation(path: "in.jsonld", line: 3, column: 3))
        let unclosed = try #require(error("{\"@id\": \"http://ex.org/a\", \"http://ex.org/p\": [1, 2"))
        #expect(unclosed.message.contains("not closed"))
        let string = try #require(error("{\"@id\": \"http://ex.org/a\n\"}"))
        #expect(string.location == SourceLocation(path: "in.jsonld", line: 1, column: 9))
        #expect(error("") != nil)
        #expect(error("{} extra") != nil)
        #expect(error("{\"a\": 01}") != nil)
        #expect(error("{\"a\": tru}") != nil)
        #expect(error("{\"@context\": 5}")?.message.contains("@context") == true)
        #expect(error(String(repeating: "[", count: 100_000))?.message.contains("nested") == true)
    }

    @Test func valuesOutsideAnyPropertyAreLeftOutWithAWarning() throws {
        let (triples, warnings) = try read(#"[1, {"@value": "v"}, {"@list": [1]}, {"@id": "http://ex.org/a", "http://ex.org/p": "x"}]"#)
        #expect(triples == ["<http://ex.org/a> <http://ex.org/p> \"x\" ."])
        #expect(warnings.count == 3)
        #expect(error("[1, 2]")?.message.hasPrefix("nothing read") == true)
    }

    @Test func valuesThatBreakTheSpecAreErrorsWithTheSpecsErrorCode() throws {
        #expect(error(#"[1, {"@id": 5, "http://ex.org/p": "x"}]"#)?.message.hasPrefix("invalid @id value") == true)
        #expect(error(#"{"http://ex.org/p": {"@value": [1]}}"#)?.message.hasPrefix("invalid value object value") == true)
        #expect(error(#"{"@context": {"@protected": true, "t": "http://ex.org/t"}, "@id": "http://ex.org/a", "t": {"@context": {"t": "http://ex.org/other"}, "t": 1}}"#)?
            .message.hasPrefix("protected term redefinition") == true)
    }
}
