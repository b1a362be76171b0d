// The front matter of each record kind, as editors write it. Field names are the Swift
// spelling of the YAML keys (service_areas ↔ serviceAreas). Optional means optional in content.

public struct Vendor: Sendable, Decodable {
    public var name: String
    public var orgnr: OrganisationNumber?
    public var country: CountryCode?
    public var website: WebLink?
    public var visibility: Visibility?
    public var reviewed: Day?
}

public struct PersonalDataSummary: Sendable, Decodable, Hashable {
    public var categories: [String]?
    public var specialCategories: [SpecialCategory]?
    public var dataSubjects: [String]?
}

public struct TypicalIntegration: Sendable, Decodable, Hashable {
    public var to: Reference
    public var via: Reference?
    public var direction: Direction?
}

public struct Product: Sendable, Decodable {
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

public struct ServiceArea: Sendable, Decodable {
    public var name: String
    public var kostra: [String]?
    public var parent: Reference?
    public var visibility: Visibility?
    public var reviewed: Day?
}

public struct Standard: Sendable, Decodable {
    public var name: String
    public var kind: StandardKind?
    public var url: WebLink?
    public var visibility: Visibility?
    public var reviewed: Day?
}

public struct Contact: Sendable, Decodable, Hashable {
    public var name: String?
    public var email: EmailAddress?
}

public struct Municipality: Sendable, Decodable {
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

public struct Lifecycle: Sendable, Decodable, HasPlaceholder {
    public var status: LifecycleStatus
    public var since: Day?
    public var endOfLife: Day?
    public static var placeholder: Lifecycle { Lifecycle(status: .production) }
    init(status: LifecycleStatus) { self.status = status }
}

public struct Fit: Sendable, Decodable {
    public var functional: Score<FitRange>?
    public var technical: Score<FitRange>?
}

public struct Classification: Sendable, Decodable {
    public var confidentiality: Score<LevelRange>?
    public var integrity: Score<LevelRange>?
    public var availability: Score<LevelRange>?
}

public struct Cost: Sendable, Decodable {
    public var licence: Money?
    public var operations: Money?
    public var other: Money?

    public var total: Money? {
        let parts = [licence, operations, other].compactMap { $0 }
        return parts.isEmpty ? nil : Money(parts.reduce(0) { $0 + $1.kroner })
    }
}

public struct Integration: Sendable, Decodable {
    public var to: IntegrationTarget
    public var via: Reference?
    public var direction: Direction?
    public var data: String?
    public var personalData: Bool?
    public var frequency: IntegrationFrequency?
}

public struct System: Sendable, Decodable {
    public var name: String?
    public var product: Reference?
    public var vendor: Reference?
    public var category: String?
    public var owner: String
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
    /// Internal.
    public var infrastructure: String?
    public var visibility: Visibility?
    public var reviewed: Day?
}

public struct Distribution: Sendable, Decodable {
    public var title: String?
    public var format: FileFormat?
    public var accessUrl: WebLink
    public var downloadUrl: WebLink?
    public var licence: DatasetLicence?
}

public struct Period: Sendable, Decodable {
    public var start: Day?
    public var end: Day?
}

public struct Dataset: Sendable, Decodable {
    public var title: String
    public var description: String
    public var themes: [DataTheme]
    public var accessRights: AccessRights
    public var licence: DatasetLicence?
    public var keywords: [String]?
    public var distributions: [Distribution]?
    public var contact: Contact?
    public var spatial: String?
    public var temporal: Period?
    public var frequency: UpdateFrequency?
    public var sourceSystems: [Reference]?
    public var personalData: Bool?
    public var issued: Day?
    public var modified: Day?
    public var visibility: Visibility?
    public var reviewed: Day?
}

public struct LegalBasis: Sendable, Decodable {
    public var article: LegalArticle
    public var law: String?
}

public struct ThirdCountryTransfers: Sendable, Decodable {
    public var countries: [CountryCode]?
    public var safeguard: String?
}

public struct Processor: Sendable, Decodable {
    public var vendor: Reference
    public var dpa: Reference?
}

public struct ImpactAssessment: Sendable, Decodable {
    public var required: Bool?
    public var date: Day?
}

public struct ProcessingActivity: Sendable, Decodable {
    public var name: String
    public var purpose: String
    public var legalBasis: [LegalBasis]
    public var dataSubjects: [String]
    public var dataCategories: [String]
    public var specialCategories: [SpecialCategory]?
    public var recipients: [String]?
    public var thirdCountryTransfers: ThirdCountryTransfers?
    public var retention: String
    public var securityMeasures: String?
    public var systems: [SystemReference]?
    public var processors: [Processor]?
    public var dpia: ImpactAssessment?
    public var jointControllers: [String]?
    public var visibility: Visibility?
    public var reviewed: Day?
}

public struct Contract: Sendable, Decodable {
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

/// orden.yml: the site's settings.
public struct SiteConfig: Sendable, Decodable {
    public var title: String
    public var baseUrl: WebLink
    public var description: String?
    public var language: Language?
    public var theme: String?
    /// Shown on every page; set for demo and test sites whose content is invented.
    public var notice: String?
    public var publisher: String?
}
