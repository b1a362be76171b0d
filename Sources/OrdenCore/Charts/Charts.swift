/// Inline SVG charts for reports, computed at build time: pure functions from plain data to an SVG
/// string, byte-identical for identical input. Every chart is well-formed XML, escapes all text,
/// reads in greyscale (lightness, patterns, shapes and direct labels, never hue alone) and needs no
/// external resources. The `id` given to a chart prefixes every id inside it.
public enum Charts {}
