import Foundation
import Testing
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

private let gitIsInstalled = GitRunner.system.run(["--version"]) != nil

/// The real git: a repository made in a temporary folder with fixed names and dates, the site in
/// a subfolder of it, built from disk.
@Suite(.enabled(if: gitIsInstalled, "git is not installed")) struct GitHistoryIntegrationTests {
    /// Runs git in `folder` as `author` at `date`, without reading any configuration of the machine.
    @discardableResult
    func git(_ arguments: [String], in folder: URL, author: String = "Kari Nordmann", date: String = "2026-11-26T10:15:00+01:00") throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = folder
        process.environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": folder.path, "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": "/dev/null",
            "GIT_AUTHOR_NAME": author, "GIT_AUTHOR_EMAIL": "hemmelig-epost@kommune.example", "GIT_AUTHOR_DATE": date,
            "GIT_COMMITTER_NAME": author, "GIT_COMMITTER_EMAIL": "hemmelig-epost@kommune.example", "GIT_COMMITTER_DATE": date,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    func write(_ files: [String: String], under folder: URL) throws {
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("orden-git-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The audience sentinels again, now with git history: the changes page, the feed and the
    /// pages' "Sist endret" must not give away an internal record or a commit message.
    @Test func thePublicChangesPageAndFeedKeepInternalRecordsAndCommitMessagesOut() throws {
        let repository = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: repository) }
        let files = AudienceTests.withInternals
        try write(files, under: repository)
        try git(["init", "-q"], in: repository)
        try git(["add", "-A"], in: repository)
        #expect(try git(["commit", "-q", "-m", "Sentinel første versjon"], in: repository) == 0)
        let hidden = "\(AudienceTests.municipality)/systems/sentinel-system.md"
        try write([hidden: (files[hidden] ?? "") + "\nMer om det skjulte.\n"], under: repository)
        try git(["commit", "-q", "-a", "-m", "Sentinel emne om et internt system"], in: repository, date: "2026-11-27T09:00:00+01:00")

        let publicSite = Orden.buildInMemory(.directory(repository))
        #expect(publicSite.diagnostics.errors.isEmpty)
        #expect(publicSite.files["endringer.xml"] != nil && publicSite.files["endringer/index.html"] != nil)
        for (path, bytes) in publicSite.files {
            #expect(!String(decoding: bytes, as: UTF8.self).localizedCaseInsensitiveContains("sentinel"), "\(path) mentions a sentinel")
        }
        let internalSite = Orden.buildInMemory(.directory(repository), options: BuildOptions(audience: .internal))
        let feed = String(decoding: internalSite.files["endringer.xml"] ?? Data(), as: UTF8.self)
        #expect(feed.contains("Sentinel Systemnavn"))
        #expect(feed.contains("Sentinel emne om et internt system"))
    }

    @Test func pagesShowWhoChangedTheRecordLastAndWhen() throws {
        let repository = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: repository) }
        let source = repository.appendingPathComponent("nettsted", isDirectory: true)
        var files = Fixture.files
        let dataset = "\(Fixture.municipalityA)/datasets/postliste.md"
        let contract = "\(Fixture.municipalityA)/contracts/acme-avtale.md"
        let uncommitted = files.removeValue(forKey: contract)
        try write(files, under: source)
        try write(["README.md": "Ikke en del av nettstedet\n"], under: repository)
        #expect(try git(["init", "-q"], in: repository) == 0)
        try git(["add", "-A"], in: repository)
        #expect(try git(["commit", "-q", "-m", "Første versjon"], in: repository) == 0)
        try write([dataset: (files[dataset] ?? "") + "\nOppdatert beskrivelse.\n"], under: source)
        try git(["commit", "-q", "-a", "-m", "Oppdater postlisten"], in: repository, author: "Ola Hansen", date: "2026-11-27T08:30:00+01:00")
        try write([contract: uncommitted ?? ""], under: source)

        let first = Orden.buildInMemory(.directory(source))
        #expect(!first.diagnostics.hasErrors, "\(first.diagnostics)")
        let system = Fixture.html(first.files, "kommuner/3901-horten/systemer/arkiv/index.html")
        #expect(system.contains("Sist endret 26. november 2026 av Kari Nordmann"))
        let changed = Fixture.html(first.files, "kommuner/3901-horten/datasett/postliste/index.html")
        #expect(changed.contains("Sist endret 27. november 2026 av Ola Hansen"))
        #expect(!Fixture.html(first.files, "kommuner/3901-horten/avtaler/acme-avtale/index.html").contains("Sist endret"))
        let feed = Fixture.html(first.files, "endringer.xml")
        #expect(feed.contains("<updated>2026-11-27T08:30:00+01:00</updated>"))
        #expect(!feed.contains("README"))
        for (path, bytes) in first.files {
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(!text.contains("hemmelig-epost"), "an author's e-mail address in \(path)")
            #expect(!text.contains("Oppdater postlisten"), "a commit message in \(path)")
        }
        let second = Orden.buildInMemory(.directory(source))
        #expect(first.files == second.files)
        let off = Orden.buildInMemory(.directory(source), options: BuildOptions(history: .none))
        #expect(off.files["endringer.xml"] == nil)
    }

    /// A commit that changes only internal fields (a system's classification and risk assessment)
    /// or only the layout of the front matter must not show publicly who changed the record and
    /// when: not on its page, not in the changes page or the feed, not in the sitemap. The
    /// internal site shows it.
    @Test func aCommitThatChangesOnlyInternalFieldsIsInvisibleToThePublic() throws {
        let repository = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: repository) }
        let system = "\(Fixture.municipalityA)/systems/arkiv.md"
        try write(Fixture.files, under: repository)
        #expect(try git(["init", "-q"], in: repository) == 0)
        try git(["add", "-A"], in: repository)
        #expect(try git(["commit", "-q", "-m", "Første versjon"], in: repository) == 0)
        let original = Fixture.files[system] ?? ""
        let changed = original
            .replacingOccurrences(of: "classification: {confidentiality: 3, integrity: 3, availability: 2}",
                                  with: "classification:\n  confidentiality: 4\n  integrity: 3\n  availability: 2")
            .replacingOccurrences(of: "last_risk_assessment: 2024-05-01", with: "last_risk_assessment: 2026-11-30 # ny ROS")
        #expect(changed != original)
        try write([system: changed], under: repository)
        try git(["commit", "-q", "-a", "-m", "Ny ROS-analyse"], in: repository, author: "Sikkerhets Sjef", date: "2026-12-01T14:00:00+01:00")

        let page = "kommuner/3901-horten/systemer/arkiv/index.html"
        let publicSite = Orden.buildInMemory(.directory(repository))
        #expect(!publicSite.diagnostics.hasErrors, "\(publicSite.diagnostics)")
        #expect(Fixture.html(publicSite.files, page).contains("Sist endret 26. november 2026 av Kari Nordmann"))
        for (path, bytes) in publicSite.files {
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(!text.contains("Sikkerhets Sjef"), "the internal change's author in \(path)")
            #expect(!text.contains("2026-12-01") && !text.contains("1. desember 2026"), "the internal change's date in \(path)")
        }
        let sitemap = Fixture.html(publicSite.files, "sitemap.xml")
        #expect(sitemap.contains("systemer/arkiv/</loc><lastmod>2026-11-26</lastmod>"))

        let internalSite = Orden.buildInMemory(.directory(repository), options: BuildOptions(audience: .internal))
        #expect(Fixture.html(internalSite.files, page).contains("Sist endret 1. desember 2026 av Sikkerhets Sjef"))
        #expect(Fixture.html(internalSite.files, "endringer.xml").contains("<name>Sikkerhets Sjef</name>"))
        #expect(Fixture.html(internalSite.files, "sitemap.xml").contains("systemer/arkiv/</loc><lastmod>2026-12-01</lastmod>"))
    }

    @Test func outsideARepositoryThereIsNoHistoryAndNoNoise() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(Fixture.files, under: folder)
        #expect(SourceHistory.load(root: folder).isEmpty)
        let result = Orden.buildInMemory(.directory(folder))
        #expect(result.diagnostics.errors.isEmpty)
        #expect(result.diagnostics == Orden.buildInMemory(.directory(folder), options: BuildOptions(history: .none)).diagnostics)
        #expect(result.files["endringer.xml"] == nil)
        // A repository without commits.
        #expect(try git(["init", "-q"], in: folder) == 0)
        #expect(SourceHistory.load(root: folder).isEmpty)
        // No git at all.
        let missing = GitRunner { _ in GitRunner.system.run(["no-such-command-\(UUID().uuidString)"]) }
        #expect(SourceHistory.load(root: folder, git: missing).isEmpty)
    }
}
