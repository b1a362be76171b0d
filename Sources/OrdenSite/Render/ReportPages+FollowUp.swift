import Foundation
import Basics
import OrdenCatalogue
import OrdenModel
import OrdenResources

// "Til oppfølging": what falls due in a municipality or region, by date and owner, and the same
// as calendar feeds (iCalendar) to subscribe to. The list is Figures.due, as `orden due` gives it.

extension ReportPages {
    /// The days ahead the page lists; the calendars hold every dated item.
    static let followUpDays = 90

    func followUpSections(_ figures: Figures) -> [Section] {
        let items = figures.due(within: Self.followUpDays)
        let today = catalogue.reportDate
        let multi = withMunicipality(figures)
        let columns = [Column(text[.reports.followUp.column.date]), Column(text[.reports.followUp.column.what]),
                       Column(text[.reports.followUp.column.record])] + (multi ? [Column(text[.column.municipality])] : [])
            + [Column(text[.reports.followUp.column.owner])]
        func row(_ item: DueItem) -> [Cell] {
            var date = item.date.map { dateCell($0) } ?? Cell(text[.reports.followUp.now])
            if item.date == nil && item.kind == .review { date.note = text[.reports.followUp.neverReviewed] }
            return [date, Cell(text[.name(of: item.kind)]), subjectCell(item.subject)]
                + (multi ? [item.subject.municipality.map(municipalityCell) ?? Cell("–")] : [])
                + [Cell(item.owner ?? text[.reports.followUp.noOwner])]
        }
        let overdue = items.filter { $0.isOverdue(on: today) }.map(row)
        let upcoming = items.filter { !$0.isOverdue(on: today) }.map(row)
        let horizon = today.adding(days: Self.followUpDays)

        let calendars = followUpCalendars(figures).map { calendar in
            [Cell(calendar.title), Cell(absoluteURL(calendar.path), href: href(calendar.path))]
        }
        return [
            section("forfalt", texts: TextKey.reports.followUp.overdue, intro: text.count(.reports.followUp.overdue.intro, overdue.count),
                    exporting: "forfalt", columns: columns, rows: overdue),
            section("neste-90-dager", texts: TextKey.reports.followUp.upcoming,
                    intro: text.count(.reports.followUp.upcoming.intro, upcoming.count, ["date": format.date(horizon)]),
                    exporting: "neste-90-dager", columns: columns, rows: upcoming),
            section("kalendere", texts: TextKey.reports.followUp.calendars, intro: text[.reports.followUp.calendars.intro],
                    columns: [Column(text[.reports.followUp.calendars.columnCalendar]), Column(text[.reports.followUp.calendars.columnAddress])],
                    rows: calendars),
        ]
    }

    /// The record an item is about, linked.
    func subjectCell(_ subject: DueItem.Subject) -> Cell {
        switch subject {
        case .local(let kind, let key): recordCell(kind, key)
        case .initiative(let key): initiativeCell(key)
        }
    }

    // MARK: Calendars

    struct FollowUpCalendar {
        var title: String
        /// Below the site root.
        var path: String
        var owner: String?
    }

    /// The scope's calendar and, for a municipality, one per owner: the files written beside
    /// the follow-up page (`kalender.ics`, `kalender/<owner>.ics`).
    func followUpCalendars(_ figures: Figures) -> [FollowUpCalendar] {
        guard let folder = Paths.reports(figures.scope, in: catalogue).map({ $0 + ReportKind.followUp.rawValue + "/" }) else { return [] }
        let scopeName = scopeName(figures.scope)
        var calendars = [FollowUpCalendar(title: text(.reports.followUp.calendars.all, ["scope": scopeName]), path: folder + "kalender.ics", owner: nil)]
        guard case .municipality = figures.scope else { return calendars }
        for (slug, owner) in ownerSlugs(calendarItems(figures)) {
            calendars.append(FollowUpCalendar(title: owner, path: folder + "kalender/" + slug + ".ics", owner: owner))
        }
        return calendars
    }

    /// Every dated item, overdue ones included, for the calendars (ten years ahead).
    func calendarItems(_ figures: Figures) -> [DueItem] {
        figures.due(within: 3653).filter { $0.date != nil }
    }

    /// Each owner's file name: the name as an id, numbered where two names give the same one.
    func ownerSlugs(_ items: [DueItem]) -> [(slug: String, owner: String)] {
        let owners = Collation.sorted(Array(Set(items.compactMap(\.owner)))) { $0 }
        var used: Set<String> = [], result: [(String, String)] = []
        for owner in owners {
            let base = Identifier.suggestion(for: owner)
            var slug = base, number = 2
            while !used.insert(slug).inserted {
                slug = "\(base)-\(number)"
                number += 1
            }
            result.append((slug, owner))
        }
        return result
    }

    /// The calendar files of the follow-up page.
    func followUpCalendarFiles(_ scope: Scope) -> [OutputFile] {
        let figures = shared.figures(scope)
        let items = calendarItems(figures)
        let scopeName = scopeName(scope)
        var host = URL(string: site.baseUrl.url)?.host ?? "orden"
        if host.isEmpty { host = "orden" }
        func event(_ item: DueItem) -> ICalendar.Event? {
            guard let day = item.date else { return nil }
            let (name, path) = subjectNameAndPath(item.subject)
            var summary = text[.name(of: item.kind)] + ": " + name
            if case .region = scope, let number = item.subject.municipality, let municipality = catalogue.municipalities[number] {
                summary += " (\(municipality.name))"
            }
            let description = [item.owner.map { text(.reports.followUp.event.owner, ["owner": $0]) }, path.map(absoluteURL)]
                .compactMap { $0 }.joined(separator: "\n")
            return ICalendar.Event(uid: "\(item.kind.rawValue)/\(uidPath(item.subject))@\(host)", day: day, summary: summary,
                                   description: description.isEmpty ? nil : description, url: path.map(absoluteURL),
                                   categories: [text[.name(of: item.kind)]],
                                   alarmDays: item.kind == .noticeDeadline ? [90, 30] : [])
        }
        func calendar(_ title: String, _ items: [DueItem]) -> Data {
            Data(ICalendar(name: title, description: text[.reports.followUp.calendars.intro], stamp: catalogue.reportDate,
                           language: text.language.rawValue, events: items.compactMap(event)).text.utf8)
        }
        return followUpCalendars(figures).map { feed in
            let title = feed.owner.map { text(.reports.followUp.calendars.nameOwner, ["owner": $0, "scope": scopeName]) }
                ?? text(.reports.followUp.calendars.name, ["scope": scopeName])
            return OutputFile(path: feed.path, bytes: calendar(title, feed.owner.map { owner in items.filter { $0.owner == owner } } ?? items))
        }
    }

    func subjectNameAndPath(_ subject: DueItem.Subject) -> (String, String?) {
        switch subject {
        case .local(let kind, let key):
            let name: String? = switch kind {
            case .system: catalogue.systems[key]?.name.value
            case .contract: catalogue.contracts[key]?.fields.title
            case .dataset: catalogue.datasets[key]?.fields.title
            case .processing: catalogue.processing[key]?.fields.name
            default: nil
            }
            return (name ?? key.id, Paths.local(kind, key, in: catalogue))
        case .initiative(let key):
            return (catalogue.initiatives[key]?.fields.title ?? key.id, Paths.initiative(key, in: catalogue))
        }
    }

    private func uidPath(_ subject: DueItem.Subject) -> String {
        switch subject {
        case .local(let kind, let key): "\(key.municipality)/\(kind.rawValue)/\(key.id)"
        case .initiative(let key): "\(key)/initiative"
        }
    }
}
