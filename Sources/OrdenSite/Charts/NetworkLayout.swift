import Foundation
import Basics
import CommonMark
import FrontMatter
import Mustache
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSource
import RDF

/// Nodes evenly on a circle whose size grows with their number, about 14 units of arc each, so
/// labels radiating outward do not touch; the drawing is sized to hold the longest label.
struct NetworkLayout {
    static let arcPerNode = 14.0, minimumRadius = 90.0, margin = 12.0
    static let labelLimit = 28, fontSize = 11.0, labelGap = 9.0, nodeSize = 4.5

    struct Place { var x: Double, y: Double, angle: Double }

    let nodes: [Charts.Node]
    private(set) var placed: [String: (node: Charts.Node, place: Place)] = [:]
    let radius: Double, diameter: Double, width: Double, center: (x: Double, y: Double)

    init(_ input: [Charts.Node]) {
        var seen = Set<String>()
        let unique = input.filter { seen.insert($0.id).inserted }
        nodes = unique.map { (Collation.key($0.group), Collation.key($0.label), $0.id, $0) }
            .sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }.map(\.3)
        radius = max(Self.minimumRadius, Double(nodes.count) * Self.arcPerNode / (2 * Double.pi))
        let longest = nodes.map { Label.width(Label.truncated($0.label, limit: Self.labelLimit), fontSize: Self.fontSize) }.max() ?? 0
        diameter = 2 * (radius + Self.labelGap + longest + Self.margin)
        width = max(diameter, 440)
        center = (width / 2, diameter / 2)
        for (index, node) in nodes.enumerated() {
            placed[node.id] = (node, point(at: angle(of: index), distance: radius))
        }
    }

    /// Node `index`'s direction from the centre, clockwise from the top.
    func angle(of index: Double) -> Double {
        -Double.pi / 2 + 2 * Double.pi * index / Double(max(nodes.count, 1))
    }

    func angle(of index: Int) -> Double { angle(of: Double(index)) }

    func point(at angle: Double, distance: Double) -> Place {
        Place(x: center.x + distance * cos(angle), y: center.y + distance * sin(angle), angle: angle)
    }

    /// A text along the radius at `place`, turned so it never reads upside down: on the left half it
    /// is flipped and anchored at its end. `outward` false makes it run toward the centre instead.
    static func radialText(_ text: String, at place: Place, outward: Bool, limit: Int, fontSize: Double) -> String {
        let leftHalf = cos(place.angle) < -1e-9
        let degrees = place.angle * 180 / Double.pi + (leftHalf ? 180 : 0)
        let x = SVG.number(place.x), y = SVG.number(place.y)
        let shown = Label.truncated(text, limit: limit)
        return SVG.element("text", [
            "x": place.x, "y": place.y, "dy": fontSize * 0.35, "transform": "rotate(\(SVG.number(degrees)) \(x) \(y))",
            "text-anchor": leftHalf == outward ? "end" : "start", "font-size": fontSize,
        ], [SVG.escape(shown)])
    }

    func node(_ node: Charts.Node) -> String {
        guard let place = placed[node.id]?.place else { return "" }
        let size = Self.nodeSize
        let shape = node.external
            ? SVG.element("rect", ["x": place.x - size, "y": place.y - size, "width": 2 * size, "height": 2 * size,
                                   "fill": Ink.halo, "stroke": Ink.text, "stroke-width": 1.5])
            : SVG.element("circle", ["cx": place.x, "cy": place.y, "r": size, "fill": Ink.text])
        let group = Label.clean(node.group)
        let tooltip = Label.clean(node.label) + (group.isEmpty ? "" : " (\(group))") + (node.external ? " · " + Charts.words.external : "")
        let label = point(at: place.angle, distance: radius + Self.labelGap)
        return SVG.element("g", ["class": node.external ? "node external" : "node", "fill": Ink.text], [
            SVG.title(tooltip), shape,
            Self.radialText(node.label, at: label, outward: true, limit: Self.labelLimit, fontSize: Self.fontSize),
        ])
    }

    /// A quadratic curve bending toward the centre, drawn from source to target so the arrowhead
    /// at its end shows the direction; `both` gets one at each end. Personal data: darker, thicker, dashed.
    func edge(_ edge: Charts.Edge, chart: String) -> String? {
        guard edge.from != edge.to, let from = placed[edge.from], let to = placed[edge.to] else { return nil }
        let (source, target) = edge.direction == .in ? (to.place, from.place) : (from.place, to.place)
        let control = (x: center.x + ((source.x + target.x) / 2 - center.x) * 0.3,
                       y: center.y + ((source.y + target.y) / 2 - center.y) * 0.3)
        let start = Self.pulled(source, toward: control, by: Self.nodeSize + 2)
        let end = Self.pulled(target, toward: control, by: Self.nodeSize + 2)
        let path = "M\(SVG.pair(start.x, start.y)) Q\(SVG.pair(control.x, control.y)) \(SVG.pair(end.x, end.y))"
        let personal = edge.personalData
        let marker = personal ? "\(chart)-arrow-personal" : "\(chart)-arrow"
        return SVG.element("path", [
            "class": personal ? "edge personal" : "edge", "d": path, "fill": "none",
            "stroke": personal ? Ink.text : Ink.line, "stroke-width": personal ? 2 : 1, "stroke-dasharray": personal ? "6 3" : "none",
            "marker-start": edge.direction == .both ? "url(#\(marker)-start)" : "none", "marker-end": "url(#\(marker))",
        ], [SVG.title(Self.tooltip(edge, from: from.node, to: to.node))])
    }

    static func tooltip(_ edge: Charts.Edge, from: Charts.Node, to: Charts.Node) -> String {
        let arrow = switch edge.direction {
        case .out: "→"
        case .in: "←"
        case .both: "↔"
        }
        let label = Label.clean(edge.label)
        return "\(Label.clean(from.label)) \(arrow) \(Label.clean(to.label))"
            + (label.isEmpty ? "" : ": \(label)") + (edge.personalData ? " · " + Charts.words.personalData : "")
    }

    /// `place` moved `distance` toward `target`, so a line ends at a node's edge, not its centre.
    static func pulled(_ place: Place, toward target: (x: Double, y: Double), by distance: Double) -> (x: Double, y: Double) {
        let dx = target.x - place.x, dy = target.y - place.y
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > distance else { return (place.x, place.y) }
        return (place.x + dx / length * distance, place.y + dy / length * distance)
    }
}
