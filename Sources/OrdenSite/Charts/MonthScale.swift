import Basics
import OrdenHistory
import OrdenModel

/// Dates as months counted from the first day of the start's month: with a start in January,
/// 16 March (day 16 of 31) is 2 + 15/31. The window runs from the start date for a number of months.
struct MonthScale {
    let start: Day
    let months: Int

    /// Where the window begins: the start date's own place in its month.
    var origin: Double { position(start) }
    var end: Double { origin + Double(months) }

    func position(_ day: Day) -> Double {
        let whole = (day.year - start.year) * 12 + day.month - start.month
        return Double(whole) + Double(day.day - 1) / Double(Day.days(in: day.month, of: day.year))
    }

    /// Where the day after `day` begins, so a span ending on `day` includes it.
    func positionAfter(_ day: Day) -> Double {
        position(day) + 1 / Double(Day.days(in: day.month, of: day.year))
    }

    func contains(_ day: Day) -> Bool {
        let place = position(day)
        return place >= origin && place <= end
    }

    /// The month that begins at whole position `index`, as (year, month 1…12).
    func month(at index: Int) -> (year: Int, month: Int) {
        let count = start.month - 1 + index
        return (start.year + count / 12, count % 12 + 1)
    }
}
