import Basics

/// A JSON value that remembers where it was written and the order of its keys, so the JSON-LD
/// reader can point at a line and gives the same graph for the same file every time.
struct JSONNode: Sendable {
    indirect enum Value: Sendable {
        case object([(key: String, value: JSONNode)])
        case array([JSONNode])
        case string(String)
        /// The number as written.
        case number(String)
        case bool(Bool)
        case null
    }

    var value: Value
    var line: Int
    var column: Int

    /// The value of a key (the last one, if the key is written twice).
    subscript(key: String) -> JSONNode? {
        guard case .object(let pairs) = value else { return nil }
        return pairs.last { $0.key == key }?.value
    }

    var pairs: [(key: String, value: JSONNode)]? { if case .object(let pairs) = value { pairs } else { nil } }
    var string: String? { if case .string(let text) = value { text } else { nil } }
    var isNull: Bool { if case .null = value { true } else { false } }

    var isBool: Bool { if case .bool = value { true } else { false } }
    /// A string, number, true/false (not null, an array or an object).
    var isScalar: Bool {
        switch value {
        case .string, .number, .bool: true
        default: false
        }
    }

    /// The items of an array, or the value itself when it is not an array.
    var items: [JSONNode] { if case .array(let items) = value { items } else { [self] } }

    /// Whether two values are the same JSON, wherever they were written (numbers by value,
    /// objects regardless of key order).
    static func sameValue(_ a: JSONNode?, _ b: JSONNode?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        switch (a.value, b.value) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.number(let x), .number(let y)): return Double(x) == Double(y)
        case (.array(let x), .array(let y)): return x.count == y.count && zip(x, y).allSatisfy { sameValue($0, $1) }
        case (.object(let x), .object(let y)):
            return x.count == y.count && x.allSatisfy { pair in sameValue(pair.value, b[pair.key]) }
        default: return false
        }
    }
}

/// Parses JSON (RFC 8259) with line and column on every value and on every error.
struct JSONTreeParser {
    private var cursor: TextCursor
    private let path: String
    /// Deeper nesting than this is refused rather than risking the stack.
    private let maximumDepth = 512

    init(text: String, path: String) {
        cursor = TextCursor(text)
        self.path = path
    }

    mutating func document() throws -> JSONNode {
        skipSpace()
        let root = try value(depth: 0)
        skipSpace()
        guard cursor.atEnd else { throw error("expected the end of the file after the JSON value, found \(cursor.foundDescription)") }
        return root
    }

    private mutating func value(depth: Int) throws -> JSONNode {
        guard depth < maximumDepth else { throw error("the JSON is nested more than \(maximumDepth) levels deep") }
        let (line, column) = cursor.position(of: cursor.index)
        let value: JSONNode.Value
        switch cursor.current {
        case "{": value = try object(depth: depth)
        case "[": value = try array(depth: depth)
        case "\"": value = .string(try string())
        case "t": value = try word("true", .bool(true))
        case "f": value = try word("false", .bool(false))
        case "n": value = try word("null", .null)
        case let next? where next == "-" || ("0"..."9").contains(next): value = .number(try number())
        default: throw error("expected a JSON value (an object, array, string, number, true, false or null), found \(cursor.foundDescription)")
        }
        return JSONNode(value: value, line: line, column: column)
    }

    private mutating func object(depth: Int) throws -> JSONNode.Value {
        let start = cursor.index
        cursor.advance()
        var pairs: [(key: String, value: JSONNode)] = []
        skipSpace()
        if cursor.take("}") { return .object(pairs) }
        while true {
            skipSpace()
            guard cursor.current == "\"" else { throw error("expected a key in double quotes, found \(cursor.foundDescription)") }
            let key = try string()
            skipSpace()
            guard cursor.take(":") else { throw error("expected “:” after the key \"\(key)\", found \(cursor.foundDescription)") }
            skipSpace()
            pairs.append((key, try value(depth: depth + 1)))
            skipSpace()
            if cursor.take("}") { return .object(pairs) }
            guard cursor.take(",") else {
                throw error(cursor.atEnd ? "the object that starts at \(describe(start)) is not closed with “}”" : "expected “,” or “}” after the value of \"\(key)\", found \(cursor.foundDescription)")
            }
        }
    }

    private mutating func array(depth: Int) throws -> JSONNode.Value {
        let start = cursor.index
        cursor.advance()
        var items: [JSONNode] = []
        skipSpace()
        if cursor.take("]") { return .array(items) }
        while true {
            skipSpace()
            items.append(try value(depth: depth + 1))
            skipSpace()
            if cursor.take("]") { return .array(items) }
            guard cursor.take(",") else {
                throw error(cursor.atEnd ? "the array that starts at \(describe(start)) is not closed with “]”" : "expected “,” or “]” in the array, found \(cursor.foundDescription)")
            }
        }
    }

    private mutating func string() throws -> String {
        let start = cursor.index
        cursor.advance()
        var units: [UInt16] = []
        var text = ""
        func flushUnits() {
            if !units.isEmpty { text += String(decoding: units, as: UTF16.self) }
            units = []
        }
        while true {
            // Most of a string is plain text: take it as one run.
            let runStart = cursor.index
            var runEnd = runStart
            while runEnd < cursor.scalars.count {
                let scalar = cursor.scalars[runEnd]
                if scalar == "\"" || scalar == "\\" || scalar.value < 0x20 { break }
                runEnd += 1
            }
            if runEnd > runStart {
                flushUnits()
                text.unicodeScalars.append(contentsOf: cursor.scalars[runStart..<runEnd])
                cursor.advance(runEnd - runStart)
            }
            guard let next = cursor.current, next != "\n" else {
                throw error("the string that starts at \(describe(start)) is not closed with \"", at: start)
            }
            cursor.advance()
            switch next {
            case "\"":
                flushUnits()
                return text
            case "\\":
                guard let kind = cursor.current else { continue }
                cursor.advance()
                switch kind {
                case "u":
                    var hex = ""
                    for _ in 0..<4 {
                        guard let digit = cursor.current, digit.properties.isASCIIHexDigit else {
                            throw error("expected four hexadecimal digits after \\u")
                        }
                        hex.unicodeScalars.append(digit)
                        cursor.advance()
                    }
                    // UTF-16 units, so that surrogate pairs (\uD83D\uDE00) join up.
                    units.append(UInt16(hex, radix: 16) ?? 0xFFFD)
                    continue
                case "\"", "\\", "/": flushUnits(); text.unicodeScalars.append(kind)
                case "b": flushUnits(); text += "\u{08}"
                case "f": flushUnits(); text += "\u{0C}"
                case "n": flushUnits(); text += "\n"
                case "r": flushUnits(); text += "\r"
                case "t": flushUnits(); text += "\t"
                default: throw error("“\\\(kind)” is not a JSON escape", hint: "use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX")
                }
            case let control where control.value < 0x20:
                throw error("a control character (U+\(String(control.value, radix: 16, uppercase: true))) must be escaped in a JSON string")
            default:
                flushUnits()
                text.unicodeScalars.append(next)
            }
        }
    }

    private mutating func number() throws -> String {
        var text = ""
        func take(_ allowed: (Unicode.Scalar) -> Bool) -> Bool {
            guard let next = cursor.current, allowed(next) else { return false }
            text.unicodeScalars.append(next)
            cursor.advance()
            return true
        }
        let isDigit: (Unicode.Scalar) -> Bool = { ("0"..."9").contains($0) }
        _ = take { $0 == "-" }
        guard take(isDigit) else { throw error("expected a digit in the number") }
        if text.hasSuffix("0") && cursor.current.map(isDigit) == true { throw error("a JSON number cannot start with 0") }
        while take(isDigit) {}
        if take({ $0 == "." }) {
            guard take(isDigit) else { throw error("expected a digit after the decimal point") }
            while take(isDigit) {}
        }
        if take({ $0 == "e" || $0 == "E" }) {
            _ = take { $0 == "+" || $0 == "-" }
            guard take(isDigit) else { throw error("expected a digit in the exponent") }
            while take(isDigit) {}
        }
        return text
    }

    private mutating func word(_ word: String, _ value: JSONNode.Value) throws -> JSONNode.Value {
        guard cursor.lookingAt(word) else { throw error("expected a JSON value, found \(cursor.foundDescription)") }
        cursor.advance(word.unicodeScalars.count)
        return value
    }

    private mutating func skipSpace() {
        while let next = cursor.current, next == " " || next == "\t" || next == "\n" || next == "\r" { cursor.advance() }
    }

    private func describe(_ index: Int) -> String {
        let (line, column) = cursor.position(of: index)
        return "line \(line), column \(column)"
    }

    private func error(_ message: String, at index: Int? = nil, hint: String? = nil) -> Diagnostic {
        .error(message, at: cursor.location(in: path, at: index), hint: hint)
    }
}
