import Foundation
import Basics
import FrontMatter
import Mustache
import OrdenBuild
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSite
import OrdenSource
import RDF
import Spreadsheet

/// Why a cell's value, or part of it, was not taken (or must still be checked).
struct CellProblem: Sendable, Equatable {
    var message: String
    var hint: String
}

/// A catalogue record a cell names that does not exist yet.
struct MissingRecord: Sendable, Hashable {
    var kind: RecordKind
    var id: String
    /// The name as the sheet wrote it, for the record `--create-missing` writes.
    var name: String
}

/// What one cell gives a record: a value (nil when nothing usable), and problems to report.
struct CellValue {
    var value: YAMLValue?
    var problems: [CellProblem] = []
    var missing: [MissingRecord] = []
    /// A line for the record file's comment, telling the editor what the sheet said but the
    /// front matter cannot hold.
    var comment: String?

    static func problem(_ message: String, _ hint: String) -> CellValue {
        CellValue(value: nil, problems: [CellProblem(message: message, hint: hint)])
    }
}

/// Turns a cell's text into a front-matter value for a field, the way an editor would have
/// written it: a Norwegian status becomes its value, a vendor's name its id, 01.02.2024 a date.
struct SheetCellReader {
    let known: KnownRecords
    /// The mapping file's value replacements for this field: folded text → value.
    let replacements: [String: String]
    /// Catalogue records that `--create-missing` will write: named without a warning.
    var createMissing = false

    /// Kinds whose records need only a name, so that `--create-missing` can write them.
    static let creatable: Set<RecordKind> = [.vendor, .serviceArea, .standard]

    func read(_ text: String, as field: SheetField) -> CellValue {
        let text = replaced(text)
        switch field.type {
        case .text: return CellValue(value: .string(text))
        case .list: return CellValue(value: .strings(SheetText.items(text).map(replaced)))
        case .day: return day(text)
        case .money: return money(text)
        case .count: return count(text)
        case .score(let range): return score(text, range)
        case .choice(let choice): return one(text, of: choice, field: field)
        case .choices(let choice): return many(text, of: choice, field: field)
        case .bool:
            if Self.isUnanswered(text) { return .problem("\"\(text)\" does not say yes or no", "write Ja or Nei when it is known") }
            guard let value = SheetChoices.yesNo.value(for: text) else { return .problem("\"\(text)\" is not yes or no", "write Ja or Nei") }
            return CellValue(value: .bool(value == "true"))
        case .personalData(let inner): return personalData(text, inner, field: field)
        case .link: return link(text)
        case .email: return email(text)
        case .countries: return countries(text)
        case .reference(let kind): return reference(text, kind)
        case .references(let kind): return references(referenceItems(text, kind), kind)
        case .systemReferences: return systemReferences(text)
        case .legalBases: return legalBases(text)
        case .processors:
            let vendors = references(referenceItems(text, .vendor), .vendor)
            guard case .list(let ids)? = vendors.value else { return vendors }
            return CellValue(value: .list(ids.map { .map([("vendor", $0)]) }), problems: vendors.problems)
        }
    }

    private func replaced(_ text: String) -> String {
        replacements[SheetText.fold(text)] ?? text
    }

    // MARK: Yes and no

    /// "n/a", "-", "ukjent": the cell is filled in, but not answered.
    static func isUnanswered(_ text: String) -> Bool {
        ["-", "–", "—", "?", "/"].contains(text) || ["n a", "na", "ikke relevant", "ir", "ukjent", "vet ikke", "uavklart", "ikke avklart", "unknown"].contains(SheetText.fold(text))
    }

    /// A personal-data column answered with yes or no, as municipalities' sheets often are. "Nei"
    /// and "Ingen" mean none: nothing is written. "Ja" means some, but names no category, and
    /// Orden does not invent one: the GDPR records must describe the categories themselves
    /// (GDPR art. 30(1)(c)), so the editor is told to list them. Anything else is read as `inner`.
    private func personalData(_ text: String, _ inner: SheetValueType, field: SheetField) -> CellValue {
        if SheetText.fold(text) == "ingen" || SheetChoices.yesNo.value(for: text) == "false" { return CellValue(value: nil) }
        if SheetChoices.yesNo.value(for: text) == "true" {
            // A FYLL UT mark, not a comment: `orden check` refuses the record until the categories
            // are written, so no report can count the system as holding no personal data.
            var cell = CellValue.problem(
                "\"\(text)\" says yes but names no \(field.header.lowercased())",
                "list the categories themselves (e.g. navn, adresse, fødselsnummer) in \(field.key) of the file or in the cell; GDPR art. 30(1)(c) asks for the categories, not a yes")
            cell.value = .list([.string(FillIn.mark("kategoriene av personopplysninger (arket svarer «\(text)»)"))])
            return cell
        }
        if Self.isUnanswered(text) {
            return .problem("\"\(text)\" does not say whether there is personal data", "list the categories, or write Nei if there are none")
        }
        // "Ja: navn, adresse" names categories after the yes.
        var items = SheetText.items(text)
        if let first = items.first, let word = first.split(whereSeparator: { !$0.isLetter }).first, SheetChoices.yesNo.value(for: String(word)) == "true",
           first.count > word.count {
            let rest = first.dropFirst(word.count).trimmingCharacters(in: CharacterSet(charactersIn: " :-–,(").union(.whitespaces))
            items[0] = rest
        }
        items = items.filter { !$0.isEmpty && SheetChoices.yesNo.value(for: $0) == nil }
        return read(items.joined(separator: "\n"), as: SheetField(field.key, field.header, field.synonyms, inner))
    }

    // MARK: Numbers and dates

    /// 2024-03-31, 31.03.2024, 31.3.2024 or 31/03/2024 (Norwegian order), with or without a time.
    static func parseDay(_ text: String) -> Day? {
        let date = text.split(whereSeparator: { $0 == " " || $0 == "T" }).first.map(String.init) ?? text
        if let day = Day(date) { return day }
        for separator: Character in [".", "/"] {
            let parts = date.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigit) }),
                  let day = Int(parts[0]), let month = Int(parts[1]), var year = Int(parts[2]) else { continue }
            if parts[2].count == 2 { year += year < 70 ? 2000 : 1900 }
            if parts[2].count == 4 || parts[2].count == 2 { return Day(year: year, month: month, day: day) }
        }
        return nil
    }

    private func day(_ text: String) -> CellValue {
        guard let day = Self.parseDay(text) else {
            return .problem("\"\(text)\" is not a date", "write dates as 2025-03-31 or 31.03.2025, or format the cell as a date")
        }
        return CellValue(value: .day(day))
    }

    /// 150000, 150 000, 150 000,50, 1.234.567, kr 12 500,- and 1234.5 alike.
    static func parseNumber(_ text: String) -> Double? {
        var text = text.lowercased()
        for noise in ["kr.", "kr", "nok", ",-", ".-", "\u{00A0}", "\u{202F}", " ", "'"] { text = text.replacingOccurrences(of: noise, with: "") }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCIIDigit || $0 == "." || $0 == "," || $0 == "-" }) else { return nil }
        if let comma = text.lastIndex(of: ","), let dot = text.lastIndex(of: ".") {
            // The later one is the decimal separator: 1.234,50 or 1,234.50.
            let grouping: Character = comma > dot ? "." : ","
            text = text.filter { $0 != grouping }.replacingOccurrences(of: ",", with: ".")
        } else if text.filter({ $0 == "," }).count > 1 || isGroupedByDots(text) {
            text = text.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: ".", with: "")
        } else {
            text = text.replacingOccurrences(of: ",", with: ".")
        }
        return Double(text)
    }

    /// 1.234 or 12.345.678: dots between groups of three digits, as Norwegians group thousands.
    private static func isGroupedByDots(_ text: String) -> Bool {
        let groups = text.split(separator: ".", omittingEmptySubsequences: false)
        let lead = groups.first?.filter(\.isASCIIDigit) ?? ""
        return groups.count > 1 && (1...3).contains(lead.count) && lead != "0" && groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    private func money(_ text: String) -> CellValue {
        guard let amount = Self.parseNumber(text) else { return .problem("\"\(text)\" is not an amount", "write kroner per year as a number, e.g. 150000 or 150 000") }
        guard amount >= 0, amount < 1e13 else { return .problem("\(text) is not a plausible amount", "amounts are kroner per year, zero or more") }
        return CellValue(value: .number(amount))
    }

    private func count(_ text: String) -> CellValue {
        guard let number = Self.parseNumber(text), number >= 0, number == number.rounded(), number < 1e12 else {
            return .problem("\"\(text)\" is not a whole number", "write zero or a positive whole number, e.g. 120")
        }
        return CellValue(value: .integer(Int(number)))
    }

    private func score(_ text: String, _ range: ClosedRange<Int>) -> CellValue {
        guard let number = Self.parseNumber(text), number == number.rounded(), range.contains(Int(number)) else {
            return .problem("\"\(text)\" is not a whole number from \(range.lowerBound) to \(range.upperBound)", "write a score from \(range.lowerBound) to \(range.upperBound)")
        }
        return CellValue(value: .integer(Int(number)))
    }

    // MARK: Closed values

    private func one(_ text: String, of choice: Choice, field: SheetField) -> CellValue {
        guard let value = choice.value(for: text) else {
            return .problem("\"\(text)\" is not a known value for \(field.header)", "use one of: \(choice.accepted); or map the value in a mapping file")
        }
        return CellValue(value: .string(value))
    }

    /// The whole cell as one value first ("Jordbruk, fiske, skogbruk og mat"), else item by item.
    private func many(_ text: String, of choice: Choice, field: SheetField) -> CellValue {
        if let value = choice.value(for: text) { return CellValue(value: .list([.string(value)])) }
        var result = CellValue(value: nil)
        var values: [String] = []
        for item in SheetText.items(text) {
            let item = replaced(item)
            if let value = choice.value(for: item) {
                if !values.contains(value) { values.append(value) }
            } else {
                result.problems.append(CellProblem(message: "\"\(item)\" is not a known value for \(field.header)",
                                                   hint: "use one of: \(choice.accepted); or map the value in a mapping file"))
            }
        }
        result.value = .strings(values)
        return result
    }

    // MARK: Links, addresses, countries

    private func link(_ text: String) -> CellValue {
        let candidate = text.lowercased().hasPrefix("www.") ? "https://" + text : text
        guard WebLink(candidate) != nil else { return .problem("\"\(text.prefix(80))\" is not a web address", "write a full address starting with https://") }
        return CellValue(value: .string(candidate))
    }

    private func email(_ text: String) -> CellValue {
        let address = text.lowercased().hasPrefix("mailto:") ? String(text.dropFirst(7)) : text
        guard EmailAddress.isPlausible(address) else { return .problem("\"\(text.prefix(80))\" is not an e-mail address", "write it as name@example.no") }
        return CellValue(value: .string(address))
    }

    private func countries(_ text: String) -> CellValue {
        var result = CellValue(value: nil)
        var codes: [String] = []
        for item in SheetText.items(text) {
            let code = item.uppercased()
            if code.count == 2, code.allSatisfy({ $0.isASCII && $0.isLetter }) {
                codes.append(code)
            } else {
                result.problems.append(CellProblem(message: "\"\(item)\" is not a two-letter country code", hint: "use ISO 3166 codes such as US, GB, IN"))
            }
        }
        result.value = .strings(codes)
        return result
    }

    // MARK: References

    private func reference(_ text: String, _ kind: RecordKind) -> CellValue {
        guard !SheetText.fold(text).isEmpty else { return .problem("\"\(text)\" does not name a \(kind.noun)", "write the \(kind.noun)'s id or name") }
        let (id, exists) = known.resolve(text, kind)
        guard !exists else { return CellValue(value: .string(id)) }
        let creatable = kind.isCatalogue && Self.creatable.contains(kind)
        let missing = creatable ? [MissingRecord(kind: kind, id: id, name: text)] : []
        if createMissing && creatable { return CellValue(value: .string(id), missing: missing) }
        let place = kind.isCatalogue ? "content/catalogue/\(kind.folder)/\(id).md" : "the municipality's \(kind.folder)/\(id).md"
        let create = creatable ? ", let --create-missing write it" : ""
        return CellValue(value: .string(id), problems: [CellProblem(
            message: "no \(kind.noun) \"\(text)\" exists; it was written as \"\(id)\", which must exist",
            hint: "create \(place)\(create), or correct the cell to an existing \(kind.noun)'s id or name")], missing: missing)
    }

    private func references(_ items: [String], _ kind: RecordKind) -> CellValue {
        var result = CellValue(value: nil)
        var ids: [String] = []
        for item in items {
            let one = reference(item, kind)
            result.problems += one.problems
            result.missing += one.missing
            if case .string(let id)? = one.value, !ids.contains(id) { ids.append(id) }
        }
        result.value = .strings(ids)
        return result
    }

    /// The names in a list cell. Split on commas, the pieces are joined again where together
    /// they name a known record, longest first: "Plan, bygg og geodata, Oppvekst" is two
    /// service areas, not three. A piece that is not known and starts in lower case continues
    /// the name before it, so that an unknown "Helse, omsorg og velferd" stays one name, and
    /// "Kultur, idrett og fritid" does not become "Kultur" and "idrett og fritid".
    func referenceItems(_ text: String, _ kind: RecordKind) -> [String] {
        let items = SheetText.items(text)
        guard !text.contains("\n"), !text.contains(";"), items.count > 1 else { return items }
        var result: [String] = []
        var start = 0
        while start < items.count {
            var end = start + 1
            for candidate in stride(from: items.count, to: start + 1, by: -1)
            where known.resolve(items[start..<candidate].joined(separator: ", "), kind).exists {
                end = candidate
                break
            }
            let name = items[start..<end].joined(separator: ", ")
            if end == start + 1, let previous = result.last, !known.resolve(name, kind).exists, name.first?.isLowercase == true {
                result[result.count - 1] = previous + ", " + name
            } else {
                result.append(name)
            }
            start = end
        }
        return result
    }

    private func systemReferences(_ text: String) -> CellValue {
        var result = CellValue(value: nil)
        var ids: [String] = []
        for item in SheetText.items(text) {
            if case .municipalSystem? = IntegrationTarget.parse(item) {
                ids.append(item)
                continue
            }
            let one = reference(item, .system)
            result.problems += one.problems
            if case .string(let id)? = one.value, !ids.contains(id) { ids.append(id) }
        }
        result.value = .strings(ids)
        return result
    }

    // MARK: Legal bases

    /// Items that hold no article continue the law of the item before: "6(1)(c) Arkivlova § 6, første ledd".
    private func legalBases(_ text: String) -> CellValue {
        var bases: [(article: String, law: String)] = []
        var result = CellValue(value: nil)
        for item in SheetText.items(text) {
            if let (article, law) = Self.legalBasis(item) {
                bases.append((article, law))
            } else if !bases.isEmpty {
                bases[bases.count - 1].law += (bases[bases.count - 1].law.isEmpty ? "" : ", ") + item
            } else {
                result.problems.append(CellProblem(message: "\"\(item)\" does not start with a GDPR article",
                                                   hint: "write the article first, e.g. 6(1)(e) Kommuneloven § 1-1"))
            }
        }
        let values: [YAMLValue] = bases.map { basis in
            .map([("article", .string(basis.article))] + (basis.law.isEmpty ? [] : [("law", .string(basis.law))]))
        }
        result.value = values.isEmpty ? nil : .list(values)
        return result
    }

    /// "art. 6 (1) (e) Kommuneloven" → ("6(1)(e)", "Kommuneloven").
    static func legalBasis(_ item: String) -> (String, String)? {
        let characters = Array(item)
        guard let start = characters.firstIndex(where: \.isASCIIDigit) else { return nil }
        guard SheetText.fold(String(characters[..<start])).split(separator: " ").allSatisfy({ ["art", "artikkel", "article", "gdpr", "personvernforordningen"].contains($0) }) else { return nil }
        var article = ""
        var index = start
        while index < characters.count {
            let character = characters[index]
            if character.isASCIIDigit || character == "(" || character == ")" {
                article.append(character)
            } else if character.isLetter, article.last == "(" {
                article.append(Character(character.lowercased()))
            } else if character == " ", index + 1 < characters.count, characters[index + 1] == "(" {
                // "6 (1) (e)"
            } else {
                break
            }
            index += 1
        }
        guard LegalArticle.isValid(article) else { return nil }
        let law = String(characters[index...]).trimmingCharacters(in: CharacterSet(charactersIn: " ,:-–"))
        return (article, law)
    }
}
