import Basics
import FrontMatter
import OrdenModel
import OrdenSource

// What needs attention, by date and owner: `orden due`, the calendar feeds and the "Til
// oppfølging" page read the same list.

/// One thing to follow up: a dated obligation of a record, or one that is due now and has no date
/// (a record never reviewed, a DPIA required and not carried out).
package struct DueItem: Sendable, Hashable {
    package enum Kind: String, Sendable, CaseIterable {
        /// The last day notice can be given: the contract's end less its notice period.
        case noticeDeadline = "notice-deadline"
        case contractEnd = "contract-end"
        /// The record's `reviewed` date plus the review interval, or never reviewed.
        case review
        /// A DPIA required and not carried out, or not assessed for special categories (GDPR art. 35(1)).
        case impactAssessment = "dpia"
        /// A system with confidentiality or integrity 3–4 whose risk assessment is more than 12
        /// months old (internal: the assessment date is an internal field).
        case riskAssessment = "risk-assessment"
        /// A system's planned end of life.
        case endOfLife = "end-of-life"
        case initiativeStart = "initiative-start"
        case initiativeEnd = "initiative-end"
    }

    package enum Subject: Sendable, Hashable, Comparable {
        case local(RecordKind, LocalKey)
        case initiative(InitiativeKey)

        package static func < (a: Subject, b: Subject) -> Bool { a.sortKey < b.sortKey }
        private var sortKey: String {
            switch self {
            case .local(let kind, let key): "\(key.municipality)/\(kind.rawValue)/\(key.id)"
            case .initiative(let key): "\(key)/initiative"
            }
        }

        /// The municipality the record belongs to; nil for a region's initiative.
        package var municipality: String? {
            switch self {
            case .local(_, let key): key.municipality
            case .initiative(let key): if case .municipality(let number) = key.owner { number } else { nil }
            }
        }
    }

    /// The day it falls due; nil when it is due now and has no date of its own.
    package var date: Day?
    package var kind: Kind
    package var subject: Subject
    /// Who answers for it: the record's owner (systemeier, contract or initiative owner, a
    /// dataset's contact); nil when the record names none.
    package var owner: String?

    /// Whether the day has passed (or there is no date) as of `day`.
    package func isOverdue(on day: Day) -> Bool { date.map { $0 < day } ?? true }
}

extension Figures {
    /// Everything of the scope that falls due up to `within` days after the report date, and
    /// everything overdue: undated items first, then by date, kind and record.
    ///
    /// Overdue means: a notice deadline passed while the contract has not ended, a review or risk
    /// assessment past its date, an end of life passed by a system still in use, an initiative
    /// past its end and not done or stopped. Contracts that have ended, retired systems and
    /// initiatives done or stopped have nothing due.
    package func due(within days: Int) -> [DueItem] {
        let today = reportDate, horizon = reportDate.adding(days: days)
        var items: [DueItem] = []
        func add(_ date: Day?, _ kind: DueItem.Kind, _ subject: DueItem.Subject, _ owner: String?, overdueToo: Bool = true) {
            if let date {
                guard date <= horizon, overdueToo || date >= today else { return }
            }
            items.append(DueItem(date: date, kind: kind, subject: subject, owner: owner?.nonBlank))
        }
        let reviewMonths = catalogue.site.reviewMonths
        func reviewDue(_ reviewed: Day?) -> Day? { reviewed?.adding(months: reviewMonths) }

        // Contracts that have not ended.
        for key in contracts {
            guard let contract = catalogue.contracts[key]?.fields else { continue }
            let subject = DueItem.Subject.local(.contract, key)
            if let end = contract.end {
                guard end >= today else { continue }
                add(end, .contractEnd, subject, contract.owner)
                if let deadline = Self.noticeDeadline(contract) { add(deadline, .noticeDeadline, subject, contract.owner) }
            }
            // A review that would fall due after the contract has ended is not asked for.
            if let review = reviewDue(contract.reviewed), let end = contract.end, review > end { continue }
            add(reviewDue(contract.reviewed), .review, subject, contract.owner)
        }
        // Systems that are not retired.
        for system in currentSystems {
            let fields = system.fields
            let subject = DueItem.Subject.local(.system, system.key)
            if let end = fields.lifecycle.endOfLife {
                // Passed: overdue only while the system is still in use.
                add(end, .endOfLife, subject, fields.owner, overdueToo: fields.lifecycle.status.isInUse)
            }
            add(reviewDue(fields.reviewed), .review, subject, fields.owner)
        }
        // Risk assessments: internal data, so only in the internal build's catalogue.
        for key in securityGapsAndDueAssessments {
            let fields = catalogue.systems[key]?.fields
            add(fields?.lastRiskAssessment?.adding(months: 12), .riskAssessment, .local(.system, key), fields?.owner)
        }
        for key in members.flatMap({ catalogue.datasetsByMunicipality[$0] ?? [] }) {
            guard let fields = catalogue.datasets[key]?.fields else { continue }
            add(reviewDue(fields.reviewed), .review, .local(.dataset, key), fields.contact?.name)
        }
        for key in processing {
            guard let fields = catalogue.processing[key]?.fields else { continue }
            let subject = DueItem.Subject.local(.processing, key)
            if fields.impactAssessment.isOpen { add(nil, .impactAssessment, subject, nil) }
            add(reviewDue(fields.reviewed), .review, subject, nil)
        }
        for key in initiatives {
            guard let fields = catalogue.initiatives[key]?.fields, fields.status != .done && fields.status != .stopped else { continue }
            let subject = DueItem.Subject.initiative(key)
            // A start not yet reached; one passed while the initiative is still only proposed or approved.
            if let start = fields.start { add(start, .initiativeStart, subject, fields.owner, overdueToo: fields.status != .ongoing) }
            if let end = fields.end { add(end, .initiativeEnd, subject, fields.owner) }
        }
        return items.sorted { a, b in
            switch (a.date, b.date) {
            case (nil, .some): return true
            case (.some, nil): return false
            case (let x?, let y?) where x != y: return x < y
            default: return (a.kind.order, a.subject) < (b.kind.order, b.subject)
            }
        }
    }

    /// Systems whose classification asks for a yearly risk assessment (confidentiality or
    /// integrity 3 or 4) and that have one on record or none: every one of them has one due.
    private var securityGapsAndDueAssessments: [LocalKey] {
        guard catalogue.audience == .internal else { return [] }
        return systemsInUse.filter { system in
            max(system.fields.classification?.confidentiality?.value ?? 0, system.fields.classification?.integrity?.value ?? 0) >= 3
        }.map(\.key)
    }
}

extension DueItem.Kind {
    /// The order kinds of the same day are listed in: the most pressing first.
    var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}

extension String {
    fileprivate var nonBlank: String? {
        let trimmed = trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
