import Basics
import FrontMatter
import OrdenModel
import OrdenSource

// What lies ahead: the roadmap of dates and the action plan with its budget.

/// A dated event on the roadmap.
package struct RoadmapEvent: Sendable, Equatable {
    package enum Kind: Sendable, Equatable { case phaseOut, endOfLife, contractEnd, noticeDeadline }
    package enum Subject: Sendable, Equatable { case system(LocalKey), contract(LocalKey) }
    package var date: Day
    package var kind: Kind
    package var subject: Subject
}

extension Figures {
    /// The months the roadmap covers.
    package static let roadmapMonths = 36

    /// Events from the report date up to (not including) 36 months later, by date. A system being
    /// phased out shows its end of life as a phase-out; other systems' end-of-life dates as such.
    /// Notice deadlines already passed whose contract has not ended are included, dated as they are,
    /// since they are the most urgent.
    package var roadmap: [RoadmapEvent] {
        let start = reportDate, end = reportDate.adding(months: Self.roadmapMonths)
        func inWindow(_ day: Day) -> Bool { start <= day && day < end }
        var events: [RoadmapEvent] = []
        for system in currentSystems {
            guard let date = system.fields.lifecycle.endOfLife, inWindow(date) else { continue }
            let kind: RoadmapEvent.Kind = system.fields.lifecycle.status == .phaseOut ? .phaseOut : .endOfLife
            events.append(RoadmapEvent(date: date, kind: kind, subject: .system(system.key)))
        }
        for key in contracts {
            guard let contract = catalogue.contracts[key]?.fields, let contractEnd = contract.end, contractEnd >= start else { continue }
            if inWindow(contractEnd) { events.append(RoadmapEvent(date: contractEnd, kind: .contractEnd, subject: .contract(key))) }
            if let deadline = Self.noticeDeadline(contract), deadline < end {
                events.append(RoadmapEvent(date: deadline, kind: .noticeDeadline, subject: .contract(key)))
            }
        }
        return events.sorted { ($0.date, order($0)) < ($1.date, order($1)) }
    }

    private func order(_ event: RoadmapEvent) -> String {
        switch event.subject {
        case .system(let key): "s\(key)"
        case .contract(let key): "c\(key)"
        }
    }

    // MARK: Initiatives

    /// The initiatives of the scope: a municipality's own, or for a region and the site also
    /// every member's and the regions' shared ones.
    package var initiatives: [InitiativeKey] {
        var owners: [Scope]
        switch scope {
        case .municipality: owners = [scope]
        case .region(let slug): owners = [.region(slug)] + members.map(Scope.municipality)
        case .site: owners = catalogue.sortedRegions.map { .region($0.slug) } + members.map(Scope.municipality)
        }
        return owners.flatMap { catalogue.initiativesByOwner[$0] ?? [] }.filter { catalogue.initiatives[$0] != nil }
    }

    /// Initiatives that will change the portfolio: approved or under way.
    package static func isCommitted(_ status: InitiativeStatus) -> Bool { status == .approved || status == .ongoing }

    /// Budget per year of the scope's initiatives that are not stopped.
    package var budgetByYear: [Int: (investment: Double, running: Double)] {
        var result: [Int: (investment: Double, running: Double)] = [:]
        for key in initiatives {
            guard let fields = catalogue.initiatives[key]?.fields, fields.status != .stopped else { continue }
            for line in fields.budget ?? [] {
                var sum = result[line.year.value] ?? (0, 0)
                sum.investment += line.investment?.kroner ?? 0
                sum.running += line.running?.kroner ?? 0
                result[line.year.value] = sum
            }
        }
        return result
    }

    /// Total budget (all years) of the initiatives that are not stopped, per service area; an
    /// initiative with several areas is split equally, one with none is under "".
    package var budgetByServiceArea: [String: Double] {
        var result: [String: Double] = [:]
        for key in initiatives {
            guard let fields = catalogue.initiatives[key]?.fields, fields.status != .stopped else { continue }
            let total = (fields.budget ?? []).reduce(0) { $0 + $1.total }
            let areas = Array(Set((fields.serviceAreas ?? []).map(\.id).filter { catalogue.serviceAreas[$0] != nil })).sorted()
            let keys = areas.isEmpty ? [""] : areas
            for area in keys { result[area, default: 0] += total / Double(keys.count) }
        }
        return result
    }

    /// The portfolio after the committed initiatives: systems in use, less those they replace or
    /// retire, plus those they add (systems not yet in use, and products as new systems).
    package struct FuturePortfolio: Sendable, Equatable {
        package var kept: [LocalKey]
        package var removed: [LocalKey]
        package var addedSystems: [LocalKey]
        package var addedProducts: [String]
        package var count: Int { kept.count + addedSystems.count + addedProducts.count }
    }

    package var futurePortfolio: FuturePortfolio {
        var removed: Set<LocalKey> = [], added: Set<LocalKey> = [], products: Set<String> = []
        let memberSet = Set(members)
        for key in initiatives {
            guard let initiative = catalogue.initiatives[key], Self.isCommitted(initiative.fields.status) else { continue }
            for (system, change) in initiative.systemChanges(owner: key.owner) where memberSet.contains(system.municipality) {
                if change == .adds { added.insert(system) } else { removed.insert(system) }
            }
            for target in initiative.fields.systems?.adds ?? [] {
                if case .product(let id) = target.kind, catalogue.products[id] != nil { products.insert(id) }
            }
        }
        let inUse = Set(systemsInUse.map(\.key))
        let addedSystems = added.filter { catalogue.systems[$0] != nil && !inUse.contains($0) }
        return FuturePortfolio(kept: inUse.subtracting(removed).sorted(), removed: inUse.intersection(removed).sorted(),
                               addedSystems: addedSystems.subtracting(removed).sorted(), addedProducts: products.sorted())
    }
}
