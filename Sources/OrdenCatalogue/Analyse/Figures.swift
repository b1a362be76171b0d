import Basics
import FrontMatter
import OrdenModel
import OrdenSource

// The analyse stage: figures computed from the resolved catalogue for comparisons and reports.
// Pure functions of the catalogue and the report date; rendering only formats what is here, and
// tests check these numbers against values computed by hand.

extension LifecycleStatus {
    /// Running and costing money: counted in costs, TIME and the integration map.
    package var isInUse: Bool { self == .implementing || self == .production || self == .phaseOut }
}

extension Day {
    /// The same day `months` later (or earlier, if negative), clamped to the month's last day.
    /// Months later (or earlier, for a negative count), at the end of the month if the day does
    /// not exist there. Saturates at the first and last day a Day can hold, so that no count can
    /// overflow or silently give back the day it started from.
    package func adding(months: Int) -> Day {
        let index = year * 12 + (month - 1) + max(-Self.monthSpan, min(Self.monthSpan, months))
        guard index >= 12 else { return Day(year: 1, month: 1, day: 1) ?? self }  // safe: a valid constant day
        guard index < 10_000 * 12 else { return Day(year: 9999, month: 12, day: 31) ?? self }  // safe: a valid constant day
        let newYear = index / 12, newMonth = index % 12 + 1
        let newDay = min(day, Day.days(in: newMonth, of: newYear))
        return Day(year: newYear, month: newMonth, day: newDay) ?? self
    }

    /// More months than there are between the first and the last day a Day holds.
    private static let monthSpan = 10_000 * 12
}

extension Catalogue {
    package func population(of number: String) -> Int? {
        municipalities[number]?.record.fields.population?.value
    }
}

/// A sum of system costs together with how many systems had no cost, so that nobody takes
/// missing data for zero.
package struct CostSum: Sendable, Equatable {
    package var kroner: Double = 0
    /// Systems whose cost is registered.
    package var counted: Int = 0
    /// Systems with no cost registered.
    package var missing: Int = 0

    package init(kroner: Double = 0, counted: Int = 0, missing: Int = 0) {
        self.kroner = kroner
        self.counted = counted
        self.missing = missing
    }

    package mutating func add(_ cost: Money?, share: Double = 1) {
        if let cost {
            kroner += cost.kroner * share
            counted += 1
        } else {
            missing += 1
        }
    }

    package var systems: Int { counted + missing }
}

/// Figures for one scope (the site, a region, a municipality) as of the report date.
package struct Figures: Sendable {
    package let catalogue: Catalogue
    package let scope: Scope
    /// Member municipalities, by number.
    package let members: [String]

    /// Every published system of the scope, retired ones included, by key.
    package let allSystems: [ResolvedSystem]
    /// Systems in use (implementing, production, phase-out).
    package let systemsInUse: [ResolvedSystem]
    /// Systems that are not retired: in use, planned or being procured.
    package let currentSystems: [ResolvedSystem]

    package init(catalogue: Catalogue, scope: Scope) {
        self.catalogue = catalogue
        self.scope = scope
        members = catalogue.members(of: scope)
        // Reports read these lists many times; select them once.
        allSystems = members.flatMap { catalogue.systems(of: $0) }
        systemsInUse = allSystems.filter { $0.fields.lifecycle.status.isInUse }
        currentSystems = allSystems.filter { $0.fields.lifecycle.status != .retired }
    }

    package var reportDate: Day { catalogue.reportDate }

    package func population(_ number: String) -> Int? { catalogue.population(of: number) }

    /// The population of every member, or nil if any member lacks it.
    package var population: Int? {
        var total = 0
        for number in members {
            guard let population = population(number) else { return nil }
            total += population
        }
        return members.isEmpty ? nil : total
    }

    // MARK: Costs

    /// The yearly cost of systems in use, optionally only those matching `filter`.
    package func cost(of systems: [ResolvedSystem]) -> CostSum {
        var sum = CostSum()
        for system in systems { sum.add(system.fields.cost?.total) }
        return sum
    }

    package func cost(municipality number: String) -> CostSum {
        cost(of: catalogue.systems(of: number).filter { $0.fields.lifecycle.status.isInUse })
    }

    /// Cost per service area. A system serving several areas is split equally between them;
    /// systems without a service area are under the key "".
    package func costByServiceArea(_ systems: [ResolvedSystem]? = nil) -> [String: CostSum] {
        var sums: [String: CostSum] = [:]
        for system in systems ?? systemsInUse {
            let areas = (system.serviceAreas?.value ?? []).filter { catalogue.serviceAreas[$0] != nil }
            let keys = areas.isEmpty ? [""] : Array(Set(areas)).sorted()
            let share = 1 / Double(keys.count)
            for key in keys { sums[key, default: CostSum()].add(system.fields.cost?.total, share: share) }
        }
        return sums
    }

    /// Cost per vendor (the system's own or inherited vendor); systems without a vendor under "".
    package func costByVendor(_ systems: [ResolvedSystem]? = nil) -> [String: CostSum] {
        var sums: [String: CostSum] = [:]
        for system in systems ?? systemsInUse {
            let vendor = system.vendor?.value ?? ""
            sums[catalogue.vendors[vendor] == nil ? "" : vendor, default: CostSum()].add(system.fields.cost?.total)
        }
        return sums
    }

    /// Cost per product; systems without a catalogue product under "".
    package func costByProduct(_ systems: [ResolvedSystem]? = nil) -> [String: CostSum] {
        var sums: [String: CostSum] = [:]
        for system in systems ?? systemsInUse {
            let product = system.fields.product?.id ?? ""
            sums[catalogue.products[product] == nil ? "" : product, default: CostSum()].add(system.fields.cost?.total)
        }
        return sums
    }

    /// Kroner per inhabitant, or nil without a population.
    package static func perInhabitant(_ kroner: Double, population: Int?) -> Double? {
        guard let population, population > 0 else { return nil }
        return kroner / Double(population)
    }

    // MARK: Products and service areas

    /// For each product in use in the scope: the members' systems running it (not retired).
    package var systemsByProduct: [String: [LocalKey]] {
        var result: [String: [LocalKey]] = [:]
        for system in currentSystems {
            guard let product = system.fields.product?.id, catalogue.products[product] != nil else { continue }
            result[product, default: []].append(system.key)
        }
        return result.mapValues { $0.sorted() }
    }

    /// Products each member runs (systems not retired).
    package func products(of number: String) -> Set<String> {
        Self.products(of: number, in: catalogue)
    }

    static func products(of number: String, in catalogue: Catalogue) -> Set<String> {
        Set(catalogue.systems(of: number).compactMap(countedProduct).filter { catalogue.products[$0] != nil })
    }

    /// The product a system counts with among its municipality's products: none once retired.
    static func countedProduct(_ system: ResolvedSystem) -> String? {
        system.fields.lifecycle.status != .retired ? system.fields.product?.id : nil
    }

    /// Service areas in which the scope has systems or products, and each area's current systems.
    package var systemsByServiceArea: [String: [LocalKey]] {
        var result: [String: [LocalKey]] = [:]
        for system in currentSystems {
            for area in Set(system.serviceAreas?.value ?? []) where catalogue.serviceAreas[area] != nil {
                result[area, default: []].append(system.key)
            }
        }
        return result.mapValues { $0.sorted() }
    }

    /// Other municipalities of the scope ranked by how many products they share with `number`:
    /// most shared first, ties by number. Municipalities sharing nothing are left out.
    package func similar(to number: String) -> [(number: String, shared: [String])] {
        let mine = products(of: number)
        return members.filter { $0 != number }
            .map { other in (number: other, shared: mine.intersection(products(of: other)).sorted()) }
            .filter { !$0.shared.isEmpty }
            .sorted { $0.shared.count != $1.shared.count ? $0.shared.count > $1.shared.count : $0.number < $1.number }
    }

    /// `similar(to:)` for every member at once, each list cut to its first `limit`: the members'
    /// products are collected once and compared as bit sets, so the whole site costs about as
    /// much as one municipality's list did.
    package func similarity(limit: Int) -> [String: [(number: String, shared: [String])]] {
        let productSets = members.map { products(of: $0) }
        var index: [String: Int] = [:]
        for id in Set(productSets.joined()).sorted() { index[id] = index.count }
        let words = (index.count + 63) / 64
        let bits = productSets.map { products -> [UInt64] in
            var set = [UInt64](repeating: 0, count: words)
            for id in products { if let i = index[id] { set[i / 64] |= 1 << UInt64(i % 64) } }
            return set
        }
        var result: [String: [(number: String, shared: [String])]] = [:]
        for (mine, number) in members.enumerated() {
            var ranked: [(other: Int, count: Int)] = []
            for other in members.indices where other != mine {
                var count = 0
                for word in 0..<words { count += (bits[mine][word] & bits[other][word]).nonzeroBitCount }
                if count > 0 { ranked.append((other, count)) }
            }
            ranked.sort { $0.count != $1.count ? $0.count > $1.count : members[$0.other] < members[$1.other] }
            result[number] = ranked.prefix(limit).map { other, _ in
                (number: members[other], shared: productSets[mine].intersection(productSets[other]).sorted())
            }
        }
        return result
    }

    // MARK: Contracts

    /// The last day notice can be given: the end date less the notice period.
    package static func noticeDeadline(_ contract: Contract) -> Day? {
        guard let end = contract.end, let months = contract.noticeMonths?.value else { return nil }
        return end.adding(months: -months)
    }

    /// The scope's contracts, by key.
    package var contracts: [LocalKey] {
        members.flatMap { catalogue.contractsByMunicipality[$0] ?? [] }.filter { catalogue.contracts[$0] != nil }
    }

    /// Products a contract covers, through the systems it names or that name it.
    package func products(of contract: LocalKey) -> [String] {
        Array(Set(catalogue.systemsForContract(contract).compactMap { catalogue.systems[$0]?.fields.product?.id }
            .filter { catalogue.products[$0] != nil })).sorted()
    }

    // MARK: TIME

    package struct TimePlacement: Sendable {
        package var key: LocalKey
        package var functional: Int
        package var technical: Int
        package var time: TimeCategory
    }

    /// Systems in use with both fit scores, placed in their quadrant (from the scores, so the
    /// chart and the lists agree even where an editor wrote another TIME category).
    package var timePlacements: [TimePlacement] {
        systemsInUse.compactMap { system in
            guard let functional = system.fields.fit?.functional?.value, let technical = system.fields.fit?.technical?.value,
                  let time = Resolver.derivedTime(system.fields.fit) else { return nil }
            return TimePlacement(key: system.key, functional: functional, technical: technical, time: time)
        }
    }

    /// Systems in use without both fit scores.
    package var systemsWithoutFit: [LocalKey] {
        systemsInUse.filter { $0.fields.fit?.functional == nil || $0.fields.fit?.technical == nil }.map(\.key)
    }
}
