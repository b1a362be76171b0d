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

@Suite struct SpreadsheetImportTests {
    static let municipality = "3901"

    /// Plans a CSV text for the fixture's first municipality.
    func plan(_ csv: String, kind: SheetKind = .systems, mapping: SpreadsheetMapping = SpreadsheetMapping(), files: [String: String] = Fixture.files) throws -> ImportPlan {
        let read = try Spreadsheet.CSVReader.read(Data(csv.utf8), path: "ark.csv")
        let importer = SpreadsheetImporter(kind: kind, municipality: Self.municipality, municipalityFolder: Fixture.municipalityA, mapping: mapping,
                                           known: KnownRecords.read(.memory(files), municipality: Self.municipality), path: "ark.csv")
        return importer.plan(read)
    }

    /// The planned files checked together with the fixture, as `orden check` would.
    func checked(_ plan: ImportPlan, files: [String: String] = Fixture.files) -> Orden.CheckResult {
        var all = files
        for file in plan.files { all[file.path] = file.text }
        return Orden.check(.memory(all))
    }

    func text(_ plan: ImportPlan, _ id: String, kind: String = "systems") -> String {
        plan.files.first { $0.path == "\(Fixture.municipalityA)/\(kind)/\(id).md" }?.text ?? ""
    }

    // MARK: Headers

    @Test func matchesNorwegianAndEnglishHeadersAlike() throws {
        let norwegian = try plan("Systemnavn;PRODUKT;Leverandør;Systemeier;Livsløp;Drift;Lisenskostnad;Sist gjennomgått\nPostsystem;Acme Arkiv;Acme Programvare AS;Post;I drift;Lokalt;150 000;01.02.2024\n")
        let english = try plan("Name,Product,Vendor,Owner,Lifecycle status,Hosting,Licence cost,Reviewed\nPostsystem,acme-arkiv,acme,Post,production,on-premises,150000,2024-02-01\n")
        #expect(norwegian.diagnostics.isEmpty, "\(norwegian.diagnostics)")
        #expect(english.diagnostics.isEmpty, "\(english.diagnostics)")
        #expect(norwegian.files == english.files.map { PlannedFile(path: $0.path, text: $0.text) })
        let file = text(norwegian, "postsystem")
        #expect(file.contains("product: acme-arkiv"))
        #expect(file.contains("status: production"))
        #expect(file.contains("hosting: on-premises"))
        #expect(file.contains("licence: 150000"))
        #expect(file.contains("reviewed: 2024-02-01"))
        // The vendor is the product's, so the system inherits it rather than repeating it.
        #expect(!file.contains("vendor:"))
        let system = try #require(checked(norwegian).catalogue?.systems[LocalKey("3901", "postsystem")])
        #expect(system.fields.lifecycle.status == .production)
        #expect(system.vendor?.value == "acme")
    }

    @Test func everyHeaderNamesOneFieldPerKind() {
        for kind in SheetKind.allCases {
            var seen: [String: String] = [:]
            for field in kind.schema.fields + [SheetSchema.id, SheetSchema.municipality] {
                for name in field.names {
                    #expect(seen[name] == nil || seen[name] == field.key, "\(kind): \(name) is both \(seen[name] ?? "") and \(field.key)")
                    seen[name] = field.key
                }
            }
        }
    }

    @Test func readsNorwegianValues() throws {
        let csv = """
            Navn;Systemeier;Status;Drift;Kritikalitet;Funksjonell egnethet;Brukere
            A;IT;Under innføring;Sky;Høy;4;1 200
            B;IT;Utfases;SaaS;kritisk;5;0
            C;IT;Faset ut;Driftet av leverandør;Lav;1;3
            D;IT;Anskaffelse;Hybrid;Middels;2;4
            E;IT;Planlagt;Egen drift;lav;3;5
            """
        let planned = try plan(csv)
        #expect(planned.diagnostics.isEmpty, "\(planned.diagnostics)")
        let catalogue = try #require(checked(planned).catalogue)
        let status = ["a", "b", "c", "d", "e"].map { catalogue.systems[LocalKey("3901", $0)]?.fields.lifecycle.status }
        #expect(status == [.implementing, .phaseOut, .retired, .procurement, .planned])
        #expect(catalogue.systems[LocalKey("3901", "a")]?.fields.hosting == .saas)
        #expect(catalogue.systems[LocalKey("3901", "c")]?.fields.hosting == .hosted)
        #expect(catalogue.systems[LocalKey("3901", "b")]?.fields.criticality == .critical)
        #expect(catalogue.systems[LocalKey("3901", "a")]?.fields.users?.value == 1200)
    }

    @Test func unknownColumnsGiveOneWarningWithTheClosestHeader() throws {
        let planned = try plan("Navn;Systemeir;Farge;Status\nA;IT;Blå;I drift\n")
        let warnings = planned.diagnostics.filter { $0.message.contains("not recognised") }
        #expect(warnings.count == 1)
        let warning = try #require(warnings.first)
        #expect(warning.message.contains("B \"Systemeir\"") && warning.message.contains("C \"Farge\""))
        #expect(warning.hint?.contains("\"Systemeir\" → \"Systemeier\" (owner)") == true)
        #expect(warning.location.line == 1)
    }

    // MARK: Row-level problems

    @Test func aBadCellIsLeftOutAndNamedByRowAndColumn() throws {
        let csv = "Navn;Systemeier;Status;Sist gjennomgått;Lisenskostnad\nA;IT;I drift;32.13.2024;100\nB;IT;Gammel;2024-01-01;mye\n;;;;\nC;IT;I drift;;\n"
        let planned = try plan(csv)
        #expect(planned.files.count == 3)
        let date = try #require(planned.diagnostics.first { $0.message.contains("32.13.2024") })
        #expect(date.location == SourceLocation(path: "ark.csv", line: 2, column: 4))
        #expect(date.message.hasPrefix("row 2, column D (\"Sist gjennomgått\")"))
        #expect(date.message.contains("left out"))
        let status = try #require(planned.diagnostics.first { $0.message.contains("Gammel") })
        #expect(status.location.line == 3)
        #expect(status.hint?.contains("I drift (production)") == true)
        #expect(planned.diagnostics.contains { $0.message.contains("\"mye\" is not an amount") && $0.location.column == 5 })
        // The empty row 4 is skipped without a word.
        #expect(!planned.diagnostics.contains { $0.location.line == 4 })
        #expect(!text(planned, "a").contains("reviewed"))
        #expect(text(planned, "a").contains("licence: 100"))
        #expect(planned.diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test func aRowWithoutANameIsSkippedWithAWarning() throws {
        let planned = try plan("Navn;Systemeier\n;IT\nB;HR\n")
        #expect(planned.files.count == 1)
        let warning = try #require(planned.diagnostics.first)
        #expect(warning.message == "row 2 has no Navn and was skipped")
    }

    @Test func aSheetWithoutANameColumnIsAnError() throws {
        let planned = try plan("Systemeier;Status\nIT;I drift\n")
        #expect(planned.files.isEmpty)
        #expect(planned.diagnostics.hasErrors)
    }

    @Test func aSystemWithoutANameIsNamedByItsProduct() throws {
        let planned = try plan("Produkt;Systemeier;Status\nAcme Arkiv;IT;I drift\nAcme Arkiv;HR;I drift\n")
        #expect(planned.files.map(\.path) == ["\(Fixture.municipalityA)/systems/acme-arkiv.md", "\(Fixture.municipalityA)/systems/acme-arkiv-2.md"])
        #expect(!text(planned, "acme-arkiv").contains("name:"))
    }

    @Test func referencesThatDoNotExistAreWrittenAsIdsWithAWarning() throws {
        let planned = try plan("Navn;Systemeier;Status;Produkt;Tjenesteområder;Avtale\nA;IT;I drift;Ukjent Produkt;Arkiv, Helse;acme-avtale\n")
        let file = text(planned, "a")
        #expect(file.contains("product: ukjent-produkt"))
        #expect(file.contains("- arkiv") && file.contains("- helse"))
        #expect(file.contains("contract: acme-avtale"))
        let messages = planned.diagnostics.map(\.message)
        #expect(messages.contains { $0.contains("no product \"Ukjent Produkt\" exists; it was written as \"ukjent-produkt\", which must exist") })
        #expect(messages.contains { $0.contains("no service area \"Helse\"") })
        #expect(!messages.contains { $0.contains("Arkiv\"") || $0.contains("acme-avtale") })
    }

    @Test func theIDColumnIsUsedWhenValidAndUnused() throws {
        let planned = try plan("ID;Navn;Systemeier\npost;Post;IT\npost;Post igjen;IT\nUgyldig Id!;Tredje;IT\n")
        #expect(planned.files.map { ($0.path as NSString).lastPathComponent } == ["post.md", "post-igjen.md", "tredje.md"])
        #expect(planned.diagnostics.count == 2)
        #expect(planned.diagnostics.contains { $0.message.contains("is used by an earlier row") && $0.location.line == 3 })
    }

    @Test func rowsOfOtherMunicipalitiesAreSkipped() throws {
        let planned = try plan("Kommune;Navn;Systemeier\n3901;A;IT\n9901;B;IT\n301;C;IT\n")
        #expect(planned.files.count == 1)
        #expect(planned.diagnostics.first?.message.contains("2 rows of other municipalities skipped (rows 3, 4)") == true)
    }

    // MARK: Mapping file

    @Test func aMappingFileNamesHeadersAndValues() throws {
        let yaml = """
            columns:
              "Sys.navn": name
              "Ansvarlig enhet": owner
              "Intern merknad": ignore
            values:
              lifecycle.status:
                "Prod": production
                "Pilot": implementing
              hosting:
                "Azure": saas
            """
        let mapping = try SpreadsheetMapping.parse(yaml, path: "kart.yml", kind: .systems)
        let planned = try plan("Sys.navn;Ansvarlig enhet;Status;Drift;Intern merknad\nA;IT;prod;azure;hemmelig\nB;HR;Pilot;Sky;\n", mapping: mapping)
        #expect(planned.diagnostics.isEmpty, "\(planned.diagnostics)")
        #expect(text(planned, "a").contains("status: production"))
        #expect(text(planned, "a").contains("hosting: saas"))
        #expect(!text(planned, "a").contains("hemmelig"))
        #expect(text(planned, "b").contains("status: implementing"))
    }

    @Test func aBrokenMappingFileIsAnError() throws {
        let cases = [
            ("columns:\n  \"Navn\": nmae\n", "\"nmae\" is not a field of systems"),
            ("values:\n  status: {Drift: production}\n", "\"status\" is not a field"),
            ("kolonner: {}\n", "unknown key \"kolonner\""),
            ("columns: [a, b]\n", "columns must be a mapping"),
            ("columns: {Navn: [name]}\n", "must map text to text"),
            ("columns: {Navn: name\n", "not valid YAML"),
            ("- just\n- a list\n", "columns: and/or values:"),
        ]
        for (yaml, expected) in cases {
            let error = try #require(throws: Diagnostic.self) { try SpreadsheetMapping.parse(yaml, path: "kart.yml", kind: .systems) }
            #expect(error.message.contains(expected), "\(error.message)")
            #expect(error.location.path == "kart.yml")
        }
        let suggestion = try #require(throws: Diagnostic.self) { try SpreadsheetMapping.parse("columns: {A: nmae}", path: "k.yml", kind: .systems) }
        #expect(suggestion.hint?.hasPrefix("did you mean name?") == true)
    }

    // MARK: Other kinds

    @Test func importsDatasetsThatPassCheck() throws {
        let csv = "Tittel;Beskrivelse;Tema;Tilgang;Lisens;Emneord;Tilgangsadresse;Format;Kildesystemer;Personopplysninger;Utgitt\n"
            + "Vedtak;Alle vedtak.;\"Forvaltning og offentlig sektor; Helse\";Offentlig;NLOD;vedtak, politikk;www.data.example/vedtak;csv;arkiv;Nei;2024-05-01\n"
        let planned = try plan(csv, kind: .datasets)
        #expect(planned.diagnostics.isEmpty, "\(planned.diagnostics)")
        let result = checked(planned)
        #expect(!result.hasErrors, "\(result.diagnostics.errors)")
        let dataset = try #require(result.catalogue?.datasets[LocalKey("3901", "vedtak")])
        #expect(dataset.fields.themes == [.gove, .heal])
        #expect(dataset.fields.licence == .nlod20)
        #expect(dataset.fields.distributions?.first?.accessUrl.url == "https://www.data.example/vedtak")
        #expect(dataset.fields.distributions?.first?.format == .csv)
        #expect(dataset.fields.personalData == false)
        #expect(dataset.fields.keywords == ["vedtak", "politikk"])
    }

    @Test func importsContractsThatPassCheck() throws {
        let csv = "Avtalenavn;Leverandør;Avtaletype;Systemer;Startdato;Sluttdato;Oppsigelsestid;Årlig kostnad\n"
            + "Drift av økonomi;Beta Data AS;ssa-d;okonomi;1.1.2023;31.12.2026;3;\"1.234.567,50\"\n"
        let planned = try plan(csv, kind: .contracts)
        #expect(planned.diagnostics.isEmpty, "\(planned.diagnostics)")
        let result = checked(planned)
        #expect(!result.hasErrors, "\(result.diagnostics.errors)")
        let contract = try #require(result.catalogue?.contracts[LocalKey("3901", "drift-av-okonomi")])
        #expect(contract.fields.vendor.id == "beta")
        #expect(contract.fields.type == .ssaD)
        #expect(contract.fields.start == Day("2023-01-01"))
        #expect(contract.fields.annualCost?.kroner == 1_234_567.5)
        #expect(contract.fields.noticeMonths?.value == 3)
    }

    @Test func importsProcessingActivitiesThatPassCheck() throws {
        let csv = "Behandling;Formål;Behandlingsgrunnlag;Registrerte;Personopplysninger;Særlige kategorier;Lagringstid;Systemer;Databehandlere;DPIA\n"
            + "Lønn;Utbetale lønn;\"art. 6 (1) (c) Skatteforvaltningsloven § 1, første ledd; 6(1)(b)\";ansatte;navn, kontonummer;Helse;5 år;okonomi, 9901/arkiv;Beta Data AS;ja\n"
        let planned = try plan(csv, kind: .processing)
        #expect(planned.diagnostics.isEmpty, "\(planned.diagnostics)")
        let result = checked(planned)
        #expect(!result.hasErrors, "\(result.diagnostics.errors)")
        let activity = try #require(result.catalogue?.processing[LocalKey("3901", "lonn")])
        #expect(activity.fields.legalBasis?.map(\.article.text) == ["6(1)(c)", "6(1)(b)"])
        #expect(activity.fields.legalBasis?.first?.law == "Skatteforvaltningsloven § 1, første ledd")
        #expect(activity.fields.specialCategories == [.health])
        #expect(activity.fields.systems?.map(\.id) == ["okonomi", "arkiv"])
        #expect(activity.fields.systems?.last?.municipality == "9901")
        #expect(activity.fields.processors?.first?.vendor.id == "beta")
        #expect(activity.fields.dpia?.required == true)
    }

    // MARK: Hostile input

    @Test func hostileCellsArriveExactlyAndHarmlessly() throws {
        let hostile = ["=HYPERLINK(\"http://evil.example\";\"klikk\")", "Sier \"hei\": ja", "<b>fet</b><script>alert(1)</script>", "linje 1\nlinje 2",
                       "yes", "2026-01-01", "- liste", "&anker *alias", "{flyt}", "# ikke kommentar", "@SUM(A1)", "---"]
        func quoted(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        var csv = "Navn;Systemeier;Systemforvalter;Status\n"
        for (index, text) in hostile.enumerated() {
            // The manager column holds what a formula-safe export writes: an apostrophe before = + - @.
            let safe = "=+-@".contains(text.prefix(1)) ? "'" + text : text
            csv += "System \(index);\(quoted(text));\(quoted(safe));I drift\n"
        }
        let planned = try plan(csv)
        let result = checked(planned)
        #expect(!result.hasErrors, "\(result.diagnostics.errors)")
        for (index, text) in hostile.enumerated() {
            let system = try #require(result.catalogue?.systems[LocalKey("3901", "system-\(index)")])
            #expect(system.fields.owner == text)
            #expect(system.fields.manager == text)
        }
        let site = Orden.buildInMemory(.memory(Fixture.files.merging(planned.files.map { ($0.path, $0.text) }) { $1 }))
        let page = Fixture.html(site.files, "kommuner/3901-horten/systemer/system-2/index.html")
        #expect(!page.contains("<script>alert(1)</script>"))
    }

    @Test func aFileInTheWayStopsTheWholeImport() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("orden-sheet-\(UUID().uuidString)")
        for (path, text) in Fixture.files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let sheet = folder.appendingPathComponent("ark.csv")
        try Data("Navn;Systemeier;Status\nArkiv;IT;I drift\nNytt;IT;I drift\n".utf8).write(to: sheet)
        let request = SpreadsheetImport.Request(file: sheet, kind: .systems, municipality: "3901")
        let outcome = ImportRunner.apply(SpreadsheetImport.plan(request, source: folder), source: folder, options: ImportOptions())
        #expect(!outcome.wrote)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(Fixture.municipalityA)/systems/nytt.md").path))

        for bad in [Data(), Data("PK\u{3}\u{4}broken".utf8), Data("<html>".utf8)] {
            let workbook = folder.appendingPathComponent("ark.xlsx")
            try bad.write(to: workbook)
            let plan = SpreadsheetImport.plan(SpreadsheetImport.Request(file: workbook, kind: .systems, municipality: "3901"), source: folder)
            #expect(plan.files.isEmpty)
            #expect(plan.diagnostics.hasErrors)
        }
        let missing = SpreadsheetImport.plan(SpreadsheetImport.Request(file: sheet, kind: .systems, municipality: "3999"), source: folder)
        #expect(missing.diagnostics.first?.location.path == "--municipality")
        let written = ImportRunner.apply(SpreadsheetImport.plan(SpreadsheetImport.Request(file: sheet, kind: .systems, municipality: "3901"), source: folder),
                                         source: folder, options: ImportOptions(force: true))
        #expect(written.wrote)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(Fixture.municipalityA)/systems/nytt.md").path))
    }

    // MARK: Values

    @Test func readsNumbersAndDatesAsNorwegiansWriteThem() {
        let numbers: [(String, Double?)] = [("150000", 150000), ("150 000", 150000), ("150\u{00A0}000,50", 150000.5), ("kr 12 500,-", 12500),
                                            ("1.234.567", 1234567), ("1.234,5", 1234.5), ("1,234.5", 1234.5), ("1.5", 1.5), ("0.125", 0.125), ("12,5", 12.5),
                                            ("abc", nil), ("", nil), ("1e5", nil)]
        for (text, expected) in numbers { #expect(SheetCellReader.parseNumber(text) == expected, "\(text)") }
        let days: [(String, String?)] = [("2024-03-31", "2024-03-31"), ("31.03.2024", "2024-03-31"), ("1.2.2024", "2024-02-01"), ("31/12/2024", "2024-12-31"),
                                         ("2024-03-31T00:00:00", "2024-03-31"), ("31.12.24", "2024-12-31"), ("30.02.2024", nil), ("snart", nil), ("2024", nil)]
        for (text, expected) in days { #expect(SheetCellReader.parseDay(text)?.description == expected, "\(text)") }
    }
}
