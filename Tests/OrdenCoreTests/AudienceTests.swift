import Foundation
import Testing
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

/// One source, two audiences. `publicSite` is a small site with nothing internal in it;
/// `withInternals` is the same site plus a sentinel in every internal field, an internal record
/// of every kind, and public records that refer to those internal records. The public build of
/// the second must be byte for byte the public build of the first: no value, id, link or count
/// may give away what is internal.
@Suite struct AudienceTests {
    static let municipality = "content/municipalities/3901-horten"

    static let publicSite: [String: String] = [
        "orden.yml": """
        title: Publikumstest
        base_url: https://test.example/
        report_date: 2026-11-01
        internal_fields: [system.users, contract.annual_cost, dataset.contact, product.licence]
        """,
        "content/catalogue/vendors/acme.md": "---\nname: Acme AS\n---\n",
        "content/catalogue/service-areas/arkiv.md": "---\nname: Arkiv\n---\n",
        "content/catalogue/standards/noark-5.md": "---\nname: Noark 5\nkind: archive\n---\n",
        "content/catalogue/products/acme-arkiv.md": """
        ---
        name: Acme Arkiv
        vendor: acme
        service_areas: [arkiv]
        standards: [noark-5]
        ---
        """,
        "\(municipality)/_index.md": """
        ---
        name: Horten kommune
        number: "3901"
        orgnr: "974760673"
        population: 27000
        dpo: {email: personvernombud@horten.example}
        ---
        """,
        "\(municipality)/systems/arkiv.md": """
        ---
        product: acme-arkiv
        owner: Dokumentsenteret
        lifecycle: {status: production}
        fit: {functional: 4, technical: 4}
        cost: {licence: 100000}
        ---
        """,
        "\(municipality)/datasets/postliste.md": """
        ---
        title: Postliste
        description: Offentlig postjournal.
        themes: [GOVE]
        access_rights: public
        licence: NLOD-2.0
        distributions:
          - format: CSV
            access_url: https://data.example/postliste
        source_systems: [arkiv]
        ---
        """,
        "\(municipality)/processing/arkivering.md": """
        ---
        name: Arkivering
        purpose: Arkivere saksdokumenter
        legal_basis: [{article: 6(1)(c)}]
        data_subjects: [innbyggere]
        data_categories: [navn]
        retention: Bevares
        systems: [arkiv]
        processors: [{vendor: acme}]
        ---
        """,
        "\(municipality)/contracts/acme-avtale.md": """
        ---
        title: Avtale om arkiv
        vendor: acme
        systems: [arkiv]
        start: 2020-01-01
        end: 2027-12-31
        ---
        """,
        "\(municipality)/initiatives/nytt-arkiv.md": """
        ---
        title: Nytt arkiv
        status: approved
        systems: {replaces: [arkiv]}
        ---
        """,
    ]

    /// Each internal field with the sentinel it carries, as it could appear in output.
    static let sentinels: [(field: String, forms: [String])] = [
        // The DPO's name; the e-mail is published (GDPR art. 37(7)), see below.
        ("municipality.dpo name", ["Sentinel Dponavn"]),
        ("system.classification", ["Klassifisering (KIT)", "\"classification\""]),
        ("system.last_risk_assessment", ["1989-03-17", "17. mars 1989"]),
        ("system.infrastructure", ["SENTINEL-INFRA-ROM-17"]),
        ("system.users (orden.yml)", ["987654", "987 654", "987\u{00A0}654", "987\u{202F}654"]),
        ("contract.annual_cost (orden.yml)", ["13579246", "13 579 246", "13\u{00A0}579\u{00A0}246", "13\u{202F}579\u{202F}246"]),
        ("dataset.contact (orden.yml)", ["Sentinel Kontaktperson", "sentinel-kontakt@horten.example"]),
        ("product.licence (orden.yml)", ["SENTINEL-LISENS"]),
        ("internal vendor", ["sentinel-vendor", "Sentinel Leverandør"]),
        ("internal product", ["sentinel-product", "Sentinel Produkt"]),
        ("internal service area", ["sentinel-area", "Sentinel Tjenesteområde"]),
        ("internal standard", ["sentinel-standard", "Sentinel Standard"]),
        ("internal system", ["sentinel-system", "Sentinel Systemnavn"]),
        ("internal dataset", ["sentinel-dataset", "Sentinel Datasett"]),
        ("internal processing activity", ["sentinel-processing", "Sentinel Behandling"]),
        ("internal contract", ["sentinel-contract", "Sentinel Avtale"]),
        ("internal initiative", ["sentinel-initiative", "Sentinel Tiltak"]),
        ("internal municipality", ["9999", "Sentinelvik"]),
    ]

    static var withInternals: [String: String] {
        var files = publicSite
        func add(_ path: String, _ lines: String) {
            guard let text = files[path] else { Issue.record("no \(path) in the fixture"); return }
            files[path] = text.replacingOccurrences(of: "---\n", with: "---\n" + lines + "\n", options: [], range: text.range(of: "---\n"))
        }
        // Internal fields on public records.
        // The DPO's name is internal; the e-mail both sites have is published (GDPR art. 37(7)).
        files["\(municipality)/_index.md"] = files["\(municipality)/_index.md"]?.replacingOccurrences(
            of: "dpo: {email: personvernombud@horten.example}", with: "dpo: {name: Sentinel Dponavn, email: personvernombud@horten.example}")
        add("\(municipality)/systems/arkiv.md", """
        classification: {confidentiality: 3, integrity: 4, availability: 2}
        last_risk_assessment: 1989-03-17
        infrastructure: SENTINEL-INFRA-ROM-17
        users: 987654
        integrations:
          - to: sentinel-system
          - to: 9999/sentinel-kommunesystem
          - to: product:sentinel-product
            via: sentinel-standard
        datasets: [sentinel-dataset]
        dpa: sentinel-contract
        """)
        add("\(municipality)/contracts/acme-avtale.md", "annual_cost: 13579246")
        add("\(municipality)/datasets/postliste.md", "contact: {name: Sentinel Kontaktperson, email: sentinel-kontakt@horten.example}")
        add("content/catalogue/products/acme-arkiv.md", "licence: SENTINEL-LISENS")
        // Public records that refer to internal ones.
        files["content/catalogue/products/acme-arkiv.md"] = files["content/catalogue/products/acme-arkiv.md"]?
            .replacingOccurrences(of: "service_areas: [arkiv]", with: "service_areas: [arkiv, sentinel-area]")
            .replacingOccurrences(of: "standards: [noark-5]", with: "standards: [noark-5, sentinel-standard]\ntypical_integrations: [{to: sentinel-product}]")
        files["\(municipality)/datasets/postliste.md"] = files["\(municipality)/datasets/postliste.md"]?
            .replacingOccurrences(of: "source_systems: [arkiv]", with: "source_systems: [arkiv, sentinel-system]")
        files["\(municipality)/processing/arkivering.md"] = files["\(municipality)/processing/arkivering.md"]?
            .replacingOccurrences(of: "systems: [arkiv]", with: "systems: [arkiv, sentinel-system, 9999/sentinel-kommunesystem]")
            .replacingOccurrences(of: "processors: [{vendor: acme}]", with: "processors: [{vendor: acme}, {vendor: sentinel-vendor, dpa: sentinel-contract}]")
        files["\(municipality)/contracts/acme-avtale.md"] = files["\(municipality)/contracts/acme-avtale.md"]?
            .replacingOccurrences(of: "systems: [arkiv]", with: "systems: [arkiv, sentinel-system]")
        files["\(municipality)/initiatives/nytt-arkiv.md"] = files["\(municipality)/initiatives/nytt-arkiv.md"]?
            .replacingOccurrences(of: "systems: {replaces: [arkiv]}", with: "systems: {replaces: [arkiv, sentinel-system], adds: [product:sentinel-product]}\nservice_areas: [sentinel-area]")
        // An internal record of every kind.
        let hidden = "visibility: internal"
        files["content/catalogue/vendors/sentinel-vendor.md"] = "---\nname: Sentinel Leverandør\n\(hidden)\n---\n"
        files["content/catalogue/products/sentinel-product.md"] = "---\nname: Sentinel Produkt\nvendor: sentinel-vendor\n\(hidden)\n---\n"
        files["content/catalogue/service-areas/sentinel-area.md"] = "---\nname: Sentinel Tjenesteområde\n\(hidden)\n---\n"
        files["content/catalogue/standards/sentinel-standard.md"] = "---\nname: Sentinel Standard\n\(hidden)\n---\n"
        files["\(municipality)/systems/sentinel-system.md"] = """
        ---
        name: Sentinel Systemnavn
        product: sentinel-product
        lifecycle: {status: production}
        integrations: [{to: arkiv}]
        \(hidden)
        ---
        Sentinel brødtekst.
        """
        files["\(municipality)/datasets/sentinel-dataset.md"] = """
        ---
        title: Sentinel Datasett
        description: Sentinel beskrivelse.
        themes: [GOVE]
        access_rights: public
        licence: NLOD-2.0
        distributions: [{format: CSV, access_url: "https://data.example/sentinel"}]
        \(hidden)
        ---
        """
        files["\(municipality)/processing/sentinel-processing.md"] = """
        ---
        name: Sentinel Behandling
        purpose: Sentinel formål
        data_categories: [navn]
        systems: [arkiv]
        \(hidden)
        ---
        """
        files["\(municipality)/contracts/sentinel-contract.md"] = """
        ---
        title: Sentinel Avtale
        vendor: sentinel-vendor
        systems: [arkiv]
        start: 2021-01-01
        end: 2026-12-31
        \(hidden)
        ---
        """
        files["\(municipality)/initiatives/sentinel-initiative.md"] = """
        ---
        title: Sentinel Tiltak
        status: ongoing
        systems: {retires: [arkiv]}
        budget: [{year: 2027, investment: 500000}]
        \(hidden)
        ---
        """
        files["content/municipalities/9999-sentinelvik/_index.md"] = """
        ---
        name: Sentinelvik kommune
        number: "9999"
        orgnr: "123456785"
        fictional: true
        \(hidden)
        ---
        """
        files["content/municipalities/9999-sentinelvik/systems/sentinel-kommunesystem.md"] = """
        ---
        product: acme-arkiv
        owner: IT
        lifecycle: {status: production}
        integrations: [{to: 3901/arkiv}]
        ---
        """
        return files
    }

    static func build(_ files: [String: String], _ audience: Audience) -> [String: Data] {
        let built = TestSite(files: files, audience: audience).build()
        let (site, diagnostics) = (built.files, built.diagnostics)
        #expect(diagnostics.errors.isEmpty, "\(diagnostics.errors)")
        #expect(!site.isEmpty)
        return site
    }

    @Test func thePublicBuildIsTheSameWhetherOrNotTheSourceHasInternalContent() {
        let expected = Self.build(Self.publicSite, .public)
        let actual = Self.build(Self.withInternals, .public)
        #expect(Set(actual.keys) == Set(expected.keys), "files only in the build with internals: \(Set(actual.keys).subtracting(expected.keys).sorted())")
        let different = expected.keys.filter { actual[$0] != nil && actual[$0] != expected[$0] }.sorted()
        // One difference by design: a data processing agreement that is internal is registered,
        // and the public reports must not list its system as without one (GDPR art. 28(3)); the
        // system's page says "Registrert, ikke publisert" and names neither the contract nor its id.
        let arkiv = "kommuner/3901-horten/systemer/arkiv/index.html"
        #expect(different == [arkiv], "files that differ: \(different)")
        let withheld = String(decoding: actual[arkiv] ?? Data(), as: UTF8.self)
        #expect(withheld.contains("Registrert, ikke publisert"))
        #expect(withheld.replacingOccurrences(of: Self.agreementFact, with: "") == String(decoding: expected[arkiv] ?? Data(), as: UTF8.self),
                "the page differs in more than the withheld agreement")
    }

    /// The fact row a withheld agreement adds to a system's page.
    static let agreementFact = """
        <div class="fact">
        <dt>Databehandleravtale</dt>
        <dd><span class="value">Registrert, ikke publisert</span></dd>
        </div>

        """

    @Test func noSentinelOfAnInternalFieldOrRecordReachesAnyPublicByte() {
        let site = Self.build(Self.withInternals, .public)
        for (path, bytes) in site {
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(!text.localizedCaseInsensitiveContains("sentinel"), "\(path) mentions a sentinel")
            for (field, forms) in Self.sentinels {
                for form in forms where text.contains(form) {
                    // The JSON Schemas name the internal fields (not their values).
                    if form == "\"classification\"" && path.hasPrefix("data/schema/") { continue }
                    Issue.record("\(field) leaks into \(path) as \(form)")
                }
            }
        }
    }

    @Test func theInternalBuildShowsEveryInternalFieldAndRecord() {
        let site = Self.build(Self.withInternals, .internal)
        let everything = site.filter { !$0.key.hasPrefix("data/schema/") }.values.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
        for (field, forms) in Self.sentinels {
            #expect(forms.contains { everything.contains($0) }, "the internal build does not show \(field)")
        }
        let system = Fixture.html(site, "kommuner/3901-horten/systemer/sentinel-system/index.html")
        #expect(system.contains("Sentinel Systemnavn"))
        #expect(system.contains(">Intern<"))
        #expect(site["rapporter/sikkerhet/index.html"] != nil, "the security report belongs to the internal build")
    }

    /// The badge on an internal record is interface text like any other: English on an English site.
    @Test func theInternalBadgeIsInThePagesLanguage() {
        let english = TestSite(files: Self.withInternals, audience: .internal, language: .en).build()
        english.expectNoErrors()
        english.expectFile("kommuner/3901-horten/systemer/sentinel-system/index.html", contains: ">Internal<", "! >Intern<")
    }

    @Test func everyInternalPageSaysSoAndAsksNotToBeIndexed() throws {
        let internalSite = Self.build(Self.publicSite, .internal)
        let pages = internalSite.filter { $0.key.hasSuffix(".html") }
        #expect(pages.count > 20)
        for (path, bytes) in pages {
            let html = String(decoding: bytes, as: UTF8.self)
            #expect(html.contains("<meta name=\"robots\" content=\"noindex, nofollow\">"), "\(path) has no noindex")
            #expect(html.contains("class=\"internal-notice\""), "\(path) is not marked internal")
        }
        #expect(String(decoding: try #require(internalSite["robots.txt"]), as: UTF8.self).contains("Disallow: /"))
        let publicSite = Self.build(Self.publicSite, .public)
        #expect(!publicSite.values.contains { String(decoding: $0, as: UTF8.self).contains("noindex") })
        #expect(publicSite["rapporter/sikkerhet/index.html"] == nil)
        #expect(String(decoding: try #require(publicSite["robots.txt"]), as: UTF8.self).contains("Sitemap: https://test.example/sitemap.xml"))
    }

    @Test func ordenYmlNamesInternalFieldsAsKindDotField() {
        func problems(_ line: String) -> [Diagnostic] {
            var files = Self.publicSite
            files["orden.yml"] = "title: T\nbase_url: https://test.example/\nreport_date: 2026-11-01\n" + line
            return Orden.check(.memory(files)).diagnostics.errors
        }
        #expect(problems("internal_fields: [system.users, municipality.dpo]").isEmpty)
        let unknownField = problems("internal_fields: [system.user]")
        #expect(unknownField.first?.message.contains("no optional field \"user\"") == true)
        #expect(unknownField.first?.hint?.contains("did you mean \"users\"") == true)
        #expect(unknownField.first?.location.line == 4)
        let required = problems("internal_fields: [system.lifecycle]")
        #expect(required.first?.message.contains("no optional field \"lifecycle\"") == true)
        let unknownKind = problems("internal_fields: [systems.users]")
        #expect(unknownKind.first?.hint?.contains("did you mean \"system\"") == true)
    }

    @Test func aPublicProductCannotHaveAnInternalVendor() {
        var files = Self.publicSite
        files["content/catalogue/vendors/acme.md"] = "---\nname: Acme AS\nvisibility: internal\n---\n"
        let errors = Orden.check(.memory(files)).diagnostics.errors
        #expect(errors.contains { $0.message.contains("its vendor \"acme\" is marked visibility: internal") && $0.location.path.hasSuffix("acme-arkiv.md") && $0.location.line == 3 })
        #expect(errors.contains { $0.location.path.hasSuffix("acme-avtale.md") })
    }

    @Test func aSystemFieldKeptInternalDoesNotFallBackToTheProductsValue() {
        var files = Self.publicSite
        files["orden.yml"] = (files["orden.yml"] ?? "").replacingOccurrences(of: "[system.users,", with: "[system.users, system.hosting,")
        files["content/catalogue/products/acme-arkiv.md"] = "---\nname: Acme Arkiv\nvendor: acme\nhosting: saas\n---\n"
        let publicPage = Fixture.html(Self.build(files, .public), "kommuner/3901-horten/systemer/arkiv/index.html")
        let internalPage = Fixture.html(Self.build(files, .internal), "kommuner/3901-horten/systemer/arkiv/index.html")
        #expect(!publicPage.contains("Driftsform"))
        #expect(internalPage.contains("Driftsform"))
    }

    @Test func theFallbackReportDateIgnoresInternalRecords() throws {
        var files = Self.publicSite
        files["orden.yml"] = "title: T\nbase_url: https://test.example/\n"
        files["\(Self.municipality)/systems/arkiv.md"] = (files["\(Self.municipality)/systems/arkiv.md"] ?? "").replacingOccurrences(of: "owner:", with: "reviewed: 2026-03-01\nowner:")
        files["\(Self.municipality)/systems/skjult.md"] = "---\nname: Skjult\nowner: IT\nlifecycle: {status: production}\nreviewed: 2026-10-30\nvisibility: internal\n---\n"
        let catalogue = try #require(Orden.check(.memory(files)).catalogue)
        #expect(catalogue.reportDate == Day("2026-03-01"))
    }

    /// GDPR art. 37(7): the DPO's contact details are published; a functional address is enough,
    /// so the person's name is not, unless the site says so.
    @Test func theDataProtectionOfficersContactIsPublishedAndTheNameIsNot() {
        let site = Self.build(Self.withInternals, .public)
        let page = Fixture.html(site, "kommuner/3901-horten/index.html")
        #expect(page.contains("personvernombud@horten.example"))
        #expect(!site.values.contains { String(decoding: $0, as: UTF8.self).contains("Sentinel Dponavn") })
        let dpoPage = Fixture.html(site, "rapporter/kommuner/3901-horten/personvernombud/index.html")
        #expect(dpoPage.contains("personvernombud@horten.example") && !dpoPage.contains("Sentinel Dponavn"))
        let internalPage = Fixture.html(Self.build(Self.withInternals, .internal), "kommuner/3901-horten/index.html")
        #expect(internalPage.contains("Sentinel Dponavn"))
    }

    @Test func aSiteCanPublishItsDataProtectionOfficerButNoSecurityDetail() {
        var files = Self.withInternals
        files["orden.yml"] = (files["orden.yml"] ?? "") + "\npublic_fields: [municipality.dpo]\n"
        let page = Fixture.html(Self.build(files, .public), "kommuner/3901-horten/index.html")
        #expect(page.contains("Sentinel Dponavn") && page.contains("personvernombud@horten.example"))
        #expect(!page.contains("SENTINEL-INFRA"))
        func problem(_ line: String) -> Diagnostic? {
            var files = Self.publicSite
            files["orden.yml"] = (files["orden.yml"] ?? "") + "\n" + line + "\n"
            return Orden.check(.memory(files)).diagnostics.errors.first
        }
        #expect(problem("public_fields: [system.classification]")?.message.contains("cannot be made public") == true)
        #expect(problem("public_fields: [system.owner]")?.message.contains("is public already") == true)
    }
}
