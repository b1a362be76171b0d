import Basics
import CommonMark
import FrontMatter
import Mustache
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenResources
import OrdenSource
import RDF

/// Pages of a municipality and of the records it owns.
extension RecordPages {
    func municipalityPage(_ number: String) -> RecordPage? {
        guard let entry = catalogue.municipalities[number] else { return nil }
        let fields = entry.record.fields
        var facts: [Fact] = []
        facts.add(text[.municipality.facts.number], Cell(entry.number))
        facts.add(text[.municipality.facts.orgnr], Cell(fields.orgnr.description))
        facts.add(text[.municipality.facts.county], fields.county.map { Cell($0) })
        facts.add(text[.municipality.facts.cooperation], fields.cooperation.map { Cell($0) })
        facts.add(text[.municipality.facts.population], fields.population.map { Cell(format.integer($0.value)) })
        facts.add(text[.municipality.facts.website], fields.website.map(webCell))
        // Published (GDPR art. 37(7)); the public catalogue has no name unless public_fields publishes it.
        if let dpo = fields.dpo {
            let nameIsInternal = catalogue.audience == .internal && !catalogue.site.publishesDPOName
            facts.add(text[.municipality.facts.dpo], contactCells(dpo, nameNote: nameIsInternal ? text[.local.internal] : nil))
        }
        facts.add(text[.municipality.facts.language], fields.language.map { Cell(format.language($0)) })
        facts.add(text[.municipality.facts.reports], Paths.reports(.municipality(number), in: catalogue).map { Cell(text(.municipality.reportsLink, ["name": fields.name]), href: href($0)) })
        facts.add(text[.municipality.facts.dcat], catalogueLinks(.municipality(number)).map { Cell($0.text, href: $0.href) })
        let progress = Progress.of(number, in: catalogue)
        facts.add(text[.municipality.facts.progress], progressFact(progress))
        let systems = catalogue.systems(of: number)
        var badges = fields.fictional == true ? [Badge(text: text[.municipality.fictional], tone: "notice")] : []
        if fields.visibility == .internal { badges.append(.internalRecord(text)) }
        return record(
            kind: text[.municipality.kind], heading: fields.name,
            lead: text(.municipality.lead, [
                "name": fields.name,
                "systems": format.count(systems.count, .count.system),
                "datasets": format.count(published(catalogue.datasetsByMunicipality[number], .dataset).count, .count.dataset),
                "processing": format.count(published(catalogue.processingByMunicipality[number], .processing).count, .count.processing),
                "contracts": format.count(published(catalogue.contractsByMunicipality[number], .contract).count, .count.contract),
            ]),
            badges: badges, facts: facts, body: entry.record.bodyHTML, bodyHeading: text[.municipality.bodyHeading],
            sections: ContentLayout.localKinds.map { localSection($0, in: number) } + [similarSection(number), progressSection(progress)],
            layout: layout(title: fields.name, description: text(.municipality.description, ["name": fields.name]),
                           breadcrumbs: [Link(text: text[.nav.municipalities], href: href(Paths.municipalities))]))
    }

    /// The municipalities running most of the same products, site-wide.
    func similarSection(_ number: String) -> Section {
        let ranked = shared.similar(in: .site)[number] ?? []
        let rows = ranked.map { [municipalityCell($0.number), countCell($0.shared.count),
                                 Cell(byName(products: $0.shared).map { catalogue.products[$0]?.fields.name ?? $0 }.joined(separator: ", "))] }
        return section("like-kommuner", texts: TextKey.municipality.similar, intro: rows.isEmpty ? nil : text[.municipality.similar.intro],
                       columns: [Column(text[.column.municipality]), Column(text[.municipality.similar.columnShared], numeric: true),
                                 Column(text[.municipality.similar.columnProducts])], rows: rows)
    }

    func localListPage(_ kind: RecordKind, _ number: String) -> ListPage? {
        guard let entry = catalogue.municipalities[number] else { return nil }
        let title = text(.local.listTitle, ["kind": localKindTitle(kind), "name": entry.name])
        var page = ListPage(
            layout: layout(title: title, breadcrumbs: municipalityCrumbs(number)),
            heading: title, intro: nil, sections: [localSection(kind, in: number)], alternateLinks: [])
        if kind == .dataset {
            page.machineReadable = catalogueLinks(.municipality(number)).map { Link(text: text(.local.dcatFormat, ["format": $0.text]), href: $0.href) }
        }
        return page
    }

    /// The table of one kind of record in a municipality, used on its page and its list pages.
    func localSection(_ kind: RecordKind, in number: String) -> Section {
        let id = Paths.localFolder(kind)
        switch kind {
        case .system:
            let rows = byName(systems: catalogue.systemsByMunicipality[number] ?? []).compactMap { catalogue.systems[$0] }.map { system in
                [systemCell(system.key), productCell(system.fields.product?.id), vendorCell(system.vendor?.value),
                 Cell(format.lifecycle(system.fields.lifecycle.status)),
                 Cell(system.fields.criticality.map(format.criticality) ?? "–")]
            }
            return Section(id: id, heading: text[.local.systems.heading], table: Table(
                caption: text[.local.systems.caption],
                columns: [Column(text[.column.system]), Column(text[.column.product]), Column(text[.column.vendor]),
                          Column(text[.column.lifecycle]), Column(text[.local.column.criticality])],
                rows: rows), empty: text[.local.systems.empty])
        case .dataset:
            let keys = Collation.sorted(published(catalogue.datasetsByMunicipality[number], .dataset)) { catalogue.datasets[$0]?.fields.title ?? $0.id }
            let rows = keys.compactMap { key -> [Cell]? in
                guard let dataset = catalogue.datasets[key] else { return nil }
                return [datasetCell(key), Cell(dataset.fields.themes.map(format.theme).joined(separator: ", ")),
                        Cell(format.accessRights(dataset.fields.accessRights))]
            }
            return Section(id: id, heading: text[.local.datasets.heading], table: Table(
                caption: text[.local.datasets.caption],
                columns: [Column(text[.column.dataset]), Column(text[.column.theme]), Column(text[.column.access])], rows: rows),
                empty: text[.local.datasets.empty])
        case .processing:
            let keys = Collation.sorted(published(catalogue.processingByMunicipality[number], .processing)) { catalogue.processing[$0]?.fields.name ?? $0.id }
            let rows = keys.compactMap { key -> [Cell]? in
                guard let activity = catalogue.processing[key] else { return nil }
                // The data protection officer's questions: which activities hold special categories
                // or criminal-offence data, and on which legal basis.
                let fields = activity.fields
                return [processingCell(key), Cell(fields.purpose), Cell(fields.sensitiveCategories.map(format.specialCategory).joined(separator: ", ")),
                        Cell((fields.legalBasis ?? []).map { format.legalArticle($0.article) }.joined(separator: ", "))]
            }
            return Section(id: id, heading: text[.local.processing.heading], table: Table(
                caption: text[.local.processing.caption],
                columns: [Column(text[.local.column.processing]), Column(text[.local.column.purpose]),
                          Column(text[.reports.gdpr.column.sensitive]), Column(text[.processing.facts.legalBasis])], rows: rows),
                empty: text[.local.processing.empty])
        case .initiative:
            return initiativeSection(catalogue.initiativesByOwner[.municipality(number)] ?? [], id: id)
        default:
            let keys = Collation.sorted(published(catalogue.contractsByMunicipality[number], .contract)) { catalogue.contracts[$0]?.fields.title ?? $0.id }
            let rows = keys.compactMap { key -> [Cell]? in
                guard let contract = catalogue.contracts[key] else { return nil }
                return [contractCell(key), vendorCell(contract.fields.vendor.id),
                        Cell(contract.fields.type.map(format.contractType) ?? "–"), dateCell(contract.fields.end)]
            }
            return Section(id: id, heading: text[.local.contracts.heading], table: Table(
                caption: text[.local.contracts.caption], columns: contractColumns, rows: rows),
                empty: text[.local.contracts.empty])
        }
    }

    /// The columns of a table of contracts: on a municipality's page and a system's.
    var contractColumns: [Column] {
        [Column(text[.column.contract]), Column(text[.column.vendor]), Column(text[.column.type]), Column(text[.column.expires])]
    }

    func systemPage(_ key: LocalKey) -> RecordPage? {
        guard let system = catalogue.systems[key] else { return nil }
        let fields = system.fields
        let inherited = { (origin: Origin?) in origin == .catalogue }
        var facts: [Fact] = []
        facts.add(text[.system.facts.municipality], municipalityCell(key.municipality))
        facts.add(text[.system.facts.product], fields.product.map { productCell($0.id) })
        facts.add(text[.system.facts.vendor], system.vendor.map { vendorCell($0.value) }, inherited: inherited(system.vendor?.origin))
        facts.add(text[.system.facts.category], system.category.map { Cell(format.category($0.value)) }, inherited: inherited(system.category?.origin))
        facts.add(text[.system.facts.hosting], system.hosting.map { Cell(format.hosting($0.value)) }, inherited: inherited(system.hosting?.origin))
        facts.add(text[.system.facts.standards], system.standards?.value.map(standardCell) ?? [], inherited: inherited(system.standards?.origin))
        facts.add(text[.system.facts.serviceAreas], (system.serviceAreas?.value ?? []).map(serviceAreaCell), inherited: inherited(system.serviceAreas?.origin))
        facts.add(text[.system.facts.owner], Cell(fields.owner ?? text[.local.notRegistered]))
        facts.add(text[.system.facts.manager], fields.manager.map { Cell($0) })
        var lifecycle = format.lifecycle(fields.lifecycle.status)
        if let since = fields.lifecycle.since { lifecycle = text(.system.lifecycleSince, ["status": lifecycle, "date": format.date(since)]) }
        facts.add(text[.system.facts.lifecycle], Cell(lifecycle))
        facts.add(text[.system.facts.endOfLife], fields.lifecycle.endOfLife.map { Cell(format.date($0)) })
        if let functional = fields.fit?.functional {
            facts.add(text[.system.facts.functionalFit], Cell(text(.system.fitScore, ["score": "\(functional.value)"])))
        }
        if let technical = fields.fit?.technical {
            facts.add(text[.system.facts.technicalFit], Cell(text(.system.fitScore, ["score": "\(technical.value)"])))
        }
        facts.add(text[.system.facts.time], system.time.map { Cell(format.time($0), note: system.timeIsDerived ? text[.system.timeDerived] : nil) })
        facts.add(text[.system.facts.criticality], fields.criticality.map { Cell(format.criticality($0)) })
        facts.add(text[.system.facts.users], fields.users.map { Cell(format.integer($0.value)) })
        if let cost = fields.cost {
            var parts: [Cell] = []
            if let licence = cost.licence { parts.append(Cell(format.kroner(licence), note: text[.system.cost.licence])) }
            if let operations = cost.operations { parts.append(Cell(format.kroner(operations), note: text[.system.cost.operations])) }
            if let other = cost.other { parts.append(Cell(format.kroner(other), note: text[.system.cost.other])) }
            if let total = cost.total, parts.count > 1 { parts.append(Cell(format.kroner(total), note: text[.system.cost.total])) }
            facts.add(text[.system.facts.cost], parts)
        }
        if let api = fields.api {
            var cells = [Cell(api.endpointUrl.url, href: api.endpointUrl.url, note: text[.system.api.endpoint])]
            if let description = api.endpointDescription { cells.append(Cell(text[.system.api.description], href: description.url)) }
            if let rights = api.accessRights { cells.append(Cell(format.accessRights(rights))) }
            facts.add(text[.system.facts.api], cells)
        }
        facts.add(text[.system.facts.contract], fields.contract.flatMap { published([LocalKey(key.municipality, $0.id)], .contract).first }.map(contractCell))
        facts.add(text[.system.facts.dpa], fields.dpa.flatMap(agreementCell(in: key.municipality)))
        facts.add(text[.system.facts.canDelete], fields.canDeletePersonalData.map { Cell($0 ? text[.local.answerYes] : text[.local.answerNo]) })
        if let archive = fields.archive {
            var cells: [Cell] = []
            if let records = archive.records { cells.append(Cell(records ? text[.system.archive.records] : text[.system.archive.noRecords])) }
            if let noark5 = archive.noark5 { cells.append(Cell(format.noark5(noark5))) }
            if let preservation = archive.preservation { cells.append(Cell(format.preservation(preservation), note: archive.disposalRule)) }
            if let day = archive.deposited { cells.append(Cell(text(.system.archive.deposited, ["date": format.date(day)]))) }
            if let day = archive.transferred { cells.append(Cell(text(.system.archive.transferred, ["date": format.date(day)]))) }
            if let institution = archive.institution { cells.append(Cell(institution)) }
            facts.add(text[.system.facts.archive], cells)
        }
        facts.add(text[.system.facts.personalData], (system.personalDataCategories?.value ?? []).map { Cell($0) }, inherited: inherited(system.personalDataCategories?.origin))
        facts.add(text[.system.facts.specialCategories], (system.specialCategories?.value ?? []).map { Cell(format.specialCategory($0)) }, inherited: inherited(system.specialCategories?.origin))
        facts.add(text[.system.facts.dataSubjects], (fields.personalData?.dataSubjects ?? []).map { Cell($0) })
        facts.add(text[.system.facts.reviewed], fields.reviewed.map { Cell(format.date($0)) })
        // Internal fields: only the internal catalogue has them (PublicView clears them).
        if let classification = fields.classification {
            let levels: [(TextKey, Score<LevelRange>?)] = [(.system.classification.confidentiality, classification.confidentiality),
                                               (.system.classification.integrity, classification.integrity),
                                               (.system.classification.availability, classification.availability)]
            var cells = levels.compactMap { aspect, level in level.map { Cell(text(aspect, ["level": "\($0.value)"])) } }
            if !cells.isEmpty { cells[cells.count - 1].note = text[.local.internal] }
            facts.add(text[.system.facts.classification], cells)
        }
        facts.add(text[.system.facts.riskAssessment], fields.lastRiskAssessment.map { Cell(format.date($0), note: text[.local.internal]) })
        facts.add(text[.system.facts.infrastructure], fields.infrastructure.map { Cell($0, note: text[.local.internal]) })

        var badges = [Badge(text: format.lifecycle(fields.lifecycle.status), tone: fields.lifecycle.status == .production ? "ok" : "notice")]
        if fields.visibility == .internal { badges.append(.internalRecord(text)) }
        if let criticality = fields.criticality, criticality == .high || criticality == .critical {
            badges.append(Badge(text: text(.system.badgeCriticality, ["level": format.criticality(criticality).lowercased()]), tone: "warn"))
        }
        let municipalityName = catalogue.municipalities[key.municipality]?.name ?? key.municipality
        let product = fields.product.flatMap { catalogue.products[$0.id] }
        return record(
            kind: text(.system.kind, ["municipality": municipalityName]), heading: system.name.value,
            lead: product.map { text(.system.lead, ["product": $0.fields.name]) },
            badges: badges, facts: facts, body: system.descriptionHTML?.value,
            bodyInherited: system.descriptionHTML?.origin == .catalogue,
            inheritedFrom: product.map { Link(text: $0.fields.name, href: href(Paths.product($0.id))) },
            sections: systemSections(system),
            layout: layout(title: "\(system.name.value.bidiBalanced) (\(municipalityName.bidiBalanced))", breadcrumbs: municipalityCrumbs(key.municipality, then: .system)))
    }

    private func integrationTarget(_ target: IntegrationTarget, from municipality: String) -> Cell? {
        switch target.kind {
        case .localSystem(let id):
            let key = LocalKey(municipality, id)
            return catalogue.systems[key] == nil ? nil : systemCell(key)
        case .municipalSystem(let number, let id):
            let key = LocalKey(number, id)
            return catalogue.systems[key] == nil ? nil : systemCell(key, withMunicipality: true)
        case .product(let id):
            return catalogue.products[id] == nil ? nil : Cell(catalogue.products[id]?.fields.name ?? id, href: href(Paths.product(id)), note: text[.system.catalogueProduct])
        }
    }

    private func integrationCells(_ integration: Integration, direction: String) -> [Cell] {
        [integration.via.map { standardCell($0.id) } ?? Cell("–"),
         Cell(direction),
         Cell(integration.data ?? "–"),
         Cell(integration.personalData.map { $0 ? text[.local.answerYes] : text[.local.answerNo] } ?? "–"),
         Cell(integration.frequency.map(format.frequency) ?? "–")]
    }

    private func systemSections(_ system: ResolvedSystem) -> [Section] {
        let key = system.key
        let integrationColumns = [Column(text[.system.integration.via]), Column(text[.system.integration.direction]), Column(text[.system.integration.data]),
                                  Column(text[.system.integration.personalData]), Column(text[.system.integration.frequency])]
        let outgoing = (system.fields.integrations ?? []).compactMap { integration -> IntegrationRow? in
            guard let target = integrationTarget(integration.to, from: key.municipality) else { return nil }
            return IntegrationRow(cells: [target] + integrationCells(integration, direction: integration.direction.map(format.direction) ?? "–"),
                                  personalData: integration.personalData == true)
        }
        let incoming = (catalogue.incomingIntegrations[key] ?? []).compactMap { incoming -> IntegrationRow? in
            guard catalogue.systems[incoming.from] != nil else { return nil }
            let direction = incoming.integration.direction.map(format.reversedDirection) ?? "–"
            return IntegrationRow(cells: [systemCell(incoming.from, withMunicipality: incoming.from.municipality != key.municipality)]
                                    + integrationCells(incoming.integration, direction: direction),
                                  personalData: incoming.integration.personalData == true)
        }
        let processing = published(catalogue.processingBySystem[key], .processing).compactMap { activityKey -> [Cell]? in
            guard let activity = catalogue.processing[activityKey] else { return nil }
            var name = processingCell(activityKey)
            if activityKey.municipality != key.municipality { name.note = catalogue.municipalities[activityKey.municipality]?.name }
            return [name, Cell(activity.fields.purpose)]
        }
        let datasets = published(catalogue.datasetsBySystem[key], .dataset).compactMap { datasetKey -> [Cell]? in
            guard let dataset = catalogue.datasets[datasetKey] else { return nil }
            return [datasetCell(datasetKey), Cell(format.accessRights(dataset.fields.accessRights))]
        }
        let contracts = published(catalogue.contractsBySystem[key], .contract).compactMap { contractKey -> [Cell]? in
            guard let contract = catalogue.contracts[contractKey] else { return nil }
            return [contractCell(contractKey), vendorCell(contract.fields.vendor.id),
                    Cell(contract.fields.type.map(format.contractType) ?? "–"), dateCell(contract.fields.end)]
        }
        let typical = (system.typicalIntegrations?.value ?? []).map { integration in
            [productCell(integration.to.id), integration.via.map { standardCell($0.id) } ?? Cell("–"),
             Cell(integration.direction.map(format.direction) ?? "–")]
        }
        var sections = [
            impactSection(system, outgoing: outgoing, incoming: incoming),
            section("integrasjoner-ut", texts: TextKey.system.outgoing,
                    columns: [Column(text[.system.integration.to])] + integrationColumns, rows: outgoing.map(\.cells)),
            section("integrasjoner-inn", texts: TextKey.system.incoming, intro: text[.system.incoming.intro],
                    columns: [Column(text[.system.integration.from])] + integrationColumns, rows: incoming.map(\.cells)),
            section("behandlinger", texts: TextKey.system.processing,
                    columns: [Column(text[.local.column.processing]), Column(text[.local.column.purpose])], rows: processing),
            section("datasett", texts: TextKey.system.datasets, columns: [Column(text[.column.dataset]), Column(text[.column.access])], rows: datasets),
            section("avtaler", texts: TextKey.system.contracts, columns: contractColumns, rows: contracts),
        ]
        if !typical.isEmpty {
            sections.append(Section(
                id: "typiske-integrasjoner", heading: text[.system.typical.heading],
                intro: text[.system.typical.intro],
                table: Table(caption: text[.system.typical.caption],
                             columns: [Column(text[.column.product]), Column(text[.system.integration.via]),
                                       Column(text[.system.integration.direction])],
                             rows: typical),
                empty: ""))
        }
        return sections
    }

    /// A row of a system's integration tables, with what the impact table needs to know of it.
    private struct IntegrationRow {
        var cells: [Cell]
        var personalData: Bool
    }

    /// "What breaks if we replace this?": everything that depends on the system, in one table.
    private func impactSection(_ system: ResolvedSystem, outgoing: [IntegrationRow], incoming: [IntegrationRow]) -> Section {
        let key = system.key
        let personalData = text[.system.impact.personalData]
        var rows: [[Cell]] = []
        rows += outgoing.map { [Cell(text[.system.impact.integrationOut]), $0.cells[0], Cell($0.personalData ? personalData : "")] }
        rows += incoming.map { [Cell(text[.system.impact.integrationIn]), $0.cells[0], Cell($0.personalData ? personalData : "")] }
        rows += published(catalogue.processingBySystem[key], .processing).map { [Cell(text[.system.impact.processing]), processingCell($0), Cell("")] }
        rows += published(catalogue.datasetsBySystem[key], .dataset).map { [Cell(text[.system.impact.dataset]), datasetCell($0), Cell("")] }
        rows += (system.serviceAreas?.value ?? []).filter { catalogue.serviceAreas[$0] != nil }.map { [Cell(text[.system.impact.serviceArea]), serviceAreaCell($0), Cell("")] }
        rows += published(catalogue.contractsBySystem[key], .contract).compactMap { contractKey in
            catalogue.contracts[contractKey].map { contract in
                [Cell(text[.system.impact.contract]), contractCell(contractKey),
                 Cell(contract.fields.end.map { text(.system.impact.expires, ["date": format.date($0)]) } ?? "")]
            }
        }
        for initiativeKey in catalogue.initiativesBySystem[key] ?? [] {
            guard let initiative = catalogue.initiatives[initiativeKey] else { continue }
            let changes = initiative.systemChanges(owner: initiativeKey.owner).filter { $0.0 == key }.map { format.change($0.1).lowercased() }
            rows.append([Cell(text[.system.impact.initiative]), initiativeCell(initiativeKey),
                         Cell(text(.system.impact.initiativeNote, ["status": format.initiativeStatus(initiative.fields.status),
                                                                     "changes": changes.joined(separator: ", ")]))])
        }
        let summary = text(.system.impact.summary, [
            "integrations": format.count(outgoing.count + incoming.count, .count.integration),
            "processing": format.count(published(catalogue.processingBySystem[key], .processing).count, .count.processing),
            "datasets": format.count(published(catalogue.datasetsBySystem[key], .dataset).count, .count.dataset),
            "contracts": format.count(published(catalogue.contractsBySystem[key], .contract).count, .count.contract),
            "service_areas": format.count((system.serviceAreas?.value ?? []).count, .count.serviceArea),
        ])
        return section("konsekvenser", texts: TextKey.system.impact, intro: summary, exporting: "avhengigheter",
                       columns: [Column(text[.system.impact.columnDependency]), Column(text[.system.impact.columnWhat]),
                                 Column(text[.system.impact.columnNote])], rows: rows)
    }

    func datasetPage(_ key: LocalKey) -> RecordPage? {
        guard let dataset = catalogue.datasets[key] else { return nil }
        let fields = dataset.fields
        var facts: [Fact] = []
        facts.add(text[.dataset.facts.municipality], municipalityCell(key.municipality))
        facts.add(text[.dataset.facts.losThemes], (fields.losThemes ?? []).map { Cell(format.losTheme($0), href: $0.iri) })
        facts.add(text[.dataset.facts.access], Cell(format.accessRights(fields.accessRights)))
        facts.add(text[.dataset.facts.restrictionBasis], (fields.legalBasisForRestriction ?? []).map { Cell($0.law, href: $0.url?.url) })
        facts.add(text[.dataset.facts.licence], fields.licence.map { Cell(format.licence($0)) })
        facts.add(text[.dataset.facts.theme], fields.themes.map { Cell(format.theme($0)) })
        facts.add(text[.dataset.facts.keywords], (fields.keywords ?? []).map { Cell($0) })
        if let contact = fields.contact {
            var cells = [contact.email.map { emailCell($0, name: contact.name) } ?? contact.name.map { Cell($0) }].compactMap { $0 }
            if let url = contact.url { cells.append(Cell(url.url, href: url.url)) }
            if let phone = contact.phone { cells.append(Cell(phone)) }
            facts.add(text[.dataset.facts.contact], cells)
        }
        // A municipality's dataset covers the municipality unless it says otherwise (dct:spatial).
        do {
            let spatial = fields.spatial ?? Spatial.municipality
            let municipality = catalogue.municipalities[key.municipality]
            let labels = spatial.labels(municipality: municipality?.name)
            let cells = zip(spatial.places, labels).map { place, label in
                let link = place.uri?.url ?? (place.isMunicipality ? KartverketUnit.municipalityIRI(key.municipality) : nil)
                return Cell(label, href: link)
            }
            facts.add(text[.dataset.facts.spatial], cells)
        }
        if let temporal = fields.temporal, temporal.start != nil || temporal.end != nil {
            facts.add(text[.dataset.facts.temporal], Cell("\(temporal.start.map(format.date) ?? "…") – \(temporal.end.map(format.date) ?? "…")"))
        }
        facts.add(text[.dataset.facts.frequency], fields.frequency.map { Cell(format.updateFrequency($0)) })
        facts.add(text[.dataset.facts.issued], fields.issued.map { Cell(format.date($0)) })
        facts.add(text[.dataset.facts.modified], fields.modified.map { Cell(format.date($0)) })
        facts.add(text[.dataset.facts.personalData], fields.personalData.map { Cell($0 ? text[.local.answerYes] : text[.local.answerNo]) })
        facts.add(text[.dataset.facts.sourceSystems], published((fields.sourceSystems ?? []).map { LocalKey(key.municipality, $0.id) }, .system).map { systemCell($0) })
        // The processing activities that name the dataset (their `datasets`), the way back.
        let processing = (catalogue.processingByMunicipality[key.municipality] ?? [])
            .filter { catalogue.processing[$0]?.fields.datasets?.contains(Reference(key.id)) == true }
        facts.add(text[.dataset.facts.processing], processing.map { processingCell($0) })
        let distributions = (fields.distributions ?? []).map { distribution in
            [Cell(distribution.title ?? text[.dataset.distribution]),
             Cell(distribution.format.map(format.fileFormat) ?? "–"),
             Cell(text[.dataset.accessLink], href: distribution.accessUrl.url),
             distribution.downloadUrl.map { Cell(text[.dataset.download], href: $0.url) } ?? Cell("–"),
             Cell((distribution.licence ?? fields.licence).map(\.rawValue) ?? "–")]
        }
        var badges = [Badge(text: format.accessRights(fields.accessRights), tone: fields.accessRights == .public ? "ok" : "notice")]
        if fields.accessRights == .public { badges.append(Badge(text: text[.dataset.openData], tone: "ok")) }
        if fields.visibility == .internal { badges.append(.internalRecord(text)) }
        let municipalityName = catalogue.municipalities[key.municipality]?.name ?? key.municipality
        return record(
            kind: text(.dataset.kind, ["municipality": municipalityName]), heading: fields.title, lead: fields.description, badges: badges,
            facts: facts, body: dataset.bodyHTML, bodyHeading: text[.dataset.bodyHeading],
            sections: [section("distribusjoner", texts: TextKey.dataset.distributions,
                               columns: [Column(text[.dataset.distributions.columnDistribution]),
                                         Column(text[.dataset.distributions.columnFormat]), Column(text[.dataset.distributions.columnAccess]),
                                         Column(text[.dataset.distributions.columnDownload]),
                                         Column(text[.dataset.distributions.columnLicence])], rows: distributions)],
            layout: layout(title: "\(fields.title.bidiBalanced) (\(municipalityName.bidiBalanced))", description: fields.description,
                           breadcrumbs: municipalityCrumbs(key.municipality, then: .dataset)))
    }

    func processingPage(_ key: LocalKey) -> RecordPage? {
        guard let activity = catalogue.processing[key] else { return nil }
        let fields = activity.fields
        var facts: [Fact] = []
        facts.add(text[.processing.facts.municipality], municipalityCell(key.municipality))
        facts.add(text[.processing.facts.purpose], Cell(fields.purpose))
        facts.add(text[.processing.facts.status], fields.status.map { Cell(format.processingStatus($0)) })
        facts.add(text[.processing.facts.legalBasis], (fields.legalBasis ?? []).map { Cell(format.legalArticle($0.article), note: $0.law) })
        facts.add(text[.processing.facts.dataSubjects], (fields.dataSubjects ?? []).map { Cell($0) })
        facts.add(text[.processing.facts.dataCategories], fields.dataCategories.map { Cell($0) })
        // Criminal-offence data (Art. 10) is not a special category (Art. 9): a fact of its own.
        facts.add(text[.processing.facts.specialCategories], fields.article9Categories.map { Cell(format.specialCategory($0)) })
        if fields.processesCriminalOffenceData { facts.add(text[.processing.facts.criminalOffences], Cell(text[.local.answerYes])) }
        facts.add(text[.processing.facts.recipients], (fields.recipients ?? []).map { Cell($0) })
        if let transfers = fields.thirdCountryTransfers, let countries = transfers.countries, !countries.isEmpty {
            facts.add(text[.processing.facts.transfers], Cell(countries.map(\.code).joined(separator: ", "), note: transfers.safeguard))
        }
        facts.add(text[.processing.facts.retention], Cell(fields.retention ?? text[.local.notRegistered]))
        facts.add(text[.processing.facts.security], fields.securityMeasures.map { Cell($0) })
        switch fields.impactAssessment {
        case .carriedOut(let date): facts.add(text[.processing.facts.dpia], Cell(text(.processing.dpia.done, ["date": format.date(date)])))
        case .notRequired: facts.add(text[.processing.facts.dpia], Cell(text[.processing.dpia.notRequired]))
        case .pending: facts.add(text[.processing.facts.dpia], Cell(text[.processing.dpia.pending]))
        case .notAssessed: facts.add(text[.processing.facts.dpia], Cell(text[.processing.dpia.notAssessed]))
        case .notRecorded: break
        }
        facts.add(text[.processing.facts.jointControllers], (fields.jointControllers ?? []).map { Cell($0) })
        facts.add(text[.processing.facts.jointArrangement], fields.jointArrangement.map { Cell($0) })
        facts.add(text[.processing.facts.accessRequests], fields.accessRequests.map { Cell($0) })
        facts.add(text[.processing.facts.datasets], published((fields.datasets ?? []).map { LocalKey(key.municipality, $0.id) }, .dataset).map { datasetCell($0) })
        if let report = fields.dpia?.report { facts.add(text[.processing.facts.dpiaReport], webCell(report)) }
        let systems = published((fields.systems ?? []).map { $0.key(from: key.municipality) }, .system).map { systemKey in
            [systemCell(systemKey, withMunicipality: systemKey.municipality != key.municipality),
             productCell(catalogue.systems[systemKey]?.fields.product?.id)]
        }
        let processors = (fields.processors ?? []).map { processor in
            [vendorCell(processor.vendor.id),
             processor.dpa.flatMap(agreementCell(in: key.municipality)) ?? Cell("–")]
        }
        let municipalityName = catalogue.municipalities[key.municipality]?.name ?? key.municipality
        return record(
            kind: text(.processing.kind, ["municipality": municipalityName]), heading: fields.name, lead: fields.purpose,
            facts: facts, body: activity.bodyHTML,
            sections: [
                section("systemer", texts: TextKey.processing.systems,
                        columns: [Column(text[.column.system]), Column(text[.column.product])], rows: systems),
                section("databehandlere", texts: TextKey.processing.processors,
                        columns: [Column(text[.column.vendor]), Column(text[.processing.processors.columnDpa])], rows: processors),
            ],
            layout: layout(title: "\(fields.name.bidiBalanced) (\(municipalityName.bidiBalanced))", description: fields.purpose,
                           breadcrumbs: municipalityCrumbs(key.municipality, then: .processing)))
    }

    func contractPage(_ key: LocalKey) -> RecordPage? {
        guard let contract = catalogue.contracts[key] else { return nil }
        let fields = contract.fields
        var facts: [Fact] = []
        facts.add(text[.contract.facts.municipality], municipalityCell(key.municipality))
        facts.add(text[.contract.facts.vendor], vendorCell(fields.vendor.id))
        facts.add(text[.contract.facts.type], fields.type.map { Cell(format.contractType($0)) })
        facts.add(text[.contract.facts.start], Cell(format.date(fields.start)))
        facts.add(text[.contract.facts.end], fields.end.map { Cell(format.date($0)) })
        facts.add(text[.contract.facts.notice], fields.noticeMonths.map { Cell(format.count($0.value, .count.month)) })
        facts.add(text[.contract.facts.options], fields.renewalOptions.map { Cell($0) })
        facts.add(text[.contract.facts.annualCost], fields.annualCost.map { Cell(format.kroner($0)) })
        facts.add(text[.contract.facts.procurementRef], fields.procurementRef.map { Cell($0) })
        facts.add(text[.contract.facts.document], fields.documentUrl.map(webCell))
        facts.add(text[.contract.facts.owner], fields.owner.map { Cell($0) })
        let systems = published(catalogue.systemsForContract(key), .system).map { systemKey in
            [systemCell(systemKey), productCell(catalogue.systems[systemKey]?.fields.product?.id)]
        }
        let municipalityName = catalogue.municipalities[key.municipality]?.name ?? key.municipality
        return record(
            kind: text(.contract.kind, ["municipality": municipalityName]), heading: fields.title, facts: facts, body: contract.bodyHTML,
            sections: [section("systemer", texts: TextKey.contract.systems,
                               columns: [Column(text[.column.system]), Column(text[.column.product])], rows: systems)],
            layout: layout(title: "\(fields.title.bidiBalanced) (\(municipalityName.bidiBalanced))", breadcrumbs: municipalityCrumbs(key.municipality, then: .contract)))
    }
}

extension PageFamily {
    /// Links to a scope's DCAT-AP-NO catalogue in each syntax.
    func catalogueLinks(_ scope: Scope) -> [Link] {
        guard let stem = CatalogueFiles.stem(scope, in: catalogue) else { return [] }
        return CatalogueFiles.formats.map { Link(text: $0.label, href: href(stem + "." + $0.extension)) }
    }
}
