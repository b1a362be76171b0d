/// Where a fact shown on a system page comes from: the system's own file, or the product in the
/// shared catalogue that it inherits from ("once only").
public enum Origin: Sendable, Equatable { case local, catalogue }

public struct Sourced<Value: Sendable>: Sendable {
    public var value: Value
    public var origin: Origin
}

/// A system with what it inherits from its product applied.
///
/// Its values sit behind one reference, so that copying a system costs one retain, not one per
/// field: `orden serve` copies the catalogue's dictionary of every system when it patches it,
/// and pages copy systems as they go. It never changes once resolved.
public struct ResolvedSystem: Sendable {
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

    public var key: LocalKey { box.values.key }
    public var record: Record<System> { box.values.record }
    public var name: Sourced<String> { box.values.name }
    public var vendor: Sourced<String>? { box.values.vendor }
    public var descriptionHTML: Sourced<String>? { box.values.descriptionHTML }
    public var category: Sourced<String>? { box.values.category }
    public var hosting: Sourced<Hosting>? { box.values.hosting }
    public var standards: Sourced<[String]>? { box.values.standards }
    public var serviceAreas: Sourced<[String]>? { box.values.serviceAreas }
    public var personalDataCategories: Sourced<[String]>? { box.values.personalDataCategories }
    public var specialCategories: Sourced<[SpecialCategory]>? { box.values.specialCategories }
    public var typicalIntegrations: Sourced<[TypicalIntegration]>? { box.values.typicalIntegrations }
    /// TIME as written, or derived from the fit scores.
    public var time: TimeCategory? { box.values.time }
    public var timeIsDerived: Bool { box.values.timeIsDerived }

    public var fields: System { box.values.record.fields }
}

/// An integration as seen from its target: who sends or receives, and how.
public struct IncomingIntegration: Sendable {
    public var from: LocalKey
    /// The integration's place in the sending system's list, to keep a stable order.
    public var index: Int
    public var integration: Integration
}

/// The municipality's record together with its folder's slug, which is part of its address.
public struct MunicipalityEntry: Sendable {
    public var number: String
    public var slug: String
    public var record: Record<Municipality>
    public var name: String { record.fields.name }
}

/// A cooperation region (regionråd, interkommunalt samarbeid): the municipalities whose
/// `cooperation` names it. Its slug is the name made into an id: Fjellbygdrådet → fjellbygdradet.
public struct Region: Sendable {
    public var slug: String
    public var name: String
    /// Member municipalities' numbers, sorted.
    public var members: [String]

    public static func slug(for name: String) -> String { Identifier.suggestion(for: name) }
}

/// The resolved content: every record by key, references checked, inheritance applied and
/// reverse links built. Relations are stored as keys, not references to other values.
public struct Catalogue: Sendable {
    public var site: SiteConfig
    public var vendors: [String: Record<Vendor>] = [:]
    public var products: [String: Record<Product>] = [:]
    public var serviceAreas: [String: Record<ServiceArea>] = [:]
    public var standards: [String: Record<Standard>] = [:]
    public var municipalities: [String: MunicipalityEntry] = [:]
    public var systems: [LocalKey: ResolvedSystem] = [:]
    public var datasets: [LocalKey: Record<Dataset>] = [:]
    public var processing: [LocalKey: Record<ProcessingActivity>] = [:]
    public var contracts: [LocalKey: Record<Contract>] = [:]
    public var initiatives: [InitiativeKey: Record<Initiative>] = [:]
    public var regions: [String: Region] = [:]
    /// The guide's pages, which are not records and are the same for every audience.
    public var guide = Guide()
    /// The date reports are computed for: orden.yml's report_date, --date, or the newest date in the content.
    public var reportDate: Day = .placeholder
    /// Who the build is for; only the internal build shows internal fields and the security report.
    public var audience: Audience = .public
    /// Who changed each record last and when, and the latest changes, from git.
    public var history: SiteHistory = .empty
    /// For files from another content source: the source, as orden.yml names it. Edit links
    /// of those records use that source's `edit:`.
    public var sourceOfFile: [String: String] = [:]

    /// The forge links for a file: its content source's, or the site's.
    public func editLinks(for path: String) -> EditLinks? {
        guard let source = sourceOfFile[path] else { return site.edit }
        return site.sources?.first { $0.path.text == source }?.edit
    }

    // Reverse links, each list sorted.
    public var systemsByProduct: [String: [LocalKey]] = [:]
    public var productsByVendor: [String: [String]] = [:]
    public var contractsByVendor: [String: [LocalKey]] = [:]
    public var processingByVendor: [String: [LocalKey]] = [:]
    public var systemsByVendor: [String: [LocalKey]] = [:]
    public var productsByServiceArea: [String: [String]] = [:]
    public var systemsByServiceArea: [String: [LocalKey]] = [:]
    public var childServiceAreas: [String: [String]] = [:]
    public var productsByStandard: [String: [String]] = [:]
    public var systemsByStandard: [String: [LocalKey]] = [:]
    public var processingBySystem: [LocalKey: [LocalKey]] = [:]
    public var datasetsBySystem: [LocalKey: [LocalKey]] = [:]
    public var contractsBySystem: [LocalKey: [LocalKey]] = [:]
    public var incomingIntegrations: [LocalKey: [IncomingIntegration]] = [:]
    public var systemsIntegratingProduct: [String: [LocalKey]] = [:]
    public var systemsByMunicipality: [String: [LocalKey]] = [:]
    public var datasetsByMunicipality: [String: [LocalKey]] = [:]
    public var processingByMunicipality: [String: [LocalKey]] = [:]
    public var contractsByMunicipality: [String: [LocalKey]] = [:]
    public var initiativesByOwner: [Scope: [InitiativeKey]] = [:]
    public var initiativesBySystem: [LocalKey: [InitiativeKey]] = [:]
    /// Per dataset listing, every filter value in use with its datasets, in display order.
    public var datasetFilters: [DatasetListing: [(filter: DatasetFilter, datasets: [LocalKey])]] = [:]

    public init(site: SiteConfig) {
        self.site = site
    }

    // Sorted views for rendering.
    public var sortedMunicipalities: [MunicipalityEntry] { municipalities.values.sorted { $0.number < $1.number } }
    public func systems(of municipality: String) -> [ResolvedSystem] {
        (systemsByMunicipality[municipality] ?? []).compactMap { systems[$0] }
    }
    public var sortedRegions: [Region] { regions.values.sorted { $0.slug < $1.slug } }

    /// The region a municipality belongs to, if any.
    public func region(of number: String) -> Region? {
        municipalities[number]?.record.fields.cooperation.flatMap { regions[Region.slug(for: $0)] }
    }

    /// The municipalities a scope covers, by number, sorted.
    public func members(of scope: Scope) -> [String] {
        switch scope {
        case .site: municipalities.keys.sorted()
        case .region(let slug): regions[slug]?.members ?? []
        case .municipality(let number): municipalities[number] == nil ? [] : [number]
        }
    }
}
