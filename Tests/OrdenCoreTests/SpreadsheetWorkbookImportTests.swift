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

/// A municipality's own workbook, end to end: a merged title banner and a blank row above the
/// header, a total row with a formula, Ja/Nei answers, a service area with a comma in its name
/// and vendors the catalogue does not have. Imported into a repository, it must pass
/// `orden check` once the editor has filled in only what the import lists.
@Suite struct SpreadsheetWorkbookImportTests {
    enum Cell {
        case text(String)
        case number(Double)
        case formula(String, Double)
        case empty
    }

    /// The rows as Excel writes them: text in shared strings, amounts with a number format.
    static func workbook(_ rows: [(Int, [Cell])]) throws -> Data {
        var strings: [String] = []
        var xml = ""
        for (number, cells) in rows {
            xml += "<row r=\"\(number)\">"
            for (index, cell) in cells.enumerated() {
                let reference = SpreadsheetReader.columnName(index) + "\(number)"
                switch cell {
                case .text(let text):
                    let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                    if !strings.contains(escaped) { strings.append(escaped) }
                    xml += "<c r=\"\(reference)\" t=\"s\"><v>\(strings.firstIndex(of: escaped) ?? 0)</v></c>"
                case .number(let value):
                    xml += "<c r=\"\(reference)\" s=\"3\"><v>\(value)</v></c>"
                case .formula(let formula, let value):
                    xml += "<c r=\"\(reference)\" s=\"3\"><f>\(formula)</f><v>\(value)</v></c>"
                case .empty:
                    continue
                }
            }
            xml += "</row>"
        }
        return try WorkbookFixture.workbook(sheets: [(name: "Systemer", rows: xml)], sharedStrings: strings.map(WorkbookFixture.si))
    }

    static let sheet: [(Int, [Cell])] = [
        (1, [.text("Systemoversikt Horten kommune – per 01.03.2025")]),
        (2, []),
        (3, ["Systemnavn", "Leverandør", "Tjenesteområde", "Systemeier", "Status", "Personopplysninger", "Kostnad per år", "Merknad"].map(Cell.text)),
        (4, [.text("Acme Arkiv sak"), .text("Acme Programvare AS"), .text("Arkiv"), .text("Dokumentsenteret"), .text("I drift"), .text("Ja"),
             .number(450_000), .text("Sak- og arkivsystem for hele kommunen.")]),
        (5, [.text("Visma Flyt Skole"), .text("Visma AS"), .text("Oppvekst"), .text("Oppvekst og kultur"), .text("I drift"), .text("JA"),
             .number(320_000), .empty]),
        (6, [.text("Kartinnsyn"), .text("Norkart AS"), .text("Plan, bygg og geodata"), .text("Plan og bygg"), .text("I drift"), .text("Nei"),
             .number(85_000), .text("Offentlig kartløsning.")]),
        (7, [.text("Lønn og personal"), .text("VISMA AS"), .text("Arkiv, Oppvekst"), .text("HR"), .empty, .text("Nei."),
             .number(210_000), .empty]),
        (8, [.text("Kvalitetssystem"), .text("Beta Data AS"), .text("Arkiv"), .text("Rådmannens stab"), .text("Under innføring"), .text("n/a"),
             .number(40_000), .text("Erstatter permer.")]),
        (10, [.text("Sum"), .empty, .empty, .empty, .empty, .empty, .formula("SUM(G4:G8)", 1_105_000), .empty]),
    ]

    @Test func aMunicipalWorkbookImportsAndPassesCheckOnceTheListedFieldsAreFilled() throws {
        let folder = try CommandLineTests().source(Fixture.files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("Systemoversikt 2025.xlsx")
        try Self.workbook(Self.sheet).write(to: file)
        let request = SpreadsheetImport.Request(file: file, kind: .systems, municipality: "3901", createMissing: true)
        let plan = SpreadsheetImport.plan(request, source: folder)
        #expect(!plan.diagnostics.hasErrors, "\(plan.diagnostics)")
        let messages = plan.diagnostics.map(\.message)
        #expect(messages.contains { $0.hasPrefix("row 3 is read as the header row; row 1 above it (\"Systemoversikt Horten kommune – per 01.03.2025\")") })
        #expect(messages.contains("row 10 is a total row and was skipped: its cell G10 sums the column (=SUM(G4:G8))"))
        #expect(messages.contains { $0.contains("4 catalogue records the sheet names did not exist") })

        let outcome = ImportRunner.apply(plan, source: folder, options: ImportOptions())
        #expect(outcome.wrote)
        let systems = "\(Fixture.municipalityA)/systems"
        #expect(outcome.files.map(\.path).sorted() == [
            "\(systems)/acme-arkiv-sak.md", "\(systems)/kartinnsyn.md", "\(systems)/kvalitetssystem.md", "\(systems)/lonn-og-personal.md",
            "\(systems)/visma-flyt-skole.md",
            "content/catalogue/service-areas/oppvekst.md", "content/catalogue/service-areas/plan-bygg-og-geodata.md",
            "content/catalogue/vendors/norkart-as.md", "content/catalogue/vendors/visma-as.md",
        ].sorted())
        func read(_ path: String) throws -> String { try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8) }
        let kart = try read("\(systems)/kartinnsyn.md")
        #expect(kart.contains("service_areas:\n- plan-bygg-og-geodata\n"))
        #expect(kart.contains("cost:\n  other: 85000\n"))
        #expect(kart.hasSuffix("\nOffentlig kartløsning.\n"))
        for path in outcome.files.map(\.path) {
            let text = try read(path)
            #expect(!text.contains("- Ja") && !text.contains("- Nei") && !text.contains("- JA") && !text.contains("n/a"), "\(path)")
        }

        // What the import lists as still to fill in: the status it could not read, and the
        // categories of personal data where the sheet only says "Ja".
        let toFill = outcome.toFill.filter { $0.severity == .error }
        #expect(toFill.map(\.location.path).sorted() == ["\(systems)/acme-arkiv-sak.md", "\(systems)/lonn-og-personal.md", "\(systems)/visma-flyt-skole.md"],
                "\(outcome.toFill)")
        #expect(toFill.first { $0.location.path.hasSuffix("lonn-og-personal.md") }?.message.contains("lifecycle") == true)
        #expect(toFill.filter { $0.message == "personal_data.categories is not filled in yet" }.count == 2)
        let lonn = folder.appendingPathComponent("\(systems)/lonn-og-personal.md")
        let written = try read("\(systems)/lonn-og-personal.md")
        #expect(written.hasPrefix("---\n"))
        try Data(("---\nlifecycle:\n  status: production\n" + written.dropFirst(4)).utf8).write(to: lonn)
        for id in ["acme-arkiv-sak", "visma-flyt-skole"] {
            let path = "\(systems)/\(id).md"
            let filled = try read(path).replacingOccurrences(of: "\"FYLL UT: kategoriene av personopplysninger (arket svarer «Ja»)\"", with: "navn")
                .replacingOccurrences(of: "\"FYLL UT: kategoriene av personopplysninger (arket svarer «JA»)\"", with: "navn")
            #expect(!filled.contains("FYLL UT"), "\(filled)")
            try Data(filled.utf8).write(to: folder.appendingPathComponent(path))
        }
        let check = Orden.check(.directory(folder))
        #expect(!check.diagnostics.hasErrors, "\(check.diagnostics.filter { $0.severity == .error })")
        let figures = Figures(catalogue: try #require(check.catalogue), scope: .municipality("3901"))
        #expect(!figures.personalDataWithoutAgreement.contains(LocalKey("3901", "kartinnsyn")))
        #expect(check.catalogue?.systems[LocalKey("3901", "sum")] == nil)
    }
}
