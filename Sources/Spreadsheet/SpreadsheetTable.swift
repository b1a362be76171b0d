import Foundation
import Basics

/// A sheet as importers see it: the header row and the rows below it, each with the row number
/// the editor sees in Excel or on the CSV line count, so that a warning can point at it.
package struct SpreadsheetTable: Sendable, Equatable {
    package var header: [String]
    /// The row number of the header (1-based).
    package var headerRow: Int
    package var rows: [SpreadsheetRow]

    package init(header: [String], headerRow: Int = 1, rows: [SpreadsheetRow]) {
        self.header = header
        self.headerRow = headerRow
        self.rows = rows
    }

    /// Takes the first non-empty row as the header; rows before it are dropped.
    init(rows all: [SpreadsheetRow]) {
        guard let index = all.firstIndex(where: { !$0.isEmpty }) else {
            self.init(header: [], headerRow: 1, rows: [])
            return
        }
        let header = all[index]
        self.init(header: header.cells.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) },
                  headerRow: header.number, rows: Array(all[(index + 1)...]))
    }
}

package struct SpreadsheetRow: Sendable, Equatable {
    /// 1-based, as the spreadsheet program shows it.
    package var number: Int
    package var cells: [String]
    /// The formulas of an XLSX row's cells by 0-based column (`SUM(F4:F20)`), without the `=`.
    package var formulas: [Int: String]

    package init(number: Int, cells: [String], formulas: [Int: String] = [:]) {
        self.number = number
        self.cells = cells
        self.formulas = formulas
    }

    /// The cell in a 0-based column, or "" where the row is shorter.
    package subscript(column: Int) -> String {
        column < cells.count ? cells[column] : ""
    }

    package var isEmpty: Bool {
        cells.allSatisfy { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }
}

/// What reading a spreadsheet file gives: the table and what the reader noticed on the way
/// (a guessed text encoding, error cells).
package struct SpreadsheetRead: Sendable {
    package var table: SpreadsheetTable
    package var diagnostics: [Diagnostic]
}

/// Reads a spreadsheet by its file name's extension.
package enum SpreadsheetReader {
    /// Larger files are refused rather than read: an inventory has hundreds of rows, not millions.
    package static let maximumBytes = 64 * 1024 * 1024

    /// Throws a `Diagnostic` when the file cannot be read at all.
    package static func read(_ data: Data, path: String, sheet: String? = nil) throws -> SpreadsheetRead {
        guard data.count <= maximumBytes else {
            throw Diagnostic.error("\(path) is larger than \(maximumBytes / 1024 / 1024) MB", at: SourceLocation(path: path),
                                   hint: "split the spreadsheet, or remove the sheets and images that are not the inventory")
        }
        switch (path as NSString).pathExtension.lowercased() {
        case "xlsx", "xlsm":
            return try XLSXReader.read(data, path: path, sheet: sheet)
        case "csv", "txt":
            if sheet != nil {
                throw Diagnostic.error("--sheet is for XLSX workbooks; \(path) is a CSV file with one table", at: SourceLocation(path: "--sheet"),
                                       hint: "leave out --sheet")
            }
            return try CSVReader.read(data, path: path)
        default:
            throw Diagnostic.error("\(path) is neither an .xlsx workbook nor a .csv file", at: SourceLocation(path: path),
                                   hint: "save the spreadsheet as Excel workbook (.xlsx) or as CSV (.csv)")
        }
    }

    /// Column letters for a 0-based index: 0 → A, 26 → AA.
    package static func columnName(_ index: Int) -> String {
        var n = index + 1
        var name = ""
        while n > 0 {
            let remainder = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            n = (n - 1) / 26
        }
        return name
    }
}
