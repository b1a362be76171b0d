import Basics
import FrontMatter
import Mustache
import OrdenBuild
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSite
import RDF

/// A value in generated front matter. Text is quoted when YAML would read it as anything but
/// the same string; numbers, booleans and dates are written plain so Orden reads their type.
enum YAMLScalar {
    case text(String)
    case int(Int)
    case bool(Bool)
    case day(GeneratedDay)
    case list([String])
}

/// Builds one record file as a single string: `---`, the front matter, `---`, the body. The
/// generator writes about 100,000 of these, so it appends to one buffer rather than going
/// through a YAML serializer, and quotes only what needs it.
struct RecordText {
    private(set) var text = "---\n"

    init() {
        text.reserveCapacity(2048)
    }

    mutating func field(_ key: String, _ value: YAMLScalar?) {
        guard let value else { return }
        if case .list(let items) = value, items.isEmpty { return }
        text += key
        text += ": "
        Self.append(value, to: &text, inFlow: false)
        text += "\n"
    }

    mutating func text(_ key: String, _ value: String?) { field(key, value.map(YAMLScalar.text)) }
    mutating func int(_ key: String, _ value: Int?) { field(key, value.map(YAMLScalar.int)) }
    mutating func day(_ key: String, _ value: GeneratedDay?) { field(key, value.map(YAMLScalar.day)) }
    mutating func list(_ key: String, _ values: [String]) { field(key, .list(values)) }

    /// A small mapping on one line: `lifecycle: {status: production, since: 2019-06-01}`.
    mutating func map(_ key: String, _ pairs: [(String, YAMLScalar?)]) {
        let present = pairs.compactMap { pair in pair.1.map { (pair.0, $0) } }
        guard !present.isEmpty else { return }
        text += key
        text += ": "
        Self.appendFlowMap(present, to: &text)
        text += "\n"
    }

    /// A block list of small mappings, one per line: `- {to: sak-arkiv, via: fiks-arkiv}`.
    mutating func items(_ key: String, _ items: [[(String, YAMLScalar?)]]) {
        guard !items.isEmpty else { return }
        text += key
        text += ":\n"
        for pairs in items {
            text += "- "
            Self.appendFlowMap(pairs.compactMap { pair in pair.1.map { (pair.0, $0) } }, to: &text)
            text += "\n"
        }
    }

    /// A block mapping whose values are written by `build` with two spaces of indentation.
    mutating func nested(_ key: String, _ build: (inout RecordText) -> Void) {
        var inner = RecordText()
        inner.text = ""
        build(&inner)
        guard !inner.text.isEmpty else { return }
        text += key
        text += ":\n"
        for line in inner.text.split(separator: "\n") {
            text += "  "
            text += line
            text += "\n"
        }
    }

    /// The fields alone, without the `---` fences: the text of a plain YAML file like orden.yml.
    var frontMatter: String { String(text.dropFirst(4)) }

    /// The finished file. The body is Markdown; an empty body leaves the file at the front matter.
    func document(body: String) -> String {
        var result = text
        result += "---\n"
        if !body.isEmpty {
            result += "\n"
            result += body
            if !body.hasSuffix("\n") { result += "\n" }
        }
        return result
    }

    // MARK: Scalars

    private static func appendFlowMap(_ pairs: [(String, YAMLScalar)], to text: inout String) {
        text += "{"
        for (index, pair) in pairs.enumerated() {
            if index > 0 { text += ", " }
            text += pair.0
            text += ": "
            append(pair.1, to: &text, inFlow: true)
        }
        text += "}"
    }

    private static func append(_ value: YAMLScalar, to text: inout String, inFlow: Bool) {
        switch value {
        case .text(let string): text += quoted(string, inFlow: inFlow)
        case .int(let number): text += String(number)
        case .bool(let flag): text += flag ? "true" : "false"
        case .day(let day): text += day.description
        case .list(let items):
            text += "["
            for (index, item) in items.enumerated() {
                if index > 0 { text += ", " }
                text += quoted(item, inFlow: true)
            }
            text += "]"
        }
    }

    /// The text as a YAML scalar: plain when that is unambiguous, else double-quoted.
    static func quoted(_ string: String, inFlow: Bool) -> String { YAMLScalarText.quoted(string, inFlow: inFlow) }
}

/// A calendar day as a count of days since 1970-01-01, so that random dates, spans and
/// comparisons are plain integer arithmetic; printed as YYYY-MM-DD.
struct GeneratedDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    var ordinal: Int

    init(ordinal: Int) { self.ordinal = ordinal }

    /// Days from civil (Howard Hinnant's algorithm, as Day has it).
    init(year: Int, month: Int, day: Int) {
        ordinal = Day.daysFromCivil(year: year, month: month, day: day)
    }

    var components: (year: Int, month: Int, day: Int) { Day.civil(fromDays: ordinal) }

    var year: Int { components.year }

    func adding(days: Int) -> GeneratedDay { GeneratedDay(ordinal: ordinal + days) }

    /// A day in `first ... last`.
    static func random(_ first: GeneratedDay, _ last: GeneratedDay, _ random: inout SeededRandom) -> GeneratedDay {
        GeneratedDay(ordinal: first.ordinal + random.below(max(1, last.ordinal - first.ordinal + 1)))
    }

    static func < (a: GeneratedDay, b: GeneratedDay) -> Bool { a.ordinal < b.ordinal }

    var description: String {
        let (year, month, day) = components
        var text = String(year)
        text += month < 10 ? "-0" : "-"
        text += String(month)
        text += day < 10 ? "-0" : "-"
        text += String(day)
        return text
    }
}
