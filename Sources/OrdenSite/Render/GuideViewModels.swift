import Basics
import FrontMatter
import Mustache
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import RDF

/// A page of the guide, or its front page with the table of contents. Plain text everywhere
/// but `bodyHTML`, which comes from the Markdown stage.
package struct GuideView: Sendable, TemplateObject {
    package var layout: Layout
    package var kindLabel: String
    package var heading: String
    package var lead: String?
    /// "Fase 2 av 6: Samle inn" on a phase's page.
    package var phaseLabel: String?
    package var roles: [String]
    package var hasRoles: Bool { !roles.isEmpty }
    package var bodyHTML: String?
    package var checklist: [String]
    package var hasChecklist: Bool { !checklist.isEmpty }
    /// The table of contents, on the front page only.
    package var contents: [GuideEntry]
    package var hasContents: Bool { !contents.isEmpty }
    /// The progress page, linked from the front page.
    package var progressLink: Link?
    package var previous: Link?
    package var next: Link?
    package var hasPager: Bool { previous != nil || next != nil }
}

/// One line of the guide's table of contents. Its names differ from the page's own (`stage`,
/// `blurb`) so that Mustache never finds the page's value when an entry has none.
package struct GuideEntry: Sendable, TemplateObject {
    package var title: String
    package var href: String
    package var stage: String?
    package var blurb: String?
}


