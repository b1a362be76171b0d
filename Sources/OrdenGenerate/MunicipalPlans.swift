import Foundation
import Basics
import FrontMatter
import Mustache
import OrdenBuild
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSite
import OrdenSource
import RDF

/// A municipality's processing activities (GDPR Art. 30) and initiatives (tiltak). Nothing else
/// refers to them, so they are decided while their text is written.
extension MunicipalRecords {
    // MARK: Processing activities

    func processingTexts(_ random: inout SeededRandom) -> [(String, String)] {
        let target = Int((60 * municipality.scale).rounded())
        var areasInUse: [Int: [Int]] = [:]
        for (position, system) in systems.enumerated() where system.status != "retired" && system.status != "planned" && system.status != "procurement" {
            areasInUse[catalogue.segments[system.segment].area, default: []].append(position)
        }
        var candidates: [(key: Double, area: Int, activity: Int)] = []
        for (areaIndex, area) in catalogue.areas.enumerated() where !area.privacy.categories.isEmpty {
            let inUse = areasInUse[areaIndex] != nil
            for activity in 0..<(area.activities.count + Taxonomy.commonActivities.count) {
                let own = activity < area.activities.count
                let weight = own ? (inUse ? 2.0 : 0.4) : (inUse ? 0.35 : 0.05)
                candidates.append((pow(random.unit(), 1 / weight), areaIndex, activity))
            }
        }
        candidates.sort { $0.key != $1.key ? $0.key > $1.key : ($0.area, $0.activity) < ($1.area, $1.activity) }
        let neighbours = plan.neighbours(of: index)
        var usedIds: Set<String> = []
        var result: [(String, String)] = []
        for candidate in candidates.prefix(target).sorted(by: { ($0.area, $0.activity) < ($1.area, $1.activity) }) {
            let area = catalogue.areas[candidate.area]
            let privacy = area.privacy
            let name: String, purpose: String
            if candidate.activity < area.activities.count {
                (name, purpose) = (area.activities[candidate.activity].name, area.activities[candidate.activity].purpose)
            } else {
                let common = Taxonomy.commonActivities[candidate.activity - area.activities.count]
                (name, purpose) = ("\(common.name) – \(Names.inSentence(area.name))", "\(common.purpose) innen \(Names.inSentence(area.name))")
            }
            var id = Identifier.suggestion(for: name)
            if !usedIds.insert(id).inserted {
                id += "-\(area.id)"
                usedIds.insert(id)
            }
            var record = RecordText()
            record.text("name", name)
            record.text("purpose", purpose + ".")
            let law = Names.capitalised(privacy.law)
            var bases: [[(String, YAMLScalar?)]] = [[("article", .text(privacy.article)), ("law", .text(law))]]
            let special = privacy.special.filter { $0 != "criminal-convictions" }
            if !special.isEmpty { bases.append([("article", .text(privacy.specialArticle)), ("law", .text(law))]) }
            if privacy.special.contains("criminal-convictions") { bases.append([("article", .text("10")), ("law", .text("\(law), jf. personopplysningsloven § 11"))]) }
            record.items("legal_basis", bases)
            record.list("data_subjects", privacy.subjects)
            record.list("data_categories", privacy.categories)
            record.list("special_categories", privacy.special)
            record.list("recipients", privacy.recipients)
            if random.chance(0.03) {
                record.nested("third_country_transfers") { transfers in
                    transfers.list("countries", ["US"])
                    transfers.text("safeguard", "EUs standardpersonvernbestemmelser (SCC) og supplerende tiltak")
                }
            }
            let retention: String?
            if privacy.law.hasPrefix("helse") {
                retention = "Journalen oppbevares i minst ti år etter siste innføring, jf. pasientjournalloven."
            } else if area.id == "okonomi" {
                retention = "Regnskapsmateriale oppbevares i fem år etter regnskapsårets slutt, jf. bokføringsloven."
            } else {
                retention = random.pick(Self.retentions)
            }
            record.text("retention", retention)
            record.text("security_measures", random.pick(Self.securityMeasures))
            let chosen = random.sample(areasInUse[candidate.area] ?? [], count: random.int(1...3))
            var systemRefs = chosen.map { systems[$0].id }
            if random.chance(0.02), let neighbour = random.pick(neighbours), let theirs = random.pick(plan.municipalities[neighbour].systems) {
                systemRefs.append("\(plan.municipalities[neighbour].number)/\(theirs.id)")
            }
            record.list("systems", systemRefs)
            var processors: [[(String, YAMLScalar?)]] = []
            var seenVendors: Set<Int> = []
            for position in chosen {
                // A processor is a vendor that runs the system, and has its agreement (see makeContracts).
                guard let vendor = systems[position].vendor, let dpa = systems[position].dpa, seenVendors.insert(vendor).inserted else { continue }
                processors.append([("vendor", .text(catalogue.vendors[vendor].id)), ("dpa", .text(dpa))])
            }
            record.items("processors", processors)
            if !privacy.special.isEmpty {
                record.map("dpia", [("required", .bool(true)),
                                    ("date", .day(GeneratedDay.random(GeneratedDay(year: 2019, month: 1, day: 1), GeneratedDay(year: 2026, month: 9, day: 1), &random)))])
            } else if random.chance(0.3) {
                record.map("dpia", [("required", .bool(false))])
            }
            if random.chance(0.05), let neighbour = random.pick(neighbours) {
                record.list("joint_controllers", [plan.municipalities[neighbour].name])
            }
            record.day("reviewed", reviewed(&random))
            let lead = "\(municipality.name) er behandlingsansvarlig for \(Names.inSentence(name))."
            result.append((id, record.document(body: Prose.body(.processing, lead: lead, context(area: area, year: random.int(2021...2026)), &random))))
        }
        return result
    }

    static let retentions = [
        "Opplysningene slettes fem år etter at saken er avsluttet.",
        "Saksdokumenter bevares og avleveres til arkivdepot etter arkivlova.",
        "Opplysningene slettes når formålet er oppfylt, senest etter tre år.",
        "Opplysningene bevares for ettertiden etter bevarings- og kassasjonsplanen.",
    ]

    static let securityMeasures = [
        "Tilgangsstyring etter tjenstlig behov, logging av oppslag og tofaktorautentisering.",
        "Kryptering ved lagring og overføring, jevnlig gjennomgang av tilganger.",
        "Rollebasert tilgang, sikkerhetskopi hver natt og databehandleravtale med leverandøren.",
        "Innlogging med felles identitet, logging og årlig risikovurdering.",
    ]

    // MARK: Initiatives

    func initiativeTexts(_ random: inout SeededRandom) -> [(String, String)] {
        struct Plan {
            var title: String
            var status: String
            var system: Int?
            var adds: [String] = []
            var replaces: [String] = []
            var retires: [String] = []
            var start: GeneratedDay
            var end: GeneratedDay?
        }
        var plans: [Plan] = []
        let phaseOut = systems.indices.filter { systems[$0].status == "phase-out" && systems[$0].product != nil }
        for position in random.sample(phaseOut, count: 2) {
            let system = systems[position]
            let segment = catalogue.segments[system.segment]
            let successor = segment.products.first { $0 != system.product } ?? segment.products[0]
            let start = GeneratedDay.random(GeneratedDay(year: 2025, month: 1, day: 1), GeneratedDay(year: 2026, month: 9, day: 1), &random)
            plans.append(Plan(title: "Erstatte \(displayName(system))", status: random.pick(["approved", "ongoing"]) ?? "approved", system: position,
                              adds: ["product:\(catalogue.products[successor].id)"], replaces: [system.id], start: start,
                              end: system.endOfLife ?? start.adding(days: 700)))
        }
        for position in random.sample(systems.indices.filter { systems[$0].status == "implementing" }, count: 1) {
            let start = systems[position].since.adding(days: -random.int(60...300))
            plans.append(Plan(title: "Innføring av \(displayName(systems[position]))", status: "ongoing", system: position, adds: [systems[position].id],
                              start: start, end: start.adding(days: random.int(300...800))))
        }
        for position in random.sample(systems.indices.filter { systems[$0].status == "retired" }, count: 1) {
            let end = systems[position].since
            plans.append(Plan(title: "Avvikle \(displayName(systems[position]))", status: "done", system: position, retires: [systems[position].id],
                              start: end.adding(days: -random.int(120...500)), end: end))
        }
        let target = random.int(2...5)
        var tries = 0
        while plans.count < target && tries < 20 {
            tries += 1
            guard let position = random.pick(Array(systems.indices)) else { break }
            let segment = catalogue.segments[systems[position].segment]
            guard let leader = segment.products.first, !plans.contains(where: { $0.system == position }) else { continue }
            let start = GeneratedDay.random(GeneratedDay(year: 2026, month: 1, day: 1), GeneratedDay(year: 2027, month: 6, day: 1), &random)
            let title = municipality.region != nil ? "Felles anskaffelse av \(Names.inSentence(segment.spec.label))" : "Ny løsning for \(Names.inSentence(segment.spec.label))"
            plans.append(Plan(title: title, status: "proposed", system: position, adds: ["product:\(catalogue.products[leader].id)"],
                              start: start, end: start.adding(days: random.int(365...900))))
        }
        var usedIds: Set<String> = []
        return plans.map { plan in
            var id = Identifier.suggestion(for: plan.title)
            if !usedIds.insert(id).inserted {
                id += "-\(usedIds.count)"
                usedIds.insert(id)
            }
            let area = plan.system.map { catalogue.areas[catalogue.segments[systems[$0].segment].area] } ?? catalogue.areas[0]
            var record = RecordText()
            record.text("title", plan.title)
            record.text("goal", random.pick(Self.goals))
            record.text("status", plan.status)
            record.text("owner", "\(area.unit), \(random.pick(Self.ownerRoles) ?? "leder")")
            record.day("start", plan.start)
            record.day("end", plan.end)
            var budget: [[(String, YAMLScalar?)]] = []
            let lastYear = min(plan.start.year + 2, max(plan.start.year, plan.end?.year ?? plan.start.year))
            for year in plan.start.year...lastYear {
                let investment = year == plan.start.year ? random.int(4...80) * 25_000 : (random.chance(0.3) ? random.int(1...20) * 25_000 : 0)
                budget.append([("year", .int(year)), ("investment", investment > 0 ? .int(investment) : nil), ("running", .int(random.int(2...40) * 10_000))])
            }
            record.items("budget", budget)
            let by = (plan.end ?? plan.start).adding(days: random.int(90...540))
            record.items("benefits", random.sample(Self.benefits, count: random.int(1...2)).map { benefit in
                [("what", .text(benefit.0)), ("measure", .text(benefit.1)), ("by", .day(by))]
            })
            record.nested("systems") { affected in
                affected.list("adds", plan.adds)
                affected.list("replaces", plan.replaces)
                affected.list("retires", plan.retires)
            }
            record.list("service_areas", [area.id])
            record.day("reviewed", reviewed(&random))
            let lead = "Tiltaket er en del av handlingsplanen for digitalisering i \(municipality.name)."
            return (id, record.document(body: Prose.body(.initiative, lead: lead, context(area: area, year: by.year), &random)))
        }
    }

    static let goals = [
        "Færre manuelle steg og bedre tjenester til innbyggerne.",
        "Én felles løsning i regionen, med lavere kostnader per innbygger.",
        "Bedre informasjonssikkerhet og mindre avhengighet av en utdatert løsning.",
        "Sikre drift etter at dagens løsning ikke lenger støttes av leverandøren.",
    ]

    static let benefits = [
        ("Mindre manuell registrering", "Timer brukt på registrering per måned"),
        ("Lavere lisenskostnader", "Årlige lisenskostnader i kroner"),
        ("Færre feil i saksbehandlingen", "Antall avvik per år"),
        ("Raskere svar til innbyggerne", "Gjennomsnittlig saksbehandlingstid i dager"),
        ("Bedre oversikt for ledelsen", "Andel rapporter levert uten manuelt arbeid"),
    ]
}
