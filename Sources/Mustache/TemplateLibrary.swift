import Foundation
import Basics

/// A theme's templates, compiled once and linked: every partial and parent tag points at its
/// template, so rendering neither parses nor looks a template up by name.
package struct TemplateLibrary: Sendable {
    private let templates: [[TemplateNode]]
    private let indices: [String: Int]

    /// A template that cannot be compiled, or that includes a template the library does not have.
    package struct Problem: Sendable {
        package var template: String
        package var error: TemplateError
        /// A partial or parent tag names a template the library does not have; else the text is wrong.
        package var isMissingTemplate = false
    }

    /// Compiles `sources` (name → Mustache text). Every problem of every template is returned.
    package static func compile(_ sources: [String: String]) -> (TemplateLibrary, [Problem]) {
        let names = sources.keys.sorted()
        let indices = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($0.element, $0.offset) })
        var problems: [Problem] = []
        var parsed: [[TemplateNode]] = []
        for name in names {
            do {
                parsed.append(try TemplateParser.parse(sources[name] ?? ""))
            } catch {
                problems.append(Problem(template: name, error: error))
                parsed.append([])
            }
        }
        var linked: [[TemplateNode]] = []
        for (name, nodes) in zip(names, parsed) {
            var missing: [TemplatePartial] = []
            linked.append(link(nodes, indices, missing: &missing))
            for partial in missing {
                problems.append(Problem(template: name, error: TemplateError(
                    message: "the theme has no template \"\(partial.name).mustache\", which this template includes",
                    line: partial.line, column: partial.column,
                    hint: "check the name after {{> or {{<, or add the template to the theme's templates/ folder"),
                    isMissingTemplate: true))
            }
        }
        return (TemplateLibrary(templates: linked, indices: indices), problems)
    }

    private init(templates: [[TemplateNode]], indices: [String: Int]) {
        self.templates = templates
        self.indices = indices
    }

    func contains(_ name: String) -> Bool { indices[name] != nil }

    /// The page `model` makes through the template `name`; nil if there is no such template or
    /// it includes itself without end.
    /// `globals` answers any name the model and its sections do not.
    package func render(_ name: String, _ model: any TemplateObject, globals: (any TemplateObject)? = nil) -> Data? {
        render(name, stack: (globals.map { [TemplateValue.object($0)] } ?? []) + [.object(model)])
    }

    /// The same with any value at the bottom of the stack, for data that is not a view model
    /// (the Mustache spec's, where the data may be a string or a list).
    func render(_ name: String, root: TemplateValue) -> Data? {
        render(name, stack: [root])
    }

    private func render(_ name: String, stack: [TemplateValue]) -> Data? {
        guard let index = indices[name] else { return nil }
        var renderer = TemplateRenderer(templates: templates, indices: indices, stack: stack)
        renderer.render(templates[index])
        return renderer.tooDeep ? nil : Data(renderer.output)
    }

    /// The nodes with every partial's index set; partials naming no template are left out and listed in `missing`.
    private static func link(_ nodes: [TemplateNode], _ indices: [String: Int], missing: inout [TemplatePartial]) -> [TemplateNode] {
        nodes.compactMap { node in
            switch node {
            case .text, .variable:
                return node
            case .section(let name, let children, let inverted):
                return .section(name, link(children, indices, missing: &missing), inverted: inverted)
            case .block(let name, let children, let indentation, let standalone):
                return .block(name: name, default: link(children, indices, missing: &missing), indentation: indentation, standalone: standalone)
            case .partial(var partial):
                if partial.dynamic != nil {
                    partial.overrides = partial.overrides.mapValues { link($0, indices, missing: &missing) }
                    return .partial(partial)
                }
                guard let index = indices[partial.name] else {
                    missing.append(partial)
                    return nil
                }
                partial.index = index
                partial.overrides = partial.overrides.mapValues { link($0, indices, missing: &missing) }
                return .partial(partial)
            }
        }
    }
}
