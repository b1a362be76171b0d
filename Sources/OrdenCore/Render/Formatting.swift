import Foundation

/// Numbers, dates and names of values the way a Norwegian reader expects them.
public enum Format {
    /// 1234567 → "1 234 567" with non-breaking spaces between groups of three.
    public static func integer(_ value: Int) -> String {
        let digits = String(abs(value))
        var grouped = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped += "\u{00A0}" }
            grouped.append(character)
        }
        return value < 0 ? "−" + grouped : grouped
    }

    /// Whole kroner: "1 234 567 kr".
    public static func kroner(_ money: Money) -> String {
        integer(Int(money.kroner.rounded())) + "\u{00A0}kr"
    }

    static let monthNames = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
                             "september", "oktober", "november", "desember"]

    /// "26. november 2026".
    public static func date(_ day: Day) -> String {
        "\(day.day). \(monthNames[day.month - 1]) \(day.year)"
    }

    public static func hosting(_ value: Hosting) -> String {
        switch value {
        case .saas: "Skytjeneste (SaaS)"
        case .onPremises: "Egen drift"
        case .hosted: "Driftet av leverandør"
        case .hybrid: "Hybrid"
        }
    }

    public static func lifecycle(_ value: LifecycleStatus) -> String {
        switch value {
        case .planned: "Planlagt"
        case .procurement: "Under anskaffelse"
        case .implementing: "Under innføring"
        case .production: "I drift"
        case .phaseOut: "Under utfasing"
        case .retired: "Avviklet"
        }
    }

    public static func time(_ value: TimeCategory) -> String {
        switch value {
        case .tolerate: "Tolerere"
        case .invest: "Investere"
        case .migrate: "Migrere"
        case .eliminate: "Eliminere"
        }
    }

    public static func criticality(_ value: Criticality) -> String {
        switch value {
        case .low: "Lav"
        case .medium: "Middels"
        case .high: "Høy"
        case .critical: "Kritisk"
        }
    }

    public static func initiativeStatus(_ value: InitiativeStatus) -> String {
        switch value {
        case .proposed: "Foreslått"
        case .approved: "Vedtatt"
        case .ongoing: "Pågår"
        case .done: "Gjennomført"
        case .stopped: "Stanset"
        }
    }

    public static func change(_ value: Record<Initiative>.Change) -> String {
        switch value {
        case .adds: "Innføres"
        case .replaces: "Erstattes"
        case .retires: "Avvikles"
        }
    }

    /// Kroner with at most two decimals where they matter: "12,50 kr", "1 234 kr".
    public static func kroner(_ value: Double) -> String {
        if abs(value) >= 100 || value == value.rounded() { return kroner(Money(value)) }
        let cents = Int((value * 100).rounded())
        return integer(cents / 100) + "," + String(format: "%02d", abs(cents % 100)) + "\u{00A0}kr"
    }

    /// "42 %".
    public static func percent(_ value: Int) -> String { "\(value)\u{00A0}%" }

    public static func productStatus(_ value: ProductStatus) -> String {
        switch value {
        case .active: "Aktiv"
        case .deprecated: "Utgående"
        case .discontinued: "Utgått"
        }
    }

    public static func standardKind(_ value: StandardKind) -> String {
        switch value {
        case .api: "API"
        case .message: "Meldingsformat"
        case .archive: "Arkivstandard"
        case .identity: "Identitet og tilgang"
        case .nationalComponent: "Nasjonal felleskomponent"
        }
    }

    public static func direction(_ value: Direction) -> String {
        switch value {
        case .out: "Sender"
        case .in: "Mottar"
        case .both: "Begge veier"
        }
    }

    /// The direction as seen from the other end of the integration.
    public static func reversedDirection(_ value: Direction) -> String {
        switch value {
        case .out: "Mottar"
        case .in: "Sender"
        case .both: "Begge veier"
        }
    }

    public static func frequency(_ value: IntegrationFrequency) -> String {
        switch value {
        case .realtime: "Sanntid"
        case .hourly: "Hver time"
        case .daily: "Daglig"
        case .weekly: "Ukentlig"
        case .monthly: "Månedlig"
        case .yearly: "Årlig"
        case .onDemand: "Ved behov"
        }
    }

    public static func updateFrequency(_ value: UpdateFrequency) -> String {
        switch value {
        case .continuous: "Kontinuerlig"
        case .daily: "Daglig"
        case .weekly: "Ukentlig"
        case .monthly: "Månedlig"
        case .quarterly: "Kvartalsvis"
        case .annual: "Årlig"
        case .irregular: "Uregelmessig"
        case .never: "Oppdateres ikke"
        case .unknown: "Ukjent"
        }
    }

    public static func accessRights(_ value: AccessRights) -> String {
        switch value {
        case .public: "Åpen"
        case .restricted: "Begrenset"
        case .nonPublic: "Ikke offentlig"
        }
    }

    public static func theme(_ value: DataTheme) -> String {
        switch value {
        case .agri: "Jordbruk, fiskeri, skogbruk og mat"
        case .econ: "Økonomi og finans"
        case .educ: "Utdanning, kultur og sport"
        case .ener: "Energi"
        case .envi: "Miljø"
        case .gove: "Forvaltning og offentlig sektor"
        case .heal: "Helse"
        case .intr: "Internasjonale temaer"
        case .just: "Justis, rettssystem og allmenn sikkerhet"
        case .opDatpro: "Foreløpige data"
        case .regi: "Regioner og byer"
        case .soci: "Befolkning og samfunn"
        case .tech: "Vitenskap og teknologi"
        case .tran: "Transport"
        }
    }

    public static func licence(_ value: DatasetLicence) -> String {
        switch value {
        case .nlod20: "Norsk lisens for offentlige data (NLOD) 2.0"
        case .ccBy40: "Creative Commons Navngivelse 4.0"
        case .ccBySa40: "Creative Commons Navngivelse-DelPåSammeVilkår 4.0"
        case .cc010: "Creative Commons Zero 1.0 (fritt brukbar)"
        }
    }

    public static func contractType(_ value: ContractType) -> String {
        switch value {
        case .ssaD: "SSA-D (driftsavtale)"
        case .ssaL: "SSA-L (løpende tjenestekjøp)"
        case .ssaV: "SSA-V (vedlikeholdsavtale)"
        case .ssaB: "SSA-B (bistandsavtale)"
        case .ssaK: "SSA-K (kjøpsavtale)"
        case .ssaT: "SSA-T (tilpasningsavtale)"
        case .dpa: "Databehandleravtale"
        case .framework: "Rammeavtale"
        case .other: "Annen avtale"
        }
    }

    public static func specialCategory(_ value: SpecialCategory) -> String {
        switch value {
        case .health: "Helseopplysninger"
        case .ethnicOrigin: "Etnisk opprinnelse"
        case .politicalOpinions: "Politisk oppfatning"
        case .religiousBeliefs: "Religion eller livssyn"
        case .tradeUnionMembership: "Fagforeningsmedlemskap"
        case .genetic: "Genetiske opplysninger"
        case .biometric: "Biometriske opplysninger"
        case .sexLife: "Seksuelle forhold"
        case .sexualOrientation: "Seksuell legning"
        case .criminalConvictions: "Straffedommer og lovovertredelser"
        }
    }

    public static func fileFormat(_ value: FileFormat) -> String {
        switch value {
        case .jsonLD: "JSON-LD"
        case .rdfTurtle: "RDF Turtle"
        case .rdfXML: "RDF/XML"
        case .wms: "WMS-tjeneste"
        case .wfs: "WFS-tjeneste"
        default: value.rawValue
        }
    }

    /// A publiccode.yml category by its bokmål name; an unknown one as written.
    public static func category(_ value: String) -> String {
        PubliccodeCategories.labels[value] ?? value
    }

    /// "1 system", "3 systemer".
    public static func count(_ n: Int, _ one: String, _ many: String) -> String {
        "\(integer(n)) \(n == 1 ? one : many)"
    }
}
