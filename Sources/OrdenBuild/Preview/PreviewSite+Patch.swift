import Dispatch
import Foundation
import Basics
import FrontMatter
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSite
import OrdenSource
import RDF

/// The common edit, made fast: records saved in place (the same files, ids and visibility) on a
/// site without errors. Instead of listing, reading, checking and resolving the whole source
/// again, the engine parses the saved files, checks them, patches the catalogue
/// (`Resolver.patch`) and renders what they affect. Anything else — a new or deleted file, a
/// municipality, a service area or standard, orden.yml, a file with an error, a report date
/// taken from the content — goes the full way, as does the first update.
extension PreviewSite {
    /// Record kinds whose edits the catalogue can be patched for.
    static func isPatchable(_ kind: RecordKind) -> Bool {
        switch kind {
        case .vendor, .product, .system, .dataset, .processing, .contract, .initiative: true
        case .municipality, .serviceArea, .standard: false
        }
    }

    private struct Edit {
        var path: String
        var file: ContentParser.ParsedFile
        var fingerprint: Fingerprint
        var change: RecordChange
    }

    /// The update for `changed`, or nil when it must go the full way.
    mutating func patch(_ changed: Set<String>, in source: SourceTree, first open: Set<String>?, carried: Unfinished?) -> PreviewUpdate? {
        // Not the whole last good site as a local: it would hold a second reference to the snapshot.
        guard let patching = built?.patching, let old = built?.catalogue, let oldPages = built?.pages,
              !diagnostics.hasErrors else { return nil }
        // Without a report date in orden.yml or on the command line, it is the newest date in
        // the content, which any edit may move.
        if options.reportDate == nil && old.site.reportDate == nil { return nil }
        let start = DispatchTime.now().uptimeNanoseconds
        var tree = patching.federated ? patching.tree : source
        tree.displayPath = patching.tree.displayPath
        guard let edits = readEdits(changed, tree: tree) else { return nil }
        var update = PreviewUpdate(changedPaths: edits.map(\.path), rebuilt: false, renderedPages: 0, totalPages: oldPages.count,
                                   fullRenderReason: nil, diagnostics: diagnostics, reparsedFiles: edits.count, milliseconds: 0)
        update.patched = true
        if edits.isEmpty {
            update.milliseconds = Self.milliseconds(since: start)
            restore(carried)
            return update
        }

        // Check and resolve the edited records alone.
        var catalogue = old
        catalogue.logWrites()
        var resolver = patching.resolver
        var fresh: [Diagnostic] = []
        var stale: Set<Diagnostic> = []
        for edit in edits {
            if case .product(let product) = edit.change {
                let (before, after) = recheckSystems(of: product, was: catalogue.products[product.id]?.fields, editing: edits)
                stale.formUnion(Orden.finished(before, in: tree))
                fresh += after
            }
            fresh += edit.file.diagnostics + Self.validate(edit.change, in: catalogue) + resolver.patch(&catalogue, edit.change)
        }
        let edited = Set(edits.map { tree.displayPath($0.path) })
        let kept = diagnostics.filter { !edited.contains($0.location.path) && !stale.contains($0) }
        let next = Orden.finished(kept + fresh, in: tree)

        diagnostics = next
        update.diagnostics = next
        update.checkMilliseconds = Self.milliseconds(since: start)
        update.milliseconds = update.checkMilliseconds
        guard !next.hasErrors else {
            // The last good site stays, and the next update goes the full way from what was read.
            for edit in edits { remember(edit) }
            restore(carried)
            return update
        }
        // The last good site's snapshot and file list move to the next site, which supersedes
        // it, so that they are changed in place rather than copied whole.
        self.built?.snapshot = SourceSnapshot()
        let filesByOwner = takeFileList()
        for edit in edits { remember(edit) }

        var order = patching.order
        let filtersChanged = edits.contains { if case .dataset = $0.change { true } else { false } }
            && catalogue.datasetFilters.storage.mapValues { $0.map(\.filter) } != old.datasetFilters.storage.mapValues { $0.map(\.filter) }
        if filtersChanged { order = PageOrder(Page.all(in: catalogue, history: patching.history)) }
        let pages = order.pages
        let renderer = Renderer(catalogue: catalogue, theme: patching.theme, history: patching.history, pages: pages)
        let plan = plan(for: update.changedPaths, catalogue: catalogue, shared: renderer.shared, pages: pages, samePages: filtersChanged ? nil : order)
            .with(carried, pages: filtersChanged ? Set(pages) : oldPages)
        update.totalPages = pages.count
        var patched = patching
        patched.resolver = resolver
        patched.order = order
        // The file list and the record of reads are moved, never copied: a second holder would
        // make the first page's render copy them whole (112,724 owners at national scale).
        let nextSite = Built(snapshot: snapshot, catalogue: catalogue, pages: filtersChanged ? Set(pages) : oldPages,
                             filesByOwner: consume filesByOwner, dependencies: takeDependencies(), shared: renderer.shared, patching: patched)
        var work = Unfinished(renderer: renderer, pages: plan.pages, catalogueScopes: plan.catalogueScopes, next: consume nextSite, update: update, started: start)
        work.token = issueToken()

        let (now, scopesNow) = takeFirst(from: &work, open: open)
        // The site-wide files list every page: only a new set of pages changes them.
        guard render(now, catalogueScopes: scopesNow, sitePages: filtersChanged ? pages : nil, into: &work) else { return work.update }
        generation += 1
        return leaveRest(work)
    }

    /// What the check would say at `path` if the file held `bytes`: the record read again,
    /// its own rules and its references checked against the last good site, as an update would
    /// do it, without changing the site. Nil when only a full check can tell (a new file, a
    /// change of visibility, a site with errors): the caller then checks the whole source.
    package func diagnostics(ifWritten bytes: Data, at path: String, in source: SourceTree) -> [Diagnostic]? {
        guard let patching = built?.patching, let catalogue = built?.catalogue, !diagnostics.hasErrors else { return nil }
        var tree = (patching.federated ? patching.tree : source).overlaid(with: [path: bytes])
        tree.displayPath = patching.tree.displayPath
        let shown = tree.displayPath(path)
        guard case .record(let entry) = ContentLayout.classify(path), Self.isPatchable(entry.kind),
              let old = snapshot.parsed[path]?.record else { return nil }
        let file = ContentParser.parseFile(path: path, entry: entry, tree: tree)
        // A file that does not read has its reading errors and nothing else to say.
        if file.diagnostics.hasErrors {
            let rules = file.record.flatMap(RecordChange.init).map { Self.validate($0, in: catalogue) } ?? []
            return Orden.finished(file.diagnostics + rules, in: tree).filter { $0.location.path == shown }
        }
        guard let record = file.record, let change = RecordChange(record), Self.visibility(of: record) == Self.visibility(of: old) else { return nil }
        var copy = catalogue
        var resolver = patching.resolver
        let fresh = file.diagnostics + Self.validate(change, in: copy) + resolver.patch(&copy, change)
        return Orden.finished(fresh, in: tree).filter { $0.location.path == shown }
    }

    /// The saved files, read and parsed; nil when any of them is not a record edited in place.
    private func readEdits(_ changed: Set<String>, tree: SourceTree) -> [Edit]? {
        var edits: [Edit] = []
        for path in changed.sorted() where Self.isRead(path) {
            guard case .record(let entry) = ContentLayout.classify(path), Self.isPatchable(entry.kind),
                  let old = snapshot.parsed[path], let oldRecord = old.record, !old.diagnostics.hasErrors,
                  case .data(let bytes)? = try? tree.readBounded(path, ContentParser.maximumFileBytes) else { return nil }
            let fingerprint = Fingerprint(bytes)
            if snapshot.fingerprints[path] == fingerprint { continue }
            // Parsed from the bytes just read, so that the fingerprint is of what was parsed.
            let file = ContentParser.parseFile(path: path, entry: entry, tree: tree.overlaid(with: [path: bytes]))
            guard let record = file.record, !file.diagnostics.hasErrors, let change = RecordChange(record),
                  Self.visibility(of: record) == Self.visibility(of: oldRecord) else { return nil }
            edits.append(Edit(path: path, file: file, fingerprint: fingerprint, change: change))
        }
        return edits
    }

    /// What was read of a file, for the next update.
    private mutating func remember(_ edit: Edit) {
        snapshot.fingerprints[edit.path] = edit.fingerprint
        snapshot.parsed[edit.path] = edit.file
    }

    /// The rules of the systems naming an edited product that read what they inherit from it (a
    /// product's hosting decides whether a system needs a data processing agreement): what they
    /// said with the product as it was, and what they say now. Systems edited in the same save
    /// are checked with their own edit.
    private func recheckSystems(of product: Record<Product>, was old: Product?, editing edits: [Edit]) -> (before: [Diagnostic], after: [Diagnostic]) {
        let editedPaths = Set(edits.map(\.path))
        var before: [Diagnostic] = [], after: [Diagnostic] = []
        for (path, file) in snapshot.parsed where !editedPaths.contains(path) {
            guard case .system(let system)? = file.record, system.fields.product?.id == product.id else { continue }
            before += Validator.validate(system, inheriting: old)
            after += Validator.validate(system, inheriting: product.fields)
        }
        return (before, after)
    }

    /// The edited record's own rules; a system's with the product it names, as `orden check` has it.
    private static func validate(_ change: RecordChange, in catalogue: Catalogue) -> [Diagnostic] {
        switch change {
        case .vendor: []
        case .product(let record): Validator.validate(record)
        case .system(let record): Validator.validate(record, product: record.fields.product.flatMap { catalogue.products[$0.id]?.fields })
        case .dataset(let record): Validator.validate(record)
        case .processing(let record): Validator.validate(record)
        case .contract(let record): Validator.validate(record)
        case .initiative(let record): Validator.validate(record)
        }
    }

    private static func visibility(of record: ContentParser.AnyRecord) -> Visibility? {
        switch record {
        case .vendor(let r): r.fields.visibility
        case .product(let r): r.fields.visibility
        case .serviceArea(let r): r.fields.visibility
        case .standard(let r): r.fields.visibility
        case .municipality(let r): r.fields.visibility
        case .system(let r): r.fields.visibility
        case .dataset(let r): r.fields.visibility
        case .processing(let r): r.fields.visibility
        case .contract(let r): r.fields.visibility
        case .initiative(let r): r.fields.visibility
        }
    }
}

extension RecordChange {
    init?(_ record: ContentParser.AnyRecord) {
        switch record {
        case .vendor(let r): self = .vendor(r)
        case .product(let r): self = .product(r)
        case .system(let r): self = .system(r)
        case .dataset(let r): self = .dataset(r)
        case .processing(let r): self = .processing(r)
        case .contract(let r): self = .contract(r)
        case .initiative(let r): self = .initiative(r)
        case .serviceArea, .standard, .municipality: return nil
        }
    }
}
