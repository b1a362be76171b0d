import Foundation
import Testing
@testable import Basics
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

/// The published DCAT-AP-NO catalogues: what they say, and that text from content cannot break them.
@Suite struct CatalogueRDFTests {
    static let hostile = "Sitat \"\"\" og '''\\ slutt\n<script>alert(1)</script> & ]]> \u{2028} æøå 🦊 \r\nlinje\u{7}"

    static var hostileFiles: [String: String] {
        Fixture.with([
            "\(Fixture.municipalityA)/datasets/fiendtlig.md": FrontMatterWriter.document([
                ("title", .string(hostile)),
                ("description", .string(hostile)),
                ("themes", .list([.string("GOVE"), .string("ECON")])),
                ("access_rights", .string("public")),
                ("licence", .string("CC-BY-4.0")),
                ("keywords", .list([.string(hostile), .string("@nb")])),
                ("contact", .map([("name", .string(hostile)), ("email", .string("post@horten.example")),
                                  ("url", .string("https://horten.example/kontakt?a={b}|c^d&e")), ("phone", .string("+47 33 08 50 00"))])),
                // Places as data.norge.no writes them (issue 17): each needs its vocabulary in the catalogue.
                ("spatial", .list([
                    .map([("name", .string(hostile)), ("uri", .string("https://data.geonorge.no/administrativeEnheter/kommune/id/173018"))]),
                    .string("municipality"), .string(hostile),
                    .string("http://publications.europa.eu/resource/authority/country/NOR"), .string("https://sws.geonames.org/3143244/"),
                ])),
                ("temporal", .map([("start", .day(Day("2020-01-01")!)), ("end", .day(Day("2024-12-31")!))])),
                ("frequency", .string("monthly")),
                ("distributions", .list([
                    .map([("title", .string(hostile)), ("format", .string("CSV")),
                          ("access_url", .string("https://data.example/x?a={b}|c^d`e&f=ø#frag")),
                          ("download_url", .string("https://data.example/last%20ned.csv"))]),
                    .map([("access_url", .string("https://data.example/api")), ("format", .string("JSON")), ("licence", .string("CC0-1.0"))]),
                ])),
                ("issued", .day(Day("2021-03-04")!)),
                ("modified", .day(Day("2026-10-01")!)),
            ]),
            "\(Fixture.municipalityA)/datasets/hemmelig.md": """
            ---
            title: Hemmelig datasett SENTINEL-DATASET
            description: Skal ikke publiseres.
            themes: [GOVE]
            access_rights: non-public
            visibility: internal
            ---
            """,
            "\(Fixture.municipalityB)/_index.md": """
            ---
            name: Testvik kommune
            number: "9901"
            orgnr: "123456785"
            fictional: true
            language: nn
            ---
            """,
            "\(Fixture.municipalityB)/datasets/turar.md": """
            ---
            uri: https://data.norge.example/datasets/turar-9901
            title: Turar
            description: Turstiar i kommunen.
            themes: [ENVI]
            access_rights: public
            licence: NLOD-2.0
            spatial: municipality
            ---
            """,
            "\(Fixture.municipalityA)/systems/okonomi.md": """
            ---
            name: Økonomisystemet
            product: beta-okonomi
            owner: Økonomiavdelingen
            lifecycle: {status: phase-out, end_of_life: 2027-12-31}
            datasets: [postliste]
            api:
              endpoint_url: https://api.horten.example/okonomi
              endpoint_description: https://api.horten.example/okonomi/openapi.json
              access_rights: restricted
            ---
            """,
        ])
    }

    static func site() throws -> (catalogue: Catalogue, files: [String: Data]) {
        let checked = Orden.check(.memory(hostileFiles))
        #expect(!checked.hasErrors, "\(checked.diagnostics.errors)")
        let catalogue = try #require(checked.catalogue)
        return (catalogue, Dictionary(uniqueKeysWithValues: CatalogueFiles.files(in: catalogue).map { ($0.path, $0.bytes) }))
    }

    @Test func publishesASiteCatalogueAndOnePerMunicipalityInThreeSyntaxes() throws {
        let (_, files) = try Self.site()
        #expect(Set(files.keys) == [
            "data/catalog.ttl", "data/catalog.jsonld", "data/catalog.rdf",
            "kommuner/3901-horten/data/catalog.ttl", "kommuner/3901-horten/data/catalog.jsonld", "kommuner/3901-horten/data/catalog.rdf",
            "kommuner/9901-testvik/data/catalog.ttl", "kommuner/9901-testvik/data/catalog.jsonld", "kommuner/9901-testvik/data/catalog.rdf",
        ])
    }

    @Test func describesDatasetsWithPublisherThemesAndDistributions() throws {
        let (catalogue, _) = try Self.site()
        let graph = DCATCatalogue.graph(.site, in: catalogue)
        let dataset = RDFTerm.iri("https://test.example/orden/kommuner/3901-horten/datasett/fiendtlig/")
        let catalog = RDFTerm.iri("https://test.example/orden/datasett/")
        let horten = RDFTerm.iri("https://organization-catalog.fellesdatakatalog.digdir.no/organizations/974760673")
        let dcat = RDFVocabulary.dcat, dct = RDFVocabulary.dct

        #expect(graph.subjects(ofType: dcat + "Catalog") == [catalog])
        #expect(Set(graph.objects(catalog, dcat + "dataset")) == [dataset,
            .iri("https://test.example/orden/kommuner/3901-horten/datasett/postliste/"),
            .iri("https://data.norge.example/datasets/turar-9901")])
        #expect(graph.objects(dataset, dct + "publisher") == [horten])
        #expect(graph.objects(horten, RDFVocabulary.dct + "identifier") == [.string("974760673")])
        #expect(graph.objects(horten, RDFVocabulary.foaf + "name") == [.string("Horten kommune", language: "nb")])
        #expect(graph.objects(dataset, dcat + "theme") == [.iri(RDFVocabulary.euTheme + "GOVE"), .iri(RDFVocabulary.euTheme + "ECON")])
        #expect(graph.objects(dataset, dct + "accessRights") == [.iri(RDFVocabulary.euAccessRight + "PUBLIC")])
        #expect(graph.objects(dataset, dct + "accrualPeriodicity") == [.iri(RDFVocabulary.euFrequency + "MONTHLY")])
        #expect(graph.objects(dataset, dct + "issued") == [.typed("2021-03-04", RDFVocabulary.xsd + "date")])
        // The text reaches the graph unchanged but for line breaks and the control character.
        let cleaned = Self.hostile.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\u{7}", with: "")
        #expect(graph.objects(dataset, dct + "title") == [.string(cleaned, language: "nb")])

        let distributions = graph.objects(dataset, dcat + "distribution")
        #expect(distributions.count == 2)
        let first = try #require(distributions.first)
        #expect(graph.objects(first, dcat + "accessURL") == [.iri("https://data.example/x?a=%7Bb%7D%7Cc%5Ed%60e&f=ø#frag")])
        #expect(graph.objects(first, dct + "format") == [.iri(RDFVocabulary.euFileType + "CSV")])
        // The dataset's licence applies to a distribution without its own; the second has CC0.
        #expect(graph.objects(first, dct + "license") == [.iri(RDFVocabulary.euLicence + "CC_BY_4_0")])
        #expect(graph.objects(distributions[1], dct + "license") == [.iri(RDFVocabulary.euLicence + "CC0")])
        // Every concept used is described with its scheme, as the shapes require.
        #expect(graph.objects(.iri(RDFVocabulary.euFileType + "CSV"), RDFVocabulary.skos + "inScheme")
                == [.iri("http://publications.europa.eu/resource/authority/file-type")])
    }

    @Test func systemsWithAnAPIAreDataServices() throws {
        let (catalogue, _) = try Self.site()
        let graph = DCATCatalogue.graph(.municipality("3901"), in: catalogue)
        let service = RDFTerm.iri("https://test.example/orden/kommuner/3901-horten/systemer/okonomi/#api")
        #expect(graph.subjects(ofType: RDFVocabulary.dcat + "DataService") == [service])
        #expect(graph.objects(service, RDFVocabulary.dcat + "endpointURL") == [.iri("https://api.horten.example/okonomi")])
        #expect(graph.objects(service, RDFVocabulary.dcat + "servesDataset") == [.iri("https://test.example/orden/kommuner/3901-horten/datasett/postliste/")])
        #expect(graph.objects(service, RDFVocabulary.dct + "accessRights") == [.iri(RDFVocabulary.euAccessRight + "RESTRICTED")])
        // Testvik's catalogue has its own dataset only, tagged as nynorsk.
        let testvik = DCATCatalogue.graph(.municipality("9901"), in: catalogue)
        // Turar keeps the IRI it has in another catalogue (its uri); its page is its landing page.
        let turar = RDFTerm.iri("https://data.norge.example/datasets/turar-9901")
        #expect(testvik.subjects(ofType: RDFVocabulary.dcat + "Dataset") == [turar])
        #expect(testvik.objects(turar, RDFVocabulary.dct + "title") == [.string("Turar", language: "nn")])
        #expect(testvik.objects(turar, RDFVocabulary.dcat + "landingPage") == [.iri("https://test.example/orden/kommuner/9901-testvik/datasett/turar/")])
        let unit = RDFTerm.iri("https://data.geonorge.no/administrativeEnheter/kommune/id/9901")
        #expect(testvik.objects(turar, RDFVocabulary.dct + "spatial") == [unit])
        #expect(testvik.objects(unit, RDFVocabulary.skos + "prefLabel") == [.string("Testvik kommune", language: "nn")])
        #expect(testvik.subjects(ofType: RDFVocabulary.dcat + "DataService").isEmpty)
    }

    @Test func internalRecordsNeverReachTheCatalogues() throws {
        let (_, files) = try Self.site()
        for (path, bytes) in files {
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(!text.contains("SENTINEL-DATASET"), "\(path)")
            #expect(!text.contains("hemmelig"), "\(path)")
            #expect(!text.contains("skjult"), "\(path)")
        }
    }

    @Test func turtleEscapesEveryLiteralAndIRI() {
        var graph = RDFGraph()
        graph.add(.iri("https://x.example/a b<c>\"d\"{e}|^`\\"), RDFVocabulary.dct + "title",
                  .string("q\"uote\\ \n\r\t\u{1}", language: "nb"))
        graph.add(.iri("https://x.example/s"), "https://x.example/vocab#p-1", .typed("1", RDFVocabulary.xsd + "integer"))
        let text = TurtleWriter.write(graph)
        #expect(text.contains("<https://x.example/a\\u0020b\\u003Cc\\u003E\\u0022d\\u0022\\u007Be\\u007D\\u007C\\u005E\\u0060\\u005C>"))
        #expect(text.contains("dct:title \"q\\\"uote\\\\ \\n\\r\\t\\u0001\"@nb"))
        #expect(text.contains("<https://x.example/vocab#p-1> \"1\"^^xsd:integer"))
    }

    @Test func rdfXMLAndJSONLDEscapeMarkupAndKeepLineBreaks() {
        var graph = RDFGraph()
        graph.add(.iri("https://x.example/?a=1&b=\"2\""), RDFVocabulary.dct + "title", .string("</dct:title><x>&\r\n\t", language: "nb"))
        let xml = RDFXMLWriter.write(graph)
        #expect(xml.contains("rdf:about=\"https://x.example/?a=1&amp;b=&quot;2&quot;\""))
        #expect(xml.contains("<dct:title xml:lang=\"nb\">&lt;/dct:title&gt;&lt;x&gt;&amp;&#13;\n\t</dct:title>"))
        let json = JSONLDWriter.write(graph)
        #expect(json.contains("\"@value\": \"</dct:title><x>&\\r\\n\\t\", \"@language\": \"nb\""))
        #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil)
    }

    /// The graphs whose documents are kept in `Tests/golden/rdf/`: each catalogue of the hostile
    /// fixture and a graph of odd terms. Not the demo's: its documents would change with every
    /// edit of its datasets, which is not what this guards.
    static func goldenGraphs() throws -> [(name: String, graph: RDFGraph)] {
        var graphs: [(String, RDFGraph)] = []
        for (name, tree) in [("hostile", SourceTree.memory(Self.hostileFiles))] {
            let catalogue = try #require(Orden.check(tree).catalogue)
            for scope in CatalogueFiles.scopes(in: catalogue) {
                let scopeName = switch scope {
                case .site: "site"
                case .municipality(let number): number
                case .region(let slug): "region-" + slug
                }
                graphs.append(("\(name)/\(scopeName)", DCATCatalogue.graph(scope, in: catalogue)))
            }
        }
        var odd = RDFGraph()
        odd.add(.iri("https://x.example/a b<c>\"d\"{e}|^`\\ æ"), RDFVocabulary.dct + "title", .string(Self.hostile + "\u{FFFE}\u{FFFF}\t\u{1F}", language: "nb"))
        odd.add(.iri("https://x.example/s"), "https://x.example/vocab#p-1", .typed("1", RDFVocabulary.xsd + "integer"))
        odd.add(.iri("https://x.example/s"), "https://x.example/vocab#p-1", .string(String(repeating: "lang tekst æøå ", count: 5)))
        odd.add(.iri("https://x.example/s"), "https://other.example/x/9bad", .iri("https://x.example/o"))
        odd.add(.blank("b 1"), RDFVocabulary.rdf + "type", .iri(RDFVocabulary.dcat + "Dataset"))
        odd.add(.blank("b 1"), RDFVocabulary.rdf + "type", .string("not an IRI"))
        odd.add(.blank("b 1"), "https://other.example/y#q", .blank("2"))
        graphs.append(("odd", odd))
        return graphs
    }

    /// The golden documents were written once by the string-built writers that the byte writers
    /// replaced, so this also holds the byte writers to what those wrote. A deliberate change of the
    /// writers: write them again with ORDEN_UPDATE_GOLDEN=1 and read the diff.
    @Test func theByteWritersWriteWhatTheStringWritersWrote() throws {
        for (name, graph) in try Self.goldenGraphs() {
            Golden.expect(TurtleWriter.write(graph), equals: "rdf/\(name).ttl")
            Golden.expect(RDFXMLWriter.write(graph), equals: "rdf/\(name).rdf")
            Golden.expect(JSONLDWriter.write(graph), equals: "rdf/\(name).jsonld")
        }
    }

    @Test func sameContentGivesIdenticalBytes() throws {
        let first = try Self.site().files
        let second = try Self.site().files
        #expect(first == second)
    }

    /// pyshacl against the DCAT-AP-NO 2.0 shapes, and rdflib's check that the three syntaxes
    /// hold the same graph, on the hostile fixture. `scripts/test` provides the Python.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["ORDEN_TEST_PYTHON"] != nil, "needs ORDEN_TEST_PYTHON (set by scripts/test)"))
    func hostileCataloguesPassTheShapesInEverySyntax() throws {
        let (_, files) = try Self.site()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("orden-dcat-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (path, bytes) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try bytes.write(to: url)
        }
        let (status, output) = try CatalogueValidation.run(folder)
        #expect(status == 0, "\(output)")
        #expect(output.contains("3 catalogues, 0 failures"), "\(output)")
    }
}
