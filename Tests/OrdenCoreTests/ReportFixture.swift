import Foundation
@testable import Basics
@testable import OrdenAuthoring
@testable import OrdenBuild
@testable import OrdenCatalogue
@testable import OrdenGenerate
@testable import OrdenHistory
@testable import OrdenSite
@testable import OrdenSource
@testable import Spreadsheet

/// A small site whose report figures are computed by hand in the tests: three municipalities
/// (two in the region Testrådet), a retired system with a large cost that must never count, a
/// system without a cost, a phase-out, two contracts and an approved initiative. Report date
/// 2026-11-01.
///
/// | system      | kommune    | status     | cost    | fit (f/t) | product  |
/// |-------------|------------|------------|---------|-----------|----------|
/// | a-arkiv     | 9911 (1000)| production | 150 000 | 4/4       | p-arkiv  |
/// | a-skole     | 9911       | production | –       | 2/2       | p-skole  |
/// | a-gammel    | 9911       | retired    | 999 999 | 1/1       | p-arkiv2 |
/// | b-arkiv     | 9912 (500) | production |  25 000 | 2/4       | p-arkiv  |
/// | b-arkiv2    | 9912       | phase-out  |  10 000 | 4/2       | p-arkiv2 |
/// | c-skole     | 9913 (2000)| production |  40 000 | –         | p-skole  |
enum ReportFixture {
    static var files: [String: String] {
        [
            "orden.yml": """
            title: Rapporttest
            base_url: https://rapport.example/
            report_date: 2026-11-01
            """,
            "content/catalogue/vendors/alfa.md": "---\nname: Alfa AS\n---\n",
            "content/catalogue/vendors/beta.md": "---\nname: Beta AS\n---\n",
            "content/catalogue/service-areas/arkiv.md": "---\nname: Arkiv\n---\n",
            "content/catalogue/service-areas/skole.md": "---\nname: Skole\n---\n",
            "content/catalogue/products/p-arkiv.md": """
            ---
            name: Arkiv Alfa
            vendor: alfa
            service_areas: [arkiv]
            personal_data: {categories: [navn]}
            ---
            """,
            "content/catalogue/products/p-arkiv2.md": "---\nname: Arkiv Beta\nvendor: beta\nservice_areas: [arkiv]\n---\n",
            "content/catalogue/products/p-skole.md": "---\nname: Skole Beta\nvendor: beta\nservice_areas: [skole]\n---\n",
            "content/municipalities/9911-aby/_index.md": """
            ---
            name: Aby kommune
            number: "9911"
            orgnr: "210000003"
            fictional: true
            cooperation: Testrådet
            population: 1000
            ---
            """,
            "content/municipalities/9912-bby/_index.md": """
            ---
            name: Bby kommune
            number: "9912"
            orgnr: "210000011"
            fictional: true
            cooperation: Testrådet
            population: 500
            ---
            """,
            "content/municipalities/9913-cby/_index.md": """
            ---
            name: Cby kommune
            number: "9913"
            orgnr: "210000038"
            fictional: true
            population: 2000
            ---
            """,
            "content/municipalities/9911-aby/systems/a-arkiv.md": """
            ---
            product: p-arkiv
            owner: Arkivet
            lifecycle: {status: production}
            fit: {functional: 4, technical: 4}
            cost: {licence: 100000, operations: 50000}
            classification: {confidentiality: 4, integrity: 2}
            last_risk_assessment: 2025-06-01
            reviewed: 2026-06-01
            integrations:
            - {to: a-skole, direction: out, personal_data: true}
            - {to: 9912/b-arkiv, direction: both}
            ---
            """,
            "content/municipalities/9911-aby/systems/a-skole.md": """
            ---
            product: p-skole
            owner: Skolekontoret
            lifecycle: {status: production}
            fit: {functional: 2, technical: 2}
            reviewed: 2020-01-01
            ---
            """,
            "content/municipalities/9911-aby/systems/a-gammel.md": """
            ---
            product: p-arkiv2
            owner: Arkivet
            lifecycle: {status: retired, end_of_life: 2024-12-31}
            fit: {functional: 1, technical: 1}
            cost: {licence: 999999}
            reviewed: 2026-06-01
            ---
            """,
            "content/municipalities/9911-aby/contracts/a-avtale.md": """
            ---
            title: Arkivavtale Aby
            vendor: alfa
            systems: [a-arkiv]
            start: 2020-01-01
            end: 2027-06-30
            notice_months: 6
            annual_cost: 150000
            reviewed: 2026-06-01
            ---
            """,
            "content/municipalities/9911-aby/processing/a-beh.md": """
            ---
            name: Elevbehandling
            purpose: Undervisning
            legal_basis: [{article: 6(1)(e)}]
            data_subjects: [elever]
            data_categories: [navn, helse]
            special_categories: [health]
            systems: [a-skole]
            reviewed: 2026-06-01
            ---
            """,
            "content/municipalities/9911-aby/initiatives/a-tiltak.md": """
            ---
            title: Nytt skolesystem
            status: approved
            start: 2027-01-01
            end: 2028-06-30
            budget:
            - {year: 2027, investment: 100000, running: 20000}
            - {year: 2028, running: 30000}
            systems:
              retires: [a-skole]
              adds: [product:p-arkiv2]
            service_areas: [skole]
            ---
            """,
            "content/municipalities/9912-bby/systems/b-arkiv.md": """
            ---
            product: p-arkiv
            lifecycle: {status: production}
            fit: {functional: 2, technical: 4}
            cost: {other: 25000}
            classification: {integrity: 3}
            last_risk_assessment: 2026-01-01
            reviewed: 2026-06-01
            ---
            """,
            "content/municipalities/9912-bby/systems/b-arkiv2.md": """
            ---
            product: p-arkiv2
            owner: Arkivet
            lifecycle: {status: phase-out, end_of_life: 2027-03-31}
            fit: {functional: 4, technical: 2}
            cost: {licence: 10000}
            reviewed: 2026-06-01
            ---
            """,
            "content/municipalities/9912-bby/contracts/b-avtale.md": """
            ---
            title: Arkivavtale Bby
            vendor: alfa
            systems: [b-arkiv]
            start: 2021-01-01
            end: 2027-12-31
            notice_months: 3
            reviewed: 2026-06-01
            ---
            """,
            "content/municipalities/9913-cby/systems/c-skole.md": """
            ---
            product: p-skole
            owner: Oppvekst
            lifecycle: {status: production}
            cost: {licence: 40000}
            reviewed: 2026-06-01
            ---
            """,
            "content/regions/testradet/initiatives/felles-arkiv.md": """
            ---
            title: Felles arkiv
            status: proposed
            budget: [{year: 2028, investment: 500000}]
            systems:
              replaces: [9911/a-arkiv, 9912/b-arkiv]
            ---
            """,
        ]
    }

    static func catalogue(_ files: [String: String] = files, options: BuildOptions = BuildOptions()) -> Catalogue? {
        TestSite(files: files, options: options).check().catalogue
    }

    static func build(_ files: [String: String] = files, options: BuildOptions = BuildOptions()) -> (files: [String: Data], diagnostics: [Diagnostic]) {
        let built = TestSite(files: files, options: options).build()
        return (built.files, built.diagnostics)
    }
}

/// A CSV reader for the tests: the dialect TableExport writes (BOM, semicolons, quotes, CRLF).
enum CSVReader {
    static func rows(_ data: Data) -> [[String]]? {
        var text = String(decoding: data, as: UTF8.self)
        guard text.unicodeScalars.first == "\u{FEFF}" else { return nil }
        text.unicodeScalars.removeFirst()
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var characters = Array(text.unicodeScalars)[...]
        while let c = characters.popFirst() {
            if quoted {
                if c == "\"" {
                    if characters.first == "\"" { field.unicodeScalars.append("\""); characters.removeFirst() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == ";" {
                row.append(field); field = ""
            } else if c == "\r" {
                guard characters.popFirst() == "\n" else { return nil }
                row.append(field); rows.append(row); row = []; field = ""
            } else {
                field.unicodeScalars.append(c)
            }
        }
        return row.isEmpty && field.isEmpty ? rows : nil
    }
}
