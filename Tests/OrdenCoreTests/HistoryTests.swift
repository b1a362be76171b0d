import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import Basics
@testable import CommonMark
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

/// The git log is read once and shown as "Sist endret …" on record pages, on the changes page
/// and in the Atom feed, with nothing internal in the public build.
@Suite struct HistoryTests {
    typealias Commit = HistoryFixture.LogCommit

    // MARK: Reading the log

    @Test func readsCommitsWithOddFileNamesAndAnOldEncoding() throws {
        var latin1 = Commit("b", date: "2026-11-20T09:00:00+01:00", author: "", files: ["content/b.md"])
        latin1.author = [0x4B, 0xE5, 0x72, 0x65, 0x20, 0x42, 0xF8]  // "Kåre Bø" in Latin-1, from a commit that did not say so
        let log = HistoryFixture.log([
            Commit("c", date: "2026-11-26T10:15:00+01:00", author: "Kari Nordmann", subject: "/ starter med skråstrek",
                   files: ["content/med mellomrom.md", "content/linje\nskift.md", "\nstarter-med-linjeskift.md", "content/ære.md"]),
            latin1,
            Commit("a", parents: "", date: "2026-10-01T08:00:00Z", author: "Rot", subject: "", files: ["content/b.md"]),
        ])
        let history = GitLog.parse(log, shallow: false)
        #expect(history.commits.map(\.hash.first) == ["c", "b", "a"])
        let newest = try #require(history.commits.first)
        #expect(newest.paths == ["\nstarter-med-linjeskift.md", "content/linje\nskift.md", "content/med mellomrom.md", "content/ære.md"])
        #expect(newest.subject == "/ starter med skråstrek")
        #expect(newest.day == Day("2026-11-26"))
        #expect(newest.authorDate == "2026-11-26T10:15:00+01:00")
        #expect(history.commits[1].author == "Kåre Bø")
        #expect(history.lastChange(of: "content/b.md")?.hash.first == "b")
        #expect(history.commits[2].subject == "")
        #expect(history.lastChange(of: "content/ukjent.md") == nil)
    }

    @Test func commitsAreOrderedByCommitTimeAndDatedByTheAuthor() {
        // Written first but landed last (a rebased pull request): it is the newest change.
        let log = HistoryFixture.log([
            Commit("a", date: "2026-11-25T12:00:00+01:00", author: "Tidlig", files: ["content/x.md"]),
            Commit("b", date: "2026-10-01T12:00:00+02:00", committed: "2026-11-26T12:00:00+01:00", author: "Rebaset", files: ["content/x.md"]),
        ])
        let history = GitLog.parse(log, shallow: false)
        let last = history.lastChange(of: "content/x.md")
        #expect(last?.author == "Rebaset")
        #expect(last?.day == Day("2026-10-01"))
        #expect(RFC3339.seconds("2026-11-26T12:00:00+01:00") == RFC3339.seconds("2026-11-26T11:00:00Z"))
        #expect(RFC3339.seconds("1970-01-01T00:00:00Z") == 0)
        #expect(RFC3339.seconds("2026-11-26") == nil)
    }

    @Test func theOldestCommitsOfAShallowCloneDateNothing() {
        let log = HistoryFixture.log([
            Commit("b", date: "2026-11-20T09:00:00+01:00", author: "Ola", files: ["content/a.md"]),
            Commit("a", parents: "", date: "2026-11-01T09:00:00+01:00", author: "Grense", files: ["content/a.md", "content/b.md"]),
        ])
        let shallow = GitLog.parse(log, shallow: true)
        #expect(shallow.lastChange(of: "content/a.md")?.author == "Ola")
        #expect(shallow.lastChange(of: "content/b.md") == nil)
        #expect(GitLog.parse(log, shallow: false).lastChange(of: "content/b.md")?.author == "Grense")
    }

    @Test func garbageAndSilenceGiveAnEmptyHistory() {
        #expect(GitLog.parse(Data(), shallow: false).isEmpty)
        #expect(GitLog.parse(Data("fatal: not a git repository\n".utf8), shallow: false).isEmpty)
        #expect(GitLog.parse(Data("/kort\0\0x\0".utf8), shallow: false).isEmpty)
        let root = URL(fileURLWithPath: "/nowhere")
        #expect(SourceHistory.load(root: root, git: .none).isEmpty)
        // A repository without commits: rev-parse answers, log fails.
        let empty = GitRunner { $0.contains("rev-parse") ? Data("false\n".utf8) : nil }
        #expect(SourceHistory.load(root: root, git: empty).isEmpty)
    }

    @Test func loadingRunsOneLogAndOneRevParse() {
        let calls = Calls()
        let log = HistoryFixture.log([Commit("a", date: "2026-11-01T09:00:00+01:00", author: "Ola", files: ["content/a.md"])])
        let git = GitRunner { arguments in
            calls.append(arguments)
            return HistoryFixture.runner(log).run(arguments)
        }
        let history = SourceHistory.load(root: URL(fileURLWithPath: "/repo/nettsted"), git: git)
        #expect(history.commits.count == 1)
        let made = calls.all
        #expect(made.count == 2)
        #expect(made.allSatisfy { $0.prefix(2) == ["-C", "/repo/nettsted"] })
        #expect(made.last?.contains("--relative") == true)
    }

    @Test func historiesOfSeveralSourcesMergeByPath() {
        let catalogue = GitLog.parse(HistoryFixture.log([
            Commit("a", date: "2026-11-01T09:00:00+01:00", author: "Katalog", files: ["content/catalogue/vendors/acme.md"]),
        ]), shallow: false)
        let municipality = GitLog.parse(HistoryFixture.log([
            Commit("b", date: "2026-11-05T09:00:00+01:00", author: "Kommune", files: ["content/municipalities/9901-x/_index.md"]),
        ]), shallow: false).moved(under: "kilder/9901")
        let merged = catalogue.merging(municipality)
        #expect(merged.commits.map(\.author) == ["Kommune", "Katalog"])
        #expect(merged.lastChange(of: "kilder/9901/content/municipalities/9901-x/_index.md")?.author == "Kommune")
        #expect(merged.lastChange(of: "content/catalogue/vendors/acme.md")?.author == "Katalog")
        #expect(catalogue.merging(catalogue) == catalogue)
    }

    // MARK: On the pages

    @Test func recordPagesShowTheirLastChangeByName() throws {
        let result = HistoryFixture.build()
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        let system = Fixture.html(result.files, "kommuner/3901-horten/systemer/arkiv/index.html")
        #expect(system.contains("Sist endret 26. november 2026 av Kari Nordmann"))
        let dataset = Fixture.html(result.files, "kommuner/3901-horten/datasett/postliste/index.html")
        #expect(dataset.contains("Sist endret 20. november 2026 av Ola Hansen"))
        // Never committed: no date rather than a wrong one.
        let contract = Fixture.html(result.files, "kommuner/3901-horten/avtaler/acme-avtale/index.html")
        #expect(!contract.contains("Sist endret"))
        let sitemap = Fixture.html(result.files, "sitemap.xml")
        #expect(sitemap.contains("<loc>https://test.example/orden/kommuner/3901-horten/systemer/arkiv/</loc><lastmod>2026-11-26</lastmod>"))
    }

    @Test func theChangesPageListsPublishedRecordsByDay() throws {
        let result = HistoryFixture.build()
        let page = Fixture.html(result.files, "endringer/index.html")
        #expect(page.contains("<h2 id=\"dag-2026-11-26-overskrift\">26. november 2026</h2>"))
        #expect(page.contains("<h2 id=\"dag-2026-11-20-overskrift\">20. november 2026</h2>"))
        #expect(page.contains("<a href=\"../kommuner/3901-horten/systemer/arkiv/\">Acme Arkiv</a>"))
        #expect(page.contains("<a href=\"../kommuner/3901-horten/datasett/postliste/\">Postliste</a>"))
        #expect(page.contains("<td>Datasett</td><td><a href=\"../kommuner/3901-horten/\">Horten kommune</a></td><td>Ola Hansen</td>"))
        #expect(page.contains("href=\"../endringer.xml\""))
        // Newest day first.
        let newer = try #require(page.range(of: "26. november 2026</h2>"))
        let older = try #require(page.range(of: "20. november 2026</h2>"))
        #expect(newer.lowerBound < older.lowerBound)
        // Every page links the changes page and announces the feed.
        let home = Fixture.html(result.files, "index.html")
        #expect(home.contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"endringer.xml\""))
        #expect(home.contains("<a href=\"endringer/\">Siste endringer</a>"))
    }

    @Test func theFeedIsAtomWithTheRequiredElements() throws {
        let result = HistoryFixture.build()
        let bytes = try #require(result.files["endringer.xml"])
        let document = try XMLDocument(data: bytes)
        let feed = try #require(document.rootElement())
        let atom = "http://www.w3.org/2005/Atom"
        func child(_ element: XMLElement, _ name: String) -> XMLElement? { element.elements(forLocalName: name, uri: atom).first }
        // attribute(forName:) finds nothing in swift-corelibs-foundation once the element has a namespace.
        func attribute(_ element: XMLElement?, _ name: String) -> String? { element?.attributes?.first { $0.name == name }?.stringValue }
        #expect(feed.localName == "feed" && feed.uri == atom)
        #expect(child(feed, "id")?.stringValue == "https://test.example/orden/endringer.xml")
        #expect(child(feed, "title")?.stringValue == "Endringer i Testsite")
        // The newest entry's date, never the clock.
        #expect(child(feed, "updated")?.stringValue == "2026-11-26T10:15:00+01:00")
        let links = feed.elements(forLocalName: "link", uri: atom)
        #expect(links.contains { attribute($0, "rel") == "self" && attribute($0, "href") == "https://test.example/orden/endringer.xml" })
        #expect(links.contains { attribute($0, "rel") == "alternate" && attribute($0, "href") == "https://test.example/orden/endringer/" })
        let entries = feed.elements(forLocalName: "entry", uri: atom)
        #expect(entries.count == 3)  // arkiv twice, postliste once; orden.yml, README.md and the internal system are no records here
        for entry in entries {
            #expect(child(entry, "id")?.stringValue?.hasPrefix("tag:test.example,2026-") == true)
            #expect(child(entry, "title")?.stringValue?.isEmpty == false)
            #expect(child(entry, "updated")?.stringValue.flatMap(RFC3339.seconds) != nil)
            #expect(child(entry, "author").flatMap { child($0, "name") }?.stringValue?.isEmpty == false)
            #expect(attribute(child(entry, "link"), "href")?.hasPrefix("https://test.example/orden/") == true)
        }
        let first = try #require(entries.first)
        #expect(child(first, "id")?.stringValue == "tag:test.example,2026-11-26:orden:\(String(repeating: "c", count: 40)):content/municipalities/3901-horten/systems/arkiv.md")
        #expect(attribute(child(first, "link"), "href") == "https://test.example/orden/kommuner/3901-horten/systemer/arkiv/")
        let ids = entries.compactMap { child($0, "id")?.stringValue }
        #expect(Set(ids).count == ids.count)
    }

    @Test func internalRecordsAndCommitMessagesStayOutOfThePublicBuild() throws {
        let result = HistoryFixture.build()
        let feed = Fixture.html(result.files, "endringer.xml")
        let page = Fixture.html(result.files, "endringer/index.html")
        for text in [feed, page] {
            #expect(!text.contains("skjult"))
            #expect(!text.contains("Skjult system"))
            #expect(!text.contains("HEMMELIG-MELDING"))
            #expect(!text.contains("Nytt driftsansvar"))
        }
        for (path, bytes) in result.files {
            #expect(!String(decoding: bytes, as: UTF8.self).contains("HEMMELIG-MELDING"), "commit message in \(path)")
        }
        // The internal build may show what a change was about.
        let insiders = HistoryFixture.build(audience: .internal)
        #expect(Fixture.html(insiders.files, "endringer.xml").contains("<content type=\"text\">Nytt driftsansvar for arkivet</content>"))
        #expect(Fixture.html(insiders.files, "endringer/index.html").contains("<td>Nytt driftsansvar for arkivet</td>"))
    }

    @Test func theFeedListsAtMostTheLatestFiftyChanges() throws {
        let day = try #require(Day("2026-10-01"))
        let history = SourceHistory(commits: (1...60).map { n in
            SourceHistory.Commit(hash: String(format: "%040x", n), author: "Redaktør \(n)", authorDate: "2026-10-01T12:00:00+02:00", day: day,
                                 committed: 1_800_000_000 - n, subject: "", paths: [HistoryFixture.system])
        })
        let result = HistoryFixture.build(history: history)
        let feed = Fixture.html(result.files, "endringer.xml")
        #expect(feed.components(separatedBy: "<entry>").count - 1 == SiteHistory.recentLimit)
        #expect(feed.contains("Redaktør 1<"))
        #expect(feed.contains("Redaktør 50<"))
        #expect(!feed.contains("Redaktør 51<"))
    }

    @Test func withoutHistoryThereIsNoChangesPageAndNoLinkToIt() {
        for history in [SourceHistory.empty, GitLog.parse(HistoryFixture.log([
            Commit("a", date: "2026-11-01T09:00:00+01:00", author: "Ola", files: ["orden.yml", "README.md", HistoryFixture.internalSystem]),
        ]), shallow: false)] {
            let result = HistoryFixture.build(history: history)
            #expect(!result.diagnostics.hasErrors)
            #expect(result.files["endringer.xml"] == nil)
            #expect(result.files["endringer/index.html"] == nil)
            for (path, bytes) in result.files where path.hasSuffix(".html") || path.hasSuffix(".xml") {
                let text = String(decoding: bytes, as: UTF8.self)
                #expect(!text.contains("endringer/") && !text.contains("endringer.xml"), "link to the changes in \(path)")
                #expect(!text.contains("Sist endret"), "a date in \(path)")
            }
        }
        // Builds in memory have no folder and read no git.
        let plain = Fixture.build(Fixture.files)
        #expect(plain.files["endringer.xml"] == nil)
    }

    @Test func authorNamesAreEscaped() {
        let history = GitLog.parse(HistoryFixture.log([
            Commit("a", date: "2026-11-01T09:00:00+01:00", author: "<script>alert(1)</script> & \"Co\"", files: [HistoryFixture.system]),
        ]), shallow: false)
        let result = HistoryFixture.build(history: history)
        for (path, bytes) in result.files where path.hasSuffix(".html") || path.hasSuffix(".xml") {
            #expect(!String(decoding: bytes, as: UTF8.self).contains("<script>alert(1)"), "unescaped author in \(path)")
        }
        #expect(Fixture.html(result.files, "endringer.xml").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;"))
        #expect((try? XMLDocument(data: result.files["endringer.xml"] ?? Data())) != nil)
    }

    @Test func theSameHistoryGivesTheSameBytes() {
        let first = HistoryFixture.build()
        let second = HistoryFixture.build()
        #expect(first.files.keys.sorted() == second.files.keys.sorted())
        for (path, bytes) in first.files {
            #expect(second.files[path] == bytes, "\(path) differs")
        }
    }
}

/// Arguments seen by a canned runner, from any thread.
private final class Calls: @unchecked Sendable {
    private let lock = NSLock()
    private var calls: [[String]] = []
    func append(_ arguments: [String]) { lock.withLock { calls.append(arguments) } }
    var all: [[String]] { lock.withLock { calls } }
}
