import Basics

/// A value written as one scalar: text, a number, a date, an id, an address. The decoder reads
/// these straight from the node's text, without the Decoder machinery that a field of a
/// record would otherwise go through for every value of every file.
protocol ScalarField: FieldValue {
    /// What the value is, for "expected …, but found a list".
    static var expected: String { get }
    /// The value in `text`, written at `location`; a `ValueError` says what is wrong with it.
    init(scalar text: String, at location: SourceLocation?) throws
}

extension ScalarField {
    static var expected: String { "text" }

    /// For `init(from:)`: the same reading through any Decoder.
    init(decoding decoder: any Decoder) throws {
        let (text, location) = try scalarText(decoder)
        try self.init(scalar: text, at: location)
    }
}

/// How numbers and booleans are read, with the messages editors see.
enum ScalarText {
    static let wholeNumber = "a whole number"
    static let anyNumber = "a number"

    static func integer(_ text: String) throws -> Int {
        guard let value = Int(text) else {
            throw ValueError("expected a whole number, found \"\(text)\"", hint: "write digits only, without spaces or units, e.g. 12000")
        }
        return value
    }

    static func number(_ text: String) throws -> Double {
        guard let value = Double(text), value.isFinite, !text.lowercased().hasPrefix("0x") else {
            throw ValueError("expected a number, found \"\(text)\"", hint: "write digits with an optional decimal point, e.g. 125000 or 1250.50")
        }
        return value
    }

    static func boolean(_ text: String) throws -> Bool {
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: throw ValueError("expected true or false, found \"\(text)\"")
        }
    }
}

extension String: ScalarField {
    init(scalar text: String, at location: SourceLocation?) { self = text }
}

extension Int: ScalarField {
    static var expected: String { ScalarText.wholeNumber }
    init(scalar text: String, at location: SourceLocation?) throws { self = try ScalarText.integer(text) }
}

extension Double: ScalarField {
    static var expected: String { ScalarText.anyNumber }
    init(scalar text: String, at location: SourceLocation?) throws { self = try ScalarText.number(text) }
}

extension Bool: ScalarField {
    static var expected: String { "true or false" }
    init(scalar text: String, at location: SourceLocation?) throws { self = try ScalarText.boolean(text) }
}
