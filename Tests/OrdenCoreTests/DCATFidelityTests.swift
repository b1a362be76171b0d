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

/// Issue 17: what data.norge.no's catalogues hold comes through the import and out again in the
/// published catalogue (identity, places, contact details), and whatever is not taken is named.
@Suite struct DCATFidelityTests {
    static let datasets = "\(Fixture.municipalityB)/datasets"
    static let dcat = RDFVocabulary.dcat, dct = RDFVocabulary.dct, vcard = RDFVocabulary.vcard

    static let prefixes = """
        @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
        @prefix vcard: <http://www.w3.org/2006/vcard/ns#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

        """

    func plan(_ turtle: String) -> ImportPlan {
        DCATImporter.plan(Data((Self.prefixes + turtle).utf8), path: "katalog.ttl", municipalityFolder: Fixture.municipalityB)
    }

    /// The plan's files in the fixture, checked; and the site's published catalogue graph.
    func published(_ files: [String: String?]) -> (check: Orden.CheckResult, graph: RDFGraph) {
        let checked = Orden.check(.memory(Fixture.with(files)))
        let graph = checked.catalogue.map { DCATCatalogue.graph(.site, in: $0) } ?? RDFGraph()
        return (checked, graph)
    }

    func files(_ plan: ImportPlan) -> [String: String?] {
        Dictionary(uniqueKeysWithValues: plan.files.map { ($0.path, Optional($0.text)) })
    }

    static let record = """
        ---
        title: Badeplasser
        description: Badeplasser i kommunen.
        themes: [HEAL]
        access_rights: public
        licence: NLOD-2.0
        distributions:
        - access_url: https://data.testvik.example/bading/

        """

    static func dataset(titled title: String, in graph: RDFGraph) -> RDFTerm? {
        graph.subjects(ofType: dcat + "Dataset").first { graph.objects($0, dct + "title").first?.literal?.value == title }
    }

    // MARK: Identity

    @Test func aDatasetImportedFromAnIRIIsPublishedUnderThatIRI() throws {
        let planned = plan("""
            <https://data.testvik.example/datasett/bad> a dcat:Dataset ; dct:title "Badeplasser"@nb ;
                dct:description "Badeplasser."@nb ; dcat:theme <http://publications.europa.eu/resource/authority/data-theme/HEAL> ;
                dct:accessRights <http://publications.europa.eu/resource/authority/access-right/PUBLIC> .
            [] a dcat:Dataset ; dct:title "Uten adresse"@nb ; dct:description "Blank."@nb ;
                dcat:theme <http://publications.europa.eu/resource/authority/data-theme/HEAL> ;
                dct:accessRights <http://publications.europa.eu/resource/authority/access-right/PUBLIC> .
            """)
        let bad = try #require(planned.files.first { $0.path.hasSuffix("/badeplasser.md") })
        #expect(bad.text.hasPrefix("---\nuri: https://data.testvik.example/datasett/bad\ntitle: Badeplasser\n"))
        let blank = try #require(planned.files.first { $0.path.hasSuffix("/uten-adresse.md") })
        #expect(!blank.text.contains("uri:"))

        let (checked, graph) = published(files(planned))
        #expect(!checked.diagnostics.hasErrors, "\(checked.diagnostics.errors)")
        let subject = RDFTerm.iri("https://data.testvik.example/datasett/bad")
        #expect(graph.subjects(ofType: Self.dcat + "Dataset").contains(subject))
        #expect(graph.objects(subject, Self.dct + "identifier") == [.string("https://data.testvik.example/datasett/bad")])
        let catalog = try #require(graph.subjects(ofType: Self.dcat + "Catalog").first)
        #expect(graph.objects(catalog, Self.dcat + "dataset").contains(subject))
        // The page stays the landing page; the parts keep the page's address.
        #expect(graph.objects(subject, Self.dcat + "landingPage").first?.iri?.hasPrefix("https://") == true)
    }

    @Test func reimportingFindsTheRecordByItsUri() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("orden-dcat-uri-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("---\nuri: https://data.testvik.example/datasett/bad\ntitle: X\n---\n".utf8).write(to: folder.appendingPathComponent("mitt-navn.md"))
        #expect(DCATImporter.importedBefore(in: folder) == ["https://data.testvik.example/datasett/bad": "mitt-navn"])
    }

    @Test func uriMustBeAWebAddressAndBelongToOneDataset() throws {
        let bad = Fixture.check(Fixture.with(["\(Self.datasets)/a.md": Self.record.replacingOccurrences(of: "title:", with: "uri: urn:uuid:1234\ntitle:") + "---\n"]))
        let error = try #require(bad.errors.first { $0.location.path.hasSuffix("/a.md") })
        #expect(error.message.contains("urn:uuid:1234"))
        #expect(error.location.line == 2)

        let shared = "uri: https://data.testvik.example/datasett/bad\ntitle:"
        let twice = Fixture.check(Fixture.with([
            "\(Self.datasets)/a.md": Self.record.replacingOccurrences(of: "title:", with: shared) + "---\n",
            "\(Self.datasets)/b.md": Self.record.replacingOccurrences(of: "title:", with: shared) + "---\n",
        ]))
        let duplicate = try #require(twice.errors.first { $0.message.contains("also the uri of") })
        #expect(duplicate.location.path.hasSuffix("/b.md"))
        #expect(duplicate.message.contains("/a.md"))
    }

    // MARK: Places

    @Test func severalPlacesKeepTheirIRIsAndLabelsAndPassCheck() throws {
        let planned = plan("""
            <https://data.testvik.example/datasett/bad> a dcat:Dataset ; dct:title "Badeplasser"@nb ;
                dct:description "Badeplasser."@nb ; dcat:theme <http://publications.europa.eu/resource/authority/data-theme/HEAL> ;
                dct:accessRights <http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC> ;
                dct:spatial <https://data.geonorge.no/administrativeEnheter/kommune/id/173018>,
                    <http://publications.europa.eu/resource/authority/country/NOR>,
                    <https://sws.geonames.org/3143244/>, <https://data.geonorge.no/administrativeEnheter/fylke/id/173142> .
            <https://data.geonorge.no/administrativeEnheter/kommune/id/173018> a dct:Location ; skos:prefLabel "Testvik"@nb .
            """)
        let file = try #require(planned.files.first)
        #expect(file.text.contains("""
            spatial:
            - name: Testvik
              uri: https://data.geonorge.no/administrativeEnheter/kommune/id/173018
            - http://publications.europa.eu/resource/authority/country/NOR
            - https://sws.geonames.org/3143244/
            - https://data.geonorge.no/administrativeEnheter/fylke/id/173142

            """), "\(file.text)")
        let (checked, graph) = published(files(planned))
        #expect(!checked.diagnostics.hasErrors, "\(checked.diagnostics.errors)")
        let dataset = RDFTerm.iri("https://data.testvik.example/datasett/bad")
        let places = graph.objects(dataset, Self.dct + "spatial")
        #expect(places.count == 4)
        for place in places {
            #expect(graph.objects(place, RDFVocabulary.rdf + "type") == [.iri(Self.dct + "Location")])
        }
        // DCAT-AP-NO's shapes reject a place that does not name its vocabulary.
        let schemes = places.compactMap { graph.objects($0, RDFVocabulary.skos + "inScheme").first?.iri }.sorted()
        #expect(schemes == ["http://publications.europa.eu/resource/authority/country", "http://sws.geonames.org",
                            "https://data.geonorge.no/administrativeEnheter/fylke", "https://data.geonorge.no/administrativeEnheter/kommune"])
        #expect(graph.objects(.iri("https://data.geonorge.no/administrativeEnheter/kommune/id/173018"), RDFVocabulary.skos + "prefLabel") == [.string("Testvik", language: "nb")])
    }

    @Test func municipalityStandsForTheMunicipalitysKartverketUnit() throws {
        let text = Self.record + "spatial: [municipality, Sentrum]\n---\n"
        let (checked, graph) = published(["\(Self.datasets)/bad.md": text])
        #expect(!checked.diagnostics.hasErrors, "\(checked.diagnostics.errors)")
        let dataset = try #require(Self.dataset(titled: "Badeplasser", in: graph))
        let unit = RDFTerm.iri("https://data.geonorge.no/administrativeEnheter/kommune/id/9901")
        // The name alone has no IRI to publish; the municipality has its Kartverket unit.
        #expect(graph.objects(dataset, Self.dct + "spatial") == [unit])
        #expect(graph.objects(unit, RDFVocabulary.skos + "prefLabel").first?.literal?.value == "Testvik kommune")
        #expect(KartverketUnit.municipalityIRI("0301") == "https://data.geonorge.no/administrativeEnheter/kommune/id/0301")
    }

    @Test func anAddressThatIsNotUsableIsAnErrorNotALaterShapeViolation() throws {
        for value in ["\"https://data.geonorge.no/kommune id/1\"", "urn:x-kommune:3301", "[ok, \"http://\"]", "{name: Testvik, uri: \"ikke en adresse\"}"] {
            let diagnostics = Fixture.check(Fixture.with(["\(Self.datasets)/bad.md": Self.record + "spatial: \(value)\n---\n"]))
            let error = diagnostics.errors.first { $0.location.path.hasSuffix("/bad.md") }
            #expect(error?.location.line == 9, "\(value): \(diagnostics.errors)")
        }
    }

    /// A place given only by name cannot be published (DCAT-AP-NO takes IRIs); before, it was left
    /// out of the catalogue without a word.
    @Test func aPlaceGivenByNameIsAWarningThatItIsNotPublished() throws {
        let diagnostics = Fixture.check(Fixture.with(["\(Self.datasets)/named.md": Self.record + "spatial: [municipality, Testvik vannverk]\n---\n"]))
        let warnings = diagnostics.filter { $0.location.path.hasSuffix("/named.md") && $0.severity == .warning && $0.message.hasPrefix("spatial") }
        #expect(warnings.count == 1, "\(diagnostics)")
        #expect(warnings.first?.message.contains("\"Testvik vannverk\" is shown on the page but left out of the published DCAT catalogue") == true)
        #expect(warnings.first?.location.line == 9)
        #expect(!diagnostics.hasErrors, "\(diagnostics.errors)")
    }

    @Test func aPlaceFromAVocabularyTheShapesDoNotKnowIsAnError() throws {
        let diagnostics = Fixture.check(Fixture.with(["\(Self.datasets)/bad.md": Self.record + "spatial: [municipality, https://example.org/steder/1]\n---\n"]))
        let error = try #require(diagnostics.errors.first { $0.location.path.hasSuffix("/bad.md") })
        #expect(error.message.contains("https://example.org/steder/1"))
        #expect(error.location.line == 9)
        #expect(error.hint?.contains("geonames") == true)
        for known in ["https://data.geonorge.no/administrativeEnheter/nasjon/id/173163", "https://publications.europa.eu/resource/authority/continent/EUROPE",
                      "http://sws.geonames.org/3144096/"] {
            #expect(PlaceVocabulary.scheme(of: known) != nil, "\(known)")
        }
        for unknown in ["https://data.geonorge.no/administrativeEnheter/kommune/id/", "http://publications.europa.eu/resource/authority/file-type/CSV",
                        "https://sws.geonames.org/abc/", "https://geonorge.example/administrativeEnheter/kommune/id/1"] {
            #expect(PlaceVocabulary.scheme(of: unknown) == nil, "\(unknown)")
        }
    }

    /// The published catalogue writes a place as its vocabulary does, the form DCAT-AP-NO 3's
    /// draft shapes match: GeoNames and the EU tables under http://.
    @Test func aPlaceIsPublishedInItsVocabularysOwnForm() {
        #expect(PlaceVocabulary.canonical("https://sws.geonames.org/3143244/") == "http://sws.geonames.org/3143244/")
        #expect(PlaceVocabulary.canonical("https://sws.geonames.org/3143244/about.rdf") == "http://sws.geonames.org/3143244/")
        #expect(PlaceVocabulary.canonical("https://publications.europa.eu/resource/authority/country/NOR") == "http://publications.europa.eu/resource/authority/country/NOR")
        #expect(PlaceVocabulary.canonical("https://data.geonorge.no/administrativeEnheter/kommune/id/3901") == "https://data.geonorge.no/administrativeEnheter/kommune/id/3901")
        #expect(PlaceVocabulary.canonical("https://example.org/steder/1") == "https://example.org/steder/1")
    }

    // MARK: Contact points

    @Test func aContactPointAsDataNorgeNoWritesItIsKept() throws {
        let planned = plan("""
            <https://ex.org/d> a dcat:Dataset ; dct:title "D"@nb ;
                dcat:contactPoint [ a vcard:Organization ; vcard:hasEmail <mailto:fellesdatakatalog@digdir.no> ;
                    vcard:hasOrganizationName "DIGDIR Felles datakatalog"@nb ; vcard:organization-unit "Informasjonsforvaltning"@nb ;
                    vcard:hasURL <https://data.norge.no/kontakt> ; vcard:hasTelephone <tel:+4722450000> ] ,
                  [ a vcard:Organization ; vcard:fn "Nummer to" ] .
            """)
        let file = try #require(planned.files.first)
        #expect(file.text.contains("""
            contact:
              name: DIGDIR Felles datakatalog, Informasjonsforvaltning
              email: fellesdatakatalog@digdir.no
              url: https://data.norge.no/kontakt
              phone: "+4722450000"

            """), "\(file.text)")
        let second = try #require(planned.diagnostics.first(containing: "2 contact points"))
        #expect(second.severity == .warning)
        #expect(second.message.contains("<https://ex.org/d>"))

        let record = Self.record + "contact: {name: Servicetorget, url: https://testvik.example/kontakt, phone: +47 22 00 00 00}\n---\n"
        let (checked, graph) = published(["\(Self.datasets)/bad.md": record])
        #expect(!checked.diagnostics.hasErrors, "\(checked.diagnostics.errors)")
        let dataset = try #require(Self.dataset(titled: "Badeplasser", in: graph))
        let point = try #require(graph.objects(dataset, Self.dcat + "contactPoint").first)
        #expect(graph.objects(point, Self.vcard + "hasURL") == [.iri("https://testvik.example/kontakt")])
        #expect(graph.objects(point, Self.vcard + "hasTelephone") == [.iri("tel:+4722000000")])
        // The page shows them too.
        let page = Fixture.html(Fixture.build(Fixture.with(["\(Self.datasets)/bad.md": record])).files, "kommuner/9901-testvik/datasett/bad/index.html")
        #expect(page.contains("href=\"https://testvik.example/kontakt\""))
        #expect(page.contains("+47 22 00 00 00"))
    }

    @Test func aContactPointWithNothingToTakeIsReported() throws {
        let planned = plan("""
            <https://ex.org/d> a dcat:Dataset ; dct:title "D"@nb ; dcat:contactPoint [ a vcard:Organization ; vcard:note "ring oss" ] .
            """)
        #expect(!(planned.files.first?.text.contains("contact:") ?? true))
        #expect(planned.diagnostics.first(containing: "has no name, e-mail address") != nil)
        #expect(planned.diagnostics.first(containing: "vcard:note") != nil)
    }

    // MARK: What is not taken

    @Test func everyPropertyNotTakenIsNamedPerNode() throws {
        let planned = plan("""
            <https://ex.org/d> a dcat:Dataset ; dct:title "D"@nb ; dct:conformsTo <https://ex.org/std> ;
                dcat:inSeries <https://ex.org/serie> ; dct:publisher <https://ex.org/org> ; dct:identifier "https://ex.org/d" ;
                dcat:distribution <https://ex.org/d/dist> .
            <https://ex.org/d/dist> a dcat:Distribution ; dcat:accessURL <https://ex.org/a1>, <https://ex.org/a2> ;
                dcat:byteSize "12"^^xsd:decimal .
            """)
        let dataset = try #require(planned.diagnostics.first(containing: "the dataset <https://ex.org/d> has properties Orden does not keep"))
        #expect(dataset.message.contains("dct:conformsTo, dcat:inSeries"))
        #expect(!dataset.message.contains("dct:publisher"))
        #expect(dataset.location.line == 4)
        let distribution = try #require(planned.diagnostics.first(containing: "<https://ex.org/d/dist> of <https://ex.org/d> has a property Orden does not keep"))
        #expect(distribution.message.contains("dcat:byteSize"))
        let access = try #require(planned.diagnostics.first(containing: "2 dcat:accessURL values"))
        #expect(access.message.contains("<https://ex.org/a2>"))
        #expect(planned.diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test func aDatasetSeriesIsReportedNotImportedAsADataset() throws {
        let planned = plan("""
            <https://ex.org/c> a dcat:Catalog ; dcat:dataset <https://ex.org/serie>, <https://ex.org/d> .
            <https://ex.org/serie> a dcat:DatasetSeries ; dct:title "Budsjett"@nb .
            <https://ex.org/d> a dcat:Dataset ; dct:title "Budsjett 2020"@nb ; dcat:inSeries <https://ex.org/serie> .
            """)
        #expect(planned.files.map(\.path) == ["\(Self.datasets)/budsjett-2020.md"])
        let series = try #require(planned.diagnostics.first(containing: "the dataset series <https://ex.org/serie> was not imported"))
        #expect(series.severity == .warning)
        #expect(series.location.line == 5)
    }

    @Test func aFileThatYieldsNothingIsAnError() throws {
        let remote = DCATImporter.plan(Data(#"{"@context": "https://data.norge.no/context.jsonld", "id": "https://ex.org/d", "type": "Dataset"}"#.utf8),
                                       path: "in.jsonld", municipalityFolder: Fixture.municipalityB)
        let error = try #require(remote.diagnostics.errors.first)
        #expect(error.location.path == "in.jsonld")
        #expect(remote.files.isEmpty)
        let folder = FileManager.default.temporaryDirectory
        let outcome = ImportRunner.apply(remote, source: folder, options: ImportOptions())
        #expect(!outcome.wrote)
        #expect(outcome.diagnostics.hasErrors)
    }

    @Test func theCommandExitsWithAnErrorWhenAFileYieldsNoDataset() throws {
        let cli = CommandLineTests()
        let folder = try cli.source(Fixture.files)
        let file = folder.appendingPathComponent("katalog.jsonld")
        try Data(#"{"@context": "https://data.norge.no/context.jsonld", "id": "https://ex.org/d", "type": "Dataset", "title": "D"}"#.utf8).write(to: file)
        let run = try cli.run(["import", "dcat", file.path, "--municipality", "9901", "--source", folder.path])
        #expect(run.status == 1, "\(run.output) \(run.errors)")
        #expect(run.errors.contains("katalog.jsonld"))
    }
}
