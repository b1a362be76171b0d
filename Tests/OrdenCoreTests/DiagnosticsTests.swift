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

/// One fixture per class of problem: each must be found, at the right place, with a hint.
@Suite struct DiagnosticsTests {
    let system = "\(Fixture.municipalityA)/systems/arkiv.md"

    @Test func theFixtureIsClean() {
        let diagnostics = Fixture.check(Fixture.files)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test func yamlSyntaxErrorGivesTheLineInTheFile() throws {
        let files = Fixture.with([system: "---\nproduct: acme-arkiv\nowner: [Dokumentsenteret\nlifecycle: {status: production}\n---\n"])
        let problem = try #require(Fixture.check(files).first(containing: "YAML syntax error"))
        #expect(problem.location.path == system)
        // libyaml notices the unclosed [ on the next line, at the ':' after "lifecycle".
        #expect(problem.location.line == 4)
        #expect(problem.location.column == 10)
        #expect(problem.hint != nil)
    }

    @Test func frontMatterThatNeverClosesIsReported() throws {
        let files = Fixture.with([system: "---\nproduct: acme-arkiv\nowner: IT\n\nSome body text\n"])
        let problem = try #require(Fixture.check(files).first(containing: "never closed"))
        #expect(problem.location.line == 1)
        #expect(problem.hint?.contains("---") == true)
    }

    @Test func fileWithoutFrontMatterIsReported() throws {
        let files = Fixture.with([system: "Just text\n"])
        #expect(Fixture.check(files).first(containing: "no front matter") != nil)
    }

    @Test func missingRequiredFieldsAreAllReported() throws {
        let files = Fixture.with([system: "---\nproduct: acme-arkiv\n---\n"])
        let diagnostics = Fixture.check(files)
        #expect(diagnostics.errors.first(containing: "missing required field \"lifecycle\"") != nil)
        // A missing owner is a gap the data quality report lists, so a warning, not an error.
        #expect(diagnostics.first(containing: "the system has no owner")?.severity == .warning)
    }

    @Test func missingNestedRequiredFieldNamesThePath() throws {
        let files = Fixture.with([system: "---\nproduct: acme-arkiv\nowner: IT\nlifecycle:\n  since: 2020-01-01\n---\n"])
        let problem = try #require(Fixture.check(files).first(containing: "missing required field \"lifecycle.status\""))
        #expect(problem.location.line == 5)
    }

    @Test func unknownKeySuggestsTheClosestField() throws {
        let files = Fixture.with([system: "---\nproduct: acme-arkiv\nowner: IT\nlifecylce: {status: production}\n---\n"])
        let diagnostics = Fixture.check(files)
        let problem = try #require(diagnostics.first(containing: "unknown field \"lifecylce\""))
        #expect(problem.location.line == 4)
        #expect(problem.location.column == 1)
        #expect(problem.hint?.contains("did you mean \"lifecycle\"") == true)
    }

    @Test func unknownNestedKeyIsReported() throws {
        let files = Fixture.with([system: "---\nproduct: acme-arkiv\nowner: IT\nlifecycle: {status: production, sinse: 2020-01-01}\n---\n"])
        let problem = try #require(Fixture.check(files).first(containing: "unknown field \"sinse\""))
        #expect(problem.message.hasPrefix("lifecycle:"))
        #expect(problem.hint?.contains("\"since\"") == true)
    }

    @Test func wrongEnumValueListsTheAllowedOnes() throws {
        let files = Fixture.with([system: "---\nproduct: acme-arkiv\nowner: IT\nlifecycle: {status: producton}\n---\n"])
        let problem = try #require(Fixture.check(files).first(containing: "lifecycle.status has the value \"producton\""))
        #expect(problem.hint?.contains("did you mean \"production\"") == true)
        #expect(problem.hint?.contains("planned, procurement, implementing, production, phase-out, retired") == true)
    }

    @Test func wrongTypesAreReported() throws {
        let files = Fixture.with([system: """
            ---
            product: acme-arkiv
            owner: IT
            lifecycle: {status: production}
            users: many
            integrations: okonomi
            cost: 1000
            ---
            """])
        let diagnostics = Fixture.check(files)
        #expect(diagnostics.first(containing: "users: expected a whole number, found \"many\"")?.location.line == 5)
        #expect(diagnostics.first(containing: "integrations must be a list")?.location.line == 6)
        #expect(diagnostics.first(containing: "cost must be a group of fields")?.location.line == 7)
    }

    @Test func scoresOutsideTheirRangeAreReported() throws {
        let files = Fixture.with([system: "---\nproduct: acme-arkiv\nowner: IT\nlifecycle: {status: production}\nfit: {functional: 7, technical: 0}\n---\n"])
        let diagnostics = Fixture.check(files)
        #expect(diagnostics.first(containing: "fit.functional: 7 is outside 1–5") != nil)
        #expect(diagnostics.first(containing: "fit.technical: 0 is outside 1–5") != nil)
    }

    /// Populations are summed for regions and the country: two near Int.max crashed the build
    /// while check passed (issue 16). Now check refuses what no municipality has.
    @Test func populationsAndNoticePeriodsBeyondAnyRealOneAreErrors() throws {
        let indexA = "\(Fixture.municipalityA)/_index.md", indexB = "\(Fixture.municipalityB)/_index.md"
        let contract = "\(Fixture.municipalityA)/contracts/acme-avtale.md"
        let files = Fixture.with([
            indexA: (Fixture.files[indexA] ?? "").replacingOccurrences(of: "population: 27000", with: "population: 9223372036854775807"),
            indexB: (Fixture.files[indexB] ?? "").replacingOccurrences(of: "fictional: true", with: "fictional: true\npopulation: 20000000"),
            contract: (Fixture.files[contract] ?? "").replacingOccurrences(of: "notice_months: 6", with: "notice_months: 100000"),
        ])
        let result = Fixture.build(files)
        #expect(result.files.isEmpty)
        let huge = try #require(result.diagnostics.first(containing: "9223372036854775807 is not a plausible number"))
        #expect(huge.location.path == indexA && huge.location.line == 6)
        let large = try #require(result.diagnostics.first(containing: "population 20000000 is more than any municipality has"))
        #expect(large.location.path == indexB && large.hint != nil)
        let notice = try #require(result.diagnostics.first(containing: "notice_months 100000 is more than 120 months"))
        #expect(notice.location.path == contract && notice.location.line == 8)
    }

    @Test func addingMonthsNeverOverflowsOrStandsStill() throws {
        let day = try #require(Day("2026-01-31"))
        #expect(day.adding(months: 1) == Day("2026-02-28"))
        #expect(day.adding(months: -13) == Day("2024-12-31"))
        #expect(day.adding(months: Int.max) == Day("9999-12-31"))
        #expect(day.adding(months: Int.min) == Day("0001-01-01"))
        #expect(day.adding(months: 1_000_000) == Day("9999-12-31"))
    }

    @Test func invalidDatesAreReported() throws {
        let files = Fixture.with([system: "---\nproduct: acme-arkiv\nowner: IT\nlifecycle: {status: production, since: 2023-02-30, end_of_life: 31.12.2027}\n---\n"])
        let diagnostics = Fixture.check(files)
        #expect(diagnostics.first(containing: "\"2023-02-30\" is not a date in the calendar") != nil)
        #expect(diagnostics.first(containing: "\"31.12.2027\" is not a date in the form YYYY-MM-DD") != nil)
    }

    @Test func organisationNumberFailingModulo11IsReported() throws {
        let vendor = "content/catalogue/vendors/acme.md"
        let files = Fixture.with([vendor: "---\nname: Acme\norgnr: \"123456789\"\n---\n"])
        let problem = try #require(Fixture.check(files).first(containing: "fails the mod-11 check"))
        #expect(problem.location == SourceLocation(path: vendor, line: 3, column: 8))
    }

    @Test func municipalityNumberNotInTheOfficialListIsReported() throws {
        let path = "content/municipalities/3899-ingenby/_index.md"
        var files = Fixture.files
        files[path] = "---\nname: Ingenby\nnumber: \"3899\"\norgnr: \"974760673\"\n---\n"
        let problem = try #require(Fixture.check(files).first(containing: "3899 is not a municipality number in the official list"))
        #expect(problem.location.path == path)
        #expect(problem.location.line == 3)
    }

    @Test func fictionalMunicipalityMustUseCounty99() throws {
        let path = "\(Fixture.municipalityB)/_index.md"
        let files = Fixture.with([path: "---\nname: Testvik\nnumber: \"9901\"\norgnr: \"123456785\"\n---\n"])
        let problem = try #require(Fixture.check(files).first(containing: "9901 is not a municipality number"))
        #expect(problem.hint?.contains("fictional: true") == true)
    }

    @Test func municipalityNumberMustMatchItsFolder() throws {
        let path = "\(Fixture.municipalityA)/_index.md"
        let files = Fixture.with([path: "---\nname: Horten\nnumber: \"3903\"\norgnr: \"974760673\"\n---\n"])
        #expect(Fixture.check(files).first(containing: "does not match the folder's number 3901") != nil)
    }

    @Test func idsOutsideTheAllowedCharactersAreReported() throws {
        var files = Fixture.files
        files["content/catalogue/vendors/Acme_AS.md"] = "---\nname: Acme\n---\n"
        files[system] = (files[system] ?? "").replacingOccurrences(of: "contract: acme-avtale", with: "contract: Acme Avtale")
        let diagnostics = Fixture.check(files)
        let fileName = try #require(diagnostics.first(containing: "the file name gives the id \"Acme_AS\""))
        #expect(fileName.hint?.contains("git mv 'content/catalogue/vendors/Acme_AS.md' content/catalogue/vendors/acme-as.md") == true)
        // The suggested name is one no file has yet.
        files["content/catalogue/vendors/Acme.md"] = "---\nname: Acme\n---\n"
        let taken = try #require(Fixture.check(files).first(containing: "the file name gives the id \"Acme\""))
        #expect(taken.hint?.contains("content/catalogue/vendors/acme-2.md") == true, "\(taken.hint ?? "")")
        #expect(diagnostics.first(containing: "\"Acme Avtale\" is not a valid id") != nil)
    }

    @Test func danglingReferencesOfEveryKindAreReported() throws {
        let files = Fixture.with([
            "content/catalogue/products/acme-arkiv.md": "---\nname: Acme Arkiv\nvendor: acmee\nservice_areas: [arkivv]\nstandards: [noark5]\ntypical_integrations: [{to: ingen, via: ingen-std}]\n---\n",
            "content/catalogue/service-areas/arkiv.md": "---\nname: Arkiv\nparent: ingenting\n---\n",
            system: """
            ---
            product: acme-arkv
            vendor: nobody
            owner: IT
            lifecycle: {status: production}
            contract: ingen-avtale
            dpa: ingen-dpa
            datasets: [ingen-data]
            integrations:
              - to: ingen-system
              - to: 9901/ingen
              - to: 9999/arkiv
              - to: product:ingen
            ---
            """,
            "\(Fixture.municipalityA)/datasets/postliste.md": "---\ntitle: P\ndescription: D\nthemes: [GOVE]\naccess_rights: restricted\nsource_systems: [ingen]\n---\n",
            "\(Fixture.municipalityA)/processing/arkivering.md": "---\nname: A\npurpose: P\nlegal_basis: [{article: 6(1)(c)}]\ndata_subjects: [a]\ndata_categories: [b]\nretention: r\nsystems: [ingen]\nprocessors: [{vendor: ingen-leverandor, dpa: ingen-avtale}]\n---\n",
            "\(Fixture.municipalityA)/contracts/acme-avtale.md": "---\ntitle: T\nvendor: ingen\nstart: 2020-01-01\nsystems: [ingen]\n---\n",
        ])
        let messages = Fixture.check(files).errors.map(\.message)
        for expected in [
            "unknown vendor \"acmee\"", "unknown service area \"arkivv\"", "unknown standard \"noark5\"", "unknown product \"ingen\"",
            "unknown standard \"ingen-std\"", "unknown service area \"ingenting\"", "unknown product \"acme-arkv\"",
            "unknown vendor \"nobody\"", "unknown contract \"ingen-avtale\"", "unknown contract \"ingen-dpa\"",
            "unknown dataset \"ingen-data\"", "unknown system \"ingen-system\"", "unknown system \"ingen\"",
            "unknown municipality \"9999\"", "unknown vendor \"ingen-leverandor\"", "unknown vendor \"ingen\"",
        ] {
            #expect(messages.contains(expected), "missing: \(expected)")
        }
        let suggestion = Fixture.check(files).first(containing: "unknown product \"acme-arkv\"")
        #expect(suggestion?.hint?.contains("did you mean \"acme-arkiv\"") == true)
        #expect(suggestion?.location.line == 2)
    }

    @Test func aBrokenFileIsReportedOnceNotAtEveryReferenceToIt() throws {
        let contract = "\(Fixture.municipalityA)/contracts/acme-avtale.md"
        let files = Fixture.with([
            contract: "---\ntitle: [unclosed\nvendor: acme\n---\n",
            "content/catalogue/vendors/acme.md": "---\nname: Acme\nwebsite: {\n---\n",
            "\(Fixture.municipalityA)/_index.md": "---\nname: Horten\nnumber: 3901\norgnr: [\n---\n",
        ])
        let errors = Fixture.check(files).errors
        #expect(errors.count == 3, "\(errors)")
        #expect(Set(errors.map(\.location.path)) == [contract, "content/catalogue/vendors/acme.md", "\(Fixture.municipalityA)/_index.md"])
    }

    @Test func duplicateIdsNameTheFirstFile() throws {
        var files = Fixture.files
        // A copy in a subfolder is not a record (it would have been a second acme-arkiv before).
        files["content/catalogue/products/annet/acme-arkiv.md"] = "---\nname: Kopi\nvendor: acme\n---\n"
        files["content/municipalities/3901-horten-2/_index.md"] = "---\nname: Horten igjen\nnumber: \"3901\"\norgnr: \"974760673\"\n---\n"
        let diagnostics = Fixture.check(files)
        #expect(diagnostics.first(containing: "product id \"acme-arkiv\" is already used") == nil)
        #expect(diagnostics.first { $0.location.path == "content/catalogue/products/annet/acme-arkiv.md" }?.severity == .warning)
        #expect(diagnostics.first(containing: "municipality number 3901 is already used") != nil)
    }

    @Test func fileThatIsNotUTF8IsReportedWithItsPosition() throws {
        var bytes = Fixture.files.mapValues { Data($0.utf8) }
        bytes[system] = Data("---\nproduct: acme-arkiv\nowner: R".utf8) + Data([0xE5]) + Data("d\nlifecycle: {status: production}\n---\n".utf8)
        let diagnostics = Orden.check(.memory(bytes: bytes)).diagnostics
        let problem = try #require(diagnostics.first(containing: "not UTF-8"))
        #expect(problem.location == SourceLocation(path: system, line: 3, column: 9))
        #expect(problem.hint?.contains("UTF-8") == true)
    }

    @Test func windowsLineEndingsAndByteOrderMarkAreValid() throws {
        var bytes = Fixture.files.mapValues { Data($0.utf8) }
        let text = "---\r\nproduct: acme-arkiv\r\nowner: IT\r\ndpa: acme-avtale\r\nlifecycle:\r\n  status: production\r\n---\r\nTekst\r\n"
        bytes[system] = Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
        let diagnostics = Orden.check(.memory(bytes: bytes)).diagnostics
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test func duplicateKeysAreReported() throws {
        let files = Fixture.with([system: "---\nproduct: acme-arkiv\nowner: IT\nowner: Other\nlifecycle: {status: production}\n---\n"])
        #expect(Fixture.check(files).first(containing: "\"owner\" is written twice") != nil)
    }

    @Test func everyProblemInOneRunSortedByPlace() throws {
        let files = Fixture.with([
            system: "---\nproduct: acme-arkiv\nowner: IT\nlifecycle: {status: nope}\nusers: x\n---\n",
            "content/catalogue/vendors/acme.md": "---\nnam: Acme\n---\n",
        ])
        let diagnostics = Fixture.check(files)
        #expect(diagnostics.errors.count >= 4)
        #expect(diagnostics == diagnostics.sorted())
        #expect(diagnostics.map(\.location.path).contains("content/catalogue/vendors/acme.md"))
        #expect(diagnostics.map(\.location.path).contains(system))
    }

    @Test func missingConfigurationIsReported() throws {
        let files = Fixture.with(["orden.yml": nil])
        let problem = try #require(Fixture.check(files).first(containing: "no orden.yml"))
        #expect(problem.hint?.contains("--source") == true)
    }

    @Test func diagnosticsPrintAsPathLineColumn() {
        let diagnostic = Diagnostic.error("bad", at: SourceLocation(path: "a.md", line: 3, column: 7), hint: "fix it")
        #expect(diagnostic.description == "a.md:3:7: error: bad\n    hint: fix it")
        #expect([diagnostic, .warning("w", at: SourceLocation(path: "a.md"))].summary == "1 error, 1 warning")
    }
}

@Suite struct ConfigurationAndLayoutTests {
    @Test func unknownKeyInConfigurationIsReported() throws {
        let files = Fixture.with(["orden.yml": "title: T\nbase_url: https://x.example/\nbaseurl: https://y.example/\n"])
        let problem = try #require(Fixture.check(files).first(containing: "unknown field \"baseurl\""))
        #expect(problem.location == SourceLocation(path: "orden.yml", line: 3, column: 1))
        #expect(problem.hint?.contains("did you mean \"base_url\"") == true)
    }

    @Test func configurationNeedsAWebAddress() throws {
        let files = Fixture.with(["orden.yml": "title: T\nbase_url: localhost\n"])
        #expect(Fixture.check(files).first(containing: "base_url: \"localhost\" is not a web address")?.location.line == 2)
    }

    /// A query or fragment in base_url lands in the middle of every canonical link, sitemap
    /// address and DCAT IRI (issue 16).
    @Test func baseURLWithAQueryOrFragmentIsAnError() throws {
        for (base, what, suggestion) in [("https://x.example/orden/?lang=nb", "query", "https://x.example/orden/"),
                                         ("https://x.example/orden#top", "fragment", "https://x.example/orden/")] {
            let result = Fixture.build(Fixture.with(["orden.yml": "title: T\nbase_url: \(base)\nreport_date: 2026-11-01\n"]))
            #expect(result.files.isEmpty)
            let problem = try #require(result.diagnostics.first(containing: "base_url has a \(what)"))
            #expect(problem.location == SourceLocation(path: "orden.yml", line: 2, column: 11))
            #expect(problem.hint?.contains("base_url: \(suggestion)") == true, "\(problem.hint ?? "")")
        }
    }

    @Test func filesOutsideTheLayoutAreWarnedAbout() throws {
        var files = Fixture.files
        files["content/systems/arkiv.md"] = "---\nname: x\n---\n"
        files["\(Fixture.municipalityA)/systemer/arkiv.md"] = "---\nname: x\n---\n"
        files["content/catalogue/bilde.png"] = "not markdown"
        let diagnostics = Fixture.check(files)
        #expect(!diagnostics.hasErrors)
        #expect(diagnostics.warningCount == 2)
        #expect(diagnostics.first { $0.location.path == "\(Fixture.municipalityA)/systemer/arkiv.md" }?.hint?.contains("systems/") == true)
    }

    /// Nothing an editor wrote disappears without a word (issue 16): a record in a subfolder is
    /// not published under a hidden folder, and Markdown files Orden does not read are said.
    @Test func recordsInSubfoldersAndMarkdownOrdenDoesNotReadAreWarnedAbout() throws {
        let record = Fixture.files["\(Fixture.municipalityA)/systems/arkiv.md"] ?? ""
        let product = Fixture.files["content/catalogue/products/acme-arkiv.md"] ?? ""
        let files = Fixture.with([
            "\(Fixture.municipalityA)/systems/gammelt/arkiv2.md": record,
            "content/catalogue/products/arkiv/acme-arkiv2.md": product,
            "\(Fixture.municipalityA)/systems/Arkiv3.MD": record,
            "\(Fixture.municipalityA)/systems/arkiv4.markdown": record,
            "\(Fixture.municipalityA)/systems/.arkiv5.md": record,
            "\(Fixture.municipalityA)/systems/.#arkiv.md": "lock",
            "\(Fixture.municipalityA)/systems/bilde.png": "png",
        ])
        let result = Fixture.build(files)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        func warning(_ path: String) -> Diagnostic? { result.diagnostics.first { $0.location.path == path } }
        let sub = try #require(warning("\(Fixture.municipalityA)/systems/gammelt/arkiv2.md"))
        #expect(sub.severity == .warning && sub.hint?.contains("move it to \(Fixture.municipalityA)/systems/arkiv2.md") == true)
        #expect(warning("content/catalogue/products/arkiv/acme-arkiv2.md")?.hint?.contains("move it to content/catalogue/products/acme-arkiv2.md") == true)
        #expect(warning("\(Fixture.municipalityA)/systems/Arkiv3.MD")?.hint?.contains("rename it to arkiv3.md") == true)
        #expect(warning("\(Fixture.municipalityA)/systems/arkiv4.markdown")?.hint?.contains("rename it to arkiv4.md") == true)
        #expect(warning("\(Fixture.municipalityA)/systems/.arkiv5.md")?.message.contains("hidden") == true)
        #expect(warning("\(Fixture.municipalityA)/systems/.#arkiv.md") == nil)
        #expect(warning("\(Fixture.municipalityA)/systems/bilde.png") == nil)
        for id in ["arkiv2", "acme-arkiv2", "Arkiv3", "arkiv3", "arkiv4", "arkiv5", ".arkiv5"] {
            #expect(!result.files.keys.contains { $0.contains("/\(id)/") }, "\(id) was published")
        }
    }

    /// Read from disk: a hidden Markdown file is listed so that it can be warned about.
    @Test func aHiddenMarkdownFileOnDiskIsWarnedAbout() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("orden-hidden-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try BuildTests().write(Fixture.with(["\(Fixture.municipalityA)/systems/.utkast.md": "---\nname: x\n---\n"]), to: folder)
        let diagnostics = Orden.check(.directory(folder)).diagnostics
        #expect(diagnostics.first { $0.location.path == "\(Fixture.municipalityA)/systems/.utkast.md" }?.severity == .warning)
    }

    @Test func municipalityFolderWithoutIndexIsReported() throws {
        var files = Fixture.files
        files["content/municipalities/3903-larvik/systems/x.md"] = "---\nname: X\nowner: IT\nlifecycle: {status: production}\n---\n"
        #expect(Fixture.check(files).first(containing: "has no _index.md") != nil)
    }

    @Test func badlyNamedMunicipalityFolderIsReported() throws {
        var files = Fixture.files
        files["content/municipalities/Larvik/_index.md"] = "---\nname: Larvik\nnumber: \"3903\"\norgnr: \"974760673\"\n---\n"
        #expect(Fixture.check(files).first(containing: "is not named <number>-<name>") != nil)
    }
}
