// View models: what templates receive. Every string here is plain text that the template
// escapes; the only HTML is `bodyHTML`, produced by the Markdown stage. Links are decided here,
// once, from content that has passed the http/https/mailto check.

public struct Link: Sendable {
    public var text: String
    public var href: String
}

public struct NavItem: Sendable {
    public var text: String
    public var href: String
    public var current: Bool
}

/// One cell of a table: text, optionally a link, optionally a small label after it.
public struct Cell: Sendable {
    public var text: String
    public var href: String?
    public var note: String?
    public var numeric: Bool
    /// The raw number behind a formatted figure, for the CSV and JSON copies of the table.
    public var number: Double?
    /// The value as machines read it (an ISO date), for the CSV and JSON copies, when it is not the text.
    public var export: String?

    public init(_ text: String, href: String? = nil, note: String? = nil, numeric: Bool = false, number: Double? = nil) {
        self.text = text
        self.href = href
        self.note = note
        self.numeric = numeric || number != nil
        self.number = number
    }
}

public struct Column: Sendable {
    public var label: String
    public var numeric: Bool
    public init(_ label: String, numeric: Bool = false) {
        self.label = label
        self.numeric = numeric
    }
}

/// A table row. The first cell is the row's header (`<th scope="row">`).
public struct Row: Sendable {
    public var head: Cell?
    public var rest: [Cell]
    /// `data-*` attributes for client-side filtering (name without the `data-` prefix).
    public var data: [Link] = []

    public init(cells: [Cell]) {
        head = cells.first
        rest = Array(cells.dropFirst())
    }

    public var cells: [Cell] { (head.map { [$0] } ?? []) + rest }
}

public struct Table: Sendable {
    /// Doubles as the file name of the table's CSV and JSON copies.
    public var id: String = ""
    public var caption: String
    public var columns: [Column]
    public var rows: [Row]

    public init(caption: String, columns: [Column], rows: [[Cell]]) {
        self.caption = caption
        self.columns = columns
        self.rows = rows.map { Row(cells: $0) }
    }

    public var isEmpty: Bool { rows.isEmpty }
}

/// A fact on a record page: a label and one or more values. `inherited` marks facts that come
/// from the shared catalogue rather than the record's own file.
public struct Fact: Sendable {
    public var label: String
    public var values: [Cell]
    public var inherited: Bool

    public init(_ label: String, _ values: [Cell], inherited: Bool = false) {
        self.label = label
        self.values = values
        self.inherited = inherited
    }

    public init(_ label: String, _ value: Cell, inherited: Bool = false) {
        self.init(label, [value], inherited: inherited)
    }
}

/// A titled part of a page, with a table or a note that there is nothing to show.
public struct Section: Sendable {
    public var id: String
    public var heading: String
    /// A sentence under the heading. Not named `intro`: Mustache would find a page's intro
    /// through the context stack when a section has none.
    public var summary: String?
    public var table: Table?
    public var empty: String?
    /// An inline SVG chart drawn from the same numbers as the table (markup made by `Charts`).
    public var chart: String?
    /// The file name of the table's CSV and JSON copies, when it is exported (its id is set).
    public var exportId: String?

    public init(id: String, heading: String, intro: String? = nil, table: Table, empty: String, chart: String? = nil) {
        self.id = id
        self.heading = heading
        self.summary = intro
        self.chart = table.isEmpty ? nil : chart
        if table.isEmpty {
            self.table = nil
            self.empty = empty
            self.exportId = nil
        } else {
            self.table = table
            self.empty = nil
            self.exportId = table.id.isEmpty ? nil : table.id
        }
    }

    /// A section whose table is also published as `<exportId>.csv` and `.json` beside the page.
    public init(id: String, heading: String, intro: String? = nil, exporting exportId: String, table: Table, empty: String, chart: String? = nil) {
        var table = table
        table.id = exportId
        self.init(id: id, heading: heading, intro: intro, table: table, empty: empty, chart: chart)
    }
}

/// What every page shares: the frame around the content.
public struct Layout: Sendable {
    public var lang: String
    public var siteTitle: String
    public var pageTitle: String
    public var description: String?
    public var root: String
    public var homeHref: String
    public var stylesheetHref: String
    public var nav: [NavItem]
    public var breadcrumbs: [Link] { didSet { hasBreadcrumbs = !breadcrumbs.isEmpty } }
    public var hasBreadcrumbs: Bool
    public var notice: String?
    public var canonical: String?
    /// Other forms of the page (`<link rel="alternate">`): its JSON, a catalogue's Turtle …
    public var alternates: [Alternate] = []
    public var generator: String
    /// The internal build: every page says so and asks search engines to stay away.
    public var isInternal: Bool = false
    /// "Sist endret 26. november 2026 av Kari Nordmann", for a record's page when git knows it.
    public var lastChanged: String? = nil
    /// "Rediger denne siden", "Foreslå et nytt system her": links to the forge.
    public var editLinks: [Link] = []
    public var hasPageInfo: Bool { lastChanged != nil || !editLinks.isEmpty }
    /// The changes page and its feed, when there is history.
    public var changesHref: String? = nil
    public var changesFeedHref: String? = nil
    /// The search page, which the search box in the header sends its query to.
    public var searchHref: String = ""
    /// The language the records' own text is written in, when it is not the page's: the `lang` of that text.
    public var contentLang: String? = nil
}

/// A machine-readable form of a page, linked from its head.
public struct Alternate: Sendable {
    /// The media type, e.g. application/json.
    public var type: String
    /// Relative to the page.
    public var href: String
    public var title: String

    public init(type: String, href: String, title: String) {
        self.type = type
        self.href = href
        self.title = title
    }
}

public struct Badge: Sendable {
    public var text: String
    public var tone: String

    /// On a record marked visibility: internal, which only the internal build shows.
    static let internalRecord = Badge(text: "Intern", tone: "warn")
}

/// A page about one record.
public struct RecordPage: Sendable {
    public var layout: Layout
    public var kindLabel: String
    public var heading: String
    public var lead: String?
    public var badges: [Badge]
    public var hasBadges: Bool
    public var facts: [Fact]
    public var hasFacts: Bool
    public var hasInherited: Bool
    public var inheritedFrom: Link?
    public var bodyHTML: String?
    public var bodyHeading: String
    public var bodyInherited: Bool
    public var sections: [Section]
}

/// A report or comparison: a scope's figures in sections, with links to the scope's other reports.
public struct ReportPage: Sendable {
    public var layout: Layout
    /// "Rapport" or "Sammenligning", over the heading.
    public var kindLabel: String
    public var heading: String
    public var intro: String?
    /// "Rapportdato: 1. november 2026" and what the figures cover.
    public var meta: [String]
    /// The other reports of the same scope, and other scopes.
    public var tabs: [NavItem]
    public var hasTabs: Bool { !tabs.isEmpty }
    public var sections: [Section]
}

/// A page that lists records.
public struct ListPage: Sendable {
    public var layout: Layout
    public var heading: String
    public var intro: String?
    public var sections: [Section]
    public var alternateLinks: [Link]
    public var hasAlternateLinks: Bool { !alternateLinks.isEmpty }
    /// Filter links (one generated page per value), shown above the sections.
    public var filters: [FilterGroup] = []
    public var hasFilters: Bool { !filters.isEmpty }
    /// Machine-readable forms of what the page lists (the DCAT catalogue).
    public var machineReadable: [Link] = []
    public var hasMachineReadable: Bool { !machineReadable.isEmpty }
}

/// One dimension to filter a list by, with a link per value.
public struct FilterGroup: Sendable {
    public var id: String
    public var label: String
    public var options: [FilterOption]
}

public struct FilterOption: Sendable {
    public var text: String
    /// The value as written in the rows' data attribute.
    public var value: String
    public var href: String
    public var count: Int
    public var current: Bool
}

public struct Statistic: Sendable {
    public var label: String
    public var value: String
    public var href: String
}

public struct HomePage: Sendable {
    public var layout: Layout
    public var heading: String
    public var intro: String?
    public var statistics: [Statistic]
    public var sections: [Section]
}

public struct NotFoundPage: Sendable {
    public var layout: Layout
    public var heading: String
}

/// The search page: a form that the script fills with results from the index as one types, and
/// without JavaScript the lists where every record can be found.
public struct SearchPage: Sendable {
    public var layout: Layout
    public var heading: String
    public var indexHref: String
    public var scriptHref: String
    /// The kinds of record, for the filter by kind.
    public var kinds: [Link]
    public var lists: [Link]
}
