import Basics
import CommonMark
import FrontMatter
import Mustache
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSource
import RDF

/// Where the timeline's parts go: a label column, then the months at an even width each.
struct TimelineLayout {
    static let padding = 8.0, rowHeight = 28.0, gridTop = 38.0
    static let labelLimit = 28, fontSize = 12.0, monthFontSize = 9.0

    let scale: MonthScale
    let plotLeft: Double, monthWidth: Double, width: Double, rowsBottom: Double

    init(start: Day, months: Int, rows: [Charts.TimelineRow]) {
        scale = MonthScale(start: start, months: months)
        let labels = rows.map { Label.width(Label.truncated($0.label, limit: Self.labelLimit), fontSize: Self.fontSize) }
        plotLeft = Self.padding + max(80, (labels.max() ?? 0) + 12)
        monthWidth = min(48, max(6, 760 / Double(months)))
        width = max(320, plotLeft + Double(months) * monthWidth + 16)
        rowsBottom = Self.gridTop + Double(rows.count) * Self.rowHeight
    }

    func x(_ position: Double) -> Double {
        plotLeft + (position - scale.origin) * monthWidth
    }

    /// Year and month names, and a grid line at each month's first day (darker for January).
    func header() -> [String] {
        var parts: [String] = []
        var lastYearLabelEnd = -Double.infinity
        for index in 0...scale.months {
            let (year, month) = scale.month(at: index)
            let from = max(Double(index), scale.origin), to = min(Double(index + 1), scale.end)
            guard from < to else { continue }
            if Double(index) > scale.origin {
                parts.append(SVG.element("line", ["x1": x(from), "y1": month == 1 ? 4 : 20, "x2": x(from), "y2": rowsBottom,
                                                  "stroke": month == 1 ? Ink.line : Ink.grid]))
            }
            let name = Charts.words.month(month)
            if (x(to) - x(from)) >= Label.width(name, fontSize: Self.monthFontSize) + 3 {
                parts.append(SVG.element("text", ["x": (x(from) + x(to)) / 2, "y": 30, "text-anchor": "middle",
                                                  "font-size": Self.monthFontSize, "fill": Ink.muted], [SVG.escape(name)]))
            }
            // A year's name at its January, and at the left edge for the year the window starts in.
            let yearText = String(year), yearWidth = Label.width(yearText, fontSize: 11)
            let yearX = x(from) + 3
            if (month == 1 || index == 0) && yearX >= lastYearLabelEnd + 4 && yearX + yearWidth <= width - 4 {
                parts.append(SVG.element("text", ["x": yearX, "y": 14, "font-size": 11, "font-weight": "bold", "fill": Ink.text], [yearText]))
                lastYearLabelEnd = yearX + yearWidth
            }
        }
        return parts
    }

    func row(_ row: Charts.TimelineRow, index: Int, chart: String) -> String {
        let top = Self.gridTop + Double(index) * Self.rowHeight, middle = top + Self.rowHeight / 2
        var parts: [String] = []
        if index % 2 == 0 {
            parts.append(SVG.element("rect", ["x": plotLeft, "y": top, "width": Double(scale.months) * monthWidth,
                                              "height": Self.rowHeight, "fill": "#000000", "fill-opacity": 0.04]))
        }
        parts.append(Label.text(row.label, limit: Self.labelLimit, ["x": plotLeft - 8, "y": middle + 4, "text-anchor": "end",
                                                                    "font-size": Self.fontSize, "fill": Ink.text]))
        parts += row.spans.compactMap { span($0, top: top, chart: chart) }
        parts += row.events.filter { scale.contains($0.date) }.map { event($0, y: middle) }
        return SVG.element("g", ["class": "row"], parts)
    }

    private func span(_ span: Charts.Span, top: Double, chart: String) -> String? {
        guard span.start <= span.end else { return nil }
        let from = max(scale.position(span.start), scale.origin), to = min(scale.positionAfter(span.end), scale.end)
        guard from < to else { return nil }
        let left = x(from), length = (to - from) * monthWidth
        let text = Label.clean(span.label)
        var parts = [SVG.title("\(text): \(span.start) – \(span.end)"),
                     SVG.element("rect", ["x": left, "y": top + 6, "width": length, "height": Self.rowHeight - 12,
                                          "fill": Self.fill(tone: span.tone, chart: chart), "stroke": Ink.text, "stroke-width": 0.75])]
        if !text.isEmpty && Label.width(text, fontSize: 10) + 8 <= length {
            parts.append(SVG.element("text", ["x": left + 4, "y": top + Self.rowHeight / 2 + 3.5, "font-size": 10, "fill": Ink.text,
                                              "stroke": Ink.halo, "stroke-width": 2.5, "style": "paint-order:stroke"], [SVG.escape(text)]))
        }
        return SVG.element("g", ["class": "span"], parts)
    }

    private func event(_ event: Charts.TimelineEvent, y: Double) -> String {
        let position = "translate(\(SVG.number(x(scale.position(event.date)))) \(SVG.number(y)))"
        return SVG.element("g", ["class": "event " + event.kind.className, "transform": position], [
            SVG.title("\(event.kind.name): \(Label.clean(event.text)) (\(event.date))"),
            event.kind.shape,
        ])
    }

    /// The line at the window's left edge, where the report's own date is.
    func reportDate() -> String {
        SVG.element("g", ["class": "report-date"], [
            SVG.title("Rapportdato \(scale.start)"),
            SVG.element("line", ["x1": plotLeft, "y1": 4, "x2": plotLeft, "y2": rowsBottom + 4, "stroke": Ink.text, "stroke-width": 1.5]),
            SVG.element("text", ["x": plotLeft, "y": rowsBottom + 16, "font-size": 10, "fill": Ink.text], ["Rapportdato"]),
        ])
    }

    /// Tones 0…3: light grey, hatched, mid grey, dotted; each differs from the others in lightness or texture.
    static func fill(tone: Int, chart: String) -> String {
        switch min(max(tone, 0), 3) {
        case 0: "#d9d9d9"
        case 1: Ink.url(.hatch, chart: chart)
        case 2: "#9e9e9e"
        default: Ink.url(.dots, chart: chart)
        }
    }

    static func patterns(chart: String) -> [String] {
        [Ink.definition(.hatch, chart: chart, ink: "#707070", background: "#ffffff"),
         Ink.definition(.dots, chart: chart, ink: "#4d4d4d", background: "#ebebeb")]
    }
}
