import OrdenModel

/// Inline SVG charts for reports, computed at build time: pure functions from plain data to an SVG
/// string, byte-identical for identical input. Every chart is well-formed XML, escapes all text,
/// reads in greyscale (lightness, patterns, shapes and direct labels, never hue alone) and needs no
/// external resources. The `id` given to a chart prefixes every id inside it.
package enum Charts {
    /// The words the charts write themselves (legends, axes, month names), in the language of
    /// the page being rendered: the renderer binds them around each page.
    @TaskLocal static var words = ChartWords(text: Translations.builtIn[.nb])
}

/// The texts of the charts, from the theme's `chart.*` keys.
struct ChartWords: Sendable {
    let text: UIText
    var noData: String { text[.chart.noData] }
    var noGroup: String { text[.chart.noGroup] }
    var external: String { text[.chart.external] }
    var personalData: String { text[.chart.personalData] }
    func month(_ month: Int) -> String { text[.chartMonth(month)] }
}
