/// The home page, the lists and the dataset catalogue.
extension PageBuilder {
    func homePage() -> HomePage {
        let openCount = catalogue.datasets.values.filter { DatasetListing.openData.includes($0.fields) }.count
        let statistics = [
            Statistic(label: "Kommuner", value: format.integer(catalogue.municipalities.count), href: href(Paths.municipalities)),
            Statistic(label: "Systemer", value: format.integer(catalogue.systems.count), href: href(Paths.municipalities)),
            Statistic(label: "Produkter", value: format.integer(catalogue.products.count), href: href(Paths.products)),
            Statistic(label: "Leverandører", value: format.integer(catalogue.vendors.count), href: href(Paths.vendors)),
            Statistic(label: "Datasett", value: format.integer(catalogue.datasets.count), href: href(Paths.datasetCatalogue)),
            Statistic(label: "Åpne datasett", value: format.integer(openCount), href: href(Paths.openData)),
            Statistic(label: "Behandlingsaktiviteter", value: format.integer(catalogue.processing.count), href: href(Paths.municipalities)),
            Statistic(label: "Avtaler", value: format.integer(catalogue.contracts.count), href: href(Paths.municipalities)),
        ]
        return HomePage(
            layout: layout(title: site.title, description: site.description),
            heading: site.title, intro: site.description, statistics: statistics,
            sections: [municipalitySection(), leaderSection()])
    }

    /// Where leaders start: comparisons and reports for the site and each region.
    func leaderSection() -> Section {
        var rows: [[Cell]] = [[Cell("Alle kommuner", href: href(Paths.reports)), Cell("Rapporter", href: href(Paths.reports)),
                               Cell("Sammenligning", href: href(Paths.comparisons))]]
        for region in catalogue.sortedRegions {
            let scope = Scope.region(region.slug)
            rows.append([Cell(region.name, href: href(Paths.region(region.slug))),
                         Paths.reports(scope, in: catalogue).map { Cell("Rapporter", href: href($0)) } ?? Cell("–"),
                         Paths.comparisons(scope, in: catalogue).map { Cell("Sammenligning", href: href($0)) } ?? Cell("–")])
        }
        return Section(id: "for-ledere", heading: "For ledere",
                       intro: "Rapporter om portefølje, kostnader, personvern og planer, og sammenligninger mellom kommunene, per \(format.date(catalogue.reportDate)).",
                       table: Table(caption: "Rapporter og sammenligninger", columns: [Column("Utvalg"), Column("Rapporter"), Column("Sammenligning")], rows: rows),
                       empty: "")
    }

    func municipalitySection() -> Section {
        let rows = catalogue.sortedMunicipalities.map { entry in
            [municipalityCell(entry.number), Cell(entry.number), Cell(entry.record.fields.county ?? "–"),
             Cell(entry.record.fields.cooperation ?? "–"), countCell(entry.record.fields.population?.value),
             countCell(catalogue.systemsByMunicipality[entry.number]?.count ?? 0),
             countCell(catalogue.datasetsByMunicipality[entry.number]?.count ?? 0)]
        }
        return Section(id: "kommuner", heading: "Kommuner", table: Table(
            caption: "Kommuner", columns: [Column("Kommune"), Column("Nummer"), Column("Fylke"), Column("Samarbeid"),
                                           Column("Innbyggere", numeric: true), Column("Systemer", numeric: true), Column("Datasett", numeric: true)],
            rows: rows), empty: "Ingen kommuner er registrert.")
    }

    func municipalityListPage() -> ListPage {
        ListPage(layout: layout(title: "Kommuner"), heading: "Kommuner",
                 intro: "Kommunene som har publisert oversikten sin over IT-systemer, datasett, behandlinger og avtaler her.",
                 sections: [municipalitySection(), regionSection()], alternateLinks: [])
    }

    func regionSection() -> Section {
        let rows = catalogue.sortedRegions.map { region in
            [Cell(region.name, href: href(Paths.region(region.slug))), countCell(region.members.count),
             countCell(catalogue.initiativesByOwner[.region(region.slug)]?.count ?? 0)]
        }
        return Section(id: "regioner", heading: "Samarbeidsregioner",
                       intro: rows.isEmpty ? nil : "Kommunene som har oppgitt samme samarbeid (cooperation), sammenlignes og rapporteres også samlet.",
                       table: Table(caption: "Samarbeidsregioner", columns: [Column("Region"), Column("Kommuner", numeric: true), Column("Felles tiltak", numeric: true)], rows: rows),
                       empty: "Ingen kommuner har oppgitt et samarbeid.")
    }

    func productSection() -> Section {
        let rows = byName(products: catalogue.products.keys).compactMap { id -> [Cell]? in
            guard let product = catalogue.products[id] else { return nil }
            return [productCell(id), vendorCell(product.fields.vendor.id), Cell(product.fields.category.map(format.category) ?? "–"),
                    Cell(product.fields.status.map(format.productStatus) ?? "–"),
                    countCell(Set((catalogue.systemsByProduct[id] ?? []).map(\.municipality)).count)]
        }
        return Section(id: "produkter", heading: "Produkter", table: Table(
            caption: "Produkter", columns: [Column("Produkt"), Column("Leverandør"), Column("Kategori"), Column("Status"), Column("Kommuner", numeric: true)],
            rows: rows), empty: "Katalogen har ingen produkter ennå.")
    }

    func catalogueIndexPage() -> ListPage {
        let lists: [(String, String, Int)] = [
            ("Produkter", Paths.products, catalogue.products.count), ("Leverandører", Paths.vendors, catalogue.vendors.count),
            ("Tjenesteområder", Paths.serviceAreas, catalogue.serviceAreas.count), ("Standarder", Paths.standards, catalogue.standards.count),
        ]
        let overview = Table(caption: "Innhold i katalogen", columns: [Column("Liste"), Column("Antall", numeric: true)],
                             rows: lists.map { [Cell($0.0, href: href($0.1)), countCell($0.2)] })
        return ListPage(
            layout: layout(title: "Programvarekatalog"), heading: "Programvarekatalog",
            intro: "Den felles katalogen beskriver hvert produkt, hver leverandør og hver standard én gang. Kommunenes systemer arver det de ikke oppgir selv.",
            sections: [Section(id: "oversikt", heading: "Oversikt", table: overview, empty: ""), productSection()],
            alternateLinks: [])
    }

    func productListPage() -> ListPage {
        ListPage(layout: layout(title: "Produkter", breadcrumbs: catalogueCrumbs()), heading: "Produkter",
                 intro: "Alle produkter i programvarekatalogen, med antall kommuner som bruker dem.",
                 sections: [productSection()], alternateLinks: [])
    }

    func vendorListPage() -> ListPage {
        let rows = Collation.sorted(Array(catalogue.vendors.keys)) { catalogue.vendors[$0]?.fields.name ?? $0 }.compactMap { id -> [Cell]? in
            guard let vendor = catalogue.vendors[id] else { return nil }
            return [vendorCell(id), Cell(vendor.fields.orgnr?.description ?? "–"), countCell(catalogue.productsByVendor[id]?.count ?? 0),
                    countCell(published(catalogue.contractsByVendor[id], .contract).count)]
        }
        return ListPage(
            layout: layout(title: "Leverandører", breadcrumbs: catalogueCrumbs()), heading: "Leverandører", intro: nil,
            sections: [Section(id: "leverandorer", heading: "Leverandører", table: Table(
                caption: "Leverandører", columns: [Column("Leverandør"), Column("Organisasjonsnummer"), Column("Produkter", numeric: true), Column("Avtaler", numeric: true)],
                rows: rows), empty: "Katalogen har ingen leverandører ennå.")],
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
            layout: layout(title: "Tjenesteområder", breadcrumbs: catalogueCrumbs()), heading: "Tjenesteområder",
            intro: "Kommunale tjenesteområder, med KOSTRA-funksjonene de dekker.",
            sections: [Section(id: "tjenesteomrader", heading: "Tjenesteområder", table: Table(
                caption: "Tjenesteområder", columns: [Column("Område"), Column("KOSTRA"), Column("Del av"), Column("Produkter", numeric: true), Column("Systemer", numeric: true)],
                rows: rows), empty: "Ingen tjenesteområder er registrert.")],
            alternateLinks: [])
    }

    func standardListPage() -> ListPage {
        let rows = Collation.sorted(Array(catalogue.standards.keys)) { catalogue.standards[$0]?.fields.name ?? $0 }.compactMap { id -> [Cell]? in
            guard let standard = catalogue.standards[id] else { return nil }
            return [standardCell(id), Cell(standard.fields.kind.map(format.standardKind) ?? "–"),
                    countCell(catalogue.productsByStandard[id]?.count ?? 0), countCell(catalogue.systemsByStandard[id]?.count ?? 0)]
        }
        return ListPage(
            layout: layout(title: "Standarder", breadcrumbs: catalogueCrumbs()), heading: "Standarder",
            intro: "Integrasjonsstandarder og nasjonale felleskomponenter.",
            sections: [Section(id: "standarder", heading: "Standarder", table: Table(
                caption: "Standarder", columns: [Column("Standard"), Column("Type"), Column("Produkter", numeric: true), Column("Systemer", numeric: true)],
                rows: rows), empty: "Ingen standarder er registrert.")],
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
        let name = open ? "Åpne data" : "Datasett"
        var heading = name
        var crumbs: [Link] = []
        if let filter {
            heading = "\(name): \(label(of: filter))"
            crumbs = [Link(text: name, href: href(listing.path))]
        }
        let columns = [Column("Datasett"), Column("Kommune"), Column("Tema"), Column(open ? "Lisens" : "Tilgang"), Column("Formater")]
        var table = Table(caption: heading, columns: columns, rows: [])
        table.rows = Collation.sorted(keys) { catalogue.datasets[$0]?.fields.title ?? $0.id }.compactMap { datasetRow($0, open: open) }
        let intro = open
            ? "Datasett med åpen tilgang, lisens og minst én distribusjon: alle kan bruke dem i tråd med lisensen."
            : "Alle datasett kommunene har registrert, også de som ikke er åpne. Åpne datasett finner du under Åpne data."
        var page = ListPage(
            layout: layout(title: heading, description: open ? "Åpne datasett fra kommunene på nettstedet." : "Datasettkatalog for kommunene på nettstedet.",
                           breadcrumbs: crumbs),
            heading: heading, intro: filter == nil ? intro : "\(format.count(keys.count, "dataset")). Vis alle under \(name).",
            sections: [Section(id: open ? "apne-data" : "datasett", heading: filter == nil ? (open ? "Åpne datasett" : "Alle datasett") : heading,
                               exporting: open ? "apne-data" : "datasett", table: table,
                               empty: open ? "Ingen åpne datasett er registrert." : "Ingen datasett er registrert.")],
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
            return options.isEmpty ? nil : FilterGroup(id: dimension.rawValue, label: dimension.label,
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

    /// The 404 page is served at any depth, so its links start from the site's own root path.
    func notFoundPage() -> NotFoundPage {
        var layout = layout(title: "Fant ikke siden")
        let rootPath = Self.rootPath(of: site.baseUrl.url)
        layout.root = rootPath
        layout.homeHref = rootPath
        layout.stylesheetHref = rootPath + Paths.stylesheet
        let nav: [(String, String)] = [("Kommuner", Paths.municipalities), ("Programvarekatalog", Paths.catalogue),
                                       ("Datasett", Paths.datasetCatalogue), ("Åpne data", Paths.openData)]
        layout.nav = nav.map { NavItem(text: $0.0, href: rootPath + $0.1, current: false) }
        layout.breadcrumbs = []
        return NotFoundPage(layout: layout, heading: "Fant ikke siden")
    }

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
