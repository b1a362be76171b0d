import Foundation
import Basics
import CommonMark
import FrontMatter
import Mustache
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenResources
import OrdenSource
import RDF

/// The templates and static files a site is rendered with: the built-in default theme, with any
/// file of the same name in the site's own `themes/<name>/` taking its place.
package struct Theme: Sendable {
    package static let defaultName = "default"
    /// The pages' templates and the frame they fill in; a theme's partials are its own business.
    static let requiredTemplates: [TemplateName] = [
        .base, .home, .list, .municipality, .system, .product, .vendor, .serviceArea, .standard,
        .dataset, .processing, .contract, .initiative, .region, .report, .search, ._404,
    ]

    /// Compiled once when the theme loads and shared by every render thread.
    let library: TemplateLibrary
    /// Site path → bytes, e.g. `assets/style.css`.
    package let staticFiles: [String: Data]
    /// The interface text in each language, from `i18n/`.
    package let translations: Translations

    /// The built-in theme with the site's overrides from `paths` (the source's file list) applied.
    package static func load(name: String, from tree: SourceTree, paths: [String]) -> (Theme?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var templates: [String: (source: String, path: String)] = [:]
        var statics: [String: Data] = [:]
        var translationFiles = TranslationFile.builtIn
        let builtIn = "themes/\(defaultName)/"
        for (path, text) in EmbeddedResources.files where path.hasPrefix(builtIn) {
            let relative = String(path.dropFirst(builtIn.count))
            if TranslationFile.language(of: relative) != nil { continue }
            add(relative, data: Data(text.utf8), origin: "(built-in) " + path, into: &templates, &statics)
        }
        let local = "themes/\(name)/"
        let overrides = paths.filter { $0.hasPrefix(local) }
        if name != defaultName && overrides.isEmpty {
            diagnostics.append(.error("the theme \"\(name)\" named in orden.yml has no folder themes/\(name)/", at: SourceLocation(path: ContentLayout.configFile),
                                      hint: "remove the theme line to use the built-in theme, or create the folder"))
        }
        for path in overrides {
            do {
                let relative = String(path.dropFirst(local.count))
                let data = try tree.read(path)
                if let file = TranslationFile(relative: relative, origin: path, data: data, layer: 1) {
                    translationFiles.append(file)
                    continue
                }
                add(relative, data: data, origin: path, into: &templates, &statics)
            } catch {
                diagnostics.append(.error("cannot read the theme file: \(error.localizedDescription)", at: SourceLocation(path: path),
                                          hint: (error as? LocalizedError)?.recoverySuggestion))
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
        for required in requiredTemplates where templates[required.rawValue] == nil {
            diagnostics.append(.error("the theme has no template \"\(required.rawValue).mustache\"", at: SourceLocation(path: local + "templates/")))
        }
        let (translations, translationProblems) = Translations.load(translationFiles)
        diagnostics += translationProblems
        diagnostics += missingTemplateTexts(templates, translations[.nb])
        if diagnostics.hasErrors { return (nil, diagnostics) }
        return (Theme(library: library, staticFiles: statics, translations: translations), diagnostics)
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

    /// Every `{{t.key}}` in a template whose key the bokmål translation lacks, at its line.
    private static func missingTemplateTexts(_ templates: [String: (source: String, path: String)], _ reference: UIText) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (_, template) in templates.sorted(by: { $0.key < $1.key }) {
            for (index, line) in template.source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                var rest = line[...]
                while let open = rest.range(of: "{{") {
                    rest = rest[open.upperBound...]
                    let tag = rest.drop { "{&#^ ".contains($0) }
                    guard tag.hasPrefix("t."), let close = tag.range(of: "}}") else { continue }
                    let key = String(tag[tag.index(tag.startIndex, offsetBy: 2)..<close.lowerBound]).trimmingCharacters(in: .whitespaces)
                    if reference.entries[key] == nil {
                        let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                        diagnostics.append(.error("the template uses the interface text \"\(key)\", which no translation file has",
                                                  at: SourceLocation(path: template.path, line: index + 1, column: column),
                                                  hint: "add `\(key): …` to the theme's i18n/nb.yml, i18n/nn.yml and i18n/en.yml"))
                    }
                }
            }
        }
        return diagnostics
    }

    /// The page's bytes in `language`; nil if the theme has no such template or it includes itself without end.
    package func render(_ template: TemplateName, _ model: any TemplateObject, language: UILanguage = .nb) -> Data? {
        library.render(template.rawValue, model, globals: TemplateGlobals(text: translations[language]))
    }
}
