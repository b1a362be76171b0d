import Foundation
import Basics

/// Reads CSV as RFC 4180 describes it, with the separator Excel uses where the user lives: a
/// semicolon in Norway, a comma elsewhere (or a tab), told apart by the header line. Quoted fields
/// may hold separators, doubled quotes and line breaks.
package enum CSVReader {
    package static func read(_ data: Data, path: String) throws -> SpreadsheetRead {
        guard !data.isEmpty else {
            throw Diagnostic.error("\(path) is empty", at: SourceLocation(path: path), hint: "export the sheet again; the file has no header row")
        }
        var diagnostics: [Diagnostic] = []
        let text = decode(data, path: path, diagnostics: &diagnostics)
        let separator = detectSeparator(text)
        let rows = try parse(text, separator: separator, path: path)
        let table = SpreadsheetTable(rows: rows)
        guard !table.header.isEmpty else {
            throw Diagnostic.error("\(path) has no header row", at: SourceLocation(path: path),
                                   hint: "the first line must name the columns, e.g. Navn;Systemeier;Status")
        }
        return SpreadsheetRead(table: table, diagnostics: diagnostics)
    }

    /// UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark, or else Windows-1252.
    static func decode(_ data: Data, path: String, diagnostics: inout [Diagnostic]) -> String {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]), let text = String(data: data, encoding: .utf16) {
            return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if TextDecoding.firstInvalidUTF8Offset(body) == nil {
            return String(decoding: body, as: UTF8.self)
        }
        diagnostics.append(.warning(
            "\(path) is not UTF-8; it was read as Windows-1252 (Western European)", at: SourceLocation(path: path),
            hint: "check that æ, ø and å came out right; in Excel, save as \"CSV UTF-8\" to avoid the guess"))
        return Windows1252.decode(body)
    }

    /// The separator that occurs most often outside quotes on the first line that has one: `;`,
    /// `,` or tab. A title line above the header ("Systemoversikt per 01.03.2025") may have none.
    static func detectSeparator(_ text: String) -> Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = [";": 0, ",": 0, "\t": 0]
        var quoted = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.toggle(); continue }
            if !quoted && (scalar == "\n" || scalar == "\r") {
                if counts.values.contains(where: { $0 > 0 }) { break }
                continue
            }
            if !quoted, counts[scalar] != nil { counts[scalar, default: 0] += 1 }
        }
        // On a tie the semicolon wins: it is what Norwegian Excel writes.
        let ranked: [Unicode.Scalar] = [";", ",", "\t"]
        let best = ranked.max { counts[$0, default: 0] < counts[$1, default: 0] } ?? ";"
        return counts[best, default: 0] > 0 ? best : ";"
    }

    /// Splits the text into rows of fields. Row numbers count records, so a quoted line break
    /// does not shift the numbers the editor sees in a spreadsheet program.
    static func parse(_ text: String, separator: Unicode.Scalar, path: String) throws -> [SpreadsheetRow] {
        var parser = Parser(separator: separator)
        for scalar in text.unicodeScalars { parser.consume(scalar) }
        if parser.inQuotes {
            throw Diagnostic.error(
                "a quoted field that starts in row \(parser.quoteStartRow) never ends", at: SourceLocation(path: path, line: parser.quoteStartRow, column: 1),
                hint: "a cell that begins with \" must end with \"; write a quote inside a cell as \"\"")
        }
        parser.finish()
        return parser.rows
    }

    private struct Parser {
        let separator: Unicode.Scalar
        var rows: [SpreadsheetRow] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var inQuotes = false
        /// After the closing quote of a quoted field, until the separator.
        var afterQuote = false
        var atFieldStart = true
        var lastWasCR = false
        var quoteStartRow = 0

        init(separator: Unicode.Scalar) { self.separator = separator }

        mutating func consume(_ scalar: Unicode.Scalar) {
            if lastWasCR {
                lastWasCR = false
                if scalar == "\n" { return }
            }
            if inQuotes {
                if scalar == "\r" || scalar == "\n" {
                    // A line break inside a cell, whichever convention wrote it, is \n.
                    field.append("\n")
                    lastWasCR = scalar == "\r"
                } else if scalar == "\"" {
                    inQuotes = false
                    afterQuote = true
                } else {
                    field.append(scalar)
                }
                return
            }
            switch scalar {
            case "\"" where atFieldStart:
                inQuotes = true
                atFieldStart = false
                quoteStartRow = rows.count + 1
            case "\"" where afterQuote:
                // A doubled quote inside a quoted field.
                field.append(scalar)
                inQuotes = true
                afterQuote = false
            case separator:
                endField()
            case "\r", "\n":
                endRow()
                lastWasCR = scalar == "\r"
            default:
                field.append(scalar)
                atFieldStart = false
            }
        }

        mutating func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            atFieldStart = true
            afterQuote = false
        }

        mutating func endRow() {
            endField()
            rows.append(SpreadsheetRow(number: rows.count + 1, cells: fields))
            fields = []
        }

        mutating func finish() {
            if !fields.isEmpty || !field.isEmpty || afterQuote { endRow() }
        }
    }
}
