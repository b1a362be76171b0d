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

/// Reports on data quality, integrations and the action plan.
extension ReportPages {
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
                weakest.append((score.percent, [recordCell(kind, key), Cell(recordNoun(kind))] + (withMunicipality(figures) ? [municipalityCell(number)] : [])
                                + [scoreCell(score.percent), Cell(score.missing.joined(separator: ", "))]))
            }
        }
        let recordRows = weakest.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element.1)
        let stale = figures.staleRecords.map { item in
            [recordCell(item.kind, item.key), Cell(recordNoun(item.kind))] + (withMunicipality(figures) ? [municipalityCell(item.key.municipality)] : [])
                + [item.reviewed.map { dateCell($0) } ?? Cell(text[.reports.never])]
        }
        let ownerless = byName(systems: figures.systemsWithoutOwner).map { key in
            [systemCell(key)] + (withMunicipality(figures) ? [municipalityCell(key.municipality)] : [])
        }
        let multiColumn = withMunicipality(figures) ? [Column(text[.column.municipality])] : []
        let limit = catalogue.reportDate.adding(months: -catalogue.site.reviewMonths)
        return [
            Section(id: "kompletthet", heading: text[.reports.quality.completeness.heading],
                    intro: text[.reports.quality.completeness.intro],
                    exporting: "kompletthet",
                    table: Table(caption: text[.reports.quality.completeness.caption], columns: [
                        Column(text[.column.municipality]), Column(text[.column.systems], numeric: true),
                        Column(text[.column.datasets], numeric: true), Column(text[.reports.quality.column.processing], numeric: true),
                        Column(text[.column.contracts], numeric: true), Column(text[.reports.quality.column.overall], numeric: true)], rows: perMunicipality),
                    empty: text[.reports.noMunicipalities]),
            section("registreringer", texts: TextKey.reports.quality.incomplete, intro: text.count(.reports.quality.incomplete.intro, recordRows.count), exporting: "ufullstendige",
                    columns: [Column(text[.reports.quality.column.record]),
                              Column(text[.column.type])] + multiColumn + [Column(text[.reports.quality.column.completeness], numeric: true),
                              Column(text[.column.missing])], rows: recordRows),
            section("ikke-gjennomgatt", texts: TextKey.reports.quality.stale, intro: text.count(.reports.quality.stale.intro, stale.count, ["date": format.date(limit)]), exporting: "ikke-gjennomgatt",
                    columns: [Column(text[.reports.quality.column.record]),
                              Column(text[.column.type])] + multiColumn + [Column(text[.reports.quality.column.lastReviewed])], rows: stale),
            section("uten-eier", texts: TextKey.reports.quality.ownerless, intro: text[.reports.quality.ownerless.intro], exporting: "uten-eier",
                    columns: [Column(text[.column.system])] + multiColumn, rows: ownerless),
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
            if externalIds.insert(id).inserted { nodes.append(Charts.Node(id: id, label: label, group: text[.reports.integrations.outsideGroup], external: true)) }
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
                             Cell(integration.personalData.map { $0 ? text[.reports.answerYes] : text[.reports.answerNo] } ?? "–"), integration.via.map { standardCell($0.id) } ?? Cell("–"),
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
                             Cell(incoming.integration.personalData.map { $0 ? text[.reports.answerYes] : text[.reports.answerNo] } ?? "–"),
                             incoming.integration.via.map { standardCell($0.id) } ?? Cell("–"), Cell(incoming.integration.data ?? "–")])
            }
        }
        let personal = edges.filter(\.personalData).count
        let summary = text(.reports.integrations.map.summary, ["systems": format.count(systems.count, .count.system),
                                                                "integrations": format.count(edges.count, .count.integration), "personal": String(personal)])
        return [Section(id: "kart", heading: text[.reports.integrations.map.heading], intro: summary, exporting: "integrasjoner",
                        table: Table(caption: text[.reports.integrations.map.caption], columns: [
                            Column(text[.reports.integrations.column.from]), Column(text[.reports.integrations.column.to]),
                            Column(text[.column.direction]), Column(text[.reports.integrations.column.personalData]),
                            Column(text[.column.via]), Column(text[.reports.integrations.column.data])], rows: rows),
                        empty: text[.reports.integrations.map.empty],
                        chart: Charts.network(id: "integrasjonskart", title: text(.reports.integrations.map.chartTitle, ["scope": scopeName(figures.scope)]),
                                              description: summary, nodes: nodes, edges: edges))]
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
                                    path.map { Cell(text[.reports.integrations.overview.mapLink], href: href($0)) } ?? Cell("–")])
            for system in systems {
                for integration in system.fields.integrations ?? [] {
                    guard case .municipalSystem(let other, let id) = integration.to.kind, other != number, members.contains(other) else { continue }
                    let target = LocalKey(other, id)
                    guard catalogue.systems[target] != nil else { continue }
                    crossing.append([systemCell(system.key, withMunicipality: true), systemCell(target, withMunicipality: true),
                                     Cell(integration.direction.map(format.direction) ?? "–"), Cell(integration.personalData.map { $0 ? text[.reports.answerYes] : text[.reports.answerNo] } ?? "–")])
                }
            }
        }
        return [
            Section(id: "per-kommune", heading: text[.reports.integrations.overview.heading], intro: text[.reports.integrations.overview.intro],
                    exporting: "integrasjoner-per-kommune",
                    table: Table(caption: text[.reports.integrations.overview.caption], columns: [
                        Column(text[.column.municipality]), Column(text[.column.systems], numeric: true),
                        Column(text[.reports.integrations.column.integrations], numeric: true),
                        Column(text[.reports.integrations.column.withPersonalData], numeric: true), Column(text[.reports.integrations.column.map])], rows: perMunicipality),
                    empty: text[.reports.noMunicipalities]),
            section("mellom-kommuner", texts: TextKey.reports.integrations.crossing, intro: text.count(.reports.integrations.crossing.intro, crossing.count), exporting: "integrasjoner-mellom-kommuner",
                    columns: [ Column(text[.reports.integrations.column.from]), Column(text[.reports.integrations.column.to]),
                              Column(text[.column.direction]), Column(text[.reports.integrations.column.personalData])], rows: crossing),
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
                              note: text(.reports.plan.barInvestment, ["amount": format.kroner(Money(sum.investment))]))
        }
        let byArea = figures.budgetByServiceArea
        let areaRows = byArea.keys.sorted { (byArea[$0] ?? 0, $1) > (byArea[$1] ?? 0, $0) }.map { area in
            [area.isEmpty ? Cell(areaName(area)) : serviceAreaCell(area), Cell(format.kroner(Money(byArea[area] ?? 0)), number: (byArea[area] ?? 0).rounded())]
        }
        let future = figures.futurePortfolio
        let now = figures.systemsInUse.count
        var futureRows: [[Cell]] = future.removed.map { [systemCell($0, withMunicipality: multi), Cell(text[.reports.plan.future.phasedOut])] }
        futureRows += future.addedSystems.map { [systemCell($0, withMunicipality: multi), Cell(text[.reports.plan.future.takenIntoUse])] }
        futureRows += future.addedProducts.map { [productCell($0), Cell(text[.reports.plan.future.newProduct])] }
        let futureSummary = text.count(.reports.plan.future.summaryNow, now) + " "
            + text(.reports.plan.future.summaryAfter, ["future": String(future.count), "removed": String(future.removed.count),
                                                         "added": String(future.addedSystems.count + future.addedProducts.count)])
        let committed = ordered.filter { Figures.isCommitted($0.1.fields.status) }.count
        let summary = text.count(.reports.plan.initiatives.summary, ordered.count, ["committed": String(committed)])
        return [
            Section(id: "tiltak", heading: text[.reports.plan.initiatives.heading], intro: summary, exporting: "tiltak",
                    table: Table(caption: text[.reports.plan.initiatives.caption],
                                 columns: [Column(text[.column.initiative])] + (multi ? [Column(text[.reports.plan.column.owner])] : []) + [
                        Column(text[.column.status]), Column(text[.column.period]), Column(text[.column.budgetTotal], numeric: true),
                        Column(text[.reports.plan.column.adds], numeric: true), Column(text[.reports.plan.column.replaces], numeric: true),
                        Column(text[.reports.plan.column.retires], numeric: true)], rows: rows),
                    empty: text[.reports.plan.initiatives.empty],
                    chart: Charts.timeline(id: "tiltak-diagram", title: text[.reports.plan.initiatives.chartTitle], description: summary, start: start,
                                           months: Figures.roadmapMonths, rows: timelineRows)),
            Section(id: "budsjett-per-ar", heading: text[.reports.plan.byYear.heading], intro: text[.reports.plan.byYear.intro],
                    exporting: "budsjett-per-ar",
                    table: Table(caption: text[.reports.plan.byYear.caption], columns: [
                        Column(text[.column.year]), Column(text[.column.investment], numeric: true),
                        Column(text[.reports.plan.column.running], numeric: true), Column(text[.column.sum], numeric: true)], rows: yearRows),
                    empty: text[.reports.plan.noBudget],
                    chart: Charts.bars(id: "budsjett-diagram", title: text[.reports.plan.byYear.chartTitle], description: text[.reports.plan.byYear.chartDescription],
                                       bars: yearBars)),
            Section(id: "budsjett-per-tjenesteomrade", heading: text[.reports.plan.byArea.heading],
                    intro: text[.reports.plan.byArea.intro],
                    exporting: "budsjett-per-tjenesteomrade",
                    table: Table(caption: text[.reports.plan.byArea.caption], columns: [
                        Column(text[.column.serviceArea]), Column(text[.column.budgetTotal], numeric: true)], rows: areaRows),
                    empty: text[.reports.plan.noBudget]),
            section("portefolje-etter", texts: TextKey.reports.plan.future, intro: futureSummary, exporting: "portefolje-etter",
                    columns: [Column(text[.column.system]), Column(text[.column.change])], rows: futureRows),
        ]
    }

    /// A record kind as a word in a table's type column: "System", "Datasett".
    func recordNoun(_ kind: RecordKind) -> String {
        switch kind {
        case .system: text[.reports.recordKind.system]
        case .dataset: text[.reports.recordKind.dataset]
        case .processing: text[.reports.recordKind.processing]
        case .contract: text[.reports.recordKind.contract]
        case .initiative: text[.reports.recordKind.initiative]
        default: kind.rawValue
        }
    }
}
