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

/// Front matter is one YAML document between two `---` lines: nothing in it may vanish, neither
/// fields after a second document nor the last line breaks of a block.
@Suite struct FrontMatterTests {
    /// The front matter of `file` composed as a content file's is.
    static func compose(_ file: String) -> Result<YAMLNode?, YAMLComposer.Problem>? {
        guard case .success(let split) = FrontMatterSplit.split(file) else { return nil }
        return YAMLComposer.compose(split.yaml)
    }

    static func text(_ file: String, _ key: String) -> String? {
        guard case .success(let node)? = compose(file) else { return nil }
        return node?[key]?.text
    }

    @Test func aBlockThatIsTheLastFieldKeepsItsFinalLineBreak() {
        #expect(Self.text("---\nname: A\nnote: |\n  første\n  andre\n---\nTekst\n", "note") == "første\nandre\n")
        #expect(Self.text("---\nnote: >\n  første\n  andre\n---\n", "note") == "første andre\n")
        #expect(Self.text("---\nnote: |-\n  første\n---\n", "note") == "første")
        #expect(Self.text("---\nnote: |+\n  første\n\n---\n", "note") == "første\n\n")
        #expect(Self.text("---\nnote: >+\n  første\n\n\n---\n", "note") == "første\n\n\n")
        // Unchanged where the block is not last.
        #expect(Self.text("---\nnote: |\n  første\nname: A\n---\n", "note") == "første\n")
    }

    @Test func theSplitKeepsEveryLineEndOfTheYAML() throws {
        guard case .success(let split) = FrontMatterSplit.split("---\na: 1\n\n---\nbody") else { Issue.record("not split"); return }
        #expect(split.yaml == "a: 1\n\n")
        #expect(split.body == "body")
        #expect(split.bodyLine == 5)
        guard case .success(let empty) = FrontMatterSplit.split("---\n---\n") else { Issue.record("not split"); return }
        #expect(empty.yaml == "")
    }

    @Test func anIndentedFirstFieldIsAnErrorAtTheFieldAfterIt() throws {
        guard case .failure(let problem)? = Self.compose("---\n name: X\ntype: y\n---\n") else {
            Issue.record("an indented first line was accepted, and the fields after it dropped")
            return
        }
        #expect(problem.line == 2)
        #expect(problem.message.contains("after the end of its YAML document"))
        #expect(problem.hint?.contains("indent") == true)
    }

    @Test func aSecondDocumentInsideTheFrontMatterIsAnErrorAtItsLine() throws {
        for yaml in ["name: X\n--- # kontakt\ntype: y\n", "name: X\n---\ntype: y\n", "name: X\n...\ntype: y\n", "name: X\n... # slutt\n---\ntype: y\n"] {
            switch YAMLComposer.compose(yaml) {
            case .success(let node):
                Issue.record("accepted \(yaml.debugDescription) as \(node?.kindDescription ?? "nothing")")
            case .failure(let problem):
                #expect(problem.line >= 2 && problem.line <= 3, "\(yaml.debugDescription): \(problem)")
                #expect(problem.message.contains("after the end of its YAML document"), "\(problem.message)")
            }
        }
        // One document, explicitly started or ended, is fine.
        #expect(YAMLComposer.compose("--- # start\nname: X\n").isSuccess)
        #expect(YAMLComposer.compose("name: X\n... # slutt\n").isSuccess)
    }

    @Test func aCommentedMarkerInAContentFileIsReportedWithFileAndLine() throws {
        let path = "content/catalogue/vendors/beta.md"
        for text in ["---\nname: Beta Data AS\n--- # nettsted\nwebsite: https://beta.example\n---\n",
                     "---\n name: Beta Data AS\nwebsite: https://beta.example\n---\n"] {
            let diagnostics = Fixture.check(Fixture.with([path: text]))
            let problem = try #require(diagnostics.first(containing: "after the end of its YAML document"), "\(diagnostics)")
            #expect(problem.location.path == path)
            #expect(problem.location.line == 3)
            #expect(problem.hint != nil)
        }
    }
}

private extension Result {
    var isSuccess: Bool {
        if case .success = self { return true }
        return false
    }
}

/// Where libyaml would read valid YAML differently from the YAML spec, found by the yaml-test-suite.
@Suite struct FrontMatterLibyamlEdgeTests {
    @Test func questionMarkTextInAFlowCollectionIsRefusedNotReadAsAKey() {
        guard case .failure(let problem) = YAMLComposer.compose("tags: [?x, y]\n") else {
            Issue.record("[?x] was read (libyaml makes it {x: null})")
            return
        }
        #expect(problem.line == 1 && problem.column == 8)
        #expect(problem.message.contains("?x"))
        #expect(problem.hint?.contains("quotes") == true)
        if case .success(let node) = YAMLComposer.compose("tags: [\"?x\", y]\nq: ?x\n") {
            #expect(node?["tags"]?.items?.first?.text == "?x")
            #expect(node?["q"]?.text == "?x")
        } else {
            Issue.record("quoted ?x or plain ?x outside [ ] was refused")
        }
        // `[?]` and `{? a: b}` are keys in YAML 1.2 as well: nothing is read differently.
        #expect(YAMLGuard.check("a: [?]\nb: {? c: d}\n", firstLine: 1) == nil)
    }

    @Test func aTaggedEmptyScalarIsEmptyTextNotNothing() throws {
        guard case .success(let node) = YAMLComposer.compose("a: !!str\nb: ! \nc:\n") else { Issue.record("refused"); return }
        #expect(node?["a"]?.isNull == false)
        #expect(node?["a"]?.text == "")
        #expect(node?["b"]?.isNull == false)
        #expect(node?["c"]?.isNull == true)
    }

    @Test func aLastLineOfSpacesWithoutLineBreakStaysInTheBlock() {
        guard case .success(let node) = YAMLComposer.compose("foo: |\n  x\n   ") else { Issue.record("refused"); return }
        #expect(node?["foo"]?.text == "x\n \n")
        guard case .success(let kept) = YAMLComposer.compose("- |+\n  ") else { Issue.record("refused"); return }
        #expect(kept?.items?.first?.text == "\n")
    }
}
