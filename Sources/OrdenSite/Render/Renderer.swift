import Dispatch
import Foundation
import Synchronization
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

/// A file of the built site: its path below the output folder and its bytes.
package struct OutputFile: Sendable {
    package var path: String
    package var bytes: Data
}

/// What a file of the site belongs to: a page (its HTML, JSON and table copies), a scope's
/// DCAT-AP-NO catalogue, or the site as a whole (sitemap, schemas, the theme's static files).
package enum FileOwner: Sendable, Hashable {
    case page(Page)
    case catalogue(Scope)
    case site
}

/// The render stage: catalogue → every page through the theme, plus sitemap and static files.
package struct Renderer: Sendable {
    package let catalogue: Catalogue
    package let theme: Theme
    /// Who changed each record last, and the latest changes, from git.
    package let history: SiteHistory
    /// Site-wide and regional figures, computed once and read by every page that needs them.
    package let shared: SharedFigures

    package init(catalogue: Catalogue, theme: Theme, history: SiteHistory = .empty) {
        self.init(catalogue: catalogue, theme: theme, history: history, pages: Page.all(in: catalogue, history: history))
    }

    /// With the pages already listed: `Page.all(in: catalogue, history: history)`.
    package init(catalogue: Catalogue, theme: Theme, history: SiteHistory, pages: [Page]) {
        self.catalogue = catalogue
        self.theme = theme
        self.history = history
        shared = SharedFigures(catalogue: catalogue)
        self.pages = pages
    }

    /// Every page of the site, in a stable order.
    package let pages: [Page]

    /// Renders every page on all cores and hands each file to `write` as soon as it is ready.
    /// Returns the diagnostics of pages that could not be rendered (a template missing).
    package func render(write: @escaping @Sendable (OutputFile) throws -> Void) -> [Diagnostic] {
        render(pages, catalogueScopes: CatalogueFiles.scopes(in: catalogue), sitePages: pages) { _, file in try write(file) }
    }

    /// One piece of the render, done on whichever core is free.
    enum Work: Equatable {
        case page(Page)
        case catalogue(Scope)
        /// The site-level files of `sitePages`.
        case site

        /// What the work's reads are recorded for: the site-level files are rendered whenever
        /// the set of pages changes, and not for what they read.
        var owner: FileOwner? {
            switch self {
            case .page(let page): .page(page)
            case .catalogue(let scope): .catalogue(scope)
            case .site: nil
            }
        }
    }

    /// Renders `pages`, the DCAT-AP-NO catalogues of `catalogueScopes` and, when `sitePages`
    /// (every page of the site) is given, the site-level files, on all cores. Each file is handed
    /// to `write` with what it belongs to, so that a preview can replace exactly the files of the
    /// pages it renders again.
    ///
    /// With `dependencies`, what each page and catalogue read of the catalogue is recorded while it
    /// is rendered and handed to it (`DependencyRecorder`), for the preview to know which pages an
    /// edit changes.
    package func render(_ pages: [Page], catalogueScopes: [Scope], sitePages: [Page]?,
                       dependencies: (@Sendable (FileOwner, Set<Dependency>) -> Void)? = nil,
                       write: @escaping @Sendable (FileOwner, OutputFile) throws -> Void) -> [Diagnostic] {
        let problems = Mutex<[Diagnostic]>([])
        let work = Self.schedule(pages.map(Work.page) + catalogueScopes.map(Work.catalogue) + (sitePages == nil ? [] : [.site]))
        DispatchQueue.concurrentPerform(iterations: work.count) { index in
            guard let dependencies, let owner = work[index].owner else { return render(work[index]) }
            let recorder = DependencyRecorder()
            recorder.record { render(work[index]) }
            dependencies(owner, recorder.dependencies)
        }
        return problems.withLock { $0 }.sorted()

        @Sendable func render(_ work: Work) {
            switch work {
            case .page(let page):
                do {
                    guard let files = try renderFiles(page) else {
                        problems.withLock { $0.append(.error("no page could be rendered for \(page.path(in: catalogue))", at: SourceLocation(path: "themes/"))) }
                        return
                    }
                    for file in files { try write(.page(page), file) }
                } catch let failure as JSONRecords.EncodingFailure {
                    problems.withLock { $0.append(Self.problem(failure)) }
                } catch {
                    problems.withLock { $0.append(.error("cannot write \(page.file(in: catalogue)): \(error.localizedDescription)", at: SourceLocation(path: page.file(in: catalogue)))) }
                }
            case .catalogue(let scope):
                do {
                    try CatalogueFiles.forEachFile(scope, in: catalogue) { try write(.catalogue(scope), $0) }
                } catch {
                    problems.withLock { $0.append(.error("cannot write the dataset catalogue: \(error.localizedDescription)", at: SourceLocation(path: "data/"))) }
                }
            case .site:
                do {
                    for file in try siteFiles(sitePages ?? []) { try write(.site, file) }
                } catch let failure as JSONRecords.EncodingFailure {
                    problems.withLock { $0.append(Self.problem(failure)) }
                } catch {
                    problems.withLock { $0.append(.error("cannot write the site: \(error.localizedDescription)", at: SourceLocation(path: "site"))) }
                }
            }
        }
    }

    /// A JSON file that could not be encoded is an error at the record's file, so that the site is
    /// not published with the file missing or empty.
    static func problem(_ failure: JSONRecords.EncodingFailure) -> Diagnostic {
        .error(failure.description, at: SourceLocation(path: failure.source ?? failure.path),
               hint: "every value Orden reads should encode, so this is a fault in Orden: please report it with the record")
    }

    /// The work in the order it is handed out: the largest pieces first (the site's catalogue and
    /// files, then the site's and the regions' reports and comparisons, which read every
    /// municipality's systems), then the rest as given. Started last, one of them would leave the
    /// other cores idle at the end.
    static func schedule(_ work: [Work]) -> [Work] {
        func size(_ work: Work) -> Int {
            switch work {
            case .catalogue(.site): 4
            case .site: 3
            case .page(.report(_, .site)), .page(.comparison(_, .site)): 2
            case .page(.report(_, .region)), .page(.comparison(_, .region)), .page(.datasetCatalogue), .page(.openData), .page(.progress): 1
            default: 0
            }
        }
        var buckets: [[Work]] = Array(repeating: [], count: 5)
        for item in work { buckets[size(item)].append(item) }
        return buckets.reversed().flatMap { $0 }
    }

    /// The files of the site as a whole: the sitemap of `pages`, robots.txt, the changes feed, the
    /// records' JSON Schemas and the theme's static files.
    package func siteFiles(_ pages: [Page]) throws -> [OutputFile] {
        var files = [OutputFile(path: "sitemap.xml", bytes: Data(sitemap(pages).utf8)),
                     OutputFile(path: "robots.txt", bytes: Data(robots.utf8))]
        if let feed = ChangesFeed.file(catalogue, history: history) { files.append(feed) }
        files += try JSONRecords.files(catalogue)
        files += theme.staticFiles.sorted(by: { $0.key < $1.key }).map { OutputFile(path: $0.key, bytes: $0.value) }
        return files
    }

    /// The HTML of one page, or nil if its record is gone or the theme lacks its template.
    package func renderHTML(_ page: Page) -> String? {
        (try? renderFiles(page))?.first.map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    /// The page's HTML file first, then a CSV and a JSON copy of each table it exports. Throws
    /// `JSONRecords.EncodingFailure` when the record's JSON cannot be encoded.
    package func renderFiles(_ page: Page) throws -> [OutputFile]? {
        let context = PageContext(catalogue: catalogue, page: page, shared: shared, history: history, translations: theme.translations)
        return try Charts.$words.withValue(ChartWords(text: context.text)) { try renderFiles(page, with: context) }
    }

    /// Each page with its family and template: the one place that pairs them.
    private func renderFiles(_ page: Page, with context: PageContext) throws -> [OutputFile]? {
        let records = RecordPages(context: context), catalogueRecords = CataloguePages(context: context)
        let lists = ListPages(context: context), comparisons = ComparisonPages(context: context)
        let reports = ReportPages(context: context), guide = GuidePages(context: context), changes = HistoryPages(context: context)
        let model: (any TemplateObject)?
        let template: TemplateName
        switch page {
        case .home: (model, template) = (lists.homePage(), .home)
        case .municipalityList: (model, template) = (lists.municipalityListPage(), .list)
        case .municipality(let number): (model, template) = (records.municipalityPage(number), .municipality)
        case .localList(let kind, let number): (model, template) = (records.localListPage(kind, number), .list)
        case .system(let key): (model, template) = (records.systemPage(key), .system)
        case .dataset(let key): (model, template) = (records.datasetPage(key), .dataset)
        case .processing(let key): (model, template) = (records.processingPage(key), .processing)
        case .contract(let key): (model, template) = (records.contractPage(key), .contract)
        case .catalogueIndex: (model, template) = (lists.catalogueIndexPage(), .list)
        case .productList: (model, template) = (lists.productListPage(), .list)
        case .product(let id): (model, template) = (catalogueRecords.productPage(id), .product)
        case .vendorList: (model, template) = (lists.vendorListPage(), .list)
        case .vendor(let id): (model, template) = (catalogueRecords.vendorPage(id), .vendor)
        case .serviceAreaList: (model, template) = (lists.serviceAreaListPage(), .list)
        case .serviceArea(let id): (model, template) = (catalogueRecords.serviceAreaPage(id), .serviceArea)
        case .standardList: (model, template) = (lists.standardListPage(), .list)
        case .standard(let id): (model, template) = (catalogueRecords.standardPage(id), .standard)
        case .datasetCatalogue: (model, template) = (lists.datasetListingPage(.catalogue), .list)
        case .openData: (model, template) = (lists.datasetListingPage(.openData), .list)
        case .datasetFilter(let listing, let filter): (model, template) = (lists.datasetListingPage(listing, filter: filter), .list)
        case .region(let slug): (model, template) = (records.regionPage(slug), .region)
        case .initiative(let key): (model, template) = (records.initiativePage(key), .initiative)
        case .comparisonIndex(let scope): (model, template) = (comparisons.comparisonIndexPage(scope), .report)
        case .comparison(let kind, let scope): (model, template) = (comparisons.comparisonPage(kind, scope), .report)
        case .reportIndex(let scope): (model, template) = (reports.reportIndexPage(scope), .report)
        case .report(let kind, let scope): (model, template) = (reports.reportPage(kind, scope), .report)
        case .guideIndex: (model, template) = (guide.guideIndexPage(), .guide)
        case .guide(let id): (model, template) = (guide.guidePage(id), .guide)
        case .progress: (model, template) = (guide.progressPage(), .report)
        case .changes: (model, template) = (changes.changesPage(), .list)
        case .search: (model, template) = (lists.searchPage(), .search)
        case .notFound: (model, template) = (lists.notFoundPage(), ._404)
        }
        guard let model, let html = theme.render(template, model, language: context.text.language) else { return nil }
        var files = [OutputFile(path: page.file(in: catalogue), bytes: html)]
        if let json = try JSONRecords.file(for: page, in: catalogue) { files.append(json) }
        // The index belongs to the search page, so a preview writes it again with the page, after any edit.
        if page == .search { files.append(SearchIndex.file(catalogue, text: context.text)) }
        // The follow-up page's calendar feeds are its own, so a preview writes them again with it.
        if case .report(.followUp, let scope) = page { files += reports.followUpCalendarFiles(scope) }
        let sections: [Section] = switch model {
        case let report as ReportPage: report.sections
        case let record as RecordPage: record.sections
        case let list as ListPage: list.sections
        default: []
        }
        let folder = page.path(in: catalogue)
        let base = lists.absoluteURL(folder)
        for table in sections.compactMap(\.table) where !table.id.isEmpty {
            files.append(OutputFile(path: folder + table.id + ".csv", bytes: Data(TableExport.csvBytes(table))))
            files.append(OutputFile(path: folder + table.id + ".json", bytes: Data(TableExport.jsonBytes(table, base: base))))
        }
        return files
    }

    /// The internal build asks every crawler to stay away; the public one points to the sitemap.
    var robots: String {
        if catalogue.audience == .internal { return "User-agent: *\nDisallow: /\n" }
        var base = catalogue.site.baseUrl.url
        if !base.hasSuffix("/") { base += "/" }
        return "User-agent: *\nAllow: /\n\nSitemap: \(base)sitemap.xml\n"
    }

    /// sitemap.xml with the absolute address of every page but the 404 page, and the day a
    /// record's page last changed when git knows it.
    func sitemap(_ pages: [Page]) -> String {
        var base = catalogue.site.baseUrl.url
        if !base.hasSuffix("/") { base += "/" }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        let entries = pages.filter { $0 != .notFound }.map { ($0.path(in: catalogue), history.lastChange(of: $0, in: catalogue)) }
        for (path, change) in entries.sorted(by: { $0.0 < $1.0 }) {
            let lastmod = change.map { "<lastmod>\($0.day)</lastmod>" } ?? ""
            xml += "  <url><loc>\(XMLText.escape(base + path))</loc>\(lastmod)</url>\n"
        }
        return xml + "</urlset>\n"
    }
}
