import Basics
import FrontMatter
import Mustache
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSource

// View models: what templates receive. A template looks a value up by name, and a view model
// answers with a `TemplateValue` the renderer switches on: no reflection and no casts. The answers
// are generated from the declarations below (Plugins/TemplateBindings): each property of a
// `TemplateObject` by its Swift name, but those marked "(not in templates)"; any other name, and an
// optional without a value, is `.missing`, and the lookup goes on down the context stack.
//
// View models: what templates receive. Every string here is plain text that the template
// escapes; the only HTML is `bodyHTML`, produced by the Markdown stage. Links are decided here,
// once, from content that has passed the http/https/mailto check.

package struct Link: Sendable, TemplateObject {
    package var text: String
    package var href: String
}

package struct NavItem: Sendable, TemplateObject {
    package var text: String
    package var href: String
    package var current: Bool
}

/// One cell of a table: text, optionally a link, optionally a small label after it.
package struct Cell: Sendable, TemplateObject {
    package var text: String
    package var href: String?
    package var note: String?
    package var numeric: Bool
    /// The raw number behind a formatted figure, for the CSV and JSON copies of the table (not in templates).
    package var number: Double?
    /// The value as machines read it (an ISO date), for the CSV and JSON copies, when it is not the text (not in templates).
    package var export: String?

    package init(_ text: String, href: String? = nil, note: String? = nil, numeric: Bool = false, number: Double? = nil) {
        self.text = text
        self.href = href
        self.note = note
        self.numeric = numeric || number != nil
        self.number = number
    }
}

package struct Column: Sendable, TemplateObject {
    package var label: String
    package var numeric: Bool
    package init(_ label: String, numeric: Bool = false) {
        self.label = label
        self.numeric = numeric
    }
}

/// A table row. The first cell is the row's header (`<th scope="row">`).
package struct Row: Sendable, TemplateObject {
    package var head: Cell?
    package var rest: [Cell]
    /// `data-*` attributes for client-side filtering (name without the `data-` prefix).
    package var data: [Link] = []

    package init(cells: [Cell]) {
        head = cells.first
        rest = Array(cells.dropFirst())
    }

    /// All the cells, the head first (not in templates).
    package var cells: [Cell] { (head.map { [$0] } ?? []) + rest }
}

package struct Table: Sendable, TemplateObject {
    /// Doubles as the file name of the table's CSV and JSON copies (not in templates).
    package var id: String = ""
    package var caption: String
    package var columns: [Column]
    package var rows: [Row]

    package init(caption: String, columns: [Column], rows: [[Cell]]) {
        self.caption = caption
        self.columns = columns
        self.rows = rows.map { Row(cells: $0) }
    }

    /// Whether the table has no rows (not in templates).
    package var isEmpty: Bool { rows.isEmpty }
}

/// A fact on a record page: a label and one or more values. `inherited` marks facts that come
/// from the shared catalogue rather than the record's own file.
package struct Fact: Sendable, TemplateObject {
    package var label: String
    package var values: [Cell]
    package var inherited: Bool

    package init(_ label: String, _ values: [Cell], inherited: Bool = false) {
        self.label = label
        self.values = values
        self.inherited = inherited
    }

    package init(_ label: String, _ value: Cell, inherited: Bool = false) {
        self.init(label, [value], inherited: inherited)
    }
}

/// A titled part of a page, with a table or a note that there is nothing to show.
package struct Section: Sendable, TemplateObject {
    package var id: String
    package var heading: String
    /// A sentence under the heading. Not named `intro`: Mustache would find a page's intro
    /// through the context stack when a section has none.
    package var summary: String?
    package var table: Table?
    package var empty: String?
    /// An inline SVG chart drawn from the same numbers as the table (markup made by `Charts`).
    package var chart: String?
    /// The file name of the table's CSV and JSON copies, when it is exported (its id is set).
    package var exportId: String?

    package init(id: String, heading: String, intro: String? = nil, table: Table, empty: String, chart: String? = nil) {
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
    package init(id: String, heading: String, intro: String? = nil, exporting exportId: String, table: Table, empty: String, chart: String? = nil) {
        var table = table
        table.id = exportId
        self.init(id: id, heading: heading, intro: intro, table: table, empty: empty, chart: chart)
    }
}

/// What every page shares: the frame around the content.
package struct Layout: Sendable, TemplateObject {
    package var lang: String
    package var siteTitle: String
    package var pageTitle: String
    package var description: String?
    package var root: String
    package var homeHref: String
    package var stylesheetHref: String
    package var nav: [NavItem]
    package var breadcrumbs: [Link] { didSet { hasBreadcrumbs = !breadcrumbs.isEmpty } }
    package var hasBreadcrumbs: Bool
    package var notice: String?
    package var canonical: String?
    /// Other forms of the page (`<link rel="alternate">`): its JSON, a catalogue's Turtle …
    package var alternates: [Alternate] = []
    package var generator: String
    /// The internal build: every page says so and asks search engines to stay away.
    package var isInternal: Bool = false
    /// "Sist endret 26. november 2026 av Kari Nordmann", for a record's page when git knows it.
    package var lastChanged: String? = nil
    /// "Rediger denne siden", "Foreslå et nytt system her": links to the forge.
    package var editLinks: [Link] = []
    package var hasPageInfo: Bool { lastChanged != nil || !editLinks.isEmpty }
    /// The changes page and its feed, when there is history.
    package var changesHref: String? = nil
    package var changesFeedHref: String? = nil
    /// The search page, which the search box in the header sends its query to.
    package var searchHref: String = ""
    /// The language the records' own text is written in, when it is not the page's: the `lang` of that text.
    package var contentLang: String? = nil
}

/// A machine-readable form of a page, linked from its head.
package struct Alternate: Sendable, TemplateObject {
    /// The media type, e.g. application/json.
    package var type: String
    /// Relative to the page.
    package var href: String
    package var title: String

    package init(type: String, href: String, title: String) {
        self.type = type
        self.href = href
        self.title = title
    }
}

package struct Badge: Sendable, TemplateObject {
    package var text: String
    package var tone: String

    /// On a record marked visibility: internal, which only the internal build shows.
    static func internalRecord(_ text: UIText) -> Badge { Badge(text: text[.record.internalBadge], tone: "warn") }
}

/// A page about one record.
package struct RecordPage: Sendable, TemplateObject {
    package var layout: Layout
    package var kindLabel: String
    package var heading: String
    package var lead: String?
    package var badges: [Badge]
    package var hasBadges: Bool
    package var facts: [Fact]
    package var hasFacts: Bool
    package var hasInherited: Bool
    package var inheritedFrom: Link?
    package var bodyHTML: String?
    package var bodyHeading: String
    package var bodyInherited: Bool
    package var sections: [Section]
}

/// A report or comparison: a scope's figures in sections, with links to the scope's other reports.
package struct ReportPage: Sendable, TemplateObject {
    package var layout: Layout
    /// "Rapport" or "Sammenligning", over the heading.
    package var kindLabel: String
    package var heading: String
    package var intro: String?
    /// "Rapportdato: 1. november 2026" and what the figures cover.
    package var meta: [String]
    /// The other reports of the same scope, and other scopes.
    package var tabs: [NavItem]
    package var hasTabs: Bool { !tabs.isEmpty }
    package var sections: [Section]
}

/// A page that lists records.
package struct ListPage: Sendable, TemplateObject {
    package var layout: Layout
    package var heading: String
    package var intro: String?
    package var sections: [Section]
    package var alternateLinks: [Link]
    package var hasAlternateLinks: Bool { !alternateLinks.isEmpty }
    /// Filter links (one generated page per value), shown above the sections.
    package var filters: [FilterGroup] = []
    package var hasFilters: Bool { !filters.isEmpty }
    /// Machine-readable forms of what the page lists (the DCAT catalogue).
    package var machineReadable: [Link] = []
    package var hasMachineReadable: Bool { !machineReadable.isEmpty }
}

/// One dimension to filter a list by, with a link per value.
package struct FilterGroup: Sendable, TemplateObject {
    package var id: String
    package var label: String
    package var options: [FilterOption]
}

package struct FilterOption: Sendable, TemplateObject {
    package var text: String
    /// The value as written in the rows' data attribute.
    package var value: String
    package var href: String
    package var count: Int
    package var current: Bool
}

package struct Statistic: Sendable, TemplateObject {
    package var label: String
    package var value: String
    package var href: String
}

package struct HomePage: Sendable, TemplateObject {
    package var layout: Layout
    package var heading: String
    package var intro: String?
    package var statistics: [Statistic]
    package var sections: [Section]
}

package struct NotFoundPage: Sendable, TemplateObject {
    package var layout: Layout
    package var heading: String
}

/// The search page: a form that the script fills with results from the index as one types, and
/// without JavaScript the lists where every record can be found.
package struct SearchPage: Sendable, TemplateObject {
    package var layout: Layout
    package var heading: String
    package var indexHref: String
    package var scriptHref: String
    /// The kinds of record, for the filter by kind.
    package var kinds: [Link]
    package var lists: [Link]
}
