import Dispatch
import Foundation
import Synchronization
import Basics
import CommonMark
import Mustache
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSite
import OrdenSource
import RDF

/// What one update of the preview did.
package struct PreviewUpdate: Sendable {
    /// Source files whose content differs from the last site that was built, sorted.
    package var changedPaths: [String]
    /// Whether the update changed the site; false when the content has errors (the last good
    /// site is kept) or nothing changed.
    package var rebuilt: Bool
    /// Pages rendered again (so far), and all pages of the site.
    package var renderedPages: Int
    package var totalPages: Int
    /// Why every page was rendered, when it was: "the theme changed", "orden.yml changed" …
    package var fullRenderReason: String?
    /// Every diagnostic of the current content, sorted.
    package var diagnostics: [Diagnostic]
    /// Record files parsed again (the others came from the cache).
    package var reparsedFiles: Int
    /// The whole update so far, and of it reading and checking, and rendering.
    package var milliseconds: Double
    package var checkMilliseconds: Double = 0
    package var renderMilliseconds: Double = 0
    /// After an update that rendered the open pages first: the files of the pages still to be
    /// rendered by `PreviewSite.finish()`, which must not be served until then.
    package var pendingFiles: Set<String> = []
    /// Whether the catalogue was patched for records edited in place, rather than the whole
    /// source read and checked again.
    package var patched = false

    package var hasErrors: Bool { diagnostics.hasErrors }
    package var isComplete: Bool { pendingFiles.isEmpty }
}

/// The engine behind `orden serve`: the site built in memory, updated after each change by
/// parsing only the files that changed, checking and resolving everything again (cheap), and
/// rendering only the pages that read what the change changed (`PageDependencies`). After every update the site
/// is byte for byte what `Orden.buildInMemory` gives for the same source. When the content has
/// errors, the last good site stays and `diagnostics` says what is wrong.
///
/// Like Hugo's fast render, an update can render the pages open in a browser first, so that
/// they reload at once, and leave the other affected pages to `finish()`.
package struct PreviewSite: Sendable {
    package private(set) var options: BuildOptions
    /// The site: path → bytes. Complete except for `PreviewUpdate.pendingFiles` between an
    /// update and `finish()`.
    package let store = FileStore()
    /// The site as a dictionary of its own.
    package var files: [String: Data] { store.all }
    /// The diagnostics of the latest update.
    package internal(set) var diagnostics: [Diagnostic] = []
    /// Counts the updates that changed the site, so that a browser knows when to reload.
    package internal(set) var generation = 0

    /// What was read last (whether or not it built), and what the last good site was built from.
    var snapshot = SourceSnapshot()
    var built: Built?
    var unfinished: Unfinished?
    private var tokens = 0

    struct Built: Sendable {
        var snapshot: SourceSnapshot
        var catalogue: Catalogue
        var pages: Set<Page>
        var filesByOwner: [FileOwner: [String]]
        /// What each page and catalogue read when it was rendered.
        var dependencies = PageDependencies()
        /// The values many pages share, as the last render made them, to compare with the next's.
        var shared: SharedFigures?
        /// What an edit of records in place needs to skip reading and checking everything again
        /// (`patch`): the source as read, its files, the theme and the resolver with every id.
        var patching: Patching?
    }

    struct Patching: Sendable {
        /// The source with its content sources merged in. Read through for a federated site (the
        /// merged tree knows which repository each file is in); otherwise the tree each update is
        /// given is read.
        var tree: SourceTree
        var federated: Bool
        var theme: Theme
        /// The history read when the session started (saving a file makes no commit).
        var history: SiteHistory
        var resolver: Resolver
        /// Every page, in order.
        var pages: [Page] { order.pages }
        var order: PageOrder
    }

    /// The pages of a site in order, and where each is, to put a few of them in order.
    struct PageOrder: Sendable {
        let pages: [Page]
        let positions: [Page: Int]

        init(_ pages: [Page]) {
            self.pages = pages
            positions = Dictionary(uniqueKeysWithValues: pages.enumerated().map { ($1, $0) })
        }
    }

    /// An update whose open pages are rendered and the rest not yet.
    struct Unfinished: Sendable {
        var renderer: Renderer
        var pages: [Page]
        var catalogueScopes: [Scope]
        var next: Built
        var update: PreviewUpdate
        var started: UInt64
        /// Pages and catalogues handed out in a `Batch` and not yet committed.
        var inFlight: [Page] = []
        var scopesInFlight: [Scope] = []
        /// Tells this update's batches from those of an update that took it over.
        var token = 0
    }

    /// Pages an unfinished update renders away from the engine, so that the next change need
    /// not wait for them (a site-wide report of a national site takes seconds).
    package struct Batch: Sendable {
        var token: Int
        var renderer: Renderer
        var pages: [Page]
        var catalogueScopes: [Scope]
        var numbers: DependencyNumbers
    }

    /// What a batch rendered, for `commit`.
    package struct Rendered: Sendable {
        var output: [FileOwner: [OutputFile]]
        /// What each page and catalogue read, numbered by the session's `DependencyNumbers`.
        var dependencies: [FileOwner: [Int32]]
        var problems: [Diagnostic]
        var milliseconds: Double
    }

    /// The preview's form editor, once the server knows its address: record pages link to it.
    package mutating func useLocalEditor(_ links: EditLinks) {
        options.editLinks = links
    }

    package init(options: BuildOptions = BuildOptions()) {
        self.options = options
    }

    package var hasErrors: Bool { diagnostics.hasErrors }

    /// The base_url of the last good site.
    package var baseURL: String? { built?.catalogue.site.baseUrl.url }

    /// Whether a build reads the file: orden.yml, and what is below content/ and themes/.
    /// Other files beside them (a README, the site that was built) do not change the site.
    package static func isRead(_ path: String) -> Bool {
        path == ContentLayout.configFile || path.hasPrefix(ContentLayout.contentFolder + "/") || path.hasPrefix("themes/")
    }

    /// Reads the source again and brings the site up to date. `changed` names the files that may
    /// have changed since the last update (from a file watcher); without it every file is read
    /// and compared. With `first` (the files of the pages open in a browser), the affected pages
    /// among those are rendered, and the rest only by `finish()`. Pages an earlier update left
    /// unrendered are rendered with this update's.
    @discardableResult
    package mutating func update(from source: SourceTree, changed: Set<String>? = nil, first open: Set<String>? = nil) -> PreviewUpdate {
        var update = updateSite(from: source, changed: changed, first: open)
        // An update that changed nothing (or found errors) leaves the one it took over
        // unfinished: its files are still to come, and must not be served as they were.
        if let unfinished, update.pendingFiles.isEmpty { update.pendingFiles = pendingFiles(of: unfinished) }
        return update
    }

    private mutating func updateSite(from source: SourceTree, changed: Set<String>?, first open: Set<String>?) -> PreviewUpdate {
        let carried = takeOverUnfinished()
        if let changed, let patched = patch(changed, in: source, first: open, carried: carried) { return patched }
        let start = DispatchTime.now().uptimeNanoseconds
        var update = PreviewUpdate(changedPaths: [], rebuilt: false, renderedPages: 0, totalPages: built?.pages.count ?? 0,
                                   fullRenderReason: nil, diagnostics: [], reparsedFiles: 0, milliseconds: 0)

        // With the content sources orden.yml lists; then list once, and let every later stage see that list.
        let (merged, federationDiagnostics) = Orden.federated(source)
        var tree = merged
        let paths: [String]
        do {
            paths = try merged.listFiles()
        } catch {
            diagnostics = [.error("cannot read the source folder (\(error.localizedDescription))", at: SourceLocation(path: source.rootDescription))]
            update.diagnostics = diagnostics
            update.milliseconds = Self.milliseconds(since: start)
            restore(carried)
            return update
        }
        tree.listFiles = { paths }

        let previous = snapshot
        var next = previous.fingerprinting(paths.filter(Self.isRead), in: tree, changed: changed)
        // One git log per preview session: saving a file makes no commit.
        if case .git = options.history { options.history = .given(options.history.load(tree, fieldChanges: options.audience == .public)) }
        let checked = Orden.check(tree, options: options, log: { _ in }, federationDiagnostics: federationDiagnostics) {
            ContentParser.parse(tree) { entries in
                let (files, reparsed) = next.parse(entries, in: tree, previous: previous)
                update.reparsedFiles = reparsed
                return files
            }
        }
        snapshot = next
        update.checkMilliseconds = Self.milliseconds(since: start)
        diagnostics = checked.diagnostics
        update.diagnostics = checked.diagnostics
        update.changedPaths = next.changedPaths(since: built?.snapshot ?? SourceSnapshot())
        update.milliseconds = Self.milliseconds(since: start)
        guard let catalogue = checked.catalogue, let theme = checked.theme else {
            restore(carried)
            return update
        }
        if built != nil && update.changedPaths.isEmpty {
            // Saved without a change, or an error was undone: the site is as it was.
            restore(carried)
            return update
        }

        let renderer = Renderer(catalogue: catalogue, theme: theme, history: checked.history)
        let allPages = renderer.pages
        let allPageSet = Set(allPages)
        let plan = plan(for: update.changedPaths, catalogue: catalogue, shared: renderer.shared, pages: allPages).with(carried, pages: allPageSet)
        update.fullRenderReason = plan.fullRenderReason
        update.totalPages = allPages.count
        let patching = checked.resolver.map {
            Patching(tree: tree, federated: !(catalogue.site.sources ?? []).isEmpty, theme: theme, history: checked.history, resolver: $0, order: PageOrder(allPages))
        }
        var work = Unfinished(renderer: renderer, pages: plan.pages, catalogueScopes: plan.catalogueScopes,
                              next: Built(snapshot: next, catalogue: catalogue, pages: allPageSet, filesByOwner: takeFileList(),
                                          dependencies: takeDependencies(), shared: renderer.shared, patching: patching),
                              update: update, started: start)
        work.token = issueToken()

        // The open pages first, with the site-wide files (the stylesheet may have changed).
        let (now, scopesNow) = takeFirst(from: &work, open: built == nil ? nil : open)
        guard render(now, catalogueScopes: scopesNow, sitePages: allPages, into: &work) else { return work.update }
        generation += 1
        return leaveRest(work)
    }

    /// What an update renders before it returns: with `open`, the affected pages among those,
    /// and the rest — other pages, then the catalogues — is left in `work` for `finish()`. The
    /// catalogues wait even when no other page does: a national site's take seconds, which
    /// neither an open page nor a page asked for should wait behind. Without `open`, everything.
    func takeFirst(from work: inout Unfinished, open: Set<String>?) -> (pages: [Page], scopes: [Scope]) {
        guard let open else {
            defer { work.pages = []; work.catalogueScopes = [] }
            return (work.pages, work.catalogueScopes)
        }
        guard !open.isEmpty else { return ([], []) }
        let catalogue = work.next.catalogue
        var now: [Page] = [], rest: [Page] = []
        rest.reserveCapacity(work.pages.count)
        for page in work.pages {
            if open.contains(page.file(in: catalogue)) { now.append(page) } else { rest.append(page) }
        }
        work.pages = rest
        return (now, [])
    }

    /// The update once its first pages are in: complete, or unfinished with the files still to come.
    mutating func leaveRest(_ work: Unfinished) -> PreviewUpdate {
        if work.pages.isEmpty && work.catalogueScopes.isEmpty { return complete(work) }
        var work = work
        work.update.pendingFiles = pendingFiles(of: work)
        unfinished = work
        return work.update
    }

    /// Renders the pages an update left for later, at most `limit` of them (all without one).
    /// Returns that update, complete once nothing is left, or nil if there was nothing left.
    @discardableResult
    package mutating func finish(limit: Int? = nil) -> PreviewUpdate? {
        guard let limit else {
            // The pages, then the catalogues.
            var last: PreviewUpdate?
            while let batch = takeBatch(limit: Int.max) { last = commit(batch, Self.render(batch)) ?? last }
            return last
        }
        guard let batch = takeBatch(limit: limit) else { return nil }
        return commit(batch, Self.render(batch))
    }

    /// Hands out up to `limit` of the pages an update left, or once they are all handed out its
    /// catalogues, to be rendered with `render(_:)` away from the engine and given back with
    /// `commit`. Nil when none is left to hand out. The catalogues go alone: a national site's
    /// take seconds, and the pages of a batch are served only once it is in.
    package mutating func takeBatch(limit: Int) -> Batch? {
        guard var work = unfinished, !(work.pages.isEmpty && work.catalogueScopes.isEmpty) else { return nil }
        let count = min(limit, work.pages.count)
        let pages = Array(work.pages.prefix(count))
        work.pages.removeFirst(count)
        var scopes: [Scope] = []
        if pages.isEmpty {
            scopes = work.catalogueScopes
            work.catalogueScopes = []
        }
        work.inFlight += pages
        work.scopesInFlight += scopes
        unfinished = work
        return Batch(token: work.token, renderer: work.renderer, pages: pages, catalogueScopes: scopes, numbers: work.next.dependencies.numbers)
    }

    package static func render(_ batch: Batch) -> Rendered {
        render(batch.pages, catalogueScopes: batch.catalogueScopes, sitePages: nil, with: batch.renderer, numbers: batch.numbers)
    }

    /// Puts a batch's files in the site. Nil when a later update took over (it renders those
    /// pages itself), else the update, complete once every page is in.
    package mutating func commit(_ batch: Batch, _ rendered: Rendered) -> PreviewUpdate? {
        guard var work = unfinished, work.token == batch.token else { return nil }
        unfinished = nil
        // A page a browser asked for while this batch was out was rendered for it then, and is
        // in already (`finish(files:)`): this batch's copy of it is dropped.
        let out = Set(work.inFlight)
        let done = Set(batch.pages.filter(out.contains)), doneScopes = Set(batch.catalogueScopes)
        var rendered = rendered
        if done.count < batch.pages.count {
            rendered.output = rendered.output.filter { owner, _ in
                if case .page(let page) = owner { done.contains(page) } else { true }
            }
        }
        work.inFlight.removeAll { done.contains($0) }
        work.scopesInFlight.removeAll { doneScopes.contains($0) }
        let finished = filesDone(done, doneScopes, in: work)
        guard apply(rendered, pages: done.count, into: &work) else {
            // Cannot happen with a theme that loaded; start again from scratch next time.
            built = nil
            return work.update
        }
        if work.pages.isEmpty && work.catalogueScopes.isEmpty && work.inFlight.isEmpty && work.scopesInFlight.isEmpty {
            work.update.pendingFiles = []
            return complete(work)
        }
        // Listed when the update began; a full render's are a whole site's, not to list again
        // after every batch.
        work.update.pendingFiles.subtract(finished)
        unfinished = work
        return work.update
    }

    /// Renders at once the unfinished pages whose files are asked for (a browser opened one),
    /// also those handed out in a batch not yet in: that batch may be long (a site-wide report),
    /// and its copy of them is dropped when it comes in. Returns the update, nil when none of
    /// the files is a page still to be rendered.
    @discardableResult
    package mutating func finish(files requested: Set<String>) -> PreviewUpdate? {
        guard var work = unfinished else { return nil }
        let catalogue = work.next.catalogue
        let wanted = (work.pages + work.inFlight).filter { page in
            (work.next.filesByOwner[.page(page)] ?? [page.file(in: catalogue)]).contains(where: requested.contains)
        }
        guard !wanted.isEmpty else { return nil }
        let chosen = Set(wanted)
        work.pages.removeAll { chosen.contains($0) }
        work.inFlight.removeAll { chosen.contains($0) }
        work.inFlight += wanted
        unfinished = work
        let batch = Batch(token: work.token, renderer: work.renderer, pages: wanted, catalogueScopes: [], numbers: work.next.dependencies.numbers)
        return commit(batch, Self.render(batch))
    }

    /// A number for a new unfinished update.
    mutating func issueToken() -> Int {
        tokens += 1
        return tokens
    }

    func pendingFiles(of work: Unfinished) -> Set<String> {
        var files = Set<String>(minimumCapacity: work.pages.count + work.inFlight.count)
        for page in [work.pages, work.inFlight].joined() { insertFiles(of: page, in: work, into: &files) }
        for scope in [work.catalogueScopes, work.scopesInFlight].joined() { files.formUnion(work.next.filesByOwner[.catalogue(scope)] ?? []) }
        return files
    }

    /// The files of a page as last rendered, or the one it will have.
    private func insertFiles(of page: Page, in work: Unfinished, into files: inout Set<String>) {
        if let known = work.next.filesByOwner[.page(page)] {
            for file in known { files.insert(file) }
        } else {
            files.insert(page.file(in: work.next.catalogue))
        }
    }

    /// The files a batch leaves pending no longer, read before it is applied (a page's files as
    /// last rendered are what `pendingFiles(of:)` listed).
    func filesDone(_ pages: Set<Page>, _ scopes: Set<Scope>, in work: Unfinished) -> Set<String> {
        var files = Set<String>()
        for page in pages { insertFiles(of: page, in: work, into: &files) }
        for scope in scopes { files.formUnion(work.next.filesByOwner[.catalogue(scope)] ?? []) }
        return files
    }

    /// An update made while the last one's pages are still being rendered starts from that
    /// update's site and renders its pages along with its own.
    ///
    /// The update's next site becomes the last good one, and the update handed back keeps none
    /// of it but the catalogue (`restore` gives it back), so that the site's snapshot and file
    /// list have one holder and an update changes them in place instead of copying them whole.
    mutating func takeOverUnfinished() -> Unfinished? {
        guard var work = unfinished else { return nil }
        unfinished = nil
        built = work.next
        work.next = Built(snapshot: SourceSnapshot(), catalogue: work.next.catalogue, pages: [], filesByOwner: [:], shared: nil, patching: nil)
        return work
    }

    /// An update that did not change the site leaves the one it took over unfinished, as it was.
    mutating func restore(_ carried: Unfinished?) {
        guard var carried, let built else {
            unfinished = carried
            return
        }
        carried.next = built
        unfinished = carried
    }

    /// The last good site's file list, moved to the next site that supersedes it, so that the
    /// list is changed in place rather than copied whole. `render(_:into:)` puts it back if the
    /// next site cannot be rendered.
    mutating func takeFileList() -> [FileOwner: [String]] {
        let files = built?.filesByOwner ?? [:]
        built?.filesByOwner = [:]
        return files
    }

    /// The last good site's record of what each page read, moved like its file list.
    mutating func takeDependencies() -> PageDependencies {
        let dependencies = built?.dependencies ?? PageDependencies()
        built?.dependencies = PageDependencies()
        return dependencies
    }

    /// Renders an update's first pages and catalogues into the site and its file list. False,
    /// with the diagnostics, if a page could not be rendered: the last good site then stays,
    /// with its file list.
    mutating func render(_ pages: [Page], catalogueScopes: [Scope], sitePages: [Page]?, into work: inout Unfinished) -> Bool {
        let rendered = Self.render(pages, catalogueScopes: catalogueScopes, sitePages: sitePages, with: work.renderer,
                                   numbers: work.next.dependencies.numbers)
        guard apply(rendered, pages: pages.count, into: &work) else {
            built?.filesByOwner = work.next.filesByOwner
            built?.dependencies = work.next.dependencies
            return false
        }
        return true
    }

    /// Renders pages and catalogues; touches nothing of the preview, so it can run anywhere.
    static func render(_ pages: [Page], catalogueScopes: [Scope], sitePages: [Page]?, with renderer: Renderer,
                       numbers: DependencyNumbers) -> Rendered {
        let start = DispatchTime.now().uptimeNanoseconds
        let rendered = Mutex<[FileOwner: [OutputFile]]>([:])
        let read = Mutex<[FileOwner: [Int32]]>([:])
        let problems = renderer.render(pages, catalogueScopes: catalogueScopes, sitePages: sitePages, dependencies: { owner, dependencies in
            let numbered = numbers.numbers(of: dependencies)
            read.withLock { $0[owner] = numbered }
        }) { owner, file in
            rendered.withLock { $0[owner, default: []].append(file) }
        }
        return Rendered(output: rendered.withLock { $0 }, dependencies: read.withLock { $0 }, problems: problems,
                        milliseconds: milliseconds(since: start))
    }

    /// Puts rendered files in the site, replacing what each owner wrote before.
    mutating func apply(_ rendered: Rendered, pages: Int, into work: inout Unfinished) -> Bool {
        work.update.renderMilliseconds += rendered.milliseconds
        work.update.renderedPages += pages
        if !rendered.problems.isEmpty { diagnostics = (diagnostics + rendered.problems).sorted() }
        work.update.diagnostics = diagnostics
        work.update.milliseconds = Self.milliseconds(since: work.started)
        if rendered.problems.hasErrors { return false }
        let output = rendered.output
        let written = Set(output.values.joined().map(\.path))
        var gone: [String] = []
        for owner in output.keys {
            for path in work.next.filesByOwner[owner] ?? [] where !written.contains(path) { gone.append(path) }
        }
        for (owner, ownerFiles) in output { work.next.filesByOwner[owner] = ownerFiles.map(\.path) }
        for (owner, dependencies) in rendered.dependencies { work.next.dependencies.record(owner, dependencies) }
        store.replace(removing: gone, adding: Array(output.values.joined()))
        work.update.rebuilt = true
        return true
    }

    /// Drops the files of pages and catalogues that are gone, and keeps what the site was built from.
    mutating func complete(_ work: Unfinished) -> PreviewUpdate {
        var next = work.next
        let scopes = Set(CatalogueFiles.scopes(in: next.catalogue))
        for owner in next.filesByOwner.keys {
            let exists = switch owner {
            case .page(let page): next.pages.contains(page)
            case .catalogue(let scope): scopes.contains(scope)
            case .site: true
            }
            if !exists {
                store.remove(next.filesByOwner.removeValue(forKey: owner) ?? [])
                next.dependencies.forget(owner)
            }
        }
        built = next
        var update = work.update
        update.milliseconds = Self.milliseconds(since: work.started)
        return update
    }

    static func milliseconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }

    // MARK: What to render

    struct Plan {
        var pages: [Page]
        var catalogueScopes: [Scope]
        var fullRenderReason: String?

        /// With the pages and catalogues an unfinished update still had to render, those that exist.
        func with(_ carried: Unfinished?, pages all: Set<Page>) -> Plan {
            guard let carried, fullRenderReason == nil else { return self }
            var plan = self
            let planned = Set(pages)
            plan.pages += (carried.pages + carried.inFlight).filter { all.contains($0) && !planned.contains($0) }
            let scopes = Set(catalogueScopes)
            plan.catalogueScopes += (carried.catalogueScopes + carried.scopesInFlight).filter { !scopes.contains($0) }
            return plan
        }
    }

    /// The pages and catalogues to render for the files that changed since the last good site:
    /// those that read what changed in the catalogue (`catalogue`, against the last good site's),
    /// and those new or never rendered with their reads recorded. `shared`: the values many pages
    /// share, of the render to come. `samePages`: `pages` are the last good site's in order, so
    /// none of them is new.
    func plan(for changedPaths: [String], catalogue: Catalogue, shared: SharedFigures, pages: [Page], samePages: PageOrder? = nil) -> Plan {
        let everything = Plan(pages: pages, catalogueScopes: CatalogueFiles.scopes(in: catalogue), fullRenderReason: nil)
        guard let built else { return with(everything, reason: "first build") }
        let old = built.catalogue
        var changes = Set<Dependency>()
        for path in changedPaths {
            // Settings, the theme and the taxonomy every page is grouped by: everything.
            if path == ContentLayout.configFile { return with(everything, reason: "\(path) changed") }
            if path.hasPrefix("themes/") { return with(everything, reason: "the theme changed") }
            switch ContentLayout.classify(path) {
            case .guide: changes.insert(.guide)
            case .record(let entry) where entry.kind == .municipality: return with(everything, reason: "a municipality changed")
            case .record(let entry) where entry.kind == .serviceArea: return with(everything, reason: "a service area changed")
            case .record(let entry) where entry.kind == .standard: return with(everything, reason: "a standard changed")
            case .record: break
            default: return with(everything, reason: "\(path) changed")
            }
        }
        if old.reportDate != catalogue.reportDate { return with(everything, reason: "the report date changed") }
        if old.municipalities.mapValues(\.slug) != catalogue.municipalities.mapValues(\.slug)
            || old.regions.mapValues(\.members) != catalogue.regions.mapValues(\.members) {
            return with(everything, reason: "the municipalities or regions changed")
        }

        changes.formUnion(catalogue.changes(since: old))
        if let before = built.shared, !changes.isEmpty {
            changes.formUnion(shared.changes(since: before, among: built.dependencies.derived, after: changes))
        }
        let owners = built.dependencies.owners(reading: changes)
        func affected(_ owner: FileOwner) -> Bool { owners.contains(owner) || !built.dependencies.knows(owner) }
        let selected: [Page]
        if let order = samePages, built.dependencies.knownPages == pages.count {
            // Every page's reads are known (those of a page no longer there are forgotten when an
            // update completes, and an unfinished update's pages are added by `Plan.with`): the
            // pages found, in order, without looking at the others.
            selected = owners.compactMap { owner -> (position: Int, page: Page)? in
                guard case .page(let page) = owner else { return nil }
                return (order.positions[page, default: .max], page)
            }.sorted { $0.position < $1.position }.map(\.page)
        } else {
            selected = pages.filter { page in affected(.page(page)) || (samePages == nil && !built.pages.contains(page)) }
        }
        let scopes = CatalogueFiles.scopes(in: catalogue).filter { affected(.catalogue($0)) }
        return Plan(pages: selected, catalogueScopes: scopes, fullRenderReason: nil)
    }

    private func with(_ plan: Plan, reason: String) -> Plan {
        var plan = plan
        plan.fullRenderReason = reason
        return plan
    }
}
