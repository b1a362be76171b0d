import Synchronization
import Basics
import OrdenCatalogue
import OrdenModel
import OrdenSite

/// What each page and catalogue of the preview read of the catalogue when it was last rendered,
/// recorded by the code that rendered it (`DependencyRecorder`), as Hugo's identity tracking
/// does. After an edit, the pages to render again are those that read something the edit
/// changed (`Catalogue.changes(since:)`): no rulebook kept beside the render code.
///
/// Each dependency is numbered once for the whole session (`DependencyNumbers`), and so is each
/// owner. An owner keeps the sorted numbers it read, and each dependency the owners that read it,
/// so that an edit finds its pages without going through the some millions of reads of a
/// national site.
struct PageDependencies: Sendable {
    let numbers = DependencyNumbers()
    /// Each owner's number, and by number the owner and what it read (nil once forgotten).
    private var ownerNumbers: [FileOwner: Int32] = [:]
    private var owners: [FileOwner] = []
    private var reads: [[Int32]?] = []
    /// By dependency number, the owners that read it. An owner that stopped reading it stays
    /// listed (its reads tell), and one that read it again may be listed twice: cheaper than
    /// taking owners out of long lists after every render.
    private var readers: [[Int32]] = []
    /// How many pages' reads are known.
    private(set) var knownPages = 0

    /// Replaces what `owner` read, as `numbers` numbered it (sorted).
    mutating func record(_ owner: FileOwner, _ read: [Int32]) {
        let number: Int
        if let known = ownerNumbers[owner] {
            number = Int(known)
        } else {
            number = owners.count
            ownerNumbers[owner] = Int32(number)
            owners.append(owner)
            reads.append(nil)
        }
        if reads[number] == nil, case .page = owner { knownPages += 1 }
        let before = reads[number] ?? []
        reads[number] = read
        // Listed as a reader of what it reads now and did not before (both lists are sorted).
        var index = 0
        for dependency in read {
            while index < before.count && before[index] < dependency { index += 1 }
            if index < before.count && before[index] == dependency { continue }
            let slot = Int(dependency)
            if slot >= readers.count { readers.append(contentsOf: repeatElement([], count: slot + 1 - readers.count)) }
            readers[slot].append(Int32(number))
        }
    }

    mutating func record(_ owner: FileOwner, _ dependencies: Set<Dependency>) {
        record(owner, numbers.numbers(of: dependencies))
    }

    mutating func forget(_ owner: FileOwner) {
        guard let number = ownerNumbers[owner].map(Int.init), reads[number] != nil else { return }
        reads[number] = nil
        if case .page = owner { knownPages -= 1 }
    }

    /// Whether `owner`'s reads are known; an owner never rendered with recording is not.
    func knows(_ owner: FileOwner) -> Bool {
        ownerNumbers[owner].map { reads[Int($0)] != nil } ?? false
    }

    /// The derived values some owner read (`Dependency.derived`), to be compared after an edit.
    var derived: [Dependency] { numbers.derived }

    /// The owners that read any of `changes`.
    func owners(reading changes: Set<Dependency>) -> Set<FileOwner> {
        var found = Set<FileOwner>()
        var seen = Set<Int32>()
        for dependency in numbers.known(changes) where Int(dependency) < readers.count {
            for number in readers[Int(dependency)] where !seen.contains(number) {
                // Listed once read; still reading it?
                guard let read = reads[Int(number)], read.sortedPosition(of: dependency).found else { continue }
                seen.insert(number)
                found.insert(owners[Int(number)])
            }
        }
        return found
    }
}

/// A number for each dependency any page of the session read, given as pages are rendered (on
/// every core), so that a page's reads are kept as a short list of numbers from the moment it is
/// rendered rather than as a set of values until its batch is in.
final class DependencyNumbers: Sendable {
    private let table = Mutex<(numbers: [Dependency: Int32], derived: [Dependency])>(([:], []))

    /// The numbers of `dependencies`, sorted, numbering those not seen before.
    func numbers(of dependencies: Set<Dependency>) -> [Int32] {
        var read = table.withLock { table in
            dependencies.map { dependency in
                if let number = table.numbers[dependency] { return number }
                let number = Int32(table.numbers.count)
                table.numbers[dependency] = number
                if case .derived = dependency { table.derived.append(dependency) }
                return number
            }
        }
        read.sort()
        return read
    }

    /// The numbers of those of `dependencies` some page read.
    func known(_ dependencies: Set<Dependency>) -> [Int32] {
        table.withLock { table in dependencies.compactMap { table.numbers[$0] } }
    }

    var derived: [Dependency] { table.withLock { $0.derived } }
}
