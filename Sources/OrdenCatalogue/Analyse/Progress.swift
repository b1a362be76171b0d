import OrdenModel
import OrdenSource

/// How far a municipality has come with its inventory: what it has registered, how complete it
/// is, and which phase of the guide it has reached. Counted from the catalogue, which holds only
/// what the build's audience may see, so the public figures never count an internal record.
package struct Progress: Sendable, Equatable {
    package var municipality: String
    package var systems = 0
    package var datasets = 0
    package var processing = 0
    package var contracts = 0
    /// The municipality's own initiatives (a region's shared ones are not counted).
    package var initiatives = 0
    /// Systems in production, being implemented or being phased out.
    package var systemsInUse = 0
    /// Systems in use with both fit scores (functional and technical), the base of the TIME analysis.
    package var systemsWithFit = 0
    /// Systems in use with a yearly cost.
    package var systemsWithCost = 0
    /// The average completeness of the municipality's systems, 0–100; nil without systems.
    package var systemCompleteness: Int?
    /// Initiatives that are not stopped.
    package var activeInitiatives = 0
    /// Initiatives approved, ongoing or done: decisions made.
    package var decidedInitiatives = 0
    /// Systems, datasets, processing activities and contracts, and how many of them were reviewed
    /// in the 12 months before the report date.
    package var records = 0
    package var reviewedRecords = 0

    package static func of(_ number: String, in catalogue: Catalogue) -> Progress {
        var progress = Progress(municipality: number)
        let systems = catalogue.systems(of: number)
        let inUse = systems.filter { $0.fields.lifecycle.status.isInUse }
        let datasets = (catalogue.datasetsByMunicipality[number] ?? []).compactMap { catalogue.datasets[$0] }
        let processing = (catalogue.processingByMunicipality[number] ?? []).compactMap { catalogue.processing[$0] }
        let contracts = (catalogue.contractsByMunicipality[number] ?? []).compactMap { catalogue.contracts[$0] }
        let initiatives = (catalogue.initiativesByOwner[.municipality(number)] ?? []).compactMap { catalogue.initiatives[$0] }
        progress.systems = systems.count
        progress.datasets = datasets.count
        progress.processing = processing.count
        progress.contracts = contracts.count
        progress.initiatives = initiatives.count
        progress.systemsInUse = inUse.count
        progress.systemsWithFit = inUse.filter { $0.fields.fit?.functional != nil && $0.fields.fit?.technical != nil }.count
        progress.systemsWithCost = inUse.filter { $0.fields.cost?.total != nil }.count
        if !systems.isEmpty {
            progress.systemCompleteness = systems.reduce(0) { $0 + Completeness.of($1, audience: catalogue.audience).percent } / systems.count
        }
        progress.activeInitiatives = initiatives.filter { $0.fields.status != .stopped }.count
        progress.decidedInitiatives = initiatives.filter { [.approved, .ongoing, .done].contains($0.fields.status) }.count
        let limit = catalogue.reportDate.adding(months: -catalogue.site.reviewMonths)
        let reviewed = systems.map(\.fields.reviewed) + datasets.map(\.fields.reviewed) + processing.map(\.fields.reviewed) + contracts.map(\.fields.reviewed)
        progress.records = reviewed.count
        progress.reviewedRecords = reviewed.filter { $0.map { $0 >= limit } ?? false }.count
        return progress
    }

    /// Whether the municipality meets the rule of one phase, on its own. The README lists the rules.
    package func meets(_ phase: GuidePhase) -> Bool {
        switch phase {
        case .establish: true
        case .collect: systems > 0
        case .analyse: systemsInUse > 0 && systemsWithFit * 2 >= systemsInUse
        case .strategy: activeInitiatives > 0
        case .decisionSupport: decidedInitiatives > 0 && contracts > 0 && systemsWithCost * 2 >= systemsInUse
        case .operate: records > 0 && reviewedRecords * 5 >= records * 4
        }
    }

    /// The last phase whose rule is met together with the rules of every phase before it.
    package var phase: GuidePhase {
        next.flatMap { next in GuidePhase.allCases.last { $0 < next } } ?? .operate
    }

    /// The first phase whose rule is not met; nil when every rule is.
    package var next: GuidePhase? {
        GuidePhase.allCases.first { !meets($0) }
    }
}
