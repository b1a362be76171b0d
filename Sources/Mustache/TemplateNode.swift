// A compiled template is a tree of nodes. Text is kept as UTF-8 bytes so rendering only copies,
// and partials point at their template by index once the library has linked them.

enum TemplateNode: Sendable {
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}`.
    case variable(TemplateName, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
    case section(TemplateName, [TemplateNode], inverted: Bool)
    /// `{{> name}}`, or `{{< name}}…{{/name}}` with the blocks it overrides; `{{>*name}}` and
    /// `{{<*name}}` take the template's name from the data.
    case partial(TemplatePartial)
    /// `{{$name}}default{{/name}}`: what a template that inherits this one puts there, or the default.
    /// A standalone block (its tag alone on its line) indents every line of what overrides it,
    /// the first included, by its `indentation`: that of its default's first line, or the tag's.
    case block(name: String, default: [TemplateNode], indentation: [UInt8], standalone: Bool)
}

struct TemplatePartial: Sendable {
    var name: String
    /// For `{{>*name}}`: the name to look up when the tag renders; its text names the template.
    var dynamic: TemplateName?
    /// Where the template stands in the library; set when the library links its templates.
    var index: Int
    /// The whitespace before a standalone tag, put before every line of the partial.
    var indentation: [UInt8]
    /// The blocks `{{< name}}` overrides; empty for `{{> name}}`.
    var overrides: [String: [TemplateNode]]
    /// Where the tag is, for a partial the theme does not have.
    var line: Int
    var column: Int
}

/// A name as a tag writes it: `.` is the current value, `a.b.c` finds `a` on the context stack
/// and then looks into it, and a leading dot (`.a`) looks in the current value only.
struct TemplateName: Sendable {
    var parts: [String]
    var anchored: Bool

    init(_ text: String) {
        parts = text.split(separator: ".").map(String.init)
        anchored = text.first == "."
    }
}

/// A template that cannot be compiled, at the line and column of the tag that is wrong.
package struct TemplateError: Error, Sendable, CustomStringConvertible {
    package var message: String
    package var line: Int
    package var column: Int
    package var hint: String?

    package var description: String { message }
}
