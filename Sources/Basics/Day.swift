import Foundation

/// A calendar date written as YYYY-MM-DD.
package struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    package var year: Int
    package var month: Int
    package var day: Int

    package init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), (1...Day.days(in: month, of: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// YYYY-MM-DD exactly, read from the bytes: dates are in nearly every record.
    package init?(_ text: String) {
        var text = text
        let parts: (Int, Int, Int)? = text.withUTF8 { bytes in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let digit = Int(bytes[index]) - 0x30
                    guard (0...9).contains(digit) else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
            return (year, month, day)
        }
        guard let (year, month, day) = parts else { return nil }
        self.init(year: year, month: month, day: day)
    }

    package static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    package static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    /// Days from 1970-01-01 in the proleptic Gregorian calendar.
    package var daysSince1970: Int { Self.daysFromCivil(year: year, month: month, day: day) }

    /// The day `days` after 1970-01-01, the inverse of `daysSince1970`; nil outside the years
    /// 1–9999 a Day holds.
    package init?(daysSince1970 days: Int) {
        let civil = Self.civil(fromDays: days)
        self.init(year: civil.year, month: civil.month, day: civil.day)
    }

    /// Howard Hinnant's days_from_civil: days from 1970-01-01 to a date, for any year, month and
    /// day (a day past the month's end counts on into the next).
    package static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Howard Hinnant's civil_from_days: the date `days` after 1970-01-01.
    package static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The day `days` later (earlier, if negative), held at the first and last day a Day can hold.
    package func adding(days: Int) -> Day {
        let bound = 4_000_000
        return Day(daysSince1970: daysSince1970 + max(-bound, min(bound, days))) ?? (days < 0 ? Day.first : Day.last)
    }

    /// Whole days from this day to `other` (negative when `other` is earlier).
    package func days(to other: Day) -> Int { other.daysSince1970 - daysSince1970 }

    /// Today in Norway. Only for what a person does now and writes into the content (a new
    /// record's example dates, a review the editor confirms) and for `orden due` without --date;
    /// a build never reads the clock.
    package static var today: Day {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Oslo") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1) ?? first
    }

    static let first = Day(year: 1, month: 1, day: 1)!  // safe: a valid constant day
    static let last = Day(year: 9999, month: 12, day: 31)!  // safe: a valid constant day
    package var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }
}
