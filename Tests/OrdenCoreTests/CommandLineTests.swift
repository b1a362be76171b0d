import Foundation
import Testing
@testable import Basics
@testable import FrontMatter
@testable import OrdenAuthoring
@testable import OrdenBuild
@testable import OrdenCatalogue
@testable import OrdenGenerate
@testable import OrdenHistory
@testable import OrdenModel
@testable import OrdenSite
@testable import OrdenSource
@testable import RDF

/// The `orden` executable as a user runs it: output format and exit codes (0, 1 content errors,
/// 2 usage errors).
@Suite struct CommandLineTests {
    static let binary = BuildTests.repository.appendingPathComponent(".build/debug/orden")

    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.environment = ["NO_COLOR": "1", "PATH": "/usr/bin:/bin"]
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self), errors: String(decoding: errors, as: UTF8.self))
    }

    func source(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("orden-cli-\(UUID().uuidString)")
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path)))
    func checkPassesOnValidContent() throws {
        let folder = try source(Fixture.files)
        let result = try run(["check", "--source", folder.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.hasPrefix("check passed: 0 errors, 0 warnings in 16 records"))
        try? FileManager.default.removeItem(at: folder)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path)))
    func checkReportsEveryProblemAndExitsWithOne() throws {
        let folder = try source(Fixture.with([
            "\(Fixture.municipalityA)/systems/arkiv.md": "---\nproduct: acme-arkiv\nowner: IT\ndpa: acme-avtale\nlifecylce: {status: production}\n---\n",
            "content/catalogue/vendors/acme.md": "---\nname: Acme\norgnr: \"123456789\"\n---\n",
        ]))
        let result = try run(["check", "--source", folder.path])
        #expect(result.status == 1)
        let lines = result.errors.split(separator: "\n").map(String.init)
        #expect(lines.contains("content/catalogue/vendors/acme.md:3:8: error: orgnr: the organisation number 123456789 fails the mod-11 check"))
        #expect(lines.contains("content/municipalities/3901-horten/systems/arkiv.md:5:1: error: unknown field \"lifecylce\""))
        #expect(lines.contains { $0.hasPrefix("    hint: did you mean \"lifecycle\"?") })
        #expect(lines.last?.hasPrefix("check failed: 3 errors, 0 warnings") == true, "\(lines)")
        try? FileManager.default.removeItem(at: folder)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path)))
    func buildWritesTheSiteAndReportsPages() throws {
        let folder = try source(Fixture.files)
        let output = folder.appendingPathComponent("public")
        let result = try run(["build", "--source", folder.path, "--output", output.path, "--quiet"])
        #expect(result.status == 0, "\(result.errors)")
        let pages = try #require(Orden.check(.memory(Fixture.files)).catalogue.map { Page.all(in: $0).count })
        #expect(result.output.contains("built \(pages) pages"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("kommuner/3901-horten/systemer/arkiv/index.html").path))
        try? FileManager.default.removeItem(at: folder)
    }

    /// Two separate processes, so that anything depending on hash order (which Swift seeds per
    /// process) would show as a difference.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path)))
    func demoBuildsAreByteIdenticalAcrossProcesses() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("orden-twice-\(UUID().uuidString)")
        var sites: [[String: Data]] = []
        for name in ["one", "two"] {
            let output = folder.appendingPathComponent(name)
            let result = try run(["build", "--source", BuildTests.repository.path, "--output", output.path, "--quiet"])
            #expect(result.status == 0, "\(result.errors)")
            var files: [String: Data] = [:]
            let base = output.standardizedFileURL.path
            for case let url as URL in FileManager.default.enumerator(at: output, includingPropertiesForKeys: nil) ?? FileManager.DirectoryEnumerator() {
                if let data = try? Data(contentsOf: url) { files[String(url.standardizedFileURL.path.dropFirst(base.count))] = data }
            }
            sites.append(files)
        }
        #expect(sites[0].count > 300)
        #expect(sites[0] == sites[1])
        try? FileManager.default.removeItem(at: folder)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path)))
    func usageErrorsExitWithTwo() throws {
        #expect(try run(["build", "--no-such-option"]).status == 2)
        #expect(try run(["frobnicate"]).status == 2)
        #expect(try run(["--help"]).status == 0)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path)))
    func missingSourceIsAContentError() throws {
        let result = try run(["check", "--source", "/nonexistent/orden-source"])
        #expect(result.status == 1)
        #expect(result.errors.contains("orden.yml"))
    }
}
