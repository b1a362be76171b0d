/// Reports for leaders, for the whole site, a cooperation region or one municipality.
extension PageBuilder {
    func reportTabs(_ scope: Scope) -> [NavItem] {
        let base = Paths.reports(scope, in: catalogue)
        return tabs([("Oversikt", base)] + ReportKind.available(to: catalogue.audience, for: scope).map { kind in (title(kind), base.map { $0 + kind.rawValue + "/" }) })
    }

    func reportCrumbs(_ scope: Scope) -> [Link] {
        var crumbs = [Link(text: "Rapporter", href: href(Paths.reports))]
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
            case .site: kind = "Hele nettstedet"
            case .region: kind = "Samarbeidsregion"
            case .municipality: kind = "Kommune"
            }
            return [Cell(other == .site ? "Alle kommuner" : scopeName(other), href: href(path)), Cell(kind)]
        }
        let heading = scope == .site ? "Rapporter" : "Rapporter: \(scopeName(scope))"
        return ReportPage(
            layout: layout(title: heading, description: "Rapporter for ledere om systemer, kostnader, personvern og planer i \(scopeName(scope)).",
                           breadcrumbs: scope == .site ? [] : reportCrumbs(.site)),
            kindLabel: "Rapport", heading: heading,
            intro: "Beslutningsgrunnlag for rådmann, kommunalsjefer og IT-ledelse: hva kommunene har, hva det koster, hva som haster og hva som er planlagt.",
            meta: scopeMeta(figures), tabs: reportTabs(scope),
            sections: [
                Section(id: "rapporter", heading: "Rapporter",
                        table: Table(caption: "Rapporter", columns: [Column("Rapport"), Column("Viser")], rows: rows), empty: ""),
                Section(id: "utvalg", heading: "Andre utvalg", intro: scope == .site ? "De samme rapportene for hele nettstedet, hver samarbeidsregion og hver kommune."
                            : "De samme rapportene for hele nettstedet\(region(of: scope) == nil ? "" : ", samarbeidsregionen og kommunene i den"). Alle regioner og kommuner står under Rapporter.",
                        table: Table(caption: "Utvalg", columns: [Column("Utvalg"), Column("Type")], rows: scopes), empty: ""),
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
        case .security: sections = securitySections(figures)
        case .quality: sections = qualitySections(figures)
        case .integrations: sections = integrationSections(figures)
        case .plan: sections = planSections(figures)
        }
        return scopedPage(kindLabel: "Rapport", title: title(kind), summary: summary(kind), figures: figures,
                          crumbs: reportCrumbs(scope), tabs: reportTabs(scope), sections: sections)
    }

    /// The municipality column is only worth showing when a scope has more than one.
    func withMunicipality(_ figures: Figures) -> Bool { figures.members.count > 1 }

    func percentCell(_ part: Int, of whole: Int) -> Cell {
        guard whole > 0 else { return Cell("–", numeric: true) }
        let value = Double(part) * 100 / Double(whole)
        return Cell(format.percent(Int(value.rounded())), number: (value * 10).rounded() / 10)
    }

    /// Counts by a label, as a table and a bar chart, largest first unless `order` is given.
    func countSection(id: String, heading: String, intro: String, caption: String, label: String,
                      counts: [(Cell, Int)], total: Int, sorted: Bool = true) -> Section {
        let ordered = sorted ? counts.enumerated().sorted { ($1.element.1, $0.offset) < ($0.element.1, $1.offset) }.map(\.element) : counts
        let rows = ordered.map { [$0.0, countCell($0.1), percentCell($0.1, of: total)] }
        let bars = ordered.map { Charts.Bar(label: $0.0.text, value: Double($0.1), valueText: format.integer($0.1)) }
        return Section(id: id, heading: heading, intro: intro, exporting: id,
                       table: Table(caption: caption, columns: [Column(label), Column("Systemer", numeric: true), Column("Andel", numeric: true)], rows: rows),
                       empty: "Ingen systemer.", chart: Charts.bars(id: id + "-diagram", title: caption, description: intro, bars: bars))
    }

    // MARK: Portfolio

    func portfolioSections(_ figures: Figures) -> [Section] {
        let all = figures.allSystems, inUse = figures.systemsInUse
        let lifecycle = LifecycleStatus.allCases.map { status in (Cell(format.lifecycle(status)), all.filter { $0.fields.lifecycle.status == status }.count) }
        let criticality = Criticality.allCases.reversed().map { level in (Cell(format.criticality(level)), inUse.filter { $0.fields.criticality == level }.count) }
            + [(Cell("Ikke vurdert"), inUse.filter { $0.fields.criticality == nil }.count)]
        let hosting = Hosting.allCases.map { kind in (Cell(format.hosting(kind)), inUse.filter { $0.hosting?.value == kind }.count) }
            + [(Cell("Ikke oppgitt"), inUse.filter { $0.hosting == nil }.count)]
        var areaCounts: [String: Int] = [:], vendorCounts: [String: Int] = [:]
        for system in inUse {
            for area in areas(of: system) { areaCounts[area, default: 0] += 1 }
            let vendor = system.vendor?.value ?? ""
            vendorCounts[catalogue.vendors[vendor] == nil ? "" : vendor, default: 0] += 1
        }
        let areaRows = sortedAreas(areaCounts.keys).map { ($0.isEmpty ? Cell(areaName($0)) : serviceAreaCell($0), areaCounts[$0] ?? 0) }
        let vendorOrder = vendorCounts.keys.sorted { (vendorCounts[$0] ?? 0, $1) > (vendorCounts[$1] ?? 0, $0) }
        let vendorRows = vendorOrder.map { ($0.isEmpty ? Cell("Uten leverandør") : vendorCell($0), vendorCounts[$0] ?? 0) }
        let top3 = vendorOrder.filter { !$0.isEmpty }.prefix(3).reduce(0) { $0 + (vendorCounts[$1] ?? 0) }
        let topShare = inUse.isEmpty ? 0 : Int((Double(top3) * 100 / Double(inUse.count)).rounded())
        let vendorIntro = "\(format.count(vendorCounts.keys.filter { !$0.isEmpty }.count, "vendor")) leverer systemene i bruk. "
            + "De tre største står for \(format.percent(topShare)) av dem: jo høyere andel, jo mer avhengig er kommunen av få leverandører."
        return [
            countSection(id: "livslop", heading: "Livsløp",
                         intro: "\(format.count(all.count, "system")) er registrert, \(inUse.count) av dem i bruk (under innføring, i drift eller under utfasing).",
                         caption: "Systemer etter livsløpsstatus", label: "Livsløp", counts: lifecycle, total: all.count, sorted: false),
            countSection(id: "kritikalitet", heading: "Kritikalitet", intro: "Systemer i bruk etter hvor kritiske de er for tjenestene.",
                         caption: "Systemer i bruk etter kritikalitet", label: "Kritikalitet", counts: criticality, total: inUse.count, sorted: false),
            countSection(id: "driftsform", heading: "Driftsform", intro: "Systemer i bruk etter hvordan de driftes (arvet fra produktet der kommunen ikke har oppgitt det).",
                         caption: "Systemer i bruk etter driftsform", label: "Driftsform", counts: hosting, total: inUse.count, sorted: false),
            countSection(id: "tjenesteomrader", heading: "Tjenesteområder", intro: "Systemer i bruk per tjenesteområde; et system med flere områder telles i hvert av dem.",
                         caption: "Systemer i bruk per tjenesteområde", label: "Tjenesteområde", counts: areaRows, total: inUse.count, sorted: false),
            countSection(id: "leverandorer", heading: "Leverandørkonsentrasjon", intro: vendorIntro,
                         caption: "Systemer i bruk per leverandør", label: "Leverandør", counts: vendorRows, total: inUse.count, sorted: false),
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
        let summary = "\(format.count(placements.count, "system")) i bruk har vurdert egnethet: "
            + zip(order, counts).map { "\($1) \(format.time($0).lowercased())" }.joined(separator: ", ")
            + ". \(format.count(figures.systemsWithoutFit.count, "system")) mangler vurdering."
        let advice: [TimeCategory: String] = [
            .invest: "god funksjonell og teknisk egnethet: videreutvikle",
            .tolerate: "teknisk god, funksjonelt svak: behold, men ikke invester",
            .migrate: "funksjonelt god, teknisk svak: flytt til ny plattform",
            .eliminate: "svak på begge: avvikle eller erstatt",
        ]
        var sections = [Section(
            id: "kvadranter", heading: "Fordeling", intro: summary, exporting: "time-fordeling",
            table: Table(caption: "Systemer per TIME-kategori", columns: [Column("Kategori"), Column("Betyr"), Column("Systemer", numeric: true)],
                         rows: zip(order, counts).map { [Cell(format.time($0)), Cell(advice[$0] ?? ""), countCell($1)] }),
            empty: "Ingen systemer i bruk har vurdert egnethet.",
            chart: Charts.timeQuadrants(id: "time-diagram", title: "TIME: funksjonell og teknisk egnethet", description: summary, points: points))]
        for category in order {
            let members = placements.filter { $0.time == category }
            let rows = byName(systems: members.map(\.key)).compactMap { key -> [Cell]? in
                guard let placement = members.first(where: { $0.key == key }), let system = catalogue.systems[key] else { return nil }
                var cells = [systemCell(key)]
                if withMunicipality(figures) { cells.append(municipalityCell(key.municipality)) }
                return cells + [countCell(placement.functional), countCell(placement.technical),
                                Cell(system.fields.time.map(format.time) ?? "–", note: system.fields.time.map { $0 != category ? "avviker" : nil } ?? nil)]
            }
            let columns = [Column("System")] + (withMunicipality(figures) ? [Column("Kommune")] : [])
                + [Column("Funksjonell", numeric: true), Column("Teknisk", numeric: true), Column("Registrert TIME")]
            let id = "time-" + category.rawValue
            sections.append(Section(id: id, heading: format.time(category), intro: "Systemer med \(advice[category] ?? "").", exporting: id,
                                    table: Table(caption: "\(format.time(category)): systemer", columns: columns, rows: rows),
                                    empty: "Ingen systemer i denne kategorien."))
        }
        let missing = byName(systems: figures.systemsWithoutFit).map { key -> [Cell] in
            [systemCell(key)] + (withMunicipality(figures) ? [municipalityCell(key.municipality)] : [])
        }
        sections.append(Section(id: "uten-vurdering", heading: "Uten vurdering", intro: "Systemer i bruk uten både funksjonell og teknisk egnethet (fit).",
                                exporting: "time-uten-vurdering",
                                table: Table(caption: "Systemer uten vurdert egnethet", columns: [Column("System")] + (withMunicipality(figures) ? [Column("Kommune")] : []), rows: missing),
                                empty: "Alle systemer i bruk er vurdert."))
        return sections
    }

    /// A system's name, with its municipality's when the scope has several.
    func systemLabel(_ key: LocalKey, _ figures: Figures) -> String {
        let name = catalogue.systems[key]?.name.value ?? key.id
        guard withMunicipality(figures) else { return name }
        return "\(name) (\(catalogue.municipalities[key.municipality]?.name ?? key.municipality))"
    }

    // MARK: Roadmap

    func eventLabel(_ kind: RoadmapEvent.Kind) -> String {
        switch kind {
        case .phaseOut: "Utfasing"
        case .endOfLife: "Slutt på levetid"
        case .contractEnd: "Avtaleslutt"
        case .noticeDeadline: "Oppsigelsesfrist"
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
            if event.date < start { dateCell.note = "passert" }
            var municipality: String
            switch event.subject {
            case .system(let key): municipality = key.municipality
            case .contract(let key): municipality = key.municipality
            }
            tableRows.append([dateCell, Cell(eventLabel(event.kind)), subjectCell]
                             + (withMunicipality(figures) ? [municipalityCell(municipality)] : []) + [vendorCell(vendor)])
        }
        let passed = events.filter { $0.date < start }.count
        let summary = "\(format.count(events.count, "event")) fra \(format.date(start)) til \(format.date(end))"
            + ": \(events.filter { $0.kind == .phaseOut || $0.kind == .endOfLife }.count) utfasinger og avviklinger, "
            + "\(events.filter { $0.kind == .contractEnd }.count) avtaler som går ut og \(events.filter { $0.kind == .noticeDeadline }.count) oppsigelsesfrister"
            + (passed > 0 ? ", hvorav \(passed) allerede er passert." : ".")
        let columns = [Column("Dato"), Column("Hendelse"), Column("Gjelder")] + (withMunicipality(figures) ? [Column("Kommune")] : []) + [Column("Leverandør")]
        return [Section(id: "veikart", heading: "De neste 36 månedene", intro: summary, exporting: "veikart",
                        table: Table(caption: "Hendelser de neste 36 månedene", columns: columns, rows: tableRows),
                        empty: "Ingen utfasinger, avtaleslutt eller frister de neste 36 månedene.",
                        chart: Charts.timeline(id: "veikart-diagram", title: "Veikart \(format.date(start)) – \(format.date(end))", description: summary,
                                               start: start, months: Figures.roadmapMonths, rows: rowOrder.compactMap { rows[$0] }))]
    }

    // MARK: Costs

    func costReportSections(_ figures: Figures) -> [Section] {
        let population = figures.population
        let total = figures.cost(of: figures.systemsInUse)
        let perInhabitant = Figures.perInhabitant(total.kroner, population: population)
        var summary = "Systemene i bruk koster \(format.kroner(Money(total.kroner))) i året"
        if let perInhabitant { summary += ", \(format.kroner(perInhabitant)) per innbygger" }
        summary += ". \(format.count(total.missing, "system")) av \(total.systems) mangler kostnad og er ikke regnet med."
        func sections(_ id: String, heading: String, label: String, sums: [String: CostSum], keys: [String], cell: (String) -> Cell, name: (String) -> String) -> Section {
            let rows = keys.map { key -> [Cell] in
                let sum = sums[key] ?? CostSum()
                return [cell(key), moneyCell(Money(sum.kroner)), perInhabitantCell(sum, population: population), countCell(sum.counted), countCell(sum.missing)]
            }
            let bars = keys.map { key -> Charts.Bar in
                let sum = sums[key] ?? CostSum()
                return Charts.Bar(label: name(key), value: sum.kroner, valueText: format.kroner(Money(sum.kroner)), note: sum.missing > 0 ? "\(sum.missing) uten kostnad" : nil)
            }
            let intro = "Årlig kostnad per \(label.lowercased()), høyest først. «Uten kostnad» er systemer som ikke er regnet med."
            return Section(id: id, heading: heading, intro: intro, exporting: id,
                           table: Table(caption: "Kostnad per \(label.lowercased())", columns: [
                               Column(label), Column("Kostnad per år", numeric: true), Column("Per innbygger", numeric: true),
                               Column("Systemer med kostnad", numeric: true), Column("Systemer uten kostnad", numeric: true)], rows: rows),
                           empty: "Ingen systemer i bruk.",
                           chart: Charts.bars(id: id + "-diagram", title: "Årlig kostnad per \(label.lowercased())", description: intro, bars: bars))
        }
        let byArea = figures.costByServiceArea(), byVendor = figures.costByVendor()
        let descending = { (sums: [String: CostSum]) in sums.keys.sorted { (sums[$0]?.kroner ?? 0, $1) > (sums[$1]?.kroner ?? 0, $0) } }
        let totals = Table(caption: "Samlet årlig kostnad", columns: [
            Column("Utvalg"), Column("Innbyggere", numeric: true), Column("Kostnad per år", numeric: true), Column("Per innbygger", numeric: true),
            Column("Systemer med kostnad", numeric: true), Column("Systemer uten kostnad", numeric: true)],
            rows: [[Cell(scopeName(figures.scope)), countCell(population), moneyCell(Money(total.kroner)),
                    perInhabitant.map { Cell(format.kroner($0), number: ($0 * 100).rounded() / 100) } ?? Cell("–", numeric: true),
                    countCell(total.counted), countCell(total.missing)]])
        return [
            Section(id: "totalt", heading: "Totalt", intro: summary, exporting: "kostnad-totalt", table: totals, empty: ""),
            sections("kostnad-tjenesteomrade", heading: "Per tjenesteområde", label: "Tjenesteområde", sums: byArea, keys: descending(byArea),
                     cell: { $0.isEmpty ? Cell(areaName($0)) : serviceAreaCell($0) }, name: areaName),
            sections("kostnad-leverandor", heading: "Per leverandør", label: "Leverandør", sums: byVendor, keys: descending(byVendor),
                     cell: { $0.isEmpty ? Cell("Uten leverandør") : vendorCell($0) }, name: { catalogue.vendors[$0]?.fields.name ?? "Uten leverandør" }),
        ]
    }

    // MARK: GDPR

    func gdprSections(_ figures: Figures) -> [Section] {
        let multi = withMunicipality(figures)
        func activityRow(_ key: LocalKey, _ rest: [Cell]) -> [Cell] {
            [processingCell(key)] + (multi ? [municipalityCell(key.municipality)] : []) + rest
        }
        let activityColumns = [Column("Behandling")] + (multi ? [Column("Kommune")] : [])
        let fieldNames = ["legal_basis": "rettslig grunnlag", "retention": "lagringstid", "data_subjects": "registrerte"]
        let missing = figures.processingMissingFields.map { item in
            activityRow(item.key, [Cell(item.missing.map { fieldNames[$0] ?? $0 }.joined(separator: ", "))])
        }
        let dpia = figures.specialCategoriesWithoutImpactAssessment.compactMap { key -> [Cell]? in
            guard let fields = catalogue.processing[key]?.fields else { return nil }
            let status = fields.dpia == nil ? "Ikke vurdert" : (fields.dpia?.required == false ? "Vurdert som ikke påkrevd" : "Påkrevd, ikke gjennomført")
            return activityRow(key, [Cell((fields.specialCategories ?? []).map(format.specialCategory).joined(separator: ", ")), Cell(status)])
        }
        let agreements = byName(systems: figures.personalDataWithoutAgreement).compactMap { key -> [Cell]? in
            guard let system = catalogue.systems[key] else { return nil }
            return [systemCell(key)] + (multi ? [municipalityCell(key.municipality)] : [])
                + [vendorCell(system.vendor?.value), Cell(system.hosting.map { format.hosting($0.value) } ?? "–")]
        }
        let transfers = figures.thirdCountryTransfers.compactMap { key -> [Cell]? in
            guard let transfer = catalogue.processing[key]?.fields.thirdCountryTransfers else { return nil }
            return activityRow(key, [Cell((transfer.countries ?? []).map(\.code).joined(separator: ", ")), Cell(transfer.safeguard ?? "Ikke oppgitt")])
        }
        let total = figures.processing.count
        let summary = "\(format.count(total, "processing")) er registrert. "
            + "\(missing.count) mangler opplysninger artikkel 30 krever, \(dpia.count) med særlige kategorier mangler gjennomført DPIA, "
            + "\(agreements.count) systemer med personopplysninger mangler databehandleravtale, og \(transfers.count) overfører til tredjeland."
        return [
            Section(id: "mangler", heading: "Mangler i protokollen", intro: summary, exporting: "protokoll-mangler",
                    table: Table(caption: "Behandlinger som mangler rettslig grunnlag, lagringstid eller registrerte", columns: activityColumns + [Column("Mangler")], rows: missing),
                    empty: "Alle behandlinger har rettslig grunnlag, lagringstid og registrerte."),
            Section(id: "dpia", heading: "Særlige kategorier uten konsekvensvurdering",
                    intro: "Behandling av særlige kategorier (artikkel 9) krever som regel en vurdering av personvernkonsekvenser (DPIA, artikkel 35).",
                    exporting: "uten-dpia",
                    table: Table(caption: "Behandlinger med særlige kategorier uten gjennomført DPIA", columns: activityColumns + [Column("Særlige kategorier"), Column("DPIA")], rows: dpia),
                    empty: "Alle behandlinger med særlige kategorier har gjennomført DPIA."),
            Section(id: "databehandleravtaler", heading: "Personopplysninger uten databehandleravtale",
                    intro: "Systemer i bruk som inneholder personopplysninger (egne eller arvet fra produktet), men ikke viser til noen databehandleravtale (dpa).",
                    exporting: "uten-databehandleravtale",
                    table: Table(caption: "Systemer med personopplysninger uten databehandleravtale", columns: [Column("System")] + (multi ? [Column("Kommune")] : []) + [Column("Leverandør"), Column("Driftsform")], rows: agreements),
                    empty: "Alle systemer med personopplysninger viser til en databehandleravtale."),
            Section(id: "tredjeland", heading: "Overføring til tredjeland",
                    intro: "Behandlinger der personopplysninger overføres til land utenfor EØS, med overføringsgrunnlaget.",
                    exporting: "tredjeland",
                    table: Table(caption: "Overføringer til tredjeland", columns: activityColumns + [Column("Land"), Column("Overføringsgrunnlag")], rows: transfers),
                    empty: "Ingen behandlinger overfører personopplysninger til tredjeland."),
        ]
    }

    // MARK: Security (internal build only)

    func securitySections(_ figures: Figures) -> [Section] {
        let rows = byName(systems: figures.securityGaps).compactMap { key -> [Cell]? in
            guard let fields = catalogue.systems[key]?.fields else { return nil }
            return [systemCell(key)] + (withMunicipality(figures) ? [municipalityCell(key.municipality)] : [])
                + [countCell(fields.classification?.confidentiality?.value), countCell(fields.classification?.integrity?.value),
                   fields.lastRiskAssessment.map { dateCell($0) } ?? Cell("Aldri")]
        }
        let summary = "\(format.count(rows.count, "system")) med konfidensialitet eller integritet 3 eller 4 har ikke hatt risikovurdering etter \(format.date(catalogue.reportDate.adding(months: -12)))."
        return [Section(id: "risikovurdering", heading: "Risikovurdering mangler", intro: summary, exporting: "uten-risikovurdering",
                        table: Table(caption: "Systemer med høye krav uten risikovurdering siste 12 måneder",
                                     columns: [Column("System")] + (withMunicipality(figures) ? [Column("Kommune")] : [])
                                        + [Column("Konfidensialitet", numeric: true), Column("Integritet", numeric: true), Column("Sist risikovurdert")], rows: rows),
                        empty: "Alle systemer med høye krav er risikovurdert siste 12 måneder.")]
    }
}
