import Dispatch
import Synchronization
import Basics
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSource
import RDF

/// What the site shows of the history: each published record's last change, and the latest
/// changes to published records. Built from the sources' history once the catalogue is
/// resolved, so records left out of the build (internal ones in the public site) and files that
/// are not records never appear.
package struct SiteHistory: Sendable {
    /// One record changed by one commit.
    package struct Change: Sendable {
        package var page: Page
        package var path: String
        package var commit: SourceHistory.Commit
    }

    /// How many changes the changes page and the feed list.
    package static let recentLimit = 50

    package var source: SourceHistory
    /// Newest first, at most `recentLimit`.
    package var recent: [Change]

    package static let empty = SiteHistory(source: .empty, recent: [])

    init(source: SourceHistory, recent: [Change]) {
        self.source = source
        self.recent = recent
    }

    package init(_ source: SourceHistory, catalogue: Catalogue, limit: Int = SiteHistory.recentLimit) {
        let source = catalogue.audience == .public ? source.publicChanges(catalogue: catalogue) : source
        let pages = catalogue.recordPages
        var recent: [Change] = []
        scan: for commit in source.commits {
            for path in commit.paths {
                guard let page = pages[path] else { continue }
                if recent.count == limit { break scan }
                recent.append(Change(page: page, path: path, commit: commit))
            }
        }
        self.init(source: source, recent: recent)
    }

    /// Whether there is anything to show: without it the changes page and the feed are left
    /// out, and so are the links to them.
    package var hasChanges: Bool { !recent.isEmpty }

    /// The newest commit that changed a published record's file.
    package func lastChange(of path: String) -> SourceHistory.Commit? {
        source.lastChange(of: path)
    }
}

extension Catalogue {
    /// The page of every record in the catalogue, by the record's file path.
    var recordPages: [String: Page] {
        var pages: [String: Page] = [:]
        for (id, record) in vendors { pages[record.path] = .vendor(id) }
        for (id, record) in products { pages[record.path] = .product(id) }
        for (id, record) in serviceAreas { pages[record.path] = .serviceArea(id) }
        for (id, record) in standards { pages[record.path] = .standard(id) }
        for (number, entry) in municipalities { pages[entry.record.path] = .municipality(number) }
        for (key, system) in systems { pages[system.record.path] = .system(key) }
        for (key, record) in datasets { pages[record.path] = .dataset(key) }
        for (key, record) in processing { pages[record.path] = .processing(key) }
        for (key, record) in contracts { pages[record.path] = .contract(key) }
        for (key, record) in initiatives { pages[record.path] = .initiative(key) }
        return pages
    }
}

extension Page {
    /// The file of the record a page shows, relative to the source root; nil for other pages.
    package func recordPath(in catalogue: Catalogue) -> String? {
        switch self {
        case .vendor(let id): catalogue.vendors[id]?.path
        case .product(let id): catalogue.products[id]?.path
        case .serviceArea(let id): catalogue.serviceAreas[id]?.path
        case .standard(let id): catalogue.standards[id]?.path
        case .municipality(let number): catalogue.municipalities[number]?.record.path
        case .system(let key): catalogue.systems[key]?.record.path
        case .dataset(let key): catalogue.datasets[key]?.path
        case .processing(let key): catalogue.processing[key]?.path
        case .contract(let key): catalogue.contracts[key]?.path
        case .initiative(let key): catalogue.initiatives[key]?.path
        default: nil
        }
    }
}

/// Where a build takes the history of its content from.
package enum HistorySource: Sendable {
    /// One `git log` of the repository that holds the source folder (none for a tree in memory).
    case git(GitRunner)
    /// Read before, e.g. by a preview server that rebuilds often.
    case given(SourceHistory)
    /// No dates and authors, no changes page and no feed.
    case none

    /// `fieldChanges`: whether to read what each commit changed in a record, which only the
    /// public audience needs (`SourceHistory.Commit.fieldChanges`).
    package func load(_ tree: SourceTree, fieldChanges: Bool = true) -> SourceHistory {
        switch self {
        case .git(let git):
            // One git log per repository: the site's own folder and each content source.
            let roots = tree.roots.isEmpty ? (tree.root.map { [$0] } ?? []) : tree.roots
            if roots.count == 1 { return SourceHistory.load(root: roots[0], git: git, fieldChanges: fieldChanges) }
            return roots.map { root in
                SourceHistory.load(root: root, git: git, fieldChanges: fieldChanges).keeping { tree.origin($0)?.root == root }
            }.reduce(SourceHistory.empty) { $0.merging($1) }
        case .given(let history): return history
        case .none: return .empty
        }
    }

    /// Starts loading on another thread, so that git reads its log while the content is parsed.
    package func start(_ tree: SourceTree, fieldChanges: Bool = true) -> PendingHistory {
        let pending = PendingHistory()
        guard case .git = self, tree.root != nil else {
            pending.result.withLock { $0 = load(tree, fieldChanges: fieldChanges) }
            return pending
        }
        pending.group.enter()
        DispatchQueue.global().async {
            let history = load(tree, fieldChanges: fieldChanges)
            pending.result.withLock { $0 = history }
            pending.group.leave()
        }
        return pending
    }
}

/// A history being read in the background.
package final class PendingHistory: Sendable {
    fileprivate let group = DispatchGroup()
    fileprivate let result = Mutex(SourceHistory.empty)

    package func wait() -> SourceHistory {
        group.wait()
        return result.withLock { $0 }
    }
}

extension SiteHistory {
    /// The newest commit that changed the record a page shows.
    func lastChange(of page: Page, in catalogue: Catalogue) -> SourceHistory.Commit? {
        page.recordPath(in: catalogue).flatMap(lastChange(of:))
    }
}
