import Foundation
import Basics
import FrontMatter

/// Reads a scalar's text, and where it stands when the decoder knows, for value types that
/// check their own syntax.
func scalarText(_ decoder: any Decoder) throws -> (String, SourceLocation?) {
    let text = try decoder.singleValueContainer().decode(String.self)
    return (text, (decoder as? any LocatingDecoder)?.location)
}

/// A decoder that knows where in a file the value it decodes stands.
package protocol LocatingDecoder: Decoder {
    var location: SourceLocation { get }
}

/// An id: the file name of a record, lowercase letters, digits and hyphens.
package enum Identifier {
    package static func isValid(_ id: String) -> Bool {
        guard let first = id.utf8.first, first != UInt8(ascii: "-") else { return false }
        return id.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == UInt8(ascii: "-") }
    }

    /// A valid id close to `text`, for hints: "Byggesak_Pro" → "byggesak-pro".
    package static func suggestion(for text: String) -> String {
        let folded = text.lowercased()
            .replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "ø", with: "o")
            .replacingOccurrences(of: "å", with: "a")
            .folding(options: .diacriticInsensitive, locale: nil)
        var result = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.hasSuffix("-") && !result.isEmpty {
                result += "-"
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "x" : result
    }

    package static let rule = "ids may only contain lowercase a–z, digits 0–9 and hyphens, and must not start with a hyphen"
}

/// A reference by id to another record, with the place it was written for diagnostics.
package struct Reference: Sendable, Hashable, ScalarField, Decodable, HasPlaceholder, CustomStringConvertible {
    package var id: String
    package var location: SourceLocation?

    package init(_ id: String, at location: SourceLocation? = nil) {
        self.id = id
        self.location = location
    }

    package init(from decoder: any Decoder) throws { self = try Self(decoding: decoder) }

    init(scalar text: String, at location: SourceLocation?) throws {
        guard Identifier.isValid(text) else {
            throw ValueError("\"\(text)\" is not a valid id", hint: Identifier.rule + " (e.g. \"\(Identifier.suggestion(for: text))\")")
        }
        self.init(text, at: location)
    }

    package static var placeholder: Reference { Reference("") }
    /// A reference the public build keeps without its id: a record is registered but not
    /// published (an internal data processing agreement). Pages say so; the JSON leaves it out.
    package static var withheld: Reference { Reference("") }
    package var isWithheld: Bool { id.isEmpty }
    package var description: String { id }
    package static func == (a: Reference, b: Reference) -> Bool { a.id == b.id }
    package func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

/// A system of the same municipality (`arkiv`) or of another one (`9902/barnevern`), as when a
/// municipality's processing activity uses a system a host municipality runs for it.
package struct SystemReference: Sendable, Hashable, ScalarField, Decodable {
    package var municipality: String?
    package var id: String
    package var location: SourceLocation?

    package init(from decoder: any Decoder) throws { self = try Self(decoding: decoder) }

    init(scalar text: String, at location: SourceLocation?) throws {
        switch IntegrationTarget.parse(text) {
        case .localSystem(let id)?:
            (municipality, self.id) = (nil, id)
        case .municipalSystem(let number, let id)?:
            (municipality, self.id) = (number, id)
        default:
            throw ValueError("\"\(text)\" is not a valid system reference",
                             hint: "write a system id of this municipality (arkiv) or another municipality's system (9902/barnevern)")
        }
        self.location = location
    }

    package init(municipality: String? = nil, id: String, location: SourceLocation? = nil) {
        self.municipality = municipality
        self.id = id
        self.location = location
    }

    /// The system's key, for a reference written in municipality `home`.
    package func key(from home: String) -> LocalKey { LocalKey(municipality ?? home, id) }
}

/// Where an integration goes: a system of the same municipality (`arkiv`), another
/// municipality's system (`3803/arkiv`) or a catalogue product (`product:fiks-arkiv`).
package struct IntegrationTarget: Sendable, Hashable, ScalarField, Decodable, HasPlaceholder {
    package enum Kind: Sendable, Hashable {
        case localSystem(String)
        case municipalSystem(municipality: String, system: String)
        case product(String)
    }

    package var kind: Kind
    package var location: SourceLocation?

    package init(_ kind: Kind, at location: SourceLocation? = nil) {
        self.kind = kind
        self.location = location
    }

    package init(from decoder: any Decoder) throws { self = try Self(decoding: decoder) }

    init(scalar text: String, at location: SourceLocation?) throws {
        guard let kind = Self.parse(text) else {
            throw ValueError(
                "\"\(text)\" is not a valid integration target",
                hint: "write a system id of this municipality (arkiv), another municipality's system (3803/arkiv) or a catalogue product (product:fiks-arkiv)")
        }
        self.init(kind, at: location)
    }

    package static func parse(_ text: String) -> Kind? {
        if text.hasPrefix("product:") {
            let id = String(text.dropFirst("product:".count))
            return Identifier.isValid(id) ? .product(id) : nil
        }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 2 {
            let number = String(parts[0]), id = String(parts[1])
            guard number.count == 4, number.allSatisfy(\.isASCIIDigit), Identifier.isValid(id) else { return nil }
            return .municipalSystem(municipality: number, system: id)
        }
        return Identifier.isValid(text) ? .localSystem(text) : nil
    }

    package static var placeholder: IntegrationTarget { IntegrationTarget(.localSystem("")) }
    package static func == (a: IntegrationTarget, b: IntegrationTarget) -> Bool { a.kind == b.kind }
    package func hash(into hasher: inout Hasher) { hasher.combine(kind) }
}

extension Day: ScalarField, Decodable, HasPlaceholder {
    package init(from decoder: any Decoder) throws { self = try Self(decoding: decoder) }

    init(scalar text: String, at location: SourceLocation?) throws {
        guard let day = Day(text) else {
            let looksRight = text.count == 10 && text.split(separator: "-").count == 3
            throw ValueError(
                looksRight ? "\"\(text)\" is not a date in the calendar" : "\"\(text)\" is not a date in the form YYYY-MM-DD",
                hint: "write dates as year-month-day, e.g. 2025-03-31")
        }
        self = day
    }

    package static var placeholder: Day { Day(year: 1970, month: 1, day: 1)! }  // safe: a constant valid date
}

/// A Norwegian organisation number: nine digits, the last a mod-11 check digit.
package struct OrganisationNumber: Sendable, Hashable, ScalarField, Decodable, HasPlaceholder, CustomStringConvertible {
    package var digits: String

    package init?(_ text: String) {
        let digits = text.filter { $0 != " " }
        guard Self.isValid(digits) else { return nil }
        self.digits = digits
    }

    package init(from decoder: any Decoder) throws { self = try Self(decoding: decoder) }

    init(scalar text: String, at location: SourceLocation?) throws {
        let digits = text.filter { $0 != " " }
        guard digits.count == 9, digits.allSatisfy(\.isASCIIDigit) else {
            throw ValueError("\"\(text)\" is not an organisation number: it must have nine digits",
                             hint: "find the number in Enhetsregisteret (Brønnøysundregistrene); write it in quotes, e.g. \"974760673\"")
        }
        guard Self.isValid(digits) else {
            throw ValueError("the organisation number \(digits) fails the mod-11 check",
                             hint: "a digit is probably mistyped; copy the number from Enhetsregisteret")
        }
        self.digits = digits
    }

    /// Weights 3 2 7 6 5 4 3 2 over the first eight digits; the check digit is 11 − (sum mod 11),
    /// 11 giving 0 and 10 meaning the number cannot exist.
    package static func isValid(_ digits: String) -> Bool {
        let values = digits.compactMap(\.wholeNumberValue)
        guard digits.count == 9, values.count == 9, digits.allSatisfy(\.isASCIIDigit) else { return false }
        let weights = [3, 2, 7, 6, 5, 4, 3, 2]
        let sum = zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 }
        let remainder = sum % 11
        let check = remainder == 0 ? 0 : 11 - remainder
        return check != 10 && check == values[8]
    }

    package static var placeholder: OrganisationNumber { OrganisationNumber(digits: "000000000") }
    private init(digits: String) { self.digits = digits }
    /// Grouped as Enhetsregisteret shows it: 974 760 673.
    package var description: String {
        let d = Array(digits)
        guard d.count == 9 else { return digits }
        return "\(String(d[0..<3])) \(String(d[3..<6])) \(String(d[6..<9]))"
    }
}

/// A kommunenummer: four digits, the first two the county. Checked against the official list later,
/// where the record says whether it is a fictional municipality.
package struct MunicipalityNumber: Sendable, Hashable, ScalarField, Decodable, HasPlaceholder, CustomStringConvertible {
    package var digits: String
    package var location: SourceLocation?

    package init(_ digits: String, at location: SourceLocation? = nil) {
        self.digits = digits
        self.location = location
    }

    package init(from decoder: any Decoder) throws { self = try Self(decoding: decoder) }

    init(scalar text: String, at location: SourceLocation?) throws {
        guard text.count == 4, text.allSatisfy(\.isASCIIDigit) else {
            throw ValueError("\"\(text)\" is not a municipality number: it must have four digits",
                             hint: "write it in quotes to keep a leading zero, e.g. \"0301\"")
        }
        self.init(text, at: location)
    }

    package static var placeholder: MunicipalityNumber { MunicipalityNumber("0000") }
    package var description: String { digits }
    package static func == (a: MunicipalityNumber, b: MunicipalityNumber) -> Bool { a.digits == b.digits }
    package func hash(into hasher: inout Hasher) { hasher.combine(digits) }
}

/// A link written in content: only http and https are accepted.
package struct WebLink: Sendable, Hashable, ScalarField, Decodable, CustomStringConvertible {
    package var url: String

    package init?(_ text: String) {
        guard Self.isSafe(text) else { return nil }
        url = text
    }

    private init(unchecked url: String) { self.url = url }
    /// Stands in while a required address is read; a group whose address cannot be read is dropped.
    static let blank = WebLink(unchecked: "")

    package init(from decoder: any Decoder) throws { self = try Self(decoding: decoder) }

    init(scalar text: String, at location: SourceLocation?) throws {
        guard Self.isSafe(text) else {
            throw ValueError("\"\(text.prefix(80))\" is not a web address", hint: "write a full address starting with https:// (or http://)")
        }
        url = text
    }

    package static func isSafe(_ text: String) -> Bool {
        guard text.count <= 2000, !text.unicodeScalars.contains(where: { $0.value <= 0x20 || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "\\" || $0.value == 0x7F }) else { return false }
        let lowered = text.lowercased()
        for scheme in ["https://", "http://"] where lowered.hasPrefix(scheme) {
            let rest = lowered.dropFirst(scheme.count)
            let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            return !host.isEmpty && !host.hasPrefix(".") && host.contains(where: \.isLetter)
        }
        return false
    }

    package var description: String { url }
}

/// An e-mail address, published as a mailto: link.
package struct EmailAddress: Sendable, Hashable, ScalarField, Decodable, CustomStringConvertible {
    package var address: String

    package init(from decoder: any Decoder) throws { self = try Self(decoding: decoder) }

    init(scalar text: String, at location: SourceLocation?) throws {
        guard Self.isPlausible(text) else {
            throw ValueError("\"\(text.prefix(80))\" is not an e-mail address", hint: "write it as name@example.no")
        }
        address = text
    }

    package static func isPlausible(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              text.count <= 254 else { return false }
        return text.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value != 0x7F && !"<>\"'(),;:\\[]".unicodeScalars.contains($0) }
    }

    package var description: String { address }
}

/// A whole number within a range, such as a fit score 1–5 or a classification level 1–4.
package protocol ScoreRange { static var range: ClosedRange<Int> { get } }
package enum FitRange: ScoreRange { package static let range = 1...5 }
package enum LevelRange: ScoreRange { package static let range = 1...4 }

package struct Score<R: ScoreRange>: Sendable, Hashable, ScalarField, Decodable, HasPlaceholder, CustomStringConvertible {
    static var expected: String { ScalarText.wholeNumber }
    package var value: Int
    package init?(_ value: Int) {
        guard R.range.contains(value) else { return nil }
        self.value = value
    }
    package init(from decoder: any Decoder) throws { self = try Self(decoding: decoder) }

    init(scalar text: String, at location: SourceLocation?) throws {
        let number = try ScalarText.integer(text)
        guard R.range.contains(number) else {
            throw ValueError("\(number) is outside \(R.range.lowerBound)–\(R.range.upperBound)", hint: "use a whole number from \(R.range.lowerBound) to \(R.range.upperBound)")
        }
        value = number
    }
    package static var placeholder: Score<R> { Score(R.range.lowerBound)! }  // safe: the lower bound is in range
    package var description: String { "\(value)" }
}

/// A whole number that cannot be negative: population, users, months.
package struct Count: Sendable, Hashable, ScalarField, Comparable, Decodable, HasPlaceholder, CustomStringConvertible {
    static let expected = ScalarText.wholeNumber
    package var value: Int
    package init(_ value: Int) { self.value = value }
    package init(from decoder: any Decoder) throws { self = try Self(decoding: decoder) }

    init(scalar text: String, at location: SourceLocation?) throws {
        let number = try ScalarText.integer(text)
        guard number >= 0 else { throw ValueError("\(number) is negative", hint: "use zero or a positive whole number") }
        // Counts are added up over a whole country's records; bounded, no sum of them can overflow.
        guard number <= Self.maximum else {
            throw ValueError("\(number) is not a plausible number", hint: "counts here are people, users or months: at most \(Self.maximum)")
        }
        value = number
    }
    /// A billion: far above any count Orden reads, and 100,000 of them still add up within Int.
    static let maximum = 1_000_000_000
    package static var placeholder: Count { Count(0) }
    package static func < (a: Count, b: Count) -> Bool { a.value < b.value }
    package var description: String { "\(value)" }
}

/// A calendar year, as in a budget line.
package struct Year: Sendable, Hashable, ScalarField, Comparable, Decodable, HasPlaceholder, CustomStringConvertible {
    static let expected = ScalarText.wholeNumber
    package var value: Int
    package init(_ value: Int) { self.value = value }
    package init(from decoder: any Decoder) throws { self = try Self(decoding: decoder) }

    init(scalar text: String, at location: SourceLocation?) throws {
        let number = try ScalarText.integer(text)
        guard (1900...2200).contains(number) else { throw ValueError("\(number) is not a plausible year", hint: "write the year with four digits, e.g. 2027") }
        value = number
    }
    package static var placeholder: Year { Year(2000) }
    package static func < (a: Year, b: Year) -> Bool { a.value < b.value }
    package var description: String { "\(value)" }
}

/// An amount of Norwegian kroner, per year where the field says so. Never negative.
package struct Money: Sendable, Hashable, ScalarField, Comparable, Decodable, HasPlaceholder {
    static let expected = ScalarText.anyNumber
    package var kroner: Double
    package init(_ kroner: Double) { self.kroner = kroner }
    package init(from decoder: any Decoder) throws { self = try Self(decoding: decoder) }

    init(scalar text: String, at location: SourceLocation?) throws {
        let number = try ScalarText.number(text)
        guard number >= 0 else { throw ValueError("\(number) is negative", hint: "amounts are kroner per year, zero or more") }
        guard number < 1e13 else { throw ValueError("\(number) is not a plausible amount", hint: "amounts are kroner per year") }
        kroner = number
    }
    package static var placeholder: Money { Money(0) }
    package static func < (a: Money, b: Money) -> Bool { a.kroner < b.kroner }
}

/// A GDPR article as a legal basis: 6(1)(a)–(f), 9(2)(a)–(j) or 10.
package struct LegalArticle: Sendable, Hashable, ScalarField, Decodable, HasPlaceholder, CustomStringConvertible {
    package var text: String
    package init(from decoder: any Decoder) throws { self = try Self(decoding: decoder) }

    init(scalar raw: String, at location: SourceLocation?) throws {
        let compact = raw.replacingOccurrences(of: " ", with: "").lowercased()
        guard Self.isValid(compact) else {
            throw ValueError("\"\(raw)\" is not a GDPR article that gives a legal basis",
                             hint: "write article 6 as 6(1)(a) to 6(1)(f), article 9 as 9(2)(a) to 9(2)(j), or 10")
        }
        text = compact
    }
    package static func isValid(_ text: String) -> Bool {
        if text == "10" { return true }
        for (prefix, letters) in [("6(1)(", "abcdef"), ("9(2)(", "abcdefghij")] where text.hasPrefix(prefix) {
            let rest = text.dropFirst(prefix.count)
            return rest.count == 2 && rest.last == ")" && letters.contains(rest.first!)  // safe: count checked
        }
        return false
    }
    package static var placeholder: LegalArticle { LegalArticle(text: "6(1)(e)") }
    private init(text: String) { self.text = text }
    package var description: String { "art. \(text)" }
}

/// A country as an ISO 3166-1 alpha-2 code.
package struct CountryCode: Sendable, Hashable, ScalarField, Decodable, CustomStringConvertible {
    package var code: String
    package init(from decoder: any Decoder) throws { self = try Self(decoding: decoder) }

    init(scalar text: String, at location: SourceLocation?) throws {
        guard text.count == 2, text.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            throw ValueError("\"\(text)\" is not a country code", hint: "use the two-letter ISO 3166 code in capitals, e.g. NO, SE, US")
        }
        code = text
    }
    package var description: String { code }
}

extension Character {
    package var isASCIIDigit: Bool { isASCII && isNumber }
}
