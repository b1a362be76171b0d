import Synchronization

/// The tables of the resolved catalogue whose reads `orden serve` records, so that it knows
/// which pages an edit changes (`DependencyRecorder`).
package enum CatalogueTable: UInt8, Sendable, Hashable, CaseIterable {
    case vendors, products, systems, datasets, processing, contracts, initiatives
    case systemsByProduct, productsByVendor, contractsByVendor, processingByVendor, systemsByVendor
    case productsByServiceArea, systemsByServiceArea, childServiceAreas, productsByStandard, systemsByStandard
    case processingBySystem, datasetsBySystem, contractsBySystem, incomingIntegrations, systemsIntegratingProduct
    case systemsByMunicipality, datasetsByMunicipality, processingByMunicipality, contractsByMunicipality
    case initiativesByOwner, initiativesBySystem, datasetFilters
}

/// The key of a catalogue table's entry, as a dependency names it.
package enum DependencyKey: Sendable, Hashable {
    case id(String)
    case local(LocalKey)
    case initiative(InitiativeKey)
    case scope(Scope)
}

package protocol DependencyKeyConvertible: Hashable, Sendable {
    var dependencyKey: DependencyKey { get }
}

extension String: DependencyKeyConvertible { package var dependencyKey: DependencyKey { .id(self) } }
extension LocalKey: DependencyKeyConvertible { package var dependencyKey: DependencyKey { .local(self) } }
extension InitiativeKey: DependencyKeyConvertible { package var dependencyKey: DependencyKey { .initiative(self) } }
extension Scope: DependencyKeyConvertible { package var dependencyKey: DependencyKey { .scope(self) } }

/// What a page read while it was rendered, at the grain an edit changes it: one entry of a
/// table (a record, or one key's list in a reverse index), every entry (the page went through
/// the table), which keys exist, a record's Markdown or only whether it has any, and values
/// derived from many entries that are compared before their readers are rendered again.
package enum Dependency: Sendable, Hashable {
    case entry(CatalogueTable, DependencyKey)
    case every(CatalogueTable)
    case keys(CatalogueTable)
    /// A record's description (the Markdown below its front matter), by the record's file.
    case body(String)
    /// Only whether the record has a description.
    case hasBody(String)
    /// A value computed from many entries (`SharedFigures`), by name and scope.
    case derived(String, Scope)
    case guide
}

/// Collects what the code run under `record(_:)` reads, the way Hugo's identity tracking learns
/// what a page depends on from the code that renders it rather than from rules kept beside it.
/// The preview turns on recording; a build does not, and then a read costs one atomic load.
///
/// A page that reads most of a table's entries one by one (the site's reports go through every
/// system) is recorded as reading the whole table: any change of an entry or of the keys changes
/// the whole table too (`Table.changes(since:)`), so the page is rendered again after the same
/// edits, and its reads are a few numbers rather than tens of thousands.
package final class DependencyRecorder: @unchecked Sendable {
    /// All that was read. One recorder is only ever used by the thread rendering its page.
    package private(set) var dependencies = Set<Dependency>()
    /// The tables read whole, a bit per `CatalogueTable`, and how many entries of each were read.
    private var whole: UInt64 = 0
    private var entries = [Int](repeating: 0, count: CatalogueTable.allCases.count)

    /// Entries read one by one past which a table counts as read whole: a quarter of the table,
    /// and never for small sites, whose pages stay as precise as their reads.
    static func wholeTableThreshold(size: Int) -> Int { max(size / 4, 1_000) }

    package init() {}

    @TaskLocal static var current: DependencyRecorder?
    /// How many recordings are under way anywhere, so that reads outside one stay cheap.
    private static let active = Atomic<Int>(0)

    /// Runs `body`, recording what it reads (also when another recording is under way: the
    /// reads go to this recorder only).
    package func record<T>(_ body: () throws -> T) rethrows -> T {
        Self.active.add(1, ordering: .relaxed)
        defer { Self.active.subtract(1, ordering: .relaxed) }
        return try Self.$current.withValue(self, operation: body)
    }

    /// Notes a read, if a recording is under way on this thread.
    @inline(__always)
    package static func read(_ dependency: @autoclosure () -> Dependency) {
        guard active.load(ordering: .relaxed) > 0, let recorder = current else { return }
        recorder.note(dependency())
    }

    /// Notes the read of one entry of a table of `size` entries.
    @inline(__always)
    package static func read(_ table: CatalogueTable, entry key: @autoclosure () -> DependencyKey, size: Int) {
        guard active.load(ordering: .relaxed) > 0, let recorder = current else { return }
        recorder.note(table, entry: key(), size: size)
    }

    /// Notes reads made elsewhere on this thread's behalf (a value computed once for many pages).
    package static func read(_ dependencies: Set<Dependency>) {
        guard active.load(ordering: .relaxed) > 0, let recorder = current else { return }
        for dependency in dependencies { recorder.note(dependency) }
    }

    private func readsWhole(_ table: CatalogueTable) -> Bool { whole & (1 << UInt64(table.rawValue)) != 0 }

    private func note(_ dependency: Dependency) {
        switch dependency {
        case .entry(let table, _), .keys(let table):
            if readsWhole(table) { return }
        case .every(let table):
            if !readsWhole(table) { readWhole(table) }
            return
        default: break
        }
        dependencies.insert(dependency)
    }

    private func note(_ table: CatalogueTable, entry key: DependencyKey, size: Int) {
        guard !readsWhole(table), dependencies.insert(.entry(table, key)).inserted else { return }
        entries[Int(table.rawValue)] += 1
        if entries[Int(table.rawValue)] > Self.wholeTableThreshold(size: size) { readWhole(table) }
    }

    /// The whole table instead of its entries and keys.
    private func readWhole(_ table: CatalogueTable) {
        whole |= 1 << UInt64(table.rawValue)
        dependencies = dependencies.filter { dependency in
            switch dependency {
            case .entry(table, _), .keys(table): false
            default: true
            }
        }
        dependencies.insert(.every(table))
    }

    /// Runs `body` without recording what it reads (it is recorded as one derived value).
    package static func unrecorded<T>(_ body: () throws -> T) rethrows -> T {
        guard isRecording else { return try body() }
        return try $current.withValue(nil, operation: body)
    }

    /// Whether a recording is under way anywhere: a value made once for many pages records what
    /// it reads, also when the thread that makes it records nothing itself.
    package static var isRecordingAnywhere: Bool { active.load(ordering: .relaxed) > 0 }

    /// Whether a recording is under way on this thread.
    package static var isRecording: Bool {
        active.load(ordering: .relaxed) > 0 && current != nil
    }
}
