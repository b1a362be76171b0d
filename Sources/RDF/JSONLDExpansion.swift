import Basics

/// Expanded JSON-LD: what the Expansion algorithm gives (JSON-LD 1.1 Processing Algorithms,
/// 5.1), with keys kept in the order they were written so the same file always gives the same
/// graph.
indirect enum JSONLDExpanded {
    case map(Map)
    case array([JSONLDExpanded])
    /// A string, number, true/false or null as written, or the whole value of a `@json` literal.
    case scalar(JSONNode)

    struct Map {
        private(set) var keys: [String] = []
        private var values: [String: JSONLDExpanded] = [:]
        var line = 0
        var column = 0

        init(line: Int = 0, column: Int = 0) {
            self.line = line
            self.column = column
        }

        init(_ pairs: [(String, JSONLDExpanded)]) {
            for (key, value) in pairs { self[key] = value }
        }

        subscript(key: String) -> JSONLDExpanded? {
            get { values[key] }
            set {
                if newValue != nil, values[key] == nil { keys.append(key) }
                if newValue == nil, values[key] != nil { keys.removeAll { $0 == key } }
                values[key] = newValue
            }
        }

        var count: Int { keys.count }
        func has(_ key: String) -> Bool { values[key] != nil }

        /// Appends values to a key's array (the spec's "add value … as array").
        mutating func add(_ key: String, _ items: [JSONLDExpanded]) {
            self[key] = .array((self[key]?.items ?? []) + items)
        }
    }

    static func string(_ text: String) -> JSONLDExpanded { .scalar(JSONNode(value: .string(text), line: 0, column: 0)) }

    var items: [JSONLDExpanded] { if case .array(let items) = self { items } else { [self] } }
    var map: Map? { if case .map(let map) = self { map } else { nil } }
    var string: String? { if case .scalar(let node) = self { node.string } else { nil } }
    var isValueObject: Bool { map?.has("@value") == true }
    var isListObject: Bool { map?.has("@list") == true }
    var isGraphObject: Bool {
        guard let map, map.has("@graph") else { return false }
        return map.keys.allSatisfy { ["@graph", "@id", "@index", "@context"].contains($0) }
    }
    var isNodeObject: Bool {
        guard let map else { return false }
        return !map.has("@value") && !map.has("@list") && !map.has("@set")
    }
}

/// The Expansion algorithm (JSON-LD 1.1 Processing Algorithms, 5.1.2) and Value Expansion (5.3.2).
struct JSONLDExpander {
    var environment: JSONLDEnvironment
    /// Keys already warned about, so an unknown term is reported once, not once per node.
    private var reportedKeys: Set<String> = []
    /// Whether any key was left out because the context does not define it.
    private(set) var droppedKeys: [String] = []

    init(environment: JSONLDEnvironment) { self.environment = environment }

    /// Expands a whole document: always an array of node objects.
    mutating func document(_ root: JSONNode, context: JSONLDContext, baseURL: String?) throws -> [JSONLDExpanded] {
        guard let result = try expand(root, context: context, property: nil, baseURL: baseURL) else { return [] }
        if let map = result.map, map.keys == ["@graph"], let graph = map["@graph"] { return graph.items }
        return result.items
    }

    mutating func expand(_ element: JSONNode, context active: JSONLDContext, property: String?, baseURL: String?,
                         fromMap: Bool = false) throws -> JSONLDExpanded? {
        if element.isNull { return nil }
        let definition = property.flatMap { active.terms[$0] }
        if element.isScalar {
            if property == nil || property == "@graph" {
                environment.warn("a value that belongs to no property is left out: JSON-LD reads objects here", at: element)
                return nil
            }
            var context = active
            if let definition, let scoped = definition.context {
                context = try active.applying(scoped, baseURL: definition.contextBase, overrideProtected: true, environment: &environment)
            }
            return valueExpansion(element, context: context, property: property)
        }
        if case .array(let items) = element.value {
            var result: [JSONLDExpanded] = []
            for item in items {
                var expanded = try expand(item, context: active, property: property, baseURL: baseURL, fromMap: fromMap)
                if definition?.container.contains("@list") == true, case .array(let inner)? = expanded {
                    expanded = .map(JSONLDExpanded.Map([("@list", .array(inner))]))
                }
                switch expanded {
                case .array(let inner)?: result += inner
                case let value?: result.append(value)
                case nil: break
                }
            }
            return .array(result)
        }
        guard let pairs = element.pairs else { return nil }
        var context = active
        if let previous = context.previous, !fromMap {
            let expandedKeys = pairs.map { context.expand($0.key, vocab: true) }
            let isValue = expandedKeys.contains("@value")
            let onlyID = expandedKeys.count == 1 && expandedKeys[0] == "@id"
            if !isValue && !onlyID { context = previous.context }
        }
        if let definition, let scoped = definition.context {
            context = try context.applying(scoped, baseURL: definition.contextBase, overrideProtected: true, environment: &environment)
        }
        if let local = element["@context"] {
            context = try context.applying(local, baseURL: baseURL, environment: &environment)
        }
        let typeScoped = context
        let typeEntries = pairs.filter { context.expand($0.key, vocab: true) == "@type" }.sorted { $0.key < $1.key }
        for entry in typeEntries {
            for term in entry.value.items.compactMap(\.string).sorted() {
                if let scopedDefinition = typeScoped.terms[term], let scoped = scopedDefinition.context {
                    context = try context.applying(scoped, baseURL: scopedDefinition.contextBase, propagate: false, environment: &environment)
                }
            }
        }
        let inputType = typeEntries.first?.value.items.last?.string.flatMap { context.expand($0, vocab: true) }
        var result = JSONLDExpanded.Map(line: element.line, column: element.column)
        try expandEntries(of: element, into: &result, context: context, typeScoped: typeScoped, property: property,
                          inputType: inputType, baseURL: baseURL)
        return try finish(result, property: property, at: element)
    }

    // MARK: Entries (steps 13 and 14)

    private mutating func expandEntries(of element: JSONNode, into result: inout JSONLDExpanded.Map, context: JSONLDContext,
                                        typeScoped: JSONLDContext, property: String?, inputType: String?, baseURL: String?) throws {
        var nests: [String] = []
        for (key, value) in element.pairs ?? [] where key != "@context" {
            guard let expandedProperty = context.expand(key, vocab: true),
                  expandedProperty.contains(":") || JSONLDKeyword.isKeyword(expandedProperty) else {
                noteDropped(key, at: value, context: context)
                continue
            }
            if JSONLDKeyword.isKeyword(expandedProperty) {
                if property == "@reverse" {
                    throw environment.error("invalid reverse property map", "\(key) cannot be used inside @reverse", at: value)
                }
                if result.has(expandedProperty), expandedProperty != "@included", expandedProperty != "@type" {
                    throw environment.error("colliding keywords", "\(expandedProperty) is given twice (through \(key))", at: value)
                }
                if expandedProperty == "@nest" {
                    nests.append(key)
                    continue
                }
                try expandKeyword(expandedProperty, key: key, value: value, into: &result, context: context, typeScoped: typeScoped,
                                  property: property, inputType: inputType, baseURL: baseURL)
                continue
            }
            let definition = context.terms[key]
            let container = definition?.container ?? []
            var expandedValue: JSONLDExpanded?
            if definition?.type == "@json" {
                expandedValue = .map(JSONLDExpanded.Map([("@value", .scalar(value)), ("@type", .string("@json"))]))
            } else if container.contains("@language"), let languages = value.pairs {
                expandedValue = .array(try languageMap(languages, definition: definition, context: context))
            } else if !container.isDisjoint(with: ["@index", "@type", "@id"]), let entries = value.pairs {
                expandedValue = .array(try indexMap(entries, key: key, definition: definition, context: context, baseURL: baseURL))
            } else {
                expandedValue = try expand(value, context: context, property: key, baseURL: baseURL)
            }
            guard var expandedValue else { continue }
            if container.contains("@list"), !expandedValue.isListObject {
                expandedValue = .map(JSONLDExpanded.Map([("@list", .array(expandedValue.items))]))
            }
            if container.contains("@graph"), !container.contains("@id"), !container.contains("@index") {
                expandedValue = .array(expandedValue.items.map { .map(JSONLDExpanded.Map([("@graph", .array($0.items))])) })
            }
            if definition?.reverse == true {
                var reverse = result["@reverse"]?.map ?? JSONLDExpanded.Map()
                for item in expandedValue.items {
                    if item.isValueObject || item.isListObject {
                        throw environment.error("invalid reverse property value", "the values of the reverse property “\(key)” must be nodes", at: value)
                    }
                    reverse.add(expandedProperty, [item])
                }
                result["@reverse"] = .map(reverse)
            } else {
                result.add(expandedProperty, expandedValue.items)
            }
        }
        for nestKey in nests {
            for nested in element[nestKey]?.items ?? [] {
                guard let nestedPairs = nested.pairs, !nestedPairs.contains(where: { context.expand($0.key, vocab: true) == "@value" }) else {
                    throw environment.error("invalid @nest value", "the value of \(nestKey) must be an object of properties", at: nested)
                }
                var nestContext = context
                if let definition = context.terms[nestKey], let scoped = definition.context {
                    nestContext = try context.applying(scoped, baseURL: definition.contextBase, overrideProtected: true, environment: &environment)
                }
                try expandEntries(of: nested, into: &result, context: nestContext, typeScoped: typeScoped, property: property,
                                  inputType: inputType, baseURL: baseURL)
            }
        }
    }

    private mutating func expandKeyword(_ keyword: String, key: String, value: JSONNode, into result: inout JSONLDExpanded.Map,
                                        context: JSONLDContext, typeScoped: JSONLDContext, property: String?, inputType: String?,
                                        baseURL: String?) throws {
        let env = environment
        switch keyword {
        case "@id":
            guard let text = value.string else { throw env.error("invalid @id value", "@id must be a string", at: value) }
            // An @id that looks like a keyword expands to null: the node is then left out.
            result["@id"] = context.expand(text, documentRelative: true).map(JSONLDExpanded.string) ?? .scalar(JSONNode(value: .null, line: value.line, column: value.column))
        case "@type":
            let names: [String]
            switch value.value {
            case .string(let text): names = [text]
            case .array(let items) where items.allSatisfy({ $0.string != nil }): names = items.compactMap(\.string)
            default: throw env.error("invalid type value", "@type must be a string or an array of strings", at: value)
            }
            let expanded = names.compactMap { typeScoped.expand($0, documentRelative: true, vocab: true) }.map(JSONLDExpanded.string)
            if let existing = result["@type"] {
                result["@type"] = .array(existing.items + expanded)
            } else if case .string = value.value, let single = expanded.first {
                result["@type"] = single
            } else {
                result["@type"] = .array(expanded)
            }
        case "@graph":
            result["@graph"] = .array(try expand(value, context: context, property: "@graph", baseURL: baseURL)?.items ?? [])
        case "@included":
            // Expanded under a property, so that strings, values and lists stay and are refused.
            let items = try expand(value, context: context, property: "@included", baseURL: baseURL)?.items ?? []
            guard items.allSatisfy(\.isNodeObject) else {
                throw env.error("invalid @included value", "@included must hold node objects", at: value)
            }
            result.add("@included", items)
        case "@value":
            if inputType == "@json" {
                result["@value"] = .scalar(value)
            } else {
                guard value.isScalar || value.isNull else {
                    throw env.error("invalid value object value", "@value must be a string, a number, true/false or null", at: value)
                }
                result["@value"] = .scalar(value)
            }
        case "@language":
            guard let text = value.string else { throw env.error("invalid language-tagged string", "@language must be a string", at: value) }
            result["@language"] = .string(text)
        case "@direction":
            guard let text = value.string, text == "ltr" || text == "rtl" else {
                throw env.error("invalid base direction", "@direction must be \"ltr\" or \"rtl\"", at: value)
            }
            result["@direction"] = .string(text)
        case "@index":
            guard let text = value.string else { throw env.error("invalid @index value", "@index must be a string", at: value) }
            result["@index"] = .string(text)
        case "@list":
            if property == nil || property == "@graph" {
                environment.warn("a list that belongs to no property is left out: JSON-LD reads node objects here", at: value)
                return
            }
            result["@list"] = .array(try expand(value, context: context, property: property, baseURL: baseURL)?.items ?? [])
        case "@set":
            result["@set"] = try expand(value, context: context, property: property, baseURL: baseURL) ?? .array([])
        case "@reverse":
            guard value.pairs != nil else { throw env.error("invalid @reverse value", "@reverse must be an object", at: value) }
            guard let expanded = try expand(value, context: context, property: "@reverse", baseURL: baseURL)?.map else { return }
            if let doubleReverse = expanded["@reverse"]?.map {
                for name in doubleReverse.keys { result.add(name, doubleReverse[name]?.items ?? []) }
            }
            var reverse = result["@reverse"]?.map ?? JSONLDExpanded.Map()
            for name in expanded.keys where name != "@reverse" {
                for item in expanded[name]?.items ?? [] {
                    if item.isValueObject || item.isListObject {
                        throw env.error("invalid reverse property value", "the values under @reverse must be nodes", at: value)
                    }
                    reverse.add(name, [item])
                }
            }
            if reverse.count > 0 { result["@reverse"] = .map(reverse) }
        default:
            environment.warn("the keyword \(keyword) has no meaning in a node or value, so it is left out", at: value)
        }
    }

    private mutating func languageMap(_ languages: [(key: String, value: JSONNode)], definition: JSONLDContext.Term?,
                                      context: JSONLDContext) throws -> [JSONLDExpanded] {
        var result: [JSONLDExpanded] = []
        let direction: String? = if let explicit = definition?.direction { explicit } else { context.direction }
        for (language, texts) in languages {
            for item in texts.items where !item.isNull {
                guard let text = item.string else {
                    throw environment.error("invalid language map value", "the values of a language map must be strings", at: item)
                }
                var value = JSONLDExpanded.Map(line: item.line, column: item.column)
                value["@value"] = .string(text)
                if language != "@none" && context.expand(language, vocab: true) != "@none" { value["@language"] = .string(language) }
                if let direction { value["@direction"] = .string(direction) }
                result.append(.map(value))
            }
        }
        return result
    }

    /// `@index`, `@id` and `@type` maps (step 13.8).
    private mutating func indexMap(_ entries: [(key: String, value: JSONNode)], key: String, definition: JSONLDContext.Term?,
                                   context: JSONLDContext, baseURL: String?) throws -> [JSONLDExpanded] {
        let container = definition?.container ?? []
        let indexKey = definition?.index ?? "@index"
        var result: [JSONLDExpanded] = []
        for (index, indexValue) in entries {
            var mapContext = context
            if container.contains("@id") || container.contains("@type") {
                mapContext = context.previous?.context ?? context
                if container.contains("@type"), let indexDefinition = mapContext.terms[index], let scoped = indexDefinition.context {
                    mapContext = try mapContext.applying(scoped, baseURL: indexDefinition.contextBase, environment: &environment)
                }
            }
            let expandedIndex = context.expand(index, vocab: true)
            let items = try expand(indexValue, context: mapContext, property: key, baseURL: baseURL, fromMap: true)?.items ?? []
            for var item in items {
                if container.contains("@graph"), !item.isGraphObject {
                    item = .map(JSONLDExpanded.Map([("@graph", .array(item.items))]))
                }
                if container.contains("@index"), indexKey != "@index", expandedIndex != "@none" {
                    guard var map = item.map, !map.has("@value") else {
                        throw environment.error("invalid value object", "a value in a property-valued index cannot be a value object", at: indexValue)
                    }
                    let reExpanded = valueExpansion(JSONNode(value: .string(index), line: indexValue.line, column: indexValue.column),
                                                    context: context, property: indexKey)
                    guard let indexProperty = context.expand(indexKey, vocab: true) else { continue }
                    map[indexProperty] = .array((reExpanded.map { [$0] } ?? []) + (map[indexProperty]?.items ?? []))
                    item = .map(map)
                } else if container.contains("@index"), expandedIndex != "@none", var map = item.map, !map.has("@index") {
                    map["@index"] = .string(index)
                    item = .map(map)
                } else if container.contains("@id"), expandedIndex != "@none", var map = item.map, !map.has("@id") {
                    if let id = context.expand(index, documentRelative: true) { map["@id"] = .string(id) }
                    item = .map(map)
                } else if container.contains("@type"), expandedIndex != "@none", var map = item.map {
                    map["@type"] = .array([.string(expandedIndex ?? index)] + (map["@type"]?.items ?? []))
                    item = .map(map)
                }
                result.append(item)
            }
        }
        return result
    }

    // MARK: Steps 15-19

    private mutating func finish(_ input: JSONLDExpanded.Map, property: String?, at element: JSONNode) throws -> JSONLDExpanded? {
        var result = input
        let env = environment
        if result.has("@value") {
            let allowed: Set<String> = ["@direction", "@index", "@language", "@type", "@value"]
            if result.keys.contains(where: { !allowed.contains($0) }) {
                throw env.error("invalid value object", "a value object can only have @value, @type, @language, @direction and @index", at: element)
            }
            if result.has("@type") && (result.has("@language") || result.has("@direction")) {
                throw env.error("invalid value object", "a value cannot have both @type and @language or @direction", at: element)
            }
            if result["@type"]?.string == "@json" {
                // Any JSON is a @json literal's value.
            } else if case .scalar(let node)? = result["@value"], node.isNull {
                return nil
            } else if result.has("@language"), result["@value"]?.string == nil {
                throw env.error("invalid language-tagged value", "only a string can have a language", at: element)
            } else if let type = result["@type"] {
                guard let iri = type.string, JSONLDIRI.isWellFormed(iri) else {
                    throw env.error("invalid typed value", "the @type of a value must be an IRI", at: element)
                }
            }
        } else if let type = result["@type"], case .scalar = type {
            result["@type"] = .array([type])
        } else if result.has("@set") || result.has("@list") {
            let others = result.keys.filter { $0 != "@set" && $0 != "@list" }
            if result.count > 2 || others.contains(where: { $0 != "@index" }) || (result.has("@set") && result.has("@list")) {
                throw env.error("invalid set or list object", "@set and @list can only be given with @index", at: element)
            }
            if result.has("@set") { return result["@set"] }
        }
        if result.keys == ["@language"] { return nil }
        if property == nil || property == "@graph" {
            if result.has("@value") || result.has("@list") {
                environment.warn("a value or list that belongs to no property is left out: JSON-LD reads node objects here", at: element)
                return nil
            }
            if result.count == 0 { return nil }
            if result.keys == ["@id"] { return nil }
        }
        return .map(result)
    }

    // MARK: Value expansion (5.3.2)

    func valueExpansion(_ value: JSONNode, context: JSONLDContext, property: String?) -> JSONLDExpanded? {
        let definition = property.flatMap { context.terms[$0] }
        var result = JSONLDExpanded.Map(line: value.line, column: value.column)
        if let text = value.string, definition?.type == "@id" || definition?.type == "@vocab" {
            guard let iri = context.expand(text, documentRelative: true, vocab: definition?.type == "@vocab") else { return nil }
            result["@id"] = .string(iri)
            return .map(result)
        }
        result["@value"] = .scalar(value)
        if let type = definition?.type, !["@id", "@vocab", "@none"].contains(type) {
            result["@type"] = .string(type)
        } else if value.string != nil {
            let language: String? = if let explicit = definition?.language { explicit } else { context.language }
            let direction: String? = if let explicit = definition?.direction { explicit } else { context.direction }
            if let language { result["@language"] = .string(language) }
            if let direction { result["@direction"] = .string(direction) }
        }
        return .map(result)
    }

    private mutating func noteDropped(_ key: String, at value: JSONNode, context: JSONLDContext) {
        // A term defined as null is the author's way of leaving a key out.
        if context.terms[key] != nil { return }
        droppedKeys.append(key)
        guard reportedKeys.insert(key).inserted else { return }
        if JSONLDKeyword.hasKeywordForm(key) {
            environment.warn("“\(key)” looks like a JSON-LD keyword but is not one, so its values are left out", at: value)
        } else {
            environment.warn("“\(key)” is not defined in the @context, so its values are left out", at: value,
                             hint: "define it in @context (\"\(key)\": \"http://…\") or write the full IRI")
        }
    }
}
