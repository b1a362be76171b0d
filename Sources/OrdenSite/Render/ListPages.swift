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

/// The home page, the lists and the dataset catalogue.
extension ListPages {
    func homePage() -> HomePage {
        let openCount = catalogue.datasets.values.filter { DatasetListing.openData.includes($0.fields) }.count
        let statistics = [
            Statistic(label: text[.lists.home.statistics.municipalities], value: format.integer(catalogue.municipalities.count), href: href(Paths.municipalities)),
            Statistic(label: text[.lists.home.statistics.systems], value: format.integer(catalogue.systems.count), href: href(Paths.municipalities)),
            Statistic(label: text[.lists.home.statistics.products], value: format.integer(catalogue.products.count), href: href(Paths.products)),
            Statistic(label: text[.lists.home.statistics.vendors], value: format.integer(catalogue.vendors.count), href: href(Paths.vendors)),
            Statistic(label: text[.lists.home.statistics.datasets], value: format.integer(catalogue.datasets.count), href: href(Paths.datasetCatalogue)),
            Statistic(label: text[.lists.home.statistics.openDatasets], value: format.integer(openCount), href: href(Paths.openData)),
            Statistic(label: text[.lists.home.statistics.processing], value: format.integer(catalogue.processing.count), href: href(Paths.municipalities)),
            Statistic(label: text[.lists.home.statistics.contracts], value: format.integer(catalogue.contracts.count), href: href(Paths.municipalities)),
        ]
        return HomePage(
            layout: layout(title: site.title, description: site.description),
            heading: site.title, intro: site.description, statistics: statistics,
            sections: [municipalitySection(), leaderSection()])
    }

    /// Where leaders start: comparisons and reports for the site and each region.
    func leaderSection() -> Section {
        var rows: [[Cell]] = [[Cell(text[.lists.leaders.allMunicipalities], href: href(Paths.reports)), Cell(text[.lists.leaders.reports], href: href(Paths.reports)),
                               Cell(text[.lists.leaders.comparison], href: href(Paths.comparisons))]]
        for region in catalogue.sortedRegions {
            let scope = Scope.region(region.slug)
            rows.append([Cell(region.name, href: href(Paths.region(region.slug))),
                         Paths.reports(scope, in: catalogue).map { Cell(text[.lists.leaders.reports], href: href($0)) } ?? Cell("–"),
                         Paths.comparisons(scope, in: catalogue).map { Cell(text[.lists.leaders.comparison], href: href($0)) } ?? Cell("–")])
        }
        return Section(id: "for-ledere", heading: text[.lists.leaders.heading],
                       intro: text(.lists.leaders.intro, ["date": format.date(catalogue.reportDate)]),
                       table: Table(caption: text[.lists.leaders.caption],
                                    columns: [Column(text[.column.scope]), Column(text[.lists.column.reports]),
                                              Column(text[.lists.column.comparison])], rows: rows),
                       empty: "")
    }

    func municipalitySection() -> Section {
        let rows = catalogue.sortedMunicipalities.map { entry in
            [municipalityCell(entry.number), Cell(entry.number), Cell(entry.record.fields.county ?? "–"),
             Cell(entry.record.fields.cooperation ?? "–"), countCell(entry.record.fields.population?.value),
             countCell(catalogue.systemsByMunicipality[entry.number]?.count ?? 0),
             countCell(catalogue.datasetsByMunicipality[entry.number]?.count ?? 0)]
        }
        return Section(id: "kommuner", heading: text[.lists.municipalities.heading], table: Table(
            caption: text[.lists.municipalities.caption],
            columns: [Column(text[.column.municipality]), Column(text[.lists.column.number]), Column(text[.lists.column.county]),
                      Column(text[.lists.column.cooperation]), Column(text[.column.inhabitants], numeric: true),
                      Column(text[.column.systems], numeric: true), Column(text[.column.datasets], numeric: true)],
            rows: rows), empty: text[.lists.municipalities.empty])
    }

    func municipalityListPage() -> ListPage {
        ListPage(layout: layout(title: text[.lists.municipalities.title]), heading: text[.lists.municipalities.title],
                 intro: text[.lists.municipalities.intro],
                 sections: [municipalitySection(), regionSection()], alternateLinks: [])
    }

    func regionSection() -> Section {
        let rows = catalogue.sortedRegions.map { region in
            [Cell(region.name, href: href(Paths.region(region.slug))), countCell(region.members.count),
             countCell(catalogue.initiativesByOwner[.region(region.slug)]?.count ?? 0)]
        }
        return section("regioner", texts: TextKey.lists.regions, intro: rows.isEmpty ? nil : text[.lists.regions.intro],
                       columns: [Column(text[.lists.column.region]), Column(text[.column.municipalities], numeric: true),
                                 Column(text[.lists.column.jointInitiatives], numeric: true)], rows: rows)
    }

    func productSection() -> Section {
        let rows = byName(products: catalogue.products.keys).compactMap { id -> [Cell]? in
            guard let product = catalogue.products[id] else { return nil }
            return [productCell(id), vendorCell(product.fields.vendor.id), Cell(product.fields.category.map(format.category) ?? "–"),
                    Cell(product.fields.status.map(format.productStatus) ?? "–"),
                    countCell(Set((catalogue.systemsByProduct[id] ?? []).map(\.municipality)).count)]
        }
        return Section(id: "produkter", heading: text[.lists.products.heading], table: Table(
            caption: text[.lists.products.caption],
            columns: [Column(text[.column.product]), Column(text[.column.vendor]), Column(text[.column.category]),
                      Column(text[.column.status]), Column(text[.column.municipalities], numeric: true)],
            rows: rows), empty: text[.lists.products.empty])
    }

    func catalogueIndexPage() -> ListPage {
        let lists: [(String, String, Int)] = [
            (text[.lists.catalogue.products], Paths.products, catalogue.products.count), (text[.lists.catalogue.vendors], Paths.vendors, catalogue.vendors.count),
            (text[.lists.catalogue.serviceAreas], Paths.serviceAreas, catalogue.serviceAreas.count), (text[.lists.catalogue.standards], Paths.standards, catalogue.standards.count),
        ]
        let overview = Table(caption: text[.lists.catalogue.caption], columns: [Column(text[.lists.column.list]), Column(text[.column.count], numeric: true)],
                             rows: lists.map { [Cell($0.0, href: href($0.1)), countCell($0.2)] })
        return ListPage(
            layout: layout(title: text[.lists.catalogue.title]), heading: text[.lists.catalogue.title],
            intro: text[.lists.catalogue.intro],
            sections: [Section(id: "oversikt", heading: text[.lists.catalogue.overview], table: overview, empty: ""), productSection()],
            alternateLinks: [])
    }

    func productListPage() -> ListPage {
        ListPage(layout: layout(title: text[.lists.products.title], breadcrumbs: catalogueCrumbs()), heading: text[.lists.products.title],
                 intro: text[.lists.products.intro],
                 sections: [productSection()], alternateLinks: [])
    }

    func vendorListPage() -> ListPage {
        let rows = Collation.sorted(Array(catalogue.vendors.keys)) { catalogue.vendors[$0]?.fields.name ?? $0 }.compactMap { id -> [Cell]? in
            guard let vendor = catalogue.vendors[id] else { return nil }
            return [vendorCell(id), Cell(vendor.fields.orgnr?.description ?? "–"), countCell(catalogue.productsByVendor[id]?.count ?? 0),
                    countCell(published(catalogue.contractsByVendor[id], .contract).count)]
        }
        return ListPage(
            layout: layout(title: text[.lists.vendors.title], breadcrumbs: catalogueCrumbs()), heading: text[.lists.vendors.title], intro: nil,
            sections: [Section(id: "leverandorer", heading: text[.lists.vendors.heading], table: Table(
                caption: text[.lists.vendors.caption],
                columns: [Column(text[.column.vendor]), Column(text[.lists.column.organisationNumber]),
                          Column(text[.column.products], numeric: true), Column(text[.column.contracts], numeric: true)],
                rows: rows), empty: text[.lists.vendors.empty])],
            alternateLinks: [])
    }

    func serviceAreaListPage() -> ListPage {
        let rows = Collation.sorted(Array(catalogue.serviceAreas.keys)) { catalogue.serviceAreas[$0]?.fields.name ?? $0 }.compactMap { id -> [Cell]? in
            guard let area = catalogue.serviceAreas[id] else { return nil }
            return [serviceAreaCell(id), Cell((area.fields.kostra ?? []).joined(separator: ", ")),
                    area.fields.parent.flatMap { catalogue.serviceAreas[$0.id] == nil ? nil : serviceAreaCell($0.id) } ?? Cell("–"),
                    countCell(catalogue.productsByServiceArea[id]?.count ?? 0), countCell(catalogue.systemsByServiceArea[id]?.count ?? 0)]
        }
        return ListPage(
            layout: layout(title: text[.lists.serviceAreas.title], breadcrumbs: catalogueCrumbs()), heading: text[.lists.serviceAreas.title],
            intro: text[.lists.serviceAreas.intro],
            sections: [Section(id: "tjenesteomrader", heading: text[.lists.serviceAreas.heading], table: Table(
                caption: text[.lists.serviceAreas.caption],
                columns: [Column(text[.lists.column.area]), Column(text[.lists.column.kostra]), Column(text[.lists.column.partOf]),
                          Column(text[.column.products], numeric: true), Column(text[.column.systems], numeric: true)],
                rows: rows), empty: text[.lists.serviceAreas.empty])],
            alternateLinks: [])
    }

    func standardListPage() -> ListPage {
        let rows = Collation.sorted(Array(catalogue.standards.keys)) { catalogue.standards[$0]?.fields.name ?? $0 }.compactMap { id -> [Cell]? in
            guard let standard = catalogue.standards[id] else { return nil }
            return [standardCell(id), Cell(standard.fields.kind.map(format.standardKind) ?? "–"),
                    countCell(catalogue.productsByStandard[id]?.count ?? 0), countCell(catalogue.systemsByStandard[id]?.count ?? 0)]
        }
        return ListPage(
            layout: layout(title: text[.lists.standards.title], breadcrumbs: catalogueCrumbs()), heading: text[.lists.standards.title],
            intro: text[.lists.standards.intro],
            sections: [Section(id: "standarder", heading: text[.lists.standards.heading], table: Table(
                caption: text[.lists.standards.caption],
                columns: [Column(text[.lists.column.standard]), Column(text[.column.type]),
                          Column(text[.column.products], numeric: true), Column(text[.column.systems], numeric: true)],
                rows: rows), empty: text[.lists.standards.empty])],
            alternateLinks: [])
    }

    /// /datasett/ or /apne-data/, whole or narrowed to one filter value, with links to every
    /// other value (generated pages, so filtering works without JavaScript) and data attributes
    /// on the rows for the script that combines filters in place.
    func datasetListingPage(_ listing: DatasetListing, filter: DatasetFilter? = nil) -> ListPage {
        let filters = catalogue.datasetFilters[listing] ?? []
        let keys = filter.flatMap { wanted in filters.first { $0.0 == wanted }?.1 }
            ?? catalogue.datasets.filter { listing.includes($0.value.fields) }.map(\.key)
        let open = listing == .openData
        let name = open ? text[.lists.datasets.openName] : text[.lists.datasets.allName]
        var heading = name
        var crumbs: [Link] = []
        if let filter {
            heading = text(.lists.datasets.filteredHeading, ["listing": name, "value": label(of: filter)])
            crumbs = [Link(text: name, href: href(listing.path))]
        }
        let columns = [Column(text[.column.dataset]), Column(text[.column.municipality]), Column(text[.column.theme]),
                       Column(open ? text[.lists.column.licence] : text[.column.access]), Column(text[.lists.column.formats])]
        var table = Table(caption: heading, columns: columns, rows: [])
        table.rows = Collation.sorted(keys) { catalogue.datasets[$0]?.fields.title ?? $0.id }.compactMap { datasetRow($0, open: open) }
        let intro = open ? text[.lists.datasets.openIntro] : text[.lists.datasets.allIntro]
        var page = ListPage(
            layout: layout(title: heading, description: open ? text[.lists.datasets.openDescription] : text[.lists.datasets.allDescription],
                           breadcrumbs: crumbs),
            heading: heading, intro: filter == nil ? intro : text.count(.lists.datasets.filteredIntro, keys.count, ["listing": name]),
            sections: [Section(id: open ? "apne-data" : "datasett",
                               heading: filter == nil ? (open ? text[.lists.datasets.openHeading] : text[.lists.datasets.allHeading]) : heading,
                               exporting: open ? "apne-data" : "datasett", table: table,
                               empty: open ? text[.lists.datasets.openEmpty] : text[.lists.datasets.allEmpty])],
            alternateLinks: [])
        // A page narrowed to one municipality holds only its datasets, so it has no menu of the
        // others: on every such page that menu would make the listings grow with the square of
        // the municipalities. The breadcrumb leads back to all of them.
        let dimensions = DatasetFilter.Dimension.allCases.filter { dimension in
            if case .municipality = filter { dimension != .municipality } else { true }
        }
        page.filters = dimensions.compactMap { dimension in
            let options = filters.filter { $0.0.dimension == dimension }.compactMap { value, datasets -> FilterOption? in
                guard let path = value.path(in: listing, catalogue: catalogue) else { return nil }
                return FilterOption(text: label(of: value), value: value.code, href: href(path), count: datasets.count, current: value == filter)
            }
            return options.isEmpty ? nil : FilterGroup(id: dimension.rawValue, label: text[dimension.labelKey],
                                                       options: options.sorted { Collation.key($0.text) < Collation.key($1.text) })
        }
        page.machineReadable = catalogueLinks(.site).map { Link(text: "DCAT-AP-NO (\($0.text))", href: $0.href) }
        return page
    }

    private func datasetRow(_ key: LocalKey, open: Bool) -> Row? {
        guard let fields = catalogue.datasets[key]?.fields else { return nil }
        let formats = Array(Set((fields.distributions ?? []).compactMap { $0.format.map(format.fileFormat) })).sorted()
        var cells = [datasetCell(key), municipalityCell(key.municipality), Cell(fields.themes.map(format.theme).joined(separator: ", "))]
        cells.append(open ? Cell(fields.licence.map(format.licence) ?? "–") : Cell(format.accessRights(fields.accessRights)))
        cells.append(Cell(formats.isEmpty ? "–" : formats.joined(separator: ", ")))
        var row = Row(cells: cells)
        let values = DatasetFilter.values(of: key, fields)
        row.data = DatasetFilter.Dimension.allCases.map { dimension in
            Link(text: dimension.rawValue, href: values.filter { $0.dimension == dimension }.map(\.code).joined(separator: " "))
        }
        return row
    }

    func label(of filter: DatasetFilter) -> String {
        switch filter {
        case .municipality(let number): catalogue.municipalities[number]?.name ?? number
        case .theme(let theme): format.theme(theme)
        case .licence(let licence): format.licence(licence)
        case .format(let fileFormat): format.fileFormat(fileFormat)
        }
    }

    /// The 404 page: its linker starts every link from the site's root path (see `init`).
    func notFoundPage() -> NotFoundPage {
        var layout = layout(title: text[.lists.notFound.title])
        let nav: [(String, String)] = [(text[.nav.municipalities], Paths.municipalities), (text[.nav.catalogue], Paths.catalogue),
                                       (text[.nav.datasets], Paths.datasetCatalogue), (text[.nav.openData], Paths.openData)]
        layout.nav = nav.map { NavItem(text: $0.0, href: href($0.1), current: false) }
        layout.breadcrumbs = []
        return NotFoundPage(layout: layout, heading: text[.lists.notFound.title])
    }

    func searchPage() -> SearchPage {
        let lists: [(String, String)] = [
            (text[.nav.municipalities], Paths.municipalities), (text[.search.lists.products], Paths.products),
            (text[.search.lists.vendors], Paths.vendors), (text[.search.lists.serviceAreas], Paths.serviceAreas),
            (text[.search.lists.standards], Paths.standards), (text[.nav.datasets], Paths.datasetCatalogue),
            (text[.nav.openData], Paths.openData), (text[.nav.guide], Paths.guide),
        ]
        return SearchPage(layout: layout(title: text[.search.title]), heading: text[.search.title],
                          indexHref: href(SearchIndex.path), scriptHref: href("assets/search.js"),
                          kinds: SearchIndex.kinds.map { Link(text: text[$0.name], href: $0.id) },
                          lists: lists.map { Link(text: $0.0, href: href($0.1)) })
    }
}

extension PageContext {
    /// `https://example.org/orden/` → `/orden/`.
    static func rootPath(of baseURL: String) -> String {
        guard let schemeEnd = baseURL.range(of: "://") else { return "/" }
        let rest = baseURL[schemeEnd.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        var path = String(rest[slash...].prefix { $0 != "?" && $0 != "#" })
        if !path.hasSuffix("/") { path += "/" }
        return path
    }
}
