import Basics
import FrontMatter
import OrdenResources

/// The shape of a field's value: enough for a JSON Schema, a template and the content reference.
package indirect enum FieldType: Sendable {
    case text(format: String? = nil, pattern: String? = nil)
    case integer(minimum: Int? = nil, maximum: Int? = nil)
    case number(minimum: Double? = nil)
    case boolean
    /// A closed value set; the cases come from the Swift enum, so that nothing derived drifts from it.
    case choice([String])
    /// The id of a record of that kind.
    case reference(RecordKind)
    case list(FieldType)
    /// A group of fields; those marked required are required within the group.
    case object([FieldSpec])
    /// Any one of several shapes (a value written either as text or as a list).
    case anyOf([FieldType])

    package static let date = FieldType.text(format: "date")
    package static let uri = FieldType.text(format: "uri")
    package static let email = FieldType.text(format: "email")
    package static let id = FieldType.text(pattern: idPattern)
    package static let money = FieldType.number(minimum: 0)
    package static let count = FieldType.integer(minimum: 0)
    package static func closed<T: ClosedValue>(_ type: T.Type) -> FieldType { .choice(T.allowedValues) }
    package static func references(_ kind: RecordKind) -> FieldType { .list(.reference(kind)) }

    package static let idPattern = "^[a-z0-9][a-z0-9-]*$"
    /// `id` of this municipality's system, or `number/id` of another's.
    package static let systemReference = FieldType.text(pattern: "^([0-9]{4}/)?[a-z0-9][a-z0-9-]*$")
    /// A system reference, or `product:id`.
    package static let integrationTarget = FieldType.text(pattern: "^(product:[a-z0-9][a-z0-9-]*|([0-9]{4}/)?[a-z0-9][a-z0-9-]*)$")
    package static let orgnr = FieldType.text(pattern: "^[0-9]{9}$")
    package static let municipalityNumber = FieldType.text(pattern: "^[0-9]{4}$")
    package static let country = FieldType.text(pattern: "^[A-Z]{2}$")
    /// A GDPR article giving a legal basis: 6(1)(a)–(f), 9(2)(a)–(j) or 10.
    package static let legalArticle = FieldType.text(pattern: "^(6\\(1\\)\\([a-f]\\)|9\\(2\\)\\([a-j]\\)|10)$")
}

/// Whether a field must be written. `recommended` fields may be left out, but a missing one is a
/// gap that reports and warnings name.
package enum Requirement: Sendable {
    case required, recommended, optional
}

/// One field of a record kind, or of a group within one: its YAML key, a short title, a sentence
/// saying what it holds, its type and whether it must be written.
package struct FieldSpec: Sendable {
    package var key: String
    package var title: String
    package var description: String
    package var type: FieldType
    package var requirement: Requirement
    /// Internal on every site: left out of the public site whatever orden.yml says.
    package var isInternal: Bool
    /// Empties the field in the model, for an audience that must not see it. Nil for a field that
    /// cannot be made internal: a required one, or one the record's page is built around. Only a
    /// record kind's own fields are cleared, never those within a group.
    package var clearing: (any FieldClearing)?
    /// How the field is read from front matter into its model type; nil for a field only the JSON
    /// describes (the page's envelope, a system's resolved values, the parts of a place).
    var reading: (any FieldReading)?
    /// What the README's content reference says of the field, when more than `description`:
    /// how it is checked, inherited or shown. On a group, the group is one row of the reference.
    package var guide: String?
    /// The type as the content reference names it, when the type alone does not say it well.
    package var typeNote: String?
    /// How `orden new` offers the field; nil for one it leaves out.
    package var template: FieldTemplate?
    /// The field's spreadsheet column; nil for a field no sheet holds.
    package var column: SheetColumn?
    /// The text a record's page labels the field with, where it shows the field as one fact.
    package var label: TextKey?

    /// A field that is not read from front matter into a model type by a key path: one only the
    /// JSON describes, or a part of a value that reads itself (a place).
    package init(_ key: String, _ title: String, _ description: String, _ type: FieldType, _ requirement: Requirement = .optional) {
        self.key = key
        self.title = title
        self.description = description
        self.type = type
        self.requirement = requirement
        isInternal = false
        clearing = nil
        reading = nil
        guide = nil
        typeNote = nil
        template = nil
        column = nil
        label = nil
    }

    /// An optional field, read into `path`. A site may make a record kind's optional field
    /// internal unless it is `alwaysPublic`; `internal` makes it internal on every site.
    init<Model, Value: FieldValue>(_ key: String, _ path: WritableKeyPath<Model, Value?> & Sendable, _ title: String, _ description: String,
                                   _ type: FieldType, _ requirement: Requirement = .optional, internal: Bool = false, alwaysPublic: Bool = false) {
        self.init(key, title, description, type, requirement)
        isInternal = `internal`
        clearing = alwaysPublic ? nil : ClearKeyPath(path: path)
        reading = ReadInto(field: .optional(key, path))
    }

    /// A field that must be written, read into `path`.
    init<Model, Value: FieldValue>(_ key: String, required path: WritableKeyPath<Model, Value> & Sendable, _ title: String, _ description: String,
                                   _ type: FieldType) {
        self.init(key, title, description, type, .required)
        reading = ReadInto(field: .required(key, path))
    }

    package var isRequired: Bool { requirement == .required }

    /// The field with the text its page labels it with.
    package func label(_ key: TextKey?) -> FieldSpec {
        var field = self
        field.label = key
        return field
    }

    /// The field with what the content reference says of it.
    package func guide(type: String? = nil, _ text: String?) -> FieldSpec {
        var field = self
        field.guide = text
        field.typeNote = type
        return field
    }
}

/// How a field is emptied in a record's front matter, whatever the record's type.
package protocol FieldClearing: Sendable {
    func clear<Fields>(_ fields: inout Fields)
}

/// How a field is read into its group, whatever the group's type.
protocol FieldReading: Sendable {}

struct ReadInto<Group>: FieldReading {
    let field: FieldTable<Group>.Field
}

struct ClearKeyPath<Model, Value>: FieldClearing {
    let path: WritableKeyPath<Model, Value?> & Sendable

    func clear<Fields>(_ fields: inout Fields) {
        guard var typed = fields as? Model else { return }
        typed[keyPath: path] = nil
        if let back = typed as? Fields { fields = back }
    }
}

/// One kind of record: its fields, in the order the content reference and the JSON Schema give
/// them.
package struct RecordKindSpec: Sendable {
    package var kind: RecordKind
    package var fields: [FieldSpec]
    /// The order `orden new` writes the fields in, when not the registry's: what the editor must
    /// fill in comes first, and the internal fields last.
    package var templateOrder: [String]? = nil
    /// The order of the kind's spreadsheet columns, when not the registry's (see `columns`).
    package var columnOrder: [String]? = nil

    package func field(_ key: String) -> FieldSpec? { fields.first { $0.key == key } }

    /// The field at a path as editors write it: `lifecycle.status`, `integrations[].to`.
    package func field(at path: String) -> FieldSpec? {
        var found: FieldSpec?
        var candidates = fields
        for key in path.replacingOccurrences(of: "[]", with: "").split(separator: ".") {
            guard let field = candidates.first(where: { $0.key == key }) else { return nil }
            found = field
            candidates = field.type.subFields ?? []
        }
        return found
    }

    /// Whether the field at a path is internal on every site: a field within an internal group is.
    package func isInternal(at path: String) -> Bool {
        let top = path.split(separator: ".").first.map { String($0).replacingOccurrences(of: "[]", with: "") } ?? path
        return field(top)?.isInternal ?? false
    }
}

extension FieldType {
    /// The sub-fields of a group, or of a list of groups.
    package var subFields: [FieldSpec]? {
        switch self {
        case .object(let fields): fields
        case .list(let item): item.subFields
        default: nil
        }
    }
}
