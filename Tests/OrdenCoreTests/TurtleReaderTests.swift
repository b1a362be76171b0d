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

/// The N-Triples lines of a graph, for comparing with hand-checked triples in any order.
func tripleLines(_ graph: RDFGraph) -> Set<String> {
    Set(graph.nTriples.split(separator: "\n").map(String.init))
}

/// The diagnostic a reader throws, or nil when it reads the text.
func readError(_ body: () throws -> Void) -> Diagnostic? {
    do {
        try body()
        return nil
    } catch let diagnostic as Diagnostic {
        return diagnostic
    } catch {
        return nil
    }
}

@Suite struct TurtleReaderTests {
    static let xsd = "http://www.w3.org/2001/XMLSchema#"

    func read(_ text: String, base: String? = nil) throws -> Set<String> {
        tripleLines(try TurtleReader.read(text, path: "in.ttl", base: base))
    }

    @Test func readsBothDirectiveStylesAndResolvesRelativeIRIs() throws {
        let triples = try read("""
            @prefix ex: <http://ex.org/> .
            PREFIX dct: <http://purl.org/dc/terms/>
            base <http://other.org/a/b/c>
            @base <../d/> .
            <e> dct:p <#f>, <?q=1>, </abs>, <../../up>, <//host/x>, <> .
            Prefix ex2: <sub/>
            ex2:g ex:p ex:h .
            """, base: "http://ignored.example/")
        #expect(triples == [
            "<http://other.org/a/d/e> <http://purl.org/dc/terms/p> <http://other.org/a/d/#f> .",
            "<http://other.org/a/d/e> <http://purl.org/dc/terms/p> <http://other.org/a/d/?q=1> .",
            "<http://other.org/a/d/e> <http://purl.org/dc/terms/p> <http://other.org/abs> .",
            "<http://other.org/a/d/e> <http://purl.org/dc/terms/p> <http://other.org/up> .",
            "<http://other.org/a/d/e> <http://purl.org/dc/terms/p> <http://host/x> .",
            "<http://other.org/a/d/e> <http://purl.org/dc/terms/p> <http://other.org/a/d/> .",
            "<http://other.org/a/d/sub/g> <http://ex.org/p> <http://ex.org/h> .",
        ])
    }

    @Test func resolvesReferencesAsRFC3986Says() {
        let base = "http://a/b/c/d;p?q"
        let cases = ["g": "http://a/b/c/g", "./g": "http://a/b/c/g", "g/": "http://a/b/c/g/", "/g": "http://a/g",
                     "//g": "http://g", "?y": "http://a/b/c/d;p?y", "g?y": "http://a/b/c/g?y", "#s": "http://a/b/c/d;p?q#s",
                     "": "http://a/b/c/d;p?q", ".": "http://a/b/c/", "..": "http://a/b/", "../g": "http://a/b/g",
                     "../../../g": "http://a/g", "g;x=1/../y": "http://a/b/c/y", "urn:x:y": "urn:x:y"]
        for (reference, expected) in cases {
            #expect(IRIResolution.resolve(reference, against: base) == expected, "\(reference)")
        }
    }

    @Test func readsPrefixedNamesWithDotsEscapesAndColons() throws {
        let triples = try read(#"""
            @prefix ex.a: <http://ex.org/a/> .
            @prefix : <http://ex.org/> .
            :s :p ex.a:b.c, ex.a:x\-y\.z, :a%20b, :with:colon, :_u, :123, ex.a:dot.
            """#)
        #expect(triples == [
            "<http://ex.org/s> <http://ex.org/p> <http://ex.org/a/b.c> .",
            "<http://ex.org/s> <http://ex.org/p> <http://ex.org/a/x-y.z> .",
            "<http://ex.org/s> <http://ex.org/p> <http://ex.org/a%20b> .",
            "<http://ex.org/s> <http://ex.org/p> <http://ex.org/with:colon> .",
            "<http://ex.org/s> <http://ex.org/p> <http://ex.org/_u> .",
            "<http://ex.org/s> <http://ex.org/p> <http://ex.org/123> .",
            "<http://ex.org/s> <http://ex.org/p> <http://ex.org/a/dot> .",
        ])
    }

    @Test func readsBlankNodesPropertyListsAndCollections() throws {
        let triples = try read("""
            @prefix : <http://ex.org/> .
            _:x :knows _:y . _:y :knows _:x .
            [] :p [ :q [ :r "deep" ] ; :s "t" ] .
            [ :only "props" ] .
            :l :items ( 1 :two ( ) ) .
            :s :empty () .
            """)
        #expect(triples == [
            "_:b1 <http://ex.org/knows> _:b2 .",
            "_:b2 <http://ex.org/knows> _:b1 .",
            "_:b3 <http://ex.org/p> _:b4 .",
            "_:b4 <http://ex.org/q> _:b5 .",
            "_:b5 <http://ex.org/r> \"deep\" .",
            "_:b4 <http://ex.org/s> \"t\" .",
            "_:b6 <http://ex.org/only> \"props\" .",
            "_:b7 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .",
            "_:b7 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> _:b8 .",
            "_:b8 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> <http://ex.org/two> .",
            "_:b8 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> _:b9 .",
            "_:b9 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .",
            "_:b9 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .",
            "<http://ex.org/l> <http://ex.org/items> _:b7 .",
            "<http://ex.org/s> <http://ex.org/empty> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .",
        ])
    }

    @Test func readsAllStringFormsAndEscapes() throws {
        let graph = try TurtleReader.read(#"""
            @prefix : <http://ex.org/> .
            :s :a "dobbel" ; :b 'enkel' ; :c """lang "med" ""sitat""
            over linjer""" ; :d '''og 'enkle'
            ''' ; :e "tab\tny\nlinje \"q\" \\ \u00E6\U0001F600 \r\b\f\'" ; :f """""" , '' .
            """#, path: "in.ttl")
        func value(_ name: String) -> [String] { graph.objects(.iri("http://ex.org/s"), "http://ex.org/" + name).compactMap(\.literal?.value) }
        #expect(value("a") == ["dobbel"])
        #expect(value("b") == ["enkel"])
        #expect(value("c") == ["lang \"med\" \"\"sitat\"\"\nover linjer"])
        #expect(value("d") == ["og 'enkle'\n"])
        #expect(value("e") == ["tab\tny\nlinje \"q\" \\ æ😀 \r\u{08}\u{0C}'"])
        #expect(value("f") == [""])
    }

    @Test func readsLanguageTagsDatatypesNumbersAndBooleans() throws {
        let triples = try read("""
            @prefix : <http://ex.org/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            :s :p "hei"@nb, "hello"@en-GB, "2024-01-02"^^xsd:date, "5"^^<http://www.w3.org/2001/XMLSchema#int> ;
               :n 1, -2, +3, 4.5, -.5, 1e3, 1.5E-2, 1.e2 ;
               :b true, false ;
            .
            """)
        let s = "<http://ex.org/s>"
        #expect(triples == [
            "\(s) <http://ex.org/p> \"hei\"@nb .",
            "\(s) <http://ex.org/p> \"hello\"@en-gb .",
            "\(s) <http://ex.org/p> \"2024-01-02\"^^<\(Self.xsd)date> .",
            "\(s) <http://ex.org/p> \"5\"^^<\(Self.xsd)int> .",
            "\(s) <http://ex.org/n> \"1\"^^<\(Self.xsd)integer> .",
            "\(s) <http://ex.org/n> \"-2\"^^<\(Self.xsd)integer> .",
            "\(s) <http://ex.org/n> \"+3\"^^<\(Self.xsd)integer> .",
            "\(s) <http://ex.org/n> \"4.5\"^^<\(Self.xsd)decimal> .",
            "\(s) <http://ex.org/n> \"-.5\"^^<\(Self.xsd)decimal> .",
            "\(s) <http://ex.org/n> \"1e3\"^^<\(Self.xsd)double> .",
            "\(s) <http://ex.org/n> \"1.5E-2\"^^<\(Self.xsd)double> .",
            "\(s) <http://ex.org/n> \"1.e2\"^^<\(Self.xsd)double> .",
            "\(s) <http://ex.org/b> \"true\"^^<\(Self.xsd)boolean> .",
            "\(s) <http://ex.org/b> \"false\"^^<\(Self.xsd)boolean> .",
        ])
    }

    @Test func readsCompactStatementsTypesAndComments() throws {
        let triples = try read("""
            @prefix dct: <http://purl.org/dc/terms/>. # a comment with "quotes" and <brackets>
            <http://ex.org/ds>a<http://ex.org/T>;dct:title"T"@nb;dct:x<http://a>;;.
            <http://ex.org/ds> dct:y 1.
            <http://ex.org/ds> dct:z "a # not a comment","b";.
            """)
        #expect(triples == [
            "<http://ex.org/ds> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://ex.org/T> .",
            "<http://ex.org/ds> <http://purl.org/dc/terms/title> \"T\"@nb .",
            "<http://ex.org/ds> <http://purl.org/dc/terms/x> <http://a> .",
            "<http://ex.org/ds> <http://purl.org/dc/terms/y> \"1\"^^<\(Self.xsd)integer> .",
            "<http://ex.org/ds> <http://purl.org/dc/terms/z> \"a # not a comment\" .",
            "<http://ex.org/ds> <http://purl.org/dc/terms/z> \"b\" .",
        ])
    }

    @Test func anEmptyFileOrOnlyCommentsIsAnEmptyGraph() throws {
        #expect(try read("").isEmpty)
        #expect(try read("# nothing here\n\n@prefix ex: <http://ex.org/> .\n").isEmpty)
    }

    // MARK: Errors

    func error(_ text: String) -> Diagnostic? {
        readError { _ = try TurtleReader.read(text, path: "in.ttl") }
    }

    @Test func anUnterminatedStringIsAnErrorWhereItStarts() throws {
        let diagnostic = try #require(error("<http://s> <http://p> \"ok\" .\n<http://s> <http://p> \"not closed .\n"))
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location == SourceLocation(path: "in.ttl", line: 2, column: 23))
        #expect(diagnostic.message.contains("not closed"))
        let long = try #require(error("<http://s> <http://p> \"\"\"starts\nand never ends"))
        #expect(long.location.line == 1)
        #expect(long.hint?.contains("\"\"\"") == true)
    }

    @Test func anUndefinedPrefixIsAnErrorNamingIt() throws {
        let diagnostic = try #require(error("@prefix dct: <http://purl.org/dc/terms/> .\n\n<http://s> dcat:theme <http://t> ."))
        #expect(diagnostic.location == SourceLocation(path: "in.ttl", line: 3, column: 12))
        #expect(diagnostic.message.contains("dcat:"))
        #expect(diagnostic.hint?.contains("@prefix dcat:") == true)
    }

    @Test func anUnclosedBracketIsAnError() throws {
        let bracket = try #require(error("<http://s> <http://p> [ <http://q> \"x\" .\n"))
        #expect(bracket.message.contains("“]”"))
        #expect(bracket.message.contains("line 1, column 23"))
        #expect(bracket.location.line == 1)
        let paren = try #require(error("<http://s> <http://p> ( 1 2 \n"))
        #expect(paren.message.contains("“)”"))
        let iri = try #require(error("<http://s> <http://p> <http://o .\n"))
        #expect(iri.message.contains("not closed"))
    }

    @Test func otherMistakesSayWhatWasExpected() throws {
        let missingDot = try #require(error("<http://s> <http://p> <http://o>\n<http://s2> <http://p> <http://o> ."))
        #expect(missingDot.message.contains("expected “.”"))
        #expect(missingDot.location.line == 2)
        #expect(error("<http://s> <http://p> \"\\q\" .")?.message.contains("\\q") == true)
        #expect(error("<http://s> <http://p> \"x\"@ .")?.message.contains("language tag") == true)
        #expect(error("@prefix ex <http://ex.org/> .") != nil)
        #expect(error("@prefox ex: <http://ex.org/> .")?.message.contains("@prefix or @base") == true)
        #expect(error("<http://s> <http://p> .") != nil)
        #expect(error("<http://s> <http://p> <http://has space> .") != nil)
        #expect(error("<http://s> <http://p> \"x\" ; <http://q> 1.5e .") != nil)
        #expect(error("[] .") != nil)
    }

    @Test func aCarriageReturnInALongLiteralIsKeptAndLinesStillCount() throws {
        // Read through RDFReader, as an import does: Turtle bytes are not line-normalised.
        let text = "@prefix : <http://ex.org/> .\r\n:s :p \"\"\"a\rb\r\nc\"\"\" .\r\n:s :q <http://o> .\r\n"
        let graph = try RDFReader.read(Data(text.utf8), path: "in.ttl").graph
        #expect(graph.objects(.iri("http://ex.org/s"), "http://ex.org/p") == [.string("a\rb\r\nc")])
        // CR LF, a lone CR and LF each end one line, so diagnostics after such a literal keep their line.
        let broken = text.replacingOccurrences(of: "<http://o>", with: "<http://o with space>")
        let failure = try #require(readError { _ = try RDFReader.read(Data(broken.utf8), path: "in.ttl") })
        #expect(failure.location.line == 5)
        #expect(error("<http://s> <http://p> 1 .\r<http://s> <http://p> .")?.location.line == 2)
    }

    @Test func anIRIEscapeForACharacterIRIsCannotHoldIsAnError() throws {
        for escape in [#"\u0020"#, #"\u003C"#, #"\u003E"#, #"\u0022"#, #"\u007B"#, #"\U0000005C"#, #"\u0009"#] {
            let diagnostic = try #require(error("<http://s> <http://p> <http://ex.org/a\(escape)b> ."), "\(escape)")
            #expect(diagnostic.location == SourceLocation(path: "in.ttl", line: 1, column: 39))
            #expect(diagnostic.message.contains("not allowed in an IRI"))
            #expect(diagnostic.hint?.contains("%20") == true)
        }
        #expect(try read(#"<http://s> <http://p> <http://ex.org/\u00E6\u0041> ."#) == ["<http://s> <http://p> <http://ex.org/æA> ."])
    }

    @Test func nTriplesIsHeldToItsOwnGrammar() throws {
        func nt(_ text: String) throws -> RDFGraph { try RDFReader.read(Data(text.utf8), path: "in.nt").graph }
        #expect(try nt("<http://s> <http://p> \"x\"@nb . # comment\n_:a <http://p> \"1\"^^<http://t> .\n").count == 2)
        let bad = ["@prefix ex: <http://ex.org/> .", "<s> <http://p> <http://o> .", "<http://s> <http://p> 1 .",
                   "<http://s> <http://p> <http://o>, <http://o2> .", "<http://s> <http://p> <http://o> . <http://s> <http://p> <http://o2> .",
                   "<http://s> <http://p> '''x''' .", "<http://s> <http://p> \"x\"^^<t> ."]
        for text in bad {
            let diagnostic = try #require(readError { _ = try nt(text) }, "\(text)")
            #expect(diagnostic.location.line == 1)
        }
    }

    @Test func hostileInputDoesNotCrash() {
        // Deep nesting, stray bytes and half statements must end in a diagnostic or a graph, never a crash.
        let inputs = [String(repeating: "[ <http://p> ", count: 200) + "1" + String(repeating: " ]", count: 200) + " <http://p> 1 .",
                      "\u{0}\u{1}", "<", "\"", "_:", "@", "(", "<http://s> <http://p> (", "\\u0000", "<http://s> <http://p> \"\\uD800\" ."]
        for input in inputs {
            _ = try? TurtleReader.read(input, path: "in.ttl")
        }
        #expect(error("<http://s> <http://p> \"\\uD800\" .")?.message.contains("Unicode") == true)
        #expect(error(String(repeating: "[ <http://p> ", count: 100_000))?.message.contains("nested") == true)
        #expect(error("<http://s> <http://p> " + String(repeating: "(", count: 100_000))?.message.contains("nested") == true)
    }
}
