import Basics
import FrontMatter
import Mustache
import OrdenCatalogue
import OrdenModel
import RDF

/// Text as the charts draw it: on one line, cut to a length with "…", its width estimated
/// without a font engine so layout is the same everywhere.
enum Label {
    /// Whitespace runs (newlines included) become one space; other control characters go, and
    /// bidi controls are balanced, since labels are joined into tooltips (`A → B`).
    static func clean(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var kept = ""
        kept.unicodeScalars.append(contentsOf: line.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F })
        return kept.bidiBalanced
    }

    /// At most `limit` characters, the last being "…" when the text was cut.
    static func truncated(_ text: String, limit: Int) -> String {
        let line = clean(text)
        guard line.count > limit else { return line }
        return String(line.prefix(max(limit - 1, 0))).bidiBalanced + "…"
    }

    /// A generous estimate of the drawn width, measured against DejaVu Sans (wider than most
    /// system fonts), so text placed by it stays inside the drawing.
    static func width(_ text: String, fontSize: Double) -> Double {
        text.reduce(0) { $0 + ems($1) } * fontSize
    }

    private static func ems(_ character: Character) -> Double {
        if "iljI.,:;'|! ".contains(character) { return 0.32 }
        if "ftr()[]{}/\\-\"".contains(character) { return 0.42 }
        if "<>=+~#^*".contains(character) { return 0.84 }
        if "mwMW%@&…æœÆŒ".contains(character) { return 1.0 }
        if let scalar = character.unicodeScalars.first, scalar.value >= 0x2E80 { return 1.0 }  // CJK, emoji
        return character.isUppercase ? 0.78 : 0.64
    }

    /// A `<text>` showing at most `limit` characters; when cut, the whole text is its tooltip.
    static func text(_ full: String, limit: Int, _ attributes: KeyValuePairs<String, any SVGValue>) -> String {
        let shown = truncated(full, limit: limit)
        let tooltip = shown == clean(full) ? [] : [SVG.title(clean(full))]
        return SVG.element("text", attributes, tooltip + [SVG.escape(shown)])
    }
}
