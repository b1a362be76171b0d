import Basics
import FrontMatter
import OrdenModel
import OrdenSource

/// Where a fact shown on a system page comes from: the system's own file, or the product in the
/// shared catalogue that it inherits from ("once only").
package enum Origin: Sendable, Equatable { case local, catalogue }

package struct Sourced<Value: Sendable>: Sendable {
    package var value: Value
    package var origin: Origin
}

extension Sourced: Equatable where Value: Equatable {}

/// A system with what it inherits from its product applied.
///
/// Its values sit behind one reference, so that copying a system costs one retain, not one per
/// field: `orden serve` copies the catalogue's dictionary of every system when it patches it,
/// and pages copy systems as they go. It never changes once resolved.
package struct ResolvedSystem: Sendable {
    struct Values: Sendable {
        let key: LocalKey
        let record: Record<System>
        let name: Sourced<String>
        let vendor: Sourced<String>?
        let descriptionHTML: Sourced<String>?
        let category: Sourced<String>?
        let hosting: Sourced<Hosting>?
        let standards: Sourced<[String]>?
        let serviceAreas: Sourced<[String]>?
        let personalDataCategories: Sourced<[String]>?
        let specialCategories: Sourced<[SpecialCategory]>?
        let typicalIntegrations: Sourced<[TypicalIntegration]>?
        /// TIME as written, or derived from the fit scores.
        let time: TimeCategory?
        let timeIsDerived: Bool
    }

    private final class Box: Sendable {
        let values: Values
        init(_ values: Values) { self.values = values }
    }

    private let box: Box

    init(_ values: Values) {
        box = Box(values)
    }

    package var key: LocalKey { box.values.key }
    package var record: Record<System> { box.values.record }
    package var name: Sourced<String> { box.values.name }
    package var vendor: Sourced<String>? { box.values.vendor }
    /// The description, its own or its product's: a read is recorded (`DependencyRecorder`).
    package var descriptionHTML: Sourced<String>? {
        DependencyRecorder.read(.body(box.values.record.path))
        return box.values.descriptionHTML
    }
    /// Whether the system has a description, a read of that alone.
    package var hasDescription: Bool {
        DependencyRecorder.read(.hasBody(box.values.record.path))
        return box.values.descriptionHTML != nil
    }
    package var category: Sourced<String>? { box.values.category }
    package var hosting: Sourced<Hosting>? { box.values.hosting }
    package var standards: Sourced<[String]>? { box.values.standards }
    package var serviceAreas: Sourced<[String]>? { box.values.serviceAreas }
    package var personalDataCategories: Sourced<[String]>? { box.values.personalDataCategories }
    package var specialCategories: Sourced<[SpecialCategory]>? { box.values.specialCategories }
    package var typicalIntegrations: Sourced<[TypicalIntegration]>? { box.values.typicalIntegrations }
    /// TIME as written, or derived from the fit scores.
    package var time: TimeCategory? { box.values.time }
    package var timeIsDerived: Bool { box.values.timeIsDerived }

    package var fields: System { box.values.record.fields }

    /// Whether everything but the description is the same: what a page that lists the system reads.
    package func hasSameValues(as other: ResolvedSystem) -> Bool {
        if box === other.box { return true }
        let a = box.values, b = other.box.values
        return a.key == b.key && a.record.hasSameFields(as: b.record) && a.name == b.name && a.vendor == b.vendor
            && a.category == b.category && a.hosting == b.hosting && a.standards == b.standards
            && a.serviceAreas == b.serviceAreas && a.personalDataCategories == b.personalDataCategories
            && a.specialCategories == b.specialCategories && a.typicalIntegrations == b.typicalIntegrations
            && a.time == b.time && a.timeIsDerived == b.timeIsDerived
    }

    /// The description, read without recording (to compare catalogues).
    package var storedDescription: Sourced<String>? { box.values.descriptionHTML }
}

/// An integration as seen from its target: who sends or receives, and how.
package struct IncomingIntegration: Sendable, Equatable {
    package var from: LocalKey
    /// The integration's place in the sending system's list, to keep a stable order.
    package var index: Int
    package var integration: Integration
}

/// The municipality's record together with its folder's slug, which is part of its address.
package struct MunicipalityEntry: Sendable {
    package var number: String
    package var slug: String
    package var record: Record<Municipality>
    package var name: String { record.fields.name }
}

/// A cooperation region (regionråd, interkommunalt samarbeid): the municipalities whose
/// `cooperation` names it. Its slug is the name made into an id: Fjellbygdrådet → fjellbygdradet.
package struct Region: Sendable {
    package var slug: String
    package var name: String
    /// Member municipalities' numbers, sorted.
    package var members: [String]

    package static func slug(for name: String) -> String { Identifier.suggestion(for: name) }
}

/// The resolved content: every record by key, references checked, inheritance applied and
/// reverse links built. Relations are stored as keys, not references to other values.
package struct Catalogue: Sendable {
    package var site: SiteConfig
    package var vendors = Table<String, Record<Vendor>>(.vendors)
    package var products = Table<String, Record<Product>>(.products)
    package var serviceAreas: [String: Record<ServiceArea>] = [:]
    package var standards: [String: Record<Standard>] = [:]
    package var municipalities: [String: MunicipalityEntry] = [:]
    package var systems = Table<LocalKey, ResolvedSystem>(.systems)
    package var datasets = Table<LocalKey, Record<Dataset>>(.datasets)
    package var processing = Table<LocalKey, Record<ProcessingActivity>>(.processing)
    package var contracts = Table<LocalKey, Record<Contract>>(.contracts)
    package var initiatives = Table<InitiativeKey, Record<Initiative>>(.initiatives)
    package var regions: [String: Region] = [:]
    /// The guide's pages, which are not records and are the same for every audience. A read is
    /// recorded (`DependencyRecorder`): an edit of the guide changes the pages that read it.
    package var guide: Guide {
        get {
            DependencyRecorder.read(.guide)
            return guideStorage
        }
        set { guideStorage = newValue }
    }
    private var guideStorage = Guide()
    /// The date reports are computed for: orden.yml's report_date, --date, or the newest date in the content.
    package var reportDate: Day = .placeholder
    /// Who the build is for; only the internal build shows internal fields and the security report.
    package var audience: Audience = .public
    /// For files from another content source: the source, as orden.yml names it. Edit links
    /// of those records use that source's `edit:`.
    package var sourceOfFile: [String: String] = [:]

    /// The forge links for a file: its content source's, or the site's.
    package func editLinks(for path: String) -> EditLinks? {
        guard let source = sourceOfFile[path] else { return site.edit }
        return site.sources?.first { $0.path.text == source }?.edit
    }

    // Reverse links, each list sorted.
    package var systemsByProduct = Table<String, [LocalKey]>(.systemsByProduct)
    package var productsByVendor = Table<String, [String]>(.productsByVendor)
    package var contractsByVendor = Table<String, [LocalKey]>(.contractsByVendor)
    package var processingByVendor = Table<String, [LocalKey]>(.processingByVendor)
    package var systemsByVendor = Table<String, [LocalKey]>(.systemsByVendor)
    package var productsByServiceArea = Table<String, [String]>(.productsByServiceArea)
    package var systemsByServiceArea = Table<String, [LocalKey]>(.systemsByServiceArea)
    package var childServiceAreas = Table<String, [String]>(.childServiceAreas)
    package var productsByStandard = Table<String, [String]>(.productsByStandard)
    package var systemsByStandard = Table<String, [LocalKey]>(.systemsByStandard)
    package var processingBySystem = Table<LocalKey, [LocalKey]>(.processingBySystem)
    package var datasetsBySystem = Table<LocalKey, [LocalKey]>(.datasetsBySystem)
    package var contractsBySystem = Table<LocalKey, [LocalKey]>(.contractsBySystem)
    package var incomingIntegrations = Table<LocalKey, [IncomingIntegration]>(.incomingIntegrations)
    package var systemsIntegratingProduct = Table<String, [LocalKey]>(.systemsIntegratingProduct)
    package var systemsByMunicipality = Table<String, [LocalKey]>(.systemsByMunicipality)
    package var datasetsByMunicipality = Table<String, [LocalKey]>(.datasetsByMunicipality)
    package var processingByMunicipality = Table<String, [LocalKey]>(.processingByMunicipality)
    package var contractsByMunicipality = Table<String, [LocalKey]>(.contractsByMunicipality)
    package var initiativesByOwner = Table<Scope, [InitiativeKey]>(.initiativesByOwner)
    package var initiativesBySystem = Table<LocalKey, [InitiativeKey]>(.initiativesBySystem)
    /// Per dataset listing, every filter value in use with its datasets, in display order.
    package var datasetFilters = Table<DatasetListing, [(filter: DatasetFilter, datasets: [LocalKey])]>(.datasetFilters)

    package init(site: SiteConfig) {
        self.site = site
    }

    // Sorted views for rendering.
    package var sortedMunicipalities: [MunicipalityEntry] { municipalities.values.sorted { $0.number < $1.number } }
    package func systems(of municipality: String) -> [ResolvedSystem] {
        (systemsByMunicipality[municipality] ?? []).compactMap { systems[$0] }
    }
    package var sortedRegions: [Region] { regions.values.sorted { $0.slug < $1.slug } }

    /// The region a municipality belongs to, if any.
    package func region(of number: String) -> Region? {
        municipalities[number]?.record.fields.cooperation.flatMap { regions[Region.slug(for: $0)] }
    }

    /// The municipalities a scope covers, by number, sorted.
    package func members(of scope: Scope) -> [String] {
        switch scope {
        case .site: municipalities.keys.sorted()
        case .region(let slug): regions[slug]?.members ?? []
        case .municipality(let number): municipalities[number] == nil ? [] : [number]
        }
    }
}

extension Catalogue {
    /// Systems a contract covers: those it names and those that name it.
    package func systemsForContract(_ key: LocalKey) -> [LocalKey] {
        var keys = Set((contracts[key]?.fields.systems ?? []).map { LocalKey(key.municipality, $0.id) })
        for systemKey in systemsByMunicipality[key.municipality] ?? [] {
            if contractsBySystem[systemKey]?.contains(key) == true { keys.insert(systemKey) }
        }
        return keys.sorted()
    }
}

extension Catalogue {
    /// The kind of every record in the catalogue, by the record's file path.
    package var recordKinds: [String: RecordKind] {
        var kinds: [String: RecordKind] = [:]
        for record in vendors.values { kinds[record.path] = .vendor }
        for record in products.values { kinds[record.path] = .product }
        for record in serviceAreas.values { kinds[record.path] = .serviceArea }
        for record in standards.values { kinds[record.path] = .standard }
        for entry in municipalities.values { kinds[entry.record.path] = .municipality }
        for system in systems.values { kinds[system.record.path] = .system }
        for record in datasets.values { kinds[record.path] = .dataset }
        for record in processing.values { kinds[record.path] = .processing }
        for record in contracts.values { kinds[record.path] = .contract }
        for record in initiatives.values { kinds[record.path] = .initiative }
        return kinds
    }
}
