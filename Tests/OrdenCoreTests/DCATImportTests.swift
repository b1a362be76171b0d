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

@Suite struct DCATImportTests {
    static let folder = Fixture.municipalityB
    static let datasets = "\(Fixture.municipalityB)/datasets"

    func plan(_ text: String, _ path: String, existing: Set<String> = []) -> ImportPlan {
        DCATImporter.plan(Data(text.utf8), path: path, municipalityFolder: Self.folder, existingIDs: existing)
    }

    /// The plan's files checked as `orden check` would, with the fixture site around them.
    func check(_ plan: ImportPlan) -> Orden.CheckResult {
        Orden.check(.memory(Fixture.with(Dictionary(uniqueKeysWithValues: plan.files.map { ($0.path, Optional($0.text)) }))))
    }

    @Test func theSameCatalogueInAllThreeSyntaxesGivesTheSameFiles() throws {
        let turtle = plan(DCATSampleCatalogue.turtle, "katalog.ttl")
        let rdfXML = plan(DCATSampleCatalogue.rdfXML, "katalog.rdf")
        let jsonLD = plan(DCATSampleCatalogue.jsonLD, "katalog.jsonld")
        #expect(turtle.files.map(\.path) == ["badeplasser", "postliste", "skolekretser"].map { "\(Self.datasets)/\($0).md" })
        #expect(turtle.files == rdfXML.files)
        #expect(turtle.files == jsonLD.files)
        for other in [rdfXML, jsonLD] {
            #expect(other.diagnostics.map(\.message) == turtle.diagnostics.map(\.message))
        }
        #expect(!turtle.diagnostics.hasErrors)
    }

    /// Turtle keeps a CR inside a long literal (the W3C suite's literal_with_CARRIAGE_RETURN), so a
    /// catalogue saved on Windows would bring "\r\n" into front matter; the record gets line feeds.
    static let description = "\"Offentlige badeplasser med målt vannkvalitet.\"@nb"

    @Test func aCatalogueWithWindowsLineEndsGivesPlainLineBreaks() throws {
        let text = DCATSampleCatalogue.turtle.replacingOccurrences(of: "\n", with: "\r\n")
            .replacingOccurrences(of: Self.description, with: "\"\"\"Offentlige\r\nbadeplasser med målt vannkvalitet.\"\"\"@nb")
        let windows = plan(text, "katalog.ttl")
        let unix = plan(DCATSampleCatalogue.turtle.replacingOccurrences(of: Self.description, with: "\"\"\"Offentlige\nbadeplasser med målt vannkvalitet.\"\"\"@nb"), "katalog.ttl")
        #expect(DCATSampleCatalogue.turtle.contains(Self.description))
        #expect(unix.files.first?.text.contains("Offentlige\n") == true || unix.files.first?.text.contains("Offentlige") == true)
        #expect(!windows.diagnostics.hasErrors, "\(windows.diagnostics)")
        #expect(!windows.files.isEmpty && windows.files == unix.files)
        #expect(windows.files.allSatisfy { !$0.text.contains("\r") })
    }

    @Test func mapsEveryDCATFieldToTheDatasetRecord() throws {
        let planned = plan(DCATSampleCatalogue.turtle, "katalog.ttl")
        let file = try #require(planned.files.first)
        #expect(file.text == """
            ---
            uri: https://data.testvik.example/datasett/badeplasser
            title: Badeplasser
            description: Offentlige badeplasser med målt vannkvalitet.
            themes:
            - HEAL
            - ENVI
            los_themes:
            - natur-klima-og-miljo
            access_rights: public
            licence: NLOD-2.0
            keywords:
            - bading
            - vannkvalitet
            distributions:
            - title: Badeplasser (CSV)
              format: CSV
              access_url: https://data.testvik.example/bading/
              download_url: https://data.testvik.example/bading/badeplasser.csv
              licence: NLOD-2.0
            contact:
              name: Miljøavdelingen
              email: miljo@testvik.example
            spatial: https://data.geonorge.no/administrativeEnheter/kommune/id/9901
            temporal:
              start: 2019-06-01
              end: 2025-08-31
            frequency: weekly
            issued: 2019-05-15
            modified: 2026-06-01
            ---

            """)
        // The dataset with nothing but a LOS theme keeps it, and lacks the required EU themes, and only that.
        #expect(planned.files.first { $0.path.hasSuffix("skolekretser.md") }?.text.contains("los_themes:\n- skole-og-utdanning") == true)
        let errors = check(planned).diagnostics.errors
        #expect(!errors.isEmpty)
        #expect(errors.allSatisfy { $0.location.path == "\(Self.datasets)/skolekretser.md" }, "\(errors)")
        #expect(errors.contains { $0.message.contains("themes") })
        let complete = ImportPlan(files: planned.files.filter { !$0.path.hasSuffix("skolekretser.md") })
        let checked = check(complete)
        #expect(!checked.hasErrors, "\(checked.diagnostics)")
        let postliste = try #require(checked.catalogue?.datasets[LocalKey("9901", "postliste")]).fields
        #expect(postliste.description == "Offentlig journal for Testvik kommune.\nDokumenter unntatt offentlighet er ikke med.")
        #expect(postliste.licence == .ccBy40)
        #expect(postliste.frequency == .daily)
        #expect(postliste.keywords == ["postliste", "journal"])
        #expect(postliste.distributions?.first?.format == .html)
        #expect(postliste.contact?.name == "Dokumentsenteret")
    }

    @Test func everyNodeOrValueNotTakenIsAWarningNamingItAndWhy() throws {
        let warnings = plan(DCATSampleCatalogue.turtle, "katalog.ttl").diagnostics
        #expect(warnings.allSatisfy { $0.severity == .warning })
        func warning(_ text: String) -> Diagnostic? { warnings.first { $0.message.contains(text) } }
        // A LOS main theme is kept (los_themes), not warned about.
        #expect(warning("psi.norge.no/los/tema/natur-klima-og-miljo") == nil)
        let remote = try #require(warning("<https://data.testvik.example/datasett/eksternt>"))
        #expect(remote.message.contains("not described"))
        let untitled = try #require(warning("<https://data.testvik.example/datasett/uten-tittel>"))
        #expect(untitled.message.contains("no dct:title"))
        let url = try #require(warning("“ikke en adresse”"))
        #expect(url.message.contains("<https://data.testvik.example/datasett/kun-los>"))
        #expect(url.location.line == 56)
        #expect(warnings.count == 3, "\(warnings)")  // the two LOS main themes are kept, not warned about
    }

    @Test func idsAreUniqueAgainstExistingFilesAndEachOther() {
        let turtle = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
            <http://ex.org/1> a dcat:Dataset ; dct:title "Postliste" .
            <http://ex.org/2> a dcat:Dataset ; dct:title "Postliste" .
            [] a dcat:Dataset ; dct:title "Ærlige Øvelser på Åsen!" .
            [] a dcat:Dataset ; dct:title "!!!" .
            """
        let planned = plan(turtle, "in.ttl", existing: ["postliste"])
        #expect(planned.files.map(\.path) == ["postliste-2", "postliste-3", "aerlige-ovelser-pa-asen", "x"].map { "\(Self.datasets)/\($0).md" })
    }

    @Test func readsTheVariantsCataloguesUse() throws {
        let turtle = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
            @prefix vcard: <http://www.w3.org/2006/vcard/ns#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            <http://ex.org/d> a dcat:Dataset ;
              dct:title "English"@en, "Nynorsk"@nn, "Bokmål"@nb-NO ;
              dct:description "  Trimmed around.  " ;
              dcat:keyword "en"@en, "nn"@nn ;
              dcat:theme <https://publications.europa.eu/resource/authority/data-theme/tran>, "GOVE" ;
              dct:accessRights "http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC" ;
              dct:accrualPeriodicity <http://publications.europa.eu/resource/authority/frequency/BIHOURLY> ;
              dct:spatial [ skos:prefLabel "Testvik"@nb ], "Nordøst" ;
              dct:issued "2024-02-29T23:59:59+01:00"^^xsd:dateTime ;
              dct:modified "i fjor" ;
              dcat:contactPoint [ vcard:organization-name "Kommunen" ; vcard:hasEmail "ikke-epost" ] ;
              dcat:distribution [ dcat:mediaType "text/csv" ; dcat:downloadURL <https://ex.org/d.csv> ; dct:license <http://creativecommons.org/publicdomain/zero/1.0/> ],
                [ dct:format "GeoJSON" ; dcat:accessURL <https://ex.org/geo> ; dct:license <http://creativecommons.org/publicdomain/zero/1.0/> ],
                [ dct:format <http://ex.org/format/unknown> ; dcat:accessURL <https://ex.org/other> ; dct:license <https://creativecommons.org/publicdomain/zero/1.0> ],
                [ dcat:accessURL <ftp://ex.org/> ],
                <http://ex.org/elsewhere> .
            """
        let planned = plan(turtle, "in.ttl")
        let checked = check(planned)
        #expect(!checked.hasErrors, "\(checked.diagnostics)")
        let dataset = try #require(checked.catalogue?.datasets[LocalKey("9901", "bokmal")]).fields
        #expect(dataset.description == "Trimmed around.")
        #expect(dataset.keywords == ["nn"])
        #expect(dataset.themes == [.tran])
        #expect(dataset.accessRights == .nonPublic)
        #expect(dataset.frequency == nil)
        #expect(dataset.spatial?.places == [Place(name: "Testvik"), Place(name: "Nordøst")])
        #expect(dataset.issued == Day("2024-02-29"))
        #expect(dataset.modified == nil)
        #expect(dataset.contact?.name == "Kommunen")
        #expect(dataset.contact?.email == nil)
        #expect(dataset.licence == .cc010)
        #expect(dataset.distributions?.map(\.format) == [.csv, .geojson, nil])
        #expect(dataset.distributions?.first?.accessUrl.url == "https://ex.org/d.csv")
        let messages = planned.diagnostics.map(\.message).joined(separator: "\n")
        for expected in ["“GOVE”", "BIHOURLY", "“i fjor”", "“ikke-epost”", "<http://ex.org/format/unknown>", "<ftp://ex.org/>", "<http://ex.org/elsewhere>"] {
            #expect(messages.contains(expected), "\(expected) in \(messages)")
        }
    }

    @Test func hostileLiteralsSurviveIntoTheFilesExactly() throws {
        let hostile = ["Postliste: \"2025\" # ikke kommentar", "<script>alert('x')</script>", "linje 1\nlinje 2", "yes", "2026-01-01",
                       "- liste", "{flyt}", "&anker *alias", "---", "null", "~", "@at", "tab\there", "'enkel'", "\\ backslash"]
        for (index, text) in hostile.enumerated() {
            let turtleText = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\t", with: "\\t")
            let turtle = """
                @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
                <http://ex.org/d> a dcat:Dataset ; dct:title "Datasett \(index)" ; dct:description "\(turtleText)" ;
                  dcat:keyword "\(turtleText)" ; dct:spatial "\(turtleText)" ;
                  dcat:theme <http://publications.europa.eu/resource/authority/data-theme/GOVE> ;
                  dct:accessRights <http://publications.europa.eu/resource/authority/access-right/PUBLIC> ;
                  dcat:distribution [ dct:title "\(turtleText)" ; dcat:accessURL <https://ex.org/> ] .
                """
            let jsonText = String(decoding: try JSONEncoder().encode(text), as: UTF8.self)
            let json = """
                {"@context": {"dcat": "http://www.w3.org/ns/dcat#", "dct": "http://purl.org/dc/terms/"},
                 "@id": "http://ex.org/d", "@type": "dcat:Dataset", "dct:title": "Datasett \(index)", "dct:description": \(jsonText),
                 "dcat:keyword": \(jsonText), "dct:spatial": \(jsonText),
                 "dcat:theme": {"@id": "http://publications.europa.eu/resource/authority/data-theme/GOVE"},
                 "dct:accessRights": {"@id": "http://publications.europa.eu/resource/authority/access-right/PUBLIC"},
                 "dcat:distribution": {"dct:title": \(jsonText), "dcat:accessURL": {"@id": "https://ex.org/"}}}
                """
            let fromTurtle = plan(turtle, "in.ttl")
            let fromJSON = plan(json, "in.jsonld")
            #expect(fromTurtle.files == fromJSON.files)
            let checked = check(fromTurtle)
            #expect(!checked.hasErrors, "\(text): \(checked.diagnostics)")
            let dataset = try #require(checked.catalogue?.datasets[LocalKey("9901", "datasett-\(index)")], "\(text)").fields
            #expect(dataset.description == text)
            #expect(dataset.keywords == [text])
            #expect(dataset.spatial?.places == [Place(name: text)])
            #expect(dataset.distributions?.first?.title == text)
        }
    }

    @Test func aHostileTitleBecomesASafeID() throws {
        let turtle = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
            <http://ex.org/d> a dcat:Dataset ; dct:title "../../../etc/passwd" .
            """
        let path = try #require(plan(turtle, "in.ttl").files.first?.path)
        #expect(path == "\(Self.datasets)/etc-passwd.md")
    }

    // MARK: Errors

    @Test func aSyntaxErrorInAnySyntaxStopsTheImportWithItsLine() throws {
        let broken = [
            ("in.ttl", DCATSampleCatalogue.turtle.replacingOccurrences(of: "\"Postliste\"@nb ;", with: "\"Postliste@nb ;"), 36),
            ("in.rdf", DCATSampleCatalogue.rdfXML.replacingOccurrences(of: "</dct:description>\n", with: "\n"), 46),
            ("in.jsonld", DCATSampleCatalogue.jsonLD.replacingOccurrences(of: "\"title\": \"Postliste\",", with: "\"title\": \"Postliste\""), 64),
        ]
        let repository = try temporaryRepository()
        for (path, text, line) in broken {
            let planned = plan(text, path)
            let error = try #require(planned.diagnostics.errors.first, "\(path)")
            #expect(error.location.path == path)
            #expect(error.location.line == line, "\(path): \(error)")
            #expect(planned.files.isEmpty)
            let outcome = ImportRunner.apply(planned, source: repository, options: ImportOptions())
            #expect(!outcome.wrote)
            #expect(!FileManager.default.fileExists(atPath: repository.appendingPathComponent(Self.datasets).path))
        }
    }

    @Test func anUndefinedPrefixAndAnUnclosedBracketAreErrors() throws {
        let undefined = plan("<http://ex.org/d> a dcat:Dataset .", "in.ttl")
        #expect(undefined.diagnostics.errors.first?.location == SourceLocation(path: "in.ttl", line: 1, column: 21))
        let bracket = plan("@prefix dct: <http://purl.org/dc/terms/> .\n<http://ex.org/d> dct:temporal [ dct:x 1 .\n", "in.ttl")
        #expect(bracket.diagnostics.errors.first?.location.line == 2)
        #expect(bracket.files.isEmpty)
    }

    @Test func aFileWithoutDatasetsSaysSo() {
        let planned = plan(#"{"@id": "http://ex.org/c", "@type": "http://www.w3.org/ns/dcat#Catalog"}"#, "in.json")
        #expect(planned.files.isEmpty)
        #expect(planned.diagnostics.first?.message.contains("no dcat:Dataset") == true)
        #expect(planned.diagnostics.first?.severity == .error)
    }

    @Test func importsIntoARepositoryAndRefusesToOverwrite() throws {
        let repository = try temporaryRepository()
        let file = repository.appendingPathComponent("katalog.rdf")
        try Data(DCATSampleCatalogue.rdfXML.utf8).write(to: file)
        let planned = DCATImporter.plan(file: file, municipality: "9901", source: repository)
        let outcome = ImportRunner.apply(planned, source: repository, options: ImportOptions())
        #expect(outcome.wrote)
        let written = repository.appendingPathComponent("\(Self.datasets)/badeplasser.md")
        #expect(try String(contentsOf: written, encoding: .utf8).contains("title: Badeplasser"))
        #expect(outcome.toFill.errors.allSatisfy { $0.location.path.hasSuffix("skolekretser.md") })

        // A second run recognises the datasets it wrote (by their IRI) and plans the same files,
        // which the runner refuses to overwrite without --force.
        let again = DCATImporter.plan(file: file, municipality: "9901", source: repository)
        #expect(again.files.map(\.path) == planned.files.map(\.path))
        let refused = ImportRunner.apply(again, source: repository, options: ImportOptions())
        #expect(!refused.wrote)
        #expect(refused.diagnostics.first(containing: "already exists") != nil)

        let missing = DCATImporter.plan(file: file, municipality: "9999", source: repository)
        #expect(missing.diagnostics.errors.first?.location.path == "--municipality")
    }

    func temporaryRepository() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("orden-dcat-\(UUID().uuidString)")
        for (path, text) in Fixture.files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder
    }
}
