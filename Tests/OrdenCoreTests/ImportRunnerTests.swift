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

@Suite struct ImportRunnerTests {
    /// Text that breaks hand-built YAML: quotes, colons, a newline, YAML keywords and number look-alikes.
    static let hostile = ["Postliste: \"2025\" # ikke kommentar", "yes", "2026-01-01", "- liste", "linje 1\nlinje 2",
                          " innrykk", "{flyt}", "&anker *alias", "'enkel'", "tab\there", "NaN", "0x1F", "~", "@at", "null"]

    @Test func frontMatterKeepsEveryStringExactly() throws {
        for (index, text) in Self.hostile.enumerated() {
            let document = FrontMatterWriter.document([
                ("title", .string(text)),
                ("description", .string("Beskrivelse \(index)")),
                ("themes", .list([.string("GOVE")])),
                ("access_rights", .string("public")),
                ("keywords", .list([.string(text)])),
                ("issued", .day(Day("2024-02-29")!)),
            ], body: "Brødtekst")
            let files = Fixture.with(["\(Fixture.municipalityA)/datasets/fiendtlig.md": document])
            let checked = Orden.check(.memory(files))
            #expect(!checked.hasErrors, "\(text): \(checked.diagnostics)")
            let dataset = try #require(checked.catalogue?.datasets[LocalKey("3901", "fiendtlig")])
            #expect(dataset.fields.title == text)
            #expect(dataset.fields.keywords == [text])
            #expect(dataset.fields.issued == Day("2024-02-29"))
        }
    }

    @Test func leavesOutEmptyValues() {
        let document = FrontMatterWriter.document([("title", .string("A")), ("licence", nil), ("keywords", .list([])), ("spatial", .string("  "))])
        #expect(document == "---\ntitle: A\n---\n")
    }

    @Test func refusesToOverwriteAndWritesNothing() throws {
        let folder = try temporaryRepository()
        let existing = "\(Fixture.municipalityA)/datasets/postliste.md"
        let before = try String(contentsOf: folder.appendingPathComponent(existing), encoding: .utf8)
        let plan = ImportPlan(files: [
            PlannedFile(path: "\(Fixture.municipalityA)/datasets/ny.md", text: "---\ntitle: Ny\n---\n"),
            PlannedFile(path: existing, text: "---\ntitle: Overskrevet\n---\n"),
        ])
        let outcome = ImportRunner.apply(plan, source: folder, options: ImportOptions())
        #expect(!outcome.wrote)
        #expect(outcome.diagnostics.first(containing: "already exists")?.location.path == existing)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(Fixture.municipalityA)/datasets/ny.md").path))
        #expect(try String(contentsOf: folder.appendingPathComponent(existing), encoding: .utf8) == before)

        let forced = ImportRunner.apply(plan, source: folder, options: ImportOptions(force: true))
        #expect(forced.wrote)
        #expect(try String(contentsOf: folder.appendingPathComponent(existing), encoding: .utf8).contains("Overskrevet"))
    }

    @Test func dryRunWritesNothingAndNamesTheFieldsToFill() throws {
        let folder = try temporaryRepository()
        let path = "\(Fixture.municipalityA)/datasets/ny.md"
        let plan = ImportPlan(files: [PlannedFile(path: path, text: FrontMatterWriter.document([("title", .string("Ny")), ("themes", .list([.string("GOVE")]))]))])
        let outcome = ImportRunner.apply(plan, source: folder, options: ImportOptions(dryRun: true))
        #expect(!outcome.wrote)
        #expect(outcome.files.map(\.path) == [path])
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path))
        let missing = outcome.toFill.filter { $0.severity == .error }.map(\.message).joined(separator: "\n")
        #expect(missing.contains("description"))
        #expect(missing.contains("access_rights"))
        #expect(outcome.toFill.allSatisfy { $0.location.path == path })
    }

    @Test func anImporterErrorStopsEverything() throws {
        let folder = try temporaryRepository()
        let path = "\(Fixture.municipalityA)/datasets/ny.md"
        let plan = ImportPlan(files: [PlannedFile(path: path, text: "---\ntitle: Ny\n---\n")],
                              diagnostics: [.error("unexpected end of file", at: SourceLocation(path: "in.ttl", line: 3))])
        let outcome = ImportRunner.apply(plan, source: folder, options: ImportOptions())
        #expect(!outcome.wrote)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path))
    }

    func temporaryRepository() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("orden-import-\(UUID().uuidString)")
        for (path, text) in Fixture.files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder
    }
}
