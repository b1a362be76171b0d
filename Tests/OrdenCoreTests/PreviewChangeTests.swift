import Testing
@testable import Basics
@testable import OrdenBuild
@testable import OrdenCatalogue
@testable import OrdenModel

/// The parts the preview finds an edit's pages with, each at the grain a national site needs:
/// what a patch wrote, who read it, and whether a value many pages share moved.
@Suite struct PreviewChangeTests {
    @Test func aTableWrittenAfterLoggingComparesOnlyTheEntriesWritten() {
        var entries: [String: Int] = [:]
        for number in 0..<100 { entries["k\(number)"] = number }
        let old = Table<String, Int>(.products, entries)
        var new = old
        new.logWrites()
        new["k1"] = 1
        new["k2"] = 20
        new.removeValue(forKey: "k3")
        new["added"] = 7
        var compared = 0
        let changed = new.changedKeys(since: old) { before, after in
            compared += 1
            return before == after
        }
        #expect(Set(changed) == ["k2", "k3", "added"])
        #expect(compared == 2, "only k1 and k2 are in both and were written; compared \(compared)")

        // Against a table it was not written over, every entry counts, also one never written.
        var other = entries
        other["k50"] = -1
        #expect(Set(new.changedKeys(since: Table(.products, other), same: ==)) == ["k2", "k3", "added", "k50"])
        // A copy not written to since is the same dictionary.
        compared = 0
        #expect(old.changedKeys(since: old) { compared += 1; return $0 == $1 }.isEmpty && compared == 0)
    }

    @Test func anOwnerIsFoundByWhatItReadsNowNotWhatItOnceRead() {
        var dependencies = PageDependencies()
        dependencies.record(.page(.home), [.keys(.systems), .every(.products)])
        dependencies.record(.page(.notFound), [.keys(.systems)])
        #expect(dependencies.owners(reading: [.keys(.systems)]) == [.page(.home), .page(.notFound)])
        dependencies.record(.page(.home), [.every(.products)])
        #expect(dependencies.owners(reading: [.keys(.systems)]) == [.page(.notFound)])
        dependencies.record(.page(.home), [.keys(.systems)])
        #expect(dependencies.owners(reading: [.keys(.systems)]) == [.page(.home), .page(.notFound)])
        #expect(dependencies.owners(reading: [.every(.products)]).isEmpty)
        #expect(dependencies.knownPages == 2)
        dependencies.forget(.page(.home))
        #expect(dependencies.knownPages == 1)
        #expect(dependencies.owners(reading: [.keys(.systems)]) == [.page(.notFound)])
        dependencies.record(.catalogue(.site), [.keys(.systems)])
        #expect(dependencies.knownPages == 1)
    }

    @Test func aSortedListKeepsItsOrderAndEachValueOnce() {
        var list = [2, 4, 6]
        list.insertSorted(5)
        list.insertSorted(4)
        list.insertSorted(0)
        list.insertSorted(9)
        #expect(list == [0, 2, 4, 5, 6, 9])
        list.removeSorted(4)
        list.removeSorted(3)
        list.removeSorted(9)
        #expect(list == [0, 2, 5, 6])
        #expect([Int]().sortedPosition(of: 1) == (0, false))
    }

    /// Three municipalities: Horten and Moss run Acme Arkiv, Moss and Bodø Beta Sak.
    static let alike = TestSite("""
        -- orden.yml --
        title: Like kommuner
        base_url: https://test.example/
        report_date: 2026-11-01
        -- content/catalogue/vendors/acme.md --
        ---
        name: Acme Programvare AS
        ---
        -- content/catalogue/products/acme-arkiv.md --
        ---
        name: Acme Arkiv
        vendor: acme
        ---
        -- content/catalogue/products/beta-sak.md --
        ---
        name: Beta Sak
        vendor: acme
        ---
        -- content/municipalities/3901-horten/_index.md --
        ---
        name: Horten kommune
        number: "3901"
        orgnr: "974760673"
        ---
        -- content/municipalities/3901-horten/systems/arkiv.md --
        ---
        product: acme-arkiv
        owner: Dokumentsenteret
        lifecycle: {status: production}
        ---
        -- content/municipalities/3103-moss/_index.md --
        ---
        name: Moss kommune
        number: "3103"
        orgnr: "944383565"
        ---
        -- content/municipalities/3103-moss/systems/arkiv.md --
        ---
        product: acme-arkiv
        owner: Arkivet
        lifecycle: {status: production}
        ---
        -- content/municipalities/3103-moss/systems/sak.md --
        ---
        product: beta-sak
        owner: Arkivet
        lifecycle: {status: production}
        ---
        -- content/municipalities/1804-bodo/_index.md --
        ---
        name: Bodø kommune
        number: "1804"
        orgnr: "972418013"
        ---
        -- content/municipalities/1804-bodo/systems/sak.md --
        ---
        product: beta-sak
        owner: Servicetorget
        lifecycle: {status: production}
        ---
        """)

    /// Which similar-municipality rankings an edit moves, by the catalogues' own changes.
    static func movedRankings(_ edit: [String: String?]) throws -> Set<Dependency> {
        let old = try #require(alike.check().catalogue)
        let new = try #require(alike.with(edit).check().catalogue)
        let read: [Dependency] = [.derived(SharedFigures.similarName, .site), .derived(SharedFigures.similarName, .municipality("1804"))]
        return SharedFigures(catalogue: new).changes(since: SharedFigures(catalogue: old), among: read, after: new.changes(since: old))
    }

    @Test func aProductsNameMovesNoRankingAndWhatItsSystemsCountWithDoes() throws {
        let renamed = try Self.movedRankings(["content/catalogue/products/acme-arkiv.md": "---\nname: Acme Arkiv 2\nvendor: acme\n---\n"])
        #expect(renamed.isEmpty)
        let owner = try Self.movedRankings(["content/municipalities/3901-horten/systems/arkiv.md":
            "---\nproduct: acme-arkiv\nowner: Servicetorget\nlifecycle: {status: production}\n---\n"])
        #expect(owner.isEmpty)
        // Horten's archive retired: Horten runs no product, which moves the site's ranking, not
        // Bodø's own (Horten is not a member of it).
        let retired = try Self.movedRankings(["content/municipalities/3901-horten/systems/arkiv.md":
            "---\nproduct: acme-arkiv\nowner: Dokumentsenteret\nlifecycle: {status: retired}\n---\n"])
        #expect(retired == [.derived(SharedFigures.similarName, .site)])
        let switched = try Self.movedRankings(["content/municipalities/1804-bodo/systems/sak.md":
            "---\nproduct: acme-arkiv\nowner: Servicetorget\nlifecycle: {status: production}\n---\n"])
        #expect(switched == [.derived(SharedFigures.similarName, .site), .derived(SharedFigures.similarName, .municipality("1804"))])
    }
}

@Suite struct DependencyRecorderTests {
    @Test func aPageReadingMostOfALargeTableReadsItWhole() {
        let size = 8_000
        let threshold = DependencyRecorder.wholeTableThreshold(size: size)
        let recorder = DependencyRecorder()
        recorder.record {
            DependencyRecorder.read(.keys(.systems))
            for number in 0..<threshold { DependencyRecorder.read(.systems, entry: .id("s\(number)"), size: size) }
            DependencyRecorder.read(.products, entry: .id("p"), size: size)
        }
        #expect(recorder.dependencies.count == threshold + 2, "each entry and the keys, up to the threshold")
        recorder.record {
            DependencyRecorder.read(.systems, entry: .id("one more"), size: size)
            DependencyRecorder.read(.keys(.systems))
        }
        #expect(recorder.dependencies == [.every(.systems), .entry(.products, .id("p"))])
    }

    @Test func aSmallSitesPagesKeepTheirEntries() {
        let recorder = DependencyRecorder()
        recorder.record {
            for number in 0..<10 { DependencyRecorder.read(.systems, entry: .id("s\(number)"), size: 10) }
        }
        #expect(recorder.dependencies.count == 10 && !recorder.dependencies.contains(.every(.systems)))
    }

    @Test func readingATableWholeDropsItsEntries() {
        let recorder = DependencyRecorder()
        recorder.record {
            DependencyRecorder.read(.contracts, entry: .id("a"), size: 3)
            DependencyRecorder.read(.keys(.contracts))
            DependencyRecorder.read(.every(.contracts))
            DependencyRecorder.read(.contracts, entry: .id("b"), size: 3)
            DependencyRecorder.read([.entry(.contracts, .id("c")), .body("content/x.md")])
        }
        #expect(recorder.dependencies == [.every(.contracts), .body("content/x.md")])
    }
}
