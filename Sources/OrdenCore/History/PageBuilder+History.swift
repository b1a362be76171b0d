extension Paths {
    public static let changes = "endringer/"
    public static let changesFeed = "endringer.xml"
}

extension PageBuilder {
    // MARK: On every page

    /// The last change of the page's record, the forge links, and the links to the changes page
    /// and its feed (only when there is history, so that none of them leads nowhere).
    func addHistory(to layout: inout Layout) {
        if let commit = page.lastChange(in: catalogue) {
            layout.lastChanged = "Sist endret \(format.date(commit.day))" + (commit.author.isEmpty ? "" : " av \(commit.author)")
        }
        layout.editLinks = editLinks
        if catalogue.history.hasChanges {
            layout.changesHref = href(Paths.changes)
            layout.changesFeedHref = href(Paths.changesFeed)
            layout.alternates.append(Alternate(type: "application/atom+xml", href: href(Paths.changesFeed), title: "Endringer i \(site.title)"))
        }
    }

    /// "Rediger denne siden" on a record's page; "Foreslå et nytt … her" where new records of a
    /// kind are listed. None without `edit:` in orden.yml.
    var editLinks: [Link] {
        var links: [Link] = []
        if let path = page.recordPath(in: catalogue), let url = catalogue.editLinks(for: path)?.pageURL(path: path) {
            links.append(Link(text: "Rediger denne siden", href: url))
        }
        // A new record goes to the repository that holds its neighbours (a content source's folder).
        if let (folder, kind) = newRecordFolder, let proposal = Self.proposal(kind),
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
    private static func proposal(_ kind: RecordKind) -> (text: String, file: String)? {
        switch kind {
        case .system: ("Foreslå et nytt system her", "nytt-system.md")
        case .dataset: ("Foreslå et nytt datasett her", "nytt-datasett.md")
        case .processing: ("Foreslå en ny behandlingsaktivitet her", "ny-behandling.md")
        case .contract: ("Foreslå en ny avtale her", "ny-avtale.md")
        case .initiative: ("Foreslå et nytt tiltak her", "nytt-tiltak.md")
        case .product: ("Foreslå et nytt produkt her", "nytt-produkt.md")
        case .vendor: ("Foreslå en ny leverandør her", "ny-leverandor.md")
        case .serviceArea: ("Foreslå et nytt tjenesteområde her", "nytt-tjenesteomrade.md")
        case .standard: ("Foreslå en ny standard her", "ny-standard.md")
        case .municipality: nil
        }
    }

    // MARK: The changes page

    /// The latest changes grouped by day, newest first: which record, of what kind, where and by whom.
    /// Only the internal site shows the commit messages.
    func changesPage() -> ListPage? {
        let changes = catalogue.history.recent
        guard !changes.isEmpty else { return nil }
        let withMessages = catalogue.audience == .internal
        var days: [Day] = []
        var byDay: [Day: [SiteHistory.Change]] = [:]
        for change in changes {
            if byDay[change.commit.day] == nil { days.append(change.commit.day) }
            byDay[change.commit.day, default: []].append(change)
        }
        var columns = [Column("Oppføring"), Column("Type"), Column("Kommune eller region"), Column("Endret av")]
        if withMessages { columns.append(Column("Melding")) }
        let sections = days.sorted(by: >).map { day in
            let rows = (byDay[day] ?? []).map { change in
                let label = recordLabel(change.page)
                var cells = [label.cell, Cell(label.kind), label.owner.map(ownerCell) ?? Cell("–"), Cell(change.commit.author.isEmpty ? "–" : change.commit.author)]
                if withMessages { cells.append(Cell(change.commit.subject)) }
                return cells
            }
            return Section(id: "dag-\(day)", heading: format.date(day),
                           table: Table(caption: "Endringer \(format.date(day))", columns: columns, rows: rows), empty: "")
        }
        let count = changes.count
        return ListPage(
            layout: layout(title: "Endringer", description: "De siste endringene i innholdet på \(site.title)."),
            heading: "Siste endringer",
            intro: "\(count == SiteHistory.recentLimit ? "De \(count) siste endringene" : count == 1 ? "Den eneste endringen" : "Alle \(count) endringer") "
                + "i oppføringene, slik de er registrert i git-historikken. Datoen er dagen endringen ble skrevet.",
            sections: sections,
            alternateLinks: [Link(text: "Atom-feed", href: href(Paths.changesFeed))])
    }

    /// A record's name (linked to its page), kind and the municipality or region it belongs to,
    /// for the changes page and the feed.
    func recordLabel(_ page: Page) -> (cell: Cell, kind: String, owner: Scope?) {
        switch page {
        case .vendor(let id): (vendorCell(id), "Leverandør", nil)
        case .product(let id): (productCell(id), "Produkt", nil)
        case .serviceArea(let id): (serviceAreaCell(id), "Tjenesteområde", nil)
        case .standard(let id): (standardCell(id), "Standard", nil)
        case .municipality(let number): (municipalityCell(number), "Kommune", nil)
        case .system(let key): (systemCell(key), "System", .municipality(key.municipality))
        case .dataset(let key): (datasetCell(key), "Datasett", .municipality(key.municipality))
        case .processing(let key): (processingCell(key), "Behandlingsaktivitet", .municipality(key.municipality))
        case .contract(let key): (contractCell(key), "Avtale", .municipality(key.municipality))
        case .initiative(let key): (initiativeCell(key), "Tiltak", key.owner == .site ? nil : key.owner)
        default: (Cell(page.path(in: catalogue)), "", nil)
        }
    }
}
