import Basics

/// How `orden new` offers a field in a new record's file. What it writes is in Norwegian: it is
/// for the editors. A field without one is not offered; the editor finds it in the README.
package enum FieldTemplate: Sendable {
    /// A mark the editor must replace, `key: "FYLL UT: what"`; without `what`, the field's
    /// closed values ("a, b eller c").
    case fill(String?)
    /// A commented example, `# key: example   # note`; without a note, the field's closed values
    /// ("a | b | c").
    case option(TemplateExample, String?)
    /// A group whose fields are offered one by one under its key, each by its own template.
    case fields
    /// An optional list of groups, offered as one commented example item built from its fields'
    /// templates, with a note.
    case item(String)

    /// What the template says of the field in Norwegian, when it says more than its values: the
    /// form editor's help in bokmål and nynorsk.
    package var note: String? {
        switch self {
        case .fill(let what): what
        case .option(_, let note): note
        case .item(let note): note
        case .fields: nil
        }
    }

    /// A field's closed values as a template note: `a | b | c`.
    package static func choices(_ values: [String]) -> String { values.joined(separator: " | ") }

    /// A field's closed values as a mark's request: `a, b eller c`.
    package static func oneOf(_ values: [String]) -> String {
        guard let last = values.last, values.count > 1 else { return values.joined() }
        return values.dropLast().joined(separator: ", ") + " eller " + last
    }
}

/// An example value in a template: YAML's few shapes, and the day `orden new` runs on, which
/// the registry cannot know.
package indirect enum TemplateExample: Sendable {
    case text(String)
    case integer(Int)
    case bool(Bool)
    case today
    case thisYear
    case list([TemplateExample])
    case map([(String, TemplateExample)])

    /// The stand-in for a web address.
    package static let website = TemplateExample.text("https://www.example.no/")
}

extension TemplateExample: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
                           ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    package init(stringLiteral value: String) { self = .text(value) }
    package init(integerLiteral value: Int) { self = .integer(value) }
    package init(booleanLiteral value: Bool) { self = .bool(value) }
    package init(arrayLiteral elements: TemplateExample...) { self = .list(elements) }
    /// In the order written, which is the order the template shows.
    package init(dictionaryLiteral elements: (String, TemplateExample)...) { self = .map(elements) }
}

extension FieldSpec {
    /// Offered as a commented example with a note (the closed values when none is given).
    package func offer(_ example: TemplateExample, _ note: String? = nil) -> FieldSpec {
        with(template: .option(example, note))
    }

    /// Offered as a mark the editor must replace.
    package func mark(_ what: String? = nil) -> FieldSpec { with(template: .fill(what)) }

    /// A group offered field by field, each by its own template.
    package func offerFields() -> FieldSpec { with(template: .fields) }

    /// A list of groups offered as one commented example item.
    package func offerItem(_ note: String) -> FieldSpec { with(template: .item(note)) }

    private func with(template: FieldTemplate) -> FieldSpec {
        var field = self
        field.template = template
        return field
    }

    /// The closed values of the field, or of each item of a list field.
    package var closedValues: [String]? {
        switch type {
        case .choice(let values), .list(.choice(let values)): values
        default: nil
        }
    }
}

extension RecordKindSpec {
    /// The fields `orden new` offers, in the order it writes them: `templateOrder`, with any
    /// field it does not name placed after the field before it in the registry, so that a new
    /// field lands beside its neighbour.
    package var templateFields: [FieldSpec] {
        guard let order = templateOrder else { return fields }
        return Self.ordered(fields) { order.firstIndex(of: $0.key) }
    }
}
