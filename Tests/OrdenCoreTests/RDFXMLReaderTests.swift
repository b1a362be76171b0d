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
@testable import OrdenModel
@testable import OrdenSite
@testable import OrdenSource
@testable import RDF
@testable import Spreadsheet

@Suite struct RDFXMLReaderTests {
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let head = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://ex.org/" xmlns:dct="http://purl.org/dc/terms/"
        """

    func read(_ body: String, base: String? = nil) throws -> Set<String> {
        tripleLines(try RDFXMLReader.read(Data((Self.head + body).utf8), path: "in.rdf", base: base))
    }

    @Test func readsTypedNodesAboutIDAndNodeID() throws {
        let triples = try read("""
             xml:base="http://ex.org/base/">
              <ex:Thing rdf:about="a" ex:attr="attribute value">
                <ex:knows rdf:nodeID="n1"/>
                <ex:next rdf:resource="../b"/>
              </ex:Thing>
              <rdf:Description rdf:ID="local" rdf:type="http://ex.org/T"/>
              <rdf:Description rdf:nodeID="n1"><ex:name>Blank</ex:name></rdf:Description>
            </rdf:RDF>
            """)
        #expect(triples == [
            "<http://ex.org/base/a> <\(Self.rdf)type> <http://ex.org/Thing> .",
            "<http://ex.org/base/a> <http://ex.org/attr> \"attribute value\" .",
            "<http://ex.org/base/a> <http://ex.org/knows> _:b1 .",
            "<http://ex.org/base/a> <http://ex.org/next> <http://ex.org/b> .",
            "<http://ex.org/base/#local> <\(Self.rdf)type> <http://ex.org/T> .",
            "_:b1 <http://ex.org/name> \"Blank\" .",
        ])
    }

    @Test func inheritsLanguageAndBaseAndReadsDatatypes() throws {
        let triples = try read("""
             xml:lang="nb">
              <rdf:Description rdf:about="http://ex.org/s">
                <dct:title>Tittel &amp; &lt;mer&gt;</dct:title>
                <dct:title xml:lang="en">Title</dct:title>
                <dct:title xml:lang="">Untagged</dct:title>
                <dct:issued rdf:datatype="http://www.w3.org/2001/XMLSchema#date">2024-01-02</dct:issued>
                <ex:inner xml:base="http://other.org/x/y"><rdf:Description rdf:about="z"/></ex:inner>
              </rdf:Description>
            </rdf:RDF>
            """)
        #expect(triples == [
            "<http://ex.org/s> <http://purl.org/dc/terms/title> \"Tittel & <mer>\"@nb .",
            "<http://ex.org/s> <http://purl.org/dc/terms/title> \"Title\"@en .",
            "<http://ex.org/s> <http://purl.org/dc/terms/title> \"Untagged\" .",
            "<http://ex.org/s> <http://purl.org/dc/terms/issued> \"2024-01-02\"^^<http://www.w3.org/2001/XMLSchema#date> .",
            "<http://ex.org/s> <http://ex.org/inner> <http://other.org/x/z> .",
        ])
    }

    @Test func readsParseTypesNestedNodesAndListItems() throws {
        let triples = try read("""
            >
              <rdf:Description rdf:about="http://ex.org/s">
                <ex:contact rdf:parseType="Resource"><ex:fn>Kontakt</ex:fn></ex:contact>
                <ex:nested><ex:Period><ex:start>2020</ex:start></ex:Period></ex:nested>
                <ex:literal rdf:parseType="Literal"><b>fet</b> &amp; mer</ex:literal>
                <ex:list rdf:parseType="Collection"><rdf:Description rdf:about="http://ex.org/a"/><ex:Thing/></ex:list>
                <ex:empty/>
                <ex:described ex:q="v"/>
              </rdf:Description>
              <rdf:Seq rdf:about="http://ex.org/seq"><rdf:li>one</rdf:li><rdf:li rdf:resource="http://ex.org/two"/></rdf:Seq>
            </rdf:RDF>
            """)
        let s = "<http://ex.org/s>"
        #expect(triples == [
            "\(s) <http://ex.org/contact> _:b1 .",
            "_:b1 <http://ex.org/fn> \"Kontakt\" .",
            "\(s) <http://ex.org/nested> _:b2 .",
            "_:b2 <\(Self.rdf)type> <http://ex.org/Period> .",
            "_:b2 <http://ex.org/start> \"2020\" .",
            "\(s) <http://ex.org/literal> \"<b>fet</b> &amp; mer\"^^<\(Self.rdf)XMLLiteral> .",
            "_:b3 <\(Self.rdf)type> <http://ex.org/Thing> .",
            "_:b4 <\(Self.rdf)first> <http://ex.org/a> .",
            "_:b4 <\(Self.rdf)rest> _:b5 .",
            "_:b5 <\(Self.rdf)first> _:b3 .",
            "_:b5 <\(Self.rdf)rest> <\(Self.rdf)nil> .",
            "\(s) <http://ex.org/list> _:b4 .",
            "\(s) <http://ex.org/empty> \"\" .",
            "\(s) <http://ex.org/described> _:b6 .",
            "_:b6 <http://ex.org/q> \"v\" .",
            "<http://ex.org/seq> <\(Self.rdf)type> <\(Self.rdf)Seq> .",
            "<http://ex.org/seq> <\(Self.rdf)_1> \"one\" .",
            "<http://ex.org/seq> <\(Self.rdf)_2> <http://ex.org/two> .",
        ])
    }

    @Test func aSingleNodeElementNeedsNoRDFWrapper() throws {
        let xml = """
            <ex:Thing xmlns:ex="http://ex.org/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" rdf:about="http://ex.org/x">
              <ex:p><![CDATA[<script>alert("x")</script>]]></ex:p>
            </ex:Thing>
            """
        let triples = tripleLines(try RDFXMLReader.read(Data(xml.utf8), path: "in.rdf"))
        #expect(triples.contains(#"<http://ex.org/x> <http://ex.org/p> "<script>alert(\"x\")</script>" ."#))
        #expect(triples.count == 2)
    }

    // MARK: Errors

    func error(_ body: String) -> Diagnostic? {
        readError { _ = try RDFXMLReader.read(Data((Self.head + body).utf8), path: "in.rdf") }
    }

    @Test func xmlThatIsNotWellFormedIsAnErrorWithItsLine() throws {
        let unclosed = try #require(error(">\n  <rdf:Description rdf:about=\"http://ex.org/s\">\n    <dct:title>Tittel</dct:titel>\n  </rdf:Description>\n</rdf:RDF>"))
        #expect(unclosed.severity == .error)
        #expect(unclosed.location.path == "in.rdf")
        #expect(unclosed.location.line == 4)
        #expect(unclosed.message.contains("not well-formed XML"))
        let truncated = try #require(error(">\n  <rdf:Description rdf:about=\"http://ex.org/s\">\n"))
        // The document ends after the Description's start tag: the end of its line.
        #expect(truncated.location.line == 3)
        #expect(truncated.location.column == 48)
        #expect(readError { _ = try RDFXMLReader.read(Data("".utf8), path: "in.rdf") } != nil)
        #expect(readError { _ = try RDFXMLReader.read(Data("not xml at all".utf8), path: "in.rdf") } != nil)
    }

    @Test func grammarMistakesAreErrorsAtTheElement() throws {
        let twoNodes = try #require(error(">\n<rdf:Description rdf:about=\"http://ex.org/s\">\n<ex:p><ex:A/><ex:B/></ex:p>\n</rdf:Description></rdf:RDF>"))
        #expect(twoNodes.message.contains("only one node"))
        #expect(twoNodes.location.line == 4)
        let noNamespace = try #require(error(">\n<rdf:Description rdf:about=\"http://ex.org/s\"><title>x</title></rdf:Description></rdf:RDF>"))
        #expect(noNamespace.message.contains("no namespace"))
        #expect(error("><rdf:Description rdf:about=\"http://ex.org/s\" rdf:nodeID=\"x\"/></rdf:RDF>")?.message.contains("only one of") == true)
        #expect(error("><rdf:Description rdf:ID=\"a\"/><rdf:Description rdf:ID=\"a\"/></rdf:RDF>")?.message.contains("twice") == true)
        #expect(error(">stray text<rdf:Description/></rdf:RDF>")?.message.contains("stray text") == true)
        #expect(error("><rdf:Description undeclared:p=\"x\"/></rdf:RDF>") != nil)
    }

    @Test func removedAndMisplacedSyntaxIsRefused() throws {
        // RDF/XML Syntax §7.2: the old terms, rdf:li as an attribute, and names that are not XML names.
        let cases: [(String, String)] = [
            ("><rdf:Bag rdf:ID=\"b\"/>\n<rdf:Description rdf:aboutEach=\"#b\"><ex:p>x</ex:p></rdf:Description></rdf:RDF>", "aboutEach"),
            (">\n<rdf:Description rdf:aboutEachPrefix=\"http://ex.org/\"><ex:p>x</ex:p></rdf:Description></rdf:RDF>", "aboutEachPrefix"),
            (">\n<rdf:Description rdf:bagID=\"b\"/></rdf:RDF>", "bagID"),
            (">\n<rdf:Description><ex:p rdf:bagID=\"b\">x</ex:p></rdf:Description></rdf:RDF>", "bagID"),
            (">\n<rdf:Description rdf:nodeID=\"333-555\"/></rdf:RDF>", "nodeID"),
            (">\n<rdf:Description><ex:p rdf:nodeID=\"q:name\"/></rdf:Description></rdf:RDF>", "nodeID"),
            (">\n<ex:Thing rdf:li=\"1\"/></rdf:RDF>", "rdf:li"),
            (">\n<rdf:Description><ex:p rdf:parseType=\"Literal\" rdf:resource=\"http://ex.org/o\"/></rdf:Description></rdf:RDF>", "rdf:resource"),
            (">\n<rdf:aboutEach/></rdf:RDF>", "aboutEach"),
        ]
        for (body, named) in cases {
            let diagnostic = try #require(error(body), "\(named)")
            #expect(diagnostic.location.line == 3, "\(named)")  // the head above takes two lines
            #expect(diagnostic.message.contains(named), "\(diagnostic.message)")
            #expect(diagnostic.hint != nil, "\(named)")
        }
        // rdf:about where rdf:resource was meant used to give an empty literal without a word.
        let about = try #require(error(">\n<rdf:Description rdf:about=\"http://ex.org/s\"><dct:publisher rdf:about=\"http://ex.org/o\"/></rdf:Description></rdf:RDF>"))
        #expect(about.message.contains("rdf:about is not allowed"))
        #expect(about.hint?.contains("rdf:resource") == true)
        #expect(try read("><rdf:Description rdf:nodeID=\"n_1.x\"><ex:p rdf:nodeID=\"n_1.x\"/></rdf:Description></rdf:RDF>").count == 1)
    }

    @Test func entityExpansionDoesNotRunAway() {
        // A "billion laughs" document must end in an error or a bounded graph, not exhaust memory.
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [\n<!ENTITY a \"aaaaaaaaaa\">\n"
        for level in 1...9 {
            xml += "<!ENTITY \(Character(UnicodeScalar(97 + level)!)) \"" + String(repeating: "&\(Character(UnicodeScalar(96 + level)!));", count: 10) + "\">\n"
        }
        xml += "]>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://ex.org/\"><rdf:Description><ex:p>&j;</ex:p></rdf:Description></rdf:RDF>"
        let result = try? RDFXMLReader.read(Data(xml.utf8), path: "in.rdf")
        let longest = result?.triples.compactMap(\.object.literal?.value.count).max() ?? 0
        #expect(longest < 100_000_000)
    }
}
