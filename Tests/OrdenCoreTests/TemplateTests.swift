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

/// The Mustache engine themes are rendered with, against the cases of the Mustache spec that
/// themes meet, and where it keeps swift-mustache's behaviour so that pages stay byte for byte.
@Suite struct TemplateTests {
    /// A view model made of a dictionary, for templates that are not Orden's.
    struct Object: TemplateObject {
        var fields: [String: TemplateValue]
        init(_ fields: [String: TemplateValue] = [:]) { self.fields = fields }
        func value(named name: String) -> TemplateValue { fields[name] ?? .missing }
    }

    func render(_ template: String, _ model: Object = Object(), partials: [String: String] = [:]) throws -> String {
        let (library, problems) = TemplateLibrary.compile(partials.merging(["page": template]) { _, page in page })
        if let problem = problems.first { throw problem.error }
        let bytes = try #require(library.render("page", model))
        return String(decoding: bytes, as: UTF8.self)
    }

    func problems(_ template: String, partials: [String: String] = [:]) -> [TemplateLibrary.Problem] {
        TemplateLibrary.compile(partials.merging(["page": template]) { _, page in page }).1
    }

    // MARK: Variables

    @Test func variablesAreEscapedUnlessTripleOrAmpersand() throws {
        let model = Object(["forbidden": .text("& \" < > '")])
        #expect(try render("{{forbidden}}", model) == "&amp; &quot; &lt; &gt; &#39;")
        #expect(try render("{{{forbidden}}}", model) == "& \" < > '")
        #expect(try render("{{&forbidden}}", model) == "& \" < > '")
        #expect(try render("{{ forbidden }}|{{{ forbidden }}}|{{& forbidden }}", model) == "&amp; &quot; &lt; &gt; &#39;|& \" < > '|& \" < > '")
    }

    /// swift-mustache escaped Characters: a `<` that a combining mark joins is not a `<`.
    @Test func escapingMatchesEscapingByCharacter() throws {
        let samples = ["a<b", "æ<ø", "<\u{301}x", "x\u{600}<", "Tom & Jerry's \"æøå\"", "🇳🇴<🇳🇴", "<>&\"'", "\r\n<\r\n", "", "é&", "&é", "a\u{200D}<"]
        for sample in samples {
            #expect(try render("{{x}}", Object(["x": .text(sample)])) == HTMLEscape.byCharacter(sample), "\(sample.unicodeScalars.map { $0.value })")
        }
        #expect(HTMLEscape.byCharacter("<\u{301}") == "<\u{301}")
    }

    @Test func missingNamesRenderAsNothing() throws {
        #expect(try render("I ({{cannot}}) be seen! {{{nor}}} {{&this}}") == "I () be seen!  ")
    }

    @Test func numbersAndBooleansRenderAsText() throws {
        #expect(try render("{{count}} {{flag}} {{off}}", Object(["count": .number(85), "flag": .bool(true), "off": .bool(false)])) == "85 true false")
    }

    @Test func dottedNamesDescendFromWhereTheFirstPartIsFound() throws {
        let person = Object(["name": .text("Joe")])
        let model = Object(["person": .object(person), "a": .object(Object(["b": .object(Object())])), "c": .text("ERROR"),
                            "inner": .object(Object(["x": .text("inner")]))])
        #expect(try render("{{person.name}} == {{#person}}{{name}}{{/person}}", model) == "Joe == Joe")
        // A broken chain is empty, and its later parts are not looked for further down the stack.
        #expect(try render("[{{a.b.c}}] [{{missing.name}}]", model) == "[] []")
        // The first part is found on the stack: inside `inner` the page's `person` is still found.
        #expect(try render("{{#inner}}{{person.name}} {{x}}{{/inner}}", model) == "Joe inner")
    }

    @Test func implicitIteratorIsTheCurrentValue() throws {
        let model = Object(["list": .list(["a", "b&", "c"]), "text": .text("<p>")])
        #expect(try render("{{#list}}({{.}}){{/list}}", model) == "(a)(b&amp;)(c)")
        #expect(try render("{{#text}}{{{.}}}{{/text}}", model) == "<p>")
    }

    // MARK: Context stack

    @Test func namesNotInTheTopContextAreFoundFurtherDown() throws {
        let model = Object([
            "a": .object(Object(["one": .text("1")])),
            "b": .object(Object(["two": .text("2")])),
            "c": .object(Object(["three": .text("3"), "d": .object(Object(["four": .text("4")]))])),
        ])
        #expect(try render("{{#a}}{{one}}{{#b}}{{one}}{{two}}{{#c}}{{one}}{{two}}{{three}}{{#d}}{{four}}{{three}}{{one}}{{/d}}{{/c}}{{/b}}{{/a}}", model)
            == "112123431")
    }

    /// Why `Section.summary` is not named `intro`: a section without one would show the page's.
    @Test func aMissingOptionalFallsThroughToTheContextBelow() throws {
        let model = Object(["intro": .text("page"), "sections": .list([Object(["intro": .text(nil)]), Object(["intro": .text("own")])])])
        #expect(try render("{{#sections}}[{{intro}}]{{/sections}}", model) == "[page][own]")
    }

    @Test func aLeadingDotLooksInTheCurrentValueOnly() throws {
        let model = Object(["name": .text("page"), "item": .object(Object())])
        #expect(try render("{{#item}}[{{.name}}][{{name}}]{{/item}}", model) == "[][page]")
    }

    // MARK: Sections

    @Test func sectionsOverListsBooleansObjectsAndText() throws {
        let model = Object([
            "items": .list([Object(["n": .text("1")]), Object(["n": .text("2")])]),
            "empty": .list([String]()), "yes": .bool(true), "no": .bool(false),
            "object": .object(Object(["n": .text("o")])), "text": .text("t"), "blank": .text(""), "none": .text(nil),
        ])
        #expect(try render("{{#items}}<{{n}}>{{/items}}", model) == "<1><2>")
        #expect(try render("[{{#empty}}x{{/empty}}][{{#no}}x{{/no}}][{{#none}}x{{/none}}][{{#absent}}x{{/absent}}]", model) == "[][][][]")
        #expect(try render("[{{#yes}}x{{/yes}}][{{#object}}{{n}}{{/object}}][{{#text}}{{.}}{{/text}}]", model) == "[x][o][t]")
        // As in swift-mustache, an empty string is a value: the section renders.
        #expect(try render("[{{#blank}}x{{.}}{{/blank}}]", model) == "[x]")
    }

    @Test func invertedSectionsRenderForFalseEmptyAndMissing() throws {
        let model = Object(["empty": .list([String]()), "full": .list(["a"]), "yes": .bool(true), "no": .bool(false), "text": .text("t")])
        #expect(try render("[{{^empty}}e{{/empty}}][{{^no}}f{{/no}}][{{^absent}}m{{/absent}}]", model) == "[e][f][m]")
        #expect(try render("[{{^full}}x{{/full}}][{{^yes}}x{{/yes}}][{{^text}}x{{/text}}]", model) == "[][][]")
    }

    // MARK: Whitespace

    @Test func standaloneTagsLeaveNoLine() throws {
        let model = Object(["boolean": .bool(true), "list": .list(["a"])])
        #expect(try render("| This Is\n{{#boolean}}\n|\n{{/boolean}}\n| A Line\n", model) == "| This Is\n|\n| A Line\n")
        #expect(try render("| This Is\n  {{#boolean}}\n|\n  {{/boolean}}\n| A Line\n", model) == "| This Is\n|\n| A Line\n")
        #expect(try render("|\r\n{{#boolean}}\r\n{{/boolean}}\r\n|", model) == "|\r\n|")
        #expect(try render("  {{#boolean}}\n#{{/boolean}}\n/", model) == "#\n/")
        #expect(try render("#{{#boolean}}\n/\n  {{/boolean}}", model) == "#\n/\n")
        #expect(try render("| A Line\n{{^list}}\n{{/list}}\n| B\n", model) == "| A Line\n| B\n")
    }

    @Test func inlineSectionsKeepTheirWhitespace() throws {
        let model = Object(["boolean": .bool(true)])
        #expect(try render(" {{#boolean}}YES{{/boolean}}\n {{#boolean}}GOOD{{/boolean}}\n", model) == " YES\n GOOD\n")
        #expect(try render(" | {{#boolean}}\t|\t{{/boolean}} | \n", model) == " | \t|\t | \n")
    }

    @Test func commentsVanishAndStandaloneCommentsTakeTheirLine() throws {
        #expect(try render("12345{{! Comment Block! }}67890") == "1234567890")
        #expect(try render("Begin.\n{{! Comment Block! }}\nEnd.\n") == "Begin.\nEnd.\n")
        #expect(try render("Begin.\n  {{! Indented Comment Block! }}\nEnd.\n") == "Begin.\nEnd.\n")
        #expect(try render("Begin.\n{{!\nSomething's going on here...\n}}\nEnd.\n") == "Begin.\nEnd.\n")
        #expect(try render("  12 {{! 34 }}\n") == "  12 \n")
    }

    @Test func setDelimitersChangeTheTagsThatFollow() throws {
        let model = Object(["text": .text("Hey!"), "section": .bool(true), "data": .text("I got interpolated.")])
        #expect(try render("{{=<% %>=}}(<%text%>)", model) == "(Hey!)")
        #expect(try render("({{=[ ]=}}[text])", model) == "(Hey!)")
        #expect(try render("[\n{{#section}}\n  {{data}}\n  |data|\n{{/section}}\n\n{{= | | =}}\n|#section|\n  {{data}}\n  |data|\n|/section|\n]\n", model)
            == "[\n  I got interpolated.\n  |data|\n\n  {{data}}\n  I got interpolated.\n]\n")
        #expect(try render("Begin.\n{{=@ @=}}\nEnd.\n") == "Begin.\nEnd.\n")
    }

    // MARK: Partials

    @Test func partialsRenderInTheCurrentContext() throws {
        let model = Object(["text": .text("content"), "items": .list([Object(["text": .text("a")]), Object(["text": .text("b")])])])
        #expect(try render("\"{{>text}}\"", model, partials: ["text": "from partial"]) == "\"from partial\"")
        #expect(try render("{{#items}}{{> item}}{{/items}}|{{> item}}", model, partials: ["item": "<{{text}}>"]) == "<a><b>|<content>")
    }

    @Test func standalonePartialsIndentEveryLineTheyStart() throws {
        let model = Object(["content": .text("<\n->")])
        #expect(try render("\\\n {{>partial}}\n/\n", model, partials: ["partial": "|\n{{{content}}}\n|\n"]) == "\\\n |\n <\n->\n |\n/\n")
        #expect(try render("  {{>partial}}\n>", partials: ["partial": ">\n>"]) == "  >\n  >>")
        #expect(try render(">\n  {{>partial}}", partials: ["partial": ">\n>"]) == ">\n  >\n  >")
        #expect(try render("|\r\n{{>partial}}\r\n|", partials: ["partial": ">"]) == "|\r\n>|")
        // Inline, a partial is not indented.
        #expect(try render("  {{data}}  {{> partial}}\n", Object(["data": .text("|")]), partials: ["partial": ">\n>"]) == "  |  >\n>\n")
    }

    @Test func nestedStandalonePartialsAddTheirIndentation() throws {
        let partials = ["outer": "<\n  {{> inner}}\n>\n", "inner": "a\nb\n"]
        #expect(try render("  {{> outer}}\n", partials: partials) == "  <\n    a\n    b\n  >\n")
    }

    // MARK: Inheritance

    @Test func aChildOverridesSomeBlocksAndKeepsTheOtherDefaults() throws {
        let parent = "<title>{{$title}}Default title{{/title}}</title>|{{$body}}Default body{{/body}}"
        #expect(try render("{{<parent}}{{$title}}Mine: {{name}}{{/title}}{{/parent}}", Object(["name": .text("x")]), partials: ["parent": parent])
            == "<title>Mine: x</title>|Default body")
        #expect(try render("{{<parent}}{{/parent}}", partials: ["parent": parent]) == "<title>Default title</title>|Default body")
    }

    /// The shape of the default theme: a base layout with `{{$main}}{{/main}}`, pages that fill it.
    @Test func standaloneInheritanceTagsLeaveNoLinesAndBlocksLoseTheirIndentation() throws {
        let base = "<main>\n{{$main}}{{/main}}\n</main>\n"
        let page = "{{<base}}\n{{$main}}\n  <h1>{{heading}}</h1>\n    <p>x</p>\n{{/main}}\n{{/base}}\n"
        #expect(try render(page, Object(["heading": .text("H")]), partials: ["base": base]) == "<main>\n<h1>H</h1>\n  <p>x</p>\n\n</main>\n")
    }

    @Test func theOutermostOverrideWins() throws {
        let partials = ["layout": "[{{$title}}layout{{/title}}]", "middle": "{{<layout}}{{$title}}middle{{/title}}{{/layout}}"]
        #expect(try render("{{<middle}}{{$title}}page{{/title}}{{/middle}}", partials: partials) == "[page]")
        #expect(try render("{{<middle}}{{/middle}}", partials: partials) == "[middle]")
    }

    /// A Norwegian theme writes Norwegian names; any character but whitespace and the closing
    /// delimiter belongs to a name, as in the spec.
    @Test func tagNamesMayBeAnyNonWhitespaceCharacters() throws {
        let model = Object(["navn_på": .text("Kari & Ola"), "økonomi": .bool(true), "ærlig.svar": .text("x")])
        #expect(try render("{{navn_på}}|{{{navn_på}}}|{{#økonomi}}ja{{/økonomi}}|{{^økonomi}}nei{{/økonomi}}", model) == "Kari &amp; Ola|Kari & Ola|ja|")
        #expect(try render("{{=<% %>=}}<% navn_på %>", model) == "Kari &amp; Ola")
        #expect(try render("{{> delen_på}}", model, partials: ["delen_på": "<{{navn_på}}>"]) == "<Kari &amp; Ola>")
        #expect(problems("{{navn på}}").first?.error.line == 1)
    }

    @Test func aDynamicPartialTakesItsTemplateNameFromTheData() throws {
        let model = Object(["kind": .text("card"), "text": .text("<b>"), "nothing": .text("no-such-template"), "flag": .bool(true)])
        let partials = ["card": "[{{text}}]"]
        #expect(try render("{{>*kind}}|{{> * kind }}|{{>*nothing}}|{{>*missing}}|{{>*flag}}", model, partials: partials) == "[&lt;b&gt;]|[&lt;b&gt;]|||")
        #expect(try render("  {{>*kind}}\n", model, partials: ["card": "a\nb\n"]) == "  a\n  b\n")
        // Not a missing template at load: the name is known only when the page renders.
        #expect(problems("{{>*kind}}").isEmpty)
    }

    @Test func aStandaloneBlockIndentsWhatOverridesItAsItsDefaultIsIndented() throws {
        #expect(try render("{{<parent}}{{$block}}\none\ntwo\n{{/block}}{{/parent}}\n",
                           partials: ["parent": "Hi,\n{{$block}}\n  default\n{{/block}}\n"]) == "Hi,\n  one\n  two\n")
        #expect(try render("{{<parent}}{{$nested}}\nthree\n{{/nested}}{{/parent}}\n", partials: [
            "parent": "{{<grandparent}}{{$block}}\n  one\n  {{$nested}}\n    two\n  {{/nested}}\n{{/block}}{{/grandparent}}\n",
            "grandparent": "{{$block}}default{{/block}}",
        ]) == "one\n  three\n")
        // Without an override, the default stands as written.
        #expect(try render("{{<parent}}{{/parent}}", partials: ["parent": "Hi,\n{{$block}}\n  a\n  b\n{{/block}}\n"]) == "Hi,\n  a\n  b\n")
    }

    // MARK: Errors

    @Test func anUnclosedSectionIsAnErrorAtTheLineItOpens() {
        let problem = problems("<p>\n{{#facts}}\nunclosed\n").first
        #expect(problem?.error.line == 2)
        #expect(problem?.error.message.contains("{{#facts}} is never closed") == true)
    }

    @Test func aMismatchedCloseIsAnErrorAtItsLine() {
        let problem = problems("{{#a}}\n{{#b}}\n\n{{/a}}\n{{/b}}").first
        #expect(problem?.error.line == 4)
        #expect(problem?.error.column == 1)
        #expect(problem?.error.message.contains("{{/a}} does not close {{#b}} (line 2)") == true)
        #expect(problems("x\n  {{/never}}").first?.error.line == 2)
        #expect(problems("x\n  {{/never}}").first?.error.column == 3)
    }

    @Test func badTagsAreErrorsAtTheirLine() {
        #expect(problems("a\nb {{name\n").first?.error.line == 2)
        #expect(problems("a\n{{{name}}\n").first?.error.line == 2)
        #expect(problems("{{! never closed").first?.error.line == 1)
        #expect(problems("\n{{=<% %>}}").first?.error.line == 2)
        #expect(problems("{{<parent}}\n{{name}}\n{{/parent}}", partials: ["parent": ""]).first?.error.line == 2)
        let deep = String(repeating: "{{#a}}", count: 10_000) + String(repeating: "{{/a}}", count: 10_000)
        #expect(problems(deep).first?.error.message.contains("nested more than") == true)
    }

    @Test func aPartialOrParentThatDoesNotExistIsAProblemAtLoad() {
        let found = problems("a\n  {{> nowhere}}\n{{<gone}}{{/gone}}")
        let lines = found.map { $0.error.line }
        let allMissing = found.allSatisfy { $0.isMissingTemplate }
        #expect(lines == [2, 3])
        #expect(allMissing)
        #expect(found.first?.error.message.contains("nowhere.mustache") == true)
    }

    @Test func aPartialThatIncludesItselfWithoutEndRendersNothing() {
        let (library, problems) = TemplateLibrary.compile(["page": "{{> page}}"])
        #expect(problems.isEmpty)
        #expect(library.render("page", Object()) == nil)
    }

    @Test func aThemeTemplateErrorIsADiagnosticWithItsLine() throws {
        let files = Fixture.with(["themes/default/templates/vendor.mustache": "{{<base}}\n{{$main}}\n{{#facts}}\n{{/main}}\n{{/base}}\n"])
        let problem = try #require(Fixture.check(files).first(containing: "the template cannot be read"))
        #expect(problem.location.path == "themes/default/templates/vendor.mustache")
        #expect(problem.location.line == 4)
    }
}
