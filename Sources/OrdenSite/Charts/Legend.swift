import Basics
import FrontMatter
import Mustache
import OrdenHistory
import OrdenModel

/// Symbols with their names in rows that wrap to the width available.
enum Legend {
    struct Item {
        /// Drawn from x = 0 to `symbolWidth`, centred on y = 0, about 12 units high.
        var symbol: String
        var symbolWidth: Double = 12
        var text: String
    }

    static let fontSize = 11.0
    static let rowHeight = 18.0

    /// The legend placed with its first row's centre line at `y`, and the height it took.
    static func layout(_ items: [Item], x: Double, y: Double, width: Double) -> (svg: String, height: Double) {
        var parts: [String] = []
        var cursor = x, row = y
        for item in items {
            let itemWidth = item.symbolWidth + 6 + Label.width(item.text, fontSize: fontSize)
            if cursor > x && cursor + itemWidth > x + width {
                cursor = x
                row += rowHeight
            }
            parts.append(SVG.element("g", ["class": "legend-item", "transform": "translate(\(SVG.number(cursor)) \(SVG.number(row)))"], [
                item.symbol,
                SVG.element("text", ["x": item.symbolWidth + 6, "y": 4, "font-size": fontSize, "fill": Ink.text], [SVG.escape(item.text)]),
            ]))
            cursor += itemWidth + 18
        }
        let svg = SVG.element("g", ["class": "legend"], parts)
        return (parts.isEmpty ? "" : svg, parts.isEmpty ? 0 : row - y + rowHeight)
    }
}
