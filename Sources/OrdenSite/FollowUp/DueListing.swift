import Foundation
import Basics
import OrdenCatalogue
import OrdenModel
import OrdenResources

/// `orden due`: what falls due in a scope, as text for a terminal, Markdown for a forge issue
/// (grouped by owner, so that each owner finds their part) or JSON. The same list, names and
/// words as the "Til oppfølging" page, in the scope's language.
package enum DueListing {
    package enum Output: String, Sendable, CaseIterable { case text, markdown, json }

    package static func render(_ catalogue: Catalogue, scope: Scope, within days: Int, as output: Output,
                               translations: Translations = .builtIn) throws -> String {
        let context = PageContext(catalogue: catalogue, page: .report(.followUp, scope), translations: translations)
        let pages = ReportPages(context: context)
        let figures = context.shared.figures(scope)
        let items = figures.due(within: days)
        let listing = Listing(pages: pages, scope: scope, days: days, items: items)
        return switch output {
        case .text: listing.plain
        case .markdown: listing.markdown
        case .json: try listing.json()
        }
    }

    private struct Listing {
        let pages: ReportPages
        let scope: Scope
        let days: Int
        let items: [DueItem]

        var text: UIText { pages.text }
        var today: Day { pages.catalogue.reportDate }
        var title: String { text(.reports.followUp.calendars.name, ["scope": pages.scopeName(scope)]) }
        var overdue: [DueItem] { items.filter { $0.isOverdue(on: today) } }
        var upcoming: [DueItem] { items.filter { !$0.isOverdue(on: today) } }

        func name(_ item: DueItem) -> String { pages.subjectNameAndPath(item.subject).0 }
        func url(_ item: DueItem) -> String? { pages.subjectNameAndPath(item.subject).1.map(pages.absoluteURL) }
        func municipality(_ item: DueItem) -> String? {
            item.subject.municipality.flatMap { pages.catalogue.municipalities[$0]?.name }
        }
        func when(_ item: DueItem) -> String {
            guard let date = item.date else {
                return item.kind == .review ? text[.reports.followUp.now] + " (" + text[.reports.followUp.neverReviewed] + ")" : text[.reports.followUp.now]
            }
            return date.description
        }

        // MARK: Text

        var plain: String {
            var lines = [title + " – " + pages.format.date(today), ""]
            let multi = pages.withMunicipality(pages.shared.figures(scope))
            for (heading, group) in [(text[.reports.followUp.overdue.heading], overdue), (text[.reports.followUp.upcoming.heading], upcoming)] {
                lines.append("\(heading) (\(group.count))")
                let rows = group.map { item in
                    [when(item), text[.name(of: item.kind)], name(item) + (multi ? municipality(item).map { " (\($0))" } ?? "" : ""),
                     item.owner ?? text[.reports.followUp.noOwner]]
                }
                let widths = (0..<4).map { column in rows.map { $0[column].count }.max() ?? 0 }
                for row in rows {
                    lines.append("  " + row.enumerated().map { index, cell in
                        index == row.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
                    }.joined(separator: "  "))
                }
                if rows.isEmpty { lines.append("  –") }
                lines.append("")
            }
            return lines.joined(separator: "\n")
        }

        // MARK: Markdown

        /// For a forge issue: a summary, then one table per owner (those without an owner last).
        var markdown: String {
            var out = "## \(Self.escaped(title))\n\n"
            out += text.count(.reports.followUp.overdue.intro, overdue.count) + " "
                + text.count(.reports.followUp.upcoming.intro, upcoming.count, ["date": pages.format.date(today.adding(days: days))]) + "\n"
            let owners = Collation.sorted(Array(Set(items.compactMap(\.owner)))) { $0 }
            let groups = owners.map { owner in (owner, items.filter { $0.owner == owner }) }
                + [(text[.reports.followUp.noOwner], items.filter { $0.owner == nil })]
            let multi = pages.withMunicipality(pages.shared.figures(scope))
            for (owner, group) in groups where !group.isEmpty {
                out += "\n### \(Self.escaped(owner))\n\n"
                var header = [text[.reports.followUp.column.date], text[.reports.followUp.column.what], text[.reports.followUp.column.record]]
                if multi { header.append(text[.column.municipality]) }
                out += "| " + header.map(Self.escaped).joined(separator: " | ") + " |\n"
                out += "|" + String(repeating: "---|", count: header.count) + "\n"
                for item in group {
                    let overdueMark = item.isOverdue(on: today) ? "**" + Self.escaped(text[.reports.followUp.overdue.heading]) + "** " : ""
                    let record = url(item).map { "[\(Self.escaped(name(item)))](\($0))" } ?? Self.escaped(name(item))
                    var cells = [overdueMark + Self.escaped(when(item)), Self.escaped(text[.name(of: item.kind)]), record]
                    if multi { cells.append(Self.escaped(municipality(item) ?? "–")) }
                    out += "| " + cells.joined(separator: " | ") + " |\n"
                }
            }
            return out
        }

        /// Text in Markdown that shows as written: no emphasis, links, HTML or table breaks.
        static func escaped(_ text: String) -> String {
            var out = ""
            for character in text {
                switch character {
                case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "!", "~", "&": out += "\\" + String(character)
                case "\n", "\r": out += " "
                default: out.append(character)
                }
            }
            return out
        }

        // MARK: JSON

        struct Document: Encodable {
            var date: String
            var withinDays: Int
            var title: String
            var items: [Item]
            enum CodingKeys: String, CodingKey { case date, withinDays = "within_days", title, items }
        }
        struct Item: Encodable {
            var date: String?
            var overdue: Bool
            var days: Int?
            var kind: String
            var label: String
            var record: RecordRef
            var owner: String?
        }
        struct RecordRef: Encodable {
            var kind: String
            var id: String
            var municipality: String?
            var name: String
            var url: String?
        }

        func json() throws -> String {
            let document = Document(date: today.description, withinDays: days, title: title, items: items.map { item in
                let (kind, id): (String, String) = switch item.subject {
                case .local(let kind, let key): (kind.rawValue, key.id)
                case .initiative(let key): ("initiative", key.id)
                }
                return Item(date: item.date?.description, overdue: item.isOverdue(on: today), days: item.date.map { today.days(to: $0) },
                            kind: item.kind.rawValue, label: text[.name(of: item.kind)],
                            record: RecordRef(kind: kind, id: id, municipality: item.subject.municipality, name: name(item), url: url(item)),
                            owner: item.owner)
            })
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
        }
    }
}
