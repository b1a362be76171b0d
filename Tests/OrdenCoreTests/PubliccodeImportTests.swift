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

@Suite struct PubliccodeImportTests {
    /// Vendors of the fixture site, as the importer sees them.
    static let fixtureVendors = ["acme": "Acme Programvare AS", "beta": "Beta Data AS"]

    // One fictional file per version, each with that version's own keys.

    static let version02 = """
        publiccodeYmlVersion: "0.2"
        name: Skoleskyss
        url: https://gitlab.com/kommune-demo/skoleskyss.git
        softwareVersion: "1.4"
        releaseDate: 2021-03-01
        platforms:
          - web
        categories:
          - task-management
        developmentStatus: obsolete
        softwareType: standalone/web
        inputTypes:
          - text/csv
        description:
          en:
            genericName: School transport planner
            shortDescription: Plans school transport routes.
            longDescription: Plans school transport routes for pupils and notifies parents.
            features:
              - Route planning
        legal:
          license: AGPL-3.0-or-later
          mainCopyrightOwner: beta data as
          repoOwner: Kommune Demo
        maintenance:
          type: community
          contacts:
            - name: Ola Nordmann
              email: ola@kommune.example
        localisation:
          localisationReady: true
          availableLanguages: [en]
        it:
          conforme:
            gdpr: true
          riuso:
            codiceIPA: c_x000
        """

    static let version03 = """
        publiccodeYmlVersion: "0.3"
        name: Møteplan
        url: https://example.org/git/moteplan
        landingURL: https://moteplan.example/
        categories:
          - not-a-category
          - event-management
          - appointment-scheduling
        developmentStatus: stable
        softwareType: standalone/web
        monochromeLogo: logo-mono.svg
        description:
          nn:
            shortDescription: Planlegg møte i kommunestyret.
            features:
              - Sakskart
              - Protokoll
          sv:
            shortDescription: Planera möten.
        legal:
          license: EUPL-1.2
          mainCopyrightOwner: Vestfjord kommune
        maintenance:
          type: contract
          contractors:
            - name: Fjordsoft AS
              until: 2027-06-30
              website: https://fjordsoft.example
            - name: Andre Konsulent AS
              until: 2026-01-01
        dependsOn:
          open:
            - name: PostgreSQL
              versionMin: "13"
        it:
          piattaforme:
            spid: true
        """

    static let version04 = """
        publiccodeYmlVersion: "0.4.0"
        name: Gravplass Digital
        url: https://github.com/kommune-demo/gravplass
        categories: [facility-management]
        developmentStatus: beta
        softwareType: standalone/backend
        organisation:
          name: Kirkelig Fellesråd Demo
          uri: urn:x-demo:fellesrad
        fundedBy:
          - name: Demo-fondet
        description:
          nb-NO:
            localisedName: Gravplass Digital
            shortDescription: Gravplassregister.
            longDescription: |
              Register over graver og festere.

              Med **kart** og søk.
            features:
              - Gravregister
              - "Kart: med søk"
          en:
            shortDescription: Burial register.
            longDescription: Register of graves.
        legal:
          license: MIT
        maintenance:
          type: internal
        IT:
          conforme:
            gdpr: true
        """

    /// The fixtures above are deliberately loose (short descriptions, unknown categories), as files
    /// in the wild are: they are read leniently, so the standard's rules are warnings.
    static func plan(_ text: String, file: String = "publiccode.yml", url: String? = nil, lenient: Bool = true) -> ImportPlan {
        PubliccodeImporter(file: file, vendors: fixtureVendors, publiccodeURL: url, lenient: lenient).plan(text)
    }

    static func file(_ plan: ImportPlan, _ path: String) -> String? {
        plan.files.first { $0.path == path }?.text
    }

    /// The planned files pass `orden check` on the fixture site; returns the catalogue.
    static func checked(_ plan: ImportPlan) throws -> Catalogue {
        let files = Fixture.with(Dictionary(uniqueKeysWithValues: plan.files.map { ($0.path, Optional($0.text)) }))
        let result = Orden.check(.memory(files))
        #expect(!result.hasErrors, "\(result.diagnostics.errors)")
        return try #require(result.catalogue)
    }

    // MARK: Versions

    @Test func version02ReusesTheCopyrightOwnerAsVendorAndMarksObsoleteAsDiscontinued() throws {
        let plan = Self.plan(Self.version02)
        #expect(!plan.diagnostics.hasErrors, "\(plan.diagnostics)")
        #expect(plan.files.map(\.path) == ["content/catalogue/products/skoleskyss.md"], "an existing vendor gets no new file")
        let catalogue = try Self.checked(plan)
        let product = try #require(catalogue.products["skoleskyss"])
        #expect(product.fields.vendor.id == "beta", "matched Beta Data AS case-insensitively")
        #expect(product.fields.category == "task-management")
        #expect(product.fields.licence == "AGPL-3.0-or-later")
        #expect(product.fields.status == .discontinued)
        #expect(product.fields.website?.url == "https://gitlab.com/kommune-demo/skoleskyss.git")
        #expect(product.fields.publiccodeUrl?.url == "https://gitlab.com/kommune-demo/skoleskyss/-/blob/HEAD/publiccode.yml")
        #expect(product.bodyHTML.contains("Plans school transport routes for pupils"))
        #expect(product.bodyHTML.contains("<li>Route planning</li>"))
        let warned = plan.diagnostics.map(\.message)
        for key in ["softwareVersion", "releaseDate", "platforms", "softwareType", "inputTypes", "description.en.genericName",
                    "maintenance", "localisation", "it"] {
            #expect(warned.contains("\(key) is not imported"), "no warning for \(key): \(warned)")
        }
        let it = try #require(plan.diagnostics.first(containing: "it is not imported"))
        #expect(it.location == SourceLocation(path: "publiccode.yml", line: 33, column: 1))
        #expect(plan.diagnostics.allSatisfy { $0.severity == .warning && $0.location.line > 0 })
    }

    @Test func version03TakesTheFirstContractorAndTheFirstKnownCategory() throws {
        let plan = Self.plan(Self.version03)
        #expect(!plan.diagnostics.hasErrors, "\(plan.diagnostics)")
        let vendorPath = "content/catalogue/vendors/fjordsoft-as.md"
        let vendor = try #require(Self.file(plan, vendorPath))
        #expect(vendor == "---\nname: Fjordsoft AS\nwebsite: https://fjordsoft.example\n---\n")
        let catalogue = try Self.checked(plan)
        let product = try #require(catalogue.products["moteplan"])
        #expect(product.fields.vendor.id == "fjordsoft-as")
        #expect(product.fields.category == "event-management")
        #expect(product.fields.website?.url == "https://moteplan.example/")
        #expect(product.fields.publiccodeUrl?.url == "https://example.org/git/moteplan/publiccode.yml")
        #expect(product.fields.status == .active)
        // No long description anywhere: the nynorsk short one, before Swedish.
        #expect(product.bodyHTML.contains("Planlegg møte i kommunestyret."))
        #expect(product.bodyHTML.contains("<li>Protokoll</li>"))
        #expect(!product.bodyHTML.contains("Planera"))

        let unknown = try #require(plan.diagnostics.first(containing: "not-a-category is not one Orden knows"))
        #expect(unknown.location.line == 6)
        let second = try #require(plan.diagnostics.first(containing: "appointment-scheduling is not imported"))
        #expect(second.location.line == 8)
        let contractor = try #require(plan.diagnostics.first(containing: "Andre Konsulent AS is not imported"))
        #expect(contractor.location.line == 29)
        for key in ["monochromeLogo", "dependsOn", "description.sv", "it"] {
            #expect(plan.diagnostics.first(containing: "\(key) is not imported") != nil, "no warning for \(key)")
        }
    }

    @Test func version04ReadsLanguageTagsAndTheOrganisation() throws {
        let plan = Self.plan(Self.version04, url: "https://kommune.example/gravplass/publiccode.yml")
        #expect(!plan.diagnostics.hasErrors, "\(plan.diagnostics)")
        let catalogue = try Self.checked(plan)
        let product = try #require(catalogue.products["gravplass-digital"])
        #expect(product.fields.vendor.id == "kirkelig-fellesrad-demo")
        #expect(catalogue.vendors["kirkelig-fellesrad-demo"]?.fields.name == "Kirkelig Fellesråd Demo")
        #expect(product.fields.publiccodeUrl?.url == "https://kommune.example/gravplass/publiccode.yml", "--url wins")
        #expect(product.fields.website?.url == "https://github.com/kommune-demo/gravplass")
        #expect(product.fields.licence == "MIT")
        #expect(product.bodyHTML.contains("<strong>kart</strong>"), "nb-NO is preferred over en")
        #expect(product.bodyHTML.contains("<li>Kart: med søk</li>"))
        #expect(!product.bodyHTML.contains("Register of graves"))
        for key in ["organisation.uri", "fundedBy", "description.en", "description.nb-NO.localisedName", "IT", "maintenance"] {
            #expect(plan.diagnostics.first(containing: "\(key) is not imported") != nil, "no warning for \(key): \(plan.diagnostics)")
        }
        #expect(plan.diagnostics.first(containing: "description.nb-NO is not imported") == nil, "the language taken is not reported")
    }

    @Test func gitHubAddressesPointAtTheFileInTheRepository() {
        let text = "publiccodeYmlVersion: \"0.4\"\nname: X\nurl: https://github.com/org/repo.git/\nlegal: {license: MIT, repoOwner: Beta Data AS}\n"
        let product = Self.file(Self.plan(text), "content/catalogue/products/x.md") ?? ""
        #expect(product.contains("publiccode_url: https://github.com/org/repo/blob/HEAD/publiccode.yml"))
        #expect(product.contains("vendor: beta"))
    }

    // MARK: The current standard

    /// A file as the current standard (version "0") and its reference parser's test data write it.
    static func current(version: String = "0", categories: [String] = ["whistleblowing", "identity-management"], extra: String = "") -> String {
        """
        publiccodeYmlVersion: "\(version)"
        name: Varsla
        url: https://github.com/kommune-demo/varsla
        platforms:
          - web
        categories:
        \(categories.map { "  - " + $0 }.joined(separator: "\n"))
        developmentStatus: stable
        softwareType: standalone/web
        description:
          nb:
            shortDescription: Varslingskanal for tilsette.
            longDescription: >
              Varsla er ein fiktiv varslingskanal der tilsette kan melde frå om kritikkverdige forhold
              anonymt, med sakshandsaming, fristar og rapportar til kontrollutvalet.
            features:
              - Anonym varsling
        legal:
          license: EUPL-1.2
          mainCopyrightOwner: Beta Data AS
        maintenance:
          type: contract
          contractors:
            - name: Beta Data AS
              until: "2030-01-01"
        localisation:
          localisationReady: true
          availableLanguages:
            - nb
            - nn
        \(extra)
        """
    }

    @Test func theCurrentVersionAndEveryNewerOneImport() throws {
        // Before: "0" and 0.5 were refused as versions Orden could not read.
        for version in ["0", "0.5", "0.5.0", "0.4", "0.2.1"] {
            let plan = Self.plan(Self.current(version: version), lenient: false)
            #expect(!plan.diagnostics.hasErrors, "\(version): \(plan.diagnostics.errors)")
            let catalogue = try Self.checked(plan)
            let product = try #require(catalogue.products["varsla"])
            // Before: whistleblowing was not a category Orden knew.
            #expect(product.fields.category == "whistleblowing")
            let older = plan.diagnostics.first(containing: "is an older version")
            #expect((older != nil) == (version != "0"), "\(version)")
        }
    }

    @Test func deprecatedKeysAreWarningsNeverARefusal() throws {
        let extra = """
            inputTypes:
              - text/csv
            monochromeLogo: https://example.org/logo.svg
            intendedAudience:
              countries: [no, SE]
            """
        let text = Self.current(extra: extra).replacingOccurrences(of: "  mainCopyrightOwner: Beta Data AS", with: "  repoOwner: Beta Data AS")
        let plan = Self.plan(text, lenient: false)
        #expect(!plan.diagnostics.hasErrors, "\(plan.diagnostics.errors)")
        for key in ["inputTypes", "monochromeLogo", "legal.repoOwner"] {
            let warning = try #require(plan.diagnostics.first(containing: "\(key) is deprecated"), "\(key): \(plan.diagnostics)")
            #expect(warning.severity == .warning && warning.location.line > 1)
        }
        #expect(plan.diagnostics.first(containing: "lower-case country codes are deprecated")?.severity == .warning)
    }

    @Test func aFileThatBreaksTheStandardIsRefusedWithEveryReasonUnlessLenient() throws {
        let text = Self.current(categories: ["not-a-category"], extra: "usedBy: Vestfjord kommune\nsecretKey: x")
            .replacingOccurrences(of: "license: EUPL-1.2", with: "license: Invalid License")
            .replacingOccurrences(of: "  availableLanguages:\n    - nb", with: "  availableLanguages:\n    - nb_NO")
        let strict = Self.plan(text, lenient: false)
        #expect(strict.files.isEmpty)
        let messages = strict.diagnostics.errors.map(\.message)
        for part in ["categories[0] \"not-a-category\" is not a category", "usedBy should be a list", "secretKey is not a key",
                     "legal.license \"Invalid License\" is not an SPDX licence expression",
                     "localisation.availableLanguages[0] \"nb_NO\" is not a BCP 47 language tag"] {
            #expect(messages.contains { $0.hasPrefix(part) }, "missing \(part): \(messages)")
        }
        #expect(strict.diagnostics.errors.allSatisfy { $0.hint?.contains("--lenient") == true && $0.location.line > 1 })
        let lenient = Self.plan(text, lenient: true)
        #expect(!lenient.diagnostics.hasErrors && !lenient.files.isEmpty)
    }

    @Test func aMostlyEmptyFileGetsEveryMissingKeyInOneRun() throws {
        // Before: the run stopped at the missing name.
        let plan = Self.plan("publiccodeYmlVersion: \"0\"\nlegal: {}\n", lenient: false)
        let messages = plan.diagnostics.errors.map(\.message)
        for part in ["name is missing", "url is missing", "platforms is missing", "developmentStatus is missing",
                     "legal.license is missing", "localisation is missing"] {
            #expect(messages.contains(part), "missing \(part): \(messages)")
        }
    }

    /// On the command line: relative logo paths are read next to the file, a file that breaks the
    /// standard exits 1 and writes nothing, and --lenient imports it.
    @Test func theCommandRefusesAnInvalidFileUnlessLenient() throws {
        let cli = CommandLineTests()
        let folder = try cli.source(Fixture.files)
        let upstream = folder.appendingPathComponent("upstream")
        try FileManager.default.createDirectory(at: upstream, withIntermediateDirectories: true)
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]).write(to: upstream.appendingPathComponent("logo.png"))
        let file = upstream.appendingPathComponent("publiccode.yml")
        try Data(Self.current(extra: "logo: logo.png").utf8).write(to: file)
        let arguments = ["import", "publiccode", file.path, "--source", folder.path]
        let good = try cli.run(arguments + ["--dry-run"])
        #expect(good.status == 0, "\(good.errors)")
        try Data(Self.current(extra: "logo: mangler.png").utf8).write(to: file)
        let bad = try cli.run(arguments)
        #expect(bad.status == 1)
        #expect(bad.errors.contains("publiccode.yml:32:7: error: logo: there is no file mangler.png next to the publiccode.yml"), "\(bad.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("content/catalogue/products/varsla.md").path))
        let lenient = try cli.run(arguments + ["--lenient"])
        #expect(lenient.status == 0, "\(lenient.errors)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("content/catalogue/products/varsla.md").path))
    }

    @Test func licenceExpressionsAndLanguageTagsFollowTheirStandards() {
        for good in ["MIT", "EUPL-1.2", "GPL-3.0-or-later", "MIT OR Apache-2.0", "(MIT AND BSD-3-Clause) OR GPL-2.0+",
                     "GPL-2.0-only WITH Classpath-exception-2.0", "LicenseRef-Kommune-1"] {
            #expect(SPDXExpression.isValid(good), "\(good)")
        }
        for bad in ["Invalid License", "MIT OR", "(MIT", "MIT AND AND BSD", "", "WITH"] {
            #expect(!SPDXExpression.isValid(bad), "\(bad)")
        }
        for good in ["nb", "nn", "se", "en-GB", "nb-NO", "zh-Hant-TW", "de-CH-1996", "sr-Latn", "es-419", "en-x-kommune"] {
            #expect(LanguageTag.isValid(good), "\(good)")
        }
        for bad in ["xxx", "en_GB", "hr_HR", "no such language", "en-ZZ", "e", "nb-"] {
            #expect(!LanguageTag.isValid(bad), "\(bad)")
        }
    }

    // MARK: Malformed input

    @Test func malformedFilesAreErrorsWithALineAndPlanNothing() throws {
        let cases: [(String, String, Int)] = [
            ("name: [unclosed\nurl: x\n", "YAML syntax error", 0),
            ("- just\n- a list\n", "not a publiccode.yml", 1),
            ("plain text, not a mapping", "not a publiccode.yml", 1),
            ("publiccodeYmlVersion: \"0.4\"\nurl: https://x.example\n", "name is missing", 1),
            ("publiccodeYmlVersion: \"0.4\"\nname: \"  \"\n", "name must be", 2),
            ("publiccodeYmlVersion: \"0.4\"\nname: {a: b}\n", "name must be", 2),
            ("publiccodeYmlVersion: \"0.1\"\nname: Old\n", "is not a version of the publiccode.yml standard", 1),
            ("publiccodeYmlVersion: \"0.40\"\nname: Odd\n", "is not a version of the publiccode.yml standard", 1),
            ("publiccodeYmlVersion: \"1\"\nname: Future\n", "is not a version of the publiccode.yml standard", 1),
            ("publiccodeYmlVersion: [0.4]\nname: Odd\n", "is not a version of the publiccode.yml standard", 1),
            ("name: No version\n", "publiccodeYmlVersion is missing", 1),
            ("publiccodeYmlVersion: \"0.4\"\nname: A\nname: B\n", "written twice", 0),
            ("publiccodeYmlVersion: \"0.4\"\nname: &a A\nurl: *a\n", "anchors and aliases", 2),
        ]
        for (text, message, line) in cases {
            let plan = Self.plan(text)
            #expect(plan.files.isEmpty, "\(text)")
            let error = try #require(plan.diagnostics.errors.first(containing: message), "\(text): \(plan.diagnostics)")
            #expect(error.location.path == "publiccode.yml")
            // 0: the line the YAML parser blames, which is some line of the file.
            #expect(line == 0 ? error.location.line > 0 : error.location.line == line, "\(text): \(error)")
            #expect(error.hint != nil)
        }
        #expect(Self.plan("").diagnostics.hasErrors)
    }

    @Test func valuesOfTheWrongTypeAreWarningsNotCrashes() throws {
        let text = """
            publiccodeYmlVersion: "0.3"
            name: Rar
            url: [not, a, string]
            categories: document-management
            legal: just text
            maintenance:
              contractors: {name: X}
            description:
              nb: tekst
              en:
                longDescription: {nested: true}
                shortDescription: Fallback text.
                features: not a list
            """
        let plan = Self.plan(text)
        #expect(!plan.diagnostics.hasErrors, "\(plan.diagnostics)")
        let product = try #require(Self.file(plan, "content/catalogue/products/rar.md"))
        #expect(!product.contains("category:"))
        #expect(!product.contains("vendor:"))
        #expect(product.contains("Fallback text."))
        for message in ["url is not imported: it should be text", "categories is not imported: it should be a list",
                        "maintenance.contractors is not imported: it should be a list", "no maintenance contractor"] {
            #expect(plan.diagnostics.first(containing: message) != nil, "missing \"\(message)\": \(plan.diagnostics)")
        }
        // Without a vendor the product is written, and orden check says what to fill in.
        let files = Fixture.with(Dictionary(uniqueKeysWithValues: plan.files.map { ($0.path, Optional($0.text)) }))
        #expect(Fixture.check(files).errors.first(containing: "vendor") != nil)
    }

    // MARK: Hostile input

    @Test func hostileStringsArriveExactlyAndSafely() throws {
        let name = "Evil: \"quoted\" # not a comment <script>alert(1)</script>"
        let owner = "yes"
        let text = """
            publiccodeYmlVersion: "0.4"
            name: '\(name.replacingOccurrences(of: "'", with: "''"))'
            url: "javascript:alert(1)"
            landingURL: "https://ok.example/\\"><script>"
            legal:
              license: "2026-01-01"
              mainCopyrightOwner: "\(owner)"
            description:
              nb:
                longDescription: "Linje 1\\n---\\nname: hijack\\n<img src=x onerror=alert(1)>\\u2028slutt"
                features:
                  - "- [x](javascript:alert(2))\\nnext line"
            """
        let plan = Self.plan(text, file: "../../etc/publiccode.yml")
        #expect(!plan.diagnostics.hasErrors, "\(plan.diagnostics)")
        for file in plan.files {
            #expect(file.path.hasPrefix("content/catalogue/"), "\(file.path)")
            #expect(!file.path.contains(".."))
        }
        let catalogue = try Self.checked(plan)
        let product = try #require(catalogue.products["evil-quoted-not-a-comment-script-alert-1-script"])
        #expect(product.fields.name == name)
        #expect(product.fields.licence == "2026-01-01", "a date look-alike stays a string")
        #expect(product.fields.website == nil, "neither address is safe to link")
        #expect(product.fields.publiccodeUrl == nil)
        #expect(catalogue.vendors[product.fields.vendor.id]?.fields.name == "yes")
        #expect(!product.bodyHTML.contains("<img"))
        #expect(!product.bodyHTML.contains("javascript:"))
        #expect(product.bodyHTML.contains("hijack"), "the body stays body text")
        #expect(plan.diagnostics.first(containing: "url \"javascript:alert(1)\" is not a web address") != nil)
        let html = Fixture.html(Fixture.build(Fixture.with(Dictionary(uniqueKeysWithValues: plan.files.map { ($0.path, Optional($0.text)) }))).files,
                                "katalog/produkter/\(product.id)/index.html")
        #expect(!html.contains("<script>alert"))
    }

    @Test func hugeOrDeeplyNestedFilesEndInAnError() {
        let deep = "publiccodeYmlVersion: \"0.4\"\nname: D\nx: " + String(repeating: "[", count: 5000) + "\n"
        #expect(Self.plan(deep).diagnostics.errors.first(containing: "nested too deeply") != nil)
        let huge = "publiccodeYmlVersion: \"0.4\"\nname: H\nx: \"" + String(repeating: "a", count: 400_000) + "\"\n"
        #expect(Self.plan(huge).diagnostics.hasErrors)
    }

    // MARK: Writing through ImportRunner

    @Test func forceOverwritesOnlyWhenAsked() throws {
        let folder = try ImportRunnerTests().temporaryRepository()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = PubliccodeImporter.plan(data: Data(Self.version03.utf8), file: "publiccode.yml", source: folder, lenient: true)
        let written = ImportRunner.apply(first, source: folder, options: ImportOptions())
        #expect(written.wrote)
        #expect(written.toFill.errors.isEmpty, "\(written.toFill)")
        let productURL = folder.appendingPathComponent("content/catalogue/products/moteplan.md")
        let before = try String(contentsOf: productURL, encoding: .utf8)

        // The vendor now exists, so a second import plans only the product, which exists too.
        let changed = Self.version03.replacingOccurrences(of: "developmentStatus: stable", with: "developmentStatus: obsolete")
        let second = PubliccodeImporter.plan(data: Data(changed.utf8), file: "publiccode.yml", source: folder, lenient: true)
        #expect(second.files.map(\.path) == ["content/catalogue/products/moteplan.md"])
        let refused = ImportRunner.apply(second, source: folder, options: ImportOptions())
        #expect(!refused.wrote)
        #expect(refused.diagnostics.errors.first(containing: "already exists") != nil)
        #expect(try String(contentsOf: productURL, encoding: .utf8) == before)

        let dryRun = ImportRunner.apply(second, source: folder, options: ImportOptions(force: true, dryRun: true))
        #expect(!dryRun.wrote)
        #expect(try String(contentsOf: productURL, encoding: .utf8) == before)

        let forced = ImportRunner.apply(second, source: folder, options: ImportOptions(force: true))
        #expect(forced.wrote)
        #expect(try String(contentsOf: productURL, encoding: .utf8).contains("status: discontinued"))
    }

    @Test func sameInputPlansTheSameBytes() {
        #expect(Self.plan(Self.version03).files == Self.plan(Self.version03).files)
        #expect(Self.plan(Self.version03).diagnostics == Self.plan(Self.version03).diagnostics)
    }
}
