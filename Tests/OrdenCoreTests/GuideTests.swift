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

/// The guide (content/guide/ → /veileder/) and the progress page: pages in order with previous
/// and next links and their checklists, the same strict checks as records, escaping, and
/// progress figures counted from what the audience may see.
@Suite struct GuideTests {
    /// File names sort differently from `order`, so the tests see which one decides.
    static let guide: [String: String] = [
        "content/guide/_index.md": """
        ---
        title: Veileder for testene
        summary: Kort om veilederen.
        ---
        Start med [første steg](forst/).
        """,
        "content/guide/forst.md": """
        ---
        title: Første steg
        order: 1
        phase: establish
        summary: Kom i gang.
        roles: [leader, architect]
        checklist:
          - Mandatet er gitt
          - Repositoriet er opprettet
        ---
        # Formål

        Tekst.

        ## Steg

        Videre til [neste side](../andre/).
        """,
        "content/guide/andre.md": """
        ---
        title: Samle inn
        order: 2
        phase: collect
        ---
        Innhold.
        """,
        "content/guide/a-tillegg.md": """
        ---
        title: Tillegg uten rekkefølge
        ---
        Tekst.
        """,
    ]

    static func site(with extra: [String: String?] = [:], options: BuildOptions = BuildOptions()) -> (files: [String: Data], diagnostics: [Diagnostic]) {
        var files = Fixture.files.merging(guide) { $1 }
        for (path, text) in extra { files[path] = text }
        let built = TestSite(files: files, options: options).build()
        return (built.files, built.diagnostics)
    }

    static func diagnostics(_ changes: [String: String?]) -> [Diagnostic] {
        var files = Fixture.files.merging(guide) { $1 }
        for (path, text) in changes { files[path] = text }
        return TestSite(files: files).check().diagnostics
    }

    // MARK: Pages

    @Test func guidePagesAreRenderedInOrderWithPreviousAndNext() throws {
        let result = Self.site()
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.errors)")
        let index = Fixture.html(result.files, "veileder/index.html")
        #expect(index.contains("<h1>Veileder for testene</h1>"))
        let order = ["veileder/forst/", "veileder/andre/", "veileder/a-tillegg/"].map { index.range(of: "href=\"../\($0)\"")?.lowerBound }
        #expect(order.allSatisfy { $0 != nil }, "every page in the table of contents")
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted(), "ordered by order, then unordered pages")
        #expect(index.contains("href=\"../veileder/fremdrift/\""), "the front page links to the progress page")
        #expect(index.contains("<a href=\"forst/\">første steg</a>"), "the front page's own text")

        let first = Fixture.html(result.files, "veileder/forst/index.html")
        #expect(first.contains("rel=\"prev\" href=\"../../veileder/\""), "the first page leads back to the front page")
        #expect(first.contains("rel=\"next\" href=\"../../veileder/andre/\""))
        #expect(first.contains("<p class=\"guide-phase\">Fase 1 av 6: Etablere</p>"))
        #expect(first.contains("<span class=\"role\">Leder og rådmann</span>"))
        #expect(first.contains("<ul class=\"checklist\">\n<li>Mandatet er gitt</li>\n<li>Repositoriet er opprettet</li>\n</ul>"))
        #expect(first.contains("<h2>Formål</h2>") && first.contains("<h2>Steg</h2>"), "the body is the page's text: # and ## are h2")
        #expect(first.contains("<a href=\"../andre/\">neste side</a>"))
        #expect(first.contains("<a href=\"../../veileder/\" aria-current=\"page\">Veileder</a>"), "Veileder in the main menu")

        let second = Fixture.html(result.files, "veileder/andre/index.html")
        #expect(second.contains("<p class=\"guide-phase\">Fase 2 av 6</p>"), "the phase's name is not repeated when it is the title")
        #expect(!second.contains("class=\"checklist\""), "no checklist section without items")
        let last = Fixture.html(result.files, "veileder/a-tillegg/index.html")
        #expect(last.contains("rel=\"prev\" href=\"../../veileder/andre/\""))
        #expect(!last.contains("rel=\"next\""))

        let sitemap = Fixture.html(result.files, "sitemap.xml")
        for path in ["veileder/", "veileder/forst/", "veileder/andre/", "veileder/a-tillegg/", "veileder/fremdrift/"] {
            #expect(sitemap.contains("<loc>https://test.example/orden/\(path)</loc>"), "\(path) in the sitemap")
        }
    }

    @Test func aSiteWithoutAGuideStillHasItsFrontPageAndProgress() {
        let result = Fixture.build(Fixture.files)
        #expect(!result.diagnostics.hasErrors)
        #expect(Fixture.html(result.files, "veileder/index.html").contains("<h1>Veileder</h1>"))
        #expect(result.files["veileder/fremdrift/index.html"] != nil)
    }

    @Test func guidePagesAreNotRecords() throws {
        let without = Orden.check(.memory(Fixture.files))
        let with = Orden.check(.memory(Fixture.files.merging(Self.guide) { $1 }))
        #expect(with.recordCount == without.recordCount)
        let files = Self.site().files
        #expect(!files.keys.contains { $0.hasPrefix("veileder/") && $0.hasSuffix("index.json") })
        let catalogue = Fixture.html(files, "data/catalog.ttl")
        #expect(!catalogue.contains("Første steg"))
        #expect(!Fixture.html(files, "index.html").contains("Første steg"), "the home page's counts leave the guide out")
    }

    // MARK: Checks

    @Test func brokenGuideFrontMatterIsReportedWithItsLine() throws {
        let unknown = Self.diagnostics(["content/guide/andre.md": "---\ntitle: Samle inn\nphse: collect\n---\n"])
        let field = try #require(unknown.first(containing: "unknown field \"phse\""))
        #expect(field.location == SourceLocation(path: "content/guide/andre.md", line: 3, column: 1))
        #expect(field.hint?.contains("did you mean \"phase\"") == true)

        let missing = try #require(Self.diagnostics(["content/guide/andre.md": "---\norder: 2\n---\n"]).first(containing: "missing required field \"title\""))
        #expect(missing.location.path == "content/guide/andre.md" && missing.severity == .error)

        let yaml = try #require(Self.diagnostics(["content/guide/andre.md": "---\ntitle: Samle inn\nchecklist: [a, b\norder: 2\n---\n"]).first(containing: "YAML syntax error"))
        // The unclosed [ of line 3 is noticed on line 4, at the ':' after "order".
        #expect(yaml.location == SourceLocation(path: "content/guide/andre.md", line: 4, column: 6))

        let phase = try #require(Self.diagnostics(["content/guide/andre.md": "---\ntitle: Samle inn\nphase: innsamling\n---\n"]).first(containing: "phase has the value"))
        #expect(phase.location.line == 3)
        #expect(phase.hint?.contains("establish, collect, analyse, strategy, decision-support, operate") == true)

        let index = try #require(Self.diagnostics(["content/guide/_index.md": "---\ntitle: Veileder\nphase: collect\n---\n"]).first(containing: "unknown field \"phase\""))
        #expect(index.location.line == 3, "the front page has only a title and a summary")

        let empty = try #require(Self.diagnostics(["content/guide/andre.md": "---\ntitle: \" \"\n---\n"]).first(containing: "the title is empty"))
        #expect(empty.location.line == 2)

        let unclosed = try #require(Self.diagnostics(["content/guide/andre.md": "---\ntitle: Samle inn\n"]).first(containing: "never closed"))
        #expect(unclosed.location.line == 1)
    }

    @Test func guideFileNamesMustBeIdsAndNotTakeTheProgressPage() throws {
        let badName = Self.diagnostics(["content/guide/Samle Inn.md": "---\ntitle: X\n---\n"])
        #expect(badName.first(containing: "\"Samle Inn\", which is not a valid id")?.hint?.contains("samle-inn.md") == true)
        let reserved = Self.diagnostics(["content/guide/fremdrift.md": "---\ntitle: X\n---\n"])
        #expect(reserved.first(containing: "progress page")?.severity == .error)
        let nested = Self.diagnostics(["content/guide/del/side.md": "---\ntitle: X\n---\n"])
        #expect(nested.first { $0.location.path == "content/guide/del/side.md" }?.severity == .warning)
        #expect(Self.diagnostics([:]).errors.isEmpty)
    }

    @Test func hostileTextInTheGuideIsEscaped() throws {
        let result = Self.site(with: ["content/guide/andre.md": """
            ---
            title: "<script>alert('tittel')</script>"
            order: 2
            summary: "\\" onmouseover=\\"alert(1)"
            checklist:
              - "<img src=x onerror=alert(2)>"
            ---
            [klikk](javascript:alert(3)) <script>alert(4)</script>
            """])
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.errors)")
        for (path, bytes) in result.files where path.hasSuffix(".html") {
            let html = String(decoding: bytes, as: UTF8.self)
            #expect(!html.contains("<script>alert"), "script tag in \(path)")
            #expect(!html.contains("<img src=x"), "img tag in \(path)")
            #expect(!html.contains("\" onmouseover=\""), "attribute break-out in \(path)")
            #expect(!html.contains("javascript:"), "javascript link in \(path)")
        }
        let page = Fixture.html(result.files, "veileder/andre/index.html")
        #expect(page.contains("<h1>&lt;script&gt;alert(&#39;tittel&#39;)&lt;/script&gt;</h1>"))
        #expect(page.contains("<li>&lt;img src=x onerror=alert(2)&gt;</li>"))
        #expect(Fixture.html(result.files, "veileder/forst/index.html").contains("&lt;script&gt;alert(&#39;tittel&#39;)&lt;/script&gt;"), "in the next link too")
    }

    // MARK: Progress

    @Test func progressFiguresOnTheFixture() throws {
        let catalogue = try #require(Orden.check(.memory(Fixture.files)).catalogue)
        let horten = Progress.of("3901", in: catalogue)
        #expect((horten.systems, horten.datasets, horten.processing, horten.contracts, horten.initiatives) == (2, 1, 1, 1, 0))
        #expect((horten.systemsInUse, horten.systemsWithFit, horten.systemsWithCost) == (2, 1, 1))
        // arkiv lacks 4 of the 13 fields (69 %), okonomi 9 (30 %): on average 49 %.
        let missing = catalogue.systems(of: "3901").map { Completeness.of($0, audience: .public).missing.count }
        #expect(missing == [4, 9])
        #expect(horten.systemCompleteness == 49)
        #expect((horten.records, horten.reviewedRecords) == (5, 0))
        #expect(horten.phase == .analyse, "half the systems in use have fit scores, but there is no initiative")
        #expect(horten.next == .strategy)

        let testvik = Progress.of("9901", in: catalogue)
        #expect((testvik.systems, testvik.systemsWithFit) == (1, 0))
        #expect(testvik.phase == .collect)
        #expect(testvik.next == .analyse)
    }

    @Test func aPhaseIsReachedOnlyWithEveryPhaseBeforeIt() {
        var progress = Progress(municipality: "9999")
        #expect(progress.phase == .establish)
        progress.records = 10
        progress.reviewedRecords = 10
        #expect(progress.meets(.operate))
        #expect(progress.phase == .establish, "reviewed records alone do not skip the phases before")
        progress.systems = 4
        progress.systemsInUse = 4
        #expect(progress.phase == .collect)
        progress.systemsWithFit = 2
        #expect(progress.phase == .analyse, "half the systems in use with fit scores is enough")
        progress.activeInitiatives = 1
        #expect(progress.phase == .strategy)
        progress.decidedInitiatives = 1
        progress.contracts = 1
        progress.systemsWithCost = 1
        #expect(progress.phase == .strategy, "costs on a quarter of the systems are not enough")
        progress.systemsWithCost = 2
        #expect(progress.phase == .operate)
        #expect(progress.next == nil)
        progress.reviewedRecords = 7
        #expect(progress.phase == .decisionSupport, "70 % reviewed is below the 80 % of the last phase")
        #expect(progress.next == .operate)
    }

    @Test func progressPageShowsEveryMunicipalityWithItsTables() throws {
        let files = Self.site(with: [
            "\(Fixture.municipalityA)/initiatives/nytt-arkiv.md": "---\ntitle: Nytt arkiv\nstatus: approved\n---\n",
        ]).files
        let page = Fixture.html(files, "veileder/fremdrift/index.html")
        #expect(page.contains("<h1>Fremdrift i kommunene</h1>"))
        #expect(page.contains("<td>5. Beslutningsstøtte</td>"), "Horten: an approved initiative, a contract and cost on half its systems")
        #expect(page.contains("<td><a href=\"../../veileder/andre/\">2. Samle inn</a></td>"), "Testvik's phase links to the guide's page about it")
        let csv = String(decoding: try #require(files["veileder/fremdrift/registreringer.csv"]), as: UTF8.self)
        #expect(csv.contains("Kommune;Systemer;Datasett;Behandlinger;Avtaler;Tiltak\r\nHorten kommune;2;1;1;1;1\r\nTestvik kommune;1;0;0;0;0\r\n"))
        #expect(files["veileder/fremdrift/fremdrift.json"] != nil)

        let municipality = Fixture.html(files, "kommuner/3901-horten/index.html")
        #expect(municipality.contains("<a href=\"../../veileder/fremdrift/\">Fase 5: Beslutningsstøtte</a>"))
        #expect(municipality.contains("<h2 id=\"fremdrift-overskrift\">Fremdrift</h2>"))
    }

    @Test func internalRecordsCountOnlyInTheInternalBuild() throws {
        let publicFiles = Self.site().files
        let csv = String(decoding: try #require(publicFiles["veileder/fremdrift/registreringer.csv"]), as: UTF8.self)
        #expect(csv.contains("Horten kommune;2;"), "the internal system skjult is not counted in public")
        for (path, bytes) in publicFiles where path.hasPrefix("veileder/") {
            #expect(!String(decoding: bytes, as: UTF8.self).contains("Skjult"), "internal record named in \(path)")
        }
        // The internal build counts the internal system too: arkiv, okonomi and skjult.
        let options = BuildOptions(audience: .internal)
        let internalCSV = String(decoding: try #require(Self.site(options: options).files["veileder/fremdrift/registreringer.csv"]), as: UTF8.self)
        #expect(internalCSV.contains("Horten kommune;3;"))
    }

    // MARK: The demo

    @Test func demoGuideCoversEveryPhaseAndItsLinksResolve() throws {
        let tree = SourceTree.directory(BuildTests.repository)
        let checked = Orden.check(tree)
        #expect(!checked.diagnostics.contains { $0.location.path.hasPrefix("content/guide/") }, "\(checked.diagnostics)")
        let guide = try #require(checked.catalogue).guide
        #expect(guide.index != nil)
        #expect(guide.pages.count >= 8)
        for phase in GuidePhase.allCases {
            let page = try #require(guide.page(for: phase), "no guide page for \(phase)")
            #expect(!(page.fields.checklist ?? []).isEmpty, "\(page.id) has no checklist")
        }
        let site = Orden.buildInMemory(tree).files
        let pages = site.keys.filter { $0.hasPrefix("veileder/") && $0.hasSuffix(".html") }
        #expect(pages.count == guide.pages.count + 2)
        for path in pages {
            let html = String(decoding: site[path] ?? Data(), as: UTF8.self)
            for href in Self.links(in: html) where !href.contains(":") && !href.hasPrefix("#") {
                let target = Self.resolve(href, from: path)
                #expect(site[target] != nil, "\(path) links to \(href), which is not on the site")
            }
        }
    }

    static func links(in html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().compactMap { $0.split(separator: "\"", maxSplits: 1).first.map(String.init) }
    }

    /// A relative link from a page's file to the file it names.
    static func resolve(_ href: String, from page: String) -> String {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for part in href.split(separator: "/", omittingEmptySubsequences: true) {
            if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(String(part)) }
        }
        let path = parts.joined(separator: "/")
        return href.hasSuffix("/") || href == "." || href.hasSuffix("/.") ? (path.isEmpty ? "" : path + "/") + "index.html" : path
    }
}
