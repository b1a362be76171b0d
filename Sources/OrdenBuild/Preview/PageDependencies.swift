import OrdenCatalogue
import OrdenModel
import OrdenSite

/// What each page and catalogue of the preview read of the catalogue when it was last rendered,
/// recorded by the code that rendered it (`DependencyRecorder`), as Hugo's identity tracking
/// does. After an edit, the pages to render again are those that read something the edit
/// changed (`Catalogue.changes(since:)`): no rulebook kept beside the render code.
///
/// Each dependency is stored once, as a number, and each owner keeps the numbers it read: a
/// national site's pages read some millions, and an edit is checked against them in one pass.
struct PageDependencies: Sendable {
    private var numbers: [Dependency: Int32] = [:]
    private var reads: [FileOwner: [Int32]] = [:]

    /// Replaces what `owner` read.
    mutating func record(_ owner: FileOwner, _ dependencies: Set<Dependency>) {
        var read: [Int32] = []
        read.reserveCapacity(dependencies.count)
        for dependency in dependencies {
            if let number = numbers[dependency] {
                read.append(number)
            } else {
                let number = Int32(numbers.count)
                numbers[dependency] = number
                read.append(number)
            }
        }
        read.sort()
        reads[owner] = read
    }

    mutating func forget(_ owner: FileOwner) { reads[owner] = nil }

    /// Whether `owner`'s reads are known; an owner never rendered with recording is not.
    func knows(_ owner: FileOwner) -> Bool { reads[owner] != nil }

    /// Every dependency some owner read, for the derived values among them.
    var all: Dictionary<Dependency, Int32>.Keys { numbers.keys }

    /// The owners that read any of `changes`.
    func owners(reading changes: Set<Dependency>) -> Set<FileOwner> {
        var changed = [Bool](repeating: false, count: numbers.count)
        var any = false
        for change in changes {
            if let number = numbers[change] {
                changed[Int(number)] = true
                any = true
            }
        }
        guard any else { return [] }
        var owners = Set<FileOwner>()
        for (owner, read) in reads where read.contains(where: { changed[Int($0)] }) { owners.insert(owner) }
        return owners
    }
}
