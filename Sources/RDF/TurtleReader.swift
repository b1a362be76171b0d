import Basics

/// Reads Turtle 1.1 (https://www.w3.org/TR/turtle/) into a graph. A syntax error stops the
/// reader and is thrown as a `Diagnostic` with its line, column and what was expected there.
package enum TurtleReader {
    /// - Parameters:
    ///   - path: where the text came from, for diagnostics.
    ///   - base: the IRI relative references resolve against until the file sets `@base`.
    package static func read(_ text: String, path: String, base: String? = nil) throws -> RDFGraph {
        try readWithLocations(text, path: path, base: base).graph
    }

    /// - Parameter nTriples: hold the text to the N-Triples grammar (https://www.w3.org/TR/n-triples/),
    ///   the line-based subset of Turtle: full IRIs only, no directives, one triple a line.
    static func readWithLocations(_ text: String, path: String, base: String?, nTriples: Bool = false) throws -> (graph: RDFGraph, locations: SubjectLocations) {
        var parser = TurtleParser(text: text, path: path, base: nTriples ? nil : base, nTriples: nTriples)
        try parser.document()
        return (parser.graph, parser.locations)
    }
}

/// A recursive-descent parser, one method per production of the Turtle grammar.
struct TurtleParser {
    private var cursor: TextCursor
    private let path: String
    private var base: String?
    private var prefixes: [String: String] = [:]
    private var blanks = BlankNodes()
    private(set) var graph = RDFGraph()
    private(set) var locations = SubjectLocations()
    /// How many `[` and `(` are open; deeper nesting than `maximumDepth` is refused rather than
    /// risking the stack on a hostile file.
    private var depth = 0
    private let maximumDepth = 256
    /// N-Triples rather than Turtle.
    private let nTriples: Bool

    init(text: String, path: String, base: String?, nTriples: Bool = false) {
        cursor = TextCursor(text)
        self.path = path
        self.base = base
        self.nTriples = nTriples
    }

    // MARK: Statements

    mutating func document() throws {
        while true {
            skipSpace()
            if cursor.atEnd { return }
            try statement()
        }
    }

    private mutating func statement() throws {
        if nTriples { return try nTriple() }
        if cursor.lookingAt("@prefix") && !isNameScalar(cursor.peek(7)) {
            cursor.advance(7)
            try prefixDirective()
            try expect(".", "to end the @prefix directive")
        } else if cursor.lookingAt("@base") && !isNameScalar(cursor.peek(5)) {
            cursor.advance(5)
            try baseDirective()
            try expect(".", "to end the @base directive")
        } else if cursor.current == "@" {
            throw error("expected @prefix or @base")
        } else if sparqlKeyword("PREFIX") {
            try prefixDirective()
        } else if sparqlKeyword("BASE") {
            try baseDirective()
        } else {
            try triples()
            try expect(".", "to end the statement")
        }
    }

    /// An N-Triples line: `subject predicate object .`, each an IRI in <…>, a blank node label or
    /// (for the object) a "…" literal, then only a comment before the end of the line.
    private mutating func nTriple() throws {
        let hint = "N-Triples has no prefixes, abbreviations or directives: write every IRI in full in <…>, one triple a line"
        let start = cursor.index
        let subject: RDFTerm
        switch cursor.current {
        case "<": subject = .iri(try iriRef())
        case "_" where cursor.peek(1) == ":": subject = try blankNodeLabel()
        default: throw error("expected a subject (an IRI in <…> or a blank node _:…), found \(cursor.foundDescription)", hint: hint)
        }
        locations.note(subject, cursor.location(in: path, at: start))
        skipSpaceOnLine()
        guard cursor.current == "<" else { throw error("expected a predicate (an IRI in <…>), found \(cursor.foundDescription)", hint: hint) }
        let predicate = try iriRef()
        skipSpaceOnLine()
        let object: RDFTerm
        switch cursor.current {
        case "<": object = .iri(try iriRef())
        case "_" where cursor.peek(1) == ":": object = try blankNodeLabel()
        case "\"": object = try rdfLiteral()
        default: throw error("expected an object (an IRI in <…>, a blank node _:… or a \"…\" literal), found \(cursor.foundDescription)", hint: hint)
        }
        graph.add(subject, predicate, object)
        skipSpaceOnLine()
        guard cursor.take(".") else { throw error("expected “.” to end the triple, found \(cursor.foundDescription)", hint: hint) }
        skipSpaceOnLine()
        if let next = cursor.current, next != "\n" && next != "\r" {
            throw error("expected the end of the line after the triple, found \(cursor.foundDescription)", hint: hint)
        }
    }

    /// Spaces, tabs and a comment, but not the end of the line (N-Triples).
    private mutating func skipSpaceOnLine() {
        while let next = cursor.current, next == " " || next == "\t" { cursor.advance() }
        if cursor.current == "#" {
            while let inComment = cursor.current, inComment != "\n" && inComment != "\r" { cursor.advance() }
        }
    }

    /// SPARQL-style `PREFIX` or `BASE` (any case), not to be mistaken for a name like `base:x`.
    private mutating func sparqlKeyword(_ word: String) -> Bool {
        let count = word.unicodeScalars.count
        guard cursor.lookingAt(word, ignoringCase: true), let next = cursor.peek(count), isSpace(next) || next == "#" || next == "<" else { return false }
        cursor.advance(count)
        return true
    }

    private mutating func prefixDirective() throws {
        skipSpace()
        let start = cursor.index
        let prefix = try prefixName()
        guard cursor.take(":") else {
            throw error("expected a prefix name ending in “:”", at: start)
        }
        skipSpace()
        guard cursor.current == "<" else { throw error("expected the namespace IRI in <…> after “\(prefix):”") }
        prefixes[prefix] = try iriRef()
    }

    private mutating func baseDirective() throws {
        skipSpace()
        guard cursor.current == "<" else { throw error("expected the base IRI in <…>") }
        base = try iriRef()
    }

    private mutating func triples() throws {
        if cursor.current == "[" {
            let start = cursor.index
            let (subject, hadProperties) = try blankNodePropertyList()
            skipSpace()
            if hadProperties && cursor.current == "." { return }
            if !hadProperties && cursor.current == "." {
                throw error("expected a predicate after the blank node “[]”", at: start)
            }
            try predicateObjectList(subject)
        } else {
            skipSpace()
            let start = cursor.index
            let subject = try self.subject()
            locations.note(subject, cursor.location(in: path, at: start))
            try predicateObjectList(subject)
        }
    }

    // MARK: Predicates and objects

    private mutating func predicateObjectList(_ subject: RDFTerm) throws {
        try verbObjectList(subject)
        while true {
            skipSpace()
            guard cursor.take(";") else { return }
            skipSpace()
            // `;` may be repeated and may end the list.
            if let next = cursor.current, next == ";" || next == "." || next == "]" { continue }
            if cursor.atEnd { return }
            try verbObjectList(subject)
        }
    }

    private mutating func verbObjectList(_ subject: RDFTerm) throws {
        let predicate = try verb()
        repeat {
            let object = try self.object()
            graph.add(subject, predicate, object)
            skipSpace()
        } while cursor.take(",")
    }

    private mutating func verb() throws -> String {
        skipSpace()
        if cursor.current == "a", !isNameScalar(cursor.peek(1)), cursor.peek(1) != ":" {
            cursor.advance()
            return RDFVocabulary.rdf + "type"
        }
        guard let next = cursor.current, next == "<" || next == ":" || isNameStart(next) else {
            throw error("expected a predicate (an IRI, a prefixed name or “a”)")
        }
        return try iri()
    }

    private mutating func subject() throws -> RDFTerm {
        skipSpace()
        switch cursor.current {
        case "<": return .iri(try iriRef())
        case "_" where cursor.peek(1) == ":": return try blankNodeLabel()
        case "(": return try collection()
        case "[": return try blankNodePropertyList().node
        case let next? where next == ":" || isNameStart(next): return .iri(try prefixedName())
        default: throw error("expected a subject (an IRI, a prefixed name or a blank node)")
        }
    }

    private mutating func object() throws -> RDFTerm {
        skipSpace()
        guard let next = cursor.current else { throw error("expected an object") }
        switch next {
        case "<": return .iri(try iriRef())
        case "_" where cursor.peek(1) == ":": return try blankNodeLabel()
        case "[": return try blankNodePropertyList().node
        case "(": return try collection()
        case "\"", "'": return try rdfLiteral()
        case "+", "-", "0"..."9": return try numericLiteral()
        case "." where cursor.peek(1).map(isDigit) ?? false: return try numericLiteral()
        default:
            for word in ["true", "false"] where cursor.lookingAt(word) && !isNameScalar(cursor.peek(word.count)) && cursor.peek(word.count) != ":" {
                cursor.advance(word.count)
                return .typed(word, RDFVocabulary.xsd + "boolean")
            }
            if next == ":" || isNameStart(next) { return .iri(try prefixedName()) }
            throw error("expected an object (an IRI, a prefixed name, a blank node, a collection or a literal)")
        }
    }

    /// `[ … ]`: a fresh blank node and its properties. Returns whether there were any (`[]` has none).
    private mutating func blankNodePropertyList() throws -> (node: RDFTerm, hadProperties: Bool) {
        let start = cursor.index
        try enter()
        defer { depth -= 1 }
        cursor.advance()  // [
        let node = blanks.fresh()
        locations.note(node, cursor.location(in: path, at: start))
        skipSpace()
        if cursor.take("]") { return (node, false) }
        try predicateObjectList(node)
        skipSpace()
        guard cursor.take("]") else {
            throw error("expected “]” to close the “[” at \(describe(start))")
        }
        return (node, true)
    }

    /// `( … )`: an rdf:first/rdf:rest list, or rdf:nil when empty.
    private mutating func collection() throws -> RDFTerm {
        let start = cursor.index
        try enter()
        defer { depth -= 1 }
        cursor.advance()  // (
        var items: [RDFTerm] = []
        while true {
            skipSpace()
            if cursor.take(")") { break }
            if cursor.atEnd { throw error("expected “)” to close the “(” at \(describe(start))") }
            items.append(try object())
        }
        return addList(items)
    }

    private mutating func addList(_ items: [RDFTerm]) -> RDFTerm {
        graph.addCollection(items, blanks: &blanks)
    }

    // MARK: Literals

    private mutating func rdfLiteral() throws -> RDFTerm {
        let value = try string()
        if cursor.current == "@" {
            cursor.advance()
            return .string(value, language: try languageTag())
        }
        let afterString = cursor.index
        skipSpace()
        if cursor.lookingAt("^^") {
            cursor.advance(2)
            skipSpace()
            return .typed(value, try iri())
        }
        cursor.move(to: afterString)
        return .string(value)
    }

    private mutating func languageTag() throws -> String {
        var tag = ""
        while let next = cursor.current, isLetter(next) {
            tag.unicodeScalars.append(next)
            cursor.advance()
        }
        guard !tag.isEmpty else { throw error("expected a language tag such as “nb” after “@”") }
        while cursor.current == "-" {
            var part = ""
            cursor.advance()
            while let next = cursor.current, isLetter(next) || isDigit(next) {
                part.unicodeScalars.append(next)
                cursor.advance()
            }
            guard !part.isEmpty else { throw error("expected letters or digits after “-” in the language tag") }
            tag += "-" + part
        }
        return tag
    }

    /// Any of the four quote forms: "…", '…', """…""", '''…'''.
    private mutating func string() throws -> String {
        let start = cursor.index
        guard let quote = cursor.current else { throw error("expected a string") }
        let long = !nTriples && cursor.peek(1) == quote && cursor.peek(2) == quote
        cursor.advance(long ? 3 : 1)
        var value = ""
        while true {
            guard let next = cursor.current else {
                throw error("the string that starts at \(describe(start)) is not closed", at: start,
                            hint: "end it with \(long ? String(repeating: String(quote), count: 3) : String(quote))")
            }
            if next == quote {
                if !long {
                    cursor.advance()
                    return value
                }
                if cursor.peek(1) == quote && cursor.peek(2) == quote {
                    cursor.advance(3)
                    return value
                }
                value.unicodeScalars.append(next)
                cursor.advance()
            } else if next == "\\" {
                value.unicodeScalars.append(try escape(allowingStringEscapes: true))
            } else if !long && (next == "\n" || next == "\r") {
                throw error("the string that starts at \(describe(start)) is not closed on its line", at: start,
                            hint: "end it with \(quote) on the same line, or use \(String(repeating: String(quote), count: 3)) for text over several lines")
            } else {
                value.unicodeScalars.append(next)
                cursor.advance()
            }
        }
    }

    /// `\uXXXX`, `\UXXXXXXXX` and (in strings) `\t \b \n \r \f \" \' \\`.
    private mutating func escape(allowingStringEscapes: Bool) throws -> Unicode.Scalar {
        let start = cursor.index
        cursor.advance()  // backslash
        guard let kind = cursor.current else { throw error("expected an escape after “\\”", at: start) }
        cursor.advance()
        switch kind {
        case "u", "U":
            let digits = kind == "u" ? 4 : 8
            var hex = ""
            for _ in 0..<digits {
                guard let digit = cursor.current, digit.properties.isASCIIHexDigit else {
                    throw error("expected \(digits) hexadecimal digits after “\\\(kind)”", at: start)
                }
                hex.unicodeScalars.append(digit)
                cursor.advance()
            }
            guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
                throw error("“\\\(kind)\(hex)” is not a Unicode character", at: start)
            }
            return scalar
        case "t" where allowingStringEscapes: return "\t"
        case "b" where allowingStringEscapes: return "\u{08}"
        case "n" where allowingStringEscapes: return "\n"
        case "r" where allowingStringEscapes: return "\r"
        case "f" where allowingStringEscapes: return "\u{0C}"
        case "\"" where allowingStringEscapes, "'" where allowingStringEscapes, "\\" where allowingStringEscapes: return kind
        default:
            throw error("“\\\(kind)” is not an escape Turtle knows", at: start,
                        hint: allowingStringEscapes ? "use \\t \\b \\n \\r \\f \\\" \\' \\\\ \\uXXXX or \\UXXXXXXXX" : "use \\uXXXX or \\UXXXXXXXX")
        }
    }

    private mutating func numericLiteral() throws -> RDFTerm {
        let start = cursor.index
        var text = ""
        func digits() -> String {
            var run = ""
            while let next = cursor.current, isDigit(next) {
                run.unicodeScalars.append(next)
                cursor.advance()
            }
            return run
        }
        if let sign = cursor.current, sign == "+" || sign == "-" {
            text.unicodeScalars.append(sign)
            cursor.advance()
        }
        let whole = digits()
        text += whole
        var datatype = "integer"
        // A dot is part of the number only when a digit or an exponent follows; otherwise it ends the statement.
        if cursor.current == ".", let after = cursor.peek(1), isDigit(after) || (!whole.isEmpty && (after == "e" || after == "E")) {
            cursor.advance()
            text += "." + digits()
            datatype = "decimal"
        }
        if let e = cursor.current, e == "e" || e == "E" {
            var exponent = String(e)
            cursor.advance()
            if let sign = cursor.current, sign == "+" || sign == "-" {
                exponent.unicodeScalars.append(sign)
                cursor.advance()
            }
            let power = digits()
            guard !power.isEmpty else { throw error("expected digits in the exponent of the number", at: start) }
            text += exponent + power
            datatype = "double"
        }
        guard text.unicodeScalars.contains(where: isDigit) else {
            throw error("expected a number", at: start)
        }
        return .typed(text, RDFVocabulary.xsd + datatype)
    }

    // MARK: IRIs and names

    private mutating func iri() throws -> String {
        if nTriples && cursor.current != "<" { throw error("expected an IRI in <…>; N-Triples has no prefixed names") }
        return cursor.current == "<" ? try iriRef() : try prefixedName()
    }

    /// `<…>`, resolved against the base.
    private mutating func iriRef() throws -> String {
        let start = cursor.index
        cursor.advance()  // <
        var value = ""
        while true {
            guard let next = cursor.current else { throw error("the IRI that starts at \(describe(start)) is not closed with “>”", at: start) }
            switch next {
            case ">":
                cursor.advance()
                if nTriples && !IRIResolution.isAbsolute(value) {
                    throw error("the IRI <\(value)> is relative; N-Triples needs absolute IRIs", at: start,
                                hint: "write the IRI in full, starting with its scheme, e.g. https://")
                }
                return IRIResolution.resolve(value, against: base)
            case "\\":
                // An escape may not smuggle in what IRIREF forbids written as itself (Turtle 1.1 §6.4).
                let escapeStart = cursor.index
                let scalar = try escape(allowingStringEscapes: false)
                if Self.isForbiddenInIRI(scalar) {
                    throw error("the escape “\(String(String.UnicodeScalarView(cursor.scalars[escapeStart..<cursor.index])))” stands for "
                                + "“\(scalar.escaped(asASCII: true))”, which is not allowed in an IRI", at: escapeStart,
                                hint: "write spaces and special characters in IRIs percent-encoded, e.g. %20 for a space and %3C for <")
                }
                value.unicodeScalars.append(scalar)
            case let bad where Self.isForbiddenInIRI(bad):
                throw error(bad == "\n" || bad == "\r" || bad == " " ? "the IRI that starts at \(describe(start)) is not closed with “>”" : "“\(bad.escaped(asASCII: true))” is not allowed in an IRI",
                            at: bad == "\n" || bad == "\r" || bad == " " ? start : cursor.index, hint: "write spaces and special characters in IRIs as %20 and the like")
            default:
                value.unicodeScalars.append(next)
                cursor.advance()
            }
        }
    }

    /// What IRIREF excludes: control characters, space and `<>"{}|^`\`.
    static func isForbiddenInIRI(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains(scalar)
    }

    /// `prefix:local`, with the namespace looked up.
    private mutating func prefixedName() throws -> String {
        let start = cursor.index
        let prefix = try prefixName()
        guard cursor.take(":") else {
            throw error("expected “:” in a prefixed name such as dct:title (or a full IRI in <…>)", at: start)
        }
        guard let namespace = prefixes[prefix] else {
            throw error("the prefix “\(prefix):” is not defined", at: start,
                        hint: "add @prefix \(prefix): <…> . before its first use")
        }
        return namespace + (try localName())
    }

    /// PN_PREFIX (possibly empty); stops before the colon.
    private mutating func prefixName() throws -> String {
        var name = ""
        guard let first = cursor.current, first != ":" else { return name }
        guard isNameBase(first) else { throw error("expected a prefix name") }
        while let next = cursor.current, isNameScalar(next) || next == "." {
            // A name cannot end with a dot.
            if next == ".", !(cursor.peek(1).map { isNameScalar($0) || $0 == "." } ?? false) { break }
            name.unicodeScalars.append(next)
            cursor.advance()
        }
        return name
    }

    /// PN_LOCAL, with `\`-escapes undone and %XX kept as written.
    private mutating func localName() throws -> String {
        var name = ""
        var first = true
        while let next = cursor.current {
            if next == "\\" {
                guard let escaped = cursor.peek(1), "_~.-!$&'()*+,;=/?#@%".unicodeScalars.contains(escaped) else {
                    throw error("“\\\(cursor.peek(1).map { String($0) } ?? "")” is not an escape allowed in a local name")
                }
                name.unicodeScalars.append(escaped)
                cursor.advance(2)
            } else if next == "%" {
                guard let a = cursor.peek(1), let b = cursor.peek(2), a.properties.isASCIIHexDigit, b.properties.isASCIIHexDigit else {
                    throw error("expected two hexadecimal digits after “%” in a local name")
                }
                name.unicodeScalars.append(contentsOf: [next, a, b])
                cursor.advance(3)
            } else if isNameScalar(next) && (!first || next != "-" && next != "\u{B7}" && !(0x300...0x36F).contains(next.value) && !(0x203F...0x2040).contains(next.value)) || next == ":" {
                name.unicodeScalars.append(next)
                cursor.advance()
            } else if next == ".", !first, let after = cursor.peek(1), isNameScalar(after) || after == "." || after == ":" || after == "\\" || after == "%" {
                // A dot inside a local name; a trailing one ends the statement.
                name.unicodeScalars.append(next)
                cursor.advance()
            } else {
                break
            }
            first = false
        }
        return name
    }

    private mutating func blankNodeLabel() throws -> RDFTerm {
        let start = cursor.index
        cursor.advance(2)  // _:
        var label = ""
        guard let first = cursor.current, isNameScalar(first) && first != "-" && first != "\u{B7}" else {
            throw error("expected a blank node label after “_:”", at: start)
        }
        while let next = cursor.current, isNameScalar(next) || next == "." {
            if next == ".", !(cursor.peek(1).map { isNameScalar($0) || $0 == "." } ?? false) { break }
            label.unicodeScalars.append(next)
            cursor.advance()
        }
        return blanks.named(label)
    }

    private mutating func enter() throws {
        guard depth < maximumDepth else { throw error("brackets are nested more than \(maximumDepth) levels deep") }
        depth += 1
    }

    // MARK: Characters

    private mutating func skipSpace() {
        while let next = cursor.current {
            if isSpace(next) {
                cursor.advance()
            } else if next == "#" {
                while let inComment = cursor.current, inComment != "\n" && inComment != "\r" { cursor.advance() }
            } else {
                return
            }
        }
    }

    private mutating func expect(_ scalar: Unicode.Scalar, _ purpose: String) throws {
        skipSpace()
        guard cursor.take(scalar) else {
            throw error("expected “\(scalar)” \(purpose), found \(cursor.foundDescription)",
                        hint: scalar == "." ? "each statement ends with “.”; a “;” or “,” may be missing between values" : nil)
        }
    }

    private func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" }
    private func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
    private func isLetter(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }

    /// PN_CHARS_BASE.
    private func isNameBase(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return isLetter(scalar) || (0xC0...0xD6).contains(v) || (0xD8...0xF6).contains(v) || (0xF8...0x2FF).contains(v)
            || (0x370...0x37D).contains(v) || (0x37F...0x1FFF).contains(v) || (0x200C...0x200D).contains(v)
            || (0x2070...0x218F).contains(v) || (0x2C00...0x2FEF).contains(v) || (0x3001...0xD7FF).contains(v)
            || (0xF900...0xFDCF).contains(v) || (0xFDF0...0xFFFD).contains(v) || (0x10000...0xEFFFF).contains(v)
    }

    /// What may start a prefixed name: PN_CHARS_BASE, or `_` / a digit for a local name after an empty prefix.
    private func isNameStart(_ scalar: Unicode.Scalar) -> Bool { isNameBase(scalar) }

    /// PN_CHARS.
    private func isNameScalar(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        let v = scalar.value
        return isNameBase(scalar) || scalar == "_" || scalar == "-" || isDigit(scalar) || v == 0xB7
            || (0x300...0x36F).contains(v) || (0x203F...0x2040).contains(v)
    }

    private func describe(_ index: Int) -> String {
        let (line, column) = cursor.position(of: index)
        return "line \(line), column \(column)"
    }

    private func error(_ message: String, at index: Int? = nil, hint: String? = nil) -> Diagnostic {
        .error(message, at: cursor.location(in: path, at: index), hint: hint)
    }
}
