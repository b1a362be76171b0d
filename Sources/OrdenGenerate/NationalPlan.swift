import Foundation
import Basics
import FrontMatter
import OrdenBuild
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenResources
import OrdenSite
import OrdenSource
import RDF

/// Who runs what, decided before any text is written: the municipalities with their regions and
/// populations, and for each the systems it runs (which segment, which product). Records of one
/// municipality refer to other municipalities' systems, so all of this is settled first.
struct NationalPlan: Sendable {
    struct Municipality: Sendable {
        var number: String
        /// As in the official list: "Herøy (Nordland)".
        var listName: String
        /// "Herøy kommune".
        var name: String
        var slug: String
        var county: String
        var orgnr: String
        var population: Int
        var language: String
        var region: Int?
        /// The size of the inventory relative to the national average, 0.85 ... 1.15.
        var scale: Double
        var systems: [PlannedSystem]

        var folder: String { "\(number)-\(slug)" }
        var domain: String { "\(slug).kommune.example" }
    }

    struct PlannedSystem: Sendable {
        var id: String
        var segment: Int
        var product: Int?
    }

    /// A cooperation region: its name and its members' indices.
    struct Cooperation: Sendable {
        var name: String
        var members: [Int]
    }

    let catalogue: SyntheticCatalogue
    private(set) var municipalities: [Municipality] = []
    private(set) var regions: [Cooperation] = []
    let seed: UInt64

    static let averageSystems = 150

    init(municipalities count: Int, seed: UInt64, size: CatalogueSize) {
        self.seed = seed
        catalogue = SyntheticCatalogue(seed: seed, size: size)
        var usedOrgnr = Set(catalogue.vendors.map(\.orgnr))
        for entry in OfficialList.entries.prefix(count) {
            var random = SeededRandom(seed: seed, stream: "municipality/\(entry.number)")
            let population = Self.population(entry.number, &random)
            // Larger municipalities keep more systems; the spread stays within ±15 %.
            let size = min(1, max(0, (log10(Double(population)) - 2.6) / 2.2))
            let scale = min(1.15, max(0.85, 0.85 + 0.3 * size + random.double(-0.06...0.06)))
            let baseName = entry.name.split(separator: "(").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? entry.name
            municipalities.append(Municipality(
                number: entry.number, listName: entry.name, name: baseName + " kommune", slug: Identifier.suggestion(for: entry.name),
                county: entry.county, orgnr: Names.organisationNumber(&random, used: &usedOrgnr), population: population,
                language: random.chance(Self.nynorskShare[entry.county] ?? 0.02) ? "nn" : "nb", region: nil, scale: scale, systems: []))
        }
        formRegions()
        for index in municipalities.indices {
            municipalities[index].systems = pickSystems(for: municipalities[index])
        }
    }

    // MARK: Municipalities

    /// Approximate populations of the largest municipalities, so that Oslo is not given a
    /// village's; the rest are drawn from a log-normal distribution like Norway's.
    static let largest: [String: Int] = [
        "0301": 717_000, "4601": 291_000, "5001": 214_000, "1103": 149_000, "3201": 130_000, "4204": 116_000, "3301": 103_000,
        "3203": 98_000, "3205": 91_000, "3107": 85_000, "1108": 83_000, "5501": 78_000, "1508": 60_000, "3907": 66_000,
        "3105": 59_000, "3905": 58_000, "4003": 56_000, "1804": 53_000, "3909": 48_000, "1106": 38_000,
    ]

    static func population(_ number: String, _ random: inout SeededRandom) -> Int {
        if let known = largest[number] { return Int(Double(known) * random.double(0.97...1.03)) }
        let drawn = exp(random.normal(mean: 8.55, deviation: 1.0))
        return min(45_000, max(200, Int(drawn)))
    }

    /// The share of municipalities with nynorsk as målform, roughly as in each county.
    static let nynorskShare: [String: Double] = [
        "Vestland": 0.85, "Møre og Romsdal": 0.55, "Rogaland": 0.3, "Telemark": 0.3, "Innlandet": 0.25, "Agder": 0.25, "Buskerud": 0.2,
        "Trøndelag": 0.04, "Oslo": 0,
    ]

    /// Neighbouring municipalities (next to each other in the official list, which follows the
    /// counties) are grouped into cooperation regions of 4 to 20; a county with fewer than four
    /// is left without one.
    private mutating func formRegions() {
        var random = SeededRandom(seed: seed, stream: "regions")
        var byCounty: [(county: String, members: [Int])] = []
        for (index, municipality) in municipalities.enumerated() {
            if let last = byCounty.indices.last, byCounty[last].county == municipality.county {
                byCounty[last].members.append(index)
            } else {
                byCounty.append((municipality.county, [index]))
            }
        }
        var usedSlugs: Set<String> = []
        let patterns = ["{}regionen", "Regionrådet for {}", "{}-samarbeidet", "Interkommunalt samarbeid {}", "{} og omegn"]
        for (county, members) in byCounty where members.count >= 4 {
            var chunks: [[Int]] = []
            var rest = members[...]
            while !rest.isEmpty {
                let size = random.int(4...12)
                chunks.append(Array(rest.prefix(size)))
                rest = rest.dropFirst(size)
            }
            if let last = chunks.last, last.count < 4, chunks.count > 1 {
                chunks.removeLast()
                chunks[chunks.count - 1] += last
            }
            for chunk in chunks {
                let populations = chunk.map { municipalities[$0].population }
                guard let top = populations.max(), let position = populations.firstIndex(of: top) else { continue }
                let centre = chunk[position]
                let centreName = municipalities[centre].name.replacingOccurrences(of: " kommune", with: "")
                let short = centreName.components(separatedBy: " - ").first ?? centreName
                let pattern = random.pick(patterns) ?? "{}regionen"
                var name = pattern.replacingOccurrences(of: "{}", with: short)
                if !usedSlugs.insert(Region.slug(for: name)).inserted {
                    name += " i \(county)"
                    usedSlugs.insert(Region.slug(for: name))
                }
                for member in chunk { municipalities[member].region = regions.count }
                regions.append(Cooperation(name: name, members: chunk))
            }
        }
    }

    /// The other municipalities a municipality works with: its region, else its county.
    func neighbours(of index: Int) -> [Int] {
        if let region = municipalities[index].region {
            return regions[region].members.filter { $0 != index }
        }
        let county = municipalities[index].county
        return municipalities.indices.filter { $0 != index && municipalities[$0].county == county }
    }

    // MARK: Systems

    /// Chooses about 150 systems: the essential ones always, the rest by weighted sampling of
    /// segment "slots" (a first system of a kind, then further ones side by side). Within a
    /// segment the first system is the market leader with the segment's leader share, and
    /// otherwise a product drawn with Zipf weights from the rest.
    private func pickSystems(for municipality: Municipality) -> [PlannedSystem] {
        var random = SeededRandom(seed: seed, stream: "systems/\(municipality.number)")
        let target = Int((Double(Self.averageSystems) * municipality.scale).rounded())
        var chosen = Array(repeating: 0, count: catalogue.segments.count)
        var candidates: [(key: Double, segment: Int, slot: Int)] = []
        var essentials = 0
        for (index, segment) in catalogue.segments.enumerated() where !segment.spec.shared && !segment.products.isEmpty {
            let slots = min(max(2, segment.spec.slots), segment.products.count)
            for slot in 0..<slots {
                if slot == 0 && segment.spec.adoption >= 1 {
                    chosen[index] = 1
                    essentials += 1
                    continue
                }
                let factor = slot == 0 ? 1 : (segment.spec.slots > 1 ? max(0.2, 0.8 - 0.12 * Double(slot - 1)) : 0.12)
                let weight = segment.spec.adoption * factor
                guard weight > 0 else { continue }
                // Efraimidis–Spirakis: the largest u^(1/w) are a weighted sample without replacement.
                candidates.append((pow(random.unit(), 1 / weight), index, slot))
            }
        }
        candidates.sort { $0.key != $1.key ? $0.key > $1.key : ($0.segment, $0.slot) < ($1.segment, $1.slot) }
        for candidate in candidates.prefix(max(0, target - essentials)) { chosen[candidate.segment] += 1 }

        var systems: [PlannedSystem] = []
        var usedIds: Set<String> = []
        for (index, count) in chosen.enumerated() where count > 0 {
            let segment = catalogue.segments[index]
            var picked: Set<Int> = []
            for number in 0..<count {
                var rank: Int
                // Where a municipality runs several products of one kind side by side (learning
                // apps), the leader is still the likeliest of them.
                let leaderChance = number == 0 ? segment.leaderShare : segment.leaderShare / 2
                if !picked.contains(0) && random.chance(leaderChance) {
                    rank = 0
                } else {
                    rank = 1 + segment.tail.draw(&random)
                    var tries = 0
                    while picked.contains(rank) && tries < 12 {
                        rank = 1 + segment.tail.draw(&random)
                        tries += 1
                    }
                    if picked.contains(rank), let free = (1..<segment.products.count).first(where: { !picked.contains($0) }) { rank = free }
                }
                guard rank < segment.products.count, picked.insert(rank).inserted else { continue }
                // A few systems are built locally or by a consultant and have no catalogue product.
                let custom = segment.spec.hub == nil && random.chance(0.03)
                let product = custom ? nil : segment.products[rank]
                var id = number == 0 ? segment.spec.id : (product.map { catalogue.products[$0].id } ?? "\(segment.spec.id)-lokal")
                if custom && number == 0 { id = segment.spec.id + "-lokal" }
                var unique = id
                var suffix = 2
                while !usedIds.insert(unique).inserted {
                    unique = "\(id)-\(suffix)"
                    suffix += 1
                }
                systems.append(PlannedSystem(id: unique, segment: index, product: product))
            }
        }
        return systems
    }
}

/// The official municipalities in the order of data/kommuner.csv (by county), which the
/// binary carries. `OfficialMunicipalities` keys them by number; the generator needs the order.
enum OfficialList {
    struct Entry: Sendable {
        var number: String
        var name: String
        var county: String
    }

    static let entries: [Entry] = {
        let text = EmbeddedResources.files["data/kommuner.csv"] ?? ""
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let columns = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            guard columns.count >= 4, columns[0].count == 4 else { return nil }
            return Entry(number: columns[0], name: columns[1], county: columns[3])
        }
    }()
}
