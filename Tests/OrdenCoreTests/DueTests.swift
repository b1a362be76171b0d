import Foundation
import Testing
@testable import Basics
@testable import OrdenBuild
@testable import OrdenCatalogue
@testable import OrdenModel
@testable import OrdenSite

/// `orden due`, the follow-up page and its calendars on a fixture whose dates were worked out by
/// hand: report date 2026-11-01, review_interval 6 months, the default 90 days ahead (to
/// 2027-01-30).
@Suite struct DueTests {
    static let site = """
        -- orden.yml --
        title: Frister
        base_url: https://frister.example/
        report_date: 2026-11-01
        review_interval: 6
        -- content/catalogue/vendors/leverandor.md --
        ---
        name: Leverandøren AS
        ---
        -- content/municipalities/9901-testvik/_index.md --
        ---
        name: Testvik kommune
        number: "9901"
        orgnr: "123456785"
        fictional: true
        ---
        -- content/municipalities/9901-testvik/contracts/avtale-a.md --
        ---
        title: Avtale A
        vendor: leverandor
        type: SSA-L
        start: 2020-01-01
        end: 2027-03-31
        notice_months: 6
        owner: IT-sjef
        reviewed: 2026-10-01
        ---
        -- content/municipalities/9901-testvik/contracts/avtale-b.md --
        ---
        title: Avtale B
        vendor: leverandor
        type: SSA-L
        start: 2020-01-01
        end: 2026-12-31
        notice_months: 3
        owner: Innkjøp
        reviewed: 2026-10-01
        ---
        -- content/municipalities/9901-testvik/contracts/avtale-utlopt.md --
        ---
        title: Utløpt avtale
        vendor: leverandor
        type: SSA-L
        start: 2020-01-01
        end: 2026-06-30
        notice_months: 3
        owner: Innkjøp
        ---
        -- content/municipalities/9901-testvik/contracts/uten-frist.md --
        ---
        title: Avtale uten oppsigelsesfrist
        vendor: leverandor
        type: DPA
        start: 2020-01-01
        end: 2028-12-31
        owner: Innkjøp
        reviewed: 2026-10-01
        ---
        -- content/municipalities/9901-testvik/systems/sak.md --
        ---
        name: Sak og arkiv
        owner: Arkivleder
        lifecycle: {status: production}
        reviewed: 2026-03-15
        ---
        -- content/municipalities/9901-testvik/systems/web.md --
        ---
        name: Nettsted
        owner: IT-sjef
        lifecycle: {status: production}
        reviewed: 2026-08-01
        ---
        -- content/municipalities/9901-testvik/systems/gammel.md --
        ---
        name: Gammelt fagsystem
        owner: IT-sjef
        lifecycle: {status: phase-out, end_of_life: 2026-12-15}
        reviewed: 2026-10-01
        ---
        -- content/municipalities/9901-testvik/systems/avviklet.md --
        ---
        name: Avviklet system
        owner: IT-sjef
        lifecycle: {status: retired, end_of_life: 2025-01-01}
        ---
        -- content/municipalities/9901-testvik/systems/aldri.md --
        ---
        name: Aldri gjennomgått
        owner: Skole
        lifecycle: {status: production}
        ---
        -- content/municipalities/9901-testvik/processing/barnevern.md --
        ---
        name: Barnevern
        purpose: Tester DPIA.
        legal_basis: [{article: 6(1)(e), law: barnevernsloven}, {article: 9(2)(h), law: barnevernsloven}]
        data_subjects: [barn]
        data_categories: [navn]
        special_categories: [health]
        retention: Ti år.
        dpia: {required: true}
        reviewed: 2026-10-20
        ---
        -- content/municipalities/9901-testvik/initiatives/nytt-arkiv.md --
        ---
        title: Nytt arkiv
        status: approved
        owner: Prosjektleder
        start: 2026-12-01
        end: 2027-06-30
        reviewed: 2026-10-01
        ---
        -- content/municipalities/9901-testvik/initiatives/ferdig.md --
        ---
        title: Ferdig tiltak
        status: done
        owner: Prosjektleder
        start: 2026-01-01
        end: 2026-06-30
        ---
        """

    let testSite = TestSite(site)

    func catalogue() throws -> Catalogue {
        let checked = testSite.check()
        #expect(!checked.diagnostics.hasErrors, "\(checked.diagnostics.errors)")
        return try #require(checked.catalogue)
    }

    /// The list as (date, kind, record id, owner), in its order.
    func due(within days: Int) throws -> [String] {
        try Figures(catalogue: catalogue(), scope: .municipality("9901")).due(within: days).map { item in
            let id: String = switch item.subject {
            case .local(_, let key): key.id
            case .initiative(let key): key.id
            }
            return "\(item.date?.description ?? "now") \(item.kind.rawValue) \(id) \(item.owner ?? "-")"
        }
    }

    @Test func theListHasWhatFallsDueAndWhatIsOverdueByHandComputedDates() throws {
        #expect(try due(within: 90) == [
            "now review aldri Skole",                          // never reviewed
            "now dpia barnevern -",                            // dpia.required without a date
            "2026-09-15 review sak Arkivleder",                // reviewed 2026-03-15 + 6 months: overdue
            "2026-09-30 notice-deadline avtale-a IT-sjef",     // 2027-03-31 less 6 months (30 September): overdue, not ended
            "2026-09-30 notice-deadline avtale-b Innkjøp",     // 2026-12-31 less 3 months
            "2026-12-01 initiative-start nytt-arkiv Prosjektleder",
            "2026-12-15 end-of-life gammel IT-sjef",
            "2026-12-31 contract-end avtale-b Innkjøp",
        ])
        // 100 days reach 2027-02-09: the website's review (2026-08-01 + 6 months) comes in.
        #expect(try due(within: 100).contains("2027-02-01 review web IT-sjef"))
        #expect(try !due(within: 90).contains { $0.contains("web") })
        // Ended contracts, retired systems and done initiatives have nothing due, however far ahead.
        // A contract without notice_months has no notice deadline, not an undated one.
        #expect(try !due(within: 3653).contains { $0.contains("notice-deadline uten-frist") })
        for gone in ["avtale-utlopt", "avviklet", "ferdig"] { #expect(try !due(within: 3653).contains { $0.contains(gone) }) }
    }

    @Test func theIntervalComesFromOrdenYmlAndIsCheckedThere() throws {
        let yearly = testSite.with(["orden.yml": TestSite.setting("review_interval", to: "12", in: testSite.files["orden.yml"] ?? "")])
        let items = try Figures(catalogue: #require(yearly.check().catalogue), scope: .municipality("9901")).due(within: 90)
        // 2026-03-15 + 12 months is 2027-03-15: beyond the 90 days.
        #expect(!items.contains { $0.kind == .review && $0.owner == "Arkivleder" })
        let zero = testSite.with(["orden.yml": TestSite.setting("review_interval", to: "0", in: testSite.files["orden.yml"] ?? "")])
        let error = zero.check().diagnostics.errors.first
        #expect(error?.location.path == "orden.yml" && error?.location.line == 4)
        #expect(error?.message.contains("review_interval 0") == true)
    }

    @Test func theListingsSayTheSameInTextMarkdownAndJSON() throws {
        let catalogue = try catalogue()
        let text = try DueListing.render(catalogue, scope: .municipality("9901"), within: 90, as: .text)
        #expect(text.contains("Forfalt (5)"))
        #expect(text.contains("De neste 90 dagene (3)"))
        #expect(text.split(separator: "\n").contains { $0.hasPrefix("  2026-09-30 ") && $0.contains("Frist for oppsigelse") && $0.hasSuffix("IT-sjef") })
        #expect(text.contains("Nå (aldri gjennomgått)"))

        let markdown = try DueListing.render(catalogue, scope: .municipality("9901"), within: 90, as: .markdown)
        // One table per owner, those without one last.
        let owners = ["### Arkivleder", "### Innkjøp", "### IT-sjef", "### Prosjektleder", "### Skole", "### Ingen ansvarlig registrert"]
        let positions = owners.map { markdown.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil }, "\(markdown)")
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(markdown.contains("[Avtale B](https://frister.example/kommuner/9901-testvik/avtaler/avtale-b/)"))

        let json = try DueListing.render(catalogue, scope: .municipality("9901"), within: 90, as: .json)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let items = try #require(document["items"] as? [[String: Any]])
        #expect(items.count == 8)
        #expect(document["date"] as? String == "2026-11-01")
        let notice = try #require(items.first { $0["kind"] as? String == "notice-deadline" })
        #expect(notice["days"] as? Int == -32 && notice["overdue"] as? Bool == true)
        let end = try #require(items.first { $0["kind"] as? String == "contract-end" })
        #expect(end["days"] as? Int == 60 && end["overdue"] as? Bool == false)
    }

    @Test func thePageListsThemAndTheCalendarsHoldEveryDatedOne() throws {
        let built = testSite.build()
        built.expectNoErrors()
        let folder = "rapporter/kommuner/9901-testvik/oppfolging/"
        built.expectFile(folder + "index.html", contains: "Til oppfølging", "Forfalt", "Frist for oppsigelse", "Avtale A", "kalender.ics", "kalender/it-sjef.ics")
        let calendar = built.page(folder + "kalender.ics")
        #expect(calendar.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        // Every dated item of the next ten years: the 6 dated ones above, the website's review, the
        // end of contract A (2027-03-31), the reviews of the old system (2027-04-01) and of the
        // processing (2027-04-20), the initiative's end (2027-06-30), and the contract without a
        // notice period's review (2027-04-01) and end (2028-12-31). A contract's review falling
        // due after it ends is not listed.
        #expect(calendar.components(separatedBy: "BEGIN:VEVENT").count - 1 == 13)
        #expect(calendar.contains("DTSTART;VALUE=DATE:20260930\r\n"))
        #expect(calendar.contains("TRIGGER:-P90D\r\n") && calendar.contains("TRIGGER:-P30D\r\n"))
        #expect(!calendar.contains("Aldri gjennomgått") && !calendar.contains("Konsekvensvurdering"), "undated items are not calendar events")
        #expect(calendar.split(separator: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        let owner = built.page(folder + "kalender/it-sjef.ics")
        #expect(owner.contains("Avtale A") && !owner.contains("Avtale B"))
        // The same bytes in every build: DTSTAMP is the report date.
        #expect(testSite.build().files[folder + "kalender.ics"] == built.files[folder + "kalender.ics"])
        #expect(calendar.contains("DTSTAMP:20261101T000000Z"))
    }

    @Test func calendarTextIsEscapedAndFoldedAsRFC5545Says() {
        #expect(ICalendar.escaped("a;b,c\\d\ne\u{07}") == "a\\;b\\,c\\\\d\\ne")
        let long = "SUMMARY:" + String(repeating: "æ", count: 60)
        let folded = ICalendar.folded(long)
        #expect(folded.split(separator: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == long)
        #expect(Day(daysSince1970: Day(year: 2024, month: 2, day: 29)!.daysSince1970) == Day(year: 2024, month: 2, day: 29))
        #expect(Day(year: 2026, month: 12, day: 31)!.adding(days: 1) == Day(year: 2027, month: 1, day: 1))
        #expect(Day(year: 2026, month: 11, day: 1)!.days(to: Day(year: 2026, month: 9, day: 30)!) == -32)
    }
}
