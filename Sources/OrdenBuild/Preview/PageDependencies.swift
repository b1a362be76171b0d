import Synchronization
import OrdenCatalogue
import OrdenModel
import OrdenSite

/// What each page and catalogue of the preview read of the catalogue when it was last rendered,
/// recorded by the code that rendered it (`DependencyRecorder`), as Hugo's identity tracking
/// does. After an edit, the pages to render again are those that read something the edit
/// changed (`Catalogue.changes(since:)`): no rulebook kept beside the render code.
///
/// Each dependency is numbered once for the whole session (`DependencyNumbers`), and each owner
/// keeps the numbers it read: a national site's pages read some millions, and an edit is checked
/// against them in one pass.
struct PageDependencies: Sendable {
    let numbers = DependencyNumbers()
    private var reads: [FileOwner: [Int32]] = [:]

    /// Replaces what `owner` read, as `numbers` numbered it.
    mutating func record(_ owner: FileOwner, _ read: [Int32]) {
        reads[owner] = read
    }

    mutating func record(_ owner: FileOwner, _ dependencies: Set<Dependency>) {
        reads[owner] = numbers.numbers(of: dependencies)
    }

    mutating func forget(_ owner: FileOwner) { reads[owner] = nil }

    /// Whether `owner`'s reads are known; an owner never rendered with recording is not.
    func knows(_ owner: FileOwner) -> Bool { reads[owner] != nil }

    /// The derived values some owner read (`Dependency.derived`), to be compared after an edit.
    var derived: [Dependency] { numbers.derived }

    /// The owners that read any of `changes`.
    func owners(reading changes: Set<Dependency>) -> Set<FileOwner> {
        let (changed, any) = numbers.marks(changes)
        guard any else { return [] }
        var owners = Set<FileOwner>()
        for (owner, read) in reads where read.contains(where: { changed[Int($0)] }) { owners.insert(owner) }
        return owners
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

    /// A mark for each number, set for those of `dependencies`; and whether any was set.
    func marks(_ dependencies: Set<Dependency>) -> (marks: [Bool], any: Bool) {
        table.withLock { table in
            var marks = [Bool](repeating: false, count: table.numbers.count)
            var any = false
            for dependency in dependencies {
                if let number = table.numbers[dependency] {
                    marks[Int(number)] = true
                    any = true
                }
            }
            return (marks, any)
        }
    }

    var derived: [Dependency] { table.withLock { $0.derived } }
}
