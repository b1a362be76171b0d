import Basics
import FrontMatter
import Mustache
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSource

extension Charts {
    /// Each kind has its own marker shape, so they stay apart without colour.
    package enum EventKind: Sendable, Hashable, CaseIterable {
        case endOfLife, phaseOut, contractEnd, noticeDeadline, milestone
    }

    package struct TimelineEvent: Sendable {
        package var date: Day
        package var kind: EventKind
        package var text: String

        package init(date: Day, kind: EventKind, text: String) {
            self.date = date
            self.kind = kind
            self.text = text
        }
    }

    /// A bar from `start` to `end`, both days included.
    package struct Span: Sendable {
        package var start: Day
        package var end: Day
        package var label: String
        /// 0…3, each with its own grey or pattern; other values are clamped.
        package var tone: Int

        package init(start: Day, end: Day, label: String, tone: Int = 0) {
            self.start = start
            self.end = end
            self.label = label
            self.tone = tone
        }
    }

    package struct TimelineRow: Sendable {
        package var label: String
        package var events: [TimelineEvent]
        package var spans: [Span]

        package init(label: String, events: [TimelineEvent] = [], spans: [Span] = []) {
            self.label = label
            self.events = events
            self.spans = spans
        }
    }

    /// A roadmap from `start` (the report date) for `months` months (1…240): a month grid, one row per
    /// item with its spans and event markers, and a legend of the marker shapes used. What falls
    /// outside the window is left out.
    package static func timeline(id: String, title: String, description: String, start: Day, months: Int, rows: [TimelineRow]) -> String {
        let id = SVG.identifier(id)
        guard !rows.isEmpty else { return SVG.empty(id: id, title: title, description: description) }
        let layout = TimelineLayout(start: start, months: min(max(months, 1), 240), rows: rows)
        var body = layout.header()
        for (index, row) in rows.enumerated() {
            body.append(layout.row(row, index: index, chart: id))
        }
        body.append(layout.reportDate())
        let kinds = EventKind.allCases.filter { kind in rows.contains { $0.events.contains { $0.kind == kind && layout.scale.contains($0.date) } } }
        let legend = Legend.layout(kinds.map { Legend.Item(symbol: SVG.element("g", ["transform": "translate(6 0)"], [$0.shape]), text: $0.name) },
                                   x: TimelineLayout.padding, y: layout.rowsBottom + 40, width: layout.width - 2 * TimelineLayout.padding)
        if !legend.svg.isEmpty { body.append(legend.svg) }
        let height = legend.height > 0 ? layout.rowsBottom + 34 + legend.height : layout.rowsBottom + 24
        return SVG.document(id: id, title: title, description: description, width: layout.width, height: height,
                            defs: TimelineLayout.patterns(chart: id), body: body)
    }
}

extension Charts.EventKind {
    var name: String {
        switch self {
        case .endOfLife: Charts.words.text[.chart.event.endOfLife]
        case .phaseOut: Charts.words.text[.chart.event.phaseOut]
        case .contractEnd: Charts.words.text[.chart.event.contractEnd]
        case .noticeDeadline: Charts.words.text[.chart.event.noticeDeadline]
        case .milestone: Charts.words.text[.chart.event.milestone]
        }
    }

    var className: String {
        switch self {
        case .endOfLife: "end-of-life"
        case .phaseOut: "phase-out"
        case .contractEnd: "contract-end"
        case .noticeDeadline: "notice-deadline"
        case .milestone: "milestone"
        }
    }

    /// The marker drawn around (0, 0): filled circle, diamond, square, triangle, open circle.
    var shape: String {
        switch self {
        case .endOfLife:
            SVG.element("circle", ["r": 5.5, "fill": Ink.text, "stroke": Ink.halo, "stroke-width": 1])
        case .phaseOut:
            SVG.element("polygon", ["points": "0,-7 7,0 0,7 -7,0", "fill": "#737373", "stroke": Ink.text, "stroke-width": 1.2])
        case .contractEnd:
            SVG.element("rect", ["x": -5, "y": -5, "width": 10, "height": 10, "fill": "#bfbfbf", "stroke": Ink.text, "stroke-width": 1.5])
        case .noticeDeadline:
            SVG.element("polygon", ["points": "0,-6.5 6.5,5 -6.5,5", "fill": Ink.halo, "stroke": Ink.text, "stroke-width": 1.5])
        case .milestone:
            SVG.element("circle", ["r": 5, "fill": Ink.halo, "stroke": Ink.text, "stroke-width": 2])
        }
    }
}
