// The front matter of each record kind, as editors write it. Field names are the Swift
// spelling of the YAML keys (service_areas ↔ serviceAreas). Optional means optional in content.

public struct Vendor: Sendable, Codable {
    public var name: String
    public var orgnr: OrganisationNumber?
    public var country: CountryCode?
    public var website: WebLink?
    public var visibility: Visibility?
    public var reviewed: Day?
}

public struct PersonalDataSummary: Sendable, Codable, Hashable {
    public var categories: [String]?
    public var specialCategories: [SpecialCategory]?
    public var dataSubjects: [String]?
}

public struct TypicalIntegration: Sendable, Codable, Hashable {
    public var to: Reference
    public var via: Reference?
    public var direction: Direction?
}

public struct Product: Sendable, Codable {
    public var name: String
    public var vendor: Reference
    public var category: String?
    public var serviceAreas: [Reference]?
    public var hosting: Hosting?
    public var licence: String?
    public var standards: [Reference]?
    public var personalData: PersonalDataSummary?
    public var typicalIntegrations: [TypicalIntegration]?
    public var website: WebLink?
    public var publiccodeUrl: WebLink?
    public var status: ProductStatus?
    public var visibility: Visibility?
    public var reviewed: Day?
}

public struct ServiceArea: Sendable, Codable {
    public var name: String
    public var kostra: [String]?
    public var parent: Reference?
    public var visibility: Visibility?
    public var reviewed: Day?
}

public struct Standard: Sendable, Codable {
    public var name: String
    public var kind: StandardKind?
    public var url: WebLink?
    public var visibility: Visibility?
    public var reviewed: Day?
}

public struct Contact: Sendable, Codable, Hashable {
    public var name: String?
    public var email: EmailAddress?
    /// A contact page or form (vcard:hasURL in a DCAT catalogue).
    public var url: WebLink?
    /// As written, e.g. +47 22 00 00 00 (vcard:hasTelephone, published as a tel: address).
    public var phone: String?
}

public struct Municipality: Sendable, Codable {
    public var name: String
    public var number: MunicipalityNumber
    public var orgnr: OrganisationNumber
    public var county: String?
    public var cooperation: String?
    public var population: Count?
    public var website: WebLink?
    public var language: Language?
    /// Internal: personal contact data.
    public var dpo: Contact?
    /// A demo municipality: its number must use the non-existent county 99.
    public var fictional: Bool?
    public var visibility: Visibility?
    public var reviewed: Day?
}

public struct Lifecycle: Sendable, Codable, HasPlaceholder {
    public var status: LifecycleStatus
    public var since: Day?
    public var endOfLife: Day?
    public static var placeholder: Lifecycle { Lifecycle(status: .production) }
    init(status: LifecycleStatus) { self.status = status }
}

public struct Fit: Sendable, Codable {
    public var functional: Score<FitRange>?
    public var technical: Score<FitRange>?
}

public struct Classification: Sendable, Codable {
    public var confidentiality: Score<LevelRange>?
    public var integrity: Score<LevelRange>?
    public var availability: Score<LevelRange>?
}

public struct Cost: Sendable, Codable {
    public var licence: Money?
    public var operations: Money?
    public var other: Money?

    public var total: Money? {
        let parts = [licence, operations, other].compactMap { $0 }
        return parts.isEmpty ? nil : Money(parts.reduce(0) { $0 + $1.kroner })
    }
}

public struct Integration: Sendable, Codable {
    public var to: IntegrationTarget
    public var via: Reference?
    public var direction: Direction?
    public var data: String?
    public var personalData: Bool?
    public var frequency: IntegrationFrequency?
}

public struct System: Sendable, Codable {
    public var name: String?
    public var product: Reference?
    public var vendor: Reference?
    public var category: String?
    /// Required for a complete inventory, but a missing owner is a gap to report, not an error.
    public var owner: String?
    public var manager: String?
    public var serviceAreas: [Reference]?
    public var lifecycle: Lifecycle
    public var fit: Fit?
    public var time: TimeCategory?
    public var criticality: Criticality?
    /// Internal.
    public var classification: Classification?
    /// Internal.
    public var lastRiskAssessment: Day?
    public var hosting: Hosting?
    public var users: Count?
    public var cost: Cost?
    public var contract: Reference?
    public var standards: [Reference]?
    public var personalData: PersonalDataSummary?
    public var dpa: Reference?
    public var integrations: [Integration]?
    public var datasets: [Reference]?
    /// An API the system offers; published as a dcat:DataService in the dataset catalogue.
    public var api: API?
    /// Internal.
    public var infrastructure: String?
    public var visibility: Visibility?
    public var reviewed: Day?
}

/// An API a system offers to others (DCAT-AP-NO datatjeneste).
public struct API: Sendable, Codable {
    public var endpointUrl: WebLink
    /// Where the API is described: an OpenAPI document or a documentation page.
    public var endpointDescription: WebLink?
    public var description: String?
    public var accessRights: AccessRights?
    public var licence: DatasetLicence?
}

public struct Distribution: Sendable, Codable {
    public var title: String?
    public var format: FileFormat?
    public var accessUrl: WebLink
    public var downloadUrl: WebLink?
    public var licence: DatasetLicence?
}

public struct Period: Sendable, Codable {
    public var start: Day?
    public var end: Day?
}

public struct Dataset: Sendable, Codable {
    /// The dataset's own IRI when it has one elsewhere (a catalogue data.norge.no already
    /// harvests): the published catalogue describes the dataset under this IRI, so that a
    /// harvester sees the same resource rather than a second one.
    public var uri: WebLink?
    public var title: String
    public var description: String
    public var themes: [DataTheme]
    public var accessRights: AccessRights
    public var licence: DatasetLicence?
    public var keywords: [String]?
    public var distributions: [Distribution]?
    public var contact: Contact?
    public var spatial: Spatial?
    public var temporal: Period?
    public var frequency: UpdateFrequency?
    public var sourceSystems: [Reference]?
    public var personalData: Bool?
    public var issued: Day?
    public var modified: Day?
    public var visibility: Visibility?
    public var reviewed: Day?
}

public struct LegalBasis: Sendable, Codable {
    public var article: LegalArticle
    public var law: String?
}

public struct ThirdCountryTransfers: Sendable, Codable {
    public var countries: [CountryCode]?
    public var safeguard: String?
}

public struct Processor: Sendable, Codable {
    public var vendor: Reference
    public var dpa: Reference?
}

public struct ImpactAssessment: Sendable, Codable {
    public var required: Bool?
    public var date: Day?
}

public struct ProcessingActivity: Sendable, Codable {
    public var name: String
    public var purpose: String
    // Article 30 requires these three; a missing one is reported as a gap, not refused.
    public var legalBasis: [LegalBasis]?
    public var dataSubjects: [String]?
    public var dataCategories: [String]
    public var specialCategories: [SpecialCategory]?
    public var recipients: [String]?
    public var thirdCountryTransfers: ThirdCountryTransfers?
    public var retention: String?
    public var securityMeasures: String?
    public var systems: [SystemReference]?
    public var processors: [Processor]?
    public var dpia: ImpactAssessment?
    public var jointControllers: [String]?
    public var visibility: Visibility?
    public var reviewed: Day?
}

public struct Contract: Sendable, Codable {
    public var title: String
    public var vendor: Reference
    public var type: ContractType?
    public var systems: [Reference]?
    public var start: Day
    public var end: Day?
    public var noticeMonths: Count?
    public var renewalOptions: String?
    public var annualCost: Money?
    public var procurementRef: String?
    public var owner: String?
    public var visibility: Visibility?
    public var reviewed: Day?
}

public struct BudgetLine: Sendable, Codable {
    public var year: Year
    public var investment: Money?
    public var running: Money?
    public var total: Double { (investment?.kroner ?? 0) + (running?.kroner ?? 0) }
}

/// An expected benefit (gevinst): what, measured how, by when.
public struct Benefit: Sendable, Codable {
    public var what: String
    public var measure: String?
    public var by: Day?
}

/// The systems an initiative changes. `adds` may name a system, another municipality's system
/// or a catalogue product (a system that does not exist yet).
public struct AffectedSystems: Sendable, Codable {
    public var adds: [IntegrationTarget]?
    public var replaces: [SystemReference]?
    public var retires: [SystemReference]?
}

/// A planned measure (tiltak) in a municipality's or a region's action plan.
public struct Initiative: Sendable, Codable {
    public var title: String
    public var goal: String?
    public var status: InitiativeStatus
    public var owner: String?
    public var start: Day?
    public var end: Day?
    public var budget: [BudgetLine]?
    public var benefits: [Benefit]?
    public var systems: AffectedSystems?
    public var serviceAreas: [Reference]?
    public var visibility: Visibility?
    public var reviewed: Day?
}

public struct Publisher: Sendable, Codable {
    public var name: String
    public var orgnr: OrganisationNumber
}

/// orden.yml: the site's settings.
public struct SiteConfig: Sendable, Codable {
    public var title: String
    public var baseUrl: WebLink
    public var description: String?
    public var language: UILanguage?
    public var theme: String?
    /// Shown on every page; set for demo and test sites whose content is invented.
    public var notice: String?
    /// Who publishes the site as a whole (a region council, an IT cooperation); the publisher of
    /// the site-wide dataset catalogue. Each municipality publishes its own datasets.
    public var publisher: Publisher?
    /// The date reports are computed for ("the next 36 months", "not reviewed in 12 months").
    /// Never the clock, so that a build can be repeated byte for byte; `--date` overrides it.
    public var reportDate: Day?
    /// Fields only the internal build shows, beyond those that always are (`system.users`).
    public var internalFields: [InternalField]?
    /// Fields that are internal on every site but this one publishes: only `municipality.dpo`.
    public var publicFields: [PublishableField]?
    /// Other content repositories merged into this site (the shared catalogue, municipalities).
    public var sources: [ContentSource]?
    /// Links to the forge's editor: "Rediger denne siden" and "Foreslå et nytt system her".
    public var edit: EditLinks?
}

extension Record where Fields == Initiative {
    /// How the initiative changes one system.
    public enum Change: String, Sendable { case adds, replaces, retires }

    /// The systems the initiative names (not products), as keys, each with how it changes it.
    public func systemChanges(owner: Scope) -> [(LocalKey, Change)] {
        let home: String? = if case .municipality(let number) = owner { number } else { nil }
        var changes: [(LocalKey, Change)] = []
        for target in fields.systems?.adds ?? [] {
            switch target.kind {
            case .localSystem(let id): if let home { changes.append((LocalKey(home, id), .adds)) }
            case .municipalSystem(let number, let id): changes.append((LocalKey(number, id), .adds))
            case .product: break
            }
        }
        for (list, change) in [(fields.systems?.replaces, Change.replaces), (fields.systems?.retires, .retires)] {
            for reference in list ?? [] {
                guard let number = reference.municipality ?? home else { continue }
                changes.append((LocalKey(number, reference.id), change))
            }
        }
        return changes
    }

    public func affectedSystems(owner: Scope) -> [LocalKey] { systemChanges(owner: owner).map(\.0) }
}

/// One place a dataset covers (dct:spatial): a name, a web address that identifies the place
/// (an administrative unit of Kartverket, an EU country, a GeoNames feature), or both. Written as
/// text (`Hele kommunen`, `https://…`), as `municipality` (the municipality's own area), or as
/// `{name: …, uri: …}`.
public struct Place: Sendable, Decodable, Hashable {
    public var name: String?
    public var uri: WebLink?
    /// `municipality`: the area of the municipality whose record this is, published under the
    /// Kartverket IRI of its kommunenummer.
    public var isMunicipality = false

    public init(name: String? = nil, uri: WebLink? = nil, isMunicipality: Bool = false) {
        self.name = name
        self.uri = uri
        self.isMunicipality = isMunicipality
    }

    /// The word that stands for the municipality's own area.
    public static let municipalityKeyword = "municipality"
}

/// The places a dataset covers: one or several, written as one value or as a list.
public struct Spatial: Sendable, Decodable, Hashable {
    public var places: [Place]

    public init(_ places: [Place]) { self.places = places }

    /// How the places read on a page or in a sheet: each by its name, else its address; the
    /// municipality's own area by the municipality's name.
    public func labels(municipality: String?) -> [String] {
        places.map { place in
            if let name = place.name { return name }
            if place.isMunicipality { return municipality ?? Place.municipalityKeyword }
            return place.uri?.url ?? ""
        }
    }
}
