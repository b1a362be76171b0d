/// A page of the guide, or its front page with the table of contents. Plain text everywhere
/// but `bodyHTML`, which comes from the Markdown stage.
public struct GuideView: Sendable {
    public var layout: Layout
    public var kindLabel: String
    public var heading: String
    public var lead: String?
    /// "Fase 2 av 6: Samle inn" on a phase's page.
    public var phaseLabel: String?
    public var roles: [String]
    public var hasRoles: Bool { !roles.isEmpty }
    public var bodyHTML: String?
    public var checklist: [String]
    public var hasChecklist: Bool { !checklist.isEmpty }
    /// The table of contents, on the front page only.
    public var contents: [GuideEntry]
    public var hasContents: Bool { !contents.isEmpty }
    /// The progress page, linked from the front page.
    public var progressLink: Link?
    public var previous: Link?
    public var next: Link?
    public var hasPager: Bool { previous != nil || next != nil }
}

/// One line of the guide's table of contents. Its names differ from the page's own (`stage`,
/// `blurb`) so that Mustache never finds the page's value when an entry has none.
public struct GuideEntry: Sendable {
    public var title: String
    public var href: String
    public var stage: String?
    public var blurb: String?
}

extension GuideView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
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
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "title": .text(title)
        case "href": .text(href)
        case "stage": .text(stage)
        case "blurb": .text(blurb)
        default: .missing
        }
    }
}
