/// The comparisons across municipalities, each a page under /sammenligning/ for the site and
/// for each cooperation region. The raw value is the page's folder.
public enum ComparisonKind: String, Sendable, CaseIterable {
    case products = "produkter"
    case serviceAreas = "tjenesteomrader"
    case costs = "kostnader"
    case contracts = "avtaler"
    case similar = "like-kommuner"

    public var title: String {
        switch self {
        case .products: "Produkter per kommune"
        case .serviceAreas: "Dekning per tjenesteområde"
        case .costs: "Kostnader per innbygger"
        case .contracts: "Avtaler side om side"
        case .similar: "Kommuner som ligner"
        }
    }

    public var summary: String {
        switch self {
        case .products: "Hvilke produkter kommunene bruker, gruppert etter tjenesteområde: kandidater for standardisering."
        case .serviceAreas: "Produktene hver kommune bruker i hvert tjenesteområde, og hvor ingen system er registrert."
        case .costs: "Årlige systemkostnader per innbygger, per tjenesteområde, produkt og leverandør."
        case .contracts: "Leverandør, produkt, sluttdato og oppsigelsesfrist for hver kommune: grunnlaget for felles anskaffelser."
        case .similar: "For hver kommune: kommunene som deler flest produkter med den."
        }
    }
}

/// The reports for leaders, each a page under /rapporter/ for the site, each region and each
/// municipality. The raw value is the page's folder.
public enum ReportKind: String, Sendable, CaseIterable {
    case portfolio = "portefolje"
    case time = "time"
    case roadmap = "veikart"
    case costs = "kostnader"
    case gdpr = "personvern"
    case security = "sikkerhet"
    case quality = "datakvalitet"
    case integrations = "integrasjoner"
    case plan = "handlingsplan"

    public var title: String {
        switch self {
        case .portfolio: "Systemportefølje"
        case .time: "TIME-analyse"
        case .roadmap: "Veikart"
        case .costs: "Kostnader"
        case .gdpr: "Personvern"
        case .security: "Informasjonssikkerhet"
        case .quality: "Datakvalitet"
        case .integrations: "Integrasjonskart"
        case .plan: "Handlingsplan og budsjett"
        }
    }

    public var summary: String {
        switch self {
        case .portfolio: "Systemene etter livsløp, kritikalitet, driftsform, tjenesteområde og leverandør."
        case .time: "Systemene plassert etter funksjonell og teknisk egnethet: tolerere, investere, migrere eller eliminere."
        case .roadmap: "Utfasinger, planlagte avviklinger, avtaleslutt og oppsigelsesfrister de neste 36 månedene."
        case .costs: "Årlige systemkostnader totalt og per innbygger, per tjenesteområde og leverandør."
        case .gdpr: "Mangler i protokollen over behandlingsaktiviteter, konsekvensvurderinger, databehandleravtaler og overføringer."
        case .security: "Systemer med høye krav til konfidensialitet eller integritet uten risikovurdering siste 12 måneder."
        case .quality: "Hvor komplett registreringene er, hva som ikke er gjennomgått siste 12 måneder og systemer uten eier."
        case .integrations: "Systemene og integrasjonene mellom dem, med personopplysningsflyt markert."
        case .plan: "Tiltakene på en tidslinje med budsjett per år, og porteføljen etter vedtatte tiltak."
        }
    }

    /// The security report reads internal fields, so only the internal build has it.
    public var isInternal: Bool { self == .security }

    public static func available(to audience: Audience, for scope: Scope) -> [ReportKind] {
        allCases.filter { audience == .internal || !$0.isInternal }
    }
}
