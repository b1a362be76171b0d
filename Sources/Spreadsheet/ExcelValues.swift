import Foundation
import Basics

/// Dates as Excel stores them: a number of days since 1899-12-30 (or since 1904-01-01 in
/// workbooks made on old Macs), shown as a date only by the cell's number format.
enum ExcelDate {
    /// The built-in number formats that show a date (14–22: d.m.yyyy, d-mmm-yy … m/d/yy h:mm).
    static let builtInDateFormats: ClosedRange<Int> = 14...22

    static func isDateFormat(id: Int, code: String?) -> Bool {
        if builtInDateFormats.contains(id) { return true }
        guard let code, id >= 164 || !code.isEmpty else { return false }
        return isDateCode(code)
    }

    /// A custom format is a date if, outside quoted text, escapes and [colour]/[locale] parts, it
    /// has a day or year part (`dd.mm.yyyy`, `yyyy-mm-dd`). `m` alone could be minutes.
    static func isDateCode(_ code: String) -> Bool {
        var inQuotes = false, inBrackets = false, escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": inQuotes.toggle()
            case "[" where !inQuotes: inBrackets = true
            case "]" where !inQuotes: inBrackets = false
            case "d" where !inQuotes && !inBrackets, "y" where !inQuotes && !inBrackets: return true
            default: continue
            }
        }
        return false
    }

    /// The calendar day of a serial number; the time of day is dropped.
    static func day(serial: Double, uses1904: Bool) -> Day? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        // Excel counts a 29 February 1900 that never was; serials before it are one day later.
        if !uses1904 && days < 61 { days += 1 }
        let epochOffset = uses1904 ? 24107 : 25569  // days from the epoch to 1970-01-01
        let date = Date(timeIntervalSince1970: Double(days - epochOffset) * 86_400)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// The serial number of a day, for writing dates into a workbook.
    static func serial(of day: Day) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let date = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day)) ?? Date(timeIntervalSince1970: 0)
        let days = Int((date.timeIntervalSince1970 / 86_400).rounded()) + 25569
        return days < 61 ? days - 1 : days
    }
}

/// Text as Excel stores it in XML: characters XML cannot hold are written `_xHHHH_`, and a
/// literal `_x` sequence is protected as `_x005F_`.
enum ExcelText {
    static func unescape(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "_", index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_",
               let value = UInt32(String(String.UnicodeScalarView(scalars[(index + 2)..<(index + 6)])), radix: 16),
               let scalar = Unicode.Scalar(value) {
                out.append(scalar)
                index += 7
            } else {
                out.append(scalars[index])
                index += 1
            }
        }
        scalars.removeAll()
        return String(out)
    }

    /// Text for an XML element: escaped markup, and `_xHHHH_` for characters XML 1.0 forbids.
    static func xml(_ text: String) -> String {
        var out = ""
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\r": out += "&#13;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            case "_" where index + 1 < scalars.count && scalars[index + 1] == "x":
                out += "_x005F_"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += String(format: "_x%04X_", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}

/// A cell reference such as `B7` or `AA12`, as 0-based column and 1-based row.
package enum CellReference {
    static let maximumColumns = 16_384
    static let maximumRows = 1_048_576

    package static func parse(_ text: String) -> (column: Int, row: Int?)? {
        var column = 0, letters = 0
        var digits = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A where digits.isEmpty, 0x61...0x7A where digits.isEmpty:
                column = column * 26 + Int((scalar.value & 0xDF) - 0x40)
                letters += 1
                if letters > 3 { return nil }
            case 0x30...0x39: digits.unicodeScalars.append(scalar)
            case 0x24: continue  // $A$1
            default: return nil
            }
        }
        guard letters > 0, column <= maximumColumns else { return nil }
        if digits.isEmpty { return (column - 1, nil) }
        guard digits.count <= 7, let row = Int(digits), (1...maximumRows).contains(row) else { return nil }
        return (column - 1, row)
    }
}
