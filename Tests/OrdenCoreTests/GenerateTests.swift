import Foundation
import Testing
import Yams
@testable import Basics
@testable import FrontMatter
@testable import OrdenAuthoring
@testable import OrdenBuild
@testable import OrdenCatalogue
@testable import OrdenGenerate
@testable import OrdenHistory
@testable import OrdenModel
@testable import OrdenSite
@testable import OrdenSource
@testable import RDF
@testable import Spreadsheet

/// `orden generate`: a synthetic source that passes the check, the same bytes for the same seed,
/// and the proportions the benchmark relies on.
@Suite struct GenerateTests {
    /// Six municipalities: Oslo and five in Rogaland, enough for one cooperation region.
    static let options = SyntheticSource.Options(municipalities: 6, seed: 7, catalogue: .small)

    @Test func smallSourcePassesCheckWithoutWarnings() throws {
        let files = SyntheticSource.files(Self.options)
        let result = Orden.check(.memory(files), options: BuildOptions(history: .none))
        #expect(!result.hasErrors, "\(result.diagnostics.prefix(10).map(\.description))")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.prefix(10).map(\.description))")
        let catalogue = try #require(result.catalogue)
        #expect(catalogue.municipalities.count == 6)
        #expect(catalogue.regions.count == 1)
        #expect(catalogue.products.count == CatalogueSize.small.products)
        #expect(catalogue.vendors.count == CatalogueSize.small.vendors)
        #expect(!catalogue.site.notice.isNilOrEmpty)
    }

    @Test func sameSeedGivesTheSameBytesAndAnotherSeedOtherContent() {
        let options = SyntheticSource.Options(municipalities: 2, seed: 1, catalogue: .small)
        let first = SyntheticSource.files(options)
        let second = SyntheticSource.files(options)
        #expect(first == second)
        var other = options
        other.seed = 2
        let different = SyntheticSource.files(other)
        #expect(different != first)
        let changed = first.keys.filter { different[$0] != first[$0] }
        #expect(changed.count > first.count / 2, "most files should differ with another seed")
    }

    @Test func eachMunicipalityHasTheNationalProportions() throws {
        let files = SyntheticSource.files(SyntheticSource.Options(municipalities: 12, seed: 3, catalogue: .small))
        var counts: [String: [RecordKind: Int]] = [:]
        for path in files.keys {
            guard case .record(let entry) = ContentLayout.classify(path), let folder = entry.municipalityFolder else { continue }
            counts[folder, default: [:]][entry.kind, default: 0] += 1
        }
        #expect(counts.count == 12)
        let ranges: [(RecordKind, ClosedRange<Int>)] = [(.system, 127...173), (.dataset, 34...46), (.processing, 51...69), (.contract, 50...110), (.initiative, 1...8)]
        for (folder, kinds) in counts.sorted(by: { $0.key < $1.key }) {
            for (kind, range) in ranges {
                #expect(range.contains(kinds[kind] ?? 0), "\(folder) has \(kinds[kind] ?? 0) \(kind.folder)")
            }
            let number = String(folder.prefix(4))
            let official = try #require(OfficialMunicipalities.byNumber[number], "\(number) is not a real municipality")
            let index = try #require(files["content/municipalities/\(folder)/_index.md"])
            let baseName = official.name.split(separator: "(").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? official.name
            #expect(index.contains("\nname: \(baseName) kommune\n"))
            #expect(index.contains("\nnumber: \"\(number)\"\n"))
            #expect(index.contains("\ncounty: \(official.county)\n"))
        }
    }

    @Test func aFewProductsDominateEachServiceAreaAndTheTailIsLong() {
        let plan = NationalPlan(municipalities: 357, seed: 1, size: .national)
        #expect(plan.catalogue.products.count == 3000)
        #expect(plan.catalogue.vendors.count == 600)
        var users = Array(repeating: Set<Int>(), count: plan.catalogue.products.count)
        for (index, municipality) in plan.municipalities.enumerated() {
            for system in municipality.systems {
                if let product = system.product { users[product].insert(index) }
            }
        }
        let counts = users.map(\.count)
        let mostUsed = counts.max() ?? 0
        #expect(mostUsed > 357 / 2, "the most used product runs in \(mostUsed) municipalities")
        // In every segment the leader is used more than any other product.
        for segment in plan.catalogue.segments where !segment.spec.shared && segment.spec.adoption >= 0.9 {
            let leader = counts[segment.products[0]]
            let others = segment.products.dropFirst().map { counts[$0] }.max() ?? 0
            #expect(leader > others, "\(segment.spec.id): leader \(leader), next \(others)")
        }
        let rarelyUsed = counts.filter { (1...3).contains($0) }.count
        #expect(rarelyUsed > 300, "the long tail: \(rarelyUsed) products run in 1–3 municipalities")
        let systems = plan.municipalities.map(\.systems.count)
        #expect(systems.allSatisfy { (127...173).contains($0) })
        #expect((systems.reduce(0, +) / systems.count) > 140)
    }

    @Test func regionsGroupNeighboursInOneCounty() {
        let plan = NationalPlan(municipalities: 357, seed: 1, size: .small)
        #expect(!plan.regions.isEmpty)
        var slugs: Set<String> = []
        for region in plan.regions {
            #expect((4...20).contains(region.members.count), "\(region.name) has \(region.members.count) members")
            #expect(Set(region.members.map { plan.municipalities[$0].county }).count == 1)
            #expect(slugs.insert(Region.slug(for: region.name)).inserted, "two regions are both \(region.name)")
        }
        #expect(plan.municipalities.contains { $0.language == "nn" })
        #expect(Set(plan.municipalities.map(\.orgnr)).count == 357)
        #expect(plan.municipalities.allSatisfy { OrganisationNumber.isValid($0.orgnr) })
    }

    @Test(arguments: ["no", "NO", "Yes", "on", "null", "~", "10", "6(1)(e)", "2026-11-01", "a: b", "#tag", "x, y", "[liste]", "\"sitat\"",
                      "Barnevernsloven § 19", "linje\nnummer to", " innrykk", "product:fiks-arkiv", "3901/arkiv", "tab\there", "æøå"])
    func textIsQuotedSoYAMLReadsItBack(_ text: String) throws {
        for inFlow in [false, true] {
            let scalar = RecordText.quoted(text, inFlow: inFlow)
            let yaml = inFlow ? "k: [\(scalar)]" : "k: \(scalar)"
            let loaded = try Yams.load(yaml: yaml) as? [String: Any]
            let value = inFlow ? (loaded?["k"] as? [Any])?.first : loaded?["k"]
            #expect(value as? String == text, "\(yaml)")
        }
    }

    @Test func writingRefusesAFolderThatIsNotEmptyAndReplacesWithForce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("orden-generate-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(SyntheticSource.refusal(folder) == nil)
        let options = SyntheticSource.Options(municipalities: 1, seed: 5, catalogue: .small)
        let summary = try SyntheticSource.write(options, to: folder)
        #expect(summary.files == SyntheticSource.files(options).count)
        #expect(summary.counts[.municipality] == 1)
        #expect(SyntheticSource.refusal(folder) != nil)
        let stale = folder.appendingPathComponent("content/municipalities/9999-gammel/_index.md")
        try FileManager.default.createDirectory(at: stale.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("---\n---\n".utf8).write(to: stale)
        _ = try SyntheticSource.write(options, to: folder, replacing: true)
        #expect(!FileManager.default.fileExists(atPath: stale.path))
        let written = try String(contentsOf: folder.appendingPathComponent("orden.yml"), encoding: .utf8)
        #expect(written.contains("report_date: 2026-11-01"))
    }
}

private extension Optional where Wrapped == String {
    var isNilOrEmpty: Bool { self?.isEmpty ?? true }
}
