import Basics
import FrontMatter
import Mustache
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import RDF

/// A page of the guide, or its front page with the table of contents. Plain text everywhere
/// but `bodyHTML`, which comes from the Markdown stage.
package struct GuideView: Sendable {
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
package struct GuideEntry: Sendable {
    package var title: String
    package var href: String
    package var stage: String?
    package var blurb: String?
}

extension GuideView: TemplateObject {
    package func value(named name: String) -> TemplateValue {
        switch name {
        case "layout": .object(layout)
        case "kindLabel": .text(kindLabel)
        case "heading": .text(heading)
        case "lead": .text(lead)
        case "phaseLabel": .text(phaseLabel)
        case "roles": .list(roles)
        case "hasRoles": .bool(hasRoles)
        case "bodyHTML": .text(bodyHTML)
        case "checklist": .list(checklist)
        case "hasChecklist": .bool(hasChecklist)
        case "contents": .list(contents)
        case "hasContents": .bool(hasContents)
        case "progressLink": .object(progressLink)
        case "previous": .object(previous)
        case "next": .object(next)
        case "hasPager": .bool(hasPager)
        default: .missing
        }
    }
}

extension GuideEntry: TemplateObject {
    package func value(named name: String) -> TemplateValue {
        switch name {
        case "title": .text(title)
        case "href": .text(href)
        case "stage": .text(stage)
        case "blurb": .text(blurb)
        default: .missing
        }
    }
}
