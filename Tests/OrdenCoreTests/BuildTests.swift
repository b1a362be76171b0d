import Foundation
import Testing
@testable import Basics
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

/// Building to disk: the demo in full, byte-identical output, and a failed build that leaves
/// the previous site exactly as it was.
@Suite struct BuildTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("orden-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every file below `folder`, path → bytes.
    func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return files }
        for case let url as URL in walker where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            files[String(url.standardizedFileURL.path.dropFirst(base.count + 1))] = try Data(contentsOf: url)
        }
        return files
    }

    /// Writes an inline site to a folder, so that the disk source is used too.
    func write(_ files: [String: String], to folder: URL) throws {
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    /// The fixture written to `<temporary>/source`, with `<temporary>/site` as the output.
    func fixtureOnDisk() throws -> (folder: URL, source: URL, output: URL) {
        let folder = try temporaryFolder()
        let source = folder.appendingPathComponent("source")
        try write(Fixture.files, to: source)
        return (folder, source, folder.appendingPathComponent("site"))
    }

    @Test func demoChecksCleanAndEveryRecordHasItsPage() throws {
        let tree = SourceTree.directory(Self.repository)
        let checked = Orden.check(tree)
        #expect(!checked.hasErrors, "\(checked.diagnostics.errors)")
        let catalogue = try #require(checked.catalogue)
        #expect(catalogue.municipalities.count == 4)
        #expect(catalogue.products.count >= 30)
        #expect(catalogue.vendors.count >= 12)
        for number in catalogue.municipalities.keys {
            #expect(catalogue.systemsByMunicipality[number, default: []].count >= 15)
            #expect(catalogue.datasetsByMunicipality[number, default: []].count >= 5)
            #expect(catalogue.processingByMunicipality[number, default: []].count >= 5)
            #expect(catalogue.contractsByMunicipality[number, default: []].count >= 4)
            #expect(catalogue.datasets.values.contains { $0.municipality == number && $0.fields.accessRights == .public })
        }

        let output = try temporaryFolder().appendingPathComponent("site")
        let result = Orden.build(tree, output: output)
        #expect(result.wroteSite)
        let files = try snapshot(output)
        func count(_ pattern: String) -> Int {
            files.keys.filter { $0.range(of: pattern, options: .regularExpression) != nil }.count
        }
        #expect(count("^kommuner/[0-9]{4}-[a-z0-9-]+/systemer/[a-z0-9-]+/index\\.html$") == catalogue.systems.count)
        #expect(count("^kommuner/[0-9]{4}-[a-z0-9-]+/datasett/[a-z0-9-]+/index\\.html$") == catalogue.datasets.count)
        #expect(count("^kommuner/[0-9]{4}-[a-z0-9-]+/behandlinger/[a-z0-9-]+/index\\.html$") == catalogue.processing.count)
        #expect(count("^kommuner/[0-9]{4}-[a-z0-9-]+/avtaler/[a-z0-9-]+/index\\.html$") == catalogue.contracts.count)
        #expect(count("^kommuner/[0-9]{4}-[a-z0-9-]+/index\\.html$") == 4)
        #expect(count("^katalog/produkter/[a-z0-9-]+/index\\.html$") == catalogue.products.count)
        #expect(count("^katalog/leverandorer/[a-z0-9-]+/index\\.html$") == catalogue.vendors.count)
        #expect(count("^katalog/tjenesteomrader/[a-z0-9-]+/index\\.html$") == catalogue.serviceAreas.count)
        #expect(count("^katalog/standarder/[a-z0-9-]+/index\\.html$") == catalogue.standards.count)
        #expect(result.pageCount == count("\\.html$"))
        let home = String(decoding: files["index.html"] ?? Data(), as: UTF8.self)
        #expect(home.contains("oppdiktet"), "the demo says on every page that it is fictional")
        try? FileManager.default.removeItem(at: output.deletingLastPathComponent())
    }

    @Test func checkCountsEveryRecordFileOfEveryKind() throws {
        let tree = SourceTree.directory(Self.repository)
        var byKind: [RecordKind: Int] = [:]
        for path in try tree.listFiles() {
            if case .record(let entry) = ContentLayout.classify(path) { byKind[entry.kind, default: 0] += 1 }
        }
        // The demo has records of every kind, initiatives (of a municipality and of a region) too.
        #expect(Set(byKind.keys) == Set(RecordKind.allCases))
        #expect(Orden.check(tree).recordCount == byKind.values.reduce(0, +))
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let (folder, source, _) = try fixtureOnDisk()
        let tree = SourceTree.directory(source)
        let first = Orden.build(tree, output: folder.appendingPathComponent("one"))
        let second = Orden.build(tree, output: folder.appendingPathComponent("two"))
        #expect(first.wroteSite && second.wroteSite)
        let one = try snapshot(folder.appendingPathComponent("one"))
        let two = try snapshot(folder.appendingPathComponent("two"))
        #expect(!one.isEmpty)
        #expect(one == two)
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func theSiteOnDiskHoldsExactlyTheFilesOfTheBuildInMemory() throws {
        let (folder, source, output) = try fixtureOnDisk()
        let result = Orden.build(.directory(source), output: output)
        #expect(result.wroteSite)
        var onDisk = try snapshot(output)
        #expect(onDisk.removeValue(forKey: SiteWriter.marker) != nil)
        let inMemory = Orden.buildInMemory(.directory(source)).files
        #expect(onDisk.count == result.fileCount)
        #expect(onDisk == inMemory)
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func aFileThatCannotBeWrittenIsNamed() throws {
        let folder = try temporaryFolder()
        let staging = StagingFolder(folder)
        try staging.write(OutputFile(path: "kommuner", bytes: Data("in the way".utf8)))
        try staging.write(OutputFile(path: "a/b/c.html", bytes: Data("ok".utf8)))
        #expect(try Data(contentsOf: folder.appendingPathComponent("a/b/c.html")) == Data("ok".utf8))
        #expect(throws: (any Error).self) { try staging.write(OutputFile(path: "kommuner/x/index.html", bytes: Data())) }
        do {
            try staging.write(OutputFile(path: "kommuner/x/index.html", bytes: Data()))
        } catch {
            #expect(error.localizedDescription.contains("kommuner"))
        }
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func failedBuildLeavesThePreviousSiteUntouched() throws {
        let (folder, source, output) = try fixtureOnDisk()
        #expect(Orden.build(.directory(source), output: output).wroteSite)
        try Data("kept".utf8).write(to: output.appendingPathComponent("extra.txt"))
        let before = try snapshot(output)

        try write(["\(Fixture.municipalityA)/systems/arkiv.md": "---\nproduct: acme-arkiv\nowner: IT\nlifecycle: {status: nope}\n---\n"], to: source)
        let failed = Orden.build(.directory(source), output: output)
        #expect(!failed.wroteSite)
        #expect(failed.diagnostics.hasErrors)
        #expect(try snapshot(output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("site.") }
        #expect(leftovers.isEmpty, "temporary folders left behind: \(leftovers)")
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func outputThatWouldSwallowTheSourceIsRefused() throws {
        let (folder, source, _) = try fixtureOnDisk()
        for output in [source, folder, URL(fileURLWithPath: "/")] {
            let result = Orden.build(.directory(source), output: output)
            #expect(!result.wroteSite)
            #expect(result.diagnostics.first(containing: "the build replaces the whole output folder") != nil)
        }
        let other = folder.appendingPathComponent("other-repo")
        try write(["orden.yml": "title: x\n"], to: other)
        #expect(!Orden.build(.directory(source), output: other).wroteSite)
        #expect(FileManager.default.fileExists(atPath: source.appendingPathComponent("orden.yml").path))
        #expect(FileManager.default.fileExists(atPath: other.appendingPathComponent("orden.yml").path))
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func successfulBuildReplacesTheWholeSite() throws {
        let (folder, source, output) = try fixtureOnDisk()
        #expect(Orden.build(.directory(source), output: output).wroteSite)
        try Data("stale".utf8).write(to: output.appendingPathComponent("stale.html"))
        #expect(Orden.build(.directory(source), output: output).wroteSite)
        let files = try snapshot(output)
        #expect(files["stale.html"] == nil)
        #expect(files["index.html"] != nil)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("site.") }
        #expect(leftovers.isEmpty)
        try? FileManager.default.removeItem(at: folder)
    }
}
