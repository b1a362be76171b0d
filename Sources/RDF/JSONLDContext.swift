import Basics

/// A JSON-LD active context (https://www.w3.org/TR/json-ld11/#the-context) and the Context
/// Processing, Create Term Definition and IRI Expansion algorithms of JSON-LD 1.1 Processing
/// Algorithms (https://www.w3.org/TR/json-ld11-api/, 4.1, 4.2, 5.2), in processing mode
/// json-ld-1.1. Errors are thrown as `Diagnostic`s whose message starts with the spec's error
/// code, so that a reader of the message can look it up.
struct JSONLDContext {
    struct Term: Equatable {
        /// The IRI, keyword or blank node the term stands for; nil when defined as null.
        var iri: String?
        var prefix = false
        var protected = false
        var reverse = false
        /// `@id`, `@vocab`, `@json`, `@none` or a datatype IRI.
        var type: String?
        /// `.some(nil)` means the term removes the language.
        var language: String??
        var direction: String??
        var container: Set<String> = []
        var index: String?
        var nest: String?
        /// The scoped context, as written, and the base it was written against.
        var context: JSONNode?
        var contextBase: String?

        static func == (a: Term, b: Term) -> Bool {
            a.iri == b.iri && a.prefix == b.prefix && a.reverse == b.reverse && a.type == b.type
                && a.language == b.language && a.direction == b.direction && a.container == b.container
                && a.index == b.index && a.nest == b.nest && a.contextBase == b.contextBase
                && JSONNode.sameValue(a.context, b.context)
        }
    }

    /// Holds the context a type-scoped context replaced (`previous context` in the spec).
    final class Previous {
        let context: JSONLDContext
        init(_ context: JSONLDContext) { self.context = context }
    }

    var base: String?
    var originalBase: String?
    var vocab: String?
    var language: String?
    var direction: String?
    var terms: [String: Term] = [:]
    var previous: Previous?
    /// Tells processed contexts apart for `JSONLDEnvironment.cache`; copies share it.
    var identity = 0

    init(base: String?) {
        self.base = base
        originalBase = base
    }

    var hasProtectedTerms: Bool { terms.values.contains { $0.protected } }
}

/// What the context algorithms need from outside: where errors point, and how a context that is
/// not in the file is found (Orden never fetches one; the conformance runner serves the suite's).
struct JSONLDEnvironment {
    let path: String
    /// Returns the text of a context document by its absolute IRI, or nil.
    var loadDocument: ((String) -> String?)?
    var warnings: [Diagnostic] = []
    /// Contexts already processed, by the context they were applied to and where the local
    /// context was written: a type-scoped context on ten thousand datasets is processed once,
    /// which keeps a large catalogue linear in its size rather than in size times terms.
    var cache: [CacheKey: JSONLDContext] = [:]
    var identities = 0

    struct CacheKey: Hashable {
        var active: Int
        var base: String?
        var line: Int
        var column: Int
        var overrideProtected: Bool
        var propagate: Bool
    }
    func error(_ code: String, _ detail: String, at node: JSONNode?, hint: String? = nil) -> Diagnostic {
        .error("\(code): \(detail)", at: location(node), hint: hint)
    }

    func location(_ node: JSONNode?) -> SourceLocation {
        SourceLocation(path: path, line: node?.line ?? 0, column: node?.column ?? 0)
    }

    mutating func warn(_ message: String, at node: JSONNode?, hint: String? = nil) {
        warnings.append(.warning(message, at: location(node), hint: hint))
    }
}

/// The context being processed, for terms that IRI expansion defines on demand.
struct JSONLDDefinitionScope {
    var local: JSONNode
    var baseURL: String?
    var protected: Bool
    var overrideProtected: Bool
    var remote: [String]
}

enum JSONLDKeyword {
    static let all: Set<String> = [
        "@base", "@container", "@context", "@default", "@direction", "@embed", "@explicit", "@graph", "@id", "@import",
        "@included", "@index", "@json", "@language", "@list", "@nest", "@none", "@omitDefault", "@prefix", "@preserve",
        "@propagate", "@protected", "@requireAll", "@reverse", "@set", "@type", "@value", "@version", "@vocab",
    ]

    /// `@` followed by letters only: reserved for future keywords, ignored with a warning.
    static func hasKeywordForm(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard scalars.first == "@", scalars.count > 1 else { return false }
        return scalars.dropFirst().allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
    }

    static func isKeyword(_ text: String) -> Bool { all.contains(text) }
}

extension JSONLDContext {
    // MARK: Context processing (4.1.2)

    /// `processing` for the contexts met while expanding, remembered between nodes.
    func applying(_ local: JSONNode, baseURL: String?, overrideProtected: Bool = false, propagate: Bool = true,
                  environment env: inout JSONLDEnvironment) throws -> JSONLDContext {
        let key = JSONLDEnvironment.CacheKey(active: identity, base: baseURL, line: local.line, column: local.column,
                                             overrideProtected: overrideProtected, propagate: propagate)
        if local.line > 0, let known = env.cache[key] { return known }
        var result = try processing(local, baseURL: baseURL, overrideProtected: overrideProtected, propagate: propagate, environment: &env)
        env.identities += 1
        result.identity = env.identities
        if local.line > 0 { env.cache[key] = result }
        return result
    }

    func processing(_ local: JSONNode, baseURL: String?, remote: [String] = [], overrideProtected: Bool = false,
                    propagate propagateDefault: Bool = true, validateScoped: Bool = true,
                    environment env: inout JSONLDEnvironment) throws -> JSONLDContext {
        var result = self
        var propagate = propagateDefault
        if let flag = local["@propagate"] {
            guard case .bool(let value) = flag.value else { throw env.error("invalid @propagate value", "@propagate must be true or false", at: flag) }
            propagate = value
        }
        if !propagate && result.previous == nil { result.previous = Previous(self) }
        for context in local.items {
            switch context.value {
            case .null:
                if !overrideProtected && result.hasProtectedTerms {
                    throw env.error("invalid context nullification", "a context with protected terms cannot be set to null", at: context)
                }
                let previousResult = result
                result = JSONLDContext(base: originalBase)
                if !propagate { result.previous = Previous(previousResult) }
            case .string(let reference):
                let url = IRIResolution.resolve(reference, against: baseURL)
                if !validateScoped && remote.contains(url) { continue }
                guard remote.count < 32 else {
                    throw env.error("context overflow", "contexts load each other more than 32 levels deep", at: context)
                }
                let loaded = try loadContext(url, at: context, environment: &env)
                result = try result.processing(loaded, baseURL: url, remote: remote + [url], overrideProtected: overrideProtected,
                                               validateScoped: validateScoped, environment: &env)
            case .object:
                try result.apply(context, baseURL: baseURL, remote: remote, overrideProtected: overrideProtected,
                                 environment: &env)
            default:
                throw env.error("invalid local context", "@context must be an object, an array, a string or null", at: context)
            }
        }
        return result
    }

    /// The `@context` of a context document that is not in the file. Orden reads files only; a
    /// remote context is refused by name, since guessing its terms would give a different graph.
    private func loadContext(_ url: String, at node: JSONNode, environment env: inout JSONLDEnvironment) throws -> JSONNode {
        guard let text = env.loadDocument?(url) else {
            throw Diagnostic.error("remote contexts are not supported: the @context \(url) is remote, and Orden does not fetch contexts, so nothing in this file can be read as its author meant",
                                   at: env.location(node),
                                   hint: "inline the context: replace the address with the context's own content (the object under its \"@context\"), or export the catalogue as Turtle or RDF/XML")
        }
        var parser = JSONTreeParser(text: text, path: url)
        let document: JSONNode
        do { document = try parser.document() } catch {
            throw env.error("loading remote context failed", "the context \(url) is not JSON", at: node)
        }
        guard let context = document["@context"], document.pairs != nil else {
            throw env.error("invalid remote context", "the document \(url) has no @context", at: node)
        }
        return context
    }

    private mutating func apply(_ original: JSONNode, baseURL: String?, remote: [String], overrideProtected: Bool,
                                environment env: inout JSONLDEnvironment) throws {
        var context = original
        if let version = context["@version"] {
            guard case .number(let text) = version.value, Double(text) == 1.1 else {
                throw env.error("invalid @version value", "@version must be 1.1", at: version)
            }
        }
        if let importValue = context["@import"] {
            guard let reference = importValue.string else { throw env.error("invalid @import value", "@import must be a string", at: importValue) }
            let url = IRIResolution.resolve(reference, against: baseURL)
            let imported = try loadContext(url, at: importValue, environment: &env)
            guard let importedPairs = imported.pairs else {
                throw env.error("invalid remote context", "the context imported from \(url) must be an object", at: importValue)
            }
            if imported["@import"] != nil {
                throw env.error("invalid context entry", "an imported context cannot import another", at: importValue)
            }
            let own = context.pairs ?? []
            let ownKeys = Set(own.map(\.key))
            context.value = .object(importedPairs.filter { !ownKeys.contains($0.key) } + own)
        }
        if let baseValue = context["@base"], remote.isEmpty {
            switch baseValue.value {
            case .null: base = nil
            case .string(let text) where IRIResolution.isAbsolute(text): base = text
            case .string(let text) where base != nil: base = IRIResolution.resolve(text, against: base)
            default: throw env.error("invalid base IRI", "@base must be an IRI, or relative to a base", at: baseValue)
            }
        }
        if let vocabValue = context["@vocab"] {
            switch vocabValue.value {
            case .null: vocab = nil
            case .string(let text):
                var defined: [String: Bool] = [:]
                let expanded = try expandIRI(text, documentRelative: true, vocab: true, scope: nil, defined: &defined, environment: &env, at: vocabValue)
                guard let expanded, IRIResolution.isAbsolute(expanded) || expanded.hasPrefix("_:") else {
                    throw env.error("invalid vocab mapping", "@vocab must be an IRI", at: vocabValue)
                }
                vocab = expanded
            default: throw env.error("invalid vocab mapping", "@vocab must be an IRI or null", at: vocabValue)
            }
        }
        if let languageValue = context["@language"] {
            switch languageValue.value {
            case .null: language = nil
            case .string(let text):
                if !JSONLDLanguageTag.isWellFormed(text) {
                    env.warn("the language tag “\(text)” is not well formed (BCP 47), so strings tagged with it are left out", at: languageValue)
                }
                language = text.lowercased()
            default: throw env.error("invalid default language", "@language must be a string or null", at: languageValue)
            }
        }
        if let directionValue = context["@direction"] {
            switch directionValue.value {
            case .null: direction = nil
            case .string(let text) where text == "ltr" || text == "rtl": direction = text
            default: throw env.error("invalid base direction", "@direction must be \"ltr\", \"rtl\" or null", at: directionValue)
            }
        }
        if let protectedValue = context["@protected"], !protectedValue.isBool {
            throw env.error("invalid @protected value", "@protected must be true or false", at: protectedValue)
        }
        let isProtected: Bool = if case .bool(true)? = context["@protected"]?.value { true } else { false }
        var defined: [String: Bool] = [:]
        let reserved: Set<String> = ["@base", "@direction", "@import", "@language", "@propagate", "@protected", "@version", "@vocab"]
        for (key, _) in context.pairs ?? [] where !reserved.contains(key) {
            try defineTerm(key, in: context, defined: &defined, baseURL: baseURL, protected: isProtected,
                           overrideProtected: overrideProtected, remote: remote, environment: &env)
        }
    }

    // MARK: Create term definition (4.2.2)

    private mutating func defineTerm(_ term: String, in local: JSONNode, defined: inout [String: Bool], baseURL: String?,
                                     protected defaultProtected: Bool, overrideProtected: Bool, remote: [String],
                                     environment env: inout JSONLDEnvironment) throws {
        if let state = defined[term] {
            if state { return }
            throw env.error("cyclic IRI mapping", "the term “\(term)” is defined through itself", at: local[term])
        }
        guard let valueNode = local[term] else { return }
        guard !term.isEmpty else { throw env.error("invalid term definition", "a term cannot be empty", at: valueNode) }
        defined[term] = false
        if term == "@type" {
            let keys = valueNode.pairs?.map(\.key) ?? ["-"]
            let containerIsSet = valueNode["@container"]?.string == "@set"
            guard valueNode.pairs != nil, !keys.isEmpty, keys.allSatisfy({ $0 == "@container" || $0 == "@protected" }),
                  valueNode["@container"] == nil || containerIsSet else {
                throw env.error("keyword redefinition", "@type can only be given \"@container\": \"@set\" and @protected", at: valueNode)
            }
        } else if JSONLDKeyword.isKeyword(term) {
            throw env.error("keyword redefinition", "the keyword \(term) cannot be redefined", at: valueNode)
        } else if JSONLDKeyword.hasKeywordForm(term) {
            env.warn("“\(term)” looks like a JSON-LD keyword, so its definition is ignored", at: valueNode)
            return
        }
        let scope = JSONLDDefinitionScope(local: local, baseURL: baseURL, protected: defaultProtected,
                                          overrideProtected: overrideProtected, remote: remote)
        let previousDefinition = terms.removeValue(forKey: term)
        var value = valueNode
        var simpleTerm = false
        switch valueNode.value {
        case .null: value = JSONNode(value: .object([("@id", JSONNode(value: .null, line: valueNode.line, column: valueNode.column))]), line: valueNode.line, column: valueNode.column)
        case .string: value = JSONNode(value: .object([("@id", valueNode)]), line: valueNode.line, column: valueNode.column); simpleTerm = true
        case .object: break
        default: throw env.error("invalid term definition", "the definition of “\(term)” must be a string, an object or null", at: valueNode)
        }
        var definition = Term()
        if let protectedValue = value["@protected"] {
            guard case .bool(let flag) = protectedValue.value else {
                throw env.error("invalid @protected value", "@protected must be true or false", at: protectedValue)
            }
            definition.protected = flag
        } else {
            definition.protected = defaultProtected
        }
        if let typeValue = value["@type"] {
            guard let text = typeValue.string else { throw env.error("invalid type mapping", "the @type of “\(term)” must be a string", at: typeValue) }
            let type = try expandIRI(text, vocab: true, scope: scope, defined: &defined, environment: &env, at: typeValue)
            guard let type, ["@id", "@json", "@none", "@vocab"].contains(type) || IRIResolution.isAbsolute(type) else {
                throw env.error("invalid type mapping", "the @type of “\(term)” must be @id, @vocab, @json, @none or an IRI", at: typeValue)
            }
            definition.type = type
        }
        if let reverseValue = value["@reverse"] {
            if value["@id"] != nil || value["@nest"] != nil {
                throw env.error("invalid reverse property", "a reverse term (“\(term)”) cannot have @id or @nest", at: reverseValue)
            }
            guard let text = reverseValue.string else { throw env.error("invalid IRI mapping", "@reverse must be a string", at: reverseValue) }
            if JSONLDKeyword.hasKeywordForm(text) {
                env.warn("“\(text)” looks like a JSON-LD keyword, so the term “\(term)” is ignored", at: reverseValue)
                return
            }
            let iri = try expandIRI(text, vocab: true, scope: scope, defined: &defined, environment: &env, at: reverseValue)
            guard let iri, IRIResolution.isAbsolute(iri) || iri.hasPrefix("_:") else {
                throw env.error("invalid IRI mapping", "@reverse of “\(term)” must expand to an IRI", at: reverseValue)
            }
            definition.iri = iri
            if let containerValue = value["@container"] {
                guard containerValue.isNull || containerValue.string == "@set" || containerValue.string == "@index" else {
                    throw env.error("invalid reverse property", "a reverse term's @container can only be @set, @index or null", at: containerValue)
                }
                if let text = containerValue.string { definition.container = [text] }
            }
            definition.reverse = true
            terms[term] = definition
            defined[term] = true
            return
        }
        let colonIndex = term.dropFirst().firstIndex(of: ":")
        if let idValue = value["@id"], idValue.string != term {
            if idValue.isNull {
                definition.iri = nil
            } else {
                guard let text = idValue.string else { throw env.error("invalid IRI mapping", "the @id of “\(term)” must be a string", at: idValue) }
                if !JSONLDKeyword.isKeyword(text) && JSONLDKeyword.hasKeywordForm(text) {
                    env.warn("“\(text)” looks like a JSON-LD keyword, so the term “\(term)” is ignored", at: idValue)
                    return
                }
                let iri = try expandIRI(text, vocab: true, scope: scope, defined: &defined, environment: &env, at: idValue)
                guard let iri, JSONLDKeyword.isKeyword(iri) || IRIResolution.isAbsolute(iri) || iri.hasPrefix("_:") else {
                    throw env.error("invalid IRI mapping", "the @id of “\(term)” must expand to an IRI, a blank node or a keyword", at: idValue)
                }
                if iri == "@context" { throw env.error("invalid keyword alias", "@context cannot be aliased", at: idValue) }
                definition.iri = iri
                let innerColon = term.dropFirst().dropLast().contains(":")
                if innerColon || term.contains("/") {
                    defined[term] = true
                    let own = try expandIRI(term, vocab: true, scope: scope, defined: &defined, environment: &env, at: idValue)
                    if own != iri {
                        throw env.error("invalid IRI mapping", "the term “\(term)” looks like an IRI that differs from its @id", at: idValue)
                    }
                }
                if !term.contains(":") && !term.contains("/") && simpleTerm,
                   iri.hasPrefix("_:") || iri.last.map({ ":/?#[]@".contains($0) }) == true {
                    definition.prefix = true
                }
            }
        } else if let colonIndex {
            let prefix = String(term[..<colonIndex])
            let suffix = term[term.index(after: colonIndex)...]
            if local[prefix] != nil {
                try defineTerm(prefix, in: local, defined: &defined, baseURL: baseURL, protected: defaultProtected,
                               overrideProtected: overrideProtected, remote: remote, environment: &env)
            }
            if let prefixIRI = terms[prefix]?.iri {
                definition.iri = prefixIRI + suffix
            } else {
                definition.iri = term
            }
        } else if term.contains("/") {
            let iri = try expandIRI(term, vocab: true, scope: scope, defined: &defined, environment: &env, at: valueNode)
            guard let iri, IRIResolution.isAbsolute(iri) else {
                throw env.error("invalid IRI mapping", "the term “\(term)” is a relative IRI", at: valueNode)
            }
            definition.iri = iri
        } else if term == "@type" {
            definition.iri = "@type"
        } else if let vocab {
            definition.iri = vocab + term
        } else {
            throw env.error("invalid IRI mapping", "the term “\(term)” has no @id and there is no @vocab", at: valueNode,
                            hint: "give it an @id (\"\(term)\": {\"@id\": \"http://…\"}) or set @vocab")
        }
        if let containerValue = value["@container"] {
            let items = containerValue.items
            guard items.allSatisfy({ $0.string != nil }) else {
                throw env.error("invalid container mapping", "@container must be a string or an array of strings", at: containerValue)
            }
            let container = Set(items.compactMap(\.string))
            guard Self.isValidContainer(container, count: items.count) else {
                throw env.error("invalid container mapping", "@container \(items.compactMap(\.string).joined(separator: ", ")) is not a valid combination", at: containerValue)
            }
            definition.container = container
            if container.contains("@type") {
                if definition.type == nil { definition.type = "@id" }
                guard definition.type == "@id" || definition.type == "@vocab" else {
                    throw env.error("invalid type mapping", "a @type container needs @type @id or @vocab", at: containerValue)
                }
            }
        }
        if let indexValue = value["@index"] {
            guard definition.container.contains("@index"), let text = indexValue.string else {
                throw env.error("invalid term definition", "@index needs an @index container and a string", at: indexValue)
            }
            let iri = try expandIRI(text, vocab: true, scope: scope, defined: &defined, environment: &env, at: indexValue)
            guard let iri, IRIResolution.isAbsolute(iri), !JSONLDKeyword.isKeyword(text) else {
                throw env.error("invalid term definition", "@index must name a property", at: indexValue)
            }
            definition.index = text
        }
        if let scoped = value["@context"] {
            do {
                _ = try processing(scoped, baseURL: baseURL, remote: remote, overrideProtected: true, validateScoped: false, environment: &env)
            } catch let diagnostic as Diagnostic where !diagnostic.message.contains("not supported") {
                throw env.error("invalid scoped context", "the @context of “\(term)”: \(diagnostic.message)", at: scoped)
            }
            definition.context = scoped
            definition.contextBase = baseURL
        }
        if let languageValue = value["@language"], value["@type"] == nil {
            switch languageValue.value {
            case .null: definition.language = .some(nil)
            case .string(let text):
                if !JSONLDLanguageTag.isWellFormed(text) {
                    env.warn("the language tag “\(text)” is not well formed (BCP 47), so strings tagged with it are left out", at: languageValue)
                }
                definition.language = .some(text.lowercased())
            default: throw env.error("invalid language mapping", "the @language of “\(term)” must be a string or null", at: languageValue)
            }
        }
        if let directionValue = value["@direction"], value["@type"] == nil {
            switch directionValue.value {
            case .null: definition.direction = .some(nil)
            case .string(let text) where text == "ltr" || text == "rtl": definition.direction = .some(text)
            default: throw env.error("invalid base direction", "the @direction of “\(term)” must be \"ltr\", \"rtl\" or null", at: directionValue)
            }
        }
        if let nestValue = value["@nest"] {
            guard let text = nestValue.string, text == "@nest" || !JSONLDKeyword.isKeyword(text) else {
                throw env.error("invalid @nest value", "@nest must be a term or @nest", at: nestValue)
            }
            definition.nest = text
        }
        if let prefixValue = value["@prefix"] {
            if term.contains(":") || term.contains("/") {
                throw env.error("invalid term definition", "@prefix cannot be used on a compact IRI or IRI", at: prefixValue)
            }
            guard case .bool(let flag) = prefixValue.value else { throw env.error("invalid @prefix value", "@prefix must be true or false", at: prefixValue) }
            if flag, let iri = definition.iri, JSONLDKeyword.isKeyword(iri) {
                throw env.error("invalid term definition", "a keyword alias cannot be a prefix", at: prefixValue)
            }
            definition.prefix = flag
        }
        let allowed: Set<String> = ["@id", "@reverse", "@container", "@context", "@direction", "@index", "@language", "@nest", "@prefix", "@protected", "@type"]
        if let unknown = value.pairs?.first(where: { !allowed.contains($0.key) }) {
            throw env.error("invalid term definition", "“\(unknown.key)” is not allowed in the definition of “\(term)”", at: unknown.value)
        }
        if !overrideProtected, let previousDefinition, previousDefinition.protected {
            var compared = definition
            compared.protected = previousDefinition.protected
            guard compared == previousDefinition else {
                throw env.error("protected term redefinition", "the protected term “\(term)” cannot be redefined", at: valueNode)
            }
            definition = previousDefinition
        }
        terms[term] = definition
        defined[term] = true
    }

    private static func isValidContainer(_ container: Set<String>, count: Int) -> Bool {
        let known: Set<String> = ["@graph", "@id", "@index", "@language", "@list", "@set", "@type"]
        guard container.isSubset(of: known), container.count == count else { return false }
        if count <= 1 { return true }
        if container.contains("@list") { return false }
        var rest = container
        rest.remove("@set")
        if rest.contains("@graph") {
            rest.remove("@graph")
            return rest.isEmpty || rest == ["@id"] || rest == ["@index"]
        }
        return container.contains("@set") && rest.count == 1 && !rest.contains("@graph")
    }

    // MARK: IRI expansion (5.2.2)

    /// Expands a value in the active context. A term met in `local` that is not defined yet is
    /// defined first (while a context is processed).
    mutating func expandIRI(_ value: String, documentRelative: Bool = false, vocab useVocab: Bool = false, scope: JSONLDDefinitionScope?,
                            defined: inout [String: Bool], environment env: inout JSONLDEnvironment,
                            at node: JSONNode?) throws -> String? {
        if JSONLDKeyword.isKeyword(value) { return value }
        if JSONLDKeyword.hasKeywordForm(value) { return nil }
        if let scope, scope.local[value] != nil, defined[value] != true {
            try define(value, scope: scope, defined: &defined, environment: &env)
        }
        if let definition = terms[value], let iri = definition.iri, JSONLDKeyword.isKeyword(iri) { return iri }
        if useVocab, let definition = terms[value] { return definition.iri }
        if let colon = value.dropFirst().firstIndex(of: ":") {
            let prefix = String(value[..<colon])
            let suffix = value[value.index(after: colon)...]
            if prefix == "_" || suffix.hasPrefix("//") { return value }
            if let scope, scope.local[prefix] != nil, defined[prefix] != true {
                try define(prefix, scope: scope, defined: &defined, environment: &env)
            }
            if let definition = terms[prefix], let iri = definition.iri, definition.prefix { return iri + suffix }
            if IRIResolution.isAbsolute(value) { return value }
        }
        if useVocab, let vocab { return vocab + value }
        if documentRelative { return IRIResolution.resolve(value, against: base) }
        return value
    }

    /// IRI expansion outside context processing (no local context to define terms from).
    func expand(_ value: String, documentRelative: Bool = false, vocab: Bool = false) -> String? {
        if JSONLDKeyword.isKeyword(value) { return value }
        if JSONLDKeyword.hasKeywordForm(value) { return nil }
        if let definition = terms[value], let iri = definition.iri, JSONLDKeyword.isKeyword(iri) { return iri }
        if vocab, let definition = terms[value] { return definition.iri }
        if let colon = value.dropFirst().firstIndex(of: ":") {
            let prefix = String(value[..<colon])
            let suffix = value[value.index(after: colon)...]
            if prefix == "_" || suffix.hasPrefix("//") { return value }
            if let definition = terms[prefix], let iri = definition.iri, definition.prefix { return iri + suffix }
            if IRIResolution.isAbsolute(value) { return value }
        }
        if vocab, let vocabulary = self.vocab { return vocabulary + value }
        if documentRelative { return IRIResolution.resolve(value, against: base) }
        return value
    }

    private mutating func define(_ term: String, scope: JSONLDDefinitionScope, defined: inout [String: Bool],
                                 environment env: inout JSONLDEnvironment) throws {
        try defineTerm(term, in: scope.local, defined: &defined, baseURL: scope.baseURL, protected: scope.protected,
                       overrideProtected: scope.overrideProtected, remote: scope.remote, environment: &env)
    }
}

/// BCP 47 tags as JSON-LD checks them: letters and digits in groups of one to eight.
enum JSONLDLanguageTag {
    static func isWellFormed(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (1...8).contains(first.count), first.unicodeScalars.allSatisfy(isLetter) else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.unicodeScalars.allSatisfy { isLetter($0) || ("0"..."9").contains($0) }
        }
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
}
