import Foundation
import Testing
@testable import OrdenModel
@testable import OrdenSite
@testable import RDF

/// LOSTheme against the LOS vocabulary itself (Tests/vocabularies/los/los-tema.ttl, the themes
/// of LOS as Digdir publishes them): every theme is a case and every case a theme, each theme
/// is under the main theme LOS puts it under, and its name on the site in bokmål, nynorsk and
/// English is LOS's skos:prefLabel.
@Suite struct LOSVocabularyTests {
    static let skos = "http://www.w3.org/2004/02/skos/core#"
    let graph: RDFGraph

    init() throws {
        let url = BuildTests.repository.appendingPathComponent("Tests/vocabularies/los/los-tema.ttl")
        graph = try TurtleReader.read(String(contentsOf: url, encoding: .utf8), path: "los-tema.ttl")
    }

    var themes: [RDFTerm] { graph.subjects(ofType: Self.skos + "Concept") }

    @Test func everyThemeOfLOSIsACaseAndNoOther() {
        let iris = Set(themes.compactMap(\.iri))
        #expect(iris.count == 92)
        #expect(Set(LOSTheme.allCases.map(\.iri)) == iris)
        #expect(LOSTheme.allCases.filter(\.isMainTheme).count == 14)
    }

    @Test func eachThemeIsUnderTheMainThemeLOSPutsItUnder() {
        for theme in LOSTheme.allCases {
            let broader = graph.objects(.iri(theme.iri), Self.skos + "broader").compactMap(\.iri)
            #expect(broader == (theme.broader.map { [$0.iri] } ?? []), "\(theme.rawValue)")
            let top = !graph.objects(.iri(theme.iri), Self.skos + "topConceptOf").isEmpty
            #expect(top == theme.isMainTheme, "\(theme.rawValue)")
        }
    }

    @Test func theNamesAreLOSsLabels() {
        for language in UILanguage.allCases {
            let format = Format(text: Translations.builtIn[language])
            for theme in LOSTheme.allCases {
                let label = format.losTheme(theme)
                #expect(graph.objects(.iri(theme.iri), Self.skos + "prefLabel").contains(.string(label, language: language.rawValue)),
                        "\(theme.rawValue) in \(language.rawValue): \(label)")
            }
        }
    }
}
