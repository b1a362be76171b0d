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
import RDF
import Spreadsheet

/// Where the records are on a sheet as municipalities keep them: a title banner and blank rows
/// may sit above the header ("Systemoversikt Storlia kommune per 01.03.2025"), and a total row
/// ("Sum", `=SUM(F4:F20)`) below the records.
enum SheetLayout {
    /// How far down the header row is looked for.
    static let headerSearchRows = 10

    /// The table with its header at the row the editor gave, or else at the first of the first
    /// ten non-empty rows whose cells name the most known columns. With no row naming any, the
    /// first non-empty row stays the header.
    static func locateHeader(_ table: SpreadsheetTable, given: Int?, names: Set<String>, path: String) -> (SpreadsheetTable, [Diagnostic]) {
        guard !table.header.isEmpty else { return (table, []) }
        let all = [SpreadsheetRow(number: table.headerRow, cells: table.header)] + table.rows
        if let given {
            guard let index = all.firstIndex(where: { $0.number == given }), !all[index].isEmpty else {
                let last = all.last?.number ?? 0
                return (table, [.error("--header-row \(given) is \(given > last ? "below the last row (\(last))" : "an empty row")", at: SourceLocation(path: path, line: given),
                                       hint: "give the number of the row that names the columns, as the spreadsheet program shows it")])
            }
            return (rehead(all, at: index), [])
        }
        let candidates = all.indices.filter { !all[$0].isEmpty }.prefix(headerSearchRows)
        let scores = candidates.map { index in (index, Set(all[index].cells.map(SheetText.fold).filter(names.contains)).count) }
        guard let best = scores.max(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 > $1.0) }), best.1 > 0, best.0 != candidates.first else {
            return (table, [])
        }
        let header = rehead(all, at: best.0)
        let skipped = all[..<best.0].filter { !$0.isEmpty }
        let banner = skipped.compactMap { $0.cells.first { !SheetText.clean($0).isEmpty } }.first.map { " (\"\(SheetText.clean($0).prefix(60))\")" } ?? ""
        let rows = skipped.count == 1 ? "row \(skipped[0].number)" : "rows \(SpreadsheetImporter.list(skipped.map(\.number)))"
        return (header, [.warning("row \(header.headerRow) is read as the header row; \(rows) above it\(banner) \(skipped.count == 1 ? "is not a record and is" : "are not records and are") skipped",
                                  at: SourceLocation(path: path, line: header.headerRow, column: 1),
                                  hint: "row \(header.headerRow) names the most known columns; if another row holds the headers, give its number with --header-row")])
    }

    private static func rehead(_ all: [SpreadsheetRow], at index: Int) -> SpreadsheetTable {
        SpreadsheetTable(header: all[index].cells.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) },
                         headerRow: all[index].number, rows: Array(all[(index + 1)...]))
    }

    /// Words that make a row's first filled cell a total: "Sum", "Totalt", "Sum totalt", "I alt".
    static let totalWords: Set<String> = ["sum", "summert", "summer", "totalt", "total", "totalsum", "totalkostnad", "totaler", "i alt"]

    /// Why a row is a total rather than a record, or nil: a formula that sums a column, or a
    /// first filled cell that names a total.
    static func totalReason(_ row: SpreadsheetRow) -> String? {
        if let (column, formula) = row.formulas.sorted(by: { $0.key < $1.key }).first(where: { isTotal(formula: $0.value, row: row.number) }) {
            return "its cell \(SpreadsheetReader.columnName(column))\(row.number) sums the column (=\(formula.prefix(40)))"
        }
        guard let first = row.cells.map(SheetText.clean).first(where: { !$0.isEmpty }) else { return nil }
        let folded = SheetText.fold(first)
        let firstWord = folded.split(separator: " ").first.map(String.init) ?? ""
        // "Total" alone, but not as the first word: it begins product names ("Total Commander").
        guard totalWords.contains(folded) || (["sum", "totalt", "totalsum"].contains(firstWord) && folded.split(separator: " ").count <= 4) else { return nil }
        return "its first cell \"\(first.prefix(40))\" names a total"
    }

    /// `SUM(F4:F20)`, `SUBTOTAL(9,F4:F20)`, `_xlfn.AGGREGATE(9,4,F4:F20)` in row 21: a function
    /// that adds up a range of rows above. `SUM(D4:F4)`, a row's own costs added up, is no total.
    static func isTotal(formula: String, row: Int) -> Bool {
        let text = formula.uppercased().replacingOccurrences(of: "_XLFN.", with: "").replacingOccurrences(of: " ", with: "")
        let functions = ["SUM(", "SUBTOTAL(", "AGGREGATE(", "SUMIF(", "SUMIFS(", "SUMPRODUCT("]
        guard functions.contains(where: { text.hasPrefix($0) || text.hasPrefix("+" + $0) }) else { return false }
        return ranges(text).contains { $0.lowerBound != $0.upperBound && $0.upperBound < row }
    }

    /// The rows each `A1:B9` range in a formula spans (`$F$4:$F$20`, `Ark1!F4:F20` too).
    static func ranges(_ formula: String) -> [ClosedRange<Int>] {
        let isReference: (Character) -> Bool = { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "$") }
        let parts = formula.split(separator: ":", omittingEmptySubsequences: false)
        return parts.indices.dropLast().compactMap { index -> ClosedRange<Int>? in
            let left = String(parts[index].reversed().prefix(while: isReference).reversed())
            let right = String(parts[index + 1].prefix(while: isReference))
            guard let start = CellReference.parse(left)?.row, let end = CellReference.parse(right)?.row else { return nil }
            return min(start, end)...max(start, end)
        }
    }
}
