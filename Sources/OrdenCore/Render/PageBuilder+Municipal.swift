/// Pages of a municipality and of the records it owns.
extension PageBuilder {
    func municipalityPage(_ number: String) -> RecordPage? {
        guard let entry = catalogue.municipalities[number] else { return nil }
        let fields = entry.record.fields
        var facts: [Fact] = []
        facts.add("Kommunenummer", Cell(entry.number))
        facts.add("Organisasjonsnummer", Cell(fields.orgnr.description))
        facts.add("Fylke", fields.county.map { Cell($0) })
        facts.add("Samarbeid", fields.cooperation.map { Cell($0) })
        facts.add("Innbyggere", fields.population.map { Cell(format.integer($0.value)) })
        facts.add("Nettsted", fields.website.map(webCell))
        // Internal: the public catalogue has no dpo (PublicView clears it).
        if let dpo = fields.dpo {
            facts.add("Personvernombud", [dpo.name.map { Cell($0, note: "intern") }, dpo.email.map { Cell($0.address, href: "mailto:" + $0.address) }].compactMap { $0 })
        }
        facts.add("Målform", fields.language.map { Cell($0 == .nn ? "Nynorsk" : "Bokmål") })
        facts.add("Rapporter", Paths.reports(.municipality(number), in: catalogue).map { Cell("Rapporter for \(fields.name)", href: href($0)) })
        facts.add("Datasettkatalog (DCAT-AP-NO)", catalogueLinks(.municipality(number)).map { Cell($0.text, href: $0.href) })
        let progress = Progress.of(number, in: catalogue)
        facts.add("Fremdrift", progressFact(progress))
        let systems = catalogue.systems(of: number)
        var badges = fields.fictional == true ? [Badge(text: "Fiktiv kommune", tone: "notice")] : []
        if fields.visibility == .internal { badges.append(Badge.internalRecord) }
        return record(
            kind: "Kommune", heading: fields.name,
            lead: "\(fields.name) har registrert \(format.count(systems.count, "system")), "
                + "\(format.count(published(catalogue.datasetsByMunicipality[number], .dataset).count, "dataset")), "
                + "\(format.count(published(catalogue.processingByMunicipality[number], .processing).count, "processing")) og "
                + "\(format.count(published(catalogue.contractsByMunicipality[number], .contract).count, "contract")).",
            badges: badges, facts: facts, body: entry.record.bodyHTML, bodyHeading: "Om kommunen",
            sections: ContentLayout.localKinds.map { localSection($0, in: number) } + [similarSection(number), progressSection(progress)],
            layout: layout(title: fields.name, description: "IT-systemer, datasett, behandlinger og avtaler i \(fields.name).",
                           breadcrumbs: [Link(text: "Kommuner", href: href(Paths.municipalities))]))
    }

    /// Links to a scope's DCAT-AP-NO catalogue in each syntax.
    func catalogueLinks(_ scope: Scope) -> [Link] {
        guard let stem = CatalogueFiles.stem(scope, in: catalogue) else { return [] }
        return CatalogueFiles.formats.map { Link(text: $0.label, href: href(stem + "." + $0.extension)) }
    }

    /// The municipalities running most of the same products, site-wide.
    func similarSection(_ number: String) -> Section {
        let ranked = shared.similar(in: .site)[number] ?? []
        let rows = ranked.map { [municipalityCell($0.number), countCell($0.shared.count),
                                 Cell(byName(products: $0.shared).map { catalogue.products[$0]?.fields.name ?? $0 }.joined(separator: ", "))] }
        return Section(id: "like-kommuner", heading: "Kommuner som ligner", intro: rows.isEmpty ? nil : "Kommunene som bruker flest av de samme produktene.",
                       table: Table(caption: "Kommuner med flest felles produkter", columns: [Column("Kommune"), Column("Felles produkter", numeric: true), Column("Produkter")], rows: rows),
                       empty: "Ingen andre kommuner bruker de samme produktene.")
    }

    func localListPage(_ kind: RecordKind, _ number: String) -> ListPage? {
        guard let entry = catalogue.municipalities[number] else { return nil }
        let title = "\(localKindTitle(kind)) i \(entry.name)"
        var page = ListPage(
            layout: layout(title: title, breadcrumbs: municipalityCrumbs(number)),
            heading: title, intro: nil, sections: [localSection(kind, in: number)], alternateLinks: [])
        if kind == .dataset {
            page.machineReadable = catalogueLinks(.municipality(number)).map { Link(text: "DCAT-AP-NO (\($0.text))", href: $0.href) }
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
            return Section(id: id, heading: "Systemer", table: Table(
                caption: "Systemer", columns: [Column("System"), Column("Produkt"), Column("Leverandør"), Column("Livsløp"), Column("Kritikalitet")],
                rows: rows), empty: "Ingen systemer er registrert.")
        case .dataset:
            let keys = Collation.sorted(published(catalogue.datasetsByMunicipality[number], .dataset)) { catalogue.datasets[$0]?.fields.title ?? $0.id }
            let rows = keys.compactMap { key -> [Cell]? in
                guard let dataset = catalogue.datasets[key] else { return nil }
                return [datasetCell(key), Cell(dataset.fields.themes.map(format.theme).joined(separator: ", ")),
                        Cell(format.accessRights(dataset.fields.accessRights))]
            }
            return Section(id: id, heading: "Datasett", table: Table(
                caption: "Datasett", columns: [Column("Datasett"), Column("Tema"), Column("Tilgang")], rows: rows),
                empty: "Ingen datasett er registrert.")
        case .processing:
            let keys = Collation.sorted(published(catalogue.processingByMunicipality[number], .processing)) { catalogue.processing[$0]?.fields.name ?? $0.id }
            let rows = keys.compactMap { key -> [Cell]? in
                guard let activity = catalogue.processing[key] else { return nil }
                return [processingCell(key), Cell(activity.fields.purpose)]
            }
            return Section(id: id, heading: "Behandlingsaktiviteter", table: Table(
                caption: "Behandlingsaktiviteter (protokoll etter personvernforordningen artikkel 30)",
                columns: [Column("Behandling"), Column("Formål")], rows: rows),
                empty: "Ingen behandlingsaktiviteter er registrert.")
        case .initiative:
            return initiativeSection(catalogue.initiativesByOwner[.municipality(number)] ?? [], id: id)
        default:
            let keys = Collation.sorted(published(catalogue.contractsByMunicipality[number], .contract)) { catalogue.contracts[$0]?.fields.title ?? $0.id }
            let rows = keys.compactMap { key -> [Cell]? in
                guard let contract = catalogue.contracts[key] else { return nil }
                return [contractCell(key), vendorCell(contract.fields.vendor.id),
                        Cell(contract.fields.type.map(format.contractType) ?? "–"), dateCell(contract.fields.end)]
            }
            return Section(id: id, heading: "Avtaler", table: Table(
                caption: "Avtaler", columns: [Column("Avtale"), Column("Leverandør"), Column("Type"), Column("Utløper")], rows: rows),
                empty: "Ingen avtaler er registrert.")
        }
    }

    func systemPage(_ key: LocalKey) -> RecordPage? {
        guard let system = catalogue.systems[key] else { return nil }
        let fields = system.fields
        let inherited = { (origin: Origin?) in origin == .catalogue }
        var facts: [Fact] = []
        facts.add("Kommune", municipalityCell(key.municipality))
        facts.add("Produkt", fields.product.map { productCell($0.id) })
        facts.add("Leverandør", system.vendor.map { vendorCell($0.value) }, inherited: inherited(system.vendor?.origin))
        facts.add("Kategori", system.category.map { Cell(format.category($0.value)) }, inherited: inherited(system.category?.origin))
        facts.add("Driftsform", system.hosting.map { Cell(format.hosting($0.value)) }, inherited: inherited(system.hosting?.origin))
        facts.add("Standarder", system.standards?.value.map(standardCell) ?? [], inherited: inherited(system.standards?.origin))
        facts.add("Tjenesteområder", (system.serviceAreas?.value ?? []).map(serviceAreaCell), inherited: inherited(system.serviceAreas?.origin))
        facts.add("Systemeier", Cell(fields.owner ?? "Ikke registrert"))
        facts.add("Systemforvalter", fields.manager.map { Cell($0) })
        var lifecycle = format.lifecycle(fields.lifecycle.status)
        if let since = fields.lifecycle.since { lifecycle += " siden \(format.date(since))" }
        facts.add("Livsløp", Cell(lifecycle))
        facts.add("Planlagt avviklet", fields.lifecycle.endOfLife.map { Cell(format.date($0)) })
        if let functional = fields.fit?.functional { facts.add("Funksjonell egnethet", Cell("\(functional.value) av 5")) }
        if let technical = fields.fit?.technical { facts.add("Teknisk egnethet", Cell("\(technical.value) av 5")) }
        facts.add("TIME-vurdering", system.time.map { Cell(format.time($0), note: system.timeIsDerived ? "avledet av egnethet" : nil) })
        facts.add("Kritikalitet", fields.criticality.map { Cell(format.criticality($0)) })
        facts.add("Brukere", fields.users.map { Cell(format.integer($0.value)) })
        if let cost = fields.cost {
            var parts: [Cell] = []
            if let licence = cost.licence { parts.append(Cell(format.kroner(licence), note: "lisens")) }
            if let operations = cost.operations { parts.append(Cell(format.kroner(operations), note: "drift")) }
            if let other = cost.other { parts.append(Cell(format.kroner(other), note: "annet")) }
            if let total = cost.total, parts.count > 1 { parts.append(Cell(format.kroner(total), note: "totalt")) }
            facts.add("Kostnad per år", parts)
        }
        if let api = fields.api {
            var cells = [Cell(api.endpointUrl.url, href: api.endpointUrl.url, note: "endepunkt")]
            if let description = api.endpointDescription { cells.append(Cell("Beskrivelse", href: description.url)) }
            if let rights = api.accessRights { cells.append(Cell(format.accessRights(rights))) }
            facts.add("API", cells)
        }
        facts.add("Avtale", fields.contract.flatMap { published([LocalKey(key.municipality, $0.id)], .contract).first }.map(contractCell))
        facts.add("Databehandleravtale", fields.dpa.flatMap { published([LocalKey(key.municipality, $0.id)], .contract).first }.map(contractCell))
        facts.add("Personopplysninger", (system.personalDataCategories?.value ?? []).map { Cell($0) }, inherited: inherited(system.personalDataCategories?.origin))
        facts.add("Særlige kategorier", (system.specialCategories?.value ?? []).map { Cell(format.specialCategory($0)) }, inherited: inherited(system.specialCategories?.origin))
        facts.add("Registrerte", (fields.personalData?.dataSubjects ?? []).map { Cell($0) })
        facts.add("Sist gjennomgått", fields.reviewed.map { Cell(format.date($0)) })
        // Internal fields: only the internal catalogue has them (PublicView clears them).
        if let classification = fields.classification {
            let levels = [("K", classification.confidentiality), ("I", classification.integrity), ("T", classification.availability)]
            var cells = levels.compactMap { letter, level in level.map { Cell("\(letter)\($0.value)") } }
            if !cells.isEmpty { cells[cells.count - 1].note = "intern" }
            facts.add("Klassifisering (KIT)", cells)
        }
        facts.add("Siste risikovurdering", fields.lastRiskAssessment.map { Cell(format.date($0), note: "intern") })
        facts.add("Infrastruktur", fields.infrastructure.map { Cell($0, note: "intern") })

        var badges = [Badge(text: format.lifecycle(fields.lifecycle.status), tone: fields.lifecycle.status == .production ? "ok" : "notice")]
        if fields.visibility == .internal { badges.append(Badge.internalRecord) }
        if let criticality = fields.criticality, criticality == .high || criticality == .critical {
            badges.append(Badge(text: "Kritikalitet: \(format.criticality(criticality).lowercased())", tone: "warn"))
        }
        let municipalityName = catalogue.municipalities[key.municipality]?.name ?? key.municipality
        let product = fields.product.flatMap { catalogue.products[$0.id] }
        return record(
            kind: "System i \(municipalityName)", heading: system.name.value,
            lead: product.map { "Bruker \($0.fields.name) fra programvarekatalogen." },
            badges: badges, facts: facts, body: system.descriptionHTML?.value,
            bodyInherited: system.descriptionHTML?.origin == .catalogue,
            inheritedFrom: product.map { Link(text: $0.fields.name, href: href(Paths.product($0.id))) },
            sections: systemSections(system),
            layout: layout(title: "\(system.name.value) (\(municipalityName))", breadcrumbs: municipalityCrumbs(key.municipality, then: .system)))
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
            return catalogue.products[id] == nil ? nil : Cell(catalogue.products[id]?.fields.name ?? id, href: href(Paths.product(id)), note: "katalogprodukt")
        }
    }

    private func integrationCells(_ integration: Integration, direction: String) -> [Cell] {
        [integration.via.map { standardCell($0.id) } ?? Cell("–"),
         Cell(direction),
         Cell(integration.data ?? "–"),
         Cell(integration.personalData.map { $0 ? "Ja" : "Nei" } ?? "–"),
         Cell(integration.frequency.map(format.frequency) ?? "–")]
    }

    private func systemSections(_ system: ResolvedSystem) -> [Section] {
        let key = system.key
        let integrationColumns = [Column("Via"), Column("Retning"), Column("Data"), Column("Personopplysninger"), Column("Frekvens")]
        let outgoing = (system.fields.integrations ?? []).compactMap { integration -> [Cell]? in
            guard let target = integrationTarget(integration.to, from: key.municipality) else { return nil }
            return [target] + integrationCells(integration, direction: integration.direction.map(format.direction) ?? "–")
        }
        let incoming = (catalogue.incomingIntegrations[key] ?? []).compactMap { incoming -> [Cell]? in
            guard catalogue.systems[incoming.from] != nil else { return nil }
            let direction = incoming.integration.direction.map(format.reversedDirection) ?? "–"
            return [systemCell(incoming.from, withMunicipality: incoming.from.municipality != key.municipality)]
                + integrationCells(incoming.integration, direction: direction)
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
            Section(id: "integrasjoner-ut", heading: "Integrasjoner fra dette systemet",
                    table: Table(caption: "Integrasjoner fra dette systemet", columns: [Column("Til")] + integrationColumns, rows: outgoing),
                    empty: "Ingen integrasjoner fra systemet er registrert."),
            Section(id: "integrasjoner-inn", heading: "Integrasjoner til dette systemet",
                    intro: "Andre systemer som har registrert en integrasjon med dette systemet. Retningen er sett fra dette systemet.",
                    table: Table(caption: "Integrasjoner til dette systemet", columns: [Column("Fra")] + integrationColumns, rows: incoming),
                    empty: "Ingen andre systemer har registrert integrasjoner hit."),
            Section(id: "behandlinger", heading: "Behandlingsaktiviteter",
                    table: Table(caption: "Behandlingsaktiviteter som bruker systemet", columns: [Column("Behandling"), Column("Formål")], rows: processing),
                    empty: "Ingen behandlingsaktiviteter bruker systemet."),
            Section(id: "datasett", heading: "Datasett",
                    table: Table(caption: "Datasett fra systemet", columns: [Column("Datasett"), Column("Tilgang")], rows: datasets),
                    empty: "Ingen datasett er knyttet til systemet."),
            Section(id: "avtaler", heading: "Avtaler",
                    table: Table(caption: "Avtaler som gjelder systemet", columns: [Column("Avtale"), Column("Leverandør"), Column("Type"), Column("Utløper")], rows: contracts),
                    empty: "Ingen avtaler er knyttet til systemet."),
        ]
        if !typical.isEmpty {
            sections.append(Section(
                id: "typiske-integrasjoner", heading: "Typiske integrasjoner for produktet",
                intro: "Fra programvarekatalogen: integrasjoner produktet vanligvis har.",
                table: Table(caption: "Typiske integrasjoner (arvet fra katalogen)", columns: [Column("Produkt"), Column("Via"), Column("Retning")], rows: typical),
                empty: ""))
        }
        return sections
    }

    /// "What breaks if we replace this?": everything that depends on the system, in one table.
    private func impactSection(_ system: ResolvedSystem, outgoing: [[Cell]], incoming: [[Cell]]) -> Section {
        let key = system.key
        var rows: [[Cell]] = []
        rows += outgoing.map { [Cell("Integrasjon fra systemet"), $0[0], Cell($0.count > 4 && $0[4].text == "Ja" ? "personopplysninger" : "")] }
        rows += incoming.map { [Cell("Integrasjon til systemet"), $0[0], Cell($0.count > 4 && $0[4].text == "Ja" ? "personopplysninger" : "")] }
        rows += published(catalogue.processingBySystem[key], .processing).map { [Cell("Behandlingsaktivitet"), processingCell($0), Cell("")] }
        rows += published(catalogue.datasetsBySystem[key], .dataset).map { [Cell("Datasett"), datasetCell($0), Cell("")] }
        rows += (system.serviceAreas?.value ?? []).filter { catalogue.serviceAreas[$0] != nil }.map { [Cell("Tjenesteområde"), serviceAreaCell($0), Cell("")] }
        rows += published(catalogue.contractsBySystem[key], .contract).compactMap { contractKey in
            catalogue.contracts[contractKey].map { [Cell("Avtale"), contractCell(contractKey), Cell($0.fields.end.map { "utløper \(format.date($0))" } ?? "")] }
        }
        for initiativeKey in catalogue.initiativesBySystem[key] ?? [] {
            guard let initiative = catalogue.initiatives[initiativeKey] else { continue }
            let changes = initiative.systemChanges(owner: initiativeKey.owner).filter { $0.0 == key }.map { format.change($0.1).lowercased() }
            rows.append([Cell("Tiltak"), initiativeCell(initiativeKey), Cell("\(format.initiativeStatus(initiative.fields.status)); systemet \(changes.joined(separator: ", "))")])
        }
        let counts = [("integration", outgoing.count + incoming.count),
                      ("processing", published(catalogue.processingBySystem[key], .processing).count),
                      ("dataset", published(catalogue.datasetsBySystem[key], .dataset).count),
                      ("contract", published(catalogue.contractsBySystem[key], .contract).count)]
        let summary = "Skal systemet erstattes eller avvikles, berøres " + counts.map { format.count($0.1, $0.0) }.joined(separator: ", ")
            + " og \(format.count((system.serviceAreas?.value ?? []).count, "service_area"))."
        return Section(id: "konsekvenser", heading: "Hva avhenger av systemet?", intro: summary, exporting: "avhengigheter",
                       table: Table(caption: "Alt som avhenger av systemet", columns: [Column("Avhengighet"), Column("Hva"), Column("Merknad")], rows: rows),
                       empty: "Ingenting annet er registrert som avhengig av systemet.")
    }

    func datasetPage(_ key: LocalKey) -> RecordPage? {
        guard let dataset = catalogue.datasets[key] else { return nil }
        let fields = dataset.fields
        var facts: [Fact] = []
        facts.add("Kommune", municipalityCell(key.municipality))
        facts.add("Tilgang", Cell(format.accessRights(fields.accessRights)))
        facts.add("Lisens", fields.licence.map { Cell(format.licence($0)) })
        facts.add("Tema", fields.themes.map { Cell(format.theme($0)) })
        facts.add("Emneord", (fields.keywords ?? []).map { Cell($0) })
        if let contact = fields.contact {
            facts.add("Kontaktpunkt", contact.email.map { emailCell($0, name: contact.name) } ?? contact.name.map { Cell($0) })
        }
        facts.add("Geografisk dekning", fields.spatial.map { Cell($0) })
        if let temporal = fields.temporal, temporal.start != nil || temporal.end != nil {
            facts.add("Tidsrom", Cell("\(temporal.start.map(format.date) ?? "…") – \(temporal.end.map(format.date) ?? "…")"))
        }
        facts.add("Oppdateres", fields.frequency.map { Cell(format.updateFrequency($0)) })
        facts.add("Utgitt", fields.issued.map { Cell(format.date($0)) })
        facts.add("Sist endret", fields.modified.map { Cell(format.date($0)) })
        facts.add("Personopplysninger", fields.personalData.map { Cell($0 ? "Ja" : "Nei") })
        facts.add("Kildesystemer", published((fields.sourceSystems ?? []).map { LocalKey(key.municipality, $0.id) }, .system).map { systemCell($0) })
        let distributions = (fields.distributions ?? []).map { distribution in
            [Cell(distribution.title ?? "Distribusjon"),
             Cell(distribution.format.map(format.fileFormat) ?? "–"),
             Cell("Tilgang", href: distribution.accessUrl.url),
             distribution.downloadUrl.map { Cell("Last ned", href: $0.url) } ?? Cell("–"),
             Cell((distribution.licence ?? fields.licence).map(\.rawValue) ?? "–")]
        }
        var badges = [Badge(text: format.accessRights(fields.accessRights), tone: fields.accessRights == .public ? "ok" : "notice")]
        if fields.accessRights == .public { badges.append(Badge(text: "Åpne data", tone: "ok")) }
        if fields.visibility == .internal { badges.append(Badge.internalRecord) }
        let municipalityName = catalogue.municipalities[key.municipality]?.name ?? key.municipality
        return record(
            kind: "Datasett fra \(municipalityName)", heading: fields.title, lead: fields.description, badges: badges,
            facts: facts, body: dataset.bodyHTML, bodyHeading: "Mer om datasettet",
            sections: [Section(id: "distribusjoner", heading: "Distribusjoner",
                               table: Table(caption: "Distribusjoner", columns: [Column("Distribusjon"), Column("Format"), Column("Tilgang"), Column("Nedlasting"), Column("Lisens")], rows: distributions),
                               empty: "Datasettet har ingen distribusjoner.")],
            layout: layout(title: "\(fields.title) (\(municipalityName))", description: fields.description,
                           breadcrumbs: municipalityCrumbs(key.municipality, then: .dataset)))
    }

    func processingPage(_ key: LocalKey) -> RecordPage? {
        guard let activity = catalogue.processing[key] else { return nil }
        let fields = activity.fields
        var facts: [Fact] = []
        facts.add("Kommune", municipalityCell(key.municipality))
        facts.add("Formål", Cell(fields.purpose))
        facts.add("Rettslig grunnlag", (fields.legalBasis ?? []).map { Cell("GDPR \($0.article.description)", note: $0.law) })
        facts.add("Registrerte", (fields.dataSubjects ?? []).map { Cell($0) })
        facts.add("Personopplysninger", fields.dataCategories.map { Cell($0) })
        facts.add("Særlige kategorier", (fields.specialCategories ?? []).map { Cell(format.specialCategory($0)) })
        facts.add("Mottakere", (fields.recipients ?? []).map { Cell($0) })
        if let transfers = fields.thirdCountryTransfers, let countries = transfers.countries, !countries.isEmpty {
            facts.add("Overføring til tredjeland", Cell(countries.map(\.code).joined(separator: ", "), note: transfers.safeguard))
        }
        facts.add("Lagringstid", Cell(fields.retention ?? "Ikke registrert"))
        facts.add("Sikkerhetstiltak", fields.securityMeasures.map { Cell($0) })
        if let dpia = fields.dpia {
            let text = dpia.required == false ? "Ikke påkrevd" : dpia.date.map { "Gjennomført \(format.date($0))" } ?? "Påkrevd, ikke gjennomført"
            facts.add("Personvernkonsekvensvurdering (DPIA)", Cell(text))
        }
        facts.add("Felles behandlingsansvarlige", (fields.jointControllers ?? []).map { Cell($0) })
        let systems = published((fields.systems ?? []).map { $0.key(from: key.municipality) }, .system).map { systemKey in
            [systemCell(systemKey, withMunicipality: systemKey.municipality != key.municipality),
             productCell(catalogue.systems[systemKey]?.fields.product?.id)]
        }
        let processors = (fields.processors ?? []).map { processor in
            [vendorCell(processor.vendor.id),
             processor.dpa.flatMap { published([LocalKey(key.municipality, $0.id)], .contract).first }.map(contractCell) ?? Cell("–")]
        }
        let municipalityName = catalogue.municipalities[key.municipality]?.name ?? key.municipality
        return record(
            kind: "Behandlingsaktivitet i \(municipalityName)", heading: fields.name, lead: fields.purpose,
            facts: facts, body: activity.bodyHTML,
            sections: [
                Section(id: "systemer", heading: "Systemer", table: Table(caption: "Systemer som brukes i behandlingen", columns: [Column("System"), Column("Produkt")], rows: systems),
                        empty: "Ingen systemer er oppgitt."),
                Section(id: "databehandlere", heading: "Databehandlere", table: Table(caption: "Databehandlere", columns: [Column("Leverandør"), Column("Databehandleravtale")], rows: processors),
                        empty: "Ingen databehandlere er oppgitt."),
            ],
            layout: layout(title: "\(fields.name) (\(municipalityName))", description: fields.purpose,
                           breadcrumbs: municipalityCrumbs(key.municipality, then: .processing)))
    }

    func contractPage(_ key: LocalKey) -> RecordPage? {
        guard let contract = catalogue.contracts[key] else { return nil }
        let fields = contract.fields
        var facts: [Fact] = []
        facts.add("Kommune", municipalityCell(key.municipality))
        facts.add("Leverandør", vendorCell(fields.vendor.id))
        facts.add("Avtaletype", fields.type.map { Cell(format.contractType($0)) })
        facts.add("Start", Cell(format.date(fields.start)))
        facts.add("Utløper", fields.end.map { Cell(format.date($0)) })
        facts.add("Oppsigelsesfrist", fields.noticeMonths.map { Cell(format.count($0.value, "month")) })
        facts.add("Opsjoner", fields.renewalOptions.map { Cell($0) })
        facts.add("Årlig kostnad", fields.annualCost.map { Cell(format.kroner($0)) })
        facts.add("Anskaffelsesreferanse", fields.procurementRef.map { Cell($0) })
        facts.add("Avtaleeier", fields.owner.map { Cell($0) })
        let systems = published(catalogue.systemsForContract(key), .system).map { systemKey in
            [systemCell(systemKey), productCell(catalogue.systems[systemKey]?.fields.product?.id)]
        }
        let municipalityName = catalogue.municipalities[key.municipality]?.name ?? key.municipality
        return record(
            kind: "Avtale i \(municipalityName)", heading: fields.title, facts: facts, body: contract.bodyHTML,
            sections: [Section(id: "systemer", heading: "Systemer", table: Table(caption: "Systemer avtalen gjelder", columns: [Column("System"), Column("Produkt")], rows: systems),
                               empty: "Ingen systemer er knyttet til avtalen.")],
            layout: layout(title: "\(fields.title) (\(municipalityName))", breadcrumbs: municipalityCrumbs(key.municipality, then: .contract)))
    }
}

extension Catalogue {
    /// Systems a contract covers: those it names and those that name it.
    func systemsForContract(_ key: LocalKey) -> [LocalKey] {
        var keys = Set((contracts[key]?.fields.systems ?? []).map { LocalKey(key.municipality, $0.id) })
        for systemKey in systemsByMunicipality[key.municipality] ?? [] {
            if contractsBySystem[systemKey]?.contains(key) == true { keys.insert(systemKey) }
        }
        return keys.sorted()
    }
}
