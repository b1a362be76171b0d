import Foundation
import Basics

/// Reads JSON-LD 1.1 (https://www.w3.org/TR/json-ld11/) into one graph: the document is expanded
/// (contexts, keyword aliases, scoped contexts, `@nest`, `@included`, `@reverse`, containers) and
/// turned into triples as JSON-LD 1.1 Processing Algorithms describe.
///
/// What Orden cannot do is refused by name, never replaced by a guess: a remote context (Orden
/// does not fetch), and named graphs (a `@graph` beside `@id` or other properties, `@graph`
/// containers). Errors the spec defines are thrown with its error code. What the spec drops
/// (undefined terms, relative IRIs, malformed language tags) is dropped with a warning, and a
/// file that gives no triples at all while something was dropped is an error: an import must not
/// succeed with nothing in it.
package enum JSONLDReader {
    package static func read(_ text: String, path: String, base: String? = nil) throws -> (graph: RDFGraph, warnings: [Diagnostic]) {
        let result = try readWithLocations(text, path: path, base: base)
        return (result.graph, result.warnings)
    }

    struct Options {
        /// The text of a context document by its IRI. Orden never fetches; the conformance runner
        /// serves the suite's own files.
        var loadDocument: ((String) -> String?)?
        /// A context applied before the document's own (the `expandContext` option).
        var expandContext: JSONNode?
        var direction: JSONLDTriples.DirectionMode?
        /// Throw when the file gives no triples although keys were left out.
        var nothingReadIsAnError = true
    }

    static func readWithLocations(_ text: String, path: String, base: String?, options: Options = Options()) throws
        -> (graph: RDFGraph, warnings: [Diagnostic], locations: SubjectLocations) {
        var parser = JSONTreeParser(text: text, path: path)
        let root = try parser.document()
        let environment = JSONLDEnvironment(path: path, loadDocument: options.loadDocument)
        var expander = JSONLDExpander(environment: environment)
        var context = JSONLDContext(base: base)
        if let expandContext = options.expandContext {
            context = try context.applying(expandContext["@context"] ?? expandContext, baseURL: base, environment: &expander.environment)
        }
        switch root.value {
        case .object, .array: break
        default: throw Diagnostic.error("a JSON-LD document must be an object or an array of objects", at: SourceLocation(path: path, line: root.line, column: root.column))
        }
        let expanded = try expander.document(root, context: context, baseURL: base)
        var triples = JSONLDTriples(environment: expander.environment, direction: options.direction)
        try triples.add(expanded)
        if options.nothingReadIsAnError, triples.graph.count == 0, !triples.environment.warnings.isEmpty {
            let location = SourceLocation(path: path, line: root.line, column: root.column)
            guard expander.droppedKeys.isEmpty else {
                let keys = Array(Set(expander.droppedKeys)).sorted().prefix(5).map { "“\($0)”" }.joined(separator: ", ")
                throw Diagnostic.error("nothing read: none of the keys of this JSON-LD file is defined in its @context (\(keys)), so it gives no statements",
                                       at: location,
                                       hint: "define the terms in @context, for example \"@context\": {\"dcat\": \"http://www.w3.org/ns/dcat#\", \"title\": \"http://purl.org/dc/terms/title\"}")
            }
            throw Diagnostic.error("nothing read: every statement in this JSON-LD file was left out (\(triples.environment.warnings[0].message))",
                                   at: location, hint: "see the warnings for why")
        }
        return (triples.graph, triples.environment.warnings, triples.locations)
    }
}
