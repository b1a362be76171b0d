import Basics
import FrontMatter
import Mustache
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSite
import OrdenSource
import Spreadsheet

/// The record kinds a spreadsheet can hold, one kind per sheet.
package enum SheetKind: String, CaseIterable, Sendable {
    case systems, datasets, contracts, processing

    package var recordKind: RecordKind {
        switch self {
        case .systems: .system
        case .datasets: .dataset
        case .contracts: .contract
        case .processing: .processing
        }
    }

    /// The Norwegian name, for sheet and file names: systemer-9901.xlsx.
    package var norwegianName: String {
        switch self {
        case .systems: "systemer"
        case .datasets: "datasett"
        case .contracts: "avtaler"
        case .processing: "behandlinger"
        }
    }

    package var schema: SheetSchema {
        switch self {
        case .systems: SheetSchema.systems
        case .datasets: SheetSchema.datasets
        case .contracts: SheetSchema.contracts
        case .processing: SheetSchema.processing
        }
    }
}

/// What a column holds, and so how a cell's text is read.
enum SheetValueType: Sendable {
    case text
    case list
    case day
    case money
    case count
    case score(ClosedRange<Int>)
    case choice(Choice)
    case choices(Choice)
    case bool
    case link
    case email
    case countries
    /// A record by id (or, for catalogue records, by name).
    case reference(RecordKind)
    case references(RecordKind)
    /// Systems of this municipality (`arkiv`) or another's (`9902/arkiv`).
    case systemReferences
    /// `6(1)(e) Kommuneloven § 1`: a GDPR article, then the law.
    case legalBases
    /// Vendors that process data for the municipality.
    case processors
    /// Personal data as `inner` (categories), or a yes/no answer whether there is any.
    indirect case personalData(SheetValueType)

    /// How a cell is read for a field of the registry's type; nil for a type a cell cannot hold
    /// as such (a group, a closed set, which needs the sheet's words for its values).
    init?(_ type: FieldType) {
        switch type {
        case .text(nil, nil): self = .text
        case .text("date", _): self = .day
        case .text("uri", _): self = .link
        case .text("email", _): self = .email
        case .number: self = .money
        case .integer(0, nil): self = .count
        case .integer(.some(let minimum), .some(let maximum)): self = .score(minimum...maximum)
        case .boolean: self = .bool
        case .reference(let kind): self = .reference(kind)
        case .list(.reference(let kind)): self = .references(kind)
        case .list(.text(nil, nil)): self = .list
        default: return nil
        }
    }
}

/// One field a column can fill: its place in the front matter (`lifecycle.status`; `body` for
/// the Markdown text), the header the export writes, and the other headers the import accepts.
struct SheetField: Sendable {
    let key: String
    let header: String
    let synonyms: [String]
    private(set) var type: SheetValueType
    /// Left out of the public export (classification, risk assessment, infrastructure).
    private(set) var isInternal = false
    /// False when the registry of record kinds gives the type: a cell read as the field's type.
    private let typeIsDeclared: Bool

    /// `type`: how a cell is read, when not simply as the field's type in the registry (a closed
    /// set with the sheet's own words for its values, a yes/no for a list, two values in a cell).
    init(_ key: String, _ header: String, _ synonyms: [String] = [], _ type: SheetValueType? = nil) {
        self.key = key
        self.header = header
        self.synonyms = synonyms
        self.type = type ?? .text
        typeIsDeclared = type != nil
    }

    /// The field with what the registry says of it: its type, unless declared, and whether it is
    /// internal on every site.
    func resolved(in spec: RecordKindSpec) -> SheetField {
        guard let field = spec.field(at: key) else { return self }
        var resolved = self
        if !typeIsDeclared { resolved.type = SheetValueType(field.type) ?? .text }
        resolved.isInternal = spec.isInternal(at: key)
        return resolved
    }

    /// The header and every synonym, folded.
    var names: [String] { ([header, key] + synonyms).map(SheetText.fold) }
}

/// The columns of one record kind, in the order the export writes them.
package struct SheetSchema: Sendable {
    let fields: [SheetField]
    /// The field that names a record, from which its id is made.
    let titleKey: String
    /// The columns whose cells are read their own way, not as their field's type.
    let declaredReadings: Set<String>

    /// The registry's columns of `kind`, read as `reading` says where it names them, and the
    /// Markdown text as a last column when `body`.
    init(_ kind: RecordKind, reading: [String: SheetValueType], titleKey: String, body: Bool) {
        let spec = kind.spec
        let reading = reading.merging(Self.commonReading) { own, _ in own }
        var fields = spec.columns.compactMap { path, field in
            field.column.map { SheetField(path, $0.header, $0.synonyms, reading[path]) }
        }
        if body { fields.append(Self.body) }
        self.fields = fields.map { $0.resolved(in: spec) }
        self.titleKey = titleKey
        declaredReadings = Set(reading.keys)
    }

    /// Every kind has a visibility, written in Norwegian.
    static let commonReading: [String: SheetValueType] = ["visibility": .choice(SheetChoices.visibility)]

    func field(_ key: String) -> SheetField? { fields.first { $0.key == key } }

    /// Columns every kind has besides its fields: the record's id, and its municipality (when
    /// the export covers several).
    static let id = SheetField("id", "ID", ["Id", "Identifikator", "Identifier"])
    static let municipality = SheetField("municipality", "Kommune", ["Kommunenummer", "Kommunenr", "Municipality"])
    /// The processing sheet's contact columns, which GDPR art. 30(1)(a) has on the record of
    /// processing activities: written from the municipality's record, never read back.
    static let controller = SheetField("controller", "Behandlingsansvarlig", ["Behandlingsansvarleg", "Controller"])
    static let dpo = SheetField("dpo", "Personvernombud", ["Personvernombod", "Kontakt personvernombud", "Data protection officer"])
    /// Columns every kind knows besides its fields; only id and municipality are read.
    static let extra = [id, municipality, controller, dpo]
    static let derived: Set<String> = [controller.key, dpo.key]
}
