import Foundation
import Testing
@testable import Basics
@testable import FrontMatter
@testable import Mustache
@testable import OrdenAuthoring
@testable import OrdenBuild
@testable import OrdenCatalogue
@testable import OrdenGenerate
@testable import OrdenModel
@testable import OrdenSite
@testable import OrdenSource
@testable import RDF
@testable import Spreadsheet

/// Import → build → the published catalogue says what the imported one said; and what Orden
/// writes, Orden's own readers read back as the same graph.
@Suite struct RoundTripTests {
    static let input = #"""
        @prefix dcat: <http://www.w3.org/ns/dcat#> .
        @prefix dct: <http://purl.org/dc/terms/> .
        @prefix theme: <http://publications.europa.eu/resource/authority/data-theme/> .
        @prefix ft: <http://publications.europa.eu/resource/authority/file-type/> .

        <https://data.testvik.example/katalog> a dcat:Catalog ; dcat:dataset <https://data.testvik.example/a>, _:b .

        <https://data.testvik.example/a> a dcat:Dataset ;
            dct:title "Vannprøver \"2025\": resultater"@nb ;
            dct:description """Målinger fra alle vannverk.
        Oppdateres ukentlig; se <https://testvik.example>."""@nb ;
            dcat:theme theme:ENVI, theme:HEAL ;
            dct:accessRights <http://publications.europa.eu/resource/authority/access-right/PUBLIC> ;
            dcat:keyword "vann"@nb, "drikkevann: kvalitet"@nb, "yes"@nb ;
            dcat:distribution [ a dcat:Distribution ; dct:title "CSV-fil"@nb ; dct:format ft:CSV ;
                                dcat:accessURL <https://data.testvik.example/vann/> ;
                                dcat:downloadURL <https://data.testvik.example/vann/prover.csv> ;
                                dct:license <http://data.norge.no/nlod/no/2.0> ],
                              [ a dcat:Distribution ; dct:format ft:JSON ; dcat:accessURL <https://api.testvik.example/vann> ;
                                dct:license <http://publications.europa.eu/resource/authority/licence/CC_BY_4_0> ] .

        _:b a dcat:Dataset ;
            dct:title "Budsjett"@nb ;
            dct:description "Vedtatt budsjett."@nb ;
            dcat:theme theme:ECON ;
            dct:accessRights <http://publications.europa.eu/resource/authority/access-right/PUBLIC> ;
            dcat:distribution [ dcat:accessURL <https://data.testvik.example/budsjett.xlsx> ; dct:format ft:XLSX ] .
        """#

    /// What a dataset says, in terms that survive the trip: literal values, theme and format codes,
    /// distribution addresses and licences (by Orden's value, since the IRI forms differ).
    struct Summary: Equatable {
        var title: String
        var description: String
        var keywords: Set<String>
        var themes: Set<String>
        var distributions: Set<String>
    }

    static func summaries(_ graph: RDFGraph) -> [String: Summary] {
        let dcat = RDFVocabulary.dcat, dct = RDFVocabulary.dct
        var result: [String: Summary] = [:]
        for dataset in graph.subjects(ofType: dcat + "Dataset") {
            let title = graph.objects(dataset, dct + "title").compactMap(\.literal?.value).first ?? ""
            let distributions = graph.objects(dataset, dcat + "distribution").map { node -> String in
                let access = graph.objects(node, dcat + "accessURL").compactMap(\.iri).first ?? ""
                let download = graph.objects(node, dcat + "downloadURL").compactMap(\.iri).first ?? ""
                let format = graph.objects(node, dct + "format").compactMap { $0.iri.flatMap(DCATTerms.format)?.rawValue }.first ?? ""
                let title = graph.objects(node, dct + "title").compactMap(\.literal?.value).first ?? ""
                let licence = graph.objects(node, dct + "license").compactMap { $0.iri.flatMap(DCATTerms.licence)?.rawValue }.first ?? ""
                return [title, access, download, format, licence].joined(separator: "|")
            }
            result[title] = Summary(
                title: title,
                description: graph.objects(dataset, dct + "description").compactMap(\.literal?.value).first ?? "",
                keywords: Set(graph.objects(dataset, dcat + "keyword").compactMap(\.literal?.value)),
                themes: Set(graph.objects(dataset, dcat + "theme").compactMap { $0.iri.flatMap(DCATTerms.theme)?.rawValue }),
                distributions: Set(distributions))
        }
        return result
    }

    @Test func importedDatasetsArePublishedWithTheSameContent() throws {
        let plan = DCATImporter.plan(Data(Self.input.utf8), path: "inn.ttl", municipalityFolder: Fixture.municipalityB)
        #expect(!plan.diagnostics.hasErrors, "\(plan.diagnostics)")
        #expect(plan.files.count == 2)
        var files = Fixture.files
        for file in plan.files { files[file.path] = file.text }
        let site = Fixture.build(files)
        #expect(!site.diagnostics.hasErrors, "\(site.diagnostics.errors)")

        let expected = Self.summaries(try RDFReader.read(Data(Self.input.utf8), path: "inn.ttl").graph)
        #expect(expected.count == 2)
        for name in ["catalog.ttl", "catalog.jsonld", "catalog.rdf"] {
            let bytes = try #require(site.files["kommuner/9901-testvik/data/\(name)"])
            let published = Self.summaries(try RDFReader.read(bytes, path: name).graph)
            #expect(published == expected, "\(name)")
        }
    }

    @Test func ordensOwnCataloguesReadBackAsTheSameGraph() throws {
        let (_, files) = try CatalogueRDFTests.site()
        for (path, bytes) in files where path.hasPrefix("data/") {
            let turtle = try RDFReader.read(try #require(files["data/catalog.ttl"]), path: "catalog.ttl").graph
            let graph = try RDFReader.read(bytes, path: path).graph
            #expect(Set(graph.triples) == Set(turtle.triples), "\(path)")
            #expect(graph.count > 50)
            // The hostile title survives every syntax exactly (line breaks normalised, controls dropped).
            let titles = graph.triples.filter { $0.predicate == RDFVocabulary.dct + "title" }.compactMap(\.object.literal?.value)
            #expect(titles.contains(CatalogueRDFTests.hostile.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\u{7}", with: "")), "\(path)")
        }
    }
}
