import Synchronization
import FrontMatter
import OrdenModel
import OrdenSource

/// What many pages of one render read: the figures of the whole site, and which municipalities
/// are alike. Each is computed once, when a page first asks for it, so that no page repeats
/// site-wide work; pages of other scopes go on rendering meanwhile. A region's or a
/// municipality's figures cost about as much as the page that reads them, so they are made per
/// page rather than held for the whole render: every system is copied into a scope's figures.
package final class SharedFigures: Sendable {
    /// How many similar municipalities a municipality's page and the comparison list for each.
    package static let similarLimit = 5

    let catalogue: Catalogue
    private let site = Once<Figures>()
    private let similar = Memo<Scope, [String: [(number: String, shared: [String])]]>()

    package init(catalogue: Catalogue) {
        self.catalogue = catalogue
    }

    package func figures(_ scope: Scope) -> Figures {
        guard scope == .site else { return Figures(catalogue: catalogue, scope: scope) }
        return site.value { Figures(catalogue: catalogue, scope: .site) }
    }

    /// Each member of `scope` with the members most like it, as `Figures.similar(to:)` ranks them.
    ///
    /// It reads every system of the scope, but changes only when the products a municipality
    /// runs do: a page reads it as a value of its own (`Dependency.derived`), which the preview
    /// compares before and after an edit (`changes(since:)`) rather than rendering every
    /// municipality's page again after each edit of a system.
    package func similar(in scope: Scope) -> [String: [(number: String, shared: [String])]] {
        DependencyRecorder.read(.derived(Self.similarName, scope))
        return DependencyRecorder.unrecorded {
            similar.value(scope) { figures(scope).similarity(limit: Self.similarLimit) }
        }
    }

    static let similarName = "similar"

    /// The derived values that differ from `old`'s, after the catalogue changed by `changes`
    /// (`Catalogue.changes(since:)`); `dependencies` are what the pages read, among them the
    /// derived values to compare.
    ///
    /// The ranking of similar municipalities is made from each member's set of products
    /// (`Figures.similarity`), so it is compared through those sets: for the municipalities
    /// whose systems came, went or changed the product they count with, their products before
    /// and after. Ranking a national site twice on every edit would take longer than rendering
    /// the pages it spares; an edit of a product's name changes its 267 systems, none of them
    /// what it counts with.
    package func changes(since old: SharedFigures, among dependencies: some Sequence<Dependency>, after changes: Set<Dependency>) -> Set<Dependency> {
        var touched = Set<String>()
        var anyProduct = changes.contains(.keys(.products))
        for change in changes {
            switch change {
            case .entry(.systems, .local(let key)):
                let before = old.catalogue.systems.storage[key].flatMap(Figures.countedProduct)
                let after = catalogue.systems.storage[key].flatMap(Figures.countedProduct)
                if before != after { touched.insert(key.municipality) }
            case .entry(.systemsByMunicipality, .id(let number)): touched.insert(number)
            case .keys(.systems), .keys(.systemsByMunicipality): anyProduct = true
            default: break
            }
        }
        guard anyProduct || !touched.isEmpty else { return [] }
        // Each municipality's products once, however many scopes it is a member of.
        let moved = Set(touched.filter { Figures.products(of: $0, in: old.catalogue) != Figures.products(of: $0, in: catalogue) })
        var derived = Set<Dependency>()
        for case .derived(let name, let scope) in dependencies where name == Self.similarName {
            if anyProduct {
                if !Self.same(old.similar(in: scope), similar(in: scope)) { derived.insert(.derived(name, scope)) }
            } else if !moved.isEmpty && catalogue.members(of: scope).contains(where: moved.contains) {
                derived.insert(.derived(name, scope))
            }
        }
        return derived
    }

    private static func same(_ a: [String: [(number: String, shared: [String])]], _ b: [String: [(number: String, shared: [String])]]) -> Bool {
        a.count == b.count && a.allSatisfy { number, ranked in
            guard let other = b[number] else { return false }
            return ranked.elementsEqual(other) { $0.number == $1.number && $0.shared == $1.shared }
        }
    }
}

/// Values computed at most once per key, by whichever thread asks first; a thread asking for
/// the same key meanwhile waits for that value, one asking for another key does not.
final class Memo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let cells = Mutex<[Key: Once<Value>]>([:])

    func value(_ key: Key, _ make: () -> Value) -> Value {
        let cell = cells.withLock { cells in
            if let cell = cells[key] { return cell }
            let cell = Once<Value>()
            cells[key] = cell
            return cell
        }
        return cell.value(make)
    }
}

/// A value computed once, by the first thread that asks for it. What making the value read counts
/// as read by every page that asks for it (`DependencyRecorder`).
final class Once<Value: Sendable>: Sendable {
    private let state = Mutex<(value: Value, reads: Set<Dependency>)?>(nil)

    func value(_ make: () -> Value) -> Value {
        let (value, reads) = state.withLock { state in
            if let state { return state }
            // Recorded whether or not anyone records now: the preview may ask for the value
            // before it renders the pages that read it. Once per render, it costs little.
            let recorder = DependencyRecorder()
            let made = (value: recorder.record(make), reads: recorder.dependencies)
            state = made
            return made
        }
        DependencyRecorder.read(reads)
        return value
    }
}
