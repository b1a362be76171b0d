import Basics
import CommonMark
import FrontMatter
import Mustache
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import RDF

extension Charts {
    package struct Bar: Sendable {
        package var label: String
        /// Zero or more; the bar's length is proportional to it.
        package var value: Double
        /// The value as the reader should see it, e.g. "1 234 567 kr".
        package var valueText: String
        /// Shown after the value, smaller and lighter, e.g. "2 uten kostnad".
        package var note: String?

        package init(label: String, value: Double, valueText: String, note: String? = nil) {
            self.label = label
            self.value = value
            self.valueText = valueText
            self.note = note
        }
    }

    /// One horizontal bar per item in the given order, labelled on the left, its value at its end.
    package static func bars(id: String, title: String, description: String, bars: [Bar]) -> String {
        let id = SVG.identifier(id)
        let lengths = bars.map { $0.value.isFinite ? max($0.value, 0) : 0 }
        guard let largest = lengths.max(), largest > 0 else { return SVG.empty(id: id, title: title, description: description) }
        let layout = BarLayout(bars)
        var body = [SVG.element("line", ["x1": layout.barX, "y1": BarLayout.padding, "x2": layout.barX,
                                         "y2": layout.height - BarLayout.padding, "stroke": Ink.line])]
        for (index, bar) in bars.enumerated() {
            body.append(layout.row(bar, index: index, length: lengths[index] / largest * layout.barArea))
        }
        return SVG.document(id: id, title: title, description: description, width: layout.width, height: layout.height, body: body)
    }
}

/// Columns sized to the longest label and value text, so nothing is cut off at the edges.
private struct BarLayout {
    static let padding = 8.0, rowHeight = 24.0, barHeight = 14.0
    static let fontSize = 12.0, noteSize = 10.0
    static let labelLimit = 32, valueLimit = 24, noteLimit = 32

    let barX: Double, barArea: Double, width: Double, height: Double

    init(_ bars: [Charts.Bar]) {
        let labels = bars.map { Label.width(Label.truncated($0.label, limit: Self.labelLimit), fontSize: Self.fontSize) }
        let texts = bars.map { bar in
            Label.width(Label.truncated(bar.valueText, limit: Self.valueLimit), fontSize: Self.fontSize)
                + (bar.note.map { 6 + Label.width(Label.truncated($0, limit: Self.noteLimit), fontSize: Self.noteSize) } ?? 0)
        }
        let labelColumn = (labels.max() ?? 0) + 10, textColumn = (texts.max() ?? 0) + 10
        barX = Self.padding + labelColumn
        barArea = max(160, 640 - 2 * Self.padding - labelColumn - textColumn)
        width = barX + barArea + textColumn + Self.padding
        height = 2 * Self.padding + Double(bars.count) * Self.rowHeight
    }

    func row(_ bar: Charts.Bar, index: Int, length: Double) -> String {
        let top = Self.padding + Double(index) * Self.rowHeight
        let baseline = top + Self.rowHeight / 2 + 4
        let note = bar.note.map { [SVG.element("tspan", ["dx": 6, "font-size": Self.noteSize, "fill": Ink.muted],
                                                [SVG.escape(Label.truncated($0, limit: Self.noteLimit))])] } ?? []
        let tooltip = [bar.label, bar.valueText, bar.note].compactMap { $0.map(Label.clean) }.joined(separator: " · ")
        return SVG.element("g", ["class": "bar-row"], [
            Label.text(bar.label, limit: Self.labelLimit,
                       ["x": barX - 8, "y": baseline, "text-anchor": "end", "font-size": Self.fontSize, "fill": Ink.text]),
            SVG.element("rect", ["class": "bar", "x": barX, "y": top + (Self.rowHeight - Self.barHeight) / 2,
                                 "width": length, "height": Self.barHeight, "fill": Ink.bar], [SVG.title(tooltip)]),
            SVG.element("text", ["x": barX + length + 6, "y": baseline, "font-size": Self.fontSize, "fill": Ink.text],
                        [SVG.escape(Label.truncated(bar.valueText, limit: Self.valueLimit))] + note),
        ])
    }
}
