import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import Basics
@testable import CommonMark
@testable import FrontMatter
@testable import Mustache
@testable import OrdenAuthoring
@testable import OrdenBuild
@testable import OrdenCatalogue
@testable import OrdenGenerate
@testable import OrdenHistory
@testable import OrdenModel
@testable import OrdenSite
@testable import OrdenSource
@testable import RDF
@testable import Spreadsheet

/// Report figures against values computed by hand from the table in ReportFixture.
@Suite struct ReportFigureTests {
    let catalogue: Catalogue

    init() throws {
        catalogue = try #require(ReportFixture.catalogue())
    }

    func figures(_ scope: Scope) -> Figures { Figures(catalogue: catalogue, scope: scope) }

    @Test func costsLeaveOutRetiredSystemsAndCountMissingOnes() {
        let site = figures(.site)
        #expect(site.cost(municipality: "9911") == CostSum(kroner: 150_000, counted: 1, missing: 1))
        #expect(site.cost(municipality: "9912") == CostSum(kroner: 35_000, counted: 2, missing: 0))
        #expect(site.cost(municipality: "9913") == CostSum(kroner: 40_000, counted: 1, missing: 0))
        #expect(Figures.perInhabitant(150_000, population: site.population("9911")) == 150)
        #expect(Figures.perInhabitant(35_000, population: site.population("9912")) == 70)
        #expect(Figures.perInhabitant(1, population: nil) == nil)
    }

    @Test func costsByServiceAreaVendorAndProduct() {
        let site = figures(.site)
        let areas = site.costByServiceArea()
        #expect(areas["arkiv"] == CostSum(kroner: 185_000, counted: 3, missing: 0))
        #expect(areas["skole"] == CostSum(kroner: 40_000, counted: 1, missing: 1))
        let vendors = site.costByVendor()
        #expect(vendors["alfa"] == CostSum(kroner: 175_000, counted: 2, missing: 0))
        #expect(vendors["beta"] == CostSum(kroner: 50_000, counted: 2, missing: 1))
        let products = site.costByProduct()
        #expect(products["p-arkiv2"] == CostSum(kroner: 10_000, counted: 1, missing: 0))
    }

    @Test func regionCoversItsMembersOnly() {
        let region = figures(.region("testradet"))
        #expect(region.members == ["9911", "9912"])
        #expect(region.population == 1500)
        #expect(region.cost(of: region.systemsInUse) == CostSum(kroner: 185_000, counted: 3, missing: 1))
        #expect(catalogue.regions["testradet"]?.name == "Testrådet")
    }

    @Test func similarMunicipalitiesRankBySharedProducts() {
        let site = figures(.site)
        let forA = site.similar(to: "9911")
        #expect(forA.map(\.number) == ["9912", "9913"])
        #expect(forA.map(\.shared) == [["p-arkiv"], ["p-skole"]])
        // Cby shares p-skole with Aby only.
        #expect(site.similar(to: "9913").map(\.number) == ["9911"])
    }

    @Test func timePlacesSystemsInUseByTheirScores() {
        let placements = figures(.site).timePlacements
        let byId = Dictionary(uniqueKeysWithValues: placements.map { ($0.key.id, $0.time) })
        #expect(byId == ["a-arkiv": .invest, "a-skole": .eliminate, "b-arkiv": .tolerate, "b-arkiv2": .migrate])
        #expect(figures(.site).systemsWithoutFit == [LocalKey("9913", "c-skole")])
    }

    @Test func roadmapListsTheNext36MonthsInOrder() {
        let events = figures(.site).roadmap
        let expected: [(String, RoadmapEvent.Kind)] = [
            ("2026-12-30", .noticeDeadline), ("2027-03-31", .phaseOut), ("2027-06-30", .contractEnd),
            ("2027-09-30", .noticeDeadline), ("2027-12-31", .contractEnd),
        ]
        #expect(events.map { "\($0.date)" } == expected.map(\.0))
        #expect(events.map(\.kind) == expected.map(\.1))
        // The retired system's end of life (2024) is history, not roadmap.
        #expect(!events.contains { $0.subject == .system(LocalKey("9911", "a-gammel")) })
    }

    @Test func roadmapFollowsTheReportDate() throws {
        let later = try #require(ReportFixture.catalogue(options: BuildOptions(reportDate: Day("2027-07-01"))))
        let events = Figures(catalogue: later, scope: .site).roadmap
        // Aby's contract ended on 2027-06-30; Bby's deadline and end remain.
        #expect(events.map { "\($0.date)" } == ["2027-09-30", "2027-12-31"])
    }

    @Test func noticeDeadlineClampsToTheMonthsLastDay() throws {
        let contract = try #require(catalogue.contracts[LocalKey("9911", "a-avtale")]?.fields)
        #expect(Figures.noticeDeadline(contract) == Day("2026-12-30"))
        #expect(Day("2027-08-31")?.adding(months: -6) == Day("2027-02-28"))
        #expect(Day("2024-02-29")?.adding(months: 12) == Day("2025-02-28"))
    }

    @Test func gdprGaps() {
        let site = figures(.site)
        // Health data, an Art. 6 basis only and no DPIA decision recorded.
        #expect(site.openImpactAssessments == [LocalKey("9911", "a-beh")])
        #expect(site.specialCategoriesWithoutCondition == [LocalKey("9911", "a-beh")])
        #expect(site.criminalOffencesWithoutBasis.isEmpty)
        #expect(site.processingMissingFields.map(\.key) == [LocalKey("9911", "a-beh")])
        #expect(site.processingMissingFields.first?.missing == ["retention"])
        // Personal data inherited from the product, no dpa, and hosting not given (neither the
        // systems nor the product say who runs them): not judged, but counted as not assessed.
        #expect(site.personalDataWithoutAgreement.isEmpty)
        #expect(site.personalDataHostingUnknown.sorted() == [LocalKey("9911", "a-arkiv"), LocalKey("9912", "b-arkiv")])
        #expect(site.thirdCountryTransfers.isEmpty)
    }

    @Test func securityGapsUseTheLast12Months() throws {
        // Classification and risk assessments are internal: only the internal catalogue has them.
        let internalCatalogue = try #require(ReportFixture.catalogue(options: BuildOptions(audience: .internal)))
        #expect(Figures(catalogue: internalCatalogue, scope: .site).securityGaps == [LocalKey("9911", "a-arkiv")])
        #expect(figures(.site).securityGaps.isEmpty)
    }

    @Test func dataQuality() {
        let site = figures(.site)
        #expect(site.systemsWithoutOwner == [LocalKey("9912", "b-arkiv")])
        let stale = site.staleRecords.map { "\($0.kind.rawValue):\($0.key)" }.sorted()
        // Everything else was reviewed on 2026-06-01, within 12 months of the report date.
        #expect(stale == ["system:9911/a-skole"])
        let system = catalogue.systems[LocalKey("9913", "c-skole")]
        let score = system.map { Completeness.of($0, audience: .public) }
        // 13 fields counted; c-skole fills owner, product, service_areas (inherited), cost and reviewed.
        #expect(score?.total == 13)
        #expect(score?.filled == 5)
        #expect(score?.percent == 38)
        #expect(system.map { Completeness.of($0, audience: .internal).total } == 15)
    }

    @Test func actionPlanBudgetAndFuturePortfolio() {
        let aby = figures(.municipality("9911"))
        #expect(aby.budgetByYear[2027]?.investment == 100_000)
        #expect(aby.budgetByYear[2027]?.running == 20_000)
        #expect(aby.budgetByYear[2028]?.running == 30_000)
        #expect(aby.budgetByServiceArea == ["skole": 150_000])
        let future = aby.futurePortfolio
        #expect(future.removed == [LocalKey("9911", "a-skole")])
        #expect(future.kept == [LocalKey("9911", "a-arkiv")])
        #expect(future.addedProducts == ["p-arkiv2"])
        #expect(future.count == 2)
        // The region's plan adds its own proposed initiative; proposed ones do not change the portfolio.
        let region = figures(.region("testradet"))
        #expect(region.initiatives.count == 2)
        #expect(region.budgetByYear[2028]?.investment == 500_000)
        #expect(region.futurePortfolio.removed == [LocalKey("9911", "a-skole")])
    }
}

/// The rendered reports and comparisons: pages, charts, CSV and JSON.
@Suite struct ReportSiteTests {
    let site: [String: Data]

    init() throws {
        let (files, diagnostics) = ReportFixture.build()
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        site = files
    }

    @Test func everyComparisonAndReportHasAPage() {
        for scope in ["sammenligning/", "sammenligning/regioner/testradet/"] {
            for kind in ComparisonKind.allCases { #expect(site[scope + kind.rawValue + "/index.html"] != nil, "\(scope)\(kind.rawValue)") }
        }
        for scope in ["rapporter/", "rapporter/regioner/testradet/", "rapporter/kommuner/9911-aby/"] {
            #expect(site[scope + "index.html"] != nil)
            for kind in ReportKind.allCases where !kind.isInternal {
                // The data protection officer's page is a municipality's only; the follow-up page
                // a municipality's and a region's, not the whole site's.
                let expected = (!kind.isMunicipal || scope.hasPrefix("rapporter/kommuner/")) && (!kind.isLocal || scope != "rapporter/")
                #expect((site[scope + kind.rawValue + "/index.html"] != nil) == expected, "\(scope)\(kind.rawValue)")
            }
        }
        #expect(site["kommuner/9911-aby/tiltak/a-tiltak/index.html"] != nil)
        #expect(site["regioner/testradet/tiltak/felles-arkiv/index.html"] != nil)
        #expect(site["regioner/testradet/index.html"] != nil)
    }

    @Test func csvRoundTripsWithNorwegianNumbers() throws {
        let data = try #require(site["sammenligning/kostnader/kostnad-per-kommune.csv"])
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
        let rows = try #require(CSVReader.rows(data))
        #expect(rows.first == ["Kommune", "Innbyggere", "Kostnad per år", "Per innbygger", "Systemer med kostnad", "Systemer uten kostnad"])
        #expect(rows.dropFirst().map { $0 } == [
            ["Aby kommune", "1000", "150000", "150", "1", "1"],
            ["Bby kommune", "500", "35000", "70", "2", "0"],
            ["Cby kommune", "2000", "40000", "20", "1", "0"],
        ])
    }

    @Test func csvUsesADecimalComma() throws {
        var files = ReportFixture.files
        files["content/municipalities/9913-cby/_index.md"] = files["content/municipalities/9913-cby/_index.md"]?.replacingOccurrences(of: "2000", with: "3000")
        let data = try #require(ReportFixture.build(files).files["sammenligning/kostnader/kostnad-per-kommune.csv"])
        let rows = try #require(CSVReader.rows(data))
        #expect(rows.last == ["Cby kommune", "3000", "40000", "13,33", "1", "0"])
    }

    @Test func csvWritesDatesAsISOForExcel() throws {
        let data = try #require(site["sammenligning/avtaler/avtaler.csv"])
        let rows = try #require(CSVReader.rows(data))
        let aby = try #require(rows.first { $0.contains("Arkivavtale Aby") })
        #expect(aby.contains("2027-06-30"))
        #expect(aby.contains("2026-12-30 (passert)") == false)
        #expect(aby.contains("2026-12-30"))
    }

    @Test func jsonHasTheSameNumbers() throws {
        let data = try #require(site["sammenligning/kostnader/kostnad-per-kommune.json"])
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.count == 3)
        #expect(rows[0]["per_innbygger"] as? Double == 150)
        #expect(rows[0]["systemer_uten_kostnad"] as? Double == 1)
        let municipality = try #require(rows[0]["kommune"] as? [String: Any])
        #expect(municipality["url"] as? String == "https://rapport.example/kommuner/9911-aby/")
    }

    @Test func pagesLinkTheirDownloads() throws {
        let html = Fixture.html(site, "sammenligning/kostnader/index.html")
        #expect(html.contains("href=\"kostnad-per-kommune.csv\""))
        #expect(html.contains("href=\"kostnad-per-kommune.json\""))
        // Every linked download exists.
        for page in site.keys where page.hasSuffix("index.html") && (page.hasPrefix("rapporter/") || page.hasPrefix("sammenligning/")) {
            let folder = String(page.dropLast("index.html".count))
            let text = Fixture.html(site, page)
            for match in text.matches(of: /href="([a-z0-9-]+\.(?:csv|json))"/) {
                #expect(site[folder + String(match.1)] != nil, "\(page) links \(match.1)")
            }
        }
    }

    @Test func everyChartIsWellFormedAndHasATableBeside() throws {
        var charts = 0
        for (path, data) in site where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for match in html.matches(of: /<svg[\s\S]*?<\/svg>/) {
                charts += 1
                let svg = String(match.0)
                let parser = XMLParser(data: Data(svg.utf8))
                #expect(parser.parse(), "\(path): \(parser.parserError.map { "\($0)" } ?? "")")
                #expect(svg.contains("<title"))
                #expect(svg.contains("<desc"))
            }
        }
        #expect(charts >= 10)
    }

    @Test func missingCostsAreShownNotHidden() {
        let html = Fixture.html(site, "rapporter/kommuner/9911-aby/kostnader/index.html")
        #expect(html.contains("koster 150\u{00A0}000\u{00A0}kr i året, 150\u{00A0}kr per innbygger. 1 system av 2 mangler kostnad"))
        #expect(!html.contains("999"))
        let product = Fixture.html(site, "katalog/produkter/p-arkiv/index.html")
        #expect(product.contains("150\u{00A0}kr"))
        #expect(product.contains("50\u{00A0}kr"))
    }

    @Test func securityReportOnlyInTheInternalBuild() throws {
        #expect(!site.keys.contains { $0.contains("/sikkerhet/") })
        for (path, data) in site where path.hasSuffix(".html") {
            #expect(!String(decoding: data, as: UTF8.self).contains("Konfidensialitet"), "\(path)")
        }
        let internalSite = ReportFixture.build(options: BuildOptions(audience: .`internal`)).files
        let html = Fixture.html(internalSite, "rapporter/kommuner/9911-aby/sikkerhet/index.html")
        #expect(html.contains("1. juni 2025"))
        #expect(html.contains("Arkiv Alfa"))
        // Bby's system was assessed on 2026-01-01, within the 12 months.
        #expect(!html.contains("systemer/b-arkiv/"))
    }

    @Test func systemPageShowsWhatDependsOnIt() {
        let html = Fixture.html(site, "kommuner/9911-aby/systemer/a-skole/index.html")
        #expect(html.contains("Hva avhenger av systemet?"))
        #expect(html.contains("Nytt skolesystem"))
        #expect(html.contains("Elevbehandling"))
        #expect(html.contains("avvikles"))
    }

    @Test func outputIsTheSameEveryTime() {
        let again = ReportFixture.build().files
        #expect(again == site)
    }
}

@Suite struct InitiativeValidationTests {
    func diagnostics(_ changes: [String: String?]) -> [Diagnostic] {
        var files = ReportFixture.files
        for (path, text) in changes { files[path] = text }
        return Orden.check(.memory(files)).diagnostics
    }

    @Test func badInitiativesAreReportedWithTheirLines() {
        let found = diagnostics([
            "content/municipalities/9911-aby/initiatives/bad.md": """
            ---
            title: Feil
            status: planned
            start: 2027-05-01
            end: 2027-01-01
            budget:
            - {year: 2027, investment: 1}
            - {year: 2027, running: 1}
            systems:
              retires: [finnes-ikke]
            ---
            """,
        ])
        let path = "content/municipalities/9911-aby/initiatives/bad.md"
        #expect(found.contains { $0.location.path == path && $0.location.line == 3 && $0.message.contains("planned") })
        #expect(found.contains { $0.location.path == path && $0.message.contains("ends (2027-01-01) before it starts") })
        #expect(found.contains { $0.location.path == path && $0.message.contains("year 2027 twice") })
        #expect(found.contains { $0.location.path == path && $0.message.contains("unknown system \"finnes-ikke\"") })
    }

    @Test func regionInitiativesNameTheMunicipality() {
        let found = diagnostics([
            "content/regions/testradet/initiatives/bad.md": "---\ntitle: X\nstatus: proposed\nsystems:\n  retires: [a-arkiv]\n---\n",
            "content/regions/ukjent/initiatives/x.md": "---\ntitle: X\nstatus: proposed\n---\n",
        ])
        #expect(found.contains { $0.location.path.hasSuffix("testradet/initiatives/bad.md") && $0.message.contains("does not say which municipality") })
        #expect(found.contains { $0.location.path.hasSuffix("ukjent/initiatives/x.md") && $0.message.contains("no municipality belongs to the region \"ukjent\"") })
    }

    @Test func missingArticle30FieldsAndOwnerAreWarningsNotErrors() {
        let found = diagnostics([:])
        #expect(!found.hasErrors)
        #expect(found.contains { $0.severity == .warning && $0.message == "retention is missing" })
        #expect(found.contains { $0.severity == .warning && $0.message == "the system has no owner" })
    }

    @Test func withoutAReportDateTheNewestContentDateIsUsedAndSaid() throws {
        var files = ReportFixture.files
        files["orden.yml"] = "title: T\nbase_url: https://t.example/\n"
        let result = Orden.check(.memory(files))
        #expect(result.catalogue?.reportDate == Day("2026-06-01"))
        #expect(result.diagnostics.contains { $0.severity == .warning && $0.message.contains("no report_date") })
    }
}

@Suite struct TableExportTests {
    @Test func hostileTextIsQuotedAndCannotBecomeAFormula() throws {
        let table = Table(caption: "T", columns: [Column("A;B"), Column("Tall", numeric: true)], rows: [
            [Cell("=HYPERLINK(\"x\")"), Cell("1,5", number: 1.5)],
            [Cell("linje\nto; \"sitat\""), Cell("–", numeric: true)],
            [Cell("-5"), Cell("x", number: -0.001)],
        ])
        let rows = try #require(CSVReader.rows(Data(TableExport.csv(table).utf8)))
        #expect(rows == [["A;B", "Tall"], ["'=HYPERLINK(\"x\")", "1,5"], ["linje\nto; \"sitat\"", ""], ["-5", "0"]])
        let json = try JSONSerialization.jsonObject(with: Data(TableExport.json(table, base: "https://x.example/a/").utf8)) as? [String: Any]
        let jsonRows = json?["rows"] as? [[String: Any]]
        #expect(jsonRows?[0]["tall"] as? Double == 1.5)
        #expect(jsonRows?[1]["tall"] is NSNull)
        #expect(jsonRows?[1]["a_b"] as? String == "linje\nto; \"sitat\"")
    }

    /// Spreadsheets skip a leading tab or carriage return, and some a leading space, before they
    /// look for a formula; the guard must see past them (issue 16).
    @Test func whitespaceBeforeAFormulaDoesNotGetPastTheGuard() throws {
        for hostile in ["\t=1+1", "\r=cmd|' /C calc'!A0", " =HYPERLINK(\"http://evil.example\")", "  @SUM(A1)", "\n+A1", "\t-5", "\rtekst"] {
            #expect(TableExport.field(hostile).hasPrefix("'") || TableExport.field(hostile).hasPrefix("\"'"), "\(hostile.debugDescription) → \(TableExport.field(hostile).debugDescription)")
        }
        for harmless in ["-5", " -5", "\n+1", "tekst", " tekst", "1,5", ""] {
            #expect(!TableExport.field(harmless).contains("'"), "\(harmless.debugDescription)")
        }
    }

    /// The copies are written byte by byte; these are the Foundation-based ways they were written
    /// before, which they must agree with.
    enum Former {
        static func decimal(_ value: Double, separator: String) -> String {
            let rounded = (value * 100).rounded() / 100
            if rounded == rounded.rounded() { return String(Int(rounded)) }
            let text = String(format: "%.2f", rounded)
            let trimmed = text.hasSuffix("0") ? String(text.dropLast()) : text
            return trimmed.replacingOccurrences(of: ".", with: separator)
        }

        static func absolute(_ href: String, base: String) -> String {
            if href.hasPrefix("http://") || href.hasPrefix("https://") || href.hasPrefix("mailto:") { return href }
            guard let url = URL(string: href, relativeTo: URL(string: base)) else { return href }
            return url.absoluteString
        }

        static func field(_ text: String) -> String {
            var text = text.replacingOccurrences(of: "\u{00A0}", with: " ")
            let scalars = text.unicodeScalars
            let lead = scalars.drop { $0 == " " || $0 == "\n" }
            if scalars.first == "\t" || scalars.first == "\r"
                || (lead.first.map { "=+-@\t\r".unicodeScalars.contains($0) } == true && Double(text.trimmingCharacters(in: .whitespacesAndNewlines)) == nil) {
                text = "'" + text
            }
            guard text.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }

        static func quote(_ text: String) -> String {
            var out = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default:
                    if scalar.value < 0x20 || scalar == "\u{2028}" || scalar == "\u{2029}" {
                        out += String(format: "\\u%04x", scalar.value)
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
            return out + "\""
        }
    }

    @Test func decimalsAreWrittenAsPrintfRoundsThem() {
        var values: [Double] = [0, -0.0, 0.001, -0.001, 0.004, 0.005, 0.015, 1.005, 2.675, 12.5, -12.5, 0.1, 0.7, 99.99, 123456.789, -0.5, 1e11 + 0.25, 5e12 + 0.5]
        for step in 0..<5000 {
            values.append(Double(step) * 0.0137 - 30)
            values.append(Double(step) / 7)
            values.append(Double(step * step) / 300)
        }
        let wrong = values.filter { DecimalText.text($0, separator: ",") != Former.decimal($0, separator: ",") }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
        #expect(DecimalText.text(-0.5, separator: ".") == "-0.5")
        #expect(DecimalText.text(1234.05, separator: ",") == "1234,05")
    }

    @Test func pageLinksResolveAsFoundationResolvesThem() {
        let bases = ["https://x.example/", "https://x.example/orden/", "https://x.example/a/b/c/", "http://localhost:8080/site/kommuner/9901-x/",
                     "https://x.example/404.html", "https://X.example/a/", "https://x.example/a%20b/"]
        let hrefs = ["../../kommuner/9901-storlia/", "index.json", "./", ".", "..", "../", "../../../../../x/", "a/./b/../c/", "kommuner/",
                     "x//y/", "?q=1", "æøå/", "a b/", "/root/", "//other.example/x", "mailto:a@b.no", "https://y.example/z", "../a.csv"]
        for base in bases {
            for href in hrefs {
                #expect(TableExport.absolute(href, base: base) == Former.absolute(href, base: base), "\(href) against \(base)")
            }
        }
    }

    @Test func columnKeysAndQuotedTextAgreeWithTheFormerWay() {
        for label in ["Årlig kostnad", "Kommune kr/innb.", "A;B", "  ", "---", "Æble", "Øy", "Ål", "Café", "100 %", "Systemer uten kostnad", "Naïve", ""] {
            #expect(TableExport.key(for: label) == Identifier.suggestion(for: label).replacingOccurrences(of: "-", with: "_"), "\(label)")
        }
        for text in ["plain", "1\u{00A0}234\u{00A0}kr", "=HYPERLINK(\"x\";\"y\")", "=1+1", "-5", "-5 kr", "+47 22", "@SUM(A1)", "a;b", "line\nbreak",
                     "\u{00A0}=x", "\"quoted\"", "", "–", "emoji 🇳🇴"] {
            #expect(TableExport.field(text) == Former.field(text), "\(text)")
        }
        for text in ["plain", "quote \" and \\ back", "line\nbreak\r\ttab", "\u{01}\u{1F}\u{7F}", "sep\u{2028}par\u{2029}", "emoji 🇳🇴 æøå", "\u{E2}"] {
            #expect(JSONText.quote(text) == Former.quote(text), "\(text)")
        }
    }
}
