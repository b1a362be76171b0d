import Dispatch
import Synchronization

/// What the site shows of the history: each published record's last change, and the latest
/// changes to published records. Built from the sources' history once the catalogue is
/// resolved, so records left out of the build (internal ones in the public site) and files that
/// are not records never appear.
public struct SiteHistory: Sendable {
    /// One record changed by one commit.
    public struct Change: Sendable {
        public var page: Page
        public var path: String
        public var commit: SourceHistory.Commit
    }

    /// How many changes the changes page and the feed list.
    public static let recentLimit = 50

    public var source: SourceHistory
    /// Newest first, at most `recentLimit`.
    public var recent: [Change]

    public static let empty = SiteHistory(source: .empty, recent: [])

    init(source: SourceHistory, recent: [Change]) {
        self.source = source
        self.recent = recent
    }

    public init(_ source: SourceHistory, catalogue: Catalogue, limit: Int = SiteHistory.recentLimit) {
        let source = catalogue.audience == .public ? Self.publicChanges(source, catalogue: catalogue) : source
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
    public var hasChanges: Bool { !recent.isEmpty }

    /// The newest commit that changed a published record's file.
    public func lastChange(of path: String) -> SourceHistory.Commit? {
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

    /// The kind of every record in the catalogue, by the record's file path.
    var recordKinds: [String: RecordKind] {
        var kinds: [String: RecordKind] = [:]
        for record in vendors.values { kinds[record.path] = .vendor }
        for record in products.values { kinds[record.path] = .product }
        for record in serviceAreas.values { kinds[record.path] = .serviceArea }
        for record in standards.values { kinds[record.path] = .standard }
        for entry in municipalities.values { kinds[entry.record.path] = .municipality }
        for system in systems.values { kinds[system.record.path] = .system }
        for record in datasets.values { kinds[record.path] = .dataset }
        for record in processing.values { kinds[record.path] = .processing }
        for record in contracts.values { kinds[record.path] = .contract }
        for record in initiatives.values { kinds[record.path] = .initiative }
        return kinds
    }
}

extension Page {
    /// The file of the record a page shows, relative to the source root; nil for other pages.
    public func recordPath(in catalogue: Catalogue) -> String? {
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
public enum HistorySource: Sendable {
    /// One `git log` of the repository that holds the source folder (none for a tree in memory).
    case git(GitRunner)
    /// Read before, e.g. by a preview server that rebuilds often.
    case given(SourceHistory)
    /// No dates and authors, no changes page and no feed.
    case none

    /// `fieldChanges`: whether to read what each commit changed in a record, which only the
    /// public audience needs (`SourceHistory.Commit.fieldChanges`).
    func load(_ tree: SourceTree, fieldChanges: Bool = true) -> SourceHistory {
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
    func start(_ tree: SourceTree, fieldChanges: Bool = true) -> PendingHistory {
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
final class PendingHistory: Sendable {
    fileprivate let group = DispatchGroup()
    fileprivate let result = Mutex(SourceHistory.empty)

    func wait() -> SourceHistory {
        group.wait()
        return result.withLock { $0 }
    }
}

extension Page {
    /// The newest commit that changed the record the page shows.
    func lastChange(in catalogue: Catalogue) -> SourceHistory.Commit? {
        recordPath(in: catalogue).flatMap(catalogue.history.lastChange(of:))
    }
}
