import Basics
import FrontMatter

/// The kinds of record in a content repository.
package enum RecordKind: String, CaseIterable, Sendable, Comparable {
    case vendor, product, serviceArea, standard, municipality, system, dataset, processing, contract, initiative

    /// The folder that holds this kind: under content/catalogue/ or under a municipality's folder.
    package var folder: String {
        switch self {
        case .vendor: "vendors"
        case .product: "products"
        case .serviceArea: "service-areas"
        case .standard: "standards"
        case .municipality: "_index.md"
        case .system: "systems"
        case .dataset: "datasets"
        case .processing: "processing"
        case .contract: "contracts"
        case .initiative: "initiatives"
        }
    }

    package var isCatalogue: Bool { [.vendor, .product, .serviceArea, .standard].contains(self) }
    package var isLocal: Bool { [.system, .dataset, .processing, .contract, .initiative].contains(self) }

    /// How an editor names the kind in messages.
    package var noun: String {
        switch self {
        case .vendor: "vendor"
        case .product: "product"
        case .serviceArea: "service area"
        case .standard: "standard"
        case .municipality: "municipality"
        case .system: "system"
        case .dataset: "dataset"
        case .processing: "processing activity"
        case .contract: "contract"
        case .initiative: "initiative"
        }
    }

    package static func < (a: RecordKind, b: RecordKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!  // safe: every case is in allCases
    }
}

/// One content file, parsed: its id (the file name), where it came from, its typed front matter
/// and its body rendered to HTML.
package struct Record<Fields: Sendable>: Sendable {
    package var id: String
    package var path: String
    /// For records that belong to a municipality, the municipality's number.
    package var municipality: String?
    /// For a cooperation region's shared initiatives, the region's folder name.
    package var region: String? = nil
    package var fields: Fields
    /// The description, as HTML: a read is recorded (`DependencyRecorder`), as a page that shows
    /// it changes with it, while one that only lists the record does not.
    package var bodyHTML: String {
        get {
            DependencyRecorder.read(.body(path))
            return body
        }
        set { body = newValue }
    }
    /// Whether the record has a description, a read of that alone.
    package var hasBody: Bool {
        DependencyRecorder.read(.hasBody(path))
        return !body.isEmpty
    }
    /// The description, read without recording (to compare catalogues).
    package private(set) var body: String
    /// Where each field was written, by name (`lifecycle.status`, `integrations[2].to`).
    package var positions = FieldPositions()

    package init(id: String, path: String, municipality: String?, region: String? = nil, fields: Fields, bodyHTML: String, positions: FieldPositions = FieldPositions()) {
        self.id = id
        self.path = path
        self.municipality = municipality
        self.region = region
        self.fields = fields
        body = bodyHTML
        self.positions = positions
    }

    package var location: SourceLocation { SourceLocation(path: path) }

    /// The position of a field, or of the file if the field was not written.
    package func location(of field: String) -> SourceLocation {
        guard let position = positions[field] else { return SourceLocation(path: path, line: 1, column: 1) }
        return SourceLocation(path: path, line: position.line, column: position.column)
    }
}

/// A record that belongs to a municipality is addressed as `number/id`.
package struct LocalKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    package var municipality: String
    package var id: String
    package init(_ municipality: String, _ id: String) {
        self.municipality = municipality
        self.id = id
    }
    package static func < (a: LocalKey, b: LocalKey) -> Bool { (a.municipality, a.id) < (b.municipality, b.id) }
    package var description: String { "\(municipality)/\(id)" }
}

/// Whose figures a report or comparison covers, and who owns an initiative: the whole site,
/// a cooperation region (by its slug) or one municipality (by its number).
package enum Scope: Sendable, Hashable, Comparable {
    case site
    case region(String)
    case municipality(String)
}

/// An initiative belongs to a municipality or to a region.
package struct InitiativeKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    package var owner: Scope
    package var id: String
    package init(_ owner: Scope, _ id: String) {
        self.owner = owner
        self.id = id
    }
    package static func < (a: InitiativeKey, b: InitiativeKey) -> Bool { (a.owner, a.id) < (b.owner, b.id) }
    package var description: String {
        switch owner {
        case .site: id
        case .region(let slug): "\(slug)/\(id)"
        case .municipality(let number): "\(number)/\(id)"
        }
    }
}

package struct FieldPosition: Sendable, Hashable {
    package var line: Int
    package var column: Int
}

/// Where each field of a record was written, by name. A list rather than a dictionary: it is
/// filled for every value of every file and read only for the few that get a message.
package struct FieldPositions: Sendable, Equatable {
    private var entries: [(field: String, line: UInt32, column: UInt32)] = []

    package init() {}

    package subscript(field: String) -> FieldPosition? {
        get {
            guard let entry = entries.last(where: { $0.field == field }) else { return nil }
            return FieldPosition(line: Int(entry.line), column: Int(entry.column))
        }
        set {
            guard let newValue else {
                entries.removeAll { $0.field == field }
                return
            }
            entries.append((field, UInt32(clamping: newValue.line), UInt32(clamping: newValue.column)))
        }
    }

    package var fields: [String] { entries.map(\.field) }

    package func contains(where test: (String) -> Bool) -> Bool { entries.contains { test($0.field) } }

    /// Only the positions whose field passes `keep`.
    package func filter(_ keep: (String) -> Bool) -> FieldPositions {
        var kept = FieldPositions()
        kept.entries = entries.filter { keep($0.field) }
        return kept
    }

    package static func == (a: FieldPositions, b: FieldPositions) -> Bool {
        func table(_ positions: FieldPositions) -> [String: FieldPosition] {
            var table: [String: FieldPosition] = [:]
            for entry in positions.entries { table[entry.field] = FieldPosition(line: Int(entry.line), column: Int(entry.column)) }
            return table
        }
        return table(a) == table(b)
    }
}

extension Record where Fields: Equatable {
    /// Whether everything but the description is the same: what a page that lists the record reads.
    package func hasSameFields(as other: Record) -> Bool {
        id == other.id && path == other.path && municipality == other.municipality && region == other.region
            && fields == other.fields && positions == other.positions
    }
}
