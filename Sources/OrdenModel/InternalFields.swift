import FrontMatter

/// The internal fields of a build: those PRODUCT.md marks internal, and those a site adds.
package struct InternalFields: Sendable {
    /// Security classification, risk assessment dates, infrastructure details and personal
    /// contact data are internal on every site.
    package static let builtIn: [InternalField] = [
        InternalField(kind: .system, key: "classification"),
        InternalField(kind: .system, key: "last_risk_assessment"),
        InternalField(kind: .system, key: "infrastructure"),
        InternalField(kind: .municipality, key: "dpo"),
    ].compactMap { $0 }

    package private(set) var fields: [RecordKind: Set<String>] = [:]
    /// The same, each kind's sorted once rather than for every record cleared.
    private var sortedFields: [RecordKind: [String]] = [:]

    /// `site`: orden.yml's `internal_fields`; `published`: its `public_fields`, built-in internal
    /// fields a site chooses to publish (the DPO's contact, which GDPR art. 37(7) has published).
    package init(site: [InternalField], published: [InternalField] = []) {
        for field in Self.builtIn + site { fields[field.kind, default: []].insert(field.key) }
        for field in published where !site.contains(field) { fields[field.kind]?.remove(field.key) }
        sortedFields = fields.mapValues { $0.sorted() }
    }

    /// The internal fields of a site's orden.yml.
    package init(site: SiteConfig) {
        self.init(site: site.internalFields ?? [], published: (site.publicFields ?? []).map(\.field))
    }

    package func contains(_ kind: RecordKind, _ key: String) -> Bool { fields[kind]?.contains(key) ?? false }

    /// Every internal field, sorted, for messages and the README's list.
    package var all: [String] {
        fields.flatMap { kind, keys in keys.map { "\(kind.configName).\($0)" } }.sorted()
    }

    // MARK: Clearing a field

    /// Clears the named fields of a record's front matter.
    package func clear<F>(_ fields: inout F, kind: RecordKind) {
        guard let keys = sortedFields[kind], !keys.isEmpty else { return }
        for key in keys {
            switch kind {
            case .vendor: Self.apply(Self.vendor[key], &fields)
            case .product: Self.apply(Self.product[key], &fields)
            case .serviceArea: Self.apply(Self.serviceArea[key], &fields)
            case .standard: Self.apply(Self.standard[key], &fields)
            case .municipality: Self.apply(Self.municipality[key], &fields)
            case .system: Self.apply(Self.system[key], &fields)
            case .dataset: Self.apply(Self.dataset[key], &fields)
            case .processing: Self.apply(Self.processing[key], &fields)
            case .contract: Self.apply(Self.contract[key], &fields)
            case .initiative: Self.apply(Self.initiative[key], &fields)
            }
        }
    }

    private static func apply<F, T>(_ clear: (@Sendable (inout T) -> Void)?, _ fields: inout F) {
        guard let clear, var typed = fields as? T else { return }
        clear(&typed)
        if let back = typed as? F { fields = back }
    }

    static func clearable(_ kind: RecordKind) -> Set<String> {
        switch kind {
        case .vendor: Set(vendor.keys)
        case .product: Set(product.keys)
        case .serviceArea: Set(serviceArea.keys)
        case .standard: Set(standard.keys)
        case .municipality: Set(municipality.keys)
        case .system: Set(system.keys)
        case .dataset: Set(dataset.keys)
        case .processing: Set(processing.keys)
        case .contract: Set(contract.keys)
        case .initiative: Set(initiative.keys)
        }
    }

    // One table per kind: the optional fields and how to clear each. A field missing here cannot
    // be made internal (the name, and references the page is built around).
    typealias Table<F> = [String: @Sendable (inout F) -> Void]

    static let vendor: Table<Vendor> = [
        "orgnr": { $0.orgnr = nil }, "country": { $0.country = nil }, "website": { $0.website = nil }, "reviewed": { $0.reviewed = nil },
    ]
    static let product: Table<Product> = [
        "category": { $0.category = nil }, "service_areas": { $0.serviceAreas = nil }, "hosting": { $0.hosting = nil },
        "licence": { $0.licence = nil }, "standards": { $0.standards = nil }, "personal_data": { $0.personalData = nil },
        "typical_integrations": { $0.typicalIntegrations = nil }, "website": { $0.website = nil },
        "publiccode_url": { $0.publiccodeUrl = nil }, "status": { $0.status = nil }, "reviewed": { $0.reviewed = nil },
    ]
    static let serviceArea: Table<ServiceArea> = [
        "kostra": { $0.kostra = nil }, "parent": { $0.parent = nil }, "reviewed": { $0.reviewed = nil },
    ]
    static let standard: Table<Standard> = [
        "kind": { $0.kind = nil }, "url": { $0.url = nil }, "reviewed": { $0.reviewed = nil },
    ]
    static let municipality: Table<Municipality> = [
        "county": { $0.county = nil }, "population": { $0.population = nil }, "website": { $0.website = nil },
        "dpo": { $0.dpo = nil }, "reviewed": { $0.reviewed = nil },
    ]
    static let system: Table<System> = [
        "vendor": { $0.vendor = nil }, "category": { $0.category = nil }, "owner": { $0.owner = nil }, "manager": { $0.manager = nil },
        "service_areas": { $0.serviceAreas = nil }, "fit": { $0.fit = nil }, "time": { $0.time = nil },
        "criticality": { $0.criticality = nil }, "classification": { $0.classification = nil },
        "last_risk_assessment": { $0.lastRiskAssessment = nil }, "hosting": { $0.hosting = nil }, "users": { $0.users = nil },
        "cost": { $0.cost = nil }, "contract": { $0.contract = nil }, "standards": { $0.standards = nil },
        "personal_data": { $0.personalData = nil }, "dpa": { $0.dpa = nil }, "integrations": { $0.integrations = nil },
        "datasets": { $0.datasets = nil }, "api": { $0.api = nil }, "infrastructure": { $0.infrastructure = nil },
        "reviewed": { $0.reviewed = nil },
    ]
    static let dataset: Table<Dataset> = [
        "licence": { $0.licence = nil }, "keywords": { $0.keywords = nil }, "distributions": { $0.distributions = nil },
        "contact": { $0.contact = nil }, "spatial": { $0.spatial = nil }, "temporal": { $0.temporal = nil },
        "frequency": { $0.frequency = nil }, "source_systems": { $0.sourceSystems = nil }, "personal_data": { $0.personalData = nil },
        "issued": { $0.issued = nil }, "modified": { $0.modified = nil }, "reviewed": { $0.reviewed = nil },
    ]
    static let processing: Table<ProcessingActivity> = [
        "legal_basis": { $0.legalBasis = nil }, "data_subjects": { $0.dataSubjects = nil },
        "special_categories": { $0.specialCategories = nil }, "recipients": { $0.recipients = nil },
        "third_country_transfers": { $0.thirdCountryTransfers = nil }, "retention": { $0.retention = nil },
        "security_measures": { $0.securityMeasures = nil }, "systems": { $0.systems = nil }, "processors": { $0.processors = nil },
        "dpia": { $0.dpia = nil }, "joint_controllers": { $0.jointControllers = nil }, "reviewed": { $0.reviewed = nil },
    ]
    static let contract: Table<Contract> = [
        "type": { $0.type = nil }, "systems": { $0.systems = nil }, "end": { $0.end = nil }, "notice_months": { $0.noticeMonths = nil },
        "renewal_options": { $0.renewalOptions = nil }, "annual_cost": { $0.annualCost = nil },
        "procurement_ref": { $0.procurementRef = nil }, "owner": { $0.owner = nil }, "reviewed": { $0.reviewed = nil },
    ]
    static let initiative: Table<Initiative> = [
        "goal": { $0.goal = nil }, "owner": { $0.owner = nil }, "start": { $0.start = nil }, "end": { $0.end = nil },
        "budget": { $0.budget = nil }, "benefits": { $0.benefits = nil }, "systems": { $0.systems = nil },
        "service_areas": { $0.serviceAreas = nil }, "reviewed": { $0.reviewed = nil },
    ]
}
