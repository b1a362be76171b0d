/// Reports on data quality, integrations and the action plan.
extension PageBuilder {
    // MARK: Data quality

    func qualitySections(_ figures: Figures) -> [Section] {
        let audience = catalogue.audience
        var perMunicipality: [[Cell]] = [], weakest: [(Int, [Cell])] = []
        func average(_ scores: [Completeness]) -> Int? {
            scores.isEmpty ? nil : scores.reduce(0) { $0 + $1.percent } / scores.count
        }
        func scoreCell(_ value: Int?) -> Cell { value.map { Cell(format.percent($0), number: Double($0)) } ?? Cell("–", numeric: true) }
        for number in figures.members {
            let systems = catalogue.systems(of: number).map { ($0.key, Completeness.of($0, audience: audience)) }
            let datasets = published(catalogue.datasetsByMunicipality[number], .dataset).compactMap { key in catalogue.datasets[key].map { (key, Completeness.of($0)) } }
            let processing = published(catalogue.processingByMunicipality[number], .processing).compactMap { key in catalogue.processing[key].map { (key, Completeness.of($0)) } }
            let contracts = published(catalogue.contractsByMunicipality[number], .contract).compactMap { key in catalogue.contracts[key].map { (key, Completeness.of($0)) } }
            let all = systems.map(\.1) + datasets.map(\.1) + processing.map(\.1) + contracts.map(\.1)
            perMunicipality.append([municipalityCell(number), scoreCell(average(systems.map(\.1))), scoreCell(average(datasets.map(\.1))),
                                    scoreCell(average(processing.map(\.1))), scoreCell(average(contracts.map(\.1))), scoreCell(average(all))])
            let labelled: [(RecordKind, LocalKey, Completeness)] = systems.map { (.system, $0.0, $0.1) } + datasets.map { (.dataset, $0.0, $0.1) }
                + processing.map { (.processing, $0.0, $0.1) } + contracts.map { (.contract, $0.0, $0.1) }
            for (kind, key, score) in labelled where score.percent < 100 {
                weakest.append((score.percent, [recordCell(kind, key), Cell(kind.norwegianNoun)] + (withMunicipality(figures) ? [municipalityCell(number)] : [])
                                + [scoreCell(score.percent), Cell(score.missing.joined(separator: ", "))]))
            }
        }
        let recordRows = weakest.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element.1)
        let stale = figures.staleRecords.map { item in
            [recordCell(item.kind, item.key), Cell(item.kind.norwegianNoun)] + (withMunicipality(figures) ? [municipalityCell(item.key.municipality)] : [])
                + [item.reviewed.map { dateCell($0) } ?? Cell("Aldri")]
        }
        let ownerless = byName(systems: figures.systemsWithoutOwner).map { key in
            [systemCell(key)] + (withMunicipality(figures) ? [municipalityCell(key.municipality)] : [])
        }
        let multiColumn = withMunicipality(figures) ? [Column("Kommune")] : []
        let limit = catalogue.reportDate.adding(months: -12)
        return [
            Section(id: "kompletthet", heading: "Kompletthet per kommune",
                    intro: "Gjennomsnittlig andel av de obligatoriske og anbefalte feltene som er fylt ut, per type registrering. Arvede opplysninger fra katalogen teller med.",
                    exporting: "kompletthet",
                    table: Table(caption: "Kompletthet per kommune", columns: [
                        Column("Kommune"), Column("Systemer", numeric: true), Column("Datasett", numeric: true), Column("Behandlinger", numeric: true),
                        Column("Avtaler", numeric: true), Column("Samlet", numeric: true)], rows: perMunicipality),
                    empty: "Ingen kommuner."),
            Section(id: "registreringer", heading: "Registreringer som ikke er komplette",
                    intro: "\(format.count(recordRows.count, "registration")) mangler ett eller flere felt, de minst komplette først.",
                    exporting: "ufullstendige",
                    table: Table(caption: "Ufullstendige registreringer", columns: [Column("Registrering"), Column("Type")] + multiColumn + [Column("Kompletthet", numeric: true), Column("Mangler")], rows: recordRows),
                    empty: "Alle registreringer er komplette."),
            Section(id: "ikke-gjennomgatt", heading: "Ikke gjennomgått siste 12 måneder",
                    intro: "\(format.count(stale.count, "registration")) er ikke gjennomgått (reviewed) etter \(format.date(limit)).",
                    exporting: "ikke-gjennomgatt",
                    table: Table(caption: "Registreringer ikke gjennomgått siste 12 måneder", columns: [Column("Registrering"), Column("Type")] + multiColumn + [Column("Sist gjennomgått")], rows: stale),
                    empty: "Alt er gjennomgått siste 12 måneder."),
            Section(id: "uten-eier", heading: "Systemer uten eier",
                    intro: "Systemer som ikke er avviklet og ikke har en systemeier (owner). Uten eier er det ingen som har ansvar for systemet.",
                    exporting: "uten-eier",
                    table: Table(caption: "Systemer uten systemeier", columns: [Column("System")] + multiColumn, rows: ownerless),
                    empty: "Alle systemer har en eier."),
        ]
    }

    func recordCell(_ kind: RecordKind, _ key: LocalKey) -> Cell {
        switch kind {
        case .system: systemCell(key)
        case .dataset: datasetCell(key)
        case .processing: processingCell(key)
        case .contract: contractCell(key)
        default: Cell(key.id)
        }
    }

    // MARK: Integration map

    func integrationSections(_ figures: Figures) -> [Section] {
        guard case .municipality(let number) = figures.scope else { return integrationOverviewSections(figures) }
        let systems = catalogue.systems(of: number).filter { $0.fields.lifecycle.status != .retired }
        var nodes: [Charts.Node] = systems.map { Charts.Node(id: $0.key.description, label: $0.name.value, group: areaName(areas(of: $0).first ?? ""), external: false) }
        var externalIds: Set<String> = []
        var edges: [Charts.Edge] = [], rows: [[Cell]] = []
        let local = Set(systems.map(\.key))
        func external(_ id: String, _ label: String) {
            if externalIds.insert(id).inserted { nodes.append(Charts.Node(id: id, label: label, group: "Utenfor kommunen", external: true)) }
        }
        for system in systems {
            for integration in system.fields.integrations ?? [] {
                let targetId: String, targetCell: Cell
                switch integration.to.kind {
                case .localSystem(let id):
                    let key = LocalKey(number, id)
                    guard local.contains(key) else { continue }
                    (targetId, targetCell) = (key.description, systemCell(key))
                case .municipalSystem(let other, let id):
                    let key = LocalKey(other, id)
                    guard catalogue.systems[key] != nil else { continue }
                    targetId = key.description
                    targetCell = systemCell(key, withMunicipality: true)
                    external(targetId, "\(catalogue.systems[key]?.name.value ?? id) (\(catalogue.municipalities[other]?.name ?? other))")
                case .product(let id):
                    guard let product = catalogue.products[id] else { continue }
                    targetId = "product:" + id
                    targetCell = productCell(id)
                    external(targetId, product.fields.name)
                }
                let direction = integration.direction ?? .out
                edges.append(Charts.Edge(from: system.key.description, to: targetId, direction: chartDirection(direction),
                                         personalData: integration.personalData == true, label: integration.data ?? ""))
                rows.append([systemCell(system.key), targetCell, Cell(format.direction(direction)),
                             Cell(integration.personalData.map { $0 ? "Ja" : "Nei" } ?? "–"), integration.via.map { standardCell($0.id) } ?? Cell("–"),
                             Cell(integration.data ?? "–")])
            }
        }
        // Integrations other municipalities registered towards this one's systems.
        for system in systems {
            for incoming in catalogue.incomingIntegrations[system.key] ?? [] where incoming.from.municipality != number {
                let fromId = incoming.from.description
                external(fromId, "\(catalogue.systems[incoming.from]?.name.value ?? incoming.from.id) (\(catalogue.municipalities[incoming.from.municipality]?.name ?? ""))")
                let direction = incoming.integration.direction ?? .out
                edges.append(Charts.Edge(from: fromId, to: system.key.description, direction: chartDirection(direction),
                                         personalData: incoming.integration.personalData == true, label: incoming.integration.data ?? ""))
                rows.append([systemCell(incoming.from, withMunicipality: true), systemCell(system.key), Cell(format.direction(direction)),
                             Cell(incoming.integration.personalData.map { $0 ? "Ja" : "Nei" } ?? "–"),
                             incoming.integration.via.map { standardCell($0.id) } ?? Cell("–"), Cell(incoming.integration.data ?? "–")])
            }
        }
        let personal = edges.filter(\.personalData).count
        let summary = "\(format.count(systems.count, "system")) og \(format.count(edges.count, "integration")), "
            + "hvorav \(personal) overfører personopplysninger (tykke, stiplede linjer). Systemer utenfor kommunen og katalogprodukter er tegnet som firkanter."
        return [Section(id: "kart", heading: "Integrasjonskart", intro: summary, exporting: "integrasjoner",
                        table: Table(caption: "Integrasjoner", columns: [Column("Fra"), Column("Til"), Column("Retning"), Column("Personopplysninger"), Column("Via"), Column("Data")], rows: rows),
                        empty: "Ingen integrasjoner er registrert.",
                        chart: Charts.network(id: "integrasjonskart", title: "Integrasjonskart for \(scopeName(figures.scope))", description: summary, nodes: nodes, edges: edges))]
    }

    func chartDirection(_ direction: Direction) -> Charts.EdgeDirection {
        switch direction {
        case .out: .out
        case .in: .in
        case .both: .both
        }
    }

    /// For a region or the site: integrations per municipality, and those crossing municipal borders.
    func integrationOverviewSections(_ figures: Figures) -> [Section] {
        var perMunicipality: [[Cell]] = [], crossing: [[Cell]] = []
        let members = Set(figures.members)
        for number in figures.members {
            let systems = catalogue.systems(of: number).filter { $0.fields.lifecycle.status != .retired }
            let integrations = systems.flatMap { $0.fields.integrations ?? [] }
            let path = Paths.reports(.municipality(number), in: catalogue).map { $0 + ReportKind.integrations.rawValue + "/" }
            perMunicipality.append([municipalityCell(number), countCell(systems.count), countCell(integrations.count),
                                    countCell(integrations.filter { $0.personalData == true }.count),
                                    path.map { Cell("Integrasjonskart", href: href($0)) } ?? Cell("–")])
            for system in systems {
                for integration in system.fields.integrations ?? [] {
                    guard case .municipalSystem(let other, let id) = integration.to.kind, other != number, members.contains(other) else { continue }
                    let target = LocalKey(other, id)
                    guard catalogue.systems[target] != nil else { continue }
                    crossing.append([systemCell(system.key, withMunicipality: true), systemCell(target, withMunicipality: true),
                                     Cell(integration.direction.map(format.direction) ?? "–"), Cell(integration.personalData.map { $0 ? "Ja" : "Nei" } ?? "–")])
                }
            }
        }
        return [
            Section(id: "per-kommune", heading: "Per kommune", intro: "Hver kommune har sitt eget integrasjonskart.", exporting: "integrasjoner-per-kommune",
                    table: Table(caption: "Integrasjoner per kommune", columns: [Column("Kommune"), Column("Systemer", numeric: true), Column("Integrasjoner", numeric: true),
                                                                                Column("Med personopplysninger", numeric: true), Column("Kart")], rows: perMunicipality),
                    empty: "Ingen kommuner."),
            Section(id: "mellom-kommuner", heading: "Mellom kommunene",
                    intro: "\(format.count(crossing.count, "integration")) går mellom kommunene, typisk til felles løsninger i en vertskommune.",
                    exporting: "integrasjoner-mellom-kommuner",
                    table: Table(caption: "Integrasjoner mellom kommunene", columns: [Column("Fra"), Column("Til"), Column("Retning"), Column("Personopplysninger")], rows: crossing),
                    empty: "Ingen integrasjoner går mellom kommunene."),
        ]
    }

    // MARK: Action plan and budget

    func planSections(_ figures: Figures) -> [Section] {
        let keys = figures.initiatives
        let multi = figures.scope != .municipality(figures.members.first ?? "")
        let ordered = keys.compactMap { key in catalogue.initiatives[key].map { (key, $0) } }
            .sorted { ($0.1.fields.start ?? .placeholder, $0.0) < ($1.1.fields.start ?? .placeholder, $1.0) }
        let tones: [InitiativeStatus: Int] = [.proposed: 0, .approved: 1, .ongoing: 2, .done: 3, .stopped: 0]
        let start = catalogue.reportDate, windowEnd = start.adding(months: Figures.roadmapMonths)
        let timelineRows = ordered.compactMap { key, initiative -> Charts.TimelineRow? in
            guard let from = initiative.fields.start ?? initiative.fields.end else { return nil }
            let to = initiative.fields.end ?? from.adding(months: 12)
            guard to >= start && from < windowEnd else { return nil }
            let label = initiative.fields.title + (multi ? " (\(ownerName(key.owner)))" : "")
            return Charts.TimelineRow(label: label, events: [], spans: [Charts.Span(start: from, end: to, label: format.initiativeStatus(initiative.fields.status), tone: tones[initiative.fields.status] ?? 0)])
        }
        let rows = ordered.map { key, initiative -> [Cell] in
            let fields = initiative.fields
            let changes = initiative.systemChanges(owner: key.owner)
            func count(_ change: Record<Initiative>.Change) -> Cell {
                let n = changes.filter { $0.1 == change }.count + (change == .adds ? (fields.systems?.adds ?? []).filter { if case .product = $0.kind { true } else { false } }.count : 0)
                return countCell(n)
            }
            let total = (fields.budget ?? []).reduce(0) { $0 + $1.total }
            return [initiativeCell(key)] + (multi ? [ownerCell(key.owner)] : [])
                + [Cell(format.initiativeStatus(fields.status)), Cell(period(fields.start, fields.end)),
                   Cell(format.kroner(Money(total)), number: total.rounded()), count(.adds), count(.replaces), count(.retires)]
        }
        let byYear = figures.budgetByYear
        let yearRows = byYear.keys.sorted().map { year -> [Cell] in
            let sum = byYear[year] ?? (0, 0)
            return [Cell(String(year)), Cell(format.kroner(Money(sum.investment)), number: sum.investment.rounded()),
                    Cell(format.kroner(Money(sum.running)), number: sum.running.rounded()),
                    Cell(format.kroner(Money(sum.investment + sum.running)), number: (sum.investment + sum.running).rounded())]
        }
        let yearBars = byYear.keys.sorted().map { year -> Charts.Bar in
            let sum = byYear[year] ?? (0, 0)
            return Charts.Bar(label: String(year), value: sum.investment + sum.running, valueText: format.kroner(Money(sum.investment + sum.running)),
                              note: "investering \(format.kroner(Money(sum.investment)))")
        }
        let byArea = figures.budgetByServiceArea
        let areaRows = byArea.keys.sorted { (byArea[$0] ?? 0, $1) > (byArea[$1] ?? 0, $0) }.map { area in
            [area.isEmpty ? Cell(areaName(area)) : serviceAreaCell(area), Cell(format.kroner(Money(byArea[area] ?? 0)), number: (byArea[area] ?? 0).rounded())]
        }
        let future = figures.futurePortfolio
        let now = figures.systemsInUse.count
        var futureRows: [[Cell]] = future.removed.map { [systemCell($0, withMunicipality: multi), Cell("Fases ut")] }
        futureRows += future.addedSystems.map { [systemCell($0, withMunicipality: multi), Cell("Tas i bruk")] }
        futureRows += future.addedProducts.map { [productCell($0), Cell("Nytt produkt tas i bruk")] }
        let futureSummary = "I dag er \(format.count(now, "system")) i bruk. Etter de vedtatte og pågående tiltakene vil det være \(future.count): "
            + "\(future.removed.count) fases ut, \(future.addedSystems.count + future.addedProducts.count) kommer til."
        let committed = ordered.filter { Figures.isCommitted($0.1.fields.status) }.count
        let summary = "\(format.count(ordered.count, "initiative")), hvorav \(committed) vedtatt eller pågående. Stansede tiltak er ikke med i budsjettet."
        return [
            Section(id: "tiltak", heading: "Tiltak", intro: summary, exporting: "tiltak",
                    table: Table(caption: "Tiltak i handlingsplanen", columns: [Column("Tiltak")] + (multi ? [Column("Eier")] : []) + [
                        Column("Status"), Column("Periode"), Column("Budsjett i alt", numeric: true),
                        Column("Innfører", numeric: true), Column("Erstatter", numeric: true), Column("Avvikler", numeric: true)], rows: rows),
                    empty: "Ingen tiltak er registrert.",
                    chart: Charts.timeline(id: "tiltak-diagram", title: "Tiltakene på tidslinjen", description: summary, start: start,
                                           months: Figures.roadmapMonths, rows: timelineRows)),
            Section(id: "budsjett-per-ar", heading: "Budsjett per år", intro: "Investering og drift per år for tiltak som ikke er stanset.",
                    exporting: "budsjett-per-ar",
                    table: Table(caption: "Budsjett per år", columns: [Column("År"), Column("Investering", numeric: true), Column("Drift", numeric: true), Column("Sum", numeric: true)], rows: yearRows),
                    empty: "Ingen tiltak har budsjett.",
                    chart: Charts.bars(id: "budsjett-diagram", title: "Budsjett per år", description: "Sum av investering og drift per år.", bars: yearBars)),
            Section(id: "budsjett-per-tjenesteomrade", heading: "Budsjett per tjenesteområde",
                    intro: "Samlet budsjett for alle år; et tiltak med flere tjenesteområder er fordelt likt på dem.",
                    exporting: "budsjett-per-tjenesteomrade",
                    table: Table(caption: "Budsjett per tjenesteområde", columns: [Column("Tjenesteområde"), Column("Budsjett i alt", numeric: true)], rows: areaRows),
                    empty: "Ingen tiltak har budsjett."),
            Section(id: "portefolje-etter", heading: "Porteføljen etter tiltakene", intro: futureSummary, exporting: "portefolje-etter",
                    table: Table(caption: "Endringer i porteføljen etter vedtatte og pågående tiltak", columns: [Column("System"), Column("Endring")], rows: futureRows),
                    empty: "Ingen vedtatte tiltak endrer porteføljen."),
        ]
    }
}

extension RecordKind {
    var norwegianNoun: String {
        switch self {
        case .system: "System"
        case .dataset: "Datasett"
        case .processing: "Behandling"
        case .contract: "Avtale"
        case .initiative: "Tiltak"
        default: rawValue
        }
    }
}
