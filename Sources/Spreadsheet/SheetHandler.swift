import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Basics

/// A worksheet part: `<row r="3"><c r="B3" t="s" s="1"><v>4</v></c>…`. Cells may skip columns
/// and rows; cells and rows without a reference follow the previous one.
final class SheetHandler: XMLPartHandler {
    struct Context {
        var sharedStrings: [String]
        var dateStyles: Set<Int>
        var uses1904: Bool
        var path: String
    }

    private let context: Context
    private(set) var rows: [SpreadsheetRow] = []
    private(set) var diagnostics: [Diagnostic] = []

    private var rowNumber = 0
    private var cells: [Int: String] = [:]
    private var column = -1
    private var cell: (type: String, style: Int?)?
    private var value = ""
    private var inValue = false
    private var inInlineText = false
    private var inlineDepth = 0
    private var phoneticDepth = 0
    private var formulas: [Int: String] = [:]
    private var formula: (text: String, shared: String?)?
    /// A shared formula's text by its `si`: the cells that share it carry only the index.
    private var sharedFormulas: [String: String] = [:]

    init(_ context: Context) { self.context = context }

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "row":
            let given = Self.attribute(attributes, "r").flatMap(Int.init)
            rowNumber = given.map { min(max($0, rowNumber + 1), CellReference.maximumRows) } ?? rowNumber + 1
            cells = [:]
            formulas = [:]
            column = -1
        case "c":
            let reference = Self.attribute(attributes, "r").flatMap(CellReference.parse)
            column = reference?.column ?? column + 1
            cell = (Self.attribute(attributes, "t") ?? "n", Self.attribute(attributes, "s").flatMap(Int.init))
            value = ""
        case "v": inValue = true
        case "f": formula = ("", Self.attribute(attributes, "t") == "shared" ? Self.attribute(attributes, "si") : nil)
        case "is": inlineDepth += 1
        case "rPh": phoneticDepth += 1
        case "t" where inlineDepth > 0 && phoneticDepth == 0: inInlineText = true
        default: break
        }
    }

    override func end(_ name: String) {
        switch name {
        case "row":
            rows.append(SpreadsheetRow(number: rowNumber, cells: dense(cells), formulas: formulas))
        case "c":
            finishCell()
            cell = nil
        case "v": inValue = false
        case "f": finishFormula()
        case "is": inlineDepth -= 1
        case "rPh": phoneticDepth -= 1
        case "t": inInlineText = false
        default: break
        }
    }

    override func text(_ text: String) {
        if inValue || inInlineText { value += text }
        if formula != nil { formula?.text += text }
    }

    /// Keeps a cell's formula, so that a total row (`SUM(F4:F20)`) can be told from a record.
    private func finishFormula() {
        guard let formula, column >= 0, column < CellReference.maximumColumns else { return }
        self.formula = nil
        var text = formula.text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let shared = formula.shared {
            if text.isEmpty { text = sharedFormulas[shared] ?? "" } else { sharedFormulas[shared] = text }
        }
        if !text.isEmpty { formulas[column] = text }
    }

    private func finishCell() {
        guard let cell, column >= 0, column < CellReference.maximumColumns else { return }
        let location = SourceLocation(path: context.path, line: rowNumber, column: column + 1)
        let raw = value
        switch cell.type {
        case "s":
            guard let index = Int(raw.trimmingCharacters(in: .whitespaces)), context.sharedStrings.indices.contains(index) else {
                diagnostics.append(.warning("cell \(name) refers to a shared string that does not exist; it is read as empty", at: location,
                                            hint: "the workbook is damaged; open it in Excel or LibreOffice and save it again"))
                return
            }
            cells[column] = context.sharedStrings[index]
        case "inlineStr", "str":
            cells[column] = ExcelText.unescape(raw)
        case "b":
            cells[column] = raw.trimmingCharacters(in: .whitespaces) == "1" ? "true" : "false"
        case "e":
            diagnostics.append(.warning("cell \(name) holds the error \(raw); it is read as empty", at: location,
                                        hint: "fix the formula in the spreadsheet, or type the value"))
        case "d":
            cells[column] = String(raw.prefix(10))
        default:
            cells[column] = number(raw, style: cell.style)
        }
    }

    private var name: String { SpreadsheetReader.columnName(column) + "\(rowNumber)" }

    /// A number as text: a date where the cell's format shows one, else without a trailing `.0`.
    private func number(_ raw: String, style: Int?) -> String {
        let text = raw.trimmingCharacters(in: .whitespaces)
        guard let number = Double(text) else { return text }
        if let style, context.dateStyles.contains(style), let day = ExcelDate.day(serial: number, uses1904: context.uses1904) {
            return day.description
        }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }

    private func dense(_ cells: [Int: String]) -> [String] {
        guard let last = cells.keys.max() else { return [] }
        return (0...last).map { cells[$0] ?? "" }
    }
}
