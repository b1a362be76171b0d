import Foundation

/// Reads JSON-LD (https://www.w3.org/TR/json-ld11/) into a graph, in the compacted forms
/// catalogues publish (a `@context` of prefixes and term definitions, `@graph`, nested nodes,
/// value objects, `@list`) and in expanded form. JSON that is not well formed is thrown as a
/// `Diagnostic`; keys and values that cannot be read are returned as warnings.
public enum JSONLDReader {
    public static func read(_ text: String, path: String, base: String? = nil) throws -> (graph: RDFGraph, warnings: [Diagnostic]) {
        let result = try readWithLocations(text, path: path, base: base)
        return (result.graph, result.warnings)
    }

    static func readWithLocations(_ text: String, path: String, base: String?) throws -> (graph: RDFGraph, warnings: [Diagnostic], locations: SubjectLocations) {
        var parser = JSONTreeParser(text: text, path: path)
        let root = try parser.document()
        var walker = JSONLDWalker(path: path)
        try walker.document(root, context: JSONLDContext(base: base))
        return (walker.graph, walker.warnings, walker.locations)
    }
}

/// Turns JSON-LD nodes into triples, following the expansion and RDF algorithms of JSON-LD 1.1
/// for the features listed on `JSONLDReader`.
struct JSONLDWalker {
    let path: String
    private(set) var graph = RDFGraph()
    private(set) var warnings: [Diagnostic] = []
    private(set) var locations = SubjectLocations()
    private var blanks = BlankNodes()
    /// Keys already warned about, so an unknown term is reported once, not once per node.
    private var reportedKeys: Set<String> = []

    init(path: String) { self.path = path }

    mutating func document(_ root: JSONNode, context: JSONLDContext) throws {
        for item in root.items {
            guard item.pairs != nil else {
                warn("a JSON-LD document holds objects; this \(kind(of: item)) is left out", at: item)
                continue
            }
            _ = try node(item, context: context)
        }
    }

    // MARK: Node objects

    /// Adds a node object's triples and returns its subject; nil for a top-level object that
    /// only wraps `@graph`.
    @discardableResult
    private mutating func node(_ object: JSONNode, context outer: JSONLDContext) throws -> RDFTerm? {
        var context = outer
        if let local = object["@context"] { context = try outer.applying(local, path: path, warnings: &warnings) }
        let pairs = object.pairs ?? []
        let subject = try subject(of: object, context: context)
        locations.note(subject, SourceLocation(path: path, line: object.line, column: object.column))
        for item in object["@graph"]?.items ?? [] where item.pairs != nil {
            try node(item, context: context)
        }
        for item in object["@included"]?.items ?? [] where item.pairs != nil {
            try node(item, context: context)
        }
        let isWrapper = object["@graph"] != nil && pairs.allSatisfy { ["@context", "@graph", "@id"].contains($0.key) }
        if isWrapper && object["@id"] == nil { return nil }
        for type in object["@type"]?.items ?? [] {
            guard let text = type.string, let iri = context.expand(text, vocab: true, documentRelative: true) else {
                warn("@type must be a string naming a class", at: type)
                continue
            }
            graph.add(subject, RDFVocabulary.rdf + "type", term(forIRI: iri))
        }
        for (key, value) in pairs where !key.hasPrefix("@") {
            try property(key, value, of: subject, context: context)
        }
        if let reverse = object["@reverse"]?.pairs {
            for (key, value) in reverse {
                guard let predicate = predicateIRI(key, at: value, context: context) else { continue }
                for item in value.items where item.pairs != nil {
                    if let other = try node(item, context: context) { graph.add(other, predicate, subject) }
                }
            }
        }
        return subject
    }

    private mutating func subject(of object: JSONNode, context: JSONLDContext) throws -> RDFTerm {
        guard let id = object["@id"] else { return blanks.fresh() }
        guard let text = id.string, let iri = context.expand(text, vocab: false, documentRelative: true) else {
            warn("@id must be a string with an IRI or a blank node label", at: id)
            return blanks.fresh()
        }
        return term(forIRI: iri)
    }

    private mutating func term(forIRI iri: String) -> RDFTerm {
        iri.hasPrefix("_:") ? blanks.named(String(iri.dropFirst(2))) : .iri(iri)
    }

    // MARK: Properties

    private mutating func property(_ key: String, _ value: JSONNode, of subject: RDFTerm, context: JSONLDContext) throws {
        guard let predicate = predicateIRI(key, at: value, context: context) else { return }
        let definition = context.terms[key]
        if definition?.container.contains("@language") == true, let languages = value.pairs {
            for (language, texts) in languages {
                for text in texts.items {
                    if let string = text.string { graph.add(subject, predicate, .string(string, language: language == "@none" ? nil : language)) }
                }
            }
            return
        }
        if definition?.container.contains("@list") == true, value.pairs == nil || value["@list"] == nil {
            let items = try value.items.flatMap { try objects($0, definition: definition, context: context) }
            graph.add(subject, predicate, list(items))
            return
        }
        for item in value.items {
            for object in try objects(item, definition: definition, context: context) {
                if definition?.reverse == true {
                    graph.add(object, predicate, subject)
                } else {
                    graph.add(subject, predicate, object)
                }
            }
        }
    }

    /// The IRI a key stands for, or nil (with a warning, once per key) when it has none.
    private mutating func predicateIRI(_ key: String, at value: JSONNode, context: JSONLDContext) -> String? {
        guard let iri = context.expand(key, vocab: true), !iri.hasPrefix("_:"), IRIResolution.isAbsolute(iri) else {
            if context.terms[key] == nil, reportedKeys.insert(key).inserted {
                warn("“\(key)” is not defined in the @context, so its values are left out", at: value,
                     hint: "define it in @context (\"\(key)\": \"http://…\") or write the full IRI")
            }
            return nil
        }
        return iri
    }

    /// The RDF terms one JSON value stands for: none for null, several for `@set`.
    private mutating func objects(_ value: JSONNode, definition: JSONLDContext.Term?, context: JSONLDContext) throws -> [RDFTerm] {
        switch value.value {
        case .null:
            return []
        case .string(let text):
            switch definition?.type {
            case "@id"?, "@vocab"?:
                guard let iri = context.expand(text, vocab: definition?.type == "@vocab", documentRelative: true) else { return [] }
                return [term(forIRI: iri)]
            case let datatype?:
                return [.typed(text, datatype)]
            case nil:
                let language = definition?.language ?? context.language
                return [.string(text, language: language)]
            }
        case .number(let text):
            return [number(text, datatype: definition?.type)]
        case .bool(let flag):
            return [.typed(flag ? "true" : "false", definition?.type.flatMap { $0.hasPrefix("@") ? nil : $0 } ?? RDFVocabulary.xsd + "boolean")]
        case .array(let items):
            // An array inside an array is a list in JSON-LD 1.1.
            return [list(try items.flatMap { try objects($0, definition: definition, context: context) })]
        case .object:
            return try objectValue(value, definition: definition, context: context)
        }
    }

    private mutating func objectValue(_ value: JSONNode, definition: JSONLDContext.Term?, context: JSONLDContext) throws -> [RDFTerm] {
        if let literal = value["@value"] {
            return valueObject(value, literal: literal, context: context).map { [$0] } ?? []
        }
        if let items = value["@list"] {
            return [list(try items.items.flatMap { try objects($0, definition: definition, context: context) })]
        }
        if let items = value["@set"] {
            return try items.items.flatMap { try objects($0, definition: definition, context: context) }
        }
        return try node(value, context: context).map { [$0] } ?? []
    }

    /// `{"@value": …, "@language": …}` or `{"@value": …, "@type": …}`.
    private mutating func valueObject(_ object: JSONNode, literal: JSONNode, context: JSONLDContext) -> RDFTerm? {
        var datatype: String?
        if let type = object["@type"] {
            guard let text = type.string, let iri = context.expand(text, vocab: true, documentRelative: true) else {
                warn("@type of a value must be a datatype IRI", at: type)
                return nil
            }
            datatype = iri
        }
        let language = object["@language"]?.string
        switch literal.value {
        case .string(let text):
            if let datatype { return .typed(text, datatype) }
            return .string(text, language: language)
        case .number(let text): return number(text, datatype: datatype)
        case .bool(let flag): return .typed(flag ? "true" : "false", datatype ?? RDFVocabulary.xsd + "boolean")
        case .null: return nil
        default:
            warn("@value must be a string, a number or true/false", at: literal)
            return nil
        }
    }

    /// JSON numbers: whole ones are xsd:integer, others xsd:double in canonical form.
    private func number(_ text: String, datatype: String?) -> RDFTerm {
        let isWhole = !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" })
        let xsd = RDFVocabulary.xsd
        if isWhole && (datatype == nil || datatype == xsd + "integer"), text.count < 19 {
            return .typed(text, xsd + "integer")
        }
        let value = Double(text) ?? 0
        let lexical = datatype == nil || datatype == xsd + "double" ? Self.canonicalDouble(value) : text
        return .typed(lexical, datatype.flatMap { $0.hasPrefix("@") ? nil : $0 } ?? xsd + "double")
    }

    /// 1.5E0, 1.0E3: the form JSON-LD's RDF conversion gives doubles.
    static func canonicalDouble(_ value: Double) -> String {
        let formatted = String(format: "%.15E", value)
        guard let e = formatted.firstIndex(of: "E") else { return formatted }
        var mantissa = String(formatted[..<e])
        while mantissa.hasSuffix("0") && !mantissa.hasSuffix(".0") { mantissa.removeLast() }
        let exponent = Int(formatted[formatted.index(after: e)...]) ?? 0
        return mantissa + "E" + String(exponent)
    }

    private mutating func list(_ items: [RDFTerm]) -> RDFTerm {
        graph.addCollection(items, blanks: &blanks)
    }

    private func kind(of node: JSONNode) -> String {
        switch node.value {
        case .object: "object"
        case .array: "array"
        case .string: "string"
        case .number: "number"
        case .bool: "true/false"
        case .null: "null"
        }
    }

    private mutating func warn(_ message: String, at node: JSONNode, hint: String? = nil) {
        warnings.append(.warning(message, at: SourceLocation(path: path, line: node.line, column: node.column), hint: hint))
    }
}
