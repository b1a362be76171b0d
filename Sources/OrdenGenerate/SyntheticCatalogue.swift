import Basics
import OrdenBuild
import OrdenCatalogue
import OrdenModel
import OrdenSite
import OrdenSource
import RDF

/// How large a shared catalogue to invent. The national one is the benchmark's; tests use a
/// smaller one with the same shape so that checking it takes a moment, not minutes.
package struct CatalogueSize: Sendable, Equatable {
    package var products: Int
    package var vendors: Int

    package init(products: Int, vendors: Int) {
        self.products = products
        self.vendors = vendors
    }

    package static let national = CatalogueSize(products: 3000, vendors: 600)
    package static let small = CatalogueSize(products: 700, vendors: 140)
}

/// The invented shared catalogue: vendors and products in every segment, ranked by market
/// share, plus the fixed taxonomy and standards.
struct SyntheticCatalogue: Sendable {
    struct Segment: Sendable {
        var spec: SegmentSpec
        var area: Int
        /// Product indices, market leader first.
        var products: [Int]
        /// The share of municipalities whose (first) system of this kind is the market leader.
        var leaderShare: Double
        /// Zipf weights over the products after the leader.
        var tail: ZipfTable
    }

    struct Vendor: Sendable {
        var id: String
        var name: String
        var brand: String
        var orgnr: String
        var country: String
        var city: String
        var founded: Int
        var employees: Int
        var domain: String
    }

    struct TypicalIntegration: Sendable {
        var to: Int
        var via: String
        var direction: String
    }

    struct Product: Sendable {
        var id: String
        var name: String
        var vendor: Int
        var segment: Int
        var rank: Int
        var hosting: String
        var licence: String
        var status: String
        var standards: [String]
        var extraArea: Int?
        var categories: [String]
        var special: [String]
        var typical: [TypicalIntegration]
    }

    let areas: [AreaSpec] = Taxonomy.areas
    var segments: [Segment] = []
    var vendors: [Vendor] = []
    var products: [Product] = []
    /// Products that are shared services, integrated with as `product:<id>`.
    var sharedProducts: [Int] = []
    /// The segment of each hub.
    var hubSegments: [Hub: Int] = [:]

    init(seed: UInt64, size: CatalogueSize) {
        var random = SeededRandom(seed: seed, stream: "catalogue")
        for (areaIndex, area) in areas.enumerated() {
            for spec in area.segments {
                if let hub = spec.hub { hubSegments[hub] = segments.count }
                segments.append(Segment(spec: spec, area: areaIndex, products: [], leaderShare: random.double(0.38...0.68), tail: ZipfTable(count: 0, exponent: 1)))
            }
        }
        makeVendors(count: max(20, size.vendors), &random)
        makeProducts(count: size.products, &random)
    }

    // MARK: Vendors

    private mutating func makeVendors(count: Int, _ random: inout SeededRandom) {
        var usedIds: Set<String> = []
        var usedOrgnr: Set<String> = []
        let countryWeights = Names.countries.map(\.1)
        while vendors.count < count {
            let brand = Names.brand(&random)
            let country = Names.countries[random.weighted(countryWeights)].0
            let word = random.chance(0.85) ? " " + (random.pick(Names.vendorWords) ?? "Data") : ""
            let name = brand + word + " " + (Names.legalForms[country] ?? "AS")
            let id = Identifier.suggestion(for: brand + word)
            guard usedIds.insert(id).inserted else { continue }
            let city = country == "NO" ? (random.pick(Names.cities) ?? "Oslo") : (random.pick(Names.foreignCities[country] ?? []) ?? "Stockholm")
            // Vendors early in the list are the large ones: products are drawn with Zipf weights by index.
            let size = vendors.count
            let employees = max(3, Int(Double(random.int(8...60)) * 2200 / Double(size + 8)))
            vendors.append(Vendor(id: id, name: name, brand: brand, orgnr: Names.organisationNumber(&random, used: &usedOrgnr), country: country,
                                  city: city, founded: random.int(1978...2021), employees: employees, domain: id + ".example"))
        }
    }

    // MARK: Products

    private mutating func makeProducts(count: Int, _ random: inout SeededRandom) {
        let local = segments.indices.filter { !segments[$0].spec.shared }
        let sharedSegments = segments.indices.filter { segments[$0].spec.shared }
        // Every segment gets enough products for the most systems one municipality runs of it,
        // and the rest in proportion to how widely and how many-fold it is used.
        var counts = Array(repeating: 0, count: segments.count)
        for index in local { counts[index] = max(3, segments[index].spec.slots + 2) }
        for index in sharedSegments { counts[index] = max(6, count / 150) }
        let remaining = max(0, count - counts.reduce(0, +))
        let weights = local.map { segments[$0].spec.adoption * Double(segments[$0].spec.slots).squareRoot() * random.double(0.6...1.4) }
        let total = weights.reduce(0, +)
        var allotted = 0
        var remainders: [(Double, Int)] = []
        for (position, index) in local.enumerated() {
            let exact = Double(remaining) * weights[position] / total
            counts[index] += Int(exact)
            allotted += Int(exact)
            remainders.append((exact - Double(Int(exact)), position))
        }
        // Largest remainders first, so the total is exact; ties by position keep it deterministic.
        for (_, position) in remainders.sorted(by: { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }).prefix(remaining - allotted) {
            counts[local[position]] += 1
        }

        let vendorZipf = ZipfTable(count: vendors.count, exponent: 0.75)
        let leaderZipf = ZipfTable(count: min(vendors.count, 40), exponent: 0.9)
        var usedIds = Set(segments.map(\.spec.id))
        var usedNames: Set<String> = []
        for (segmentIndex, segmentCount) in counts.enumerated() {
            let segment = segments[segmentIndex]
            let area = areas[segment.area]
            for rank in 0..<segmentCount {
                // Market leaders mostly come from the large vendors.
                let vendor = rank == 0 ? leaderZipf.draw(&random) : vendorZipf.draw(&random)
                var name = ""
                var id = ""
                repeat {
                    let brand = random.chance(0.55) ? vendors[vendor].brand : Names.brand(&random)
                    name = brand + " " + segment.spec.noun
                    if random.chance(0.25) || usedNames.contains(name) { name += " " + (random.pick(Names.productTiers) ?? "Pro") }
                    id = Identifier.suggestion(for: name)
                } while usedNames.contains(name) || usedIds.contains(id)
                usedNames.insert(name)
                usedIds.insert(id)
                let hosting = ["saas", "saas", "saas", "saas", "saas", "hosted", "hosted", "on-premises", "on-premises", "hybrid"][random.below(10)]
                let openSource = random.chance(0.08)
                let licence = openSource ? (random.pick(["EUPL-1.2", "MIT", "GPL-3.0-or-later", "Apache-2.0", "AGPL-3.0-or-later"]) ?? "EUPL-1.2") : "proprietary"
                let status = rank < 2 ? "active" : (random.chance(0.92) ? "active" : (random.chance(0.75) ? "deprecated" : "discontinued"))
                var standards = random.sample(area.standards, count: random.int(1...3))
                if hosting == "saas" && random.chance(0.5) { standards.append(random.chance(0.5) ? "saml-2" : "openid-connect") }
                var seen: Set<String> = []
                standards = standards.filter { seen.insert($0).inserted }
                let privacy = area.privacy
                let categories = random.sample(privacy.categories, count: random.int(2...4)).sortedLike(privacy.categories)
                let special = privacy.special.filter { _ in random.chance(0.7) }
                var extraArea: Int? = nil
                if random.chance(0.1), let parent = area.parent {
                    let siblings = areas.indices.filter { areas[$0].parent == parent && $0 != segment.area }
                    extraArea = random.pick(siblings)
                }
                segments[segmentIndex].products.append(products.count)
                products.append(Product(id: id, name: name, vendor: vendor, segment: segmentIndex, rank: rank, hosting: hosting, licence: licence,
                                        status: status, standards: standards, extraArea: extraArea, categories: categories, special: special, typical: []))
                if segment.spec.shared { sharedProducts.append(products.count - 1) }
            }
            segments[segmentIndex].tail = ZipfTable(count: max(0, segmentCount - 1), exponent: random.double(0.9...1.3))
        }
        addTypicalIntegrations(&random)
    }

    /// Products of case-handling areas typically archive in one of the leading archive
    /// products; some also integrate with the leading finance product.
    private mutating func addTypicalIntegrations(_ random: inout SeededRandom) {
        let archives = hubSegments[.archive].map { Array(segments[$0].products.prefix(3)) } ?? []
        let finances = hubSegments[.finance].map { Array(segments[$0].products.prefix(3)) } ?? []
        for index in products.indices {
            let product = products[index]
            let segment = segments[product.segment]
            guard segment.spec.hub == nil, !segment.spec.shared, random.chance(0.35) else { continue }
            var typical: [TypicalIntegration] = []
            if areas[segment.area].archives, let archive = random.pick(archives) {
                typical.append(TypicalIntegration(to: archive, via: random.chance(0.7) ? "fiks-arkiv" : "noark-5", direction: "out"))
            }
            if segment.spec.category == "billing-and-invoicing" || random.chance(0.15), let finance = random.pick(finances) {
                typical.append(TypicalIntegration(to: finance, via: random.chance(0.5) ? "ehf" : "openapi", direction: "out"))
            }
            products[index].typical = typical
        }
    }
}

private extension Array where Element == String {
    /// The elements in the order they have in `reference`.
    func sortedLike(_ reference: [String]) -> [String] {
        reference.filter { contains($0) }
    }
}
