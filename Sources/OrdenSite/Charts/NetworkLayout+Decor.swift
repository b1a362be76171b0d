import Basics
import CommonMark
import FrontMatter
import Mustache
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import RDF

/// What helps read the network: arcs naming each group of nodes, arrowheads and the legend.
extension NetworkLayout {
    /// A thin arc inside the circle along each group's nodes, with the group's name running inward
    /// from its middle. Nothing when all nodes are in one group.
    func groupArcs() -> [String] {
        var runs: [(group: String, first: Int, last: Int)] = []
        for (index, node) in nodes.enumerated() {
            if let last = runs.last, last.group == node.group {
                runs[runs.count - 1].last = index
            } else {
                runs.append((node.group, index, index))
            }
        }
        guard runs.count > 1 else { return [] }
        let arcRadius = radius - 14, gap = 0.3
        let nameLimit = min(24, Int(radius * 0.4 / 6.4))  // fits between the arc and the centre
        return runs.enumerated().map { number, run in
            let from = point(at: angle(of: Double(run.first) - 0.5 + gap), distance: arcRadius)
            let to = point(at: angle(of: Double(run.last) + 0.5 - gap), distance: arcRadius)
            let largeArc = Double(run.last - run.first + 1) / Double(nodes.count) > 0.5 ? 1 : 0
            let r = SVG.number(arcRadius)
            let path = "M\(SVG.pair(from.x, from.y)) A\(r),\(r) 0 \(largeArc) 1 \(SVG.pair(to.x, to.y))"
            let name = Label.clean(run.group)
            var parts = [SVG.title(name.isEmpty ? Charts.words.noGroup : name),
                         SVG.element("path", ["d": path, "fill": "none", "stroke": number % 2 == 0 ? Ink.line : "#bdbdbd", "stroke-width": 3])]
            if !name.isEmpty && nameLimit >= 8 {
                let middle = point(at: angle(of: Double(run.first + run.last) / 2), distance: arcRadius - 8)
                parts.append(SVG.element("g", ["fill": Ink.muted, "font-style": "italic", "stroke": Ink.halo, "stroke-width": 2.5, "style": "paint-order:stroke"],
                                         [Self.radialText(name, at: middle, outward: false, limit: nameLimit, fontSize: 10)]))
            }
            return SVG.element("g", ["class": "group"], parts)
        }
    }

    static func markers(chart: String) -> [String] {
        [arrow(id: "\(chart)-arrow", fill: Ink.line, size: 7, atStart: false),
         arrow(id: "\(chart)-arrow-start", fill: Ink.line, size: 7, atStart: true),
         arrow(id: "\(chart)-arrow-personal", fill: Ink.text, size: 9, atStart: false),
         arrow(id: "\(chart)-arrow-personal-start", fill: Ink.text, size: 9, atStart: true)]
    }

    /// An arrowhead whose tip is at the line's end; at the start it points back along the line.
    /// Two markers rather than `auto-start-reverse`, which older browsers ignore.
    static func arrow(id: String, fill: String, size: Double, atStart: Bool) -> String {
        SVG.element("marker", ["id": id, "viewBox": "0 0 10 10", "refX": atStart ? 0 : 10, "refY": 5, "markerWidth": size,
                               "markerHeight": size, "markerUnits": "userSpaceOnUse", "orient": "auto"], [
            SVG.element("path", ["d": atStart ? "M10,0 L0,5 L10,10 Z" : "M0,0 L10,5 L0,10 Z", "fill": fill]),
        ])
    }

    static func legendItems(chart: String) -> [Legend.Item] {
        let size = nodeSize
        return [
            Legend.Item(symbol: SVG.element("line", ["x1": 0, "y1": 0, "x2": 26, "y2": 0, "stroke": Ink.line, "stroke-width": 1,
                                                     "marker-end": "url(#\(chart)-arrow)"]),
                        symbolWidth: 28, text: Charts.words.text[.chart.legendIntegration]),
            Legend.Item(symbol: SVG.element("line", ["x1": 0, "y1": 0, "x2": 26, "y2": 0, "stroke": Ink.text, "stroke-width": 2,
                                                     "stroke-dasharray": "6 3", "marker-end": "url(#\(chart)-arrow-personal)"]),
                        symbolWidth: 28, text: Charts.words.text[.chart.legendPersonal]),
            Legend.Item(symbol: SVG.element("circle", ["cx": 6, "cy": 0, "r": size, "fill": Ink.text]), text: "Kommunens system"),
            Legend.Item(symbol: SVG.element("rect", ["x": 6 - size, "y": -size, "width": 2 * size, "height": 2 * size,
                                                     "fill": Ink.halo, "stroke": Ink.text, "stroke-width": 1.5]),
                        text: Charts.words.text[.chart.legendOther]),
        ]
    }
}
