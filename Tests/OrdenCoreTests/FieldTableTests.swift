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

/// Records are read by field tables, written by hand; these tests hold them to the types they
/// fill and to the Decodable reading they replaced.
@Suite struct FieldTableTests {
    /// Each table's keys are the snake_case names of its type's stored properties, all of them.
    @Test func everyTableNamesExactlyItsTypesProperties() {
        func check<G: FieldGroup>(_ type: G.Type, _ blank: G) {
            let properties = Mirror(reflecting: blank).children.compactMap(\.label).map(\.snakeCased)
            #expect(Set(G.fieldTable.keys) == Set(properties), "\(G.self): table \(G.fieldTable.keys.sorted()), properties \(properties.sorted())")
            #expect(G.fieldTable.keys.count == properties.count, "\(G.self) names a key twice")
        }
        check(Vendor.self, Vendor(name: ""))
        check(Product.self, Product(name: "", vendor: .placeholder))
        check(ServiceArea.self, ServiceArea(name: ""))
        check(Standard.self, Standard(name: ""))
        check(Municipality.self, Municipality(name: "", number: .placeholder, orgnr: .placeholder))
        check(System.self, System(lifecycle: .placeholder))
        check(Dataset.self, Dataset(title: "", description: "", themes: [], accessRights: .placeholder))
        check(ProcessingActivity.self, ProcessingActivity(name: "", purpose: "", dataCategories: []))
        check(Contract.self, Contract(title: "", vendor: .placeholder, start: .placeholder))
        check(Initiative.self, Initiative(title: "", status: .placeholder))
        check(PersonalDataSummary.self, PersonalDataSummary())
        check(TypicalIntegration.self, TypicalIntegration(to: .placeholder))
        check(Contact.self, Contact())
        check(Lifecycle.self, Lifecycle(status: .production))
        check(Fit.self, Fit())
        check(Classification.self, Classification())
        check(Cost.self, Cost())
        check(Integration.self, Integration(to: .placeholder))
        check(API.self, API(endpointUrl: .blank))
        check(Distribution.self, Distribution(accessUrl: .blank))
        check(Period.self, Period())
        check(LegalBasis.self, LegalBasis(article: .placeholder))
        check(ThirdCountryTransfers.self, ThirdCountryTransfers())
        check(Processor.self, Processor(vendor: .placeholder))
        check(ImpactAssessment.self, ImpactAssessment())
        check(BudgetLine.self, BudgetLine(year: .placeholder))
        check(Benefit.self, Benefit(what: ""))
        check(AffectedSystems.self, AffectedSystems())
    }

    /// Reads `yaml` as a `G` both ways: the diagnostics, positions and values must be the same.
    /// `count` seeded mutations of a YAML document's lines: a line removed, a key misspelt, or a
    /// value replaced by one of `replacements`.
    static func mutations(of lines: [String], count: Int, replacements: [String], random: inout SplitMix) -> [String] {
        (0..<count).map { _ in
            var changed = lines
            let index = Int(random.next() % UInt64(changed.count))
            switch random.next() % 4 {
            case 0: changed.remove(at: index)
            case 1: changed[index] = changed[index].replacingOccurrences(of: ":", with: "_x:")
            default:
                if let colon = changed[index].firstIndex(of: ":") {
                    changed[index] = String(changed[index][...colon]) + " " + replacements[Int(random.next() % UInt64(replacements.count))]
                }
            }
            return changed.joined(separator: "\n")
        }
    }

    static func compare<G: FieldGroup & Codable>(_ type: G.Type, _ yaml: String) -> String? {
        guard case .success(let parsed) = YAMLComposer.compose(yaml), let node = parsed else { return nil }
        let byTable = DecodingReport(path: "x.md", lineOffset: 1), byDecoder = DecodingReport(path: "x.md", lineOffset: 1)
        let table = FieldReader.record(G.self, from: node, report: byTable)
        let decoded = NodeDecoder.decode(G.self, from: node, report: byDecoder)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let tableJSON = table.flatMap { try? encoder.encode($0) }, decodedJSON = decoded.flatMap { try? encoder.encode($0) }
        // A record with an error is never shown, so only its messages must agree (the decoder's
        // stand-ins differed in corners such as a mark written as a list in a text field).
        if !byDecoder.diagnostics.hasErrors && tableJSON != decodedJSON {
            return "values differ:\n\(tableJSON.map { String(decoding: $0, as: UTF8.self) } ?? "nil")\nvs\n\(decodedJSON.map { String(decoding: $0, as: UTF8.self) } ?? "nil")\n\(yaml)"
        }
        let messages = { (report: DecodingReport) in report.diagnostics.map(\.description).sorted() }
        // The decoder stopped reading a group at its first missing required value; the table reads
        // on and reports the group's other problems too, so with errors it may say more, never less.
        let agree = byDecoder.diagnostics.hasErrors ? Set(messages(byTable)).isSuperset(of: messages(byDecoder)) : messages(byTable) == messages(byDecoder)
        if !agree {
            return "diagnostics differ:\n\(messages(byTable).joined(separator: "\n"))\nvs\n\(messages(byDecoder).joined(separator: "\n"))\n\(yaml)"
        }
        // The decoder stopped reading a group at its first unreadable required value, so it knew fewer positions.
        if !byDecoder.diagnostics.hasErrors && byTable.positions != byDecoder.positions { return "positions differ for\n\(yaml)" }
        return nil
    }

    /// Every demo file, and mutations of each that break types, keys and values, read both ways.
    @Test func readsAsTheDecoderDidOnTheDemoAndOnBrokenFiles() throws {
        let content = BuildTests.repository.appendingPathComponent("content/municipalities")
        let files = try #require(FileManager.default.enumerator(atPath: content.path)).compactMap { $0 as? String }.filter { $0.hasSuffix(".md") }.sorted()
        #expect(files.count > 200)
        var random = SplitMix(seed: 7)
        let replacements = ["", "[a, b]", "{x: 1}", "FYLL UT: noe", "\"FYLL UT\"", "~", "2026-13-45", "-3", "ukjent", "https://x.example", "[FYLL UT: tema]"]
        var compared = 0
        for path in files {
            guard let data = FileManager.default.contents(atPath: content.appendingPathComponent(path).path),
                  case .success(let text) = TextDecoding.decode(data), case .success(let split) = FrontMatterSplit.split(text) else { continue }
            var variants = [split.yaml]
            // Without the YAML's final line break, so that the seeded mutations stay those this test was written with.
            let lines = split.yaml.dropLast(split.yaml.hasSuffix("\n") ? 1 : 0).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            variants += Self.mutations(of: lines, count: 6, replacements: replacements, random: &random)
            for yaml in variants {
                let problem: String? = switch path.split(separator: "/").dropFirst().first {
                case "systems": Self.compare(System.self, yaml)
                case "datasets": Self.compare(Dataset.self, yaml)
                case "processing": Self.compare(ProcessingActivity.self, yaml)
                case "contracts": Self.compare(Contract.self, yaml)
                case "initiatives": Self.compare(Initiative.self, yaml)
                default: Self.compare(Municipality.self, yaml)
                }
                compared += 1
                if let problem { Issue.record(Comment(rawValue: "\(path): \(problem)")); return }
            }
        }
        #expect(compared > 1000)
    }

    /// orden.yml and the guide's pages are read by field tables too: the demo's files, mutations
    /// of each, and the settings every part of orden.yml takes, read both ways.
    @Test func readsSettingsAndGuidePagesAsTheDecoderDid() throws {
        let root = BuildTests.repository
        var config = try String(contentsOf: root.appendingPathComponent("orden.yml"), encoding: .utf8)
        config += """
        theme: eget
        internal_fields: [system.users, contract.annual_cost, dataset.contact]
        public_fields: [municipality.dpo]
        sources:
          - path: ../orden-katalog
            edit: {page: "https://x.example/edit/{path}", new: "https://x.example/new/{folder}?f={file}"}
          - {path: ../andre}

        """
        var files: [(String, String)] = [("orden.yml", config)]
        let guide = root.appendingPathComponent("content/guide")
        for name in try FileManager.default.contentsOfDirectory(atPath: guide.path).sorted() where name.hasSuffix(".md") {
            guard let data = FileManager.default.contents(atPath: guide.appendingPathComponent(name).path),
                  case .success(let text) = TextDecoding.decode(data), case .success(let split) = FrontMatterSplit.split(text) else { continue }
            files.append((name, split.yaml))
        }
        #expect(files.count > 5)
        var random = SplitMix(seed: 11)
        let replacements = ["", "[a, b]", "{x: 1}", "FYLL UT: noe", "~", "2026-13-45", "-3", "ukjent", "https://x.example", "system.userz", "kontrakt.x",
                            "municipality.number", "system.classification", "{path: \"\"}", "[{path: ../a, edit: {page: https://x.example/}}]",
                            "{page: \"https://x.example/{path\"}", "{new: https://x.example/{folder}/{nope}}", "{name: Rådet}", "{name: X, orgnr: \"123\"}"]
        var compared = 0
        for (name, yaml) in files {
            let lines = yaml.dropLast(yaml.hasSuffix("\n") ? 1 : 0).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            var variants = [yaml]
            variants += Self.mutations(of: lines, count: 40, replacements: replacements, random: &random)
            for yaml in variants {
                let problem = switch name {
                case "orden.yml": Self.compare(SiteConfig.self, yaml)
                case "_index.md": Self.compare(GuideIndexFields.self, yaml)
                default: Self.compare(GuidePageFields.self, yaml)
                }
                compared += 1
                if let problem { Issue.record(Comment(rawValue: "\(name): \(problem)")); return }
            }
        }
        #expect(compared > 300)
    }
}
