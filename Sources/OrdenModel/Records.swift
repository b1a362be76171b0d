import Basics

// The front matter of each record kind, as editors write it. Field names are the Swift
// spelling of the YAML keys (service_areas ↔ serviceAreas). Optional means optional in content.

package struct Vendor: Sendable, Codable, Equatable {
    package var name: String
    package var orgnr: OrganisationNumber?
    package var country: CountryCode?
    package var website: WebLink?
    package var visibility: Visibility?
    package var reviewed: Day?
}

package struct PersonalDataSummary: Sendable, Codable, Hashable {
    package var categories: [String]?
    package var specialCategories: [SpecialCategory]?
    package var dataSubjects: [String]?
}

package struct TypicalIntegration: Sendable, Codable, Hashable {
    package var to: Reference
    package var via: Reference?
    package var direction: Direction?
}

package struct Product: Sendable, Codable, Equatable {
    package var name: String
    package var vendor: Reference
    package var category: String?
    package var serviceAreas: [Reference]?
    package var hosting: Hosting?
    package var licence: String?
    package var standards: [Reference]?
    package var personalData: PersonalDataSummary?
    package var typicalIntegrations: [TypicalIntegration]?
    package var website: WebLink?
    package var publiccodeUrl: WebLink?
    package var status: ProductStatus?
    package var visibility: Visibility?
    package var reviewed: Day?
}

package struct ServiceArea: Sendable, Codable, Equatable {
    package var name: String
    package var kostra: [String]?
    package var parent: Reference?
    package var visibility: Visibility?
    package var reviewed: Day?
}

package struct Standard: Sendable, Codable, Equatable {
    package var name: String
    package var kind: StandardKind?
    package var url: WebLink?
    package var visibility: Visibility?
    package var reviewed: Day?
}

package struct Contact: Sendable, Codable, Hashable {
    package var name: String?
    package var email: EmailAddress?
    /// A contact page or form (vcard:hasURL in a DCAT catalogue).
    package var url: WebLink?
    /// As written, e.g. +47 22 00 00 00 (vcard:hasTelephone, published as a tel: address).
    package var phone: String?
}

package struct Municipality: Sendable, Codable, Equatable {
    package var name: String
    package var number: MunicipalityNumber
    package var orgnr: OrganisationNumber
    package var county: String?
    package var cooperation: String?
    package var population: Count?
    package var website: WebLink?
    package var language: Language?
    /// Internal: personal contact data.
    package var dpo: Contact?
    /// A demo municipality: its number must use the non-existent county 99.
    package var fictional: Bool?
    package var visibility: Visibility?
    package var reviewed: Day?
}

package struct Lifecycle: Sendable, Codable, HasPlaceholder, Equatable {
    package var status: LifecycleStatus
    package var since: Day?
    package var endOfLife: Day?
    package static var placeholder: Lifecycle { Lifecycle(status: .production) }
    init(status: LifecycleStatus) { self.status = status }
}

package struct Fit: Sendable, Codable, Equatable {
    package var functional: Score<FitRange>?
    package var technical: Score<FitRange>?
}

package struct Classification: Sendable, Codable, Equatable {
    package var confidentiality: Score<LevelRange>?
    package var integrity: Score<LevelRange>?
    package var availability: Score<LevelRange>?
}

package struct Cost: Sendable, Codable, Equatable {
    package var licence: Money?
    package var operations: Money?
    package var other: Money?

    package var total: Money? {
        let parts = [licence, operations, other].compactMap { $0 }
        return parts.isEmpty ? nil : Money(parts.reduce(0) { $0 + $1.kroner })
    }
}

package struct Integration: Sendable, Codable, Equatable {
    package var to: IntegrationTarget
    package var via: Reference?
    package var direction: Direction?
    package var data: String?
    package var personalData: Bool?
    package var frequency: IntegrationFrequency?
}

package struct System: Sendable, Codable, Equatable {
    package var name: String?
    package var product: Reference?
    package var vendor: Reference?
    package var category: String?
    /// Required for a complete inventory, but a missing owner is a gap to report, not an error.
    package var owner: String?
    package var manager: String?
    package var serviceAreas: [Reference]?
    package var lifecycle: Lifecycle
    package var fit: Fit?
    package var time: TimeCategory?
    package var criticality: Criticality?
    /// Internal.
    package var classification: Classification?
    /// Internal.
    package var lastRiskAssessment: Day?
    package var hosting: Hosting?
    package var users: Count?
    package var cost: Cost?
    package var contract: Reference?
    package var standards: [Reference]?
    package var personalData: PersonalDataSummary?
    package var dpa: Reference?
    /// The system as an archive (arkivlova 2025): whether it holds documentation to be kept
    /// as archive, and what becomes of it.
    package var archive: ArchiveFacts?
    package var integrations: [Integration]?
    package var datasets: [Reference]?
    /// Whether the system can delete personal data (GDPR art. 17 and 5(1)(e)).
    package var canDeletePersonalData: Bool?
    /// An API the system offers; published as a dcat:DataService in the dataset catalogue.
    package var api: API?
    /// Internal.
    package var infrastructure: String?
    package var visibility: Visibility?
    package var reviewed: Day?
}

/// What the dokumentasjonsplan (formerly arkivplan) records of a system (arkivlova § 8): whether it
/// holds documentation that is to be managed as archive, its Noark 5 compliance, what is to be
/// preserved or disposed of (§§ 12–13), and its deposit and transfer (§ 14).
package struct ArchiveFacts: Sendable, Codable, Equatable {
    /// Whether the system holds documentation that is to be managed as archive ("er systemet et arkiv?").
    package var records: Bool?
    package var noark5: Noark5Status?
    package var preservation: Preservation?
    /// The preservation and disposal rule, e.g. the class or the retention period.
    package var disposalRule: String?
    /// When data from the system was last deposited with the archive institution (deponering).
    package var deposited: Day?
    /// When the archive was transferred to the archive institution (avlevering).
    package var transferred: Day?
    /// The archive institution that receives it, e.g. an intermunicipal archive (IKA).
    package var institution: String?
}

/// An API a system offers to others (DCAT-AP-NO datatjeneste).
package struct API: Sendable, Codable, Equatable {
    package var endpointUrl: WebLink
    /// Where the API is described: an OpenAPI document or a documentation page.
    package var endpointDescription: WebLink?
    package var description: String?
    package var accessRights: AccessRights?
    package var licence: DatasetLicence?
}

package struct Distribution: Sendable, Codable, Equatable {
    package var title: String?
    package var format: FileFormat?
    package var accessUrl: WebLink
    package var downloadUrl: WebLink?
    package var licence: DatasetLicence?
}

/// The law that restricts access to a dataset (skjermingshjemmel), as DCAT-AP-NO has it.
package struct RestrictionBasis: Sendable, Codable, Equatable {
    /// The act and section, e.g. "Offentleglova § 13".
    package var law: String
    /// Where the provision is published, e.g. on Lovdata.
    package var url: WebLink?
}

package struct Period: Sendable, Codable, Equatable {
    package var start: Day?
    package var end: Day?
}

package struct Dataset: Sendable, Codable, Equatable {
    /// The dataset's own IRI when it has one elsewhere (a catalogue data.norge.no already
    /// harvests): the published catalogue describes the dataset under this IRI, so that a
    /// harvester sees the same resource rather than a second one.
    package var uri: WebLink?
    package var title: String
    package var description: String
    package var themes: [DataTheme]
    /// LOS themes beside the EU ones (DCAT-AP-NO: recommended).
    package var losThemes: [LOSTheme]?
    package var accessRights: AccessRights
    /// Required when access is restricted or non-public: the law that restricts it.
    package var legalBasisForRestriction: [RestrictionBasis]?
    package var licence: DatasetLicence?
    package var keywords: [String]?
    package var distributions: [Distribution]?
    package var contact: Contact?
    package var spatial: Spatial?
    package var temporal: Period?
    package var frequency: UpdateFrequency?
    package var sourceSystems: [Reference]?
    package var personalData: Bool?
    package var issued: Day?
    package var modified: Day?
    package var visibility: Visibility?
    package var reviewed: Day?
}

package struct LegalBasis: Sendable, Codable, Equatable {
    package var article: LegalArticle
    package var law: String?
}

package struct ThirdCountryTransfers: Sendable, Codable, Equatable {
    package var countries: [CountryCode]?
    package var safeguard: String?
}

package struct Processor: Sendable, Codable, Equatable {
    package var vendor: Reference
    package var dpa: Reference?
}

package struct ImpactAssessment: Sendable, Codable, Equatable {
    package var required: Bool?
    package var date: Day?
    /// Where the DPIA report is kept.
    package var report: WebLink?
}

package struct ProcessingActivity: Sendable, Codable, Equatable {
    package var name: String
    /// Where the entry stands: a draft, or approved by the controller.
    package var status: ProcessingStatus?
    package var purpose: String
    // Article 30 requires these three; a missing one is reported as a gap, not refused.
    package var legalBasis: [LegalBasis]?
    package var dataSubjects: [String]?
    package var dataCategories: [String]
    package var specialCategories: [SpecialCategory]?
    package var recipients: [String]?
    package var thirdCountryTransfers: ThirdCountryTransfers?
    package var retention: String?
    package var securityMeasures: String?
    package var systems: [SystemReference]?
    package var processors: [Processor]?
    package var dpia: ImpactAssessment?
    package var jointControllers: [String]?
    /// How the joint controllers split their responsibilities (GDPR art. 26(1)).
    package var jointArrangement: String?
    /// The municipality's datasets the activity produces or uses.
    package var datasets: [Reference]?
    /// Who handles a data subject's request for access to their own personal data (GDPR art. 15).
    package var accessRequests: String?
    package var visibility: Visibility?
    package var reviewed: Day?
}

package struct Contract: Sendable, Codable, Equatable {
    package var title: String
    package var vendor: Reference
    package var type: ContractType?
    package var systems: [Reference]?
    package var start: Day
    package var end: Day?
    package var noticeMonths: Count?
    package var renewalOptions: String?
    package var annualCost: Money?
    package var procurementRef: String?
    /// Where the signed agreement is kept (for a DPA: the databehandleravtale itself).
    package var documentUrl: WebLink?
    package var owner: String?
    package var visibility: Visibility?
    package var reviewed: Day?
}

package struct BudgetLine: Sendable, Codable, Equatable {
    package var year: Year
    package var investment: Money?
    package var running: Money?
    package var total: Double { (investment?.kroner ?? 0) + (running?.kroner ?? 0) }
}

/// An expected benefit (gevinst): what, measured how, by when.
package struct Benefit: Sendable, Codable, Equatable {
    package var what: String
    package var measure: String?
    package var by: Day?
}

/// The systems an initiative changes. `adds` may name a system, another municipality's system
/// or a catalogue product (a system that does not exist yet).
package struct AffectedSystems: Sendable, Codable, Equatable {
    package var adds: [IntegrationTarget]?
    package var replaces: [SystemReference]?
    package var retires: [SystemReference]?
}

/// A planned measure (tiltak) in a municipality's or a region's action plan.
package struct Initiative: Sendable, Codable, Equatable {
    package var title: String
    package var goal: String?
    package var status: InitiativeStatus
    package var owner: String?
    package var start: Day?
    package var end: Day?
    package var budget: [BudgetLine]?
    package var benefits: [Benefit]?
    package var systems: AffectedSystems?
    package var serviceAreas: [Reference]?
    package var visibility: Visibility?
    package var reviewed: Day?
}

package struct Publisher: Sendable, Codable, Equatable {
    package var name: String
    package var orgnr: OrganisationNumber
}

/// orden.yml: the site's settings.
package struct SiteConfig: Sendable, Codable {
    package var title: String
    package var baseUrl: WebLink
    package var description: String?
    package var language: UILanguage?
    package var theme: String?
    /// Shown on every page; set for demo and test sites whose content is invented.
    package var notice: String?
    /// Who publishes the site as a whole (a region council, an IT cooperation); the publisher of
    /// the site-wide dataset catalogue. Each municipality publishes its own datasets.
    package var publisher: Publisher?
    /// The date reports are computed for ("the next 36 months", "not reviewed in 12 months").
    /// Never the clock, so that a build can be repeated byte for byte; `--date` overrides it.
    package var reportDate: Day?
    /// Months after a record's `reviewed` date when it is due for review again (default 12):
    /// the data quality report, `orden due` and the follow-up page use it.
    package var reviewInterval: Count?
    /// Fields only the internal build shows, beyond those that always are (`system.users`).
    package var internalFields: [InternalField]?
    /// Fields that are internal on every site but this one publishes: only `municipality.dpo`.
    package var publicFields: [PublishableField]?
    /// Other content repositories merged into this site (the shared catalogue, municipalities).
    package var sources: [ContentSource]?
    /// Links to the forge's editor: "Rediger denne siden" and "Foreslå et nytt system her".
    package var edit: EditLinks?
}

extension SiteConfig {
    /// The review interval in months, by default 12.
    package static let defaultReviewMonths = 12
    package var reviewMonths: Int { reviewInterval?.value ?? Self.defaultReviewMonths }
}

extension Record where Fields == Initiative {
    /// How the initiative changes one system.
    package enum Change: String, Sendable { case adds, replaces, retires }

    /// The systems the initiative names (not products), as keys, each with how it changes it.
    package func systemChanges(owner: Scope) -> [(LocalKey, Change)] {
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

    package func affectedSystems(owner: Scope) -> [LocalKey] { systemChanges(owner: owner).map(\.0) }
}

/// One place a dataset covers (dct:spatial): a name, a web address that identifies the place
/// (an administrative unit of Kartverket, an EU country, a GeoNames feature), or both. Written as
/// text (`Hele kommunen`, `https://…`), as `municipality` (the municipality's own area), or as
/// `{name: …, uri: …}`.
package struct Place: Sendable, Decodable, Hashable {
    package var name: String?
    package var uri: WebLink?
    /// `municipality`: the area of the municipality whose record this is, published under the
    /// Kartverket IRI of its kommunenummer.
    package var isMunicipality = false

    package init(name: String? = nil, uri: WebLink? = nil, isMunicipality: Bool = false) {
        self.name = name
        self.uri = uri
        self.isMunicipality = isMunicipality
    }

    /// The word that stands for the municipality's own area.
    package static let municipalityKeyword = "municipality"
}

/// The places a dataset covers: one or several, written as one value or as a list.
package struct Spatial: Sendable, Decodable, Hashable {
    package var places: [Place]

    package init(_ places: [Place]) { self.places = places }

    /// The municipality's own area: what a municipality's dataset covers when it names no place.
    package static let municipality = Spatial([Place(isMunicipality: true)])

    /// How the places read on a page or in a sheet: each by its name, else its address; the
    /// municipality's own area by the municipality's name.
    package func labels(municipality: String?) -> [String] {
        places.map { place in
            if let name = place.name { return name }
            if place.isMunicipality { return municipality ?? Place.municipalityKeyword }
            return place.uri?.url ?? ""
        }
    }
}

extension SiteConfig {
    /// Whether `public_fields` publishes `municipality.dpo`: the DPO's name with the contact,
    /// which is published on every site (GDPR art. 37(7)).
    package var publishesDPOName: Bool {
        (publicFields ?? []).contains { $0.field.kind == .municipality && $0.field.key == "dpo" }
    }

    /// Stands in when orden.yml is missing or broken, so that the content is still checked.
    package static var placeholder: SiteConfig {
        SiteConfig(title: "", baseUrl: WebLink("https://localhost/")!, description: nil, language: nil, theme: nil, notice: nil, publisher: nil, reportDate: nil, internalFields: nil, publicFields: nil, sources: nil)  // safe: constant valid URL
    }
}
