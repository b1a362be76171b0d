import Mustache

// Templates look values up by name. Without these, swift-mustache reflects on every struct with
// Mirror for every lookup, which was most of the rendering time. Each view model answers for
// exactly the names its templates use; an unknown name is nil, as with reflection.

extension Link: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "href": href
        default: nil
        }
    }
}

extension NavItem: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "href": href
        case "current": current
        default: nil
        }
    }
}

extension Cell: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "href": href as Any?
        case "note": note as Any?
        case "numeric": numeric
        default: nil
        }
    }
}

extension Column: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "numeric": numeric
        default: nil
        }
    }
}

extension Row: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "head": head as Any?
        case "rest": rest
        case "data": data
        default: nil
        }
    }
}

extension Table: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "caption": caption
        case "columns": columns
        case "rows": rows
        default: nil
        }
    }
}

extension Fact: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "values": values
        case "inherited": inherited
        default: nil
        }
    }
}

extension Section: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "heading": heading
        case "summary": summary as Any?
        case "table": table as Any?
        case "empty": empty as Any?
        case "chart": chart as Any?
        case "downloads": downloads
        case "hasDownloads": hasDownloads
        default: nil
        }
    }
}

extension Layout: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "lang": lang
        case "siteTitle": siteTitle
        case "pageTitle": pageTitle
        case "description": description as Any?
        case "root": root
        case "homeHref": homeHref
        case "stylesheetHref": stylesheetHref
        case "nav": nav
        case "breadcrumbs": breadcrumbs
        case "hasBreadcrumbs": hasBreadcrumbs
        case "notice": notice as Any?
        case "canonical": canonical as Any?
        case "alternates": alternates
        case "generator": generator
        case "isInternal": isInternal
        case "lastChanged": lastChanged as Any?
        case "editLinks": editLinks
        case "hasPageInfo": hasPageInfo
        case "changesHref": changesHref as Any?
        case "changesFeedHref": changesFeedHref as Any?
        default: nil
        }
    }
}

extension Alternate: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "type": type
        case "href": href
        case "title": title
        default: nil
        }
    }
}

extension Badge: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "tone": tone
        default: nil
        }
    }
}

extension RecordPage: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "layout": layout
        case "kindLabel": kindLabel
        case "heading": heading
        case "lead": lead as Any?
        case "badges": badges
        case "hasBadges": hasBadges
        case "facts": facts
        case "hasFacts": hasFacts
        case "hasInherited": hasInherited
        case "inheritedFrom": inheritedFrom as Any?
        case "bodyHTML": bodyHTML as Any?
        case "bodyHeading": bodyHeading
        case "bodyInherited": bodyInherited
        case "sections": sections
        default: nil
        }
    }
}

extension ReportPage: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "layout": layout
        case "kindLabel": kindLabel
        case "heading": heading
        case "intro": intro as Any?
        case "meta": meta
        case "tabs": tabs
        case "hasTabs": hasTabs
        case "sections": sections
        default: nil
        }
    }
}

extension ListPage: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "layout": layout
        case "heading": heading
        case "intro": intro as Any?
        case "sections": sections
        case "alternateLinks": alternateLinks
        case "hasAlternateLinks": hasAlternateLinks
        case "filters": filters
        case "hasFilters": hasFilters
        case "machineReadable": machineReadable
        case "hasMachineReadable": hasMachineReadable
        default: nil
        }
    }
}

extension Statistic: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "value": value
        case "href": href
        default: nil
        }
    }
}

extension HomePage: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "layout": layout
        case "heading": heading
        case "intro": intro as Any?
        case "statistics": statistics
        case "sections": sections
        default: nil
        }
    }
}

extension NotFoundPage: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "layout": layout
        case "heading": heading
        default: nil
        }
    }
}

extension FilterGroup: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "label": label
        case "options": options
        default: nil
        }
    }
}

extension FilterOption: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "value": value
        case "href": href
        case "count": count
        case "current": current
        default: nil
        }
    }
}
