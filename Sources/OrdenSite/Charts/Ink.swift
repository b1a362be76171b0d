import Mustache

/// Greys that stay apart when printed in black and white, and the fill patterns that tell areas
/// apart where lightness alone would be too subtle. Hue is never the only difference.
enum Ink {
    static let text = "#1a1a1a"
    static let muted = "#595959"  // 7:1 against white, fine for small notes
    static let line = "#8c8c8c"
    static let grid = "#e3e3e3"
    static let bar = "#4d4d4d"
    static let halo = "#ffffff"

    enum Pattern: String {
        case hatch, dots, cross
    }

    /// "url(#<chart>-hatch)".
    static func url(_ pattern: Pattern, chart: String) -> String {
        "url(#\(chart)-\(pattern.rawValue))"
    }

    /// A 6-unit tile of `ink` on `background`; ids carry the chart id so charts on one page do not clash.
    static func definition(_ pattern: Pattern, chart: String, ink: String, background: String) -> String {
        let tile = SVG.element("rect", ["width": 6, "height": 6, "fill": background])
        let marks: [String]
        switch pattern {
        case .hatch:
            marks = [SVG.element("line", ["x1": 0, "y1": 0, "x2": 0, "y2": 6, "stroke": ink, "stroke-width": 2])]
        case .cross:
            marks = [SVG.element("line", ["x1": 0, "y1": 0, "x2": 0, "y2": 6, "stroke": ink, "stroke-width": 1]),
                     SVG.element("line", ["x1": 0, "y1": 3, "x2": 6, "y2": 3, "stroke": ink, "stroke-width": 1])]
        case .dots:
            marks = [SVG.element("circle", ["cx": 3, "cy": 3, "r": 1.2, "fill": ink])]
        }
        return SVG.element("pattern", [
            "id": "\(chart)-\(pattern.rawValue)", "width": 6, "height": 6,
            "patternUnits": "userSpaceOnUse", "patternTransform": "rotate(45)",
        ], [tile] + marks)
    }
}
