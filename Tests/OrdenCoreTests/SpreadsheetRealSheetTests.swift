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

/// Sheets as municipalities keep them, not as Orden exports them: a title banner above the
/// header, a total row, yes/no answers, service areas with commas in their names, vendors the
/// catalogue does not have yet, and their own words for cost and remarks.
@Suite struct SpreadsheetRealSheetTests {
    static let municipality = "3901"

    static let files = Fixture.with([
        "content/catalogue/service-areas/plan-bygg-og-geodata.md": "---\nname: Plan, bygg og geodata\n---\n",
        "content/catalogue/service-areas/oppvekst.md": "---\nname: Oppvekst\n---\n",
    ])

    func plan(_ csv: String, headerRow: Int? = nil, createMissing: Bool = false, files: [String: String] = Self.files) throws -> ImportPlan {
        let read = try Spreadsheet.CSVReader.read(Data(csv.utf8), path: "ark.csv")
        return importer(files: files, headerRow: headerRow, createMissing: createMissing).plan(read)
    }

    func importer(files: [String: String] = Self.files, path: String = "ark.csv", headerRow: Int? = nil, createMissing: Bool = false) -> SpreadsheetImporter {
        SpreadsheetImporter(kind: .systems, municipality: Self.municipality, municipalityFolder: Fixture.municipalityA,
                            known: KnownRecords.read(.memory(files), municipality: Self.municipality), path: path,
                            headerRow: headerRow, createMissing: createMissing)
    }

    func text(_ plan: ImportPlan, _ id: String) -> String {
        plan.files.first { $0.path == "\(Fixture.municipalityA)/systems/\(id).md" }?.text ?? ""
    }

    func checked(_ plan: ImportPlan, files: [String: String] = Self.files) -> Orden.CheckResult {
        var all = files
        for file in plan.files { all[file.path] = file.text }
        return Orden.check(.memory(all))
    }

    // MARK: Title rows

    @Test func aTitleRowAboveTheHeaderIsSkippedAndTheHeaderRowNamed() throws {
        let planned = try plan("Systemoversikt Horten kommune per 01.03.2025;;\n;;\nNavn;Systemeier;Status\nPost;IT;I drift\n")
        #expect(!planned.diagnostics.hasErrors, "\(planned.diagnostics)")
        #expect(planned.files.map(\.path) == ["\(Fixture.municipalityA)/systems/post.md"])
        let note = try #require(planned.diagnostics.first { $0.message.contains("header row") })
        #expect(note.location == SourceLocation(path: "ark.csv", line: 3, column: 1))
        #expect(note.message.contains("row 3 is read as the header row; row 1 above it (\"Systemoversikt Horten kommune per 01.03.2025\")"))
        #expect(note.hint?.contains("--header-row") == true)
    }

    @Test func aTitleLineWithoutSeparatorsDoesNotHideTheCSVSeparator() throws {
        let planned = try plan("Systemoversikt per 01.03.2025\nNavn;Systemeier;Status\nPost;IT;I drift\n")
        #expect(planned.files.count == 1, "\(planned.diagnostics)")
        #expect(text(planned, "post").contains("owner: IT"))
    }

    @Test func theHeaderRowCanBeGiven() throws {
        // Row 2 names more known columns, but the editor says row 1 is the header.
        let given = try plan("Navn;Merknad\nStatus;Systemeier;Navn\nPost;x\n", headerRow: 1)
        #expect(given.files.count == 2)
        #expect(!given.diagnostics.contains { $0.message.contains("header row") })
        let outside = try plan("Navn;Status\nPost;I drift\n", headerRow: 9)
        #expect(outside.files.isEmpty)
        #expect(outside.diagnostics.contains { $0.severity == .error && $0.message.contains("--header-row 9 is below the last row (2)") })
    }

    @Test func aSheetWhoseHeaderIsNotFoundSaysWhichRowWasTried() throws {
        let planned = try plan("Oversikt;;\nA;B;C\nPost;IT;I drift\n")
        let error = try #require(planned.diagnostics.first { $0.severity == .error })
        #expect(error.message.contains("in row 1, read as the header row (no row among the first 10 names more known columns)"))
        #expect(error.hint?.contains("--header-row") == true)
    }

    // MARK: Total rows

    @Test func aTotalRowIsSkippedWithItsReason() throws {
        let planned = try plan("Navn;Systemeier;Status;Kostnad per år\nPost;IT;I drift;1000\nArkiv 2;IT;I drift;2000\nSum totalt;;;3000\nTotalt:;;;3000\n")
        #expect(planned.files.count == 2)
        #expect(!planned.files.contains { $0.path.contains("sum") || $0.path.contains("totalt") })
        let skipped = planned.diagnostics.filter { $0.message.contains("total row") }
        #expect(skipped.map(\.location.line) == [4, 5])
        #expect(skipped.first?.message.contains("its first cell \"Sum totalt\" names a total") == true)
        // A product whose name starts with "Total" is not a total.
        #expect(SheetLayout.totalReason(SpreadsheetRow(number: 2, cells: ["Total Commander", "IT"])) == nil)
    }

    @Test func formulasThatSumAColumnMakeATotalRow() {
        let row = SpreadsheetRow(number: 9, cells: ["", "", "3000"], formulas: [2: "SUM(C3:C8)"])
        #expect(SheetLayout.totalReason(row) == "its cell C9 sums the column (=SUM(C3:C8))")
        #expect(SheetLayout.isTotal(formula: "_xlfn.AGGREGATE(9,4,F4:F20)", row: 21))
        #expect(SheetLayout.isTotal(formula: "SUBTOTAL(109,$F$4:$F$20)", row: 22))
        #expect(!SheetLayout.isTotal(formula: "F4*12", row: 4))
        #expect(!SheetLayout.isTotal(formula: "VLOOKUP(A4,Leverandører!A:B,2,FALSE)", row: 4))
        // A row's own costs added up (licence + operations) is a record, not a total.
        #expect(!SheetLayout.isTotal(formula: "SUM(D4:F4)", row: 4))
        #expect(SheetLayout.totalReason(SpreadsheetRow(number: 4, cells: ["Post", "100", "200", "300"], formulas: [3: "SUM(B4:C4)"])) == nil)
    }

    @Test func theXLSXReaderKeepsFormulasSharedOnesToo() throws {
        let rows = """
            <row r="1"><c r="A1" t="inlineStr"><is><t>Navn</t></is></c><c r="B1" t="inlineStr"><is><t>Lisenskostnad</t></is></c>\
            <c r="C1" t="inlineStr"><is><t>Driftskostnad</t></is></c><c r="D1" t="inlineStr"><is><t>Systemeier</t></is></c></row>
            <row r="2"><c r="A2" t="inlineStr"><is><t>Post</t></is></c><c r="B2"><v>100</v></c><c r="C2"><v>50</v></c>\
            <c r="D2" t="inlineStr"><is><t>IT</t></is></c></row>
            <row r="3"><c r="A3" t="inlineStr"><is><t>Sak</t></is></c><c r="B3"><v>200</v></c><c r="C3"><v>70</v></c>\
            <c r="D3" t="inlineStr"><is><t>IT</t></is></c></row>
            <row r="4"><c r="B4"><f t="shared" ref="B4:C4" si="0">SUM(B2:B3)</f><v>300</v></c><c r="C4"><f t="shared" si="0"/><v>120</v></c></row>
            """
        let data = try WorkbookFixture.workbook(sheets: [(name: "Systemer", rows: rows)])
        let read = try XLSXReader.read(data, path: "ark.xlsx")
        #expect(read.table.rows.last?.formulas == [1: "SUM(B2:B3)", 2: "SUM(B2:B3)"])
        let planned = importer(path: "ark.xlsx").plan(read)
        #expect(planned.files.count == 2)
        #expect(planned.diagnostics.map(\.message) == ["row 4 is a total row and was skipped: its cell B4 sums the column (=SUM(B2:B3))"])
    }

    // MARK: Yes and no

    @Test func personalDataAnsweredNoIsNoCategory() throws {
        let planned = try plan("Navn;Systemeier;Status;Personopplysninger;Særlige kategorier\nPost;IT;I drift;Nei;Nei\nBad;IT;I drift;NEI.;Ingen\n")
        #expect(planned.diagnostics.isEmpty, "\(planned.diagnostics)")
        #expect(!text(planned, "post").contains("personal_data"))
        #expect(!text(planned, "bad").contains("personal_data"))
        let checked = checked(planned)
        let figures = Figures(catalogue: try #require(checked.catalogue), scope: .municipality("3901"))
        #expect(!figures.personalDataWithoutAgreement.contains(LocalKey("3901", "post")))
    }

    @Test func noPersonalDataForAProductThatListsSomeIsPointedOut() throws {
        let planned = try plan("Navn;Produkt;Systemeier;Status;Personopplysninger\nSak;Acme Arkiv;IT;I drift;Nei\n")
        let warning = try #require(planned.diagnostics.first)
        #expect(warning.message == "row 2, column E (\"Personopplysninger\"): says no personal data, but the product acme-arkiv lists navn, adresse, which the system inherits")
    }

    @Test func personalDataAnsweredYesAsksForTheCategoriesAndInventsNone() throws {
        let planned = try plan("Navn;Systemeier;Status;Personopplysninger\nPost;IT;I drift;Ja\nSak;IT;I drift;x\nArkiv 2;IT;I drift;Ja: navn, adresse\nLønn;IT;I drift;n/a\n")
        let post = text(planned, "post")
        #expect(!post.contains("- Ja"))
        // A FYLL UT mark: orden check refuses the record until the categories are written, so no
        // report counts the system as holding no personal data.
        #expect(post.contains("personal_data:\n  categories:\n  - \"FYLL UT: kategoriene av personopplysninger (arket svarer «Ja»)\"\n"), "\(post)")
        #expect(text(planned, "sak").contains("FYLL UT: kategoriene av personopplysninger (arket svarer «x»)"))
        let unfilled = checked(planned).diagnostics.errors.filter { $0.message == "personal_data.categories is not filled in yet" }
        #expect(unfilled.count == 2, "\(unfilled)")
        #expect(text(planned, "arkiv-2").contains("personal_data:\n  categories:\n  - navn\n  - adresse\n"))
        #expect(!text(planned, "lonn").contains("personal_data"))
        let warnings = planned.diagnostics.filter { $0.message.contains("names no personopplysninger") }
        #expect(warnings.map(\.location.line) == [2, 3])
        #expect(warnings.first?.location.column == 4)
        #expect(warnings.first?.hint?.contains("GDPR art. 30(1)(c)") == true)
        #expect(planned.diagnostics.contains { $0.location.line == 5 && $0.message.hasSuffix("\"n/a\" does not say whether there is personal data; the value was left out") })
    }

    @Test func yesNoColumnsReadTheUsualAnswers() {
        let reader = SheetCellReader(known: KnownRecords(), replacements: [:])
        let field = SheetField("dpia.required", "DPIA", [], .bool)
        for (text, value) in [("JA", true), ("Ja.", true), ("x", true), ("Yes", true), ("nei", false), ("No", false)] {
            #expect(reader.read(text, as: field).value == .bool(value), "\(text)")
        }
        let unanswered = reader.read("n/a", as: field)
        #expect(unanswered.value == nil)
        #expect(unanswered.problems.first?.message == "\"n/a\" does not say yes or no")
    }

    // MARK: Service areas and missing catalogue records

    @Test func serviceAreaNamesWithCommasAreMatchedWhole() throws {
        let planned = try plan("Navn;Systemeier;Status;Tjenesteområde\nKart;IT;I drift;Plan, bygg og geodata, Oppvekst\nGis;IT;I drift;\"Plan, bygg og geodata\"\n")
        #expect(planned.diagnostics.isEmpty, "\(planned.diagnostics)")
        #expect(text(planned, "kart").contains("service_areas:\n- plan-bygg-og-geodata\n- oppvekst\n"))
        #expect(text(planned, "gis").contains("service_areas:\n- plan-bygg-og-geodata\n"))
        // Not in the catalogue: the lower-case piece continues the name, and one area is missing.
        let unknown = try plan("Navn;Systemeier;Status;Tjenesteområde\nHelse;IT;I drift;Helse, omsorg og velferd, Oppvekst\n")
        #expect(text(unknown, "helse").contains("service_areas:\n- helse-omsorg-og-velferd\n- oppvekst\n"))
        // "Oppvekst" is known, "idrett og fritid" is not: it continues the name before it.
        let continued = try plan("Navn;Systemeier;Status;Tjenesteområde\nKultur;IT;I drift;Arkiv, Oppvekst, idrett og fritid\n")
        #expect(text(continued, "kultur").contains("service_areas:\n- arkiv\n- oppvekst-idrett-og-fritid\n"))
    }

    static let missing = "Navn;Systemeier;Status;Leverandør;Tjenesteområde\nPost;IT;I drift;Visma AS;Helse og omsorg\nSak;IT;I drift;VISMA AS;Arkiv\n"

    @Test func missingCatalogueRecordsAreListedWithTheFlagThatWritesThem() throws {
        let planned = try plan(Self.missing)
        #expect(planned.files.count == 2)
        let summary = try #require(planned.diagnostics.first { $0.message.contains("catalogue records the sheet names do not exist") })
        #expect(summary.message.contains("vendor \"Visma AS\" → content/catalogue/vendors/visma-as.md (rows 2, 3)"))
        #expect(summary.message.contains("service area \"Helse og omsorg\" → content/catalogue/service-areas/helse-og-omsorg.md (row 2)"))
        #expect(summary.location == SourceLocation(path: "ark.csv", line: 2, column: 4))
        #expect(summary.hint?.contains("--create-missing") == true)
    }

    @Test func createMissingWritesMinimalCatalogueRecords() throws {
        let planned = try plan(Self.missing, createMissing: true)
        #expect(planned.files.map(\.path).sorted() == [
            "\(Fixture.municipalityA)/systems/post.md", "\(Fixture.municipalityA)/systems/sak.md",
            "content/catalogue/service-areas/helse-og-omsorg.md", "content/catalogue/vendors/visma-as.md",
        ].sorted())
        let vendor = try #require(planned.files.first { $0.path.hasSuffix("visma-as.md") })
        #expect(vendor.text == "---\nname: Visma AS\n# created by orden import spreadsheet: named in ark.csv, row 2\n---\n")
        #expect(text(planned, "sak").contains("vendor: visma-as"))
        #expect(!planned.diagnostics.contains { $0.message.contains("which must exist") })
        #expect(planned.diagnostics.contains { $0.message.contains("2 catalogue records the sheet names did not exist and are written with only a name") })
        let checked = checked(planned)
        #expect(!checked.diagnostics.hasErrors, "\(checked.diagnostics)")
    }

    // MARK: Common columns

    @Test func costAndRemarkColumnsAreRecognised() throws {
        let planned = try plan("Navn;Systemeier;Status;Kostnad per år;Merknad\nPost;IT;I drift;kr 120 000,-;Brukes av **alle** enheter.\n")
        #expect(planned.diagnostics.isEmpty, "\(planned.diagnostics)")
        let post = text(planned, "post")
        #expect(post.contains("cost:\n  other: 120000\n"))
        #expect(post.hasSuffix("---\n\nBrukes av **alle** enheter.\n"))
        for header in ["Årlig kostnad", "Kostnad", "Kommentar", "Beskrivelse"] {
            let one = try plan("Navn;\(header)\nPost;1\n")
            #expect(!one.diagnostics.contains { $0.message.contains("not recognised") }, "\(header)")
        }
    }
}
