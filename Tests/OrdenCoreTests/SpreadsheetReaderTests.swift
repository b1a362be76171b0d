import Foundation
import Testing
import ZIPFoundation
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

@Suite struct SpreadsheetReaderTests {
    // MARK: XLSX

    @Test func readsSharedInlineDateNumberAndGaps() throws {
        let strings = [
            WorkbookFixture.si("Navn"), WorkbookFixture.si("Status"),
            // Rich text in runs, with a phonetic hint that is not part of the text.
            "<si><r><rPr><b/></rPr><t>Sak</t></r><r><t xml:space=\"preserve\"> og arkiv</t></r><rPh sb=\"0\" eb=\"1\"><t>X</t></rPh></si>",
            WorkbookFixture.si("I drift"),
        ]
        let rows = """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="inlineStr"><is><t>Dato</t></is></c>\
            <c r="E1" t="str"><f>"Kost"&amp;"nad"</f><v>Kostnad</v></c><c r="F1" t="inlineStr"><is><t>Annen dato</t></is></c></row>
            <row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3" t="s"><v>3</v></c><c r="D3" s="1"><v>45383</v></c>\
            <c r="E3" s="3"><v>150000</v></c><c r="F3" s="2"><v>45384.75</v></c></row>
            <row r="4"><c r="A4" t="inlineStr"><is><r><t>Inline </t></r><r><t>rik</t></r></is></c><c r="B4" t="b"><v>1</v></c>\
            <c r="E4"><v>1.5</v></c><c r="F4" t="e"><v>#DIV/0!</v></c></row>
            """
        let data = try WorkbookFixture.workbook(sheets: [("Systemer", rows)], sharedStrings: strings)
        let read = try XLSXReader.read(data, path: "inventar.xlsx")
        #expect(read.table.header == ["Navn", "Status", "", "Dato", "Kostnad", "Annen dato"])
        #expect(read.table.headerRow == 1)
        #expect(read.table.rows.map(\.number) == [3, 4])
        #expect(read.table.rows[0].cells == ["Sak og arkiv", "I drift", "", "2024-04-01", "150000", "2024-04-02"])
        #expect(read.table.rows[1].cells == ["Inline rik", "true", "", "", "1.5"])
        let error = try #require(read.diagnostics.first)
        #expect(error.message.contains("F4") && error.message.contains("#DIV/0!"))
        #expect(error.location == SourceLocation(path: "inventar.xlsx", line: 4, column: 6))
    }

    @Test func cellsWithoutReferencesFollowThePreviousOne() throws {
        let rows = "<row><c t=\"inlineStr\"><is><t>A</t></is></c><c t=\"inlineStr\"><is><t>B</t></is></c></row><row><c><v>1</v></c><c r=\"C2\"><v>3</v></c></row>"
        let read = try XLSXReader.read(try WorkbookFixture.workbook(sheets: [("Ark1", rows)]), path: "x.xlsx")
        #expect(read.table.header == ["A", "B"])
        #expect(read.table.rows == [SpreadsheetRow(number: 2, cells: ["1", "", "3"])])
    }

    @Test func picksTheNamedSheetOrSaysWhichThereAre() throws {
        let first = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Første</t></is></c></row>"
        let second = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Andre</t></is></c></row>"
        let data = try WorkbookFixture.workbook(sheets: [("Forside", first), ("Systemer", second)])
        #expect(try XLSXReader.read(data, path: "x.xlsx").table.header == ["Første"])
        #expect(try XLSXReader.read(data, path: "x.xlsx", sheet: "systemer").table.header == ["Andre"])
        let error = try #require(throws: Diagnostic.self) { try XLSXReader.read(data, path: "x.xlsx", sheet: "Avtaler") }
        #expect(error.message.contains("no sheet named \"Avtaler\""))
        #expect(error.hint?.contains("\"Forside\", \"Systemer\"") == true)
    }

    @Test func datesOfThe1904SystemAndOfOldSerials() throws {
        let rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Dato</t></is></c></row><row r=\"2\"><c r=\"A2\" s=\"1\"><v>0</v></c></row>"
        let read = try XLSXReader.read(try WorkbookFixture.workbook(sheets: [("A", rows)], date1904: true), path: "x.xlsx")
        #expect(read.table.rows.first?.cells == ["1904-01-01"])
        #expect(ExcelDate.day(serial: 1, uses1904: false)?.description == "1900-01-01")
        #expect(ExcelDate.day(serial: 61, uses1904: false)?.description == "1900-03-01")
        #expect(ExcelDate.day(serial: 45383, uses1904: false)?.description == "2024-04-01")
        #expect(ExcelDate.day(serial: -1, uses1904: false) == nil)
        for text in ["1900-01-01", "1900-02-28", "1900-03-01", "2024-02-29", "2099-12-31"] {
            let day = try #require(Day(text))
            #expect(ExcelDate.day(serial: Double(ExcelDate.serial(of: day)), uses1904: false) == day)
        }
    }

    @Test func tellsDateFormatsFromOthers() {
        #expect(ExcelDate.isDateFormat(id: 14, code: nil))
        #expect(ExcelDate.isDateFormat(id: 22, code: nil))
        #expect(!ExcelDate.isDateFormat(id: 3, code: nil))
        #expect(ExcelDate.isDateFormat(id: 164, code: "dd\\.mm\\.yyyy;@"))
        #expect(ExcelDate.isDateFormat(id: 170, code: "[$-414]d\\. mmmm yyyy"))
        #expect(!ExcelDate.isDateFormat(id: 165, code: "#,##0\\ \"kr\""))
        #expect(!ExcelDate.isDateFormat(id: 166, code: "[Red]0.00"))
        #expect(!ExcelDate.isDateFormat(id: 167, code: "h:mm:ss"))
        #expect(!ExcelDate.isDateFormat(id: 168, code: "\"dager\" 0"))
    }

    @Test func parsesCellReferences() {
        #expect(CellReference.parse("A1")?.column == 0)
        #expect(CellReference.parse("AA12")?.column == 26)
        #expect(CellReference.parse("AA12")?.row == 12)
        #expect(CellReference.parse("$B$3")?.column == 1)
        #expect(CellReference.parse("XFD1")?.column == 16_383)
        #expect(CellReference.parse("XFE1") == nil)
        #expect(CellReference.parse("A0") == nil)
        #expect(CellReference.parse("1A") == nil)
        #expect(CellReference.parse("AAAA1") == nil)
        #expect(SpreadsheetReader.columnName(0) == "A")
        #expect(SpreadsheetReader.columnName(27) == "AB")
    }

    @Test func excelTextEscapesRoundTrip() {
        for text in ["a_x0041_b", "tab\tny\nlinje\r", "\u{1}\u{7}", "<b>&\"'", "_x", "_x005F_", "ærlig ø å"] {
            let xml = ExcelText.xml(text)
            #expect(ExcelText.unescape(xml.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
                .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#13;", with: "\r")) == text)
        }
    }

    // MARK: Malformed workbooks

    @Test func refusesWhatIsNotAWorkbook() throws {
        let cases: [(Data, String)] = [
            (Data(), "is empty"),
            (Data("Navn;Eier\nArkiv;IT\n".utf8), "not a zip archive"),
            (Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]), ".xls"),
            (Data([0x50, 0x4B, 0x03, 0x04, 0x00]), "not a zip archive"),
            (try WorkbookFixture.zip([("mimetype", "application/vnd.oasis.opendocument.spreadsheet")]), "no xl/workbook.xml"),
            (try WorkbookFixture.zip([("xl/workbook.xml", "<workbook><sheets>")]), "not well-formed XML"),
            (try WorkbookFixture.zip([("xl/workbook.xml", "<workbook xmlns=\"\(WorkbookFixture.main)\"><sheets/></workbook>")]), "has no sheets"),
            (try WorkbookFixture.workbook(sheets: [("A", "<row><c><v>1</v></row>")]), "not well-formed XML"),
        ]
        for (data, expected) in cases {
            let error = try #require(throws: Diagnostic.self) { try SpreadsheetReader.read(data, path: "bad.xlsx") }
            #expect(error.message.contains(expected), "\(error.message)")
            #expect(error.severity == .error)
            #expect(error.hint != nil)
        }
    }

    @Test func aSheetPartThatIsMissingIsAnError() throws {
        let data = try WorkbookFixture.zip([
            ("xl/workbook.xml", "<workbook xmlns=\"\(WorkbookFixture.main)\" xmlns:r=\"\(WorkbookFixture.relationships)\"><sheets><sheet name=\"A\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", "<Relationships><Relationship Id=\"rId1\" Type=\"x/worksheet\" Target=\"worksheets/borte.xml\"/></Relationships>"),
        ])
        let error = try #require(throws: Diagnostic.self) { try XLSXReader.read(data, path: "x.xlsx") }
        #expect(error.message.contains("xl/worksheets/borte.xml"))
    }

    @Test func hostileXMLIsReadAsText() throws {
        // An entity that points outside the file must not be expanded, and markup in a string is text.
        let rows = """
            <row r="1"><c r="A1" t="inlineStr"><is><t>Navn</t></is></c></row>\
            <row r="2"><c r="A2" t="inlineStr"><is><t>&lt;b&gt;fet&lt;/b&gt; =HYPERLINK("http://x")</t></is></c></row>
            """
        let read = try XLSXReader.read(try WorkbookFixture.workbook(sheets: [("A", rows)]), path: "x.xlsx")
        #expect(read.table.rows.first?.cells == ["<b>fet</b> =HYPERLINK(\"http://x\")"])
        let external = try WorkbookFixture.zip([
            ("xl/workbook.xml", "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><workbook xmlns=\"\(WorkbookFixture.main)\"><sheets><sheet name=\"&x;\"/></sheets></workbook>"),
        ])
        do {
            _ = try XLSXReader.read(external, path: "x.xlsx")
        } catch let diagnostic as Diagnostic {
            #expect(!diagnostic.message.contains("root:"))
        }
    }

    @Test func aRefusedExtensionSaysWhatToDo() throws {
        let error = try #require(throws: Diagnostic.self) { try SpreadsheetReader.read(Data("x".utf8), path: "liste.ods") }
        #expect(error.hint?.contains(".xlsx") == true)
        let sheet = try #require(throws: Diagnostic.self) { try SpreadsheetReader.read(Data("a;b\n".utf8), path: "liste.csv", sheet: "Ark1") }
        #expect(sheet.location.path == "--sheet")
    }

    // MARK: CSV

    @Test func readsSemicolonsWithQuotedSeparatorsQuotesAndLineBreaks() throws {
        let text = "\u{FEFF}Navn;Beskrivelse;Kostnad\r\n\"Arkiv; sak\";\"Sier \"\"hei\"\"\r\nog ha det\";\"150 000,50\"\r\n\r\nØkonomi;;12\r\n"
        let read = try Spreadsheet.CSVReader.read(Data(text.utf8), path: "a.csv")
        #expect(read.diagnostics.isEmpty)
        #expect(read.table.header == ["Navn", "Beskrivelse", "Kostnad"])
        #expect(read.table.rows[0] == SpreadsheetRow(number: 2, cells: ["Arkiv; sak", "Sier \"hei\"\nog ha det", "150 000,50"]))
        #expect(read.table.rows[1].isEmpty)
        #expect(read.table.rows[2] == SpreadsheetRow(number: 4, cells: ["Økonomi", "", "12"]))
    }

    @Test func readsCommasWhenTheHeaderHasThem() throws {
        let read = try Spreadsheet.CSVReader.read(Data("Name,Owner,Notes\nArchive,IT,\"a, b; c\"\nLast,HR,x".utf8), path: "a.csv")
        #expect(read.table.header == ["Name", "Owner", "Notes"])
        #expect(read.table.rows.map(\.cells) == [["Archive", "IT", "a, b; c"], ["Last", "HR", "x"]])
        #expect(Spreadsheet.CSVReader.detectSeparator("\"a;b\",c,d\n") == ",")
        #expect(Spreadsheet.CSVReader.detectSeparator("a;b,c\n") == ";")
        #expect(Spreadsheet.CSVReader.detectSeparator("a\tb\tc\n") == "\t")
    }

    @Test func readsWindows1252WithAWarning() throws {
        // "Navn;Eier\nBarnehage;Økonomi – sjef €" in Windows-1252.
        var bytes = Array("Navn;Eier\nBarnehage;".utf8)
        bytes += [0xD8] + Array("konomi ".utf8) + [0x96] + Array(" sjef ".utf8) + [0x80, 0x0A]
        let read = try Spreadsheet.CSVReader.read(Data(bytes), path: "gammel.csv")
        #expect(read.table.rows.first?.cells == ["Barnehage", "Økonomi – sjef €"])
        let warning = try #require(read.diagnostics.first)
        #expect(warning.severity == .warning && warning.message.contains("Windows-1252"))
    }

    @Test func readsUTF16WithAByteOrderMark() throws {
        var data = Data([0xFF, 0xFE])
        data += try #require("Navn;Eier\nÆrlig;Å".data(using: .utf16LittleEndian))
        let read = try Spreadsheet.CSVReader.read(data, path: "a.csv")
        #expect(read.table.header == ["Navn", "Eier"])
        #expect(read.table.rows.first?.cells == ["Ærlig", "Å"])
    }

    @Test func refusesBrokenCSV() throws {
        let unterminated = try #require(throws: Diagnostic.self) { try Spreadsheet.CSVReader.read(Data("Navn;Eier\n\"Arkiv;IT\nNeste;HR\n".utf8), path: "a.csv") }
        #expect(unterminated.message.contains("row 2"))
        #expect(unterminated.location.line == 2)
        let empty = try #require(throws: Diagnostic.self) { try Spreadsheet.CSVReader.read(Data(), path: "a.csv") }
        #expect(empty.message.contains("empty"))
        let blank = try #require(throws: Diagnostic.self) { try Spreadsheet.CSVReader.read(Data("\r\n;;\r\n".utf8), path: "a.csv") }
        #expect(blank.message.contains("no header row"))
    }
}
