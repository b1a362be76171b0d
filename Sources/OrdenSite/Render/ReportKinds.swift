import OrdenModel

/// The comparisons across municipalities, each a page under /sammenligning/ for the site and
/// for each cooperation region. The raw value is the page's folder.
package enum ComparisonKind: String, Sendable, CaseIterable {
    case products = "produkter"
    case serviceAreas = "tjenesteomrader"
    case costs = "kostnader"
    case contracts = "avtaler"
    case similar = "like-kommuner"
}

/// The reports for leaders, each a page under /rapporter/ for the site, each region and each
/// municipality. The raw value is the page's folder.
package enum ReportKind: String, Sendable, CaseIterable {
    case portfolio = "portefolje"
    case time = "time"
    case roadmap = "veikart"
    case costs = "kostnader"
    case gdpr = "personvern"
    /// The data protection officer's page (personvernombud), for each municipality.
    case dpo = "personvernombud"
    /// The systems as archives, for the dokumentasjonsplan (arkivlova § 8), for each municipality.
    case documentation = "dokumentasjonsplan"
    case security = "sikkerhet"
    case quality = "datakvalitet"
    case integrations = "integrasjoner"
    case plan = "handlingsplan"
    /// What falls due, by date and owner, with calendar feeds: for each municipality and region.
    case followUp = "oppfolging"

    /// The security report reads internal fields, so only the internal build has it.
    package var isInternal: Bool { self == .security }

    /// The data protection officer's page is a municipality's: the DPO is appointed by each
    /// controller (GDPR art. 37(1)(a)).
    package var isMunicipal: Bool { self == .dpo || self == .documentation }

    /// The follow-up list is for those who act on it, a municipality or a region: for the whole
    /// site it would be every municipality's at once.
    package var isLocal: Bool { self == .followUp }

    package static func available(to audience: Audience, for scope: Scope) -> [ReportKind] {
        let municipal: Bool = if case .municipality = scope { true } else { false }
        return allCases.filter { (audience == .internal || !$0.isInternal) && (municipal || !$0.isMunicipal) && (scope != .site || !$0.isLocal) }
    }
}
