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

@Suite struct ExportTests {
    static let hostileName = "=HYPERLINK(\"http://evil.example\";\"klikk\") <b>fet</b>"

    /// The fixture with records whose text tries to break a spreadsheet or a file.
    static var files: [String: String] {
        Fixture.with([
            "\(Fixture.municipalityA)/systems/fiendtlig.md": FrontMatterWriter.document([
                ("name", .string(hostileName)), ("product", .string("beta-okonomi")),
                ("owner", .string("Sier \"hei\"\nny linje; med, skilletegn")), ("manager", .string("@SUM(A1)")),
                ("lifecycle", .map([("status", .string("phase-out")), ("end_of_life", .day(Day("2027-06-30")!))])),
                ("cost", .map([("licence", .number(12500.5))])), ("users", .integer(0)),
                ("personal_data", .map([("categories", .list([.string("navn, adresse"), .string("-tlf")]))])),
                ("reviewed", .day(Day("2025-02-28")!)),
            ]),
            "\(Fixture.municipalityA)/datasets/fiendtlig.md": FrontMatterWriter.document([
                ("title", .string("+Tabell <script>")), ("description", .string("Første linje\nandre; tredje, fjerde")),
                ("themes", .list([.string("AGRI"), .string("GOVE")])), ("access_rights", .string("restricted")),
                ("keywords", .list([.string("a"), .string("b; c")])), ("personal_data", .bool(true)),
                ("temporal", .map([("start", .day(Day("2020-01-01")!))])),
            ]),
        ])
    }

    func catalogue(_ files: [String: String] = ExportTests.files, audience: Audience = .public) throws -> Catalogue {
        let result = Orden.check(.memory(files), options: BuildOptions(audience: audience))
        #expect(!result.hasErrors, "\(result.diagnostics.errors)")
        return try #require(result.catalogue)
    }

    func row(_ sheet: ExportedSheet, id: String) -> [String: SheetCell] {
        guard let row = sheet.rows.first(where: { $0.first == .text(id) }) else { return [:] }
        return Dictionary(zip(sheet.columns, row), uniquingKeysWith: { first, _ in first })
    }

    /// GDPR art. 30(1)(a): the record of processing activities names the controller and the DPO
    /// with their contact details; the DPO's name only in the internal export. The two columns are
    /// recognised, and not read, when the sheet is imported again.
    @Test func theProcessingExportNamesTheControllerAndTheDataProtectionOfficer() throws {
        let sheet = try SheetExport.sheet(try catalogue(), options: .init(kind: .processing, municipality: "3901"))
        #expect(Array(sheet.columns.prefix(4)) == ["ID", "Behandlingsansvarlig", "Personvernombud", "Behandling"])
        let activity = row(sheet, id: "arkivering")
        #expect(activity["Behandlingsansvarlig"] == .text("Horten kommune, org.nr. 974760673"))
        #expect(activity["Personvernombud"] == .text("pvo@horten.example"))
        let internalSheet = try SheetExport.sheet(try catalogue(audience: .internal), options: .init(kind: .processing, municipality: "3901"))
        #expect(row(internalSheet, id: "arkivering")["Personvernombud"] == .text("Personvernombud Testesen, pvo@horten.example"))
        let systems = try SheetExport.sheet(try catalogue(), options: .init(kind: .systems, municipality: "3901"))
        #expect(!systems.columns.contains("Personvernombud"))
        let columns = SheetColumns(header: sheet.columns, schema: SheetKind.processing.schema, mapping: SpreadsheetMapping(), path: "x.xlsx", headerRow: 1)
        #expect(columns.diagnostics.isEmpty, "\(columns.diagnostics)")
    }

    @Test func systemsCarryWhatTheyInheritAndNothingInternal() throws {
        let sheet = try SheetExport.sheet(try catalogue(), options: .init(kind: .systems, municipality: "3901"))
        #expect(sheet.name == "Systemer")
        #expect(Array(sheet.columns.prefix(4)) == ["ID", "Navn", "Produkt", "Leverandør"])
        #expect(!sheet.columns.contains("Kommune"))
        for column in ["Konfidensialitet", "Integritet", "Tilgjengelighet", "Siste risikovurdering", "Infrastruktur"] {
            #expect(!sheet.columns.contains(column))
        }
        let arkiv = row(sheet, id: "arkiv")
        #expect(arkiv["Navn"] == .text("Acme Arkiv"))
        #expect(arkiv["Produkt"] == .text("Acme Arkiv"))
        #expect(arkiv["Leverandør"] == .text("Acme Programvare AS"))
        #expect(arkiv["Drift"] == .text("Hybrid"))
        #expect(arkiv["Status"] == .text("I drift"))
        #expect(arkiv["I bruk fra"] == .date(Day("2020-01-01")!))
        #expect(arkiv["Lisenskostnad"] == .number(100000))
        #expect(arkiv["Tjenesteområder"] == .text("Arkiv"))
        #expect(!sheet.rows.contains { $0.first == .text("skjult") })
        let everything = String(decoding: SheetExport.csv(sheet), as: UTF8.self)
        #expect(!everything.contains("RACK-SECRET"))

        let inside = try SheetExport.sheet(try catalogue(audience: .internal), options: .init(kind: .systems, municipality: "3901", audience: .internal))
        #expect(row(inside, id: "arkiv")["Konfidensialitet"] == .number(3))
        #expect(row(inside, id: "arkiv")["Infrastruktur"] == .text("Server RACK-SECRET-17"))
    }

    @Test func everyMunicipalityGetsAKommuneColumn() throws {
        let sheet = try SheetExport.sheet(try catalogue(), options: .init(kind: .systems))
        #expect(Array(sheet.columns.prefix(3)) == ["ID", "Kommune", "Navn"])
        #expect(sheet.rows.map { $0[1] }.contains(.text("9901")))
        #expect(sheet.rows.map { "\($0[1].plain)/\($0[0].plain)" } == sheet.rows.map { "\($0[1].plain)/\($0[0].plain)" }.sorted())
        let missing = try #require(throws: Diagnostic.self) { try SheetExport.sheet(try catalogue(), options: .init(kind: .systems, municipality: "1234")) }
        #expect(missing.hint?.contains("3901, 9901") == true)
    }

    @Test func csvIsWhatNorwegianExcelOpensAndNeverAFormula() throws {
        let sheet = try SheetExport.sheet(try catalogue(), options: .init(kind: .systems, municipality: "3901"))
        let text = String(decoding: SheetExport.csv(sheet), as: UTF8.self)
        #expect(text.hasPrefix("\u{FEFF}ID;Navn;Produkt;"))
        #expect(text.hasSuffix("\r\n"))
        #expect(text.contains("'=HYPERLINK(\"\"http://evil.example\"\";\"\"klikk\"\") <b>fet</b>"))
        #expect(text.contains(";'@SUM(A1);"))
        #expect(text.contains("12500,5"))
        #expect(!text.contains(";=") && !text.contains(";@") && !text.contains(";+"))
    }

    @Test func xlsxIsTheSameBytesEveryTimeAndReadsBack() throws {
        let sheet = try SheetExport.sheet(try catalogue(), options: .init(kind: .systems))
        let first = try XLSXWriter.workbook(sheet)
        let second = try XLSXWriter.workbook(try SheetExport.sheet(try catalogue(), options: .init(kind: .systems)))
        #expect(first == second)
        let read = try XLSXReader.read(first, path: "systemer.xlsx")
        #expect(read.diagnostics.isEmpty)
        #expect(read.table.header == sheet.columns)
        #expect(read.table.rows.count == sheet.rows.count)
        for (written, readBack) in zip(sheet.rows, read.table.rows) {
            let expected = written.map(\.plain)
            #expect(readBack.cells + Array(repeating: "", count: max(0, expected.count - readBack.cells.count)) == expected)
        }
        let parts = XLSXWriter.parts(sheet).map(\.0)
        #expect(parts.contains("xl/styles.xml"))
        let worksheet = try #require(XLSXWriter.parts(sheet).first { $0.0 == "xl/worksheets/sheet1.xml" }?.1)
        #expect(worksheet.contains("state=\"frozen\""))
        #expect(worksheet.contains("<autoFilter ref=\"A1:"))
        #expect(worksheet.contains("&lt;b&gt;fet&lt;/b&gt;"))
        #expect(!worksheet.contains("<f>"))
    }

    @Test func theDefaultFileNameIsNorwegian() {
        #expect(SheetExport.defaultFileName(kind: .systems, municipality: "9901", extension: "xlsx") == "systemer-9901.xlsx")
        #expect(SheetExport.defaultFileName(kind: .processing, municipality: nil, extension: "csv") == "behandlinger.csv")
    }

    // MARK: Round trip

    /// Exports a kind, removes the municipality's records of that kind, imports the sheet, and
    /// exports again: the two sheets must hold the same values.
    func roundTrip(_ kind: SheetKind, xlsx: Bool) throws {
        let before = try SheetExport.sheet(try catalogue(), options: .init(kind: kind, municipality: "3901"))
        let data = xlsx ? try XLSXWriter.workbook(before) : SheetExport.csv(before)
        let folder = "\(Fixture.municipalityA)/\(kind.recordKind.folder)/"
        let stripped = Self.files.filter { !$0.key.hasPrefix(folder) }
        let read = try SpreadsheetReader.read(data, path: xlsx ? "ut.xlsx" : "ut.csv")
        let importer = SpreadsheetImporter(kind: kind, municipality: "3901", municipalityFolder: Fixture.municipalityA,
                                           known: KnownRecords.read(.memory(stripped), municipality: "3901"), path: "ut")
        let plan = importer.plan(read)
        #expect(plan.diagnostics.isEmpty, "\(kind): \(plan.diagnostics)")
        var files = stripped
        for file in plan.files { files[file.path] = file.text }
        let after = try SheetExport.sheet(try catalogue(files), options: .init(kind: kind, municipality: "3901"))
        #expect(after.columns == before.columns)
        #expect(after.rows.count == before.rows.count)
        for (a, b) in zip(before.rows, after.rows) {
            for (column, (x, y)) in zip(before.columns, zip(a, b)) {
                #expect(x == y, "\(kind) \(a[0].plain) \(column): \(x) became \(y)")
            }
        }
    }

    @Test(arguments: SheetKind.allCases) func exportThenImportGivesTheSameValuesThroughXLSX(kind: SheetKind) throws {
        try roundTrip(kind, xlsx: true)
    }

    @Test(arguments: SheetKind.allCases) func exportThenImportGivesTheSameValuesThroughCSV(kind: SheetKind) throws {
        try roundTrip(kind, xlsx: false)
    }

    @Test func theImporterReadsBackTheHostileSystemExactly() throws {
        let sheet = try SheetExport.sheet(try catalogue(), options: .init(kind: .systems, municipality: "3901"))
        for data in [try XLSXWriter.workbook(sheet), SheetExport.csv(sheet)] {
            let isZip = data.starts(with: [0x50, 0x4B])
            let read = try SpreadsheetReader.read(data, path: isZip ? "s.xlsx" : "s.csv")
            let stripped = Self.files.filter { !$0.key.hasPrefix("\(Fixture.municipalityA)/systems/") }
            let plan = SpreadsheetImporter(kind: .systems, municipality: "3901", municipalityFolder: Fixture.municipalityA,
                                           known: KnownRecords.read(.memory(stripped), municipality: "3901"), path: "s").plan(read)
            var files = stripped
            for file in plan.files { files[file.path] = file.text }
            let system = try #require(try catalogue(files).systems[LocalKey("3901", "fiendtlig")])
            #expect(system.name.value == Self.hostileName)
            #expect(system.fields.owner == "Sier \"hei\"\nny linje; med, skilletegn")
            #expect(system.fields.manager == "@SUM(A1)")
            #expect(system.fields.personalData?.categories == ["navn, adresse", "-tlf"])
            #expect(system.fields.cost?.licence?.kroner == 12500.5)
        }
    }
}
