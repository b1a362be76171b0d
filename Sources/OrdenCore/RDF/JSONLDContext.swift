/// A JSON-LD active context (https://www.w3.org/TR/json-ld11/#the-context): how the terms of a
/// document expand to IRIs and how their values are typed.
struct JSONLDContext {
    struct Term {
        /// The IRI, or nil when the term is defined as null (its values are dropped).
        var iri: String?
        /// `@id`, `@vocab`, or a datatype IRI.
        var type: String?
        /// Set when the term fixes the language; `.some(nil)` means "no language".
        var language: String??
        /// `@list`, `@set`, `@language`, `@index` …
        var container: Set<String> = []
        var reverse = false
    }

    var base: String?
    var vocab: String?
    var language: String?
    var terms: [String: Term] = [:]

    /// Expands a term, compact IRI, blank node label or IRI. `vocab` means the value is in a
    /// key or `@type` position (terms and `@vocab` apply); `documentRelative` resolves a relative
    /// IRI against the base. Nil when the value has no IRI (a term defined as null, or an
    /// unknown word in a key).
    func expand(_ value: String, vocab: Bool, documentRelative: Bool = false) -> String? {
        if value.hasPrefix("@") { return value }
        if vocab, let term = terms[value] { return term.iri }
        if let colon = value.firstIndex(of: ":") {
            let prefix = String(value[..<colon])
            let suffix = value[value.index(after: colon)...]
            if prefix == "_" || suffix.hasPrefix("//") { return value }
            if let term = terms[prefix], let iri = term.iri { return iri + suffix }
            return value
        }
        if vocab, let base = self.vocab { return base + value }
        if documentRelative { return IRIResolution.resolve(value, against: base) }
        return nil
    }

    /// This context with a local `@context` value applied: an object, a list of them, a remote
    /// URL (which cannot be fetched) or null.
    func applying(_ local: JSONNode, path: String, warnings: inout [Diagnostic]) throws -> JSONLDContext {
        var result = self
        for item in local.items {
            switch item.value {
            case .null:
                result = JSONLDContext(base: base)
            case .string(let url):
                result.applyRemote(url, at: item, path: path, warnings: &warnings)
            case .object(let pairs):
                try result.applyObject(pairs, at: item, path: path, warnings: &warnings)
            default:
                throw Diagnostic.error("@context must be an object, a list of objects or the address of a context",
                                       at: SourceLocation(path: path, line: item.line, column: item.column))
            }
        }
        return result
    }

    /// A remote context cannot be fetched (Orden never goes to the network). The usual prefixes
    /// and, for a DCAT context, the DCAT terms stand in for it.
    private mutating func applyRemote(_ url: String, at node: JSONNode, path: String, warnings: inout [Diagnostic]) {
        for (prefix, namespace) in RDFVocabulary.prefixes where terms[prefix] == nil {
            terms[prefix] = Term(iri: namespace)
        }
        if url.lowercased().contains("dcat") {
            for (name, term) in JSONLDKnownTerms.dcat where terms[name] == nil { terms[name] = term }
            return
        }
        warnings.append(.warning("the remote @context \(url) cannot be fetched; only full IRIs and the usual prefixes (dct:, dcat:, foaf:, vcard: …) are read",
                                 at: SourceLocation(path: path, line: node.line, column: node.column),
                                 hint: "put the context into the file as an object, or export the catalogue as Turtle or RDF/XML"))
    }

    private mutating func applyObject(_ pairs: [(key: String, value: JSONNode)], at node: JSONNode, path: String, warnings: inout [Diagnostic]) throws {
        func location(_ node: JSONNode) -> SourceLocation { SourceLocation(path: path, line: node.line, column: node.column) }
        for (key, value) in pairs {
            switch key {
            case "@base":
                if value.isNull { base = nil } else if let text = value.string { base = IRIResolution.resolve(text, against: base) }
            case "@vocab":
                if value.isNull { vocab = nil } else if let text = value.string { vocab = expand(text, vocab: true, documentRelative: true) }
            case "@language":
                language = value.string?.lowercased()
            case "@version", "@protected", "@propagate", "@import", "@direction":
                continue
            default:
                continue
            }
        }
        // Terms may use each other (and prefixes) in any order, so define them on demand.
        let raw = Dictionary(pairs.filter { !$0.key.hasPrefix("@") }.map { ($0.key, $0.value) }, uniquingKeysWith: { $1 })
        var defining: Set<String> = []
        for (key, _) in pairs where !key.hasPrefix("@") {
            try define(key, from: raw, defining: &defining, path: path)
        }
    }

    private mutating func define(_ name: String, from raw: [String: JSONNode], defining: inout Set<String>, path: String) throws {
        guard let node = raw[name], !defining.contains(name) else { return }
        defining.insert(name)
        // A compact IRI's prefix defined in the same context must be defined first.
        func prepare(_ value: String) throws {
            if let colon = value.firstIndex(of: ":") { try define(String(value[..<colon]), from: raw, defining: &defining, path: path) }
            else { try define(value, from: raw, defining: &defining, path: path) }
        }
        var term = Term()
        switch node.value {
        case .null:
            term.iri = nil
        case .string(let iri):
            try prepare(iri)
            term.iri = expandDefinition(iri, name: name)
        case .object:
            let id = node["@id"]?.string ?? node["@reverse"]?.string
            term.reverse = node["@reverse"] != nil
            if let id { try prepare(id) }
            term.iri = id.flatMap { expandDefinition($0, name: name) } ?? (node["@id"]?.isNull == true ? nil : expandDefinition(name, name: name))
            if let type = node["@type"]?.string {
                try prepare(type)
                term.type = type == "@id" || type == "@vocab" ? type : expand(type, vocab: true)
            }
            if let language = node["@language"] { term.language = .some(language.string?.lowercased()) }
            if let container = node["@container"] { term.container = Set(container.items.compactMap(\.string)) }
        default:
            throw Diagnostic.error("the definition of the term “\(name)” must be a string, an object or null",
                                   at: SourceLocation(path: path, line: node.line, column: node.column))
        }
        terms[name] = term
    }

    /// A term's IRI: a compact IRI or term expanded, or `@vocab` + the name for a relative one.
    private func expandDefinition(_ value: String, name: String) -> String? {
        if value.hasPrefix("@") { return value }
        if value.contains(":") || terms[value] != nil { return expand(value, vocab: true) }
        return vocab.map { $0 + value }
    }
}

/// What a DCAT JSON-LD context defines, for files that only link to one.
enum JSONLDKnownTerms {
    static var dcat: [String: JSONLDContext.Term] {
        let dcat = RDFVocabulary.dcat, dct = RDFVocabulary.dct, vcard = RDFVocabulary.vcard, xsd = RDFVocabulary.xsd
        let literals: [(String, String)] = [
            ("title", dct + "title"), ("description", dct + "description"), ("keyword", dcat + "keyword"),
            ("identifier", dct + "identifier"), ("startDate", dcat + "startDate"), ("endDate", dcat + "endDate"),
            ("fn", vcard + "fn"), ("byteSize", dcat + "byteSize"),
        ]
        let resources: [(String, String)] = [
            ("dataset", dcat + "dataset"), ("distribution", dcat + "distribution"), ("theme", dcat + "theme"),
            ("contactPoint", dcat + "contactPoint"), ("accessURL", dcat + "accessURL"), ("downloadURL", dcat + "downloadURL"),
            ("mediaType", dcat + "mediaType"), ("landingPage", dcat + "landingPage"), ("publisher", dct + "publisher"),
            ("license", dct + "license"), ("accessRights", dct + "accessRights"), ("spatial", dct + "spatial"),
            ("temporal", dct + "temporal"), ("accrualPeriodicity", dct + "accrualPeriodicity"), ("format", dct + "format"),
            ("language", dct + "language"), ("hasEmail", vcard + "hasEmail"),
        ]
        let classes: [(String, String)] = [
            ("Dataset", dcat + "Dataset"), ("Catalog", dcat + "Catalog"), ("Distribution", dcat + "Distribution"),
            ("DataService", dcat + "DataService"), ("PeriodOfTime", dct + "PeriodOfTime"),
        ]
        var terms: [String: JSONLDContext.Term] = [:]
        for (name, iri) in literals + classes { terms[name] = JSONLDContext.Term(iri: iri) }
        for (name, iri) in resources { terms[name] = JSONLDContext.Term(iri: iri, type: "@id") }
        terms["issued"] = JSONLDContext.Term(iri: dct + "issued", type: xsd + "date")
        terms["modified"] = JSONLDContext.Term(iri: dct + "modified", type: xsd + "date")
        return terms
    }
}
