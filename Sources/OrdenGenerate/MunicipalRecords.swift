import Foundation
import Basics
import FrontMatter
import OrdenBuild
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSite
import OrdenSource
import RDF

/// The records of one municipality that others refer to: systems, contracts, datasets and the
/// integrations between systems, decided in that order because each refers to the ones before
/// (processing activities and initiatives are made with their text). Everything comes from the
/// municipality's own random stream and the plan, so municipalities can be generated on any
/// thread in any order with the same result.
struct MunicipalRecords {
    struct Integration {
        var to: String
        var via: String?
        var direction: String
        var data: String
        var personal: Bool
        var frequency: String
    }

    struct SystemRecord {
        var id: String
        var segment: Int
        var product: Int?
        var vendor: Int?
        var status: String
        var since: GeneratedDay
        var endOfLife: GeneratedDay?
        var hosting: String
        var licenceCost: Int
        var operationsCost: Int
        var contract: String?
        var dpa: String?
        var datasets: [String] = []
        var integrations: [Integration] = []
        var personal: Bool
    }

    struct ContractRecord {
        var id: String
        var title: String
        var vendor: Int
        var type: String
        var systems: [String]
        var start: GeneratedDay
        var end: GeneratedDay?
        var annualCost: Int?
        var procurementRef: String
        var owner: String
    }

    struct DatasetRecord {
        var id: String
        var spec: DatasetSpec
        var area: Int
        var sources: [String]
    }

    let plan: NationalPlan
    let index: Int
    var catalogue: SyntheticCatalogue { plan.catalogue }
    var municipality: NationalPlan.Municipality { plan.municipalities[index] }
    static let reportDate = GeneratedDay(year: 2026, month: 11, day: 1)

    private(set) var systems: [SystemRecord] = []
    private(set) var contracts: [ContractRecord] = []
    private(set) var datasets: [DatasetRecord] = []
    private var random: SeededRandom

    init(plan: NationalPlan, index: Int) {
        self.plan = plan
        self.index = index
        random = SeededRandom(seed: plan.seed, stream: "records/\(plan.municipalities[index].number)")
        makeSystems()
        makeContracts()
        makeDatasets()
        makeIntegrations()
    }

    // MARK: Systems

    private mutating func makeSystems() {
        for planned in municipality.systems {
            let segment = catalogue.segments[planned.segment]
            let product = planned.product.map { catalogue.products[$0] }
            let vendor = product?.vendor ?? (random.chance(0.5) ? random.below(catalogue.vendors.count) : nil)
            var status = "production"
            if segment.spec.hub == nil {
                let draw = random.unit()
                status = draw < 0.84 ? "production" : draw < 0.89 ? "phase-out" : draw < 0.93 ? "implementing" : draw < 0.95 ? "planned" : draw < 0.97 ? "procurement" : "retired"
            }
            var since = GeneratedDay.random(GeneratedDay(year: 2008, month: 1, day: 1), GeneratedDay(year: 2026, month: 6, day: 30), &random)
            var endOfLife: GeneratedDay? = nil
            switch status {
            case "phase-out":
                since = GeneratedDay.random(GeneratedDay(year: 2024, month: 1, day: 1), GeneratedDay(year: 2026, month: 9, day: 1), &random)
                endOfLife = GeneratedDay.random(GeneratedDay(year: 2027, month: 1, day: 1), GeneratedDay(year: 2029, month: 12, day: 31), &random)
            case "implementing", "planned", "procurement":
                since = GeneratedDay.random(GeneratedDay(year: 2025, month: 6, day: 1), GeneratedDay(year: 2026, month: 10, day: 1), &random)
            case "retired":
                since = GeneratedDay.random(GeneratedDay(year: 2023, month: 1, day: 1), GeneratedDay(year: 2026, month: 10, day: 1), &random)
                endOfLife = since
            default: break
            }
            var hosting = product?.hosting ?? "on-premises"
            if product != nil && random.chance(0.08) { hosting = random.pick(["saas", "hosted", "on-premises", "hybrid"]) ?? hosting }
            // Costs grow with the municipality, less than in proportion.
            let sizeFactor = pow(Double(municipality.population) / 10_000, 0.6)
            let importance = segment.spec.hub != nil ? 4.0 : segment.spec.adoption + 0.3
            let licence = Int((Double(random.int(15...160)) * 1000 * sizeFactor * importance / 1000).rounded()) * 1000
            let operations = random.chance(0.6) ? Int((Double(licence) * random.double(0.05...0.5) / 1000).rounded()) * 1000 : 0
            let personal = !catalogue.areas[segment.area].privacy.categories.isEmpty
            systems.append(SystemRecord(id: planned.id, segment: planned.segment, product: planned.product, vendor: vendor, status: status, since: since,
                                        endOfLife: endOfLife, hosting: hosting, licenceCost: max(5000, licence), operationsCost: operations,
                                        contract: nil, dpa: nil, personal: personal))
        }
    }

    // MARK: Contracts

    /// A main contract with each of the largest vendors and consultancy agreements to fill up to
    /// about 30 where a small municipality has few vendors, and a data processing agreement (DPA)
    /// with every vendor that runs a system holding personal data (about 60 more).
    private mutating func makeContracts() {
        let target = Int((30 * municipality.scale).rounded())
        var systemsOfVendor: [Int: [Int]] = [:]
        for (position, system) in systems.enumerated() {
            if let vendor = system.vendor { systemsOfVendor[vendor, default: []].append(position) }
        }
        // Most systems first, then the higher cost, then the vendor's index: a total order.
        let ranked = systemsOfVendor.keys.sorted { a, b in
            let (x, y) = (systemsOfVendor[a] ?? [], systemsOfVendor[b] ?? [])
            if x.count != y.count { return x.count > y.count }
            let (cx, cy) = (x.reduce(0) { $0 + systems[$1].licenceCost }, y.reduce(0) { $0 + systems[$1].licenceCost })
            return cx != cy ? cx > cy : a < b
        }
        let dpaTarget = Int((Double(target) * 0.3).rounded())
        let mainVendors = Array(ranked.prefix(target - dpaTarget))
        var usedIds: Set<String> = []
        func uniqueId(_ base: String) -> String {
            var id = base
            var suffix = 2
            while !usedIds.insert(id).inserted {
                id = "\(base)-\(suffix)"
                suffix += 1
            }
            return id
        }
        let regionName = municipality.region.map { plan.regions[$0].name }
        for vendor in mainVendors {
            let members = systemsOfVendor[vendor] ?? []
            let hostings = members.map { systems[$0].hosting }
            let saas = hostings.filter { $0 == "saas" || $0 == "hybrid" }.count * 2 >= hostings.count
            var type = saas ? "SSA-L" : (hostings.contains("hosted") ? "SSA-D" : (random.chance(0.5) ? "SSA-V" : "SSA-K"))
            let framework = regionName != nil && random.chance(0.12)
            if framework { type = "framework" }
            let earliest = members.map { systems[$0].since }.min() ?? GeneratedDay(year: 2018, month: 1, day: 1)
            let start = max(GeneratedDay(year: 2010, month: 1, day: 1), earliest.adding(days: -random.below(120)))
            let end = max(start.adding(days: 365 * random.int(3...8)), Self.reportDate.adding(days: random.int(-300...1800)))
            let cost = members.reduce(0) { $0 + systems[$1].licenceCost + systems[$1].operationsCost }
            let vendorRecord = catalogue.vendors[vendor]
            let typeWord = type == "framework" ? "rammeavtale" : type.lowercased()
            let id = uniqueId("\(vendorRecord.id)-\(typeWord)-\(start.year)")
            let area = catalogue.areas[catalogue.segments[systems[members[0]].segment].area]
            let title = type == "framework" ? "Rammeavtale med \(vendorRecord.brand)" : "\(Self.contractTitles[type] ?? "Avtale") med \(vendorRecord.brand)"
            let month = random.int(1...12)
            let reference = framework ? "\(regionName ?? "") FA \(start.year)-\(month < 10 ? "0" : "")\(month) (felles anskaffelse)"
                                      : "Doffin \(start.year)-\(random.int(100_000...999_999))"
            contracts.append(ContractRecord(id: id, title: title, vendor: vendor, type: type, systems: members.map { systems[$0].id }, start: start, end: end,
                                            annualCost: Int((Double(cost) * random.double(0.9...1.1) / 1000).rounded()) * 1000, procurementRef: reference, owner: area.unit))
            for member in members { systems[member].contract = id }
        }
        // Every vendor that runs a system holding personal data is a processor and has an agreement
        // (GDPR art. 28(3)); a vendor whose systems the municipality runs itself is not one.
        let processing = Set(systems.indices.filter { systems[$0].personal && systems[$0].hosting != "on-premises" })
        let processes = { (position: Int) in processing.contains(position) }
        let processors = ranked.filter { vendor in (systemsOfVendor[vendor] ?? []).contains(where: processes) }
        for vendor in processors {
            let members = (systemsOfVendor[vendor] ?? []).filter(processes)
            let vendorRecord = catalogue.vendors[vendor]
            let main = contracts.first { $0.vendor == vendor }
            let start = main?.start ?? (members.map { systems[$0].since }.min() ?? GeneratedDay(year: 2019, month: 1, day: 1))
            let id = uniqueId("\(vendorRecord.id)-dpa-\(start.year)")
            contracts.append(ContractRecord(id: id, title: "Databehandleravtale med \(vendorRecord.brand)", vendor: vendor, type: "DPA",
                                            systems: members.map { systems[$0].id }, start: start, end: main?.end, annualCost: nil,
                                            procurementRef: main?.procurementRef ?? "Doffin \(start.year)-\(random.int(100_000...999_999))", owner: "Personvernombudet"))
            for member in members { systems[member].dpa = id }
        }
        // Consultancy (bistand) agreements with vendors the municipality has no system from.
        var tries = 0
        while contracts.count < target && tries < 200 {
            tries += 1
            let vendor = random.below(catalogue.vendors.count)
            guard systemsOfVendor[vendor] == nil, !contracts.contains(where: { $0.vendor == vendor }) else { continue }
            let start = GeneratedDay.random(GeneratedDay(year: 2019, month: 1, day: 1), GeneratedDay(year: 2026, month: 6, day: 1), &random)
            let vendorRecord = catalogue.vendors[vendor]
            contracts.append(ContractRecord(id: uniqueId("\(vendorRecord.id)-ssa-b-\(start.year)"), title: "Bistandsavtale med \(vendorRecord.brand)",
                                            vendor: vendor, type: "SSA-B", systems: [], start: start, end: start.adding(days: 365 * random.int(1...4)),
                                            annualCost: random.int(2...40) * 25_000, procurementRef: "Doffin \(start.year)-\(random.int(100_000...999_999))", owner: "IKT"))
        }
    }

    static let contractTitles = ["SSA-L": "Tjenesteavtale (SSA-L)", "SSA-D": "Driftsavtale", "SSA-V": "Vedlikeholdsavtale", "SSA-K": "Kjøpsavtale"]

    // MARK: Datasets

    private mutating func makeDatasets() {
        let target = Int((40 * municipality.scale).rounded())
        var areasInUse = Set<Int>()
        for system in systems { areasInUse.insert(catalogue.segments[system.segment].area) }
        var candidates: [(key: Double, area: Int, spec: Int)] = []
        for (areaIndex, area) in catalogue.areas.enumerated() {
            for (specIndex, _) in area.datasets.enumerated() {
                let weight = areasInUse.contains(areaIndex) ? 1.0 : 0.3
                candidates.append((pow(random.unit(), 1 / weight), areaIndex, specIndex))
            }
        }
        candidates.sort { $0.key != $1.key ? $0.key > $1.key : ($0.area, $0.spec) < ($1.area, $1.spec) }
        for candidate in candidates.prefix(target).sorted(by: { ($0.area, $0.spec) < ($1.area, $1.spec) }) {
            let spec = catalogue.areas[candidate.area].datasets[candidate.spec]
            let sources = systems.indices.filter {
                catalogue.segments[systems[$0].segment].area == candidate.area && systems[$0].status != "planned" && systems[$0].status != "procurement"
            }
            let chosen = random.sample(sources, count: random.int(1...2))
            var id = Identifier.suggestion(for: spec.title)
            if datasets.contains(where: { $0.id == id }) { id += "-\(datasets.count)" }
            datasets.append(DatasetRecord(id: id, spec: spec, area: candidate.area, sources: chosen.map { systems[$0].id }))
            if let first = chosen.first { systems[first].datasets.append(id) }
        }
    }

    // MARK: Integrations

    /// Case handling archives in the sak/arkiv system, billing goes to the finance system, the
    /// identity system provisions users, map data comes from the GIS; a few systems exchange data
    /// with a neighbouring municipality's system or a shared national service. Each pair is
    /// recorded once, on the system that starts the exchange.
    private mutating func makeIntegrations() {
        var hubs: [Hub: String] = [:]
        for system in systems {
            if let hub = catalogue.segments[system.segment].spec.hub, hubs[hub] == nil { hubs[hub] = system.id }
        }
        var pairs: Set<String> = []
        func link(_ from: Int, _ to: String, _ integration: Integration) {
            let a = systems[from].id
            guard a != to, pairs.insert(a < to ? "\(a) \(to)" : "\(to) \(a)").inserted else { return }
            systems[from].integrations.append(integration)
        }
        let neighbours = plan.neighbours(of: index)
        for position in systems.indices {
            let system = systems[position]
            guard system.status != "retired" else { continue }
            let segment = catalogue.segments[system.segment]
            let area = catalogue.areas[segment.area]
            if area.archives, let archive = hubs[.archive], random.chance(0.65) {
                link(position, archive, Integration(to: archive, via: random.chance(0.75) ? "fiks-arkiv" : "noark-5", direction: "out",
                                                    data: "saksdokumenter og journalposter", personal: system.personal, frequency: "realtime"))
            }
            if segment.spec.category == "billing-and-invoicing" || segment.spec.category == "payment-gateway" || (segment.spec.category == "taxes-management"),
               let finance = hubs[.finance] {
                link(position, finance, Integration(to: finance, via: random.chance(0.5) ? "ehf" : "openapi", direction: "out",
                                                    data: "fakturagrunnlag", personal: true, frequency: "daily"))
            }
            if segment.spec.hub == nil, let identity = hubs[.identity], random.chance(0.3) {
                link(position, identity, Integration(to: identity, via: random.chance(0.6) ? "scim-2" : "saml-2", direction: "in",
                                                     data: "brukere og roller", personal: true, frequency: "hourly"))
            }
            if segment.spec.category == "geographic-information-systems" || segment.spec.category == "cad", let gis = hubs[.gis], random.chance(0.7) {
                link(position, gis, Integration(to: gis, via: random.chance(0.6) ? "geointegrasjon" : "ogc-wms", direction: "both",
                                                data: "kartdata og eiendommer", personal: false, frequency: "realtime"))
            }
            if segment.spec.category == "time-management" || segment.spec.category == "time-tracking", let payroll = hubs[.payroll] {
                link(position, payroll, Integration(to: payroll, via: "openapi", direction: "out", data: "timer, tillegg og fravær", personal: true, frequency: "daily"))
            }
            if segment.spec.hub == .payroll, let hr = hubs[.hr] {
                link(position, hr, Integration(to: hr, via: "openapi", direction: "in", data: "ansatte og stillinger", personal: true, frequency: "daily"))
            }
            if area.privacy.law.hasPrefix("helse"), segment.spec.hub == nil, let health = hubs[.health], random.chance(0.4) {
                link(position, health, Integration(to: health, via: random.chance(0.5) ? "hl7-fhir" : "plo-meldinger", direction: "out",
                                                   data: "helseopplysninger", personal: true, frequency: "realtime"))
            }
            // Another system in the same area, now and then.
            if random.chance(0.25) {
                let siblings = systems.indices.filter { $0 != position && systems[$0].segment != system.segment && catalogue.segments[systems[$0].segment].area == segment.area }
                if let sibling = random.pick(siblings) {
                    link(position, systems[sibling].id, Integration(to: systems[sibling].id, via: random.pick(area.standards), direction: random.pick(["out", "in", "both"]) ?? "out",
                                                                    data: random.pick(Self.exchangedData) ?? "fagdata", personal: system.personal,
                                                                    frequency: random.pick(["realtime", "hourly", "daily", "weekly"]) ?? "daily"))
                }
            }
            // A neighbour's system of the same kind (a host municipality's shared service).
            if random.chance(0.03), let neighbour = random.pick(neighbours) {
                let theirs = plan.municipalities[neighbour].systems
                if let target = theirs.first(where: { $0.segment == system.segment }) ?? random.pick(theirs) {
                    let to = "\(plan.municipalities[neighbour].number)/\(target.id)"
                    link(position, to, Integration(to: to, via: random.pick(area.standards), direction: random.pick(["out", "both"]) ?? "out",
                                                   data: random.pick(Self.exchangedData) ?? "fagdata", personal: system.personal, frequency: "daily"))
                }
            }
            // A shared national or regional service.
            if random.chance(0.04), let shared = random.pick(catalogue.sharedProducts) {
                let to = "product:\(catalogue.products[shared].id)"
                link(position, to, Integration(to: to, via: random.pick(["fiks-io", "altinn", "id-porten", "maskinporten", "openapi"]), direction: "both",
                                               data: "skjemaer og meldinger", personal: system.personal, frequency: "realtime"))
            }
        }
    }

    static let exchangedData = ["fagdata", "statusoppdateringer", "vedtak", "brukeropplysninger", "timer og oppmøte", "kodeverk", "adresser",
                                "rapportgrunnlag", "dokumenter", "bestillinger"]
}
