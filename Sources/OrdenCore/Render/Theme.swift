import Foundation

/// The templates and static files a site is rendered with: the built-in default theme, with any
/// file of the same name in the site's own `themes/<name>/` taking its place.
public struct Theme: Sendable {
    public static let defaultName = "default"
    static let requiredTemplates = [
        "base", "home", "list", "municipality", "system", "product", "vendor", "service-area", "standard",
        "dataset", "processing", "contract", "initiative", "region", "report", "404",
    ]

    /// Compiled once when the theme loads and shared by every render thread.
    let library: TemplateLibrary
    /// Site path → bytes, e.g. `assets/style.css`.
    public let staticFiles: [String: Data]

    /// The built-in theme with the site's overrides from `paths` (the source's file list) applied.
    public static func load(name: String, from tree: SourceTree, paths: [String]) -> (Theme?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var templates: [String: (source: String, path: String)] = [:]
        var statics: [String: Data] = [:]
        let builtIn = "themes/\(defaultName)/"
        for (path, text) in EmbeddedResources.files where path.hasPrefix(builtIn) {
            add(String(path.dropFirst(builtIn.count)), data: Data(text.utf8), origin: "(built-in) " + path, into: &templates, &statics)
        }
        let local = "themes/\(name)/"
        let overrides = paths.filter { $0.hasPrefix(local) }
        if name != defaultName && overrides.isEmpty {
            diagnostics.append(.error("the theme \"\(name)\" named in orden.yml has no folder themes/\(name)/", at: SourceLocation(path: ContentLayout.configFile),
                                      hint: "remove the theme line to use the built-in theme, or create the folder"))
        }
        for path in overrides {
            do {
                add(String(path.dropFirst(local.count)), data: try tree.read(path), origin: path, into: &templates, &statics)
            } catch {
                diagnostics.append(.error("cannot read the theme file: \(error.localizedDescription)", at: SourceLocation(path: path)))
            }
        }

        let (library, problems) = TemplateLibrary.compile(templates.mapValues(\.source))
        for problem in problems {
            let error = problem.error
            let path = templates[problem.template]?.path ?? local + "templates/\(problem.template).mustache"
            let message = problem.isMissingTemplate ? error.message : "the template cannot be read: \(error.message)"
            diagnostics.append(.error(message,
                                      at: SourceLocation(path: path, line: error.line, column: error.column), hint: error.hint))
        }
        for required in requiredTemplates where templates[required] == nil {
            diagnostics.append(.error("the theme has no template \"\(required).mustache\"", at: SourceLocation(path: local + "templates/")))
        }
        if diagnostics.hasErrors { return (nil, diagnostics) }
        return (Theme(library: library, staticFiles: statics), diagnostics)
    }

    private static func add(_ relative: String, data: Data, origin: String,
                            into templates: inout [String: (source: String, path: String)], _ statics: inout [String: Data]) {
        if relative.hasPrefix("templates/") && relative.hasSuffix(".mustache") {
            let name = String(relative.dropFirst("templates/".count).dropLast(".mustache".count))
            templates[name] = (String(decoding: data, as: UTF8.self), origin)
        } else if relative.hasPrefix("static/") {
            statics[String(relative.dropFirst("static/".count))] = data
        }
    }

    /// The page's bytes; nil if the theme has no such template or it includes itself without end.
    public func render(_ template: String, _ model: any TemplateObject) -> Data? {
        library.render(template, model)
    }
}
