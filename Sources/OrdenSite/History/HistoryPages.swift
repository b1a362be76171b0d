import Basics
import CommonMark
import FrontMatter
import Mustache
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSource
import RDF

extension Paths {
    package static let changes = "endringer/"
    package static let changesFeed = "endringer.xml"
}

extension HistoryPages {
    // MARK: On every page

    // MARK: The changes page

    /// The latest changes grouped by day, newest first: which record, of what kind, where and by whom.
    /// Only the internal site shows the commit messages.
    func changesPage() -> ListPage? {
        let changes = history.recent
        guard !changes.isEmpty else { return nil }
        let withMessages = catalogue.audience == .internal
        var days: [Day] = []
        var byDay: [Day: [SiteHistory.Change]] = [:]
        for change in changes {
            if byDay[change.commit.day] == nil { days.append(change.commit.day) }
            byDay[change.commit.day, default: []].append(change)
        }
        var columns = [Column(text[.history.column.record]), Column(text[.history.column.kind]), Column(text[.history.column.owner]),
                       Column(text[.history.column.author])]
        if withMessages { columns.append(Column(text[.history.column.message])) }
        let sections = days.sorted(by: >).map { day in
            let rows = (byDay[day] ?? []).map { change in
                let label = recordLabel(change.page)
                var cells = [label.cell, Cell(label.kind), label.owner.map(ownerCell) ?? Cell("–"), Cell(change.commit.author.isEmpty ? "–" : change.commit.author)]
                if withMessages { cells.append(Cell(change.commit.subject)) }
                return cells
            }
            return Section(id: "dag-\(day)", heading: format.date(day),
                           table: Table(caption: text(.history.changes.caption, ["date": format.date(day)]), columns: columns, rows: rows), empty: "")
        }
        let count = changes.count
        let intro = count == SiteHistory.recentLimit ? text(.history.changes.introLatest, ["count": format.integer(count)])
            : count == 1 ? text[.history.changes.introOnly] : text(.history.changes.introAll, ["count": format.integer(count)])
        return ListPage(
            layout: layout(title: text[.history.changes.title], description: text(.history.changes.description, ["site": site.title])),
            heading: text[.history.changes.heading],
            intro: intro,
            sections: sections,
            alternateLinks: [Link(text: text[.history.changes.atomFeed], href: href(Paths.changesFeed))])
    }

    /// A record's name (linked to its page), kind and the municipality or region it belongs to,
    /// for the changes page and the feed.
    func recordLabel(_ page: Page) -> (cell: Cell, kind: String, owner: Scope?) {
        switch page {
        case .vendor(let id): (vendorCell(id), text[.recordKind.vendor], nil)
        case .product(let id): (productCell(id), text[.recordKind.product], nil)
        case .serviceArea(let id): (serviceAreaCell(id), text[.recordKind.serviceArea], nil)
        case .standard(let id): (standardCell(id), text[.recordKind.standard], nil)
        case .municipality(let number): (municipalityCell(number), text[.recordKind.municipality], nil)
        case .system(let key): (systemCell(key), text[.recordKind.system], .municipality(key.municipality))
        case .dataset(let key): (datasetCell(key), text[.recordKind.dataset], .municipality(key.municipality))
        case .processing(let key): (processingCell(key), text[.recordKind.processing], .municipality(key.municipality))
        case .contract(let key): (contractCell(key), text[.recordKind.contract], .municipality(key.municipality))
        case .initiative(let key): (initiativeCell(key), text[.recordKind.initiative], key.owner == .site ? nil : key.owner)
        default: (Cell(page.path(in: catalogue)), "", nil)
        }
    }
}

extension PageFamily {
    /// The last change of the page's record, the forge links, and the links to the changes page
    /// and its feed (only when there is history, so that none of them leads nowhere).
    func addHistory(to layout: inout Layout) {
        if let commit = history.lastChange(of: page, in: catalogue) {
            layout.lastChanged = commit.author.isEmpty
                ? text(.history.lastChanged, ["date": format.date(commit.day)])
                : text(.history.lastChangedBy, ["date": format.date(commit.day), "author": commit.author])
        }
        layout.editLinks = editLinks
        if history.hasChanges {
            layout.changesHref = href(Paths.changes)
            layout.changesFeedHref = href(Paths.changesFeed)
            layout.alternates.append(Alternate(type: "application/atom+xml", href: href(Paths.changesFeed), title: text(.history.feedTitle, ["site": site.title])))
        }
    }

    /// "Rediger denne siden" on a record's page; "Foreslå et nytt … her" where new records of a
    /// kind are listed. None without `edit:` in orden.yml.
    var editLinks: [Link] {
        var links: [Link] = []
        if let path = page.recordPath(in: catalogue), let url = catalogue.editLinks(for: path)?.pageURL(path: path) {
            links.append(Link(text: text[.history.editPage], href: url))
        }
        // A new record goes to the repository that holds its neighbours (a content source's folder).
        if let (folder, kind) = newRecordFolder, let proposal = self.proposal(kind),
           let url = catalogue.editLinks(for: neighbour(in: folder) ?? "")?.newFileURL(folder: folder, file: proposal.file) {
            links.append(Link(text: proposal.text, href: url))
        }
        return links
    }

    /// The folder a new record of the kind the page lists goes in, relative to the source root.
    /// A record file beside `folder`, to tell which content source new files there belong to.
    private func neighbour(in folder: String) -> String? {
        let parts = folder.split(separator: "/")
        if parts.count >= 3 && parts[1] == "municipalities" { return parts.prefix(3).joined(separator: "/") + "/_index.md" }
        return catalogue.sourceOfFile.keys.filter { $0.hasPrefix(folder + "/") }.min()
    }

    private var newRecordFolder: (String, RecordKind)? {
        func municipalityFolder(_ number: String) -> String? {
            guard let path = catalogue.municipalities[number]?.record.path, let slash = path.lastIndex(of: "/") else { return nil }
            return String(path[..<slash])
        }
        let catalogueFolder = ContentLayout.contentFolder + "/catalogue/"
        switch page {
        case .municipality(let number): return municipalityFolder(number).map { ($0 + "/" + RecordKind.system.folder, .system) }
        case .localList(let kind, let number): return municipalityFolder(number).map { ($0 + "/" + kind.folder, kind) }
        case .productList: return (catalogueFolder + RecordKind.product.folder, .product)
        case .vendorList: return (catalogueFolder + RecordKind.vendor.folder, .vendor)
        case .serviceAreaList: return (catalogueFolder + RecordKind.serviceArea.folder, .serviceArea)
        case .standardList: return (catalogueFolder + RecordKind.standard.folder, .standard)
        default: return nil
        }
    }

    /// The link's text and the file name the forge's form starts with (the editor renames it).
    private func proposal(_ kind: RecordKind) -> (text: String, file: String)? {
        switch kind {
        case .system: (text[.history.propose.system], "nytt-system.md")
        case .dataset: (text[.history.propose.dataset], "nytt-datasett.md")
        case .processing: (text[.history.propose.processing], "ny-behandling.md")
        case .contract: (text[.history.propose.contract], "ny-avtale.md")
        case .initiative: (text[.history.propose.initiative], "nytt-tiltak.md")
        case .product: (text[.history.propose.product], "nytt-produkt.md")
        case .vendor: (text[.history.propose.vendor], "ny-leverandor.md")
        case .serviceArea: (text[.history.propose.serviceArea], "nytt-tjenesteomrade.md")
        case .standard: (text[.history.propose.standard], "ny-standard.md")
        case .municipality: nil
        }
    }
}
