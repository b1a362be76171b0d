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
    package func similar(in scope: Scope) -> [String: [(number: String, shared: [String])]] {
        similar.value(scope) { figures(scope).similarity(limit: Self.similarLimit) }
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

/// A value computed once, by the first thread that asks for it.
final class Once<Value: Sendable>: Sendable {
    private let state = Mutex<Value?>(nil)

    func value(_ make: () -> Value) -> Value {
        state.withLock { state in
            if let value = state { return value }
            let value = make()
            state = value
            return value
        }
    }
}
