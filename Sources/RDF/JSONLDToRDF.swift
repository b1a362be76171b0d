import Foundation
import Basics

/// Turns expanded JSON-LD into triples (JSON-LD 1.1 Processing Algorithms, 6.1 Deserialize
/// JSON-LD to RDF, and 6.2 Object to RDF), for the default graph only: RDFGraph has no named
/// graphs, so a graph object is refused by name rather than merged into the default graph.
struct JSONLDTriples {
    /// How `@direction` reaches RDF (the `rdfDirection` option); nil leaves it out, as the spec's
    /// default does.
    enum DirectionMode { case i18nDatatype, compoundLiteral }

    var environment: JSONLDEnvironment
    var direction: DirectionMode?
    private(set) var graph = RDFGraph()
    private(set) var locations = SubjectLocations()
    private var blanks = BlankNodes()
    private var reported: Set<String> = []

    init(environment: JSONLDEnvironment, direction: DirectionMode?) {
        self.environment = environment
        self.direction = direction
    }

    mutating func add(_ nodes: [JSONLDExpanded]) throws {
        for item in nodes {
            guard let map = item.map, item.isNodeObject else { continue }
            _ = try node(map)
        }
    }

    // MARK: Nodes

    private mutating func node(_ map: JSONLDExpanded.Map) throws -> RDFTerm? {
        if map.has("@graph") {
            throw Diagnostic.error("named graphs are not supported: this node has @graph\(map.has("@id") ? " beside @id" : ""), which makes a named graph, and Orden reads one graph",
                                   at: location(map),
                                   hint: "put the nodes in a top-level @graph without @id, or export the catalogue as Turtle or RDF/XML")
        }
        let subject = identifier(map["@id"]?.string, at: map) ?? (map.has("@id") ? nil : blanks.fresh())
        if let subject { locations.note(subject, location(map)) }
        for type in map["@type"]?.items ?? [] {
            guard let object = identifier(type.string, at: map) else { continue }
            if let subject { graph.add(subject, RDFVocabulary.rdf + "type", object) }
        }
        for key in map.keys where !key.hasPrefix("@") {
            let predicate = self.predicate(key, at: map)
            for item in map[key]?.items ?? [] {
                let object = try self.object(item)
                if let subject, let predicate, let object { graph.add(subject, predicate, object) }
            }
        }
        if let reverse = map["@reverse"]?.map {
            for key in reverse.keys {
                let predicate = self.predicate(key, at: map)
                for item in reverse[key]?.items ?? [] {
                    guard let other = item.map else { continue }
                    let object = try node(other)
                    if let subject, let predicate, let object { graph.add(object, predicate, subject) }
                }
            }
        }
        for item in map["@included"]?.items ?? [] {
            if let other = item.map { _ = try node(other) }
        }
        return subject
    }

    /// A node's IRI or blank node; nil, with a warning, for a relative or malformed IRI.
    private mutating func identifier(_ text: String?, at map: JSONLDExpanded.Map) -> RDFTerm? {
        guard let text else { return nil }
        if text.hasPrefix("_:") { return blanks.named(String(text.dropFirst(2))) }
        guard JSONLDIRI.isWellFormed(text) else {
            warnOnce("“\(text)” is not an absolute IRI, so the statements about it are left out", at: map,
                     hint: IRIResolution.isAbsolute(text) ? "an IRI cannot contain spaces or <>\"{}|^`\\" : "set @base in the @context, or write the full IRI")
            return nil
        }
        return .iri(text)
    }

    private mutating func predicate(_ iri: String, at map: JSONLDExpanded.Map) -> String? {
        if iri.hasPrefix("_:") {
            warnOnce("the property \(iri) is a blank node, which RDF does not allow as a predicate, so its values are left out", at: map)
            return nil
        }
        guard JSONLDIRI.isWellFormed(iri) else {
            warnOnce("the property “\(iri)” is not an absolute IRI, so its values are left out", at: map)
            return nil
        }
        return iri
    }

    // MARK: Objects (6.2)

    private mutating func object(_ item: JSONLDExpanded) throws -> RDFTerm? {
        guard let map = item.map else { return nil }
        if map.has("@value") { return literal(map) }
        if let list = map["@list"] { return try self.list(list.items) }
        return try node(map)
    }

    private mutating func list(_ items: [JSONLDExpanded]) throws -> RDFTerm {
        let rdf = RDFVocabulary.rdf
        guard !items.isEmpty else { return .iri(rdf + "nil") }
        let nodes = items.map { _ in blanks.fresh() }
        for (offset, item) in items.enumerated() {
            if let object = try object(item) { graph.add(nodes[offset], rdf + "first", object) }
            graph.add(nodes[offset], rdf + "rest", offset + 1 < nodes.count ? nodes[offset + 1] : .iri(rdf + "nil"))
        }
        return nodes[0]
    }

    private mutating func literal(_ map: JSONLDExpanded.Map) -> RDFTerm? {
        guard case .scalar(let value)? = map["@value"] else { return nil }
        let xsd = RDFVocabulary.xsd, rdf = RDFVocabulary.rdf
        var datatype = map["@type"]?.string
        let language = map["@language"]?.string
        if let language, !JSONLDLanguageTag.isWellFormed(language) {
            warnOnce("the language tag “\(language)” is not well formed (BCP 47), so the string is left out", at: map,
                     hint: "use a tag such as nb, nn, en or se")
            return nil
        }
        if let type = datatype, type != "@json", !JSONLDIRI.isWellFormed(type) {
            warnOnce("the datatype “\(type)” is not an absolute IRI, so the value is left out", at: map)
            return nil
        }
        let lexical: String
        if datatype == "@json" {
            lexical = JSONLDCanonicalJSON.text(value)
            datatype = rdf + "JSON"
        } else {
            switch value.value {
            case .bool(let flag):
                lexical = flag ? "true" : "false"
                datatype = datatype ?? xsd + "boolean"
            case .number(let text):
                let number = Double(text) ?? 0
                if number.rounded() != number || abs(number) >= 1e21 || datatype == xsd + "double" {
                    lexical = JSONLDCanonicalJSON.canonicalDouble(number)
                    datatype = datatype ?? xsd + "double"
                } else {
                    lexical = JSONLDCanonicalJSON.integer(number)
                    datatype = datatype ?? xsd + "integer"
                }
            case .string(let text):
                lexical = text
            default:
                return nil
            }
        }
        if let textDirection = map["@direction"]?.string, let direction {
            switch direction {
            case .i18nDatatype:
                return .typed(lexical, "https://www.w3.org/ns/i18n#" + (language?.lowercased() ?? "") + "_" + textDirection)
            case .compoundLiteral:
                let node = blanks.fresh()
                graph.add(node, rdf + "value", .string(lexical))
                if let language { graph.add(node, rdf + "language", .string(language.lowercased())) }
                graph.add(node, rdf + "direction", .string(textDirection))
                return node
            }
        }
        if let language { return .string(lexical, language: language) }
        return .typed(lexical, datatype ?? xsd + "string")
    }

    // MARK: Diagnostics

    private func location(_ map: JSONLDExpanded.Map) -> SourceLocation {
        SourceLocation(path: environment.path, line: map.line, column: map.column)
    }

    private mutating func warnOnce(_ message: String, at map: JSONLDExpanded.Map, hint: String? = nil) {
        guard reported.insert(message).inserted else { return }
        environment.warnings.append(.warning(message, at: location(map), hint: hint))
    }
}

/// What JSON-LD's RDF conversion accepts as an IRI: absolute, without the characters RFC 3987
/// leaves out (spaces, controls, <>"{}|^`\).
enum JSONLDIRI {
    /// One pass over the bytes: every subject, predicate and object goes through here.
    static func isWellFormed(_ text: String) -> Bool {
        var inScheme = true, hashes = 0, offset = 0
        for byte in text.utf8 {
            if inScheme {
                let isLetter = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                let isSchemeMark = (0x30...0x39).contains(byte) || byte == 0x2B || byte == 0x2D || byte == 0x2E
                if byte == 0x3A, offset > 0 {
                    inScheme = false
                } else if !(isLetter || (offset > 0 && isSchemeMark)) {
                    return false
                }
            }
            switch byte {
            case 0...0x20, 0x22, 0x3C, 0x3E, 0x5C, 0x5E, 0x60, 0x7B, 0x7C, 0x7D: return false
            case 0x23: hashes += 1
            default: break
            }
            offset += 1
        }
        return !inScheme && hashes <= 1
    }
}

/// The lexical forms JSON-LD gives numbers and `@json` values: xsd:double's canonical form
/// (1.1E0), integers without exponent, and the JSON Canonicalization Scheme (RFC 8785).
enum JSONLDCanonicalJSON {
    /// The shortest decimal digits that give `value` back, and where the decimal point goes:
    /// value = 0.d1d2… × 10^point.
    static func digits(_ value: Double) -> (digits: [Character], point: Int) {
        let text = abs(value).description
        var mantissa = Substring(text), exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let whole = parts.first ?? "0", fraction = parts.count > 1 ? parts[1] : ""
        var digits = Array(whole + fraction)
        var point = whole.count + exponent
        while digits.count > 1, digits.first == "0" {
            digits.removeFirst()
            point -= 1
        }
        while digits.count > 1, digits.last == "0" { digits.removeLast() }
        if digits == ["0"] { point = 1 }
        return (digits, point)
    }

    /// xsd:double in canonical form: 1.1E0, 5.0E-1, 1.0E21.
    static func canonicalDouble(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-INF" : "INF" }
        let (digits, point) = digits(value)
        let sign = value < 0 ? "-" : ""
        let rest = digits.count > 1 ? String(digits.dropFirst()) : "0"
        return "\(sign)\(digits[0]).\(rest)E\(digits == ["0"] ? 0 : point - 1)"
    }

    /// A whole number below 10^21 written out in full.
    static func integer(_ value: Double) -> String {
        let (digits, point) = digits(value)
        if digits == ["0"] { return "0" }
        let sign = value < 0 ? "-" : ""
        return sign + String(digits) + String(repeating: "0", count: max(0, point - digits.count))
    }

    /// A number as ECMAScript writes it (Number::toString), as RFC 8785 asks.
    static func ecmaScript(_ value: Double) -> String {
        if value == 0 { return "0" }
        let (digits, n) = digits(value)
        let k = digits.count
        let sign = value < 0 ? "-" : ""
        let text = String(digits)
        if k <= n && n <= 21 { return sign + text + String(repeating: "0", count: n - k) }
        if 0 < n && n <= 21 { return sign + String(digits[..<n]) + "." + String(digits[n...]) }
        if -6 < n && n <= 0 { return sign + "0." + String(repeating: "0", count: -n) + text }
        let exponent = n - 1
        let mantissa = k > 1 ? String(digits[0]) + "." + String(digits.dropFirst()) : String(digits[0])
        return sign + mantissa + "e" + (exponent > 0 ? "+" : "-") + String(abs(exponent))
    }

    static func text(_ node: JSONNode) -> String {
        switch node.value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let text): return ecmaScript(Double(text) ?? 0)
        case .string(let text): return quoted(text)
        case .array(let items): return "[" + items.map(text).joined(separator: ",") + "]"
        case .object(let pairs):
            // The last value of a repeated key wins, as in JSON.parse; members in UTF-16 order (RFC 8785 §3.2.3).
            let latest = Dictionary(pairs.map { ($0.0, $0.1) }, uniquingKeysWith: { _, last in last })
            let members = latest.sorted { $0.key.utf16.lexicographicallyPrecedes($1.key.utf16) }
            return "{" + members.map { quoted($0.key) + ":" + text($0.value) }.joined(separator: ",") + "}"
        }
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case let control where control.value < 0x20:
                let hex = String(control.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
