import Foundation
import Testing
import ZIPFoundation
@testable import Basics
@testable import OrdenAuthoring
@testable import OrdenBuild
@testable import OrdenCatalogue
@testable import OrdenModel
@testable import OrdenSite
@testable import RDF

/// Builds XLSX workbooks part by part in memory, the way Excel and LibreOffice lay them out,
/// so that tests control every shared string, style and cell reference.
enum WorkbookFixture {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func zip(_ parts: [(String, String)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        return try #require(archive.data)
    }

    /// A workbook whose sheets are given as `<sheetData>` contents, with shared strings and styles.
    static func workbook(sheets: [(name: String, rows: String)], sharedStrings: [String] = [], styles: String? = nil, date1904: Bool = false) throws -> Data {
        let sheetList = sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(sheet.name)\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }.joined()
        let sheetRelationships = sheets.indices.map { index in
            "<Relationship Id=\"rId\(index + 1)\" Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }.joined()
        var parts: [(String, String)] = [
            ("xl/workbook.xml", "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\">" + (date1904 ? "<workbookPr date1904=\"1\"/>" : "") + "<sheets>\(sheetList)</sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(sheetRelationships)"
                + "<Relationship Id=\"rIdS\" Type=\"\(relationships)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + "<Relationship Id=\"rIdT\" Type=\"\(relationships)/styles\" Target=\"/xl/styles.xml\"/></Relationships>"),
            ("xl/sharedStrings.xml", "<sst xmlns=\"\(main)\">" + sharedStrings.joined() + "</sst>"),
            ("xl/styles.xml", styles ?? defaultStyles),
        ]
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", "<worksheet xmlns=\"\(main)\"><sheetData>\(sheet.rows)</sheetData></worksheet>"))
        }
        return try zip(parts)
    }

    /// Style 0 plain, 1 the built-in date format 14, 2 a custom dd.mm.yyyy, 3 a custom number format.
    static let defaultStyles = """
        <styleSheet xmlns="\(main)"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy;@"/>\
        <numFmt numFmtId="165" formatCode="#,##0\\ &quot;kr&quot;"/></numFmts>\
        <cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>\
        <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>
        """

    /// Shared strings for `<si>`: plain text.
    static func si(_ text: String) -> String { "<si><t xml:space=\"preserve\">\(text)</t></si>" }
}
