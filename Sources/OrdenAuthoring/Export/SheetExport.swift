import Foundation
import Basics
import FrontMatter
import Mustache
import OrdenBuild
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSite
import OrdenSource
import Spreadsheet

package enum SheetExport {
    package struct Options: Sendable {
        package var kind: SheetKind
        /// One municipality's records, or every municipality's with a Kommune column.
        package var municipality: String?
        /// Internal fields (classification, risk assessment, infrastructure) only for `.internal`.
        package var audience: Audience

        package init(kind: SheetKind, municipality: String? = nil, audience: Audience = .public) {
            self.kind = kind
            self.municipality = municipality
            self.audience = audience
        }
    }

    /// Throws a `Diagnostic` when the municipality is not in the catalogue.
    package static func sheet(_ catalogue: Catalogue, options: Options) throws -> ExportedSheet {
        if let number = options.municipality, catalogue.municipalities[number] == nil {
            let known = catalogue.municipalities.keys.sorted().joined(separator: ", ")
            throw Diagnostic.error("no municipality \(number) in the content", at: SourceLocation(path: "--municipality"),
                                   hint: known.isEmpty ? "the content has no municipalities" : "the municipalities are \(known)")
        }
        let fields = options.kind.schema.fields.filter { $0.key != "body" && (options.audience == .internal || !$0.isInternal) }
        var columns = [SheetSchema.id.header]
        if options.municipality == nil { columns.append(SheetSchema.municipality.header) }
        // GDPR art. 30(1)(a): the record of processing activities names the controller and the
        // data protection officer with their contact details.
        let contacts = options.kind == .processing
        if contacts { columns += [SheetSchema.controller.header, SheetSchema.dpo.header] }
        columns += fields.map(\.header)
        let values = SheetValues(catalogue: catalogue)
        let records = values.records(options.kind).filter { options.municipality == nil || $0.key.municipality == options.municipality }
        let rows = records.map { key, cells in
            [SheetCell.text(key.id)] + (options.municipality == nil ? [.text(key.municipality)] : [])
                + (contacts ? values.controllerAndOfficer(key.municipality) : []) + fields.map { cells[$0.key] ?? .empty }
        }
        let title = options.kind.norwegianName.prefix(1).uppercased() + options.kind.norwegianName.dropFirst()
        return ExportedSheet(name: title, columns: columns, rows: rows)
    }

    /// CSV the way TableExport writes the site's tables: a byte-order mark, semicolons, CRLF,
    /// decimal commas, and text that could run as a formula made harmless.
    package static func csv(_ sheet: ExportedSheet) -> Data {
        var lines = [sheet.columns.map(TableExport.field).joined(separator: ";")]
        for row in sheet.rows {
            lines.append(row.map { cell in
                switch cell {
                case .number(let number): DecimalText.text(number, separator: ",")
                default: TableExport.field(cell.plain)
                }
            }.joined(separator: ";"))
        }
        return Data((TableExport.byteOrderMark + lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// The file name when none is given: systemer-9901.xlsx, or systemer.xlsx for all.
    package static func defaultFileName(kind: SheetKind, municipality: String?, extension ext: String) -> String {
        kind.norwegianName + (municipality.map { "-\($0)" } ?? "") + "." + ext
    }
}
