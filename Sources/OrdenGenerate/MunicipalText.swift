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

/// One municipality's record files: `_index.md` and its systems, datasets, processing
/// activities, contracts and initiatives, the last two from MunicipalPlans.swift.
extension MunicipalRecords {
    func files() -> [GeneratedFile] {
        var random = SeededRandom(seed: plan.seed, stream: "text/\(municipality.number)")
        let folder = "content/municipalities/\(municipality.folder)"
        var files: [GeneratedFile] = [GeneratedFile(path: "\(folder)/_index.md", text: municipalityText(&random))]
        files.reserveCapacity(systems.count + datasets.count + contracts.count + 80)
        for system in systems {
            files.append(GeneratedFile(path: "\(folder)/systems/\(system.id).md", text: systemText(system, &random)))
        }
        for dataset in datasets {
            files.append(GeneratedFile(path: "\(folder)/datasets/\(dataset.id).md", text: datasetText(dataset, &random)))
        }
        for contract in contracts {
            files.append(GeneratedFile(path: "\(folder)/contracts/\(contract.id).md", text: contractText(contract, &random)))
        }
        for (id, text) in processingTexts(&random) {
            files.append(GeneratedFile(path: "\(folder)/processing/\(id).md", text: text))
        }
        for (id, text) in initiativeTexts(&random) {
            files.append(GeneratedFile(path: "\(folder)/initiatives/\(id).md", text: text))
        }
        return files
    }

    func reviewed(_ random: inout SeededRandom) -> GeneratedDay {
        GeneratedDay.random(GeneratedDay(year: 2024, month: 3, day: 1), GeneratedDay(year: 2026, month: 10, day: 25), &random)
    }

    func context(area: AreaSpec, name: String = "løsningen", task: String = "saksbehandling", vendor: String = "leverandøren", year: Int = 2020) -> ProseContext {
        ProseContext(name: name, municipality: municipality.name, area: Names.inSentence(area.name), unit: area.unit.lowercased(),
                     vendor: vendor, task: task, year: year, count: 10)
    }

    static func grouped(_ number: Int) -> String {
        let digits = String(number)
        var result = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result += " " }
            result.append(character)
        }
        return result
    }

    // MARK: Municipality

    private func municipalityText(_ random: inout SeededRandom) -> String {
        var record = RecordText()
        record.text("name", municipality.name)
        record.text("number", municipality.number)
        record.text("orgnr", municipality.orgnr)
        record.text("county", municipality.county)
        let region = municipality.region.map { plan.regions[$0].name }
        record.text("cooperation", region)
        record.int("population", municipality.population)
        record.text("website", "https://www.\(municipality.domain)")
        record.text("language", municipality.language)
        record.map("dpo", [("name", .text(Names.person(&random))), ("email", .text("personvernombud@\(municipality.domain)"))])
        record.day("reviewed", reviewed(&random))
        var lead = "\(municipality.name) ligger i \(municipality.county) og har om lag \(Self.grouped(municipality.population)) innbyggere."
        if let region { lead += " Kommunen er med i \(region) og samarbeider med nabokommunene om IKT og anskaffelser." }
        var body = Prose.body(.municipality, lead: lead, ProseContext(municipality: municipality.name, unit: "postmottak", year: random.int(2019...2025)), &random)
        body += "\nOpplysningene om kommunens systemer, datasett, behandlinger og avtaler her er **syntetiske testdata** laget med `orden generate`.\n"
        return record.document(body: body)
    }

    // MARK: Systems

    func displayName(_ system: SystemRecord) -> String {
        if let product = system.product { return catalogue.products[product].name }
        return "Lokal løsning for " + Names.inSentence(catalogue.segments[system.segment].spec.label)
    }

    static let ownerRoles = ["kommunalsjef", "virksomhetsleder", "enhetsleder", "fagleder", "avdelingsleder"]
    static let managerRoles = ["Systemforvalter", "Fagansvarlig", "Superbruker", "Systemansvarlig"]

    private func systemText(_ system: SystemRecord, _ random: inout SeededRandom) -> String {
        let segment = catalogue.segments[system.segment]
        let area = catalogue.areas[segment.area]
        let product = system.product.map { catalogue.products[$0] }
        var record = RecordText()
        if let product {
            record.text("product", product.id)
            if random.chance(0.06) { record.text("name", "\(segment.spec.label) (\(product.name))") }
        } else {
            record.text("name", displayName(system))
            record.text("vendor", system.vendor.map { catalogue.vendors[$0].id })
            record.text("category", segment.spec.category)
            record.list("service_areas", [area.id])
        }
        record.text("owner", "\(area.unit), \(random.pick(Self.ownerRoles) ?? "leder")")
        record.text("manager", "\(random.pick(Self.managerRoles) ?? "Systemforvalter"), \(area.unit.lowercased())")
        record.map("lifecycle", [("status", .text(system.status)), ("since", .day(system.since)), ("end_of_life", system.endOfLife.map(YAMLScalar.day))])
        let functional = min(5, max(1, Int(random.normal(mean: 3.5, deviation: 1).rounded())))
        let technical = min(5, max(1, Int(random.normal(mean: 3.3, deviation: 1).rounded())))
        record.map("fit", [("functional", .int(functional)), ("technical", .int(technical))])
        if random.chance(0.25) { record.text("time", random.pick(["tolerate", "invest", "migrate", "eliminate"])) }
        let critical = segment.spec.hub != nil || area.privacy.special.contains("health")
        record.text("criticality", critical ? (random.chance(0.5) ? "critical" : "high") : random.pick(["low", "medium", "medium", "high"]))
        let confidentiality = area.privacy.special.isEmpty ? random.int(1...3) : random.int(3...4)
        record.map("classification", [("confidentiality", .int(confidentiality)), ("integrity", .int(random.int(2...4))), ("availability", .int(random.int(1...4)))])
        if random.chance(0.7) {
            record.day("last_risk_assessment", GeneratedDay.random(GeneratedDay(year: 2021, month: 1, day: 1), GeneratedDay(year: 2026, month: 10, day: 1), &random))
        }
        if let product, system.hosting != product.hosting { record.text("hosting", system.hosting) }
        if product == nil { record.text("hosting", system.hosting) }
        record.int("users", max(2, Int(Double(municipality.population) * random.double(0.0005...0.012))))
        record.map("cost", [("licence", .int(system.licenceCost)), ("operations", system.operationsCost > 0 ? .int(system.operationsCost) : nil)])
        record.text("contract", system.contract)
        record.text("dpa", system.dpa)
        if system.personal {
            record.nested("personal_data") { $0.list("data_subjects", area.privacy.subjects) }
        }
        record.items("integrations", system.integrations.map { integration in
            [("to", .text(integration.to)), ("via", integration.via.map(YAMLScalar.text)), ("direction", .text(integration.direction)),
             ("data", .text(integration.data)), ("personal_data", .bool(integration.personal)), ("frequency", .text(integration.frequency))]
        })
        record.list("datasets", system.datasets)
        if random.chance(0.04) {
            let base = "https://api.\(municipality.domain)/\(system.id)"
            let open = random.chance(0.5)
            record.nested("api") { api in
                api.text("endpoint_url", base + "/v1")
                api.text("endpoint_description", base + "/v1/openapi.json")
                api.text("access_rights", open ? "public" : "restricted")
                if open { api.text("licence", "NLOD-2.0") }
            }
        }
        if system.hosting == "on-premises" && random.chance(0.5) {
            record.text("infrastructure", "Virtuelle servere i kommunens datasenter, pålogging med felles identitet og sikkerhetskopi hver natt.")
        }
        record.day("reviewed", reviewed(&random))

        let name = displayName(system)
        let task = Names.inSentence(segment.spec.label)
        var lead = "\(name) er i bruk i \(municipality.name) som \(task)."
        switch system.status {
        case "phase-out": lead += " Systemet skal fases ut innen \(system.endOfLife?.description ?? "kort tid")."
        case "implementing": lead += " Systemet er under innføring."
        case "planned": lead += " Systemet er planlagt, men ikke tatt i bruk."
        case "procurement": lead += " Løsningen er under anskaffelse."
        case "retired": lead += " Systemet er avviklet og brukes bare til oppslag i historiske data."
        default: break
        }
        let vendorName = system.vendor.map { catalogue.vendors[$0].brand } ?? "leverandøren"
        var prose = context(area: area, name: name, task: task, vendor: vendorName, year: system.since.year)
        prose.count = max(2, municipality.population / 800)
        return record.document(body: Prose.body(.system, lead: lead, prose, &random))
    }

    // MARK: Datasets

    static let licences = ["NLOD-2.0", "NLOD-2.0", "NLOD-2.0", "NLOD-2.0", "NLOD-2.0", "NLOD-2.0", "NLOD-2.0", "CC-BY-4.0", "CC-BY-4.0", "CC0-1.0"]
    static let fileExtensions = ["CSV": "csv", "JSON": "json", "GEOJSON": "geojson", "GML": "gml", "XLSX": "xlsx", "PDF": "pdf", "SHP": "zip", "XML": "xml"]

    private func datasetText(_ dataset: DatasetRecord, _ random: inout SeededRandom) -> String {
        let spec = dataset.spec
        let area = catalogue.areas[dataset.area]
        var record = RecordText()
        let shortName = municipality.name.replacingOccurrences(of: " kommune", with: "")
        let title = random.chance(0.3) ? "\(spec.title) i \(shortName)" : spec.title
        record.text("title", title)
        record.text("description", "\(spec.about) i \(municipality.name).")
        record.list("themes", spec.themes)
        record.text("access_rights", spec.access)
        // The law restricting access (offentleglova § 3: records are open unless a law says otherwise);
        // the invented datasets that are not open hold personal data under a duty of confidentiality.
        if spec.access != "public" {
            record.items("legal_basis_for_restriction", [[("law", .text("Offentleglova § 13, jf. forvaltningsloven § 13")),
                                                           ("url", .text("https://lovdata.no/lov/2006-05-19-16/§13"))]])
        }
        let licence = spec.access == "public" ? random.pick(Self.licences) : nil
        record.text("licence", licence)
        record.list("keywords", [Names.inSentence(spec.title), Names.inSentence(area.name), shortName])
        let base = "https://data.\(municipality.domain)/\(dataset.id)"
        var distributions: [[(String, YAMLScalar?)]] = []
        if spec.access == "public" || (spec.access == "restricted" && random.chance(0.5)) {
            for format in spec.formats {
                var access = spec.access == "public" ? base : "https://intern.\(municipality.domain)/data/\(dataset.id)"
                var download: String? = nil
                if format == "WMS_SRVC" || format == "WFS_SRVC" {
                    let service = format == "WMS_SRVC" ? "WMS" : "WFS"
                    access = "https://kart.\(municipality.domain)/\(service.lowercased())/\(dataset.id)?service=\(service)&request=GetCapabilities"
                } else if let ext = Self.fileExtensions[format], spec.access == "public" {
                    download = "\(base)/\(dataset.id).\(ext)"
                }
                distributions.append([("title", .text("\(spec.title) (\(format.replacingOccurrences(of: "_SRVC", with: "")))")), ("format", .text(format)),
                                      ("access_url", .text(access)), ("download_url", download.map(YAMLScalar.text)),
                                      ("licence", licence != nil && random.chance(0.3) ? .text(licence ?? "") : nil)])
            }
        }
        record.items("distributions", distributions)
        record.map("contact", [("name", .text(area.unit)), ("email", .text("postmottak@\(municipality.domain)"))])
        // The municipality's Kartverket unit: a place given by name would not reach the catalogue.
        record.text("spatial", Place.municipalityKeyword)
        let issued = GeneratedDay.random(GeneratedDay(year: 2015, month: 1, day: 1), GeneratedDay(year: 2025, month: 12, day: 31), &random)
        if random.chance(0.4) { record.map("temporal", [("start", .day(issued.adding(days: -random.below(900))))]) }
        record.text("frequency", spec.frequency)
        record.list("source_systems", dataset.sources)
        record.field("personal_data", .bool(spec.personal))
        record.day("issued", issued)
        record.day("modified", GeneratedDay.random(issued, GeneratedDay(year: 2026, month: 10, day: 30), &random))
        record.day("reviewed", reviewed(&random))
        let lead: String
        switch spec.access {
        case "public": lead = "\(title) er åpne data fra \(municipality.name), til fri bruk etter lisensen."
        case "restricted": lead = "\(title) deles bare med dem som har tjenstlig behov eller avtale med kommunen."
        default: lead = "\(title) inneholder opplysninger som ikke er offentlige, og deles ikke utenfor kommunen."
        }
        return record.document(body: Prose.body(.dataset, lead: lead, context(area: area, name: title, year: issued.year), &random))
    }

    // MARK: Contracts

    private func contractText(_ contract: ContractRecord, _ random: inout SeededRandom) -> String {
        let vendor = catalogue.vendors[contract.vendor]
        var record = RecordText()
        record.text("title", contract.title)
        record.text("vendor", vendor.id)
        record.text("type", contract.type)
        record.list("systems", contract.systems)
        record.day("start", contract.start)
        record.day("end", contract.end)
        if contract.type != "DPA" {
            record.int("notice_months", random.pick([3, 6, 6, 12]))
            record.text("renewal_options", random.pick(["1 + 1 år", "2 × 1 år", "Inntil 2 år", "Ingen opsjoner"]))
        }
        record.int("annual_cost", contract.annualCost)
        record.text("procurement_ref", contract.procurementRef)
        record.text("owner", contract.owner)
        record.day("reviewed", reviewed(&random))
        let lead: String
        switch contract.type {
        case "DPA": lead = "Databehandleravtalen regulerer hvordan \(vendor.brand) behandler personopplysninger på vegne av \(municipality.name)."
        case "SSA-B": lead = "\(municipality.name) kjøper rådgivning og bistand fra \(vendor.brand) etter behov."
        case "framework": lead = "Rammeavtalen er inngått sammen med de andre kommunene i regionen."
        default: lead = "Avtalen dekker \(contract.systems.count == 1 ? "ett system" : "\(contract.systems.count) systemer") fra \(vendor.brand)."
        }
        var prose = ProseContext(municipality: municipality.name, unit: contract.owner.lowercased(), vendor: vendor.brand, year: contract.start.year)
        prose.name = contract.title
        return record.document(body: Prose.body(.contract, lead: lead, prose, &random))
    }
}
