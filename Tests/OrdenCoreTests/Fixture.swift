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
@testable import OrdenModel
@testable import OrdenSite
@testable import OrdenSource
@testable import Spreadsheet

/// A small, valid site written inline: two municipalities (one real, one fictional), a catalogue
/// of two vendors and three products, and one record of every municipal kind. Tests change one
/// file and assert on what comes out.
enum Fixture {
    static let municipalityA = "content/municipalities/3901-horten"
    static let municipalityB = "content/municipalities/9901-testvik"

    static var files: [String: String] {
        [
            "orden.yml": """
            title: Testsite
            base_url: https://test.example/orden/
            report_date: 2026-11-01
            notice: Testinnhold
            """,
            "content/catalogue/vendors/acme.md": """
            ---
            name: Acme Programvare AS
            orgnr: "123456785"
            country: NO
            website: https://acme.example
            ---
            Leverandør av arkivsystemer.
            """,
            "content/catalogue/vendors/beta.md": """
            ---
            name: Beta Data AS
            ---
            """,
            "content/catalogue/service-areas/arkiv.md": """
            ---
            name: Arkiv
            kostra: ["120"]
            ---
            """,
            "content/catalogue/standards/noark-5.md": """
            ---
            name: Noark 5
            kind: archive
            url: https://standard.example/noark5
            ---
            """,
            "content/catalogue/products/acme-arkiv.md": """
            ---
            name: Acme Arkiv
            vendor: acme
            category: document-management
            service_areas: [arkiv]
            hosting: saas
            licence: proprietary
            standards: [noark-5]
            personal_data:
              categories: [navn, adresse]
            typical_integrations:
              - to: beta-okonomi
                via: noark-5
                direction: out
            status: active
            ---
            Acme Arkiv er et **sak- og arkivsystem**.
            """,
            "content/catalogue/products/beta-okonomi.md": """
            ---
            name: Beta Økonomi
            vendor: beta
            hosting: on-premises
            ---
            Økonomisystem.
            """,
            "content/catalogue/products/ubrukt.md": """
            ---
            name: Ubrukt produkt
            vendor: beta
            ---
            """,
            "\(municipalityA)/_index.md": """
            ---
            name: Horten kommune
            number: "3901"
            orgnr: "974760673"
            county: Vestfold
            population: 27000
            dpo:
              name: Personvernombud Testesen
              email: pvo@horten.example
            ---
            """,
            "\(municipalityB)/_index.md": """
            ---
            name: Testvik kommune
            number: "9901"
            orgnr: "123456785"
            fictional: true
            ---
            """,
            "\(municipalityA)/systems/arkiv.md": """
            ---
            product: acme-arkiv
            owner: Dokumentsenteret
            lifecycle:
              status: production
              since: 2020-01-01
            fit: {functional: 4, technical: 2}
            hosting: hybrid
            cost: {licence: 100000, operations: 50000}
            contract: acme-avtale
            dpa: acme-avtale
            integrations:
              - to: okonomi
                via: noark-5
                direction: out
                data: fakturaer
              - to: 9901/arkiv
                direction: both
              - to: product:beta-okonomi
            classification: {confidentiality: 3, integrity: 3, availability: 2}
            last_risk_assessment: 2024-05-01
            infrastructure: Server RACK-SECRET-17
            ---
            """,
            "\(municipalityA)/systems/okonomi.md": """
            ---
            name: Økonomisystemet
            product: beta-okonomi
            owner: Økonomiavdelingen
            lifecycle: {status: phase-out, end_of_life: 2027-12-31}
            ---
            Vårt eget notat om økonomisystemet.
            """,
            "\(municipalityA)/systems/skjult.md": """
            ---
            name: Skjult system
            owner: IT
            lifecycle: {status: production}
            visibility: internal
            ---
            """,
            "\(municipalityA)/datasets/postliste.md": """
            ---
            title: Postliste
            description: Offentlig postjournal.
            themes: [GOVE]
            access_rights: public
            licence: NLOD-2.0
            distributions:
              - title: CSV
                format: CSV
                access_url: https://data.example/postliste
            source_systems: [arkiv]
            ---
            """,
            "\(municipalityA)/processing/arkivering.md": """
            ---
            name: Arkivering
            purpose: Arkivere saksdokumenter
            legal_basis:
              - article: 6(1)(c)
                law: Arkivlova § 6
            data_subjects: [innbyggere]
            data_categories: [navn]
            retention: Bevares for alltid
            systems: [arkiv]
            processors:
              - vendor: acme
                dpa: acme-avtale
            ---
            """,
            "\(municipalityA)/contracts/acme-avtale.md": """
            ---
            title: Avtale om arkivsystem
            vendor: acme
            type: SSA-L
            systems: [arkiv]
            start: 2020-01-01
            end: 2028-12-31
            notice_months: 6
            annual_cost: 150000
            ---
            """,
            "\(municipalityB)/systems/arkiv.md": """
            ---
            product: acme-arkiv
            owner: Servicetorget
            hosting: on-premises
            lifecycle: {status: production}
            ---
            """,
        ]
    }

    static func with(_ changes: [String: String?]) -> [String: String] {
        var files = files
        for (path, text) in changes { files[path] = text }
        return files
    }

    static func check(_ files: [String: String]) -> [Diagnostic] {
        TestSite(files: files).check().diagnostics
    }

    static func build(_ files: [String: String]) -> (files: [String: Data], diagnostics: [Diagnostic]) {
        let built = TestSite(files: files).build()
        return (built.files, built.diagnostics)
    }

    /// The file as text. A missing file fails the test that asked for it: "" alone would let
    /// every `!html.contains(…)` pass on a page that was never built.
    static func html(_ site: [String: Data], _ path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
        TestSite.Built(files: site, diagnostics: []).page(path, sourceLocation: sourceLocation)
    }
}

extension Array where Element == Diagnostic {
    var errors: [Diagnostic] { filter { $0.severity == .error } }

    func first(containing text: String) -> Diagnostic? {
        first { $0.message.contains(text) }
    }
}
