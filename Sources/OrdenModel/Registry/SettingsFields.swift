import Basics
import FrontMatter

// orden.yml's fields and the guide pages' fields, declared like the record kinds' fields, so that
// every YAML file Orden reads is read by one reader (`FieldTable`), with the same messages.

package enum SettingsFields {
    static let publisher = FieldType.object([
        FieldSpec("name", required: \Publisher.name, "Name", "The publisher's name.", .text()),
        FieldSpec("orgnr", required: \Publisher.orgnr, "Organisation number", "The publisher's organisation number.", .orgnr),
    ])

    static let editLinks = FieldType.object([
        FieldSpec("page", \EditLinks.page, "Edit page", "The forge's editor for a record's file; must contain {path}.", .uri),
        FieldSpec("new", \EditLinks.new, "New file", "The forge's form for a new file; must contain {folder}.", .uri),
    ])

    static let source = FieldType.object([
        FieldSpec("path", required: \ContentSource.path, "Path", "The folder of the other content repository.", .text()),
        FieldSpec("edit", \ContentSource.edit, "Edit links", "The forge links of that repository.", editLinks),
    ])

    /// orden.yml.
    package static let site: [FieldSpec] = [
        FieldSpec("title", required: \SiteConfig.title, "Title", "The site name, shown in every page title.", .text()),
        FieldSpec("base_url", required: \SiteConfig.baseUrl, "Base URL", "The public address of the site.", .uri),
        FieldSpec("description", \SiteConfig.description, "Description", "The home page introduction and its meta description.", .text()),
        FieldSpec("language", \SiteConfig.language, "Language", "The language of the interface.", .closed(UILanguage.self)),
        FieldSpec("theme", \SiteConfig.theme, "Theme", "A folder under themes/ whose files replace the default theme's.", .text()),
        FieldSpec("notice", \SiteConfig.notice, "Notice", "A banner on every page.", .text()),
        FieldSpec("publisher", \SiteConfig.publisher, "Publisher", "Who publishes the site as a whole.", publisher),
        FieldSpec("report_date", \SiteConfig.reportDate, "Report date", "The date reports are computed for.", .date),
        FieldSpec("review_interval", \SiteConfig.reviewInterval, "Review interval", "Months after a record's reviewed date when it is due for review again (default 12).", .integer(minimum: 1, maximum: 120)),
        FieldSpec("internal_fields", \SiteConfig.internalFields, "Internal fields", "More fields only the internal site shows, as kind.field.", .list(.text())),
        FieldSpec("public_fields", \SiteConfig.publicFields, "Public fields", "Built-in internal fields this site publishes, as kind.field.", .list(.text())),
        FieldSpec("sources", \SiteConfig.sources, "Sources", "Other content repositories merged into this site.", .list(source)),
        FieldSpec("edit", \SiteConfig.edit, "Edit links", "Links to the forge's editor.", editLinks),
    ]

    /// content/guide/_index.md.
    package static let guideIndex: [FieldSpec] = [
        FieldSpec("title", required: \GuideIndexFields.title, "Title", "The page's heading.", .text()),
        FieldSpec("summary", \GuideIndexFields.summary, "Summary", "The lead under the heading.", .text()),
    ]

    /// content/guide/<id>.md.
    package static let guidePage: [FieldSpec] = [
        FieldSpec("title", required: \GuidePageFields.title, "Title", "The page's heading.", .text()),
        FieldSpec("order", \GuidePageFields.order, "Order", "Pages are shown lowest first.", .integer()),
        FieldSpec("phase", \GuidePageFields.phase, "Phase", "The phase the page is about.", .closed(GuidePhase.self)),
        FieldSpec("summary", \GuidePageFields.summary, "Summary", "The lead under the heading.", .text()),
        FieldSpec("roles", \GuidePageFields.roles, "Roles", "Who takes part.", .list(.closed(GuideRole.self))),
        FieldSpec("checklist", \GuidePageFields.checklist, "Checklist", "Shown as a printable checklist.", .list(.text())),
    ]
}
