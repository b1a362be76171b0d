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
@testable import Spreadsheet

/// The harness itself: a test that reads a missing page must fail, and a txtar site must be the
/// files it says.
@Suite struct HarnessTests {
    @Test func txtarSplitsAtMarkerLinesAndKeepsTheComment() {
        let archive = Txtar(parsing: """
            A comment
            over two lines.
            -- orden.yml --
            title: T
            -- content/a.md --
            ---
            name: A
            ---

            Body.
            -- empty --
            -- last --
            no line end in the literal
            """)
        #expect(archive.comment == "A comment\nover two lines.\n")
        #expect(archive.files.map(\.name) == ["orden.yml", "content/a.md", "empty", "last"])
        #expect(archive["orden.yml"] == "title: T\n")
        #expect(archive["content/a.md"] == "---\nname: A\n---\n\nBody.\n", "blank lines inside a file are kept")
        #expect(archive["empty"] == "")
        #expect(archive["last"] == "no line end in the literal\n", "a file always ends with a line end")
        #expect(Txtar(parsing: archive.text) == archive)
    }

    @Test func onlyAWholeMarkerLineStartsAFile() {
        let archive = Txtar(parsing: "-- a --\n--- not a marker ---\n -- b --\n--  --\n-- c --\r\nx\n")
        #expect(archive.files.map(\.name) == ["a", "c"])
        #expect(archive["a"] == "--- not a marker ---\n -- b --\n--  --\n")
    }

    @Test func replacingAndRemovingASection() {
        var archive = Txtar(parsing: "-- a --\n1\n-- b --\n2\n")
        archive["a"] = "one\n"
        archive["b"] = nil
        archive["c"] = "3\n"
        #expect(archive.text == "-- a --\none\n-- c --\n3\n")
    }

    static let site = """
        -- orden.yml --
        title: Harnesstest
        base_url: https://harness.example/
        report_date: 2026-11-01
        -- content/catalogue/vendors/acme.md --
        ---
        name: Acme AS
        ---
        Leverandør.
        """

    @Test func aSiteInOneStringBuildsInMemory() {
        let built = TestSite(Self.site).build()
        built.expectNoErrors()
        built.expectFile("katalog/leverandorer/acme/index.html", contains: "<h1>Acme AS</h1>", "Leverandør.", "! <script>alert")
        built.expectNoFile("katalog/leverandorer/beta/index.html")
        #expect(built.page("katalog/leverandorer/acme/index.json").contains("\"name\" : \"Acme AS\""))
    }

    @Test func aMissingPageFailsTheTestThatReadsIt() {
        let built = TestSite(Self.site).build()
        withKnownIssue("page() of a file that was not built") {
            #expect(built.page("katalog/leverandorer/beta/index.html") == "")
        }
        withKnownIssue("expectFile of a file that was not built, even with only \"must not contain\" patterns") {
            built.expectFile("katalog/leverandorer/beta/index.html", contains: "! <script")
        }
        withKnownIssue("Fixture.html of a file that was not built") {
            _ = Fixture.html(built.files, "katalog/leverandorer/beta/index.html")
        }
        withKnownIssue("a pattern that is there, written as must not be") {
            built.expectFile("katalog/leverandorer/acme/index.html", contains: "! Acme AS")
        }
        withKnownIssue("a file that should not be there") {
            built.expectNoFile("katalog/leverandorer/acme/index.html")
        }
    }

    @Test func aBuildWithErrorsSaysSoWhenAPageIsMissing() {
        let built = TestSite(Self.site).with(["content/catalogue/vendors/acme.md": "---\nnavn: Acme\n---\n"]).build()
        #expect(built.files.isEmpty)
        withKnownIssue {
            built.expectNoErrors()
        }
        withKnownIssue {
            built.expectFile("katalog/leverandorer/acme/index.html", contains: "Acme")
        } matching: { issue in
            issue.description.contains("unknown field \"navn\"")
        }
    }

    @Test func optionsReachTheBuild() throws {
        let english = TestSite(Self.site, language: .en).build()
        english.expectFile("index.html", contains: "<html lang=\"en\">")
        #expect(TestSite.setting("language", to: "nn", in: "title: T\nlanguage: en\n") == "title: T\nlanguage: nn\n")

        let internalSite = TestSite(Self.site, audience: .internal).build()
        internalSite.expectFile("robots.txt", contains: "Disallow: /")

        let dated = TestSite(Self.site, reportDate: Day("2030-01-01"))
        #expect(dated.check().catalogue?.reportDate == Day("2030-01-01"))
        #expect(TestSite(Self.site).check().catalogue?.reportDate == Day("2026-11-01"))
    }
}
