import Foundation
import Basics
import FrontMatter
import Mustache
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSource
import RDF

/// /endringer.xml: the latest changes to the site's records as an Atom 1.0 feed. Its dates are
/// the commits' dates, never the clock, so the same history gives the same bytes.
enum ChangesFeed {
    static func file(_ catalogue: Catalogue, history: SiteHistory, translations: Translations = .builtIn) -> OutputFile? {
        xml(catalogue, history: history, translations: translations).map { OutputFile(path: Paths.changesFeed, bytes: Data($0.utf8)) }
    }

    /// In the site's language, the texts from `translations` (the site's theme when the renderer passes it).
    static func xml(_ catalogue: Catalogue, history: SiteHistory, translations: Translations = .builtIn) -> String? {
        let changes = history.recent
        // Atom requires an updated date, and only the history can give one.
        let written = changes.map { RFC3339.seconds($0.commit.authorDate) ?? $0.commit.committed }
        guard let newest = written.indices.max(by: { written[$0] < written[$1] }).map({ changes[$0] }) else { return nil }
        let builder = HistoryPages(context: PageContext(catalogue: catalogue, page: .changes, history: history, translations: translations))
        let text = builder.text
        let site = catalogue.site
        let withMessages = catalogue.audience == .internal
        let host = URLComponents(string: site.baseUrl.url)?.host?.lowercased()
        func escape(_ text: String) -> String { XMLText.escape(text) }

        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        xml += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\((site.language ?? .nb).rawValue)\">\n"
        xml += "  <id>\(escape(builder.absoluteURL(Paths.changesFeed)))</id>\n"
        xml += "  <title>\(escape(text(.history.feedTitle, ["site": site.title])))</title>\n"
        xml += "  <updated>\(escape(newest.commit.authorDate))</updated>\n"
        xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(escape(builder.absoluteURL(Paths.changesFeed)))\"/>\n"
        xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(escape(builder.absoluteURL(Paths.changes)))\"/>\n"
        xml += "  <generator>Orden</generator>\n"
        for change in changes {
            let label = builder.recordLabel(change.page)
            let place = label.owner.map(builder.ownerName)
            let url = builder.absoluteURL(change.page.path(in: catalogue))
            let author = change.commit.author.isEmpty ? text[.history.feed.unknownAuthor] : change.commit.author
            xml += "  <entry>\n"
            xml += "    <id>\(escape(entryID(change, host: host, page: url)))</id>\n"
            xml += "    <title>\(escape(label.cell.text))</title>\n"
            xml += "    <updated>\(escape(change.commit.authorDate))</updated>\n"
            xml += "    <author><name>\(escape(author))</name></author>\n"
            xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(escape(url))\"/>\n"
            if !label.kind.isEmpty { xml += "    <category term=\"\(escape(label.kind))\"/>\n" }
            let date = builder.format.date(change.commit.day)
            let kind: String? = label.kind.isEmpty ? nil : label.kind
            let owner: String? = (place?.isEmpty ?? true) ? nil : place
            let summary: String
            switch (kind, owner) {
            case let (what?, whereabouts?):
                summary = text(.history.feed.summaryIn, ["kind": what, "place": whereabouts, "date": date, "author": author])
            case let (what?, nil), let (nil, what?):
                summary = text(.history.feed.summaryWhat, ["what": what, "date": date, "author": author])
            case (nil, nil):
                summary = text(.history.feed.summary, ["date": date, "author": author])
            }
            xml += "    <summary>\(escape(summary))</summary>\n"
            // Commit messages may mention internal matters: only the internal site shows them.
            if withMessages && !change.commit.subject.isEmpty {
                xml += "    <content type=\"text\">\(escape(change.commit.subject))</content>\n"
            }
            xml += "  </entry>\n"
        }
        return xml + "</feed>\n"
    }

    /// A tag: URI (RFC 4151) made of the site's host, the day of the commit, the commit and the
    /// record's file: the same for the same change in every build, and never reused.
    static func entryID(_ change: SiteHistory.Change, host: String?, page: String) -> String {
        let specific = "orden:" + change.commit.hash + ":" + change.path.split(separator: "/").map { URLTemplate.encode(String($0)) }.joined(separator: "/")
        guard let host, !host.isEmpty, host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }) else {
            return page + "#" + change.commit.hash
        }
        return "tag:\(host),\(change.commit.day):\(specific)"
    }
}
