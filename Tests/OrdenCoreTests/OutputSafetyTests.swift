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

/// The build replaces its whole output folder, so it may only ever replace a folder that is
/// missing, empty, or a site Orden built (issue 16: `--output content`, `--output .git` and a
/// literal `~` once replaced what they named). Every case uses real folders in a temporary
/// directory, never the machine's home.
@Suite struct OutputSafetyTests {
    let build = BuildTests()

    /// Every file below `folder`, as path → text, to show that nothing in it changed.
    func contents(_ folder: URL) throws -> [String: Data] { try build.snapshot(folder) }

    @Test func foldersOfTheSourceAreNeverReplaced() throws {
        let (folder, source, _) = try build.fixtureOnDisk()
        defer { try? FileManager.default.removeItem(at: folder) }
        try build.write([".git/HEAD": "ref: refs/heads/main\n", "themes/mine/templates/base.html": "x", "data/extra.csv": "a,b\n"], to: source)
        let before = try contents(source)
        for inside in ["content", ".git", "themes", "themes/mine", "data", "content/new-folder", "content/municipalities/3901-horten"] {
            let result = Orden.build(.directory(source), output: source.appendingPathComponent(inside))
            #expect(!result.wroteSite, "\(inside) was accepted as the output")
            #expect(result.diagnostics.first(containing: "the build replaces the whole output folder") != nil, "\(inside): \(result.diagnostics)")
        }
        #expect(try contents(source) == before)
    }

    @Test func aFolderWithFilesOrdenDidNotBuildIsLeftAlone() throws {
        let (folder, source, _) = try build.fixtureOnDisk()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A stand-in for a home folder or a shared web root with other sites in it.
        let home = folder.appendingPathComponent("home")
        try build.write([".bashrc": "export X=1\n", "Documents/letter.txt": "Dear", "other-site/index.html": "<p>other</p>"], to: home)
        let before = try contents(home)
        let result = Orden.build(.directory(source), output: home)
        #expect(!result.wroteSite)
        let refusal = try #require(result.diagnostics.first(containing: "holds files Orden did not build"))
        #expect(refusal.message.contains("\".bashrc\", \"Documents\", \"other-site\""))
        #expect(refusal.hint?.contains("choose a new or empty folder") == true)
        #expect(try contents(home) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["home", "source"])

        // A file in the output's place is refused as well.
        let file = folder.appendingPathComponent("notes.txt")
        try Data("mine".utf8).write(to: file)
        #expect(!Orden.build(.directory(source), output: file).wroteSite)
        #expect(try Data(contentsOf: file) == Data("mine".utf8))
    }

    @Test func anEmptyFolderOrAMarkedSiteIsReplaced() throws {
        let (folder, source, output) = try build.fixtureOnDisk()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        #expect(Orden.build(.directory(source), output: output).wroteSite)
        #expect(SiteWriter.isOrdenSite(output.path))
        try Data("stale".utf8).write(to: output.appendingPathComponent("stale.html"))
        #expect(Orden.build(.directory(source), output: output).wroteSite)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("stale.html").path))

        // The marker must be a file of the site itself, not a link planted to pass the check.
        let planted = folder.appendingPathComponent("planted")
        try build.write(["keep.txt": "keep"], to: planted)
        try FileManager.default.createSymbolicLink(atPath: planted.appendingPathComponent(SiteWriter.marker).path,
                                                   withDestinationPath: output.appendingPathComponent(SiteWriter.marker).path)
        #expect(!Orden.build(.directory(source), output: planted).wroteSite)
        #expect(FileManager.default.fileExists(atPath: planted.appendingPathComponent("keep.txt").path))
    }

    @Test func aTildeIsAFolderNameNotTheHomeFolder() {
        #expect(ArgumentPath.url("~", isDirectory: true, currentDirectory: "/tmp/work").path == "/tmp/work/~")
        #expect(ArgumentPath.url("~/site", currentDirectory: "/tmp/work/").path == "/tmp/work/~/site")
        #expect(ArgumentPath.url("~root", currentDirectory: "/tmp/work").path == "/tmp/work/~root")
        #expect(ArgumentPath.url("/srv/www", currentDirectory: "/tmp/work").path == "/srv/www")
        #expect(ArgumentPath.url(".", currentDirectory: "/tmp/work").path == "/tmp/work")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: CommandLineTests.binary.path)))
    func theCommandWritesALiteralTildeFolderInTheCurrentFolder() throws {
        let (folder, source, _) = try build.fixtureOnDisk()
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = ["build", "--source", "source", "--output", "~", "--no-history", "--quiet"]
        process.currentDirectoryURL = folder
        process.environment = ["NO_COLOR": "1", "PATH": "/usr/bin:/bin", "HOME": folder.appendingPathComponent("home").path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("~/index.html").path))
        #expect(FileManager.default.fileExists(atPath: source.appendingPathComponent("orden.yml").path))
    }

    /// A process number that no process has now: one that has just ended.
    func endedProcess() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func whatKilledBuildsLeftIsRemovedByTheNextBuild() throws {
        let (folder, source, output) = try build.fixtureOnDisk()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dead = try endedProcess()
        let marker = [SiteWriter.marker: "x", "index.html": "half"]
        try build.write(marker, to: folder.appendingPathComponent("site.tmp-\(dead)"))
        try build.write(marker, to: folder.appendingPathComponent("site.old-\(dead)"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("site.tmp-\(dead + 1)"), withIntermediateDirectories: false)
        // Named like a leftover, but not Orden's: kept, and said.
        try build.write(["mine.txt": "mine"], to: folder.appendingPathComponent("site.old-\(dead + 2)"))
        // A build that is still running keeps its folder.
        let sleeper = Process()
        sleeper.executableURL = URL(fileURLWithPath: "/bin/sleep")
        sleeper.arguments = ["60"]
        try sleeper.run()
        defer { sleeper.terminate() }
        let running = sleeper.processIdentifier
        try build.write(marker, to: folder.appendingPathComponent("site.tmp-\(running)"))
        let result = Orden.build(.directory(source), output: output)
        #expect(result.wroteSite)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        if SiteWriter.isRunning(dead + 2) || SiteWriter.isRunning(dead + 1) { return }  // a new process took the number meanwhile
        #expect(left == ["site", "site.old-\(dead + 2)", "site.tmp-\(running)", "source"])
        let warning = try #require(result.diagnostics.first(containing: "left over from an interrupted build"))
        #expect(warning.severity == .warning)
        #expect(warning.location.path.hasSuffix("site.old-\(dead + 2)"))
    }

    @Test func controlCharactersInFileNamesArePrintedEscaped() {
        let diagnostic = Diagnostic.error("unknown field \"a\u{1B}[2Jb\"", at: SourceLocation(path: "content/x\u{1B}]8;;http://evil\u{7}.md", line: 2),
                                          hint: "rename\r it \u{202E}now")
        let printed = diagnostic.description
        #expect(!printed.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x0D || $0.value == 0x202E })
        #expect(printed.contains("content/x\\u{1B}]8;;http://evil\\u{7}.md:2:1: error: unknown field \"a\\u{1B}[2Jb\""))
        #expect(printed.hasSuffix("\n    hint: rename\\u{D} it \\u{202E}now"))
        #expect(PrintableText.escaped("Bø i Telemark – ok") == "Bø i Telemark – ok")
    }
}
