// The guide (veileder): pages of advice written in content/guide/. They are not records: they
// are not counted, have no JSON and are not in any catalogue, but they are read and checked
// with the same machinery, so an editor gets the same messages with file and line.

/// The phases a municipality goes through, from nothing to a maintained inventory. The
/// progress page places each municipality in one of them.
public enum GuidePhase: String, ClosedValue, Comparable {
    case establish, collect, analyse, strategy, decisionSupport = "decision-support", operate

    public static func < (a: GuidePhase, b: GuidePhase) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }

    /// 1 for the first phase.
    public var number: Int { (Self.allCases.firstIndex(of: self) ?? 0) + 1 }
}

/// The people who do the work, named on the guide's pages.
public enum GuideRole: String, ClosedValue {
    case owner, manager, dpo, archivist, architect, leader, procurement
}

/// content/guide/_index.md: the guide's front page.
public struct GuideIndexFields: Sendable, Codable {
    public var title: String
    public var summary: String?
}

/// content/guide/<id>.md: one page of the guide.
public struct GuidePageFields: Sendable, Codable {
    public var title: String
    /// Pages are shown in this order (lowest first); pages without come last, by id.
    public var order: Int?
    public var phase: GuidePhase?
    public var summary: String?
    public var roles: [GuideRole]?
    /// What must be done before the phase is over, shown as a checklist.
    public var checklist: [String]?
}

/// The guide as read from content/guide/: its front page (if written) and its pages in order.
public struct Guide: Sendable {
    public var index: Record<GuideIndexFields>?
    /// Sorted by `order`, then id.
    public var pages: [Record<GuidePageFields>] = []

    public init(index: Record<GuideIndexFields>? = nil, pages: [Record<GuidePageFields>] = []) {
        self.index = index
        self.pages = pages.sorted { ($0.fields.order ?? Int.max, $0.id) < ($1.fields.order ?? Int.max, $1.id) }
    }

    public func page(_ id: String) -> Record<GuidePageFields>? {
        pages.first { $0.id == id }
    }

    /// The page about a phase, when the guide has one.
    public func page(for phase: GuidePhase) -> Record<GuidePageFields>? {
        pages.first { $0.fields.phase == phase }
    }

    /// Ids the guide's own pages use below /veileder/, which no content file may take.
    public static let reservedIds: Set<String> = [progressFolder]
    public static let progressFolder = "fremdrift"
}
