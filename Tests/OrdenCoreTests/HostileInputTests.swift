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

/// Content comes from many hands. Hostile or broken input must end in an error, quickly and in
/// bounded memory — never a crash or a hang. (A hang would show as a test run that never ends.)
@Suite struct HostileInputTests {
    let system = "\(Fixture.municipalityA)/systems/arkiv.md"

    func errors(for text: String) -> [Diagnostic] {
        Fixture.check(Fixture.with([system: text])).errors.filter { $0.location.path == system }
    }

    @Test func billionLaughsAliasBombIsRefused() throws {
        var yaml = "---\nproduct: acme-arkiv\nowner: IT\nlifecycle: {status: production}\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let previous = (0..<9).map { _ in "*a\(level - 1)" }.joined(separator: ", ")
            yaml += "a\(level): &a\(level) [\(previous)]\n"
        }
        yaml += "---\n"
        let problem = try #require(errors(for: yaml).first(containing: "anchors and aliases"))
        #expect(problem.location.line == 5)
    }

    @Test func aliasInsideTextIsNotMistakenForOne() {
        let text = "---\nproduct: acme-arkiv\nowner: IT & drift *viktig*\nlifecycle: {status: production}\ninfrastructure: |\n  *uthevet* tekst\n  &amp; mer\n---\n"
        #expect(errors(for: text).isEmpty, "\(errors(for: text))")
    }

    @Test func deeplyNestedFlowCollectionsAreRefused() throws {
        let depth = 100_000
        let yaml = "---\nproduct: acme-arkiv\nowner: IT\nlifecycle: {status: production}\nusers: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n---\n"
        #expect(errors(for: yaml).first(containing: "nested too deeply") != nil)
    }

    @Test func deeplyNestedBlockSequencesAreRefused() throws {
        let yaml = "---\nproduct: acme-arkiv\nowner: IT\nlifecycle: {status: production}\nusers:\n" + String(repeating: "- ", count: 50_000) + "x\n---\n"
        #expect(errors(for: yaml).first(containing: "nested too deeply") != nil)
    }

    @Test func deeplyIndentedMappingsAreRefused() throws {
        var yaml = "---\nproduct: acme-arkiv\nowner: IT\nlifecycle: {status: production}\n"
        for level in 0..<400 { yaml += String(repeating: " ", count: level) + "k\(level):\n" }
        yaml += "---\n"
        #expect(!errors(for: yaml).isEmpty)
    }

    @Test func multiMegabyteFileIsRefusedWithoutParsing() throws {
        let body = String(repeating: "Lorem ipsum dolor sit amet. ", count: 200_000)
        let problem = try #require(errors(for: "---\nproduct: acme-arkiv\nowner: IT\nlifecycle: {status: production}\n---\n" + body).first)
        #expect(problem.message.contains("the limit is 4 MiB"))
    }

    @Test func hugeFrontMatterIsRefused() throws {
        let list = (0..<40_000).map { "  - kategori nummer \($0)" }.joined(separator: "\n")
        let yaml = "---\nproduct: acme-arkiv\nowner: IT\nlifecycle: {status: production}\npersonal_data:\n  categories:\n" + list + "\n---\n"
        #expect(errors(for: yaml).first(containing: "the front matter is") != nil)
    }

    @Test func manyValuesWithinTheSizeLimitAreBounded() throws {
        let list = (0..<30_000).map { "\($0)" }.joined(separator: ",")
        let yaml = "---\nproduct: acme-arkiv\nowner: IT\nlifecycle: {status: production}\npersonal_data: {categories: [\(list)]}\n---\n"
        #expect(errors(for: yaml).first(containing: "too many values") != nil)
    }

    @Test func controlCharactersAndLongLinesDoNotCrash() {
        let long = String(repeating: "x", count: 200_000)
        let text = "---\nproduct: acme-arkiv\nowner: \"\u{1}\u{7}\(long)\"\nlifecycle: {status: production}\n---\n\u{0}\u{1B}[31m\n"
        _ = Fixture.check(Fixture.with([system: text]))
    }

    @Test func yamlTagsAndOddScalarsAreJustText() {
        let text = "---\nproduct: acme-arkiv\nowner: !!python/object:os.system rm\nlifecycle: {status: production}\n---\n"
        #expect(errors(for: text).isEmpty, "\(errors(for: text))")
    }

    @Test func emptyFileAndEmptyFrontMatter() {
        #expect(errors(for: "").first(containing: "no front matter") != nil)
        #expect(errors(for: "---\n---\n").first(containing: "missing required field \"lifecycle\"") != nil)
    }
}

@Suite struct HostileFilesTests {
    @Test func deeplyNestedMarkdownIsRefusedWithoutCrashing() {
        let quotes = String(repeating: "> ", count: 20_000) + "dypt"
        let lists = String(repeating: "- ", count: 20_000) + "dypt"
        let brackets = String(repeating: "[", count: 50_000) + "x" + String(repeating: "](y)", count: 50_000)
        for text in [quotes, lists, brackets] {
            #expect(throws: Markdown.Problem.self) { try Markdown.render(text).get() }
        }
        let nested = String(repeating: "[", count: 10_000) + "x" + String(repeating: "](y)", count: 10_000)
        #expect(!Markdown.html(nested).isEmpty)
    }

    @Test func symbolicLinkLoopsInTheSourceAreNotFollowed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("orden-loop-\(UUID().uuidString)")
        for (path, text) in Fixture.files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("content/catalogue/loop").path, withDestinationPath: folder.path)
        let result = Orden.check(.directory(folder))
        #expect(!result.hasErrors, "\(result.diagnostics)")
        try? FileManager.default.removeItem(at: folder)
    }
}
