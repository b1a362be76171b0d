import Foundation
import Basics
import FrontMatter
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSite
import RDF
import Spreadsheet

/// How headers and values are compared: without case, accents or punctuation, so that
/// "Livsløp", "LIVSLOP" and "livsløp " are the same header and "Under-innføring" the same value.
enum SheetText {
    static func fold(_ text: String) -> String {
        let lowered = text.lowercased()
            .replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "ø", with: "o")
            .replacingOccurrences(of: "å", with: "a")
            .folding(options: .diacriticInsensitive, locale: nil)
        var words: [String] = []
        var word = ""
        for character in lowered {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        return words.joined(separator: " ")
    }

    /// A cell's text without surrounding space, and without the apostrophe that spreadsheet
    /// exports (Orden's too) put before a leading = + - @ so that it is not run as a formula.
    static func clean(_ cell: String) -> String {
        let trimmed = cell.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("'"), let second = trimmed.dropFirst().first, "=+-@".contains(second) {
            return String(trimmed.dropFirst())
        }
        return trimmed
    }

    /// The items of a list cell: one per line if the cell has line breaks, else split on
    /// semicolons if it has any, else on commas.
    static func items(_ cell: String) -> [String] {
        let separator: Character = cell.contains("\n") ? "\n" : (cell.contains(";") ? ";" : ",")
        return cell.split(separator: separator).map { clean(String($0)) }.filter { !$0.isEmpty }
    }

    /// The items for the export, joined so that `items` splits them again.
    static func join(_ items: [String]) -> String {
        items.contains { $0.contains(";") || $0.contains(",") } ? items.joined(separator: "\n") : items.joined(separator: "; ")
    }
}

/// A closed set of values (statuses, hosting, themes …) with the Norwegian and English words
/// spreadsheets use for them.
struct Choice: Sendable {
    /// The values Orden writes, in order.
    let values: [String]
    /// What the export writes for a value, where it is not the value itself.
    let labels: [String: String]
    private let lookup: [String: String]
    /// Values whose label is not unique; the export writes the value itself.
    private let ambiguous: Set<String>

    init(_ values: [String], labels: [String: String] = [:], synonyms: [String: [String]] = [:]) {
        self.values = values
        self.labels = labels
        var lookup: [String: String] = [:]
        for (value, words) in synonyms { for word in words { lookup[SheetText.fold(word)] = value } }
        // A label two values share (two publiccode categories are both "Lagerstyring") names neither.
        let labelCounts = Dictionary(labels.values.map { (SheetText.fold($0), 1) }, uniquingKeysWith: +)
        self.ambiguous = Set(labels.filter { labelCounts[SheetText.fold($0.value), default: 0] > 1 }.keys)
        for (value, label) in labels where !ambiguous.contains(value) { lookup[SheetText.fold(label)] = value }
        for value in values { lookup[SheetText.fold(value)] = value }
        self.lookup = lookup
    }

    init<Value: ClosedValue>(_ type: Value.Type, label: ((Value) -> String)? = nil, synonyms: [Value: [String]] = [:]) {
        let labels = label.map { label in Dictionary(uniqueKeysWithValues: Value.allCases.map { ($0.rawValue, label($0)) }) } ?? [:]
        self.init(Value.allCases.map(\.rawValue), labels: labels,
                  synonyms: Dictionary(uniqueKeysWithValues: synonyms.map { ($0.key.rawValue, $0.value) }))
    }

    func value(for text: String) -> String? { lookup[SheetText.fold(text)] }

    func label(_ value: String) -> String { ambiguous.contains(value) ? value : labels[value] ?? value }

    /// The accepted values for a hint.
    var accepted: String {
        values.map { value in labels[value].map { "\($0) (\(value))" } ?? value }.joined(separator: ", ")
    }
}
