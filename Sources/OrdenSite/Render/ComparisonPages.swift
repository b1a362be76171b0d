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

/// Comparisons across the municipalities of the site or of a cooperation region.
extension ComparisonPages {
    // MARK: Frame shared with the reports

    func comparisonTabs(_ scope: Scope) -> [NavItem] {
        let base = Paths.comparisons(scope, in: catalogue)
        return tabs([(text[.comparisons.tabs.overview], base)] + ComparisonKind.allCases.map { kind in (title(kind), base.map { $0 + kind.rawValue + "/" }) })
    }

    func comparisonCrumbs(_ scope: Scope) -> [Link] {
        var crumbs = [Link(text: text[.comparisons.crumb], href: href(Paths.comparisons))]
        if case .region = scope, let path = Paths.comparisons(scope, in: catalogue) {
            crumbs.append(Link(text: scopeName(scope), href: href(path)))
        }
        return crumbs
    }

    // MARK: Pages

    func comparisonIndexPage(_ scope: Scope) -> ReportPage? {
        guard let base = Paths.comparisons(scope, in: catalogue) else { return nil }
        let figures = shared.figures(scope)
        let rows = ComparisonKind.allCases.map { [Cell(title($0), href: href(base + $0.rawValue + "/")), Cell(summary($0))] }
        let scopes = ([Scope.site] + catalogue.sortedRegions.map { Scope.region($0.slug) }).compactMap { other -> [Cell]? in
            guard let path = Paths.comparisons(other, in: catalogue) else { return nil }
            let members = catalogue.members(of: other)
            return [Cell(other == .site ? text[.comparisons.scope.all] : scopeName(other), href: href(path)), countCell(members.count)]
        }
        let heading = scope == .site ? text[.comparisons.index.headingSite] : text(.comparisons.index.headingScope, ["scope": scopeName(scope)])
        return ReportPage(
            layout: layout(title: heading, description: text(.comparisons.index.description, ["scope": scopeName(scope)]),
                           breadcrumbs: scope == .site ? [] : comparisonCrumbs(.site)),
            kindLabel: text[.comparisons.name], heading: heading,
            intro: text[.comparisons.index.intro],
            meta: scopeMeta(figures), tabs: comparisonTabs(scope),
            sections: [
                Section(id: "sammenligninger", heading: text[.comparisons.index.comparisonsHeading],
                        table: Table(caption: text[.comparisons.index.comparisonsCaption],
                                     columns: [Column(text[.comparisons.column.comparison]),
                                               Column(text[.comparisons.column.shows])], rows: rows), empty: ""),
                Section(id: "utvalg", heading: text[.comparisons.index.scopesHeading], intro: text[.comparisons.index.scopesIntro],
                        table: Table(caption: text[.comparisons.index.scopesCaption],
                                     columns: [Column(text[.column.scope]),
                                               Column(text[.column.municipalities], numeric: true)], rows: scopes), empty: ""),
            ])
    }

    func comparisonPage(_ kind: ComparisonKind, _ scope: Scope) -> ReportPage? {
        guard Paths.comparisons(scope, in: catalogue) != nil else { return nil }
        let figures = shared.figures(scope)
        let sections: [Section]
        switch kind {
        case .products: sections = productMatrixSections(figures)
        case .serviceAreas: sections = coverageSections(figures)
        case .costs: sections = costComparisonSections(figures)
        case .contracts: sections = contractComparisonSections(figures)
        case .similar: sections = similarSections(figures)
        }
        return scopedPage(kindLabel: text[.comparisons.name], title: title(kind), summary: summary(kind), figures: figures,
                          crumbs: comparisonCrumbs(scope), tabs: comparisonTabs(scope), sections: sections)
    }

    // MARK: Product × municipality

    func municipalityColumns(_ figures: Figures) -> [Column] {
        figures.members.map { Column(catalogue.municipalities[$0]?.name ?? $0) }
    }

    /// Up to this many municipalities, the product and cost comparisons have a column per
    /// municipality. Beyond it such a table grows with municipalities × products and no reader
    /// can use it, so each row shows how many municipalities it covers and the spread instead.
    static let sideBySideLimit = 20

    func sideBySide(_ figures: Figures) -> Bool { figures.members.count <= Self.sideBySideLimit }

    /// The lifecycle statuses a comparison counts: every one but retired.
    static let currentStatuses = LifecycleStatus.allCases.filter { $0 != .retired }

    func productMatrixSections(_ figures: Figures) -> [Section] {
        let usage = usage(figures)
        var matrix: [[Cell]] = [], candidates: [[Cell]] = []
        for area in sortedAreas(usage.keys) {
            guard let products = usage[area] else { continue }
            let ordered = Collation.sorted(Array(products.keys)) { $0.isEmpty ? "\u{10FFFF}" : catalogue.products[$0]?.fields.name ?? $0 }
            for product in ordered {
                let byMunicipality = products[product] ?? [:]
                let productCell = product.isEmpty ? Cell(text[.comparisons.withoutProduct]) : self.productCell(product)
                guard sideBySide(figures) else {
                    let systems = byMunicipality.values.joined()
                    matrix.append([Cell(areaName(area), href: area.isEmpty ? nil : href(Paths.serviceArea(area))), productCell,
                                   countCell(byMunicipality.count), percentCell(byMunicipality.count, of: figures.members.count)]
                                  + Self.currentStatuses.map { status in countCell(systems.filter { $0.fields.lifecycle.status == status }.count) })
                    continue
                }
                let cells = figures.members.map { number -> Cell in
                    guard let systems = byMunicipality[number], !systems.isEmpty else { return Cell("–") }
                    let statuses = systems.map { format.lifecycle($0.fields.lifecycle.status) }
                    let text = product.isEmpty ? systems.map(\.name.value).joined(separator: ", ") : Array(Set(statuses)).sorted().joined(separator: ", ")
                    return Cell(text, href: systems.count == 1 ? Paths.local(.system, systems[0].key, in: catalogue).map(href) : nil)
                }
                matrix.append([Cell(areaName(area), href: area.isEmpty ? nil : href(Paths.serviceArea(area))), productCell] + cells
                              + [countCell(byMunicipality.count)])
            }
            // A candidate: more than one product in the area, and one of them shared.
            let real = products.filter { !$0.key.isEmpty }
            guard real.count > 1, let top = real.max(by: { ($0.value.count, $1.key) < ($1.value.count, $0.key) }), top.value.count > 1 else { continue }
            let others = Collation.sorted(real.keys.filter { $0 != top.key }) { catalogue.products[$0]?.fields.name ?? $0 }
                .map { "\(catalogue.products[$0]?.fields.name ?? $0) (\(real[$0]?.count ?? 0))" }
            let covered = Set(products.values.flatMap(\.keys))
            let gaps = figures.members.filter { !covered.contains($0) }.compactMap { catalogue.municipalities[$0]?.name }
            candidates.append([serviceAreaCell(area), self.productCell(top.key),
                               Cell(text(.comparisons.outOf, ["n": String(top.value.count), "total": String(figures.members.count)]), number: Double(top.value.count)),
                               Cell(others.joined(separator: ", ")), Cell(gaps.isEmpty ? "–" : gaps.joined(separator: ", "))])
        }
        let candidateSummary = candidates.isEmpty
            ? text[.comparisons.products.candidatesNone]
            : text.count(.comparisons.products.candidatesSummary, candidates.count)
        return [
            Section(id: "kandidater", heading: text[.comparisons.products.candidatesHeading], intro: candidateSummary, exporting: "standardisering",
                    table: Table(caption: text[.comparisons.products.candidatesCaption], columns: [
                        Column(text[.column.serviceArea]), Column(text[.comparisons.column.topProduct]),
                        Column(text[.column.municipalities], numeric: true),
                        Column(text[.comparisons.column.otherProducts]), Column(text[.comparisons.column.withoutSystem])], rows: candidates),
                    empty: candidateSummary),
            sideBySide(figures)
                ? Section(id: "matrise", heading: text[.comparisons.products.matrixHeading],
                          intro: text[.comparisons.products.matrixIntro],
                          exporting: "produkt-kommune",
                          table: Table(caption: text[.comparisons.products.matrixCaption],
                                       columns: [Column(text[.column.serviceArea]), Column(text[.column.product])]
                                        + municipalityColumns(figures) + [Column(text[.column.municipalities], numeric: true)],
                                       rows: matrix),
                          empty: text[.comparisons.products.empty])
                : Section(id: "matrise", heading: text[.comparisons.products.spreadHeading],
                          intro: text(.comparisons.products.spreadIntro, ["limit": String(Self.sideBySideLimit)]),
                          exporting: "produkt-kommune",
                          table: Table(caption: text[.comparisons.products.spreadCaption],
                                       columns: [Column(text[.column.serviceArea]), Column(text[.column.product]),
                                                 Column(text[.column.municipalities], numeric: true), Column(text[.comparisons.column.share], numeric: true)]
                                        + Self.currentStatuses.map { Column(text(.comparisons.column.systemsInStatus, ["status": format.lifecycle($0).lowercased()]), numeric: true) },
                                       rows: matrix),
                          empty: text[.comparisons.products.empty]),
        ]
    }

    // MARK: Service-area coverage

    func coverageSections(_ figures: Figures) -> [Section] {
        let usage = usage(figures)
        var rows: [[Cell]] = [], gapCount = 0
        for area in sortedAreas(Set(catalogue.serviceAreas.keys).union(usage.keys.filter { $0.isEmpty })) {
            let products = (usage[area] ?? [:]).sorted { $0.key < $1.key }
            var covered = 0
            let cells = figures.members.map { number -> Cell in
                let names = products.compactMap { product, byMunicipality -> String? in
                    guard let systems = byMunicipality[number], !systems.isEmpty else { return nil }
                    return product.isEmpty ? systems.map(\.name.value).joined(separator: ", ") : catalogue.products[product]?.fields.name
                }
                if names.isEmpty { return Cell(text[.comparisons.coverage.missing]) }
                covered += 1
                return Cell(Collation.sorted(names) { $0 }.joined(separator: ", "))
            }
            if area.isEmpty && covered == 0 { continue }
            if !area.isEmpty { gapCount += figures.members.count - covered }
            rows.append([area.isEmpty ? Cell(areaName(area)) : serviceAreaCell(area)] + cells
                        + [Cell(text(.comparisons.outOf, ["n": String(covered), "total": String(figures.members.count)]), number: Double(covered))])
        }
        let summary = text.count(.comparisons.coverage.summary, gapCount)
        return [section("dekning", texts: TextKey.comparisons.coverage, intro: summary, exporting: "dekning",
                        columns: [Column(text[.column.serviceArea])] + municipalityColumns(figures) + [Column(text[.comparisons.column.coverage], numeric: true)], rows: rows)]
    }

    // MARK: Costs

    func costComparisonSections(_ figures: Figures) -> [Section] {
        let members = figures.members
        var perMunicipality: [[Cell]] = [], bars: [Charts.Bar] = [], missingTotal = 0
        for number in members {
            let sum = figures.cost(municipality: number), population = figures.population(number)
            missingTotal += sum.missing
            let perInhabitant = Figures.perInhabitant(sum.kroner, population: population)
            perMunicipality.append([municipalityCell(number), countCell(population), moneyCell(Money(sum.kroner)),
                                    perInhabitant.map { Cell(format.kroner($0), number: ($0 * 100).rounded() / 100) } ?? Cell("–", numeric: true),
                                    countCell(sum.counted), countCell(sum.missing)])
            if let perInhabitant {
                bars.append(Charts.Bar(label: catalogue.municipalities[number]?.name ?? number, value: perInhabitant, valueText: format.kroner(perInhabitant),
                                       note: sum.missing > 0 ? text(.comparisons.costs.withoutCostNote, ["n": String(sum.missing)]) : nil))
            }
        }
        let summary = text.count(.comparisons.costs.summary, missingTotal)
        // Per service area and per product: per inhabitant in each municipality, with the missing
        // count beside it; for many municipalities, the spread of those figures.
        let sideBySide = sideBySide(figures)
        func matrix(_ keyed: (String) -> [String: CostSum], keys: [String], label: (String) -> Cell) -> [[Cell]] {
            let sums = members.map(keyed)
            return keys.map { key in
                guard sideBySide else { return [label(key)] + spreadCells(key, members: members, sums: sums, figures: figures) }
                return [label(key)] + zip(members, sums).flatMap { number, byKey -> [Cell] in
                    let sum = byKey[key] ?? CostSum()
                    return [perInhabitantCell(sum, population: figures.population(number)), countCell(sum.systems == 0 ? nil : sum.missing)]
                }
            }
        }
        let matrixColumns = sideBySide ? members.flatMap { number -> [Column] in
            let name = catalogue.municipalities[number]?.name ?? number
            return [Column(text(.comparisons.column.perInhabitantIn, ["municipality": name]), numeric: true),
                    Column(text(.comparisons.column.withoutCostIn, ["municipality": name]), numeric: true)]
        } : spreadColumns
        let inUse = { (number: String) in catalogue.systems(of: number).filter { $0.fields.lifecycle.status.isInUse } }
        let areaKeys = sortedAreas(Set(figures.costByServiceArea().keys))
        let areaRows = matrix({ figures.costByServiceArea(inUse($0)) }, keys: areaKeys) { $0.isEmpty ? Cell(areaName($0)) : serviceAreaCell($0) }
        let productKeys = Collation.sorted(Array(figures.costByProduct().keys)) { $0.isEmpty ? "\u{10FFFF}" : catalogue.products[$0]?.fields.name ?? $0 }
        let productRows = matrix({ figures.costByProduct(inUse($0)) }, keys: productKeys) { $0.isEmpty ? Cell(text[.comparisons.withoutProduct]) : productCell($0) }
        let vendorSums = figures.costByVendor()
        let vendorKeys = vendorSums.keys.sorted { (vendorSums[$0]?.kroner ?? 0, $1) > (vendorSums[$1]?.kroner ?? 0, $0) }
        // The municipalities each vendor serves, keyed as costByVendor keys them ("" for none or unknown).
        var vendorMunicipalities: [String: Set<String>] = [:]
        for system in figures.systemsInUse {
            let vendor = system.vendor?.value ?? ""
            vendorMunicipalities[catalogue.vendors[vendor] == nil ? "" : vendor, default: []].insert(system.key.municipality)
        }
        let vendorRows = vendorKeys.map { vendor -> [Cell] in
            let sum = vendorSums[vendor] ?? CostSum()
            return [vendor.isEmpty ? Cell(text[.comparisons.withoutVendor]) : vendorCell(vendor), moneyCell(Money(sum.kroner)),
                    perInhabitantCell(sum, population: figures.population), countCell(sum.counted), countCell(sum.missing),
                    countCell(vendorMunicipalities[vendor]?.count ?? 0)]
        }
        return [
            Section(id: "per-kommune", heading: text[.comparisons.costs.perMunicipalityHeading], intro: summary, exporting: "kostnad-per-kommune",
                    table: Table(caption: text[.comparisons.costs.perMunicipalityCaption], columns: [
                        Column(text[.column.municipality]), Column(text[.column.inhabitants], numeric: true),
                        Column(text[.comparisons.column.costPerYear], numeric: true), Column(text[.column.perInhabitant], numeric: true),
                        Column(text[.comparisons.column.systemsWithCost], numeric: true), Column(text[.comparisons.column.systemsWithoutCost], numeric: true)],
                                 rows: perMunicipality),
                    empty: text[.comparisons.costs.noMunicipalities],
                    chart: Charts.bars(id: "kostnad-per-innbygger", title: text[.comparisons.costs.chartTitle], description: summary, bars: bars)),
            Section(id: "per-tjenesteomrade", heading: text[.comparisons.costs.perAreaHeading],
                    intro: sideBySide ? text[.comparisons.costs.perAreaIntro] : text(.comparisons.costs.perAreaIntroSpread, ["spread": spreadIntro]),
                    exporting: "kostnad-per-tjenesteomrade",
                    table: Table(caption: text[.comparisons.costs.perAreaCaption], columns: [Column(text[.column.serviceArea])] + matrixColumns, rows: areaRows),
                    empty: text[.comparisons.costs.empty]),
            Section(id: "per-produkt", heading: text[.comparisons.costs.perProductHeading],
                    intro: sideBySide ? text[.comparisons.costs.perProductIntro] : text(.comparisons.costs.perProductIntroSpread, ["spread": spreadIntro]),
                    exporting: "kostnad-per-produkt",
                    table: Table(caption: text[.comparisons.costs.perProductCaption], columns: [Column(text[.column.product])] + matrixColumns, rows: productRows),
                    empty: text[.comparisons.costs.empty]),
            Section(id: "per-leverandor", heading: text[.comparisons.costs.perVendorHeading], intro: text[.comparisons.costs.perVendorIntro],
                    exporting: "kostnad-per-leverandor",
                    table: Table(caption: text[.comparisons.costs.perVendorCaption], columns: [
                        Column(text[.column.vendor]), Column(text[.comparisons.column.costPerYear], numeric: true),
                        Column(text[.column.perInhabitant], numeric: true), Column(text[.comparisons.column.systemsWithCost], numeric: true),
                        Column(text[.comparisons.column.systemsWithoutCost], numeric: true), Column(text[.column.municipalities], numeric: true)],
                                 rows: vendorRows),
                    empty: text[.comparisons.costs.empty]),
        ]
    }

    var spreadColumns: [Column] {
        [
            Column(text[.column.municipalities], numeric: true), Column(text[.comparisons.column.costPerYear], numeric: true),
            Column(text[.comparisons.column.median], numeric: true), Column(text[.comparisons.column.lowest], numeric: true),
            Column(text[.comparisons.column.highest], numeric: true), Column(text[.comparisons.column.systemsWithoutCost], numeric: true),
        ]
    }

    /// The first sentences of a cost table's intro when it shows the spread over many municipalities.
    var spreadIntro: String { text[.comparisons.costs.spreadIntro] }

    /// How one service area's or product's cost spreads over the municipalities that have it:
    /// how many, the total, the median, lowest and highest per inhabitant, and the systems without a cost.
    func spreadCells(_ key: String, members: [String], sums: [[String: CostSum]], figures: Figures) -> [Cell] {
        var municipalities = 0, kroner = 0.0, missing = 0
        var values: [(number: String, value: Double)] = []
        for (number, byKey) in zip(members, sums) {
            guard let sum = byKey[key], sum.systems > 0 else { continue }
            municipalities += 1
            kroner += sum.kroner
            missing += sum.missing
            if sum.counted > 0, let value = Figures.perInhabitant(sum.kroner, population: figures.population(number)) { values.append((number, value)) }
        }
        let ordered = values.enumerated().sorted { ($0.element.value, $0.offset) < ($1.element.value, $1.offset) }.map(\.element)
        func valueCell(_ value: Double?, of number: String? = nil) -> Cell {
            guard let value else { return Cell("–", numeric: true) }
            return Cell(format.kroner(value), note: number.map { catalogue.municipalities[$0]?.name ?? $0 }, number: (value * 100).rounded() / 100)
        }
        let median: Double? = ordered.isEmpty ? nil : ordered.count % 2 == 1 ? ordered[ordered.count / 2].value
            : (ordered[ordered.count / 2 - 1].value + ordered[ordered.count / 2].value) / 2
        return [countCell(municipalities), moneyCell(Money(kroner)), valueCell(median),
                valueCell(ordered.first?.value, of: ordered.first?.number), valueCell(ordered.last?.value, of: ordered.last?.number), countCell(missing)]
    }

    // MARK: Contracts

    func contractComparisonSections(_ figures: Figures) -> [Section] {
        let keys = figures.contracts.filter { catalogue.contracts[$0]?.fields.type != .dpa }
        // By vendor, then end (open-ended last): each contract's sort key made once, as the
        // site's comparison sorts every contract in the country.
        let never = Day.placeholder.adding(months: 12 * 8000)
        let sorted = keys.map { key in
            let fields = catalogue.contracts[key]?.fields
            return (vendor: Collation.key(catalogue.vendors[fields?.vendor.id ?? ""]?.fields.name ?? ""), end: fields?.end ?? never, key: key)
        }.sorted { ($0.vendor, $0.end, $0.key) < ($1.vendor, $1.end, $1.key) }.map(\.key)
        let productsOf = Dictionary(keys.map { ($0, figures.products(of: $0)) }, uniquingKeysWith: { first, _ in first })
        let rows = sorted.compactMap { key -> [Cell]? in
            guard let contract = catalogue.contracts[key]?.fields else { return nil }
            let products = (productsOf[key] ?? []).map { catalogue.products[$0]?.fields.name ?? $0 }
            let deadline = Figures.noticeDeadline(contract)
            var deadlineCell = dateCell(deadline)
            if let deadline, deadline < catalogue.reportDate, let end = contract.end, end >= catalogue.reportDate { deadlineCell.note = text[.comparisons.contracts.passed] }
            return [vendorCell(contract.vendor.id), Cell(products.isEmpty ? "–" : products.joined(separator: ", ")), municipalityCell(key.municipality),
                    contractCell(key), Cell(contract.type.map(format.contractType) ?? "–"), dateCell(contract.end), deadlineCell, moneyCell(contract.annualCost)]
        }
        // Joint procurement: the same product under contract in several municipalities, ending within 24 months of each other.
        var byProduct: [String: [(LocalKey, Day)]] = [:]
        for key in keys {
            guard let end = catalogue.contracts[key]?.fields.end, end >= catalogue.reportDate else { continue }
            for product in productsOf[key] ?? [] { byProduct[product, default: []].append((key, end)) }
        }
        let joint = byProduct.compactMap { product, contracts -> (String, [(LocalKey, Day)])? in
            let municipalities = Set(contracts.map(\.0.municipality))
            guard municipalities.count > 1, let first = contracts.map(\.1).min(), let last = contracts.map(\.1).max(),
                  last < first.adding(months: 24) else { return nil }
            return (product, contracts.sorted { ($0.1, $0.0) < ($1.1, $1.0) })
        }.sorted { ($0.1.first?.1 ?? .placeholder, $0.0) < ($1.1.first?.1 ?? .placeholder, $1.0) }
        let jointRows = joint.map { product, contracts -> [Cell] in
            let names = Collation.sorted(Array(Set(contracts.map(\.0.municipality)))) { catalogue.municipalities[$0]?.name ?? $0 }
                .map { catalogue.municipalities[$0]?.name ?? $0 }
            return [productCell(product), Cell(names.joined(separator: ", ")), countCell(names.count),
                    dateCell(contracts.first?.1), dateCell(contracts.last?.1)]
        }
        let jointSummary = jointRows.isEmpty
            ? text[.comparisons.contracts.jointNone]
            : text.count(.comparisons.contracts.jointSummary, jointRows.count)
        return [
            Section(id: "felles-anskaffelse", heading: text[.comparisons.contracts.jointHeading], intro: jointSummary, exporting: "felles-anskaffelse",
                    table: Table(caption: text[.comparisons.contracts.jointCaption], columns: [
                        Column(text[.column.product]), Column(text[.column.municipalities]),
                        Column(text[.column.count], numeric: true), Column(text[.comparisons.column.firstEnd]),
                        Column(text[.comparisons.column.lastEnd])], rows: jointRows),
                    empty: jointSummary),
            Section(id: "avtaler", heading: text[.comparisons.contracts.allHeading],
                    intro: text[.comparisons.contracts.allIntro],
                    exporting: "avtaler",
                    table: Table(caption: text[.comparisons.contracts.allCaption], columns: [
                        Column(text[.column.vendor]), Column(text[.column.product]), Column(text[.column.municipality]),
                        Column(text[.column.contract]), Column(text[.column.type]),
                        Column(text[.comparisons.column.end]), Column(text[.comparisons.column.noticeDeadline]),
                        Column(text[.comparisons.column.annualCost], numeric: true)], rows: rows),
                    empty: text[.comparisons.contracts.empty]),
        ]
    }

    // MARK: Municipalities like mine

    /// Each municipality's few most similar ones, as on its own page: the whole ranking of every
    /// pair would grow with the square of the municipalities and tell a reader nothing more.
    func similarSections(_ figures: Figures) -> [Section] {
        var rows: [[Cell]] = []
        let similar = shared.similar(in: figures.scope)
        for number in figures.members {
            for (rank, other) in (similar[number] ?? []).enumerated() {
                rows.append([municipalityCell(number), countCell(rank + 1), municipalityCell(other.number), countCell(other.shared.count),
                             Cell(byName(products: other.shared).map { catalogue.products[$0]?.fields.name ?? $0 }.joined(separator: ", "))])
            }
        }
        return [section("like-kommuner", texts: TextKey.comparisons.similar, intro: text(.comparisons.similar.intro, ["limit": String(SharedFigures.similarLimit)]), exporting: "like-kommuner",
                        columns: [ Column(text[.column.municipality]), Column(text[.comparisons.column.rank], numeric: true),
                                  Column(text[.comparisons.column.similarMunicipality]),
                                  Column(text[.comparisons.column.sharedProducts], numeric: true), Column(text[.column.products])], rows: rows)]
    }
}

extension PageFamily {
    func scopeName(_ scope: Scope) -> String {
        switch scope {
        case .site: text[.comparisons.scope.site]
        case .region(let slug): catalogue.regions[slug]?.name ?? slug
        case .municipality(let number): catalogue.municipalities[number]?.name ?? number
        }
    }

    func scopeMeta(_ figures: Figures) -> [String] {
        let coverage = figures.scope != .municipality(figures.members.first ?? "")
            ? text(.comparisons.meta.scopeWithCount, ["scope": scopeName(figures.scope),
                                                          "municipalities": format.count(figures.members.count, .count.municipality)])
            : text(.comparisons.meta.scope, ["scope": scopeName(figures.scope)])
        return [text(.comparisons.meta.reportDate, ["date": format.date(catalogue.reportDate)]), coverage]
    }

    /// Links between the pages of one kind of scope: every comparison (or report) of the scope.
    func tabs(_ items: [(String, String?)]) -> [NavItem] {
        let current = page.path(in: catalogue)
        return items.compactMap { text, path in
            path.map { NavItem(text: text, href: href($0), current: $0 == current) }
        }
    }

    /// A comparison or report of one scope, titled "<title>: <scope>".
    func scopedPage(kindLabel: String, title: String, summary: String, figures: Figures, crumbs: [Link], tabs: [NavItem], sections: [Section]) -> ReportPage {
        let heading = text(.comparisons.scopedHeading, ["title": title, "scope": figures.scope == .site ? text[.comparisons.scope.allInHeading] : scopeName(figures.scope)])
        return ReportPage(
            layout: layout(title: heading, description: summary, breadcrumbs: crumbs),
            kindLabel: kindLabel, heading: heading, intro: summary, meta: scopeMeta(figures), tabs: tabs, sections: sections)
    }

    func areaName(_ id: String) -> String {
        id.isEmpty ? text[.comparisons.withoutServiceArea] : catalogue.serviceAreas[id]?.fields.name ?? id
    }

    /// The service areas of each current system, or "" for none.
    func areas(of system: ResolvedSystem) -> [String] {
        let areas = Array(Set((system.serviceAreas?.value ?? []).filter { catalogue.serviceAreas[$0] != nil })).sorted()
        return areas.isEmpty ? [""] : areas
    }

    /// Area → product ("" for systems without one) → municipality → systems.
    func usage(_ figures: Figures) -> [String: [String: [String: [ResolvedSystem]]]] {
        var usage: [String: [String: [String: [ResolvedSystem]]]] = [:]
        for system in figures.currentSystems {
            let product = system.fields.product.map(\.id).flatMap { catalogue.products[$0] == nil ? nil : $0 } ?? ""
            for area in areas(of: system) {
                usage[area, default: [:]][product, default: [:]][system.key.municipality, default: []].append(system)
            }
        }
        return usage
    }

    func sortedAreas(_ ids: some Collection<String>) -> [String] {
        Collation.sorted(Array(ids)) { $0.isEmpty ? "\u{10FFFF}" : areaName($0) }
    }

    /// A per-inhabitant figure with the count of systems lacking a cost.
    func perInhabitantCell(_ sum: CostSum, population: Int?) -> Cell {
        guard sum.systems > 0 else { return Cell("–", numeric: true) }
        guard let value = Figures.perInhabitant(sum.kroner, population: population) else { return Cell(text[.comparisons.costs.unknownPopulation], numeric: true) }
        return Cell(format.kroner(value), note: sum.missing > 0 ? text(.comparisons.costs.withoutCostNote, ["n": String(sum.missing)]) : nil, number: (value * 100).rounded() / 100)
    }
}
