import OrdenModel

/// A table of the catalogue: a dictionary that tells `DependencyRecorder` what is read of it —
/// one entry by its key, which keys there are, or every entry. Writes are not recorded: what an
/// edit changed is found by comparing the catalogues before and after (`Catalogue.changes`).
package struct Table<Key: DependencyKeyConvertible, Value: Sendable>: Sendable, Sequence {
    package typealias Element = (key: Key, value: Value)

    package let name: CatalogueTable
    /// The entries, read without recording (to build and compare catalogues).
    package private(set) var storage: [Key: Value] = [:]
    /// Since `logWrites()`: the keys written, and the dictionary they were written over.
    private var log: WriteLog?

    private struct WriteLog: Sendable {
        var base: UInt
        var keys: Set<Key> = []
    }

    package init(_ name: CatalogueTable) {
        self.name = name
    }

    package init(_ name: CatalogueTable, _ storage: [Key: Value]) {
        self.name = name
        self.storage = storage
    }

    package subscript(key: Key) -> Value? {
        get {
            DependencyRecorder.read(name, entry: key.dependencyKey, size: storage.count)
            return storage[key]
        }
        _modify {
            log?.keys.insert(key)
            yield &storage[key]
        }
        set {
            log?.keys.insert(key)
            storage[key] = newValue
        }
    }

    package subscript(key: Key, default value: @autoclosure () -> Value) -> Value {
        get {
            DependencyRecorder.read(name, entry: key.dependencyKey, size: storage.count)
            return storage[key, default: value()]
        }
        _modify {
            log?.keys.insert(key)
            yield &storage[key, default: value()]
        }
    }

    package var keys: Dictionary<Key, Value>.Keys {
        DependencyRecorder.read(.keys(name))
        return storage.keys
    }

    package var values: Dictionary<Key, Value>.Values {
        DependencyRecorder.read(.every(name))
        return storage.values
    }

    package var count: Int {
        DependencyRecorder.read(.keys(name))
        return storage.count
    }

    package var isEmpty: Bool {
        DependencyRecorder.read(.keys(name))
        return storage.isEmpty
    }

    package var underestimatedCount: Int { count }

    package func makeIterator() -> Dictionary<Key, Value>.Iterator {
        DependencyRecorder.read(.every(name))
        return storage.makeIterator()
    }

    package func filter(_ isIncluded: (Element) throws -> Bool) rethrows -> Table {
        DependencyRecorder.read(.every(name))
        return Table(name, try storage.filter(isIncluded))
    }

    package func mapValues<T>(_ transform: (Value) throws -> T) rethrows -> Table<Key, T> {
        DependencyRecorder.read(.every(name))
        return Table<Key, T>(name, try storage.mapValues(transform))
    }

    @discardableResult
    package mutating func removeValue(forKey key: Key) -> Value? {
        log?.keys.insert(key)
        return storage.removeValue(forKey: key)
    }

    /// From now on, notes the keys written, so that comparing with the table as it is now looks
    /// at those entries alone (`changedKeys(since:)`). A patch of one record writes a few entries
    /// of tables with tens of thousands.
    package mutating func logWrites() {
        log = WriteLog(base: storageAddress)
    }

    package mutating func reserveCapacity(_ capacity: Int) { storage.reserveCapacity(capacity) }

    /// The keys whose entries differ between `old` and this table (also those only one has), by
    /// `same`; entries that share storage compare at once.
    package func changedKeys(since old: Table, same: (Value, Value) -> Bool) -> [Key] {
        // A table a patch did not touch is the same dictionary: nothing to look at entry by entry.
        let oldAddress = old.storageAddress
        if storageAddress == oldAddress { return [] }
        // Written since it was `old`: only the entries written can differ.
        if let log, log.base == oldAddress {
            return log.keys.filter { key in
                switch (old.storage[key], storage[key]) {
                case (nil, nil): false
                case (let before?, let after?): !same(before, after)
                default: true
                }
            }
        }
        var changed: [Key] = []
        for (key, value) in storage {
            guard let before = old.storage[key], same(before, value) else { changed.append(key); continue }
        }
        for key in old.storage.keys where storage[key] == nil { changed.append(key) }
        return changed
    }

    /// The dictionary's one reference: two tables holding the very same dictionary (a copy not
    /// written to since) have the same.
    private var storageAddress: UInt {
        withUnsafeBytes(of: storage) { $0.load(as: UInt.self) }
    }

    /// What changed since `old`, as the dependencies of the pages that read it: each entry that
    /// differs, every entry when one does, and the keys when one came or went.
    package func changes(since old: Table, same: (Value, Value) -> Bool) -> Set<Dependency> {
        let keys = changedKeys(since: old, same: same)
        guard !keys.isEmpty else { return [] }
        var changes: Set<Dependency> = [.every(name)]
        for key in keys { changes.insert(.entry(name, key.dependencyKey)) }
        if keys.contains(where: { storage[$0] == nil || old.storage[$0] == nil }) { changes.insert(.keys(name)) }
        return changes
    }
}

extension Table where Value: Equatable {
    package func changes(since old: Table) -> Set<Dependency> { changes(since: old, same: ==) }
}
