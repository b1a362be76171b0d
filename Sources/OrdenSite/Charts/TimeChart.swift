import Basics
import CommonMark
import FrontMatter
import Mustache
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import RDF

extension Charts {
    /// A system's place in Gartner's TIME model; scores outside 1…5 are left out.
    package struct Point: Sendable {
        package var label: String
        package var functional: Int
        package var technical: Int

        package init(label: String, functional: Int, technical: Int) {
            self.label = label
            self.functional = functional
            self.technical = technical
        }
    }

    /// Functional fit across, technical fit up, split into Tolerate, Invest, Eliminate and Migrate
    /// at 3 (3 and above is good). Systems with the same scores share one circle showing their number.
    package static func timeQuadrants(id: String, title: String, description: String, points: [Point]) -> String {
        let id = SVG.identifier(id)
        var groups: [TimeGrid.Cell: [String]] = [:]
        for point in points where TimeGrid.scores.contains(point.functional) && TimeGrid.scores.contains(point.technical) {
            groups[TimeGrid.Cell(functional: point.functional, technical: point.technical), default: []].append(point.label)
        }
        guard !groups.isEmpty else { return SVG.empty(id: id, title: title, description: description) }
        // Top row first, left to right: the drawing does not depend on the order points came in.
        let cells = groups.keys.sorted { $0.technical != $1.technical ? $0.technical > $1.technical : $0.functional < $1.functional }
        let body = TimeGrid.Quadrant.allCases.map { $0.area(chart: id) } + TimeGrid.axes()
            + TimeGrid.Quadrant.allCases.map(\.caption)
            + cells.map { TimeGrid.marker(at: $0, labels: groups[$0] ?? []) }
        let defs = [Ink.definition(.dots, chart: id, ink: "#b3b3b3", background: "#fafafa"),
                    Ink.definition(.hatch, chart: id, ink: "#c7c7c7", background: "#fafafa")]
        return SVG.document(id: id, title: title, description: description,
                            width: TimeGrid.width, height: TimeGrid.height, defs: defs, body: body)
    }
}

/// Scores 1…5 each get a square cell, so the split between 2 and 3 runs along cell edges and no
/// point sits on it.
private enum TimeGrid {
    static let scores = 1...5
    static let left = 64.0, top = 16.0, cell = 80.0
    static let right = left + 5 * cell, bottom = top + 5 * cell
    static let width = right + 16, height = bottom + 52
    static let splitX = x(2.5), splitY = y(2.5)

    struct Cell: Hashable { var functional: Int, technical: Int }

    static func x(_ score: Double) -> Double { left + (score - 0.5) * cell }
    static func y(_ score: Double) -> Double { top + (5.5 - score) * cell }

    enum Quadrant: CaseIterable {
        case tolerate, invest, eliminate, migrate

        var name: String {
            switch self {
            case .tolerate: Charts.words.text[.time.tolerate]
            case .invest: Charts.words.text[.time.invest]
            case .eliminate: Charts.words.text[.time.eliminate]
            case .migrate: Charts.words.text[.time.migrate]
            }
        }

        var frame: (x: Double, y: Double, width: Double, height: Double) {
            let goodFunction = self == .invest || self == .migrate
            let goodTechnique = self == .invest || self == .tolerate
            return (goodFunction ? splitX : left, goodTechnique ? top : splitY,
                    goodFunction ? right - splitX : splitX - left, goodTechnique ? splitY - top : bottom - splitY)
        }

        func area(chart: String) -> String {
            let fill: String
            switch self {
            case .invest: fill = "#f5f5f5"
            case .tolerate: fill = Ink.url(.dots, chart: chart)
            case .migrate: fill = Ink.url(.hatch, chart: chart)
            case .eliminate: fill = "#d6d6d6"
            }
            let f = frame
            let className = "quadrant " + String(describing: self)
            return SVG.element("rect", ["class": className, "x": f.x, "y": f.y, "width": f.width, "height": f.height, "fill": fill],
                               [SVG.title(name)])
        }

        /// The name in the quadrant's outer corner, where points are least likely to cover it.
        var caption: String {
            let f = frame
            let atRight = self == .invest || self == .migrate, atTop = self == .invest || self == .tolerate
            return SVG.element("text", [
                "x": atRight ? f.x + f.width - 8 : f.x + 8, "y": atTop ? f.y + 18 : f.y + f.height - 8,
                "text-anchor": atRight ? "end" : "start", "font-size": 13, "font-weight": "bold", "fill": Ink.text,
                "stroke": Ink.halo, "stroke-width": 3, "style": "paint-order:stroke",
            ], [SVG.escape(name)])
        }
    }

    static func axes() -> [String] {
        var parts = [
            SVG.element("rect", ["x": left, "y": top, "width": right - left, "height": bottom - top, "fill": "none", "stroke": Ink.line]),
            SVG.element("line", ["x1": splitX, "y1": top, "x2": splitX, "y2": bottom, "stroke": Ink.text, "stroke-width": 1.5]),
            SVG.element("line", ["x1": left, "y1": splitY, "x2": right, "y2": splitY, "stroke": Ink.text, "stroke-width": 1.5]),
        ]
        for score in scores {
            let s = Double(score)
            parts.append(SVG.element("text", ["x": x(s), "y": bottom + 16, "text-anchor": "middle", "font-size": 11, "fill": Ink.text], [String(score)]))
            parts.append(SVG.element("text", ["x": left - 8, "y": y(s) + 4, "text-anchor": "end", "font-size": 11, "fill": Ink.text], [String(score)]))
        }
        let middleX = (left + right) / 2, middleY = (top + bottom) / 2
        parts.append(SVG.element("text", ["x": middleX, "y": bottom + 40, "text-anchor": "middle", "font-size": 12, "fill": Ink.text],
                                 [SVG.escape(Charts.words.text[.chart.functionalFit])]))
        parts.append(SVG.element("text", ["x": left - 36, "y": middleY, "transform": "rotate(-90 \(SVG.number(left - 36)) \(SVG.number(middleY)))",
                                          "text-anchor": "middle", "font-size": 12, "fill": Ink.text], [SVG.escape(Charts.words.text[.chart.technicalFit])]))
        return parts
    }

    /// One circle for every system at these scores, growing with their number (which it shows when above one).
    static func marker(at cell: Cell, labels: [String]) -> String {
        let cx = x(Double(cell.functional)), cy = y(Double(cell.technical))
        let radius = min(22, 5 + 4 * Double(labels.count).squareRoot())
        let tooltip = Charts.words.text(.chart.scores, ["functional": String(cell.functional), "technical": String(cell.technical)]) + labels.map(Label.clean).joined(separator: ", ")
        var children = [SVG.title(tooltip),
                        SVG.element("circle", ["cx": cx, "cy": cy, "r": radius, "fill": Ink.text, "stroke": Ink.halo, "stroke-width": 1.5])]
        if labels.count > 1 {
            children.append(SVG.element("text", ["x": cx, "y": cy + 4, "text-anchor": "middle", "font-size": 11,
                                                 "font-weight": "bold", "fill": Ink.halo], [String(labels.count)]))
        }
        return SVG.element("g", ["class": "point", "data-count": labels.count], children)
    }
}
