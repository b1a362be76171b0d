import Mustache

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

extension GuideView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "layout": layout
        case "kindLabel": kindLabel
        case "heading": heading
        case "lead": lead as Any?
        case "phaseLabel": phaseLabel as Any?
        case "roles": roles
        case "hasRoles": hasRoles
        case "bodyHTML": bodyHTML as Any?
        case "checklist": checklist
        case "hasChecklist": hasChecklist
        case "contents": contents
        case "hasContents": hasContents
        case "progressLink": progressLink as Any?
        case "previous": previous as Any?
        case "next": next as Any?
        case "hasPager": hasPager
        default: nil
        }
    }
}

extension GuideEntry: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "href": href
        case "stage": stage as Any?
        case "blurb": blurb as Any?
        default: nil
        }
    }
}
