import Basics
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSource

/// Every page of the site, named by what it shows. Enumerating pages is cheap; building and
/// rendering each one happens later, in parallel.
package enum Page: Sendable, Hashable {
    case home
    case municipalityList
    case municipality(String)
    case localList(RecordKind, String)
    case system(LocalKey)
    case dataset(LocalKey)
    case processing(LocalKey)
    case contract(LocalKey)
    case catalogueIndex
    case productList
    case product(String)
    case vendorList
    case vendor(String)
    case serviceAreaList
    case serviceArea(String)
    case standardList
    case standard(String)
    case datasetCatalogue
    case openData
    /// A dataset listing narrowed to one municipality, theme, licence or format.
    case datasetFilter(DatasetListing, DatasetFilter)
    case region(String)
    case initiative(InitiativeKey)
    case comparisonIndex(Scope)
    case comparison(ComparisonKind, Scope)
    case reportIndex(Scope)
    case report(ReportKind, Scope)
    /// The guide's front page with its table of contents, one page of the guide, and the progress of every municipality.
    case guideIndex
    case guide(String)
    case progress
    /// The latest changes from git; only when there are any.
    case changes
    /// The search page: a form, and the index read in the browser.
    case search
    case notFound

    /// Every page of a catalogue, in a stable order.
    /// `history`: the changes page is there only when the history has changes to list.
    package static func all(in catalogue: Catalogue, history: SiteHistory = .empty) -> [Page] {
        var pages: [Page] = [.home, .municipalityList, .catalogueIndex, .productList, .vendorList, .serviceAreaList,
                             .standardList, .datasetCatalogue, .openData, .notFound]
        for entry in catalogue.sortedMunicipalities {
            pages.append(.municipality(entry.number))
            for kind in ContentLayout.localKinds { pages.append(.localList(kind, entry.number)) }
        }
        pages += catalogue.systems.keys.sorted().map(Page.system)
        pages += catalogue.datasets.keys.sorted().map(Page.dataset)
        pages += catalogue.processing.keys.sorted().map(Page.processing)
        pages += catalogue.contracts.keys.sorted().map(Page.contract)
        pages += catalogue.products.keys.sorted().map(Page.product)
        pages += catalogue.vendors.keys.sorted().map(Page.vendor)
        pages += catalogue.serviceAreas.keys.sorted().map(Page.serviceArea)
        pages += catalogue.standards.keys.sorted().map(Page.standard)
        for listing in DatasetListing.allCases {
            pages += (catalogue.datasetFilters[listing] ?? []).map { .datasetFilter(listing, $0.filter) }
        }
        pages += catalogue.regions.keys.sorted().map(Page.region)
        pages += catalogue.initiatives.keys.sorted().map(Page.initiative)
        let comparisonScopes = [Scope.site] + catalogue.sortedRegions.map { Scope.region($0.slug) }
        for scope in comparisonScopes {
            pages.append(.comparisonIndex(scope))
            pages += ComparisonKind.allCases.map { .comparison($0, scope) }
        }
        let reportScopes = comparisonScopes + catalogue.sortedMunicipalities.map { Scope.municipality($0.number) }
        for scope in reportScopes {
            pages.append(.reportIndex(scope))
            pages += ReportKind.available(to: catalogue.audience, for: scope).map { .report($0, scope) }
        }
        pages += [.guideIndex, .progress] + catalogue.guide.pages.map { .guide($0.id) }
        if history.hasChanges { pages.append(.changes) }
        pages.append(.search)
        return pages
    }

    /// The municipality whose own page this is, if any: its page, lists, records, reports and comparisons.
    package func municipality(in catalogue: Catalogue) -> String? {
        switch self {
        case .municipality(let number), .localList(_, let number): number
        case .system(let key), .dataset(let key), .processing(let key), .contract(let key): key.municipality
        case .initiative(let key): if case .municipality(let number) = key.owner { number } else { nil }
        case .comparisonIndex(.municipality(let number)), .comparison(_, .municipality(let number)),
             .reportIndex(.municipality(let number)), .report(_, .municipality(let number)): number
        default: nil
        }
    }

    /// The page's address relative to the site root (a folder ending in `/`, or a file).
    package func path(in catalogue: Catalogue) -> String {
        switch self {
        case .home: return Paths.home
        case .municipalityList: return Paths.municipalities
        case .municipality(let number):
            return catalogue.municipalities[number].map(Paths.municipality) ?? ""
        case .localList(let kind, let number):
            return catalogue.municipalities[number].map { Paths.localList(kind, in: $0) } ?? ""
        case .system(let key): return Paths.local(.system, key, in: catalogue) ?? ""
        case .dataset(let key): return Paths.local(.dataset, key, in: catalogue) ?? ""
        case .processing(let key): return Paths.local(.processing, key, in: catalogue) ?? ""
        case .contract(let key): return Paths.local(.contract, key, in: catalogue) ?? ""
        case .catalogueIndex: return Paths.catalogue
        case .productList: return Paths.products
        case .product(let id): return Paths.product(id)
        case .vendorList: return Paths.vendors
        case .vendor(let id): return Paths.vendor(id)
        case .serviceAreaList: return Paths.serviceAreas
        case .serviceArea(let id): return Paths.serviceArea(id)
        case .standardList: return Paths.standards
        case .standard(let id): return Paths.standard(id)
        case .datasetCatalogue: return Paths.datasetCatalogue
        case .openData: return Paths.openData
        case .datasetFilter(let listing, let filter): return filter.path(in: listing, catalogue: catalogue) ?? ""
        case .region(let slug): return catalogue.regions[slug] == nil ? "" : Paths.region(slug)
        case .initiative(let key): return Paths.initiative(key, in: catalogue) ?? ""
        case .comparisonIndex(let scope): return Paths.comparisons(scope, in: catalogue) ?? ""
        case .comparison(let kind, let scope): return Paths.comparisons(scope, in: catalogue).map { $0 + kind.rawValue + "/" } ?? ""
        case .reportIndex(let scope): return Paths.reports(scope, in: catalogue) ?? ""
        case .report(let kind, let scope): return Paths.reports(scope, in: catalogue).map { $0 + kind.rawValue + "/" } ?? ""
        case .guideIndex: return Paths.guide
        case .guide(let id): return catalogue.guide.page(id) == nil ? "" : Paths.guidePage(id)
        case .progress: return Paths.progress
        case .changes: return Paths.changes
        case .search: return Paths.search
        case .notFound: return "404.html"
        }
    }

    /// The file the page is written to.
    package func file(in catalogue: Catalogue) -> String {
        let path = path(in: catalogue)
        return path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
    }
}
