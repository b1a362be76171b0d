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

/// Reports for leaders, for the whole site, a cooperation region or one municipality.
extension ReportPages {
    func reportTabs(_ scope: Scope) -> [NavItem] {
        let base = Paths.reports(scope, in: catalogue)
        return tabs([(text[.reports.tabs.overview], base)] + ReportKind.available(to: catalogue.audience, for: scope).map { kind in (title(kind), base.map { $0 + kind.rawValue + "/" }) })
    }

    func reportCrumbs(_ scope: Scope) -> [Link] {
        var crumbs = [Link(text: text[.reports.title], href: href(Paths.reports))]
        if scope != .site, let path = Paths.reports(scope, in: catalogue) {
            crumbs.append(Link(text: scopeName(scope), href: href(path)))
        }
        return crumbs
    }

    /// The scopes a report index links to. The site's lists every scope with reports: the site,
    /// each region, each municipality. A region's and a municipality's list the site, the region
    /// and its members: every municipality listing every other would grow with the square of the
    /// municipalities, and the site's index is one click away.
    func reportScopes(near scope: Scope) -> [Scope] {
        if scope == .site {
            return [.site] + catalogue.sortedRegions.map { .region($0.slug) } + catalogue.sortedMunicipalities.map { .municipality($0.number) }
        }
        guard let region = region(of: scope) else { return [.site, scope] }
        return [.site, .region(region.slug)] + region.members.map(Scope.municipality)
    }

    /// A region itself, or the region a municipality belongs to.
    func region(of scope: Scope) -> Region? {
        switch scope {
        case .site: nil
        case .region(let slug): catalogue.regions[slug]
        case .municipality(let number): catalogue.region(of: number)
        }
    }

    func reportIndexPage(_ scope: Scope) -> ReportPage? {
        guard let base = Paths.reports(scope, in: catalogue) else { return nil }
        let figures = shared.figures(scope)
        let rows = ReportKind.available(to: catalogue.audience, for: scope).map { [Cell(title($0), href: href(base + $0.rawValue + "/")), Cell(summary($0))] }
        let scopes = reportScopes(near: scope).compactMap { other -> [Cell]? in
            guard let path = Paths.reports(other, in: catalogue) else { return nil }
            let kind: String
            switch other {
            case .site: kind = text[.reports.index.scopeSite]
            case .region: kind = text[.reports.index.scopeRegion]
            case .municipality: kind = text[.reports.index.scopeMunicipality]
            }
            return [Cell(other == .site ? text[.reports.index.allMunicipalities] : scopeName(other), href: href(path)), Cell(kind)]
        }
        let heading = scope == .site ? text[.reports.title] : text(.reports.index.headingScope, ["scope": scopeName(scope)])
        let scopesIntro = scope == .site ? text[.reports.index.scopesIntroSite]
            : region(of: scope) == nil ? text[.reports.index.scopesIntroAlone] : text[.reports.index.scopesIntroRegion]
        return ReportPage(
            layout: layout(title: heading, description: text(.reports.index.description, ["scope": scopeName(scope)]),
                           breadcrumbs: scope == .site ? [] : reportCrumbs(.site)),
            kindLabel: text[.reports.kindLabel], heading: heading,
            intro: text[.reports.index.intro],
            meta: scopeMeta(figures), tabs: reportTabs(scope),
            sections: [
                Section(id: "rapporter", heading: text[.reports.index.reportsHeading],
                        table: Table(caption: text[.reports.index.reportsCaption],
                                     columns: [Column(text[.reports.index.columnReport]),
                                               Column(text[.reports.index.columnShows])], rows: rows), empty: ""),
                Section(id: "utvalg", heading: text[.reports.index.scopesHeading], intro: scopesIntro,
                        table: Table(caption: text[.reports.index.scopesCaption],
                                     columns: [Column(text[.reports.index.columnScope]),
                                               Column(text[.reports.index.columnType])], rows: scopes), empty: ""),
            ])
    }

    func reportPage(_ kind: ReportKind, _ scope: Scope) -> ReportPage? {
        guard Paths.reports(scope, in: catalogue) != nil, ReportKind.available(to: catalogue.audience, for: scope).contains(kind) else { return nil }
        let figures = shared.figures(scope)
        let sections: [Section]
        switch kind {
        case .portfolio: sections = portfolioSections(figures)
        case .time: sections = timeSections(figures)
        case .roadmap: sections = roadmapSections(figures)
        case .costs: sections = costReportSections(figures)
        case .gdpr: sections = gdprSections(figures)
        case .dpo: sections = dataProtectionOfficerSections(figures)
        case .documentation: sections = documentationPlanSections(figures)
        case .security: sections = securitySections(figures)
        case .quality: sections = qualitySections(figures)
        case .integrations: sections = integrationSections(figures)
        case .plan: sections = planSections(figures)
        case .followUp: sections = followUpSections(figures)
        }
        return scopedPage(kindLabel: text[.reports.kindLabel], title: title(kind), summary: summary(kind), figures: figures,
                          crumbs: reportCrumbs(scope), tabs: reportTabs(scope), sections: sections)
    }

    /// Counts by a label, as a table and a bar chart, largest first unless `order` is given.
    func countSection(id: String, heading: String, intro: String, caption: String, label: String,
                      counts: [(Cell, Int)], total: Int, sorted: Bool = true) -> Section {
        let ordered = sorted ? counts.enumerated().sorted { ($1.element.1, $0.offset) < ($0.element.1, $1.offset) }.map(\.element) : counts
        let rows = ordered.map { [$0.0, countCell($0.1), percentCell($0.1, of: total)] }
        let bars = ordered.map { Charts.Bar(label: $0.0.text, value: Double($0.1), valueText: format.integer($0.1)) }
        return Section(id: id, heading: heading, intro: intro, exporting: id,
                       table: Table(caption: caption, columns: [Column(label), Column(text[.column.systems], numeric: true), Column(text[.reports.column.share], numeric: true)], rows: rows),
                       empty: text[.reports.noSystems], chart: Charts.bars(id: id + "-diagram", title: caption, description: intro, bars: bars))
    }

    // MARK: Portfolio

    func portfolioSections(_ figures: Figures) -> [Section] {
        let all = figures.allSystems, inUse = figures.systemsInUse
        let lifecycle = LifecycleStatus.allCases.map { status in (Cell(format.lifecycle(status)), all.filter { $0.fields.lifecycle.status == status }.count) }
        let criticality = Criticality.allCases.reversed().map { level in (Cell(format.criticality(level)), inUse.filter { $0.fields.criticality == level }.count) }
            + [(Cell(text[.reports.portfolio.notAssessed]), inUse.filter { $0.fields.criticality == nil }.count)]
        let hosting = Hosting.allCases.map { kind in (Cell(format.hosting(kind)), inUse.filter { $0.hosting?.value == kind }.count) }
            + [(Cell(text[.reports.portfolio.notGiven]), inUse.filter { $0.hosting == nil }.count)]
        var areaCounts: [String: Int] = [:], vendorCounts: [String: Int] = [:]
        for system in inUse {
            for area in areas(of: system) { areaCounts[area, default: 0] += 1 }
            let vendor = system.vendor?.value ?? ""
            vendorCounts[catalogue.vendors[vendor] == nil ? "" : vendor, default: 0] += 1
        }
        let areaRows = sortedAreas(areaCounts.keys).map { ($0.isEmpty ? Cell(areaName($0)) : serviceAreaCell($0), areaCounts[$0] ?? 0) }
        let vendorOrder = vendorCounts.keys.sorted { (vendorCounts[$0] ?? 0, $1) > (vendorCounts[$1] ?? 0, $0) }
        let vendorRows = vendorOrder.map { ($0.isEmpty ? Cell(text[.reports.noVendor]) : vendorCell($0), vendorCounts[$0] ?? 0) }
        let top3 = vendorOrder.filter { !$0.isEmpty }.prefix(3).reduce(0) { $0 + (vendorCounts[$1] ?? 0) }
        let topShare = inUse.isEmpty ? 0 : Int((Double(top3) * 100 / Double(inUse.count)).rounded())
        let vendorIntro = text.count(.reports.portfolio.vendors.intro, vendorCounts.keys.filter { !$0.isEmpty }.count, ["share": format.percent(topShare)])
        return [
            countSection(id: "livslop", heading: text[.reports.portfolio.lifecycle.heading],
                         intro: text.count(.reports.portfolio.lifecycle.intro, all.count, ["in_use": String(inUse.count)]),
                         caption: text[.reports.portfolio.lifecycle.caption], label: text[.reports.portfolio.lifecycle.label],
                         counts: lifecycle, total: all.count, sorted: false),
            countSection(id: "kritikalitet", heading: text[.reports.portfolio.criticality.heading], intro: text[.reports.portfolio.criticality.intro],
                         caption: text[.reports.portfolio.criticality.caption], label: text[.reports.portfolio.criticality.label],
                         counts: criticality, total: inUse.count, sorted: false),
            countSection(id: "driftsform", heading: text[.reports.portfolio.hosting.heading], intro: text[.reports.portfolio.hosting.intro],
                         caption: text[.reports.portfolio.hosting.caption], label: text[.reports.portfolio.hosting.label],
                         counts: hosting, total: inUse.count, sorted: false),
            countSection(id: "tjenesteomrader", heading: text[.reports.portfolio.areas.heading], intro: text[.reports.portfolio.areas.intro],
                         caption: text[.reports.portfolio.areas.caption], label: text[.reports.portfolio.areas.label],
                         counts: areaRows, total: inUse.count, sorted: false),
            countSection(id: "leverandorer", heading: text[.reports.portfolio.vendors.heading], intro: vendorIntro,
                         caption: text[.reports.portfolio.vendors.caption], label: text[.reports.portfolio.vendors.label],
                         counts: vendorRows, total: inUse.count, sorted: false),
        ]
    }

    // MARK: TIME

    func timeSections(_ figures: Figures) -> [Section] {
        let placements = figures.timePlacements
        let points = placements.map { placement in
            Charts.Point(label: systemLabel(placement.key, figures), functional: placement.functional, technical: placement.technical)
        }
        let order: [TimeCategory] = [.invest, .tolerate, .migrate, .eliminate]
        let counts = order.map { category in placements.filter { $0.time == category }.count }
        let categories = zip(order, counts).map { text(.reports.time.categoryCount, ["n": String($1), "category": format.time($0).lowercased()]) }
        let summary = text.count(.reports.time.summaryAssessed, placements.count, ["categories": categories.joined(separator: ", ")])
            + " " + text.count(.reports.time.summaryMissing, figures.systemsWithoutFit.count)
        func advice(_ category: TimeCategory) -> String {
            switch category {
            case .tolerate: text[.reports.time.advice.tolerate]
            case .invest: text[.reports.time.advice.invest]
            case .migrate: text[.reports.time.advice.migrate]
            case .eliminate: text[.reports.time.advice.eliminate]
            }
        }
        func timeIntro(_ category: TimeCategory) -> String {
            switch category {
            case .tolerate: text[.reports.time.intro.tolerate]
            case .invest: text[.reports.time.intro.invest]
            case .migrate: text[.reports.time.intro.migrate]
            case .eliminate: text[.reports.time.intro.eliminate]
            }
        }
        var sections = [Section(
            id: "kvadranter", heading: text[.reports.time.distribution.heading], intro: summary, exporting: "time-fordeling",
            table: Table(caption: text[.reports.time.distribution.caption],
                         columns: [Column(text[.column.category]), Column(text[.reports.time.column.means]),
                                   Column(text[.column.systems], numeric: true)],
                         rows: zip(order, counts).map { [Cell(format.time($0)), Cell(advice($0)), countCell($1)] }),
            empty: text[.reports.time.distribution.empty],
            chart: Charts.timeQuadrants(id: "time-diagram", title: text[.reports.time.distribution.chartTitle], description: summary, points: points))]
        for category in order {
            let members = placements.filter { $0.time == category }
            // By key, the first placement of each: a national scope places tens of thousands of systems.
            let placementOf = Dictionary(members.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
            let rows = byName(systems: members.map(\.key)).compactMap { key -> [Cell]? in
                guard let placement = placementOf[key], let system = catalogue.systems[key] else { return nil }
                var cells = [systemCell(key)]
                if withMunicipality(figures) { cells.append(municipalityCell(key.municipality)) }
                return cells + [countCell(placement.functional), countCell(placement.technical),
                                Cell(system.fields.time.map(format.time) ?? "–", note: system.fields.time.map { $0 != category ? text[.reports.time.deviates] : nil } ?? nil)]
            }
            let columns = [Column(text[.column.system])] + (withMunicipality(figures) ? [Column(text[.column.municipality])] : [])
                + [Column(text[.reports.time.column.functional], numeric: true), Column(text[.reports.time.column.technical], numeric: true),
                   Column(text[.reports.time.column.registered])]
            let id = "time-" + category.rawValue
            sections.append(Section(id: id, heading: format.time(category), intro: timeIntro(category), exporting: id,
                                    table: Table(caption: text(.reports.time.categoryCaption, ["category": format.time(category)]), columns: columns, rows: rows),
                                    empty: text[.reports.time.categoryEmpty]))
        }
        let missing = byName(systems: figures.systemsWithoutFit).map { key -> [Cell] in
            [systemCell(key)] + (withMunicipality(figures) ? [municipalityCell(key.municipality)] : [])
        }
        sections.append(section("uten-vurdering", texts: TextKey.reports.time.unassessed, intro: text[.reports.time.unassessed.intro], exporting: "time-uten-vurdering",
                                columns: [Column(text[.column.system])] + (withMunicipality(figures) ? [Column(text[.column.municipality])] : []), rows: missing))
        return sections
    }

    /// A system's name, with its municipality's when the scope has several.
    func systemLabel(_ key: LocalKey, _ figures: Figures) -> String {
        let name = catalogue.systems[key]?.name.value ?? key.id
        guard withMunicipality(figures) else { return name }
        return "\(name.bidiBalanced) (\((catalogue.municipalities[key.municipality]?.name ?? key.municipality).bidiBalanced))"
    }

    // MARK: Roadmap

    func eventLabel(_ kind: RoadmapEvent.Kind) -> String {
        switch kind {
        case .phaseOut: text[.reports.roadmap.event.phaseOut]
        case .endOfLife: text[.reports.roadmap.event.endOfLife]
        case .contractEnd: text[.reports.roadmap.event.contractEnd]
        case .noticeDeadline: text[.reports.roadmap.event.noticeDeadline]
        }
    }

    func roadmapSections(_ figures: Figures) -> [Section] {
        let events = figures.roadmap
        let start = catalogue.reportDate, end = start.adding(months: Figures.roadmapMonths)
        var rowOrder: [String] = [], rows: [String: Charts.TimelineRow] = [:]
        var tableRows: [[Cell]] = []
        for event in events {
            let label: String, subjectCell: Cell, vendor: String?
            switch event.subject {
            case .system(let key):
                label = systemLabel(key, figures)
                subjectCell = systemCell(key)
                vendor = catalogue.systems[key]?.vendor?.value
            case .contract(let key):
                label = (catalogue.contracts[key]?.fields.title ?? key.id) + (withMunicipality(figures) ? " (\(catalogue.municipalities[key.municipality]?.name ?? ""))" : "")
                subjectCell = contractCell(key)
                vendor = catalogue.contracts[key]?.fields.vendor.id
            }
            if rows[label] == nil { rowOrder.append(label); rows[label] = Charts.TimelineRow(label: label, events: [], spans: []) }
            let kind: Charts.EventKind = switch event.kind {
            case .phaseOut: .phaseOut
            case .endOfLife: .endOfLife
            case .contractEnd: .contractEnd
            case .noticeDeadline: .noticeDeadline
            }
            if event.date >= start { rows[label]?.events.append(Charts.TimelineEvent(date: event.date, kind: kind, text: "\(eventLabel(event.kind)): \(label)")) }
            var dateCell = self.dateCell(event.date)
            if event.date < start { dateCell.note = text[.reports.roadmap.passed] }
            var municipality: String
            switch event.subject {
            case .system(let key): municipality = key.municipality
            case .contract(let key): municipality = key.municipality
            }
            tableRows.append([dateCell, Cell(eventLabel(event.kind)), subjectCell]
                             + (withMunicipality(figures) ? [municipalityCell(municipality)] : []) + [vendorCell(vendor)])
        }
        let passed = events.filter { $0.date < start }.count
        let summaryValues: KeyValuePairs<String, String> = [
            "from": format.date(start), "to": format.date(end),
            "phase_outs": String(events.filter { $0.kind == .phaseOut || $0.kind == .endOfLife }.count),
            "contract_ends": String(events.filter { $0.kind == .contractEnd }.count),
            "notices": String(events.filter { $0.kind == .noticeDeadline }.count),
            "passed": String(passed),
        ]
        let summary = text.count(passed > 0 ? TextKey.reports.roadmap.summaryPassed : TextKey.reports.roadmap.summary, events.count, summaryValues)
        let columns = [Column(text[.reports.roadmap.column.date]), Column(text[.reports.roadmap.column.event]), Column(text[.reports.roadmap.column.subject])]
            + (withMunicipality(figures) ? [Column(text[.column.municipality])] : []) + [Column(text[.column.vendor])]
        return [Section(id: "veikart", heading: text[.reports.roadmap.heading], intro: summary, exporting: "veikart",
                        table: Table(caption: text[.reports.roadmap.caption], columns: columns, rows: tableRows),
                        empty: text[.reports.roadmap.empty],
                        chart: Charts.timeline(id: "veikart-diagram", title: text(.reports.roadmap.chartTitle, ["from": format.date(start), "to": format.date(end)]), description: summary,
                                               start: start, months: Figures.roadmapMonths, rows: rowOrder.compactMap { rows[$0] }))]
    }

    // MARK: Costs

    func costReportSections(_ figures: Figures) -> [Section] {
        let population = figures.population
        let total = figures.cost(of: figures.systemsInUse)
        let perInhabitant = Figures.perInhabitant(total.kroner, population: population)
        let totalText = format.kroner(Money(total.kroner))
        let costSentence: String
        if let perInhabitant {
            costSentence = text(.reports.costs.summaryPerInhabitant, ["total": totalText, "per_inhabitant": format.kroner(perInhabitant)])
        } else {
            costSentence = text(.reports.costs.summary, ["total": totalText])
        }
        let summary = costSentence + " " + text.count(.reports.costs.summaryMissing, total.missing, ["systems": String(total.systems)])
        /// `group` holds the texts of one breakdown: `reports.costs.by_area` or `reports.costs.by_vendor`.
        func sections(_ id: String, group: some CostBreakdownTexts, sums: [String: CostSum], keys: [String], cell: (String) -> Cell, name: (String) -> String) -> Section {
            let rows = keys.map { key -> [Cell] in
                let sum = sums[key] ?? CostSum()
                return [cell(key), moneyCell(Money(sum.kroner)), perInhabitantCell(sum, population: population), countCell(sum.counted), countCell(sum.missing)]
            }
            let bars = keys.map { key -> Charts.Bar in
                let sum = sums[key] ?? CostSum()
                return Charts.Bar(label: name(key), value: sum.kroner, valueText: format.kroner(Money(sum.kroner)), note: sum.missing > 0 ? text(.reports.costs.barMissing, ["missing": String(sum.missing)]) : nil)
            }
            let intro = text[group.intro]
            return Section(id: id, heading: text[group.heading], intro: intro, exporting: id,
                           table: Table(caption: text[group.caption], columns: [
                               Column(text[group.label]), Column(text[.reports.costs.column.perYear], numeric: true),
                               Column(text[.column.perInhabitant], numeric: true),
                               Column(text[.reports.costs.column.withCost], numeric: true), Column(text[.reports.costs.column.withoutCost], numeric: true)], rows: rows),
                           empty: text[.reports.costs.empty],
                           chart: Charts.bars(id: id + "-diagram", title: text[group.chartTitle], description: intro, bars: bars))
        }
        let byArea = figures.costByServiceArea(), byVendor = figures.costByVendor()
        let descending = { (sums: [String: CostSum]) in sums.keys.sorted { (sums[$0]?.kroner ?? 0, $1) > (sums[$1]?.kroner ?? 0, $0) } }
        let totals = Table(caption: text[.reports.costs.totalsCaption], columns: [
            Column(text[.column.scope]), Column(text[.column.inhabitants], numeric: true),
            Column(text[.reports.costs.column.perYear], numeric: true), Column(text[.column.perInhabitant], numeric: true),
            Column(text[.reports.costs.column.withCost], numeric: true), Column(text[.reports.costs.column.withoutCost], numeric: true)],
            rows: [[Cell(scopeName(figures.scope)), countCell(population), moneyCell(Money(total.kroner)),
                    perInhabitant.map { Cell(format.kroner($0), number: ($0 * 100).rounded() / 100) } ?? Cell("–", numeric: true),
                    countCell(total.counted), countCell(total.missing)]])
        return [
            Section(id: "totalt", heading: text[.reports.costs.totalsHeading], intro: summary, exporting: "kostnad-totalt", table: totals, empty: ""),
            sections("kostnad-tjenesteomrade", group: TextKey.reports.costs.byArea, sums: byArea, keys: descending(byArea),
                     cell: { $0.isEmpty ? Cell(areaName($0)) : serviceAreaCell($0) }, name: areaName),
            sections("kostnad-leverandor", group: TextKey.reports.costs.byVendor, sums: byVendor, keys: descending(byVendor),
                     cell: { $0.isEmpty ? Cell(text[.reports.noVendor]) : vendorCell($0) }, name: { catalogue.vendors[$0]?.fields.name ?? text[.reports.noVendor] }),
        ]
    }

    // MARK: GDPR

    func gdprSections(_ figures: Figures) -> [Section] {
        let multi = withMunicipality(figures)
        func activityRow(_ key: LocalKey, _ rest: [Cell]) -> [Cell] {
            [processingCell(key)] + (multi ? [municipalityCell(key.municipality)] : []) + rest
        }
        let activityColumns = [Column(text[.reports.gdpr.column.activity])] + (multi ? [Column(text[.column.municipality])] : [])
        let fieldNames: [String: TextKey] = ["legal_basis": .reports.gdpr.field.legalBasis, "retention": .reports.gdpr.field.retention,
                                             "data_subjects": .reports.gdpr.field.dataSubjects]
        let missing = figures.processingMissingFields.map { item in
            activityRow(item.key, [Cell(item.missing.map { field in fieldNames[field].map { text[$0] } ?? field }.joined(separator: ", "))])
        }
        func categories(_ fields: ProcessingActivity) -> Cell {
            Cell(fields.sensitiveCategories.map(format.specialCategory).joined(separator: ", "))
        }
        func bases(_ fields: ProcessingActivity) -> Cell {
            let given = (fields.legalBasis ?? []).map { format.legalArticle($0.article) }
            return Cell(given.isEmpty ? text[.reports.gdpr.noneGiven] : given.joined(separator: ", "))
        }
        let article9 = figures.specialCategoriesWithoutCondition.compactMap { key -> [Cell]? in
            guard let fields = catalogue.processing[key]?.fields else { return nil }
            return activityRow(key, [Cell(fields.article9Categories.map(format.specialCategory).joined(separator: ", ")), bases(fields)])
        }
        let article10 = figures.criminalOffencesWithoutBasis.compactMap { key -> [Cell]? in
            guard let fields = catalogue.processing[key]?.fields else { return nil }
            return activityRow(key, [bases(fields)])
        }
        let dpia = figures.openImpactAssessments.compactMap { key -> [Cell]? in
            guard let fields = catalogue.processing[key]?.fields else { return nil }
            let status = fields.impactAssessment == .pending ? text[.reports.gdpr.dpiaStatus.notDone] : text[.reports.gdpr.dpiaStatus.notAssessed]
            return activityRow(key, [categories(fields), Cell(status)])
        }
        let agreements = byName(systems: figures.personalDataWithoutAgreement).compactMap { key -> [Cell]? in
            guard let system = catalogue.systems[key] else { return nil }
            return [systemCell(key)] + (multi ? [municipalityCell(key.municipality)] : [])
                + [vendorCell(system.vendor?.value), Cell(system.hosting.map { format.hosting($0.value) } ?? "–")]
        }
        let processors = figures.processorsWithoutAgreement.map { item in activityRow(item.key, [vendorCell(item.vendor)]) }
        let transfers = figures.thirdCountryTransfers.compactMap { key -> [Cell]? in
            guard let transfer = catalogue.processing[key]?.fields.thirdCountryTransfers else { return nil }
            return activityRow(key, [Cell((transfer.countries ?? []).map(\.code).joined(separator: ", ")), Cell(transfer.safeguard ?? text[.reports.gdpr.safeguardNotGiven])])
        }
        let total = figures.processing.count
        let summary = text.count(.reports.gdpr.summaryRegistered, total) + " "
            + text(.reports.gdpr.summaryGaps, ["missing": String(missing.count), "article9": String(article9.count), "article10": String(article10.count),
                                                 "dpia": String(dpia.count), "agreements": String(agreements.count + processors.count),
                                                 "transfers": String(transfers.count)])
        let unknownHosting = figures.personalDataHostingUnknown.count
        let agreementsIntro = text[.reports.gdpr.agreements.intro]
            + (unknownHosting > 0 ? " " + text.count(.reports.gdpr.agreements.hostingUnknown, unknownHosting) : "")
        return [
            section("mangler", texts: TextKey.reports.gdpr.missing, intro: summary, exporting: "protokoll-mangler",
                    columns: activityColumns + [Column(text[.column.missing])], rows: missing),
            section("artikkel-9", texts: TextKey.reports.gdpr.article9, intro: text[.reports.gdpr.article9.intro], exporting: "uten-vilkar-artikkel-9",
                    columns: activityColumns + [Column(text[.reports.gdpr.column.specialCategories]), Column(text[.reports.gdpr.column.legalBasis])], rows: article9),
            section("artikkel-10", texts: TextKey.reports.gdpr.article10, intro: text[.reports.gdpr.article10.intro], exporting: "straffedommer-uten-hjemmel",
                    columns: activityColumns + [Column(text[.reports.gdpr.column.legalBasis])], rows: article10),
            section("dpia", texts: TextKey.reports.gdpr.dpia, intro: text[.reports.gdpr.dpia.intro], exporting: "apne-dpia",
                    columns: activityColumns + [Column(text[.reports.gdpr.column.sensitive]), Column(text[.reports.gdpr.column.dpia])], rows: dpia),
            section("databehandleravtaler", texts: TextKey.reports.gdpr.agreements, intro: agreementsIntro, exporting: "uten-databehandleravtale",
                    columns: [Column(text[.column.system])] + (multi ? [Column(text[.column.municipality])] : []) + [Column(text[.column.vendor]),
                              Column(text[.reports.column.hosting])], rows: agreements),
            section("databehandlere", texts: TextKey.reports.gdpr.processors, intro: text[.reports.gdpr.processors.intro], exporting: "databehandlere-uten-avtale",
                    columns: activityColumns + [Column(text[.reports.gdpr.column.processor])], rows: processors),
            section("tredjeland", texts: TextKey.reports.gdpr.transfers, intro: text[.reports.gdpr.transfers.intro], exporting: "tredjeland",
                    columns: activityColumns + [Column(text[.reports.gdpr.column.countries]), Column(text[.reports.gdpr.column.safeguard])], rows: transfers),
        ]
    }

    // MARK: Security (internal build only)

    func securitySections(_ figures: Figures) -> [Section] {
        let rows = byName(systems: figures.securityGaps).compactMap { key -> [Cell]? in
            guard let fields = catalogue.systems[key]?.fields else { return nil }
            return [systemCell(key)] + (withMunicipality(figures) ? [municipalityCell(key.municipality)] : [])
                + [countCell(fields.classification?.confidentiality?.value), countCell(fields.classification?.integrity?.value),
                   fields.lastRiskAssessment.map { dateCell($0) } ?? Cell(text[.reports.never])]
        }
        let summary = text.count(.reports.security.summary, rows.count, ["date": format.date(catalogue.reportDate.adding(months: -12))])
        return [section("risikovurdering", texts: TextKey.reports.security, intro: summary, exporting: "uten-risikovurdering",
                        columns: [Column(text[.column.system])] + (withMunicipality(figures) ? [Column(text[.column.municipality])] : []) + [Column(text[.reports.security.column.confidentiality], numeric: true),
                                  Column(text[.reports.security.column.integrity], numeric: true),
                                  Column(text[.reports.security.column.lastAssessed])], rows: rows)]
    }
}

extension PageFamily {
    /// The municipality column is only worth showing when a scope has more than one.
    func withMunicipality(_ figures: Figures) -> Bool { figures.members.count > 1 }

    func percentCell(_ part: Int, of whole: Int) -> Cell {
        guard whole > 0 else { return Cell("–", numeric: true) }
        let value = Double(part) * 100 / Double(whole)
        return Cell(format.percent(Int(value.rounded())), number: (value * 10).rounded() / 10)
    }
}

/// The texts of one breakdown of the cost report, by service area or by vendor.
protocol CostBreakdownTexts {
    var heading: TextKey { get }
    var intro: TextKey { get }
    var caption: TextKey { get }
    var label: TextKey { get }
    var chartTitle: TextKey { get }
}

extension TextKey.ReportsKeys.CostsKeys.ByAreaKeys: CostBreakdownTexts {}
extension TextKey.ReportsKeys.CostsKeys.ByVendorKeys: CostBreakdownTexts {}
