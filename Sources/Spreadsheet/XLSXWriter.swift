import Foundation
import ZIPFoundation
import Basics

/// Writes a sheet as an XLSX workbook by hand (SpreadsheetML): inline strings, a bold and frozen
/// header row with an auto-filter, column widths, and dates as real dates. The same sheet always
/// gives the same bytes: parts in a fixed order with a fixed time stamp.
package enum XLSXWriter {
    /// 1980-01-01 00:00 UTC, the earliest time a zip entry can carry.
    static let timestamp = Date(timeIntervalSince1970: 315_532_800)

    enum Style: Int {
        case plain = 0, header, date, wrapped
    }

    package static func workbook(_ sheet: ExportedSheet) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts(sheet) {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: timestamp,
                                 permissions: 0o644, compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        guard let data = archive.data else {
            throw Diagnostic.error("the workbook could not be assembled in memory", at: SourceLocation(path: sheet.name))
        }
        return data
    }

    static func parts(_ sheet: ExportedSheet) -> [(String, String)] {
        [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", packageRelationships),
            ("xl/workbook.xml", workbookXML(sheet)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships),
            ("xl/styles.xml", styles),
            ("xl/worksheets/sheet1.xml", worksheet(sheet)),
        ]
    }

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static let contentTypes = declaration + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
        <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
        </Types>
        """

    static let packageRelationships = declaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(relationshipNamespace)/officeDocument" Target="xl/workbook.xml"/>\
        </Relationships>
        """

    static let workbookRelationships = declaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(relationshipNamespace)/worksheet" Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" Type="\(relationshipNamespace)/styles" Target="styles.xml"/>\
        </Relationships>
        """

    /// Fonts: regular and bold. Cell formats in `Style` order: plain, bold header, ISO date, wrapped text.
    static let styles = declaration + """
        <styleSheet xmlns="\(main)">\
        <numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>\
        <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="4">\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
        </cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """

    static func workbookXML(_ sheet: ExportedSheet) -> String {
        declaration + """
            <workbook xmlns="\(main)" xmlns:r="\(relationshipNamespace)">\
            <sheets><sheet name="\(ExcelText.xml(sheet.name))" sheetId="1" r:id="rId1"/></sheets>\
            <definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'\(ExcelText.xml(sheet.name))'!\(absolute(range(sheet)))</definedName></definedNames>\
            </workbook>
            """
    }

    static func worksheet(_ sheet: ExportedSheet) -> String {
        var xml = declaration + "<worksheet xmlns=\"\(main)\" xmlns:r=\"\(relationshipNamespace)\">"
        xml += "<dimension ref=\"\(range(sheet))\"/>"
        xml += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        xml += "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
        xml += "<sheetFormatPr defaultRowHeight=\"15\"/><cols>"
        for (index, width) in widths(sheet).enumerated() {
            xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
        }
        xml += "</cols><sheetData>"
        xml += row(1, sheet.columns.map(SheetCell.text), header: true)
        for (index, cells) in sheet.rows.enumerated() { xml += row(index + 2, cells, header: false) }
        xml += "</sheetData><autoFilter ref=\"\(range(sheet))\"/></worksheet>"
        return xml
    }

    static func row(_ number: Int, _ cells: [SheetCell], header: Bool) -> String {
        var xml = "<row r=\"\(number)\">"
        for (index, cell) in cells.enumerated() {
            let reference = SpreadsheetReader.columnName(index) + "\(number)"
            switch cell {
            case .empty: continue
            case .text(let text):
                let style: Style = header ? .header : (text.contains("\n") ? .wrapped : .plain)
                xml += "<c r=\"\(reference)\"\(attribute(style)) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(ExcelText.xml(text))</t></is></c>"
            case .number(let value):
                xml += "<c r=\"\(reference)\"\(attribute(header ? .header : .plain))><v>\(numberText(value))</v></c>"
            case .date(let day):
                xml += "<c r=\"\(reference)\"\(attribute(.date))><v>\(ExcelDate.serial(of: day))</v></c>"
            }
        }
        return xml + "</row>"
    }

    static func attribute(_ style: Style) -> String { style == .plain ? "" : " s=\"\(style.rawValue)\"" }

    static func numberText(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// A1:K12, the header and every row.
    static func range(_ sheet: ExportedSheet) -> String {
        "A1:\(SpreadsheetReader.columnName(max(sheet.columns.count, 1) - 1))\(sheet.rows.count + 1)"
    }

    static func absolute(_ range: String) -> String {
        range.split(separator: ":").map { part in
            let letters = part.prefix { $0.isLetter }
            return "$\(letters)$\(part.dropFirst(letters.count))"
        }.joined(separator: ":")
    }

    /// Wide enough for the longest line in the column, between 8 and 60 characters.
    static func widths(_ sheet: ExportedSheet) -> [Int] {
        sheet.columns.indices.map { index in
            let cells = [SheetCell.text(sheet.columns[index])] + sheet.rows.map { index < $0.count ? $0[index] : .empty }
            let longest = cells.map { cell in cell.plain.split(separator: "\n").map(\.count).max() ?? 0 }.max() ?? 0
            return min(60, max(8, longest + 2))
        }
    }
}
