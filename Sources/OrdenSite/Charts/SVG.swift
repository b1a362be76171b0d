import Basics
import FrontMatter
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import RDF

/// The small vocabulary every chart is written in: elements with ordered attributes, numbers in one
/// fixed format, escaped text and the document around a chart. Kept free of Foundation formatting so
/// output is the same on every machine and locale.
enum SVG {
    static let font = "system-ui, sans-serif"
    static var emptyText: String { Charts.words.noData }

    /// `<name a="1" b="x">children</name>`, or self-closing without children. Attributes keep their order.
    static func element(_ name: String, _ attributes: KeyValuePairs<String, any SVGValue> = [:], _ children: [String] = []) -> String {
        let start = "<" + name + attributeText(attributes)
        return children.isEmpty ? start + "/>" : start + ">" + children.joined() + "</" + name + ">"
    }

    private static func attributeText(_ attributes: KeyValuePairs<String, any SVGValue>) -> String {
        attributes.map { " " + $0.key + "=\"" + $0.value.svgText + "\"" }.joined()
    }

    /// `<title>` for a tooltip or an accessible name.
    static func title(_ text: String) -> String {
        "<title>" + escape(text) + "</title>"
    }

    /// Text content or attribute value.
    static func escape(_ text: String) -> String { XMLText.escape(text) }

    /// At most one decimal, a dot as separator, no "-0" and no exponent.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = (min(max(value, -1e9), 1e9) * 10).rounded()
        guard tenths != 0 else { return "0" }
        let magnitude = Int(abs(tenths))
        let whole = String(magnitude / 10), fraction = magnitude % 10
        return (tenths < 0 ? "-" : "") + whole + (fraction == 0 ? "" : "." + String(fraction))
    }

    /// "x,y" for paths and polygons.
    static func pair(_ x: Double, _ y: Double) -> String {
        number(x) + "," + number(y)
    }

    /// The chart id as an XML name: letters, digits, "-" and "_", starting with a letter. It prefixes
    /// every id inside the chart, so two charts on one page must be given different ids.
    static func identifier(_ raw: String) -> String {
        var result = ""
        for scalar in raw.unicodeScalars {
            let allowed = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
            result.unicodeScalars.append(allowed ? scalar : "-")
        }
        guard let first = result.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return "chart-" + result }
        return result
    }

    /// The root element with its accessible name and description, then `defs` and the drawing.
    static func document(id: String, title: String, description: String, width: Double, height: Double,
                         defs: [String] = [], body: [String]) -> String {
        let w = number(width), h = number(height)
        let open = "<svg" + attributeText([
            "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 \(w) \(h)", "width": w, "height": h,
            "role": "img", "aria-labelledby": "\(id)-title \(id)-desc", "class": "chart",
            "style": "max-width:100%;height:auto", "font-family": font,
        ]) + ">"
        var lines = [open,
                     element("title", ["id": "\(id)-title"], [escape(title)]),
                     element("desc", ["id": "\(id)-desc"], [escape(description)])]
        if !defs.isEmpty { lines.append(element("defs", [:], defs)) }
        lines += body
        lines.append("</svg>")
        return lines.joined(separator: "\n")
    }

    /// A small chart that says there is nothing to show, for empty or all-zero input.
    static func empty(id: String, title: String, description: String) -> String {
        document(id: id, title: title, description: description, width: 320, height: 40, body: [
            element("text", ["x": 8, "y": 24, "font-size": 13, "fill": Ink.muted], [escape(emptyText)]),
        ])
    }
}

/// A value that can stand in an attribute: numbers in the fixed format, strings escaped.
protocol SVGValue { var svgText: String { get } }
extension Double: SVGValue { var svgText: String { SVG.number(self) } }
extension Int: SVGValue { var svgText: String { String(self) } }
extension String: SVGValue { var svgText: String { SVG.escape(self) } }
