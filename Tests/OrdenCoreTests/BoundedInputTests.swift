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

/// Input within the size limits must still end within a second: what reaches cmark, libyaml and
/// the importers is bounded, and what goes over a bound is an error at the place it happens.
@Suite struct BoundedInputTests {
    static let system = "\(Fixture.municipalityA)/systems/arkiv.md"
    static let head = "---\nproduct: acme-arkiv\nowner: IT\nlifecycle: {status: production}\n---\n"
    /// The file line of the body's first line.
    static let bodyLine = 6

    func errors(for text: String) -> [Diagnostic] {
        Fixture.check(Fixture.with([Self.system: text])).errors.filter { $0.location.path == Self.system }
    }

    /// A guard against runaway work, not a performance target (those are in scripts/benchmark): each
    /// input here took 15 s to minutes before its bound, and takes milliseconds now. The limit
    /// leaves room for a loaded CI machine.
    static let limit: Duration = .seconds(5)

    /// The errors for a file and how long `check` took.
    func timedErrors(_ text: String) -> ([Diagnostic], Duration) {
        var found: [Diagnostic] = []
        let time = ContinuousClock().measure { found = errors(for: text) }
        return (found, time)
    }

    // MARK: Markdown

    @Test func imageOpenersFollowedByLinksAreRefusedQuickly() throws {
        let (found, time) = timedErrors(Self.head + "Innledning.\n\n" + String(repeating: "![[]()", count: 6_000) + "\n")
        let problem = try #require(found.first(containing: "[ and ![ in one paragraph"))
        #expect(problem.location.line == Self.bodyLine + 2)
        #expect(problem.hint != nil)
        #expect(time < Self.limit, "\(time)")
    }

    @Test func wideTablesAreRefusedAtTheirDelimiterRow() throws {
        let header = "|" + String(repeating: "a|", count: 3_000)
        let delimiter = "|" + String(repeating: "-|", count: 3_000)
        let (found, time) = timedErrors(Self.head + "Tabell:\n\n" + header + "\n" + delimiter + "\n" + String(repeating: "|a\n", count: 1_000))
        let problem = try #require(found.first(containing: "columns"))
        #expect(problem.location.line == Self.bodyLine + 3)
        #expect(time < Self.limit, "\(time)")
    }

    @Test func tablesWithTooManyCellsAreRefused() throws {
        let header = "|" + String(repeating: "a|", count: 40)
        let delimiter = "|" + String(repeating: "-|", count: 40)
        let (found, time) = timedErrors(Self.head + header + "\n" + delimiter + "\n" + String(repeating: "|a\n", count: 20_000))
        #expect(found.first(containing: "cells") != nil, "\(found)")
        #expect(time < Self.limit, "\(time)")
    }

    @Test func delimiterRowsUnderHeadersOfAnotherWidthAreRefused() throws {
        let (found, time) = timedErrors(Self.head + String(repeating: "a|b\n|-|\n", count: 10_000))
        #expect(found.first(containing: "table's --- row") != nil, "\(found)")
        #expect(time < Self.limit, "\(time)")
    }

    @Test func runsOfWebAddressesAreRefused() throws {
        let (found, time) = timedErrors(Self.head + String(repeating: "www.a_", count: 8_000) + "\n")
        #expect(found.first(containing: "www.") != nil, "\(found)")
        #expect(time < Self.limit, "\(time)")
    }

    @Test func deepNestingIsRefusedAtItsLine() throws {
        for opener in ["> ", "- ", "1. "] {
            let (found, time) = timedErrors(Self.head + "Tekst.\n" + String(repeating: opener, count: 1_000) + "x\n" + String(repeating: "x\n", count: 30_000))
            let problem = try #require(found.first(containing: "nested too deeply"), "\(opener): \(found)")
            #expect(problem.location.line == Self.bodyLine + 1)
            #expect(time < Self.limit, "\(opener): \(time)")
        }
    }

    @Test func longBodiesAreRefused() throws {
        let (found, time) = timedErrors(Self.head + String(repeating: "*a_", count: 400_000))
        #expect(found.first(containing: "the text below the front matter is") != nil, "\(found)")
        #expect(time < Self.limit, "\(time)")
    }

    @Test func referencesToLongAddressesCannotBlowUpThePage() throws {
        let address = "https://example.org/" + String(repeating: "a", count: 4_000)
        let (found, time) = timedErrors(Self.head + "[a]: \(address)\n\n" + String(repeating: "[a] ", count: 20_000) + "\n")
        #expect(found.first(containing: "of HTML") != nil, "\(found)")
        #expect(time < Self.limit, "\(time)")
    }

    @Test func ordinaryRichTextIsNotRefused() {
        var body = "# Om systemet\n\n"
        body += (1...40).map { "Se [side \($0)](https://example.org/\($0)) og ![bilde](bilde\($0).png)." }.joined(separator: " ") + "\n\n"
        body += "| " + (1...12).map { "K\($0)" }.joined(separator: " | ") + " |\n|" + String(repeating: "---|", count: 12) + "\n"
        body += (1...200).map { row in "| " + (1...12).map { "r\(row)c\($0)" }.joined(separator: " | ") + " |" }.joined(separator: "\n") + "\n\n"
        body += (0..<8).map { String(repeating: "  ", count: $0) + "- nivå \($0)" }.joined(separator: "\n") + "\n\n"
        body += "> sitat\n> > i sitat\n\n```\n" + String(repeating: " ", count: 80) + "dypt innrykket kode\n```\n"
        #expect(errors(for: Self.head + body).isEmpty, "\(errors(for: Self.head + body))")
    }

    @Test func buildReportsTheSameErrorAsCheck() {
        let files = Fixture.with([Self.system: Self.head + String(repeating: "> ", count: 500) + "x\n"])
        let checked = Fixture.check(files).errors
        let built = Fixture.build(files).diagnostics.errors
        #expect(!checked.isEmpty)
        #expect(checked == built)
    }

    // MARK: Front matter

    @Test func oneLongFrontMatterLineIsReadInLinearTime() {
        let items = (0..<(250 * 1024 / 8)).map { _ in "abcdef" }.joined(separator: ", ")
        let line = "  categories: [\(items)]"
        let text = "---\nproduct: acme-arkiv\nowner: IT\nlifecycle: {status: production}\npersonal_data:\n" + line + "\n---\n"
        let time = ContinuousClock().measure { _ = errors(for: text) }
        #expect(time < Self.limit, "\(time)")
        let quoted = "---\nproduct: acme-arkiv\nowner: \"" + String(repeating: "é", count: 120 * 1024) + "\"\nlifecycle: {status: production}\n---\n"
        let quotedTime = ContinuousClock().measure { _ = errors(for: quoted) }
        #expect(quotedTime < Self.limit, "\(quotedTime)")
    }

    // MARK: Import

    @Test func deeplyNestedRDFXMLIsAnError() throws {
        let depth = 5_000
        var xml = "<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://ex.org/\">\n"
        xml += String(repeating: "<rdf:Description><ex:p>", count: depth) + "x" + String(repeating: "</ex:p></rdf:Description>", count: depth)
        xml += "</rdf:RDF>\n"
        let problem = try #require(catchDiagnostic { _ = try RDFXMLReader.read(Data(xml.utf8), path: "dyp.rdf") })
        #expect(problem.message.contains("nested more than"), "\(problem)")
        #expect(problem.location.line == 3)
    }

    func catchDiagnostic(_ body: () throws -> Void) -> Diagnostic? {
        do { try body() } catch let problem as Diagnostic { return problem } catch { return nil }
        return nil
    }

    static let turtleHead = "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n@prefix dct: <http://purl.org/dc/terms/> .\n"

    @Test func literalsLongerThanARecordHoldsAreRefusedBeforeWriting() throws {
        let long = String(repeating: "lang tekst ", count: 60_000)
        let turtle = Self.turtleHead + "<http://ex.org/kort> a dcat:Dataset ; dct:title \"Kort\"@nb .\n"
            + "<http://ex.org/lang> a dcat:Dataset ; dct:title \"Lang\"@nb ;\n  dct:description \"\(long)\"@nb .\n"
        let plan = DCATImporter.plan(Data(turtle.utf8), path: "katalog.ttl", municipalityFolder: Fixture.municipalityB)
        let problem = try #require(plan.diagnostics.errors.first, "\(plan.diagnostics)")
        #expect(problem.message.contains("KiB"), "\(problem)")
        #expect(problem.message.contains("http://ex.org/lang"), "\(problem)")
        let outcome = ImportRunner.apply(plan, source: FileManager.default.temporaryDirectory, options: ImportOptions(dryRun: true))
        #expect(!outcome.wrote && outcome.files.isEmpty)
    }

    @Test func catalogueFilesOverTheSizeLimitAreNotRead() throws {
        let repository = FileManager.default.temporaryDirectory.appendingPathComponent("orden-big-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: repository) }
        try FileManager.default.createDirectory(at: repository.appendingPathComponent("\(Fixture.municipalityB)/datasets"), withIntermediateDirectories: true)
        let file = repository.appendingPathComponent("stor.ttl")
        FileManager.default.createFile(atPath: file.path, contents: nil)
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: UInt64(64 * 1024 * 1024 + 1))
        try handle.close()
        let plan = DCATImporter.plan(file: file, municipality: "9901", source: repository)
        let problem = try #require(plan.diagnostics.errors.first)
        #expect(problem.message.contains("the limit is"), "\(problem)")
        #expect(plan.files.isEmpty)
    }

    @Test func manyRowsWithTheSameNameGetNumberedIdsInLinearTime() throws {
        var taken = TakenIDs(["arkiv-3", "arkiv-5"])
        var ids: [String] = []
        let time = ContinuousClock().measure {
            for _ in 0..<40_000 { ids.append(ImportTarget.uniqueID(for: "Arkiv", taken: &taken)) }
        }
        #expect(ids.prefix(5) == ["arkiv", "arkiv-2", "arkiv-4", "arkiv-6", "arkiv-7"])
        #expect(ids.last == "arkiv-40002")
        #expect(Set(ids).count == ids.count)
        #expect(time < Self.limit * 2, "\(time)")
    }

    @Test func spreadsheetRowsWithTheSameNameAreNumbered() throws {
        let rows = 1_000
        let csv = "Name,Product\n" + String(repeating: "Postsystem,acme-arkiv\n", count: rows)
        let read = try Spreadsheet.CSVReader.read(Data(csv.utf8), path: "ark.csv")
        let importer = SpreadsheetImporter(kind: .systems, municipality: "3901", municipalityFolder: Fixture.municipalityA, mapping: SpreadsheetMapping(),
                                           known: KnownRecords.read(.memory(Fixture.files), municipality: "3901"), path: "ark.csv")
        let ids = importer.plan(read).files.map { String($0.path.split(separator: "/").last!.dropLast(3)) }
        #expect(ids == ["postsystem"] + (2...rows).map { "postsystem-\($0)" })
    }
}
