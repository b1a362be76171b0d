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

/// Pages of initiatives (tiltak) and of cooperation regions.
extension RecordPages {
    /// Initiatives in a table: title, status, period and total budget.
    func initiativeSection(_ keys: [InitiativeKey], id: String, withOwner: Bool = false) -> Section {
        let sorted = keys.compactMap { key in catalogue.initiatives[key].map { (key, $0) } }
            .sorted { ($0.1.fields.start ?? .placeholder, $0.0) < ($1.1.fields.start ?? .placeholder, $1.0) }
        let rows = sorted.map { key, initiative -> [Cell] in
            let total = (initiative.fields.budget ?? []).reduce(0) { $0 + $1.total }
            var cells = [initiativeCell(key)]
            if withOwner { cells.append(ownerCell(key.owner)) }
            return cells + [Cell(format.initiativeStatus(initiative.fields.status)),
                            Cell(period(initiative.fields.start, initiative.fields.end)),
                            initiative.fields.budget == nil ? Cell("–", numeric: true) : Cell(format.kroner(Money(total)), number: total.rounded())]
        }
        let columns = [Column(text[.column.initiative])] + (withOwner ? [Column(text[.initiatives.column.owner])] : [])
            + [Column(text[.column.status]), Column(text[.column.period]), Column(text[.column.budgetTotal], numeric: true)]
        return section(id, texts: TextKey.initiatives.section, columns: columns, rows: rows)
    }

    func initiativePage(_ key: InitiativeKey) -> RecordPage? {
        guard let initiative = catalogue.initiatives[key] else { return nil }
        let fields = initiative.fields
        var facts: [Fact] = []
        facts.add(text[key.owner == .site ? TextKey.initiatives.facts.owner : (key.owner.isRegion ? TextKey.initiatives.facts.region : TextKey.initiatives.facts.municipality)],
                  ownerCell(key.owner))
        facts.add(text[.initiatives.facts.status], Cell(format.initiativeStatus(fields.status)))
        facts.add(text[.initiatives.facts.goal], fields.goal.map { Cell($0) })
        facts.add(text[.initiatives.facts.responsible], fields.owner.map { Cell($0) })
        if fields.start != nil || fields.end != nil { facts.add(text[.initiatives.facts.period], Cell(period(fields.start, fields.end))) }
        facts.add(text[.initiatives.facts.serviceAreas], (fields.serviceAreas ?? []).map { serviceAreaCell($0.id) })
        facts.add(text[.initiatives.facts.reviewed], fields.reviewed.map { Cell(format.date($0)) })

        let lines = (fields.budget ?? []).sorted { $0.year < $1.year }
        var budgetRows = lines.map { line in
            [Cell(line.year.description), moneyCell(line.investment), moneyCell(line.running), Cell(format.kroner(Money(line.total)), number: line.total.rounded())]
        }
        if lines.count > 1 {
            let investment = lines.reduce(0) { $0 + ($1.investment?.kroner ?? 0) }, running = lines.reduce(0) { $0 + ($1.running?.kroner ?? 0) }
            budgetRows.append([Cell(text[.initiatives.budget.sum]), Cell(format.kroner(Money(investment)), number: investment.rounded()),
                               Cell(format.kroner(Money(running)), number: running.rounded()),
                               Cell(format.kroner(Money(investment + running)), number: (investment + running).rounded())])
        }
        let benefits = (fields.benefits ?? []).map { benefit in
            [Cell(benefit.what), Cell(benefit.measure ?? "–"), dateCell(benefit.by)]
        }
        var systemRows: [[Cell]] = []
        for (system, change) in initiative.systemChanges(owner: key.owner) {
            let withMunicipality = key.owner.isRegion || key.owner != .municipality(system.municipality)
            let cell = catalogue.systems[system] == nil ? Cell(system.description) : systemCell(system, withMunicipality: withMunicipality)
            systemRows.append([cell, Cell(format.change(change))])
        }
        for target in fields.systems?.adds ?? [] {
            if case .product(let id) = target.kind {
                systemRows.append([Cell(catalogue.products[id]?.fields.name ?? id, href: catalogue.products[id] == nil ? nil : href(Paths.product(id)), note: text[.initiatives.systems.newProduct]),
                                   Cell(format.change(.adds))])
            }
        }
        let badges = [Badge(text: format.initiativeStatus(fields.status), tone: fields.status == .stopped ? "warn" : (fields.status == .done ? "ok" : "notice"))]
        let crumbs: [Link]
        switch key.owner {
        case .municipality(let number): crumbs = municipalityCrumbs(number, then: .initiative)
        case .region(let slug): crumbs = [Link(text: text[.nav.municipalities], href: href(Paths.municipalities)), Link(text: ownerName(.region(slug)), href: href(Paths.region(slug)))]
        case .site: crumbs = []
        }
        return record(
            kind: text(.initiatives.kind, ["owner": ownerName(key.owner)]), heading: fields.title, lead: fields.goal, badges: badges,
            facts: facts, body: initiative.bodyHTML, bodyHeading: text[.initiatives.bodyHeading],
            sections: [
                section("budsjett", texts: TextKey.initiatives.budget, intro: text[.initiatives.budget.intro], exporting: "budsjett",
                        columns: [Column(text[.column.year]), Column(text[.column.investment], numeric: true),
                                  Column(text[.initiatives.budget.column.running], numeric: true),
                                  Column(text[.column.sum], numeric: true)], rows: budgetRows),
                section("gevinster", texts: TextKey.initiatives.benefits,
                        columns: [Column(text[.initiatives.benefits.column.benefit]), Column(text[.initiatives.benefits.column.measure]),
                                  Column(text[.initiatives.benefits.column.by])], rows: benefits),
                section("systemer", texts: TextKey.initiatives.systems,
                        columns: [Column(text[.column.system]), Column(text[.column.change])], rows: systemRows),
            ],
            layout: layout(title: "\(fields.title.bidiBalanced) (\(ownerName(key.owner).bidiBalanced))", description: fields.goal, breadcrumbs: crumbs))
    }

    func regionPage(_ slug: String) -> RecordPage? {
        guard let region = catalogue.regions[slug] else { return nil }
        let figures = shared.figures(.region(slug))
        var facts: [Fact] = []
        facts.add(text[.catalogue.region.facts.municipalities], Cell(format.integer(region.members.count)))
        facts.add(text[.catalogue.region.facts.inhabitants], figures.population.map { Cell(format.integer($0)) })
        facts.add(text[.catalogue.region.facts.comparisons],
                  Paths.comparisons(.region(slug), in: catalogue).map { Cell(text[.catalogue.region.compareLink], href: href($0)) })
        facts.add(text[.catalogue.region.facts.reports], Paths.reports(.region(slug), in: catalogue).map { Cell(text[.catalogue.region.reportsLink], href: href($0)) })
        let members = region.members.map { number -> [Cell] in
            [municipalityCell(number), countCell(figures.population(number)), countCell(catalogue.systems(of: number).count)]
        }
        return record(
            kind: text[.catalogue.region.kind], heading: region.name,
            lead: text(.catalogue.region.lead, ["region": region.name, "municipalities": format.count(region.members.count, .count.municipality)]),
            facts: facts, body: nil,
            sections: [
                Section(id: "kommuner", heading: text[.catalogue.region.members.heading],
                        table: Table(caption: text(.catalogue.region.members.caption, ["region": region.name]),
                                     columns: [Column(text[.column.municipality]), Column(text[.column.inhabitants], numeric: true),
                                               Column(text[.column.systems], numeric: true)], rows: members),
                        empty: text[.catalogue.region.members.empty]),
                initiativeSection(catalogue.initiativesByOwner[.region(slug)] ?? [], id: "tiltak"),
            ],
            layout: layout(title: region.name, breadcrumbs: [Link(text: text[.nav.municipalities], href: href(Paths.municipalities))]))
    }
}

extension PageFamily {
    func initiativeCell(_ key: InitiativeKey) -> Cell {
        guard let initiative = catalogue.initiatives[key], let path = Paths.initiative(key, in: catalogue) else { return Cell(key.id) }
        return Cell(initiative.fields.title, href: href(path))
    }

    func ownerName(_ scope: Scope) -> String {
        switch scope {
        case .site: site.title
        case .region(let slug): catalogue.regions[slug]?.name ?? slug
        case .municipality(let number): catalogue.municipalities[number]?.name ?? number
        }
    }

    func ownerCell(_ scope: Scope) -> Cell {
        switch scope {
        case .site: Cell(site.title, href: href(Paths.home))
        case .region(let slug): catalogue.regions[slug].map { Cell($0.name, href: href(Paths.region(slug))) } ?? Cell(slug)
        case .municipality(let number): municipalityCell(number)
        }
    }

    func period(_ start: Day?, _ end: Day?) -> String {
        if start == nil && end == nil { return "–" }
        return "\(start.map(format.date) ?? "…") – \(end.map(format.date) ?? "…")"
    }
}

extension Scope {
    var isRegion: Bool { if case .region = self { true } else { false } }
}
