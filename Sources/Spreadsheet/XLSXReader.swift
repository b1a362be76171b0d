import Foundation
import Basics

/// Reads the first sheet of an XLSX workbook (or the one named by `--sheet`) into a table.
/// Only the cells' values are read: formulas give their last computed value, formatting is
/// ignored except to tell a date from a number.
package enum XLSXReader {
    package static func read(_ data: Data, path: String, sheet wanted: String? = nil) throws -> SpreadsheetRead {
        let package = try XLSXPackage(data, path: path)
        guard let workbookData = try package.read("xl/workbook.xml") else {
            throw XLSXPackage.problem(path, "\(path) is a zip archive but not an Excel workbook (it has no xl/workbook.xml)",
                                      hint: "save the spreadsheet as Excel workbook (.xlsx); OpenDocument (.ods) files are not read")
        }
        let workbook = WorkbookHandler()
        try workbook.parse(workbookData, part: "xl/workbook.xml", workbook: path)
        let relationships = RelationshipsHandler()
        if let data = try package.read("xl/_rels/workbook.xml.rels") {
            try relationships.parse(data, part: "xl/_rels/workbook.xml.rels", workbook: path)
        }
        let sheetPart = try part(of: try chooseSheet(workbook.sheets, wanted: wanted, path: path), relationships: relationships.relationships, package: package)
        let context = SheetHandler.Context(
            sharedStrings: try sharedStrings(package, relationships: relationships.relationships),
            dateStyles: try dateStyles(package, relationships: relationships.relationships),
            uses1904: workbook.uses1904, path: path)
        guard let sheetData = try package.read(sheetPart) else {
            throw XLSXPackage.problem(path, "\(path) names the sheet part \(sheetPart), which is missing", hint: "the workbook is damaged; open it in Excel or LibreOffice and save it again")
        }
        let handler = SheetHandler(context)
        try handler.parse(sheetData, part: sheetPart, workbook: path)
        return SpreadsheetRead(table: SpreadsheetTable(rows: handler.rows), diagnostics: handler.diagnostics)
    }

    static func chooseSheet(_ sheets: [WorkbookHandler.Sheet], wanted: String?, path: String) throws -> WorkbookHandler.Sheet {
        guard let first = sheets.first else {
            throw XLSXPackage.problem(path, "\(path) has no sheets", hint: "add the inventory as the first sheet")
        }
        guard let wanted else { return first }
        if let sheet = sheets.first(where: { $0.name == wanted }) ?? sheets.first(where: { $0.name.lowercased() == wanted.lowercased() }) {
            return sheet
        }
        let names = sheets.map { "\"\($0.name)\"" }.joined(separator: ", ")
        throw Diagnostic.error("\(path) has no sheet named \"\(wanted)\"", at: SourceLocation(path: "--sheet"), hint: "the workbook's sheets are \(names)")
    }

    static func part(of sheet: WorkbookHandler.Sheet, relationships: [RelationshipsHandler.Relationship], package: XLSXPackage) throws -> String {
        if let target = relationships.first(where: { $0.id == sheet.relationship })?.target {
            return XLSXPackage.resolve(target, from: "xl")
        }
        // Workbooks written without relationships still put the first sheet here.
        if package.contains("xl/worksheets/sheet1.xml") { return "xl/worksheets/sheet1.xml" }
        throw XLSXPackage.problem(package.path, "\(package.path) does not say where the sheet \"\(sheet.name)\" is", hint: "the workbook is damaged; open it in Excel or LibreOffice and save it again")
    }

    static func optionalPart(_ type: String, fallback: String, relationships: [RelationshipsHandler.Relationship]) -> String {
        relationships.first { $0.type.hasSuffix("/" + type) }.map { XLSXPackage.resolve($0.target, from: "xl") } ?? fallback
    }

    static func sharedStrings(_ package: XLSXPackage, relationships: [RelationshipsHandler.Relationship]) throws -> [String] {
        let part = optionalPart("sharedStrings", fallback: "xl/sharedStrings.xml", relationships: relationships)
        guard let data = try package.read(part) else { return [] }
        let handler = SharedStringsHandler()
        try handler.parse(data, part: part, workbook: package.path)
        return handler.strings
    }

    static func dateStyles(_ package: XLSXPackage, relationships: [RelationshipsHandler.Relationship]) throws -> Set<Int> {
        let part = optionalPart("styles", fallback: "xl/styles.xml", relationships: relationships)
        guard let data = try package.read(part) else { return [] }
        let handler = StylesHandler()
        try handler.parse(data, part: part, workbook: package.path)
        return handler.dateStyles
    }
}
