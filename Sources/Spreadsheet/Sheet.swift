import Basics

/// A cell of an exported sheet. Dates and numbers stay typed so that the XLSX holds real dates
/// and numbers that a spreadsheet can sort and sum.
package enum SheetCell: Sendable, Equatable {
    case text(String)
    case number(Double)
    case date(Day)
    case empty

    /// The text the importer reads back.
    package var plain: String {
        switch self {
        case .text(let text): text
        case .number(let number): DecimalText.text(number, separator: ".")
        case .date(let day): day.description
        case .empty: ""
        }
    }
}

/// The inventory as one table: a row per record, under the Norwegian headers the spreadsheet
/// importer reads, so that an exported sheet can be edited and imported again.
package struct ExportedSheet: Sendable {
    /// The sheet's name in the workbook: Systemer, Datasett …
    package var name: String
    package var columns: [String]
    package var rows: [[SheetCell]]

    package init(name: String, columns: [String], rows: [[SheetCell]]) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }
}
