import Basics
import FrontMatter
import Mustache
import OrdenCatalogue
import OrdenModel
import RDF

// Templates look values up by name, and each view model answers with a `TemplateValue` the
// renderer switches on: no reflection and no casts. Each view model answers for exactly the names
// its templates use; any other name, and an optional without a value, is `.missing`, and the
// lookup goes on down the context stack.

extension Link: TemplateObject {
    package func value(named name: String) -> TemplateValue {
        switch name {
        case "text": .text(text)
        case "href": .text(href)
        default: .missing
        }
    }
}

extension NavItem: TemplateObject {
    package func value(named name: String) -> TemplateValue {
        switch name {
        case "text": .text(text)
        case "href": .text(href)
        case "current": .bool(current)
        default: .missing
        }
    }
}

extension Cell: TemplateObject {
    package func value(named name: String) -> TemplateValue {
        switch name {
        case "text": .text(text)
        case "href": .text(href)
        case "note": .text(note)
        case "numeric": .bool(numeric)
        default: .missing
        }
    }
}

extension Column: TemplateObject {
    package func value(named name: String) -> TemplateValue {
        switch name {
        case "label": .text(label)
        case "numeric": .bool(numeric)
        default: .missing
        }
    }
}

extension Row: TemplateObject {
    package func value(named name: String) -> TemplateValue {
        switch name {
        case "head": .object(head)
        case "rest": .list(rest)
        case "data": .list(data)
        default: .missing
        }
    }
}

extension Table: TemplateObject {
    package func value(named name: String) -> TemplateValue {
        switch name {
        case "caption": .text(caption)
        case "columns": .list(columns)
        case "rows": .list(rows)
        default: .missing
        }
    }
}

extension Fact: TemplateObject {
    package func value(named name: String) -> TemplateValue {
        switch name {
        case "label": .text(label)
        case "values": .list(values)
        case "inherited": .bool(inherited)
        default: .missing
        }
    }
}

extension Section: TemplateObject {
    package func value(named name: String) -> TemplateValue {
        switch name {
        case "id": .text(id)
        case "heading": .text(heading)
        case "summary": .text(summary)
        case "table": .object(table)
        case "empty": .text(empty)
        case "chart": .text(chart)
        case "exportId": .text(exportId)
        default: .missing
        }
    }
}

extension Layout: TemplateObject {
    package func value(named name: String) -> TemplateValue {
        switch name {
        case "lang": .text(lang)
        case "siteTitle": .text(siteTitle)
        case "pageTitle": .text(pageTitle)
        case "description": .text(description)
        case "root": .text(root)
        case "homeHref": .text(homeHref)
        case "stylesheetHref": .text(stylesheetHref)
        case "nav": .list(nav)
        case "breadcrumbs": .list(breadcrumbs)
        case "hasBreadcrumbs": .bool(hasBreadcrumbs)
        case "notice": .text(notice)
        case "canonical": .text(canonical)
        case "alternates": .list(alternates)
        case "generator": .text(generator)
        case "isInternal": .bool(isInternal)
        case "lastChanged": .text(lastChanged)
        case "editLinks": .list(editLinks)
        case "hasPageInfo": .bool(hasPageInfo)
        case "changesHref": .text(changesHref)
        case "changesFeedHref": .text(changesFeedHref)
        case "searchHref": .text(searchHref)
        case "contentLang": .text(contentLang)
        default: .missing
        }
    }
}

extension Alternate: TemplateObject {
    package func value(named name: String) -> TemplateValue {
        switch name {
        case "type": .text(type)
        case "href": .text(href)
        case "title": .text(title)
        default: .missing
        }
    }
}

extension Badge: TemplateObject {
    package func value(named name: String) -> TemplateValue {
        switch name {
        case "text": .text(text)
        case "tone": .text(tone)
        default: .missing
        }
    }
}

extension RecordPage: TemplateObject {
    package func value(named name: String) -> TemplateValue {
        switch name {
        case "layout": .object(layout)
        case "kindLabel": .text(kindLabel)
        case "heading": .text(heading)
        case "lead": .text(lead)
        case "badges": .list(badges)
        case "hasBadges": .bool(hasBadges)
        case "facts": .list(facts)
        case "hasFacts": .bool(hasFacts)
        case "hasInherited": .bool(hasInherited)
        case "inheritedFrom": .object(inheritedFrom)
        case "bodyHTML": .text(bodyHTML)
        case "bodyHeading": .text(bodyHeading)
        case "bodyInherited": .bool(bodyInherited)
        case "sections": .list(sections)
        default: .missing
        }
    }
}

extension ReportPage: TemplateObject {
    package func value(named name: String) -> TemplateValue {
        switch name {
        case "layout": .object(layout)
        case "kindLabel": .text(kindLabel)
        case "heading": .text(heading)
        case "intro": .text(intro)
        case "meta": .list(meta)
        case "tabs": .list(tabs)
        case "hasTabs": .bool(hasTabs)
        case "sections": .list(sections)
        default: .missing
        }
    }
}

extension ListPage: TemplateObject {
    package func value(named name: String) -> TemplateValue {
        switch name {
        case "layout": .object(layout)
        case "heading": .text(heading)
        case "intro": .text(intro)
        case "sections": .list(sections)
        case "alternateLinks": .list(alternateLinks)
        case "hasAlternateLinks": .bool(hasAlternateLinks)
        case "filters": .list(filters)
        case "hasFilters": .bool(hasFilters)
        case "machineReadable": .list(machineReadable)
        case "hasMachineReadable": .bool(hasMachineReadable)
        default: .missing
        }
    }
}

extension Statistic: TemplateObject {
    package func value(named name: String) -> TemplateValue {
        switch name {
        case "label": .text(label)
        case "value": .text(value)
        case "href": .text(href)
        default: .missing
        }
    }
}

extension HomePage: TemplateObject {
    package func value(named name: String) -> TemplateValue {
        switch name {
        case "layout": .object(layout)
        case "heading": .text(heading)
        case "intro": .text(intro)
        case "statistics": .list(statistics)
        case "sections": .list(sections)
        default: .missing
        }
    }
}

extension NotFoundPage: TemplateObject {
    package func value(named name: String) -> TemplateValue {
        switch name {
        case "layout": .object(layout)
        case "heading": .text(heading)
        default: .missing
        }
    }
}

extension FilterGroup: TemplateObject {
    package func value(named name: String) -> TemplateValue {
        switch name {
        case "id": .text(id)
        case "label": .text(label)
        case "options": .list(options)
        default: .missing
        }
    }
}

extension FilterOption: TemplateObject {
    package func value(named name: String) -> TemplateValue {
        switch name {
        case "text": .text(text)
        case "value": .text(value)
        case "href": .text(href)
        case "count": .number(count)
        case "current": .bool(current)
        default: .missing
        }
    }
}

extension SearchPage: TemplateObject {
    package func value(named name: String) -> TemplateValue {
        switch name {
        case "layout": .object(layout)
        case "heading": .text(heading)
        case "indexHref": .text(indexHref)
        case "scriptHref": .text(scriptHref)
        case "kinds": .list(kinds)
        case "lists": .list(lists)
        default: .missing
        }
    }
}
