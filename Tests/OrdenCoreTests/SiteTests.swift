import Foundation
import Testing
@testable import Basics
@testable import CommonMark
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

/// The built site: every page at its address, content shown from both ends, nothing unsafe.
@Suite struct SiteTests {
    let site: [String: Data]

    init() throws {
        let result = Fixture.build(Fixture.files)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        site = result.files
    }

    func page(_ path: String) -> String { Fixture.html(site, path) }

    @Test func everyRecordAndListHasItsPage() {
        for path in [
            "index.html", "404.html", "sitemap.xml", "assets/style.css",
            "kommuner/index.html", "kommuner/3901-horten/index.html", "kommuner/9901-testvik/index.html",
            "kommuner/3901-horten/systemer/index.html", "kommuner/3901-horten/datasett/index.html",
            "kommuner/3901-horten/behandlinger/index.html", "kommuner/3901-horten/avtaler/index.html",
            "kommuner/3901-horten/systemer/arkiv/index.html", "kommuner/3901-horten/systemer/okonomi/index.html",
            "kommuner/3901-horten/datasett/postliste/index.html", "kommuner/3901-horten/behandlinger/arkivering/index.html",
            "kommuner/3901-horten/avtaler/acme-avtale/index.html", "kommuner/9901-testvik/systemer/arkiv/index.html",
            "katalog/index.html", "katalog/produkter/index.html", "katalog/produkter/acme-arkiv/index.html",
            "katalog/produkter/beta-okonomi/index.html", "katalog/produkter/ubrukt/index.html",
            "katalog/leverandorer/index.html", "katalog/leverandorer/acme/index.html", "katalog/leverandorer/beta/index.html",
            "katalog/tjenesteomrader/index.html", "katalog/tjenesteomrader/arkiv/index.html",
            "katalog/standarder/index.html", "katalog/standarder/noark-5/index.html",
            "datasett/index.html", "apne-data/index.html",
        ] {
            #expect(site[path] != nil, "missing \(path)")
        }
    }

    /// The impact table marks the integrations that carry personal data from the records, not by
    /// reading the rendered yes/no cell back: a theme whose words for yes and no are alike changes nothing.
    @Test func theImpactTableMarksPersonalDataFromTheRecordWhateverTheWords() throws {
        let system = "\(Fixture.municipalityA)/systems/arkiv.md"
        var files = Fixture.files
        let source = try #require(files[system])
        files[system] = source
            .replacingOccurrences(of: "data: fakturaer\n", with: "data: fakturaer\n    personal_data: true\n")
            .replacingOccurrences(of: "direction: both\n", with: "direction: both\n    personal_data: false\n")
        files["themes/kommune/i18n/nb/svar.yml"] = "local:\n  answer_no: Ja\n"
        files["orden.yml"] = (files["orden.yml"] ?? "") + "\ntheme: kommune\n"
        let result = Fixture.build(files)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.errors)")
        let page = Fixture.html(result.files, "kommuner/3901-horten/systemer/arkiv/index.html")
        let impact = try #require(page.range(of: "id=\"konsekvenser-overskrift\"").map { page[$0.upperBound...] })
        let table = String(impact).components(separatedBy: "</table>").first ?? ""
        #expect(table.components(separatedBy: "<td>personopplysninger</td>").count - 1 == 1, "only the integration that carries personal data is marked")
    }

    @Test func internalRecordsAndFieldsNeverReachTheSite() {
        #expect(site["kommuner/3901-horten/systemer/skjult/index.html"] == nil)
        for (path, bytes) in site {
            let text = String(decoding: bytes, as: UTF8.self)
            // The DPO's e-mail is published (GDPR art. 37(7)); the name is not.
            for secret in ["Skjult system", "RACK-SECRET-17", "Personvernombud Testesen", "2024-05-01", "1. mai 2024"] {
                #expect(!text.contains(secret), "\(secret) leaked into \(path)")
            }
        }
    }

    @Test func systemPageMarksInheritedFactsAndShowsRelations() {
        let html = page("kommuner/3901-horten/systemer/arkiv/index.html")
        #expect(html.contains("<h1>Acme Arkiv</h1>"))
        #expect(html.contains("<div class=\"fact is-inherited\">\n<dt>Leverandør <span class=\"inherited-mark\">Fra katalogen</span>"))
        #expect(html.contains("<div class=\"fact\">\n<dt>Driftsform</dt>"), "hosting is local")
        #expect(html.contains("href=\"../../../../katalog/produkter/acme-arkiv/\""))
        #expect(html.contains("href=\"../../../../kommuner/3901-horten/behandlinger/arkivering/\""))
        #expect(html.contains("href=\"../../../../kommuner/3901-horten/datasett/postliste/\""))
        #expect(html.contains("href=\"../../../../kommuner/3901-horten/avtaler/acme-avtale/\""))
        #expect(html.contains("href=\"../../../../kommuner/9901-testvik/systemer/arkiv/\""))
        #expect(html.contains("150\u{00A0}000\u{00A0}kr"))
    }

    @Test func categoriesAreShownInBokmal() {
        #expect(page("katalog/produkter/acme-arkiv/index.html").contains("<dt>Kategori</dt>\n<dd><span class=\"value\">Dokumenthåndtering</span>"))
    }

    @Test func incomingIntegrationsShowOnTheTarget() {
        let html = page("kommuner/9901-testvik/systemer/arkiv/index.html")
        #expect(html.contains("Integrasjoner til dette systemet"))
        #expect(html.contains("href=\"../../../../kommuner/3901-horten/systemer/arkiv/\""))
    }

    @Test func productPageListsEveryMunicipalityRunningIt() {
        let html = page("katalog/produkter/acme-arkiv/index.html")
        #expect(html.contains(">Horten kommune</a>"))
        #expect(html.contains(">Testvik kommune</a>"))
        #expect(html.contains("Brukes av 2 kommuner"))
    }

    @Test func vendorPageListsProductsAndContracts() {
        let html = page("katalog/leverandorer/acme/index.html")
        #expect(html.contains("href=\"../../../katalog/produkter/acme-arkiv/\""))
        #expect(html.contains("href=\"../../../kommuner/3901-horten/avtaler/acme-avtale/\""))
        #expect(html.contains("123 456 785"))
    }

    @Test func openDataListsOnlyPublicDatasets() {
        let files = Fixture.with(["\(Fixture.municipalityA)/datasets/lukket.md": "---\ntitle: Lukket register\ndescription: D\nthemes: [HEAL]\naccess_rights: non-public\n---\n"])
        let site = Fixture.build(files).files
        let open = Fixture.html(site, "apne-data/index.html")
        let all = Fixture.html(site, "datasett/index.html")
        #expect(open.contains("Postliste") && !open.contains("Lukket register"))
        #expect(all.contains("Postliste") && all.contains("Lukket register"))
    }

    @Test func homePageCountsRecords() {
        let html = page("index.html")
        #expect(html.contains("<span class=\"statistic-value\">2</span> <span class=\"statistic-label\">Kommuner</span>"))
        #expect(html.contains("<span class=\"statistic-value\">3</span> <span class=\"statistic-label\">Systemer</span>"))
    }

    @Test func pagesAreSemanticAndMarkedAsDemo() {
        let html = page("kommuner/3901-horten/index.html")
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nb\">"))
        #expect(html.contains("<main id=\"innhold\""))
        #expect(html.contains("<nav class=\"site-nav\" aria-label=\"Hovedmeny\">"))
        #expect(html.contains("<th scope=\"col\">"))
        #expect(html.contains("Testinnhold"))
        #expect(!html.contains("<script"), "the default theme needs no JavaScript")
    }

    @Test func sitemapListsAbsoluteAddresses() {
        let sitemap = page("sitemap.xml")
        #expect(sitemap.contains("<loc>https://test.example/orden/kommuner/3901-horten/systemer/arkiv/</loc>"))
        #expect(!sitemap.contains("404"))
    }

    @Test func notFoundPageLinksFromTheSiteRoot() {
        let html = page("404.html")
        #expect(html.contains("href=\"/orden/assets/style.css\""))
        #expect(html.contains("href=\"/orden/kommuner/\""))
        // Every link and the search form, which is what broke at depth two and below (issue 16).
        #expect(html.contains("action=\"/orden/sok/\""))
        let links = html.matches(of: /(?:href|src|action)="([^"#][^"]*)"/).map { String($0.1) }
        #expect(!links.isEmpty)
        #expect(links.allSatisfy { $0.hasPrefix("/orden/") || $0.hasPrefix("https://") }, "\(links)")
    }

    @Test func themeTemplatesCanBeOverriddenBySite() {
        let files = Fixture.with(["themes/default/templates/vendor.mustache": "{{<base}}{{$main}}<h1>Egen mal: {{heading}}</h1>{{/main}}{{/base}}"])
        let site = Fixture.build(files).files
        #expect(Fixture.html(site, "katalog/leverandorer/acme/index.html").contains("<h1>Egen mal: Acme Programvare AS</h1>"))
        #expect(Fixture.html(site, "katalog/produkter/acme-arkiv/index.html").contains("<h1>Acme Arkiv</h1>"))
    }

    @Test func brokenTemplateIsACheckError() throws {
        let files = Fixture.with(["themes/default/templates/vendor.mustache": "{{#facts}}unclosed"])
        let problem = try #require(Fixture.check(files).first(containing: "the template cannot be read"))
        #expect(problem.location.path == "themes/default/templates/vendor.mustache")
    }
}

@Suite struct OrderTests {
    @Test func norwegianAlphabeticalOrder() {
        let names = ["Åpen", "zebra", "Ørret", "Ærfugl", "anker", "Berg"]
        #expect(Collation.sorted(names) { $0 } == ["anker", "Berg", "zebra", "Ærfugl", "Ørret", "Åpen"])
    }

    @Test func listsAreOrderedByNameNotId() {
        let files = Fixture.with([
            "content/catalogue/products/aaa.md": "---\nname: Økonomi Pluss\nvendor: beta\n---\n",
            "content/catalogue/products/zzz.md": "---\nname: Arkivlett\nvendor: beta\n---\n",
        ])
        let html = Fixture.html(Fixture.build(files).files, "katalog/produkter/index.html")
        let order = ["Acme Arkiv", "Arkivlett", "Beta Økonomi", "Ubrukt produkt", "Økonomi Pluss"].map { html.range(of: ">\($0)</a>")?.lowerBound }
        #expect(order.allSatisfy { $0 != nil })
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
    }
}
