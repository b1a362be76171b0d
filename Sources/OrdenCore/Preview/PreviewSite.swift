import Dispatch
import Foundation
import Synchronization

/// What one update of the preview did.
public struct PreviewUpdate: Sendable {
    /// Source files whose content differs from the last site that was built, sorted.
    public var changedPaths: [String]
    /// Whether the update produced a site; false when the content has errors (the last good
    /// site is kept) or nothing changed.
    public var rebuilt: Bool
    /// Pages rendered again, and all pages of the site.
    public var renderedPages: Int
    public var totalPages: Int
    /// Why every page was rendered, when it was: "the theme changed", "orden.yml changed" …
    public var fullRenderReason: String?
    /// Every diagnostic of the current content, sorted.
    public var diagnostics: [Diagnostic]
    /// Record files parsed again (the others came from the cache).
    public var reparsedFiles: Int
    /// The whole update, and of it reading and checking, and rendering.
    public var milliseconds: Double
    public var checkMilliseconds: Double = 0
    public var renderMilliseconds: Double = 0

    public var hasErrors: Bool { diagnostics.hasErrors }
}

/// The engine behind `orden serve`: the site built in memory, updated after each change by
/// parsing only the files that changed, checking and resolving everything again (cheap), and
/// rendering only the pages the change affects (`AffectedPages`). After every update the site
/// is byte for byte what `Orden.buildInMemory` gives for the same source. When the content has
/// errors, the last good site stays and `diagnostics` says what is wrong.
public struct PreviewSite: Sendable {
    public let options: BuildOptions
    /// The last good site: path → bytes.
    public private(set) var files: [String: Data] = [:]
    /// The diagnostics of the latest update.
    public private(set) var diagnostics: [Diagnostic] = []
    /// Counts the updates that changed the site, so that a browser knows when to reload.
    public private(set) var generation = 0

    /// What was read last (whether or not it built), and what the last good site was built from.
    private var snapshot = SourceSnapshot()
    private var built: Built?

    private struct Built: Sendable {
        var snapshot: SourceSnapshot
        var catalogue: Catalogue
        var pages: Set<Page>
        var filesByOwner: [FileOwner: [String]]
    }

    public init(options: BuildOptions = BuildOptions()) {
        self.options = options
    }

    public var hasErrors: Bool { diagnostics.hasErrors }

    /// The base_url of the last good site.
    public var baseURL: String? { built?.catalogue.site.baseUrl.url }

    /// Whether a build reads the file: orden.yml, and what is below content/ and themes/.
    /// Other files beside them (a README, the site that was built) do not change the site.
    static func isRead(_ path: String) -> Bool {
        path == ContentLayout.configFile || path.hasPrefix(ContentLayout.contentFolder + "/") || path.hasPrefix("themes/")
    }

    /// Reads the source again and brings the site up to date. `changed` names the files that may
    /// have changed since the last update (from a file watcher); without it every file is read
    /// and compared.
    @discardableResult
    public mutating func update(from source: SourceTree, changed: Set<String>? = nil) -> PreviewUpdate {
        let start = DispatchTime.now().uptimeNanoseconds
        func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000 }
        var update = PreviewUpdate(changedPaths: [], rebuilt: false, renderedPages: 0, totalPages: built?.pages.count ?? 0,
                                   fullRenderReason: nil, diagnostics: [], reparsedFiles: 0, milliseconds: 0)

        // List once, and let every later stage see that list.
        var tree = source
        let paths: [String]
        do {
            paths = try source.listFiles()
        } catch {
            diagnostics = [.error("cannot read the source folder (\(error.localizedDescription))", at: SourceLocation(path: source.rootDescription))]
            update.diagnostics = diagnostics
            update.milliseconds = elapsed()
            return update
        }
        tree.listFiles = { paths }

        let previous = snapshot
        var next = previous.fingerprinting(paths, in: tree, changed: changed)
        let checked = Orden.check(tree, options: options, log: { _ in }) {
            ContentParser.parse(tree) { entries in
                let (files, reparsed) = next.parse(entries, in: tree, previous: previous)
                update.reparsedFiles = reparsed
                return files
            }
        }
        snapshot = next
        update.checkMilliseconds = elapsed()
        diagnostics = checked.diagnostics
        update.diagnostics = checked.diagnostics
        update.changedPaths = next.changedPaths(since: built?.snapshot ?? SourceSnapshot()).filter(Self.isRead)
        guard let catalogue = checked.catalogue, let theme = checked.theme else {
            update.milliseconds = elapsed()
            return update
        }
        if built != nil && update.changedPaths.isEmpty {
            // Saved without a change, or an error was undone: the site is as it was.
            update.totalPages = built?.pages.count ?? 0
            update.milliseconds = elapsed()
            return update
        }

        let renderer = Renderer(catalogue: catalogue, theme: theme)
        let allPages = renderer.pages
        let plan = plan(for: update.changedPaths, catalogue: catalogue, pages: allPages, snapshot: next)
        update.fullRenderReason = plan.fullRenderReason

        let renderStart = elapsed()
        let rendered = Mutex<[FileOwner: [OutputFile]]>([:])
        let problems = renderer.render(plan.pages, catalogueScopes: plan.catalogueScopes, sitePages: allPages) { owner, file in
            rendered.withLock { $0[owner, default: []].append(file) }
        }
        update.renderMilliseconds = elapsed() - renderStart
        if problems.hasErrors {
            diagnostics = (diagnostics + problems).sorted()
            update.diagnostics = diagnostics
            update.milliseconds = elapsed()
            return update
        }
        diagnostics = (diagnostics + problems).sorted()
        update.diagnostics = diagnostics

        let newPages = Set(allPages)
        let filesByOwner = apply(rendered.withLock { $0 }, pages: newPages, replacingAll: plan.fullRenderReason != nil)
        built = Built(snapshot: next, catalogue: catalogue, pages: newPages, filesByOwner: filesByOwner)
        generation += 1
        update.rebuilt = true
        update.renderedPages = plan.pages.count
        update.totalPages = allPages.count
        update.milliseconds = elapsed()
        return update
    }

    /// Puts the rendered files into the site: removes what the rendered owners wrote before and
    /// the files of pages that are gone, then adds what was written now. Returns every owner's files.
    private mutating func apply(_ output: [FileOwner: [OutputFile]], pages: Set<Page>, replacingAll: Bool) -> [FileOwner: [String]] {
        var filesByOwner = replacingAll ? [:] : (built?.filesByOwner ?? [:])
        if replacingAll { files = [:] }
        var gone = Array(output.keys)
        gone += (built?.pages ?? []).filter { !pages.contains($0) }.map(FileOwner.page)
        for owner in gone {
            for path in filesByOwner.removeValue(forKey: owner) ?? [] { files.removeValue(forKey: path) }
        }
        for (owner, ownerFiles) in output {
            filesByOwner[owner] = ownerFiles.map(\.path)
            for file in ownerFiles { files[file.path] = file.bytes }
        }
        return filesByOwner
    }

    // MARK: What to render

    struct Plan {
        var pages: [Page]
        var catalogueScopes: [Scope]
        var fullRenderReason: String?
    }

    /// The pages and catalogues to render for the files that changed since the last good site.
    func plan(for changedPaths: [String], catalogue: Catalogue, pages: [Page], snapshot: SourceSnapshot) -> Plan {
        let everything = Plan(pages: pages, catalogueScopes: CatalogueFiles.scopes(in: catalogue), fullRenderReason: nil)
        guard let built else { return with(everything, reason: "first build") }
        let old = built.catalogue
        var touched = Set<RecordIdentity>(), bodies = Set<RecordIdentity>()
        for path in changedPaths {
            if path == ContentLayout.configFile { return with(everything, reason: "\(path) changed") }
            if path.hasPrefix("themes/") { return with(everything, reason: "the theme changed") }
            guard case .record(let entry) = ContentLayout.classify(path), let identity = RecordIdentity(entry) else {
                return with(everything, reason: "\(path) changed")
            }
            switch identity {
            case .municipality: return with(everything, reason: "a municipality changed")
            case .serviceArea: return with(everything, reason: "a service area changed")
            case .standard: return with(everything, reason: "a standard changed")
            default:
                if snapshot.onlyBodyChanged(path, since: built.snapshot) {
                    bodies.insert(identity)
                } else {
                    touched.insert(identity)
                }
            }
        }
        if old.reportDate != catalogue.reportDate { return with(everything, reason: "the report date changed") }
        if old.municipalities.mapValues(\.slug) != catalogue.municipalities.mapValues(\.slug)
            || old.regions.mapValues(\.members) != catalogue.regions.mapValues(\.members) {
            return with(everything, reason: "the municipalities or regions changed")
        }

        let affected = AffectedPages.of(touched, bodies: bodies, old: old, new: catalogue)
        let selected = pages.filter { !built.pages.contains($0) || affected.contains($0) }
        let scopes = CatalogueFiles.scopes(in: catalogue).filter(affected.contains)
        return Plan(pages: selected, catalogueScopes: scopes, fullRenderReason: nil)
    }

    private func with(_ plan: Plan, reason: String) -> Plan {
        var plan = plan
        plan.fullRenderReason = reason
        return plan
    }
}
