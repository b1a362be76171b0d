import Dispatch
import Foundation
import Synchronization
import Testing
@testable import CommonMark
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

/// A site of many small municipalities, written inline: every one runs the shared products
/// `felles-0` … and one product of its own, and the first `regionSize` form a region.
enum ManyMunicipalities {
    static func files(count: Int, shared: Int = 3, regionSize: Int = 0) -> [String: String] {
        var files = [
            "orden.yml": "title: Mange\nbase_url: https://mange.example/\nreport_date: 2026-11-01\n",
            "content/catalogue/vendors/alfa.md": "---\nname: Alfa AS\n---\n",
            "content/catalogue/service-areas/arkiv.md": "---\nname: Arkiv\n---\n",
        ]
        for product in 0..<shared {
            files["content/catalogue/products/felles-\(product).md"] = "---\nname: Felles \(product)\nvendor: alfa\nservice_areas: [arkiv]\n---\n"
        }
        for index in 0..<count {
            let number = municipalityNumber(index)
            let folder = "content/municipalities/\(number)-kommune-\(index)"
            let cooperation = index < regionSize ? "cooperation: Storrådet\n" : ""
            files["\(folder)/_index.md"] = """
                ---
                name: Kommune \(index)
                number: "\(number)"
                orgnr: "\(orgnr(index))"
                fictional: true
                population: \(1000 + index)
                \(cooperation)---

                """
            files["content/catalogue/products/egen-\(index).md"] = "---\nname: Egen \(index)\nvendor: alfa\nservice_areas: [arkiv]\n---\n"
            // Municipality i runs the first (i % shared) + 1 shared products, so the ranking has ties and differences.
            for product in 0...(index % shared) {
                files["\(folder)/systems/felles-\(product).md"] = "---\nproduct: felles-\(product)\nowner: IT\nlifecycle: {status: production}\ncost: {licence: \(1000 * (index + 1))}\n---\n"
            }
            files["\(folder)/systems/egen.md"] = "---\nproduct: egen-\(index)\nowner: IT\nlifecycle: {status: production}\n---\n"
        }
        return files
    }

    static func municipalityNumber(_ index: Int) -> String { String(format: "99%02d", index + 1) }

    /// An organisation number starting with 2 that passes the mod-11 check.
    static func orgnr(_ index: Int) -> String {
        let weights = [3, 2, 7, 6, 5, 4, 3, 2]
        var base = 20_000_000 + index * 17
        while true {
            let digits = String(base).compactMap(\.wholeNumberValue)
            let remainder = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 } % 11
            let check = remainder == 0 ? 0 : 11 - remainder
            if check < 10 { return String(base) + String(check) }
            base += 1
        }
    }
}

@Suite struct ScaleTests {
    @Test func similarityOfEveryMemberAtOnceAgreesWithOneAtATime() throws {
        let catalogue = try #require(Orden.check(.memory(ManyMunicipalities.files(count: 9))).catalogue)
        let site = Figures(catalogue: catalogue, scope: .site)
        let all = site.similarity(limit: 4)
        #expect(all.count == 9)
        for number in site.members {
            let one = Array(site.similar(to: number).prefix(4))
            #expect(all[number]?.map(\.number) == one.map(\.number))
            #expect(all[number]?.map(\.shared) == one.map(\.shared))
        }
    }

    @Test func theSimilarComparisonListsEachMunicipalitysClosestFive() throws {
        let site = Orden.buildInMemory(.memory(ManyMunicipalities.files(count: 9))).files
        let data = try #require(site["sammenligning/like-kommuner/like-kommuner.csv"])
        let rows = try #require(CSVReader.rows(data))
        let body = rows.dropFirst().filter { $0 != [""] }
        // Each of the nine shares a product with all eight others; the page lists five of them.
        #expect(body.count == 9 * SharedFigures.similarLimit)
        let ranks = Dictionary(grouping: body) { $0[0] }.mapValues { $0.map { $0[1] } }
        #expect(ranks.count == 9)
        #expect(ranks.values.allSatisfy { $0 == ["1", "2", "3", "4", "5"] })
    }

    @Test func aMunicipalitysReportIndexLinksToItsRegionNotToEveryMunicipality() throws {
        let site = Orden.buildInMemory(.memory(ManyMunicipalities.files(count: 9, regionSize: 3))).files
        func municipalities(_ path: String) -> Int { Fixture.html(site, path).components(separatedBy: "<td>Kommune</td>").count - 1 }
        func regions(_ path: String) -> Int { Fixture.html(site, path).components(separatedBy: "<td>Samarbeidsregion</td>").count - 1 }
        #expect(municipalities("rapporter/index.html") == 9)
        #expect(regions("rapporter/index.html") == 1)
        // A member of the region: the site, the region and its three members.
        #expect(municipalities("rapporter/kommuner/9901-kommune-0/index.html") == 3)
        #expect(regions("rapporter/kommuner/9901-kommune-0/index.html") == 1)
        #expect(municipalities("rapporter/regioner/storradet/index.html") == 3)
        // Outside any region: the site and itself.
        #expect(municipalities("rapporter/kommuner/9906-kommune-5/index.html") == 1)
        #expect(regions("rapporter/kommuner/9906-kommune-5/index.html") == 0)
    }

    @Test func comparisonsOfManyMunicipalitiesShowTheSpreadInsteadOfAColumnEach() throws {
        let count = ComparisonPages.sideBySideLimit + 1
        let site = Orden.buildInMemory(.memory(ManyMunicipalities.files(count: count, regionSize: 3))).files
        func csv(_ path: String) throws -> [[String]] {
            let data = try #require(site[path], "\(path)")
            return try #require(CSVReader.rows(data)).filter { $0 != [""] }
        }
        let costs = try csv("sammenligning/kostnader/kostnad-per-produkt.csv")
        #expect(costs.first == ["Produkt", "Kommuner", "Kostnad per år", "Median kr/innb.", "Lavest kr/innb.", "Høyest kr/innb.", "Systemer uten kostnad"])
        // Municipality i pays 1000 · (i + 1) kr for Felles 0 and has 1000 + i inhabitants.
        #expect(costs.first { $0.first == "Felles 0" } == ["Felles 0", "\(count)", "231000", "10,89", "1", "20,59", "0"])
        #expect(costs.first { $0.first == "Egen 4" } == ["Egen 4", "1", "0", "", "", "", "1"])
        let products = try csv("sammenligning/produkter/produkt-kommune.csv")
        #expect(products.first?.contains("Andel av kommunene") == true)
        #expect(products.first?.contains("Kommune 0") == false)
        #expect(products.first { $0.count > 1 && $0[1] == "Felles 2" }?.prefix(4) == ["Arkiv", "Felles 2", "7", "33,3"])
        // A region is still compared side by side.
        let region = try csv("sammenligning/regioner/storradet/kostnader/kostnad-per-produkt.csv")
        #expect(region.first?.contains("Kommune 0 kr/innb.") == true)
    }

    @Test func theLargestWorkIsHandedOutFirst() {
        let work: [Renderer.Work] = [
            .page(.home), .page(.report(.time, .municipality("9901"))), .page(.comparison(.costs, .site)), .catalogue(.municipality("9901")),
            .site, .catalogue(.site), .page(.report(.time, .region("r"))), .page(.system(LocalKey("9901", "a"))), .page(.report(.roadmap, .site)),
        ]
        #expect(Renderer.schedule(work) == [
            .catalogue(.site), .site, .page(.comparison(.costs, .site)), .page(.report(.roadmap, .site)), .page(.report(.time, .region("r"))),
            .page(.home), .page(.report(.time, .municipality("9901"))), .catalogue(.municipality("9901")), .page(.system(LocalKey("9901", "a"))),
        ])
    }

    @Test func sharedValuesAreComputedOncePerKey() {
        let memo = Memo<Int, Int>()
        let calls = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 200) { index in
            let value = memo.value(index % 3) {
                calls.withLock { $0 += 1 }
                return (index % 3) * 10
            }
            #expect(value == (index % 3) * 10)
        }
        #expect(calls.withLock { $0 } == 3)
    }
}
