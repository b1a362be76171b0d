// The guide (veileder): pages of advice written in content/guide/. They are not records: they
// are not counted, have no JSON and are not in any catalogue, but they are read and checked
// with the same machinery, so an editor gets the same messages with file and line.

/// The phases a municipality goes through, from nothing to a maintained inventory. The
/// progress page places each municipality in one of them.
package enum GuidePhase: String, ClosedValue, Comparable {
    case establish, collect, analyse, strategy, decisionSupport = "decision-support", operate

    package static func < (a: GuidePhase, b: GuidePhase) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }

    /// 1 for the first phase.
    package var number: Int { (Self.allCases.firstIndex(of: self) ?? 0) + 1 }
}

/// The people who do the work, named on the guide's pages.
package enum GuideRole: String, ClosedValue {
    case owner, manager, dpo, archivist, architect, leader, procurement
}

/// content/guide/_index.md: the guide's front page.
package struct GuideIndexFields: Sendable, Codable {
    package var title: String
    package var summary: String?
}

/// content/guide/<id>.md: one page of the guide.
package struct GuidePageFields: Sendable, Codable {
    package var title: String
    /// Pages are shown in this order (lowest first); pages without come last, by id.
    package var order: Int?
    package var phase: GuidePhase?
    package var summary: String?
    package var roles: [GuideRole]?
    /// What must be done before the phase is over, shown as a checklist.
    package var checklist: [String]?
}

/// The guide as read from content/guide/: its front page (if written) and its pages in order.
package struct Guide: Sendable {
    package var index: Record<GuideIndexFields>?
    /// Sorted by `order`, then id.
    package var pages: [Record<GuidePageFields>] = []

    package init(index: Record<GuideIndexFields>? = nil, pages: [Record<GuidePageFields>] = []) {
        self.index = index
        self.pages = pages.sorted { ($0.fields.order ?? Int.max, $0.id) < ($1.fields.order ?? Int.max, $1.id) }
    }

    package func page(_ id: String) -> Record<GuidePageFields>? {
        pages.first { $0.id == id }
    }

    /// The page about a phase, when the guide has one.
    package func page(for phase: GuidePhase) -> Record<GuidePageFields>? {
        pages.first { $0.fields.phase == phase }
    }

    /// Ids the guide's own pages use below /veileder/, which no content file may take.
    package static let reservedIds: Set<String> = [progressFolder]
    package static let progressFolder = "fremdrift"
}
