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
@testable import OrdenResources
@testable import OrdenSite
@testable import OrdenSource
@testable import RDF
@testable import Spreadsheet

/// The interface in bokmål, nynorsk and English from the theme's translation files: lookups,
/// counted texts, Norwegian number and date formats, which language a page gets, and the check
/// that every language has every text.
@Suite struct TranslationTests {
    static func text(_ language: UILanguage, _ entries: [String: UIText.Entry]) -> UIText {
        UIText(language: language, entries: entries)
    }

    @Test func placeholdersAreFilledAndCountedTextsPickTheirForm() {
        let text = Self.text(.nb, ["a.lead": .text("{name} har {systems}."), "a.systems": .plural(one: "{n} system", other: "{n} systemer")])
        #expect(text(TextKey(rawValue: "a.lead"), ["name": "Storlia", "systems": "3 systemer"]) == "Storlia har 3 systemer.")
        #expect(text.count(TextKey(rawValue: "a.systems"), 1) == "1 system")
        #expect(text.count(TextKey(rawValue: "a.systems"), 1234) == "1\u{00A0}234 systemer")
        #expect(UIText.fill("{ukjent} og {name}", ["name": "x"]) == "{ukjent} og x", "an unknown placeholder stays as written")
        #expect(text[TextKey(rawValue: "a.none")] == "⟦a.none⟧", "a missing key shows, so the test over every page finds it")
    }

    @Test func numbersAndDatesAreWrittenTheNorwegianWay() {
        let nb = Format(text: Translations.builtIn[.nb]), nn = Format(text: Translations.builtIn[.nn]), en = Format(text: Translations.builtIn[.en])
        let day = Day(year: 2026, month: 11, day: 26)!
        #expect(nb.date(day) == "26. november 2026")
        #expect(nn.date(day) == "26. november 2026")
        #expect(en.date(day) == "26 November 2026")
        #expect(nb.kroner(Money(1_234_567)) == "1\u{00A0}234\u{00A0}567\u{00A0}kr")
        #expect(nb.kroner(12.5) == "12,50\u{00A0}kr")
        #expect(en.kroner(Money(1_234_567)) == "NOK\u{00A0}1,234,567")
        #expect(nb.lifecycle(.phaseOut) == "Under utfasing")
        #expect(en.lifecycle(.production) == "In operation")
        #expect(nn.count(3, .count.processing) == "3 behandlingsaktivitetar")
    }

    @Test func theBuiltInThemeHasEveryTextInEveryLanguage() {
        let prefix = "themes/\(Theme.defaultName)/"
        let files = EmbeddedResources.files.compactMap { path, text in
            TranslationFile(relative: String(path.dropFirst(prefix.count)), origin: path, data: Data(text.utf8), layer: 0)
        }
        #expect(Set(files.map(\.language)) == Set(UILanguage.allCases))
        let (translations, diagnostics) = Translations.load(files)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let keys = Set(translations[.nb].entries.keys)
        #expect(keys.count > 1000)
        for language in UILanguage.allCases { #expect(Set(translations[language].entries.keys) == keys) }
        let unnamed = PubliccodeCategories.all.filter { !keys.contains("category.\($0)") }
        #expect(unnamed.isEmpty, "every publiccode.yml category has a name on the site")
    }

    /// The constants the build plugin writes are exactly the keys UIText reads from the bokmål
    /// files, so its small YAML reader cannot drift from the real one, and each is in every language.
    @Test func theGeneratedKeysAreTheBokmålKeysAndEveryLanguageHasThem() {
        let generated = Set(TextKey.all.map(\.rawValue))
        #expect(generated.count == TextKey.all.count, "no key is generated twice")
        #expect(generated == Set(Translations.builtIn[.nb].entries.keys))
        for language in UILanguage.allCases {
            let missing = TextKey.all.filter { !Translations.builtIn[language].has($0) }
            #expect(missing.isEmpty, "\(language.name) lacks \(missing.map(\.rawValue))")
        }
        #expect(TextKey.system.facts.owner.rawValue == "system.facts.owner")
        #expect(TextKey.catalogue.crumbs.serviceAreas.rawValue == "catalogue.crumbs.service_areas")
        #expect(TemplateName.serviceArea.rawValue == "service-area")
        let templates = Set(EmbeddedResources.files.keys.filter { $0.hasPrefix("themes/default/templates/") })
        #expect(Set(TemplateName.allCases.map { "themes/default/templates/\($0.rawValue).mustache" }) == templates)
    }

    /// The keys made from a value at run time: every case of every type they take has its text.
    @Test func everyKeyMadeFromAValueIsTranslated() {
        var keys: [TextKey] = []
        func names<V: ClosedValue>(_ type: V.Type, _ key: (V) -> TextKey) { keys += V.allCases.map(key) }
        names(Hosting.self, TextKey.name(of:))
        names(LifecycleStatus.self, TextKey.name(of:))
        names(TimeCategory.self, TextKey.name(of:))
        names(Criticality.self, TextKey.name(of:))
        names(InitiativeStatus.self, TextKey.name(of:))
        names(ProductStatus.self, TextKey.name(of:))
        names(StandardKind.self, TextKey.name(of:))
        names(Direction.self, TextKey.name(of:))
        names(Direction.self, TextKey.reversedName(of:))
        names(IntegrationFrequency.self, TextKey.name(of:))
        names(UpdateFrequency.self, TextKey.name(of:))
        names(AccessRights.self, TextKey.name(of:))
        names(DataTheme.self, TextKey.name(of:))
        names(DatasetLicence.self, TextKey.name(of:))
        names(ContractType.self, TextKey.name(of:))
        names(SpecialCategory.self, TextKey.name(of:))
        names(Language.self, TextKey.name(of:))
        names(GuidePhase.self, TextKey.name(of:))
        names(GuideRole.self, TextKey.name(of:))
        keys += [Record<Initiative>.Change.adds, .replaces, .retires].map(TextKey.name(of:))
        keys += (1...12).map(TextKey.monthName) + (1...12).map(TextKey.chartMonth)
        keys += ReportKind.allCases.flatMap { [TextKey.title(of: $0), TextKey.summary(of: $0)] }
        keys += ComparisonKind.allCases.flatMap { [TextKey.title(of: $0), TextKey.summary(of: $0)] }
        keys += DueItem.Kind.allCases.map { TextKey.name(of: $0) }
        keys += RecordKind.allCases.filter { $0 != .municipality }.map(TextKey.editorHeading(of:))
        keys += DatasetFilter.Dimension.allCases.map(\.labelKey)
        for language in UILanguage.allCases {
            let missing = keys.filter { !Translations.builtIn[language].has($0) }
            #expect(missing.isEmpty, "\(language.name) lacks \(missing.map(\.rawValue))")
        }
    }

    @Test func aThemeTextMissingInOneLanguageIsACheckErrorAtItsFile() throws {
        let files = Fixture.with([
            "themes/kommune/i18n/nb.yml": "nav:\n  home: Startside\negen:\n  hilsen: Velkommen til {name}\n",
            "themes/kommune/i18n/nn.yml": "nav:\n  home: Startside\negen:\n  hilsen: Velkomen\n",
            "themes/kommune/templates/home.mustache": "{{<base}}{{$main}}<p>{{t.egen.hilsen}} {{t.egen.finnes_ikke}}</p>{{/main}}{{/base}}\n",
            "orden.yml": (Fixture.files["orden.yml"] ?? "") + "\ntheme: kommune\n",
        ])
        let diagnostics = Fixture.check(files)
        let english = try #require(diagnostics.first(containing: "\"egen.hilsen\" has no English translation"))
        #expect(english.severity == .error)
        #expect(english.hint?.contains("themes/kommune/i18n/nb.yml:4") == true, "the hint quotes the bokmål text and where it is")
        let placeholders = try #require(diagnostics.first(containing: "nynorsk text \"egen.hilsen\" uses no placeholders"))
        #expect(placeholders.location.path == "themes/kommune/i18n/nn.yml" && placeholders.location.line == 4)
        let template = try #require(diagnostics.first(containing: "\"egen.finnes_ikke\", which no translation file has"))
        #expect(template.location.path == "themes/kommune/templates/home.mustache" && template.location.line == 1)
        #expect(!diagnostics.contains { $0.message.contains("\"nav.home\"") }, "keys the theme gives in bokmål and nynorsk only lack English if the built-in lacks them")
    }

    @Test func aThemeReplacesSingleTextsOfTheBuiltInOne() {
        let files = Fixture.with([
            "themes/kommune/i18n/nb/meny.yml": "nav:\n  home: Startside\n",
            "orden.yml": (Fixture.files["orden.yml"] ?? "") + "\ntheme: kommune\n",
        ])
        let result = Fixture.build(files)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        let page = Fixture.html(result.files, "katalog/index.html")
        #expect(page.contains(">Startside</a>"))
        #expect(page.contains(">Kommuner</a>"), "every other text is the built-in one")
    }

    @Test func brokenTranslationFilesAreReportedWithTheirLine() throws {
        let files = Fixture.with([
            "themes/kommune/i18n/en.yml": "nav:\n  home: [a, b]\n  bad key: x\n",
            "themes/kommune/i18n/nn.yml": "nav: {home: \"x\"\n",
            "orden.yml": (Fixture.files["orden.yml"] ?? "") + "\ntheme: kommune\n",
        ])
        let diagnostics = Fixture.check(files)
        #expect(diagnostics.first(containing: "\"nav.home\" is a list")?.location.line == 2)
        #expect(diagnostics.first(containing: "a translation key is letters")?.location.line == 3)
        #expect(diagnostics.first(containing: "not valid YAML")?.location.path == "themes/kommune/i18n/nn.yml")
    }

    @Test func aMunicipalityInNynorskGetsItsPagesInNynorskOnABokmålSite() {
        var files = Fixture.files
        let record = "\(Fixture.municipalityB)/_index.md"
        files[record] = (files[record] ?? "").replacingOccurrences(of: "---\n", with: "---\nlanguage: nn\n", options: [], range: (files[record] ?? "").range(of: "---\n"))
        let result = Fixture.build(files)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        let own = Fixture.html(result.files, "kommuner/9901-testvik/index.html")
        #expect(own.contains("<html lang=\"nn\">"))
        #expect(own.contains("Hopp til hovudinnhaldet"))
        let other = Fixture.html(result.files, "kommuner/3901-horten/index.html")
        #expect(other.contains("<html lang=\"nb\">") && other.contains("Hopp til hovedinnholdet"))
    }

    /// The demo in each language: every page renders with no text missing, in that language,
    /// with the records' own text marked as Norwegian on the English site.
    @Test(arguments: UILanguage.allCases) func theDemoBuildsInEveryLanguageWithNoMissingText(_ language: UILanguage) throws {
        var files = try Self.demoFiles()
        files["orden.yml"] = try #require(files["orden.yml"]).replacingOccurrences(of: "language: nb", with: "language: \(language.rawValue)")
        let result = Orden.buildInMemory(.memory(files))
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.errors)")
        let pages = result.files.filter { $0.key.hasSuffix(".html") }
        #expect(pages.count > 500)
        for (path, bytes) in pages {
            let html = String(decoding: bytes, as: UTF8.self)
            #expect(!html.contains(UIText.missingMark), "a text is missing in \(path)")
        }
        let home = Fixture.html(result.files, "index.html")
        #expect(home.contains("<html lang=\"\(language.rawValue)\">"))
        let kvitmyr = Fixture.html(result.files, "kommuner/9904-kvitmyr/index.html")
        #expect(kvitmyr.contains("<html lang=\"nn\">"), "Kvitmyr writes nynorsk on every site")
        let menu = ["nb": ">Kommuner</a>", "nn": ">Kommunar</a>", "en": ">Municipalities</a>"][language.rawValue] ?? ""
        #expect(home.contains(menu))
        let roadmap = Fixture.html(result.files, "rapporter/veikart/index.html")
        let phaseOut = ["nb": "Utfasing", "nn": "Utfasing", "en": "Phase-out"][language.rawValue] ?? ""
        #expect(roadmap.contains(">\(phaseOut)</text>") || roadmap.contains(phaseOut + ":"), "the chart's own words are in the page's language")
        let product = try #require(pages.first { $0.key.hasPrefix("katalog/produkter/") && $0.key.split(separator: "/").count == 4 }?.value)
        #expect(String(decoding: product, as: UTF8.self).contains("<div lang=\"nb\">") == (language == .en))
    }

    static func demoFiles() throws -> [String: String] {
        let root = BuildTests.repository
        var files: [String: String] = ["orden.yml": try String(contentsOf: root.appendingPathComponent("orden.yml"), encoding: .utf8)]
        let content = root.appendingPathComponent("content")
        let walker = FileManager.default.enumerator(at: content, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard url.pathExtension == "md" || url.pathExtension == "yml" else { continue }
            let relative = "content/" + url.path.dropFirst(content.path.count + 1)
            files[relative] = try String(contentsOf: url, encoding: .utf8)
        }
        return files
    }
}
