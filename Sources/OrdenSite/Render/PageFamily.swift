import Basics
import FrontMatter
import Mustache
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenResources
import OrdenSource
import RDF

/// What every page is built from: the catalogue, the page with its links and language, and what
/// the render shares between pages.
struct PageContext {
    let catalogue: Catalogue
    let page: Page
    let linker: Linker
    /// Figures shared with the other pages of the render.
    let shared: SharedFigures
    /// Who changed the page's record last, and the latest changes.
    let history: SiteHistory
    /// The interface text of the page's language.
    let text: UIText
    let format: Format

    init(catalogue: Catalogue, page: Page, shared: SharedFigures? = nil, history: SiteHistory = .empty, translations: Translations = .builtIn) {
        self.catalogue = catalogue
        self.page = page
        self.history = history
        // The 404 page is served at any depth, so its links start from the site's own root path.
        self.linker = page == .notFound ? Linker(root: Self.rootPath(of: catalogue.site.baseUrl.url)) : Linker(pagePath: page.path(in: catalogue))
        self.shared = shared ?? SharedFigures(catalogue: catalogue)
        self.text = translations[Self.language(of: page, in: catalogue)]
        self.format = Format(text: text)
    }

    /// A municipality's own pages are in its målform when its record gives one; every other page
    /// is in the site's language.
    static func language(of page: Page, in catalogue: Catalogue) -> UILanguage {
        let site = catalogue.site.language ?? .nb
        guard let number = page.municipality(in: catalogue),
              let language = catalogue.municipalities[number]?.record.fields.language else { return site }
        return UILanguage(language)
    }

}

/// One family of pages, built from a shared context: a record's page (RecordPages), the software
/// catalogue's (CataloguePages), the lists (ListPages), comparisons, reports, the guide and the
/// history. Each family is a small type with its own pages; what several families use (the
/// frame, links to records, cells, sections) is in this protocol's extension, so formatting,
/// links and what is shown are still decided in one place and templates only lay them out.
protocol PageFamily {
    var context: PageContext { get }
}

/// A record's own page: a municipality and its systems, datasets, processing activities,
/// contracts and initiatives, and a cooperation region.
struct RecordPages: PageFamily { let context: PageContext }
/// The software catalogue's records: products, vendors, service areas and standards.
struct CataloguePages: PageFamily { let context: PageContext }
/// The front page, the lists of records, the dataset listings, search and the 404 page.
struct ListPages: PageFamily { let context: PageContext }
/// Municipalities side by side, for the site and each region.
struct ComparisonPages: PageFamily { let context: PageContext }
/// The reports, for the site and each region.
struct ReportPages: PageFamily { let context: PageContext }
/// The guide to building the catalogue, and each municipality's progress through it.
struct GuidePages: PageFamily { let context: PageContext }
/// The latest changes, from git.
struct HistoryPages: PageFamily { let context: PageContext }

extension PageFamily {
    var catalogue: Catalogue { context.catalogue }
    var page: Page { context.page }
    var linker: Linker { context.linker }
    var shared: SharedFigures { context.shared }
    var history: SiteHistory { context.history }
    var text: UIText { context.text }
    var format: Format { context.format }

    /// The language the records on the page are written in, when it is not the page's: the
    /// `lang` of their text.
    var contentLanguage: Language {
        if let number = page.municipality(in: catalogue), let language = catalogue.municipalities[number]?.record.fields.language {
            return language
        }
        return (site.language ?? .nb).contentLanguage
    }

    var site: SiteConfig { catalogue.site }

    // MARK: Frame

    func layout(title: String, description: String? = nil, breadcrumbs: [Link] = [], section: String? = nil) -> Layout {
        let nav: [(String, String)] = [
            (text[.nav.municipalities], Paths.municipalities), (text[.nav.catalogue], Paths.catalogue),
            (text[.nav.datasets], Paths.datasetCatalogue), (text[.nav.openData], Paths.openData),
            (text[.nav.comparisons], Paths.comparisons), (text[.nav.reports], Paths.reports), (text[.nav.guide], Paths.guide),
        ]
        let path = page.path(in: catalogue)
        let pageTitle = page == .home ? site.title : "\(title.bidiBalanced) – \(site.title.bidiBalanced)"
        var layout = Layout(
            lang: text.language.rawValue,
            siteTitle: site.title,
            pageTitle: pageTitle,
            description: description,
            root: linker.root,
            homeHref: linker.href(Paths.home),
            stylesheetHref: linker.href(Paths.stylesheet),
            nav: nav.map { NavItem(text: $0.0, href: linker.href($0.1), current: path.hasPrefix($0.1) && !path.isEmpty) },
            breadcrumbs: page == .home ? [] : [Link(text: text[.nav.home], href: linker.href(Paths.home))] + breadcrumbs,
            hasBreadcrumbs: page != .home,
            notice: site.notice,
            canonical: page == .notFound ? nil : absoluteURL(path),
            alternates: (page.isRecord ? [Alternate(type: "application/json", href: "index.json", title: "JSON")] : []) + catalogueAlternates,
            generator: "Orden",
            isInternal: catalogue.audience == .internal
        )
        layout.searchHref = linker.href(Paths.search)
        let content = contentLanguage.rawValue
        layout.contentLang = content == layout.lang ? nil : content
        addHistory(to: &layout)
        return layout
    }

    /// The DCAT-AP-NO catalogue that describes what a page shows: a dataset's or municipality's
    /// own catalogue, the site's for the dataset listings.
    var catalogueAlternates: [Alternate] {
        let scope: Scope? = switch page {
        case .dataset(let key): .municipality(key.municipality)
        case .municipality(let number): .municipality(number)
        case .localList(.dataset, let number): .municipality(number)
        case .datasetCatalogue, .openData, .datasetFilter: .site
        default: nil
        }
        guard let scope, let stem = CatalogueFiles.stem(scope, in: catalogue) else { return [] }
        return CatalogueFiles.formats.map { Alternate(type: $0.mediaType, href: href(stem + "." + $0.extension), title: "DCAT-AP-NO (\($0.label))") }
    }

    func absoluteURL(_ path: String) -> String {
        var base = site.baseUrl.url
        if !base.hasSuffix("/") { base += "/" }
        return base + path
    }

    // MARK: Order

    func byName(products ids: some Collection<String>) -> [String] {
        Collation.sorted(Array(ids)) { catalogue.products[$0]?.fields.name ?? $0 }
    }

    func byName(systems keys: [LocalKey]) -> [LocalKey] {
        Collation.sorted(keys) { catalogue.systems[$0]?.name.value ?? $0.id }
    }

    // MARK: Links to records

    func href(_ path: String) -> String { linker.href(path) }

    func municipalityCell(_ number: String) -> Cell {
        guard let entry = catalogue.municipalities[number] else { return Cell(number) }
        return Cell(entry.name, href: href(Paths.municipality(entry)))
    }

    func productCell(_ id: String?) -> Cell {
        guard let id else { return Cell("–") }
        guard let product = catalogue.products[id] else { return Cell(id) }
        return Cell(product.fields.name, href: href(Paths.product(id)))
    }

    func vendorCell(_ id: String?) -> Cell {
        guard let id else { return Cell("–") }
        guard let vendor = catalogue.vendors[id] else { return Cell(id) }
        return Cell(vendor.fields.name, href: href(Paths.vendor(id)))
    }

    func serviceAreaCell(_ id: String) -> Cell {
        guard let area = catalogue.serviceAreas[id] else { return Cell(id) }
        return Cell(area.fields.name, href: href(Paths.serviceArea(id)))
    }

    func standardCell(_ id: String) -> Cell {
        guard let standard = catalogue.standards[id] else { return Cell(id) }
        return Cell(standard.fields.name, href: href(Paths.standard(id)))
    }

    func systemCell(_ key: LocalKey, withMunicipality: Bool = false) -> Cell {
        guard let system = catalogue.systems[key], let path = Paths.local(.system, key, in: catalogue) else { return Cell(key.id) }
        let note = withMunicipality ? catalogue.municipalities[key.municipality]?.name : nil
        return Cell(system.name.value, href: href(path), note: note)
    }

    func datasetCell(_ key: LocalKey) -> Cell {
        guard let dataset = catalogue.datasets[key], let path = Paths.local(.dataset, key, in: catalogue) else { return Cell(key.id) }
        return Cell(dataset.fields.title, href: href(path))
    }

    func processingCell(_ key: LocalKey) -> Cell {
        guard let activity = catalogue.processing[key], let path = Paths.local(.processing, key, in: catalogue) else { return Cell(key.id) }
        return Cell(activity.fields.name, href: href(path))
    }

    func contractCell(_ key: LocalKey) -> Cell {
        guard let contract = catalogue.contracts[key], let path = Paths.local(.contract, key, in: catalogue) else { return Cell(key.id) }
        return Cell(contract.fields.title, href: href(path))
    }

    /// A data processing agreement: its contract when published, "registered, not published" when
    /// the public build withholds it (PublicView), nothing for a dangling reference.
    func agreementCell(in municipality: String) -> (Reference) -> Cell? {
        { dpa in
            if dpa.isWithheld { return Cell(text[.local.agreementWithheld]) }
            return published([LocalKey(municipality, dpa.id)], .contract).first.map(contractCell)
        }
    }

    func webCell(_ link: WebLink) -> Cell {
        Cell(link.url, href: link.url)
    }

    func emailCell(_ email: EmailAddress, name: String? = nil) -> Cell {
        Cell(name ?? email.address, href: "mailto:" + email.address, note: name == nil ? nil : email.address)
    }

    /// A contact as cells: the name (with a note, e.g. that it is internal), the e-mail, the
    /// contact page and the phone, each that is given.
    func contactCells(_ contact: Contact, nameNote: String? = nil) -> [Cell] {
        var cells: [Cell] = []
        if let name = contact.name { cells.append(Cell(name, note: nameNote)) }
        if let email = contact.email { cells.append(emailCell(email)) }
        if let url = contact.url { cells.append(Cell(url.url, href: url.url)) }
        if let phone = contact.phone { cells.append(Cell(phone)) }
        return cells
    }

    func dateCell(_ day: Day?) -> Cell {
        guard let day else { return Cell("–") }
        var cell = Cell(format.date(day))
        cell.export = day.description
        return cell
    }

    func moneyCell(_ money: Money?) -> Cell {
        guard let money else { return Cell("–", numeric: true) }
        return Cell(format.kroner(money), numeric: true, number: money.kroner.rounded())
    }

    func countCell(_ n: Int?) -> Cell {
        guard let n else { return Cell("–", numeric: true) }
        return Cell(format.integer(n), numeric: true, number: Double(n))
    }

    /// Only the keys of published records, so nothing internal is linked or counted.
    func published(_ keys: [LocalKey]?, _ kind: RecordKind) -> [LocalKey] {
        (keys ?? []).filter {
            switch kind {
            case .system: catalogue.systems[$0] != nil
            case .dataset: catalogue.datasets[$0] != nil
            case .processing: catalogue.processing[$0] != nil
            case .contract: catalogue.contracts[$0] != nil
            default: false
            }
        }
    }

    func municipalityCrumbs(_ number: String, then kind: RecordKind? = nil) -> [Link] {
        var crumbs = [Link(text: text[.nav.municipalities], href: href(Paths.municipalities))]
        if let entry = catalogue.municipalities[number] {
            crumbs.append(Link(text: entry.name, href: href(Paths.municipality(entry))))
            if let kind {
                crumbs.append(Link(text: localKindTitle(kind), href: href(Paths.localList(kind, in: entry))))
            }
        }
        return crumbs
    }

    func catalogueCrumbs(_ list: (String, String)? = nil) -> [Link] {
        var crumbs = [Link(text: text[.nav.catalogue], href: href(Paths.catalogue))]
        if let list { crumbs.append(Link(text: list.0, href: href(list.1))) }
        return crumbs
    }

    func localKindTitle(_ kind: RecordKind) -> String {
        switch kind {
        case .system: text[.kind.systems]
        case .dataset: text[.kind.datasets]
        case .processing: text[.kind.processing]
        case .contract: text[.kind.contracts]
        case .initiative: text[.kind.initiatives]
        default: ""
        }
    }

    /// A section of one table whose heading, caption and text for no rows are the keys
    /// `<texts>.heading`, `<texts>.caption` and `<texts>.empty`.
    func section(_ id: String, texts: some TableTexts, intro: String? = nil, exporting: String? = nil,
                 columns: [Column], rows: [[Cell]]) -> Section {
        let table = Table(caption: text[texts.caption], columns: columns, rows: rows)
        let empty = text[texts.empty]
        if let exporting { return Section(id: id, heading: text[texts.heading], intro: intro, exporting: exporting, table: table, empty: empty) }
        return Section(id: id, heading: text[texts.heading], intro: intro, table: table, empty: empty)
    }

    func title(_ kind: ReportKind) -> String { text[.title(of: kind)] }
    func summary(_ kind: ReportKind) -> String { text[.summary(of: kind)] }
    func title(_ kind: ComparisonKind) -> String { text[.title(of: kind)] }
    func summary(_ kind: ComparisonKind) -> String { text[.summary(of: kind)] }

    func record(kind: String, heading: String, lead: String? = nil, badges: [Badge] = [], facts: [Fact],
                body: String?, bodyHeading: String? = nil, bodyInherited: Bool = false, inheritedFrom: Link? = nil,
                sections: [Section], layout: Layout) -> RecordPage {
        let facts = facts.filter { !$0.values.isEmpty }
        return RecordPage(
            layout: layout, kindLabel: kind, heading: heading, lead: lead, badges: badges, hasBadges: !badges.isEmpty,
            facts: facts, hasFacts: !facts.isEmpty,
            hasInherited: facts.contains { $0.inherited } || bodyInherited, inheritedFrom: inheritedFrom,
            bodyHTML: body.flatMap { $0.isEmpty ? nil : $0 }, bodyHeading: bodyHeading ?? text[.record.description], bodyInherited: bodyInherited,
            sections: sections)
    }
}

extension Array where Element == Fact {
    /// Adds a fact only when it has a value.
    mutating func add(_ label: String, _ cell: Cell?, inherited: Bool = false) {
        if let cell { append(Fact(label, cell, inherited: inherited)) }
    }

    mutating func add(_ label: String, _ cells: [Cell], inherited: Bool = false) {
        if !cells.isEmpty { append(Fact(label, cells, inherited: inherited)) }
    }
}
