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

@Suite struct RecordJSONTests {
    static let base = "https://test.example/orden/"

    static func object(_ site: [String: Data], _ path: String) throws -> [String: Any] {
        let bytes = try #require(site[path], "no \(path)")
        return try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any], "\(path) is not a JSON object")
    }

    static func value(_ object: Any?, _ path: String...) -> Any? {
        var current = object
        for key in path {
            if let index = Int(key), let array = current as? [Any] {
                current = index < array.count ? array[index] : nil
            } else {
                current = (current as? [String: Any])?[key]
            }
        }
        return current
    }

    @Test func everyRecordPageHasItsJSON() throws {
        let checked = Orden.check(.memory(Fixture.files))
        let catalogue = try #require(checked.catalogue)
        let site = Fixture.build(Fixture.files).files
        let pages = Page.all(in: catalogue).filter(\.isRecord)
        #expect(pages.count == 2 + 3 + 1 + 1 + 1 + 3 + 2 + 1 + 1, "municipalities, systems, dataset, processing, contract, products, vendors, service area, standard")
        for page in pages {
            let path = page.path(in: catalogue)
            let json = try Self.object(site, path + "index.json")
            let (id, kind): (String, String) = switch page {
            case .municipality(let number): (try #require(catalogue.municipalities[number]).record.id, "municipality")
            case .system(let key): (key.id, "system")
            case .dataset(let key): (key.id, "dataset")
            case .processing(let key): (key.id, "processing")
            case .contract(let key): (key.id, "contract")
            case .initiative(let key): (key.id, "initiative")
            case .product(let id): (id, "product")
            case .vendor(let id): (id, "vendor")
            case .serviceArea(let id): (id, "service-area")
            case .standard(let id): (id, "standard")
            default: ("", "")
            }
            #expect(json["id"] as? String == id, "\(path)")
            #expect(json["kind"] as? String == kind, "\(path)")
            #expect(json["url"] as? String == Self.base + path)
            #expect(json["$schema"] as? String == Self.base + "data/schema/\(kind).schema.json")
            #expect(site["data/schema/\(kind).schema.json"] != nil)
            #expect(json["fields"] is [String: Any])
            let html = Fixture.html(site, path + "index.html")
            #expect(html.contains("<link rel=\"alternate\" type=\"application/json\" href=\"index.json\" title=\"JSON\">"), "\(path)")
        }
        // Lists, reports and the home page have no record JSON and no alternate link.
        #expect(site["kommuner/index.json"] == nil)
        #expect(!Fixture.html(site, "index.html").contains("rel=\"alternate\""))
    }

    @Test func fieldsRoundTrip() throws {
        let site = Fixture.build(Fixture.files).files
        let system = try Self.object(site, "kommuner/3901-horten/systemer/arkiv/index.json")
        #expect(system["municipality"] as? String == "3901")
        #expect(Self.value(system, "fields", "lifecycle", "status") as? String == "production")
        #expect(Self.value(system, "fields", "lifecycle", "since") as? String == "2020-01-01")
        #expect(Self.value(system, "fields", "cost", "licence") as? Int == 100000)
        #expect(Self.value(system, "fields", "cost", "operations") as? Int == 50000)
        #expect(Self.value(system, "fields", "fit", "technical") as? Int == 2)
        #expect(Self.value(system, "fields", "integrations", "1", "to") as? String == "9901/arkiv")
        #expect(Self.value(system, "fields", "integrations", "2", "to") as? String == "product:beta-okonomi")
        #expect(Self.value(system, "fields", "name") == nil, "only what the editor wrote")
        #expect(Self.value(system, "resolved", "name") as? String == "Acme Arkiv")
        #expect(Self.value(system, "resolved", "vendor") as? String == "acme")
        #expect(Self.value(system, "resolved", "time") as? String == "migrate")
        #expect(Self.value(system, "resolved", "time_derived") as? Bool == true)
        let inherited = try #require(Self.value(system, "resolved", "inherited") as? [String])
        #expect(inherited.contains("name") && inherited.contains("service_areas") && inherited.contains("description_html"))
        #expect((system["description_html"] as? String)?.contains("<strong>sak- og arkivsystem</strong>") == true)
        #expect(Self.value(system, "links", "contracts") as? [String] == [Self.base + "kommuner/3901-horten/avtaler/acme-avtale/index.json"])
        #expect(Self.value(system, "links", "datasets") as? [String] == [Self.base + "kommuner/3901-horten/datasett/postliste/index.json"])
        #expect(Self.value(system, "links", "processing") as? [String] == [Self.base + "kommuner/3901-horten/behandlinger/arkivering/index.json"])

        let dataset = try Self.object(site, "kommuner/3901-horten/datasett/postliste/index.json")
        #expect(Self.value(dataset, "fields", "distributions", "0", "access_url") as? String == "https://data.example/postliste")
        #expect(Self.value(dataset, "fields", "distributions", "0", "format") as? String == "CSV")
        #expect(Self.value(dataset, "fields", "themes") as? [String] == ["GOVE"])
        #expect(Self.value(dataset, "fields", "access_rights") as? String == "public")

        let processing = try Self.object(site, "kommuner/3901-horten/behandlinger/arkivering/index.json")
        #expect(Self.value(processing, "fields", "legal_basis", "0", "article") as? String == "6(1)(c)")
        let contract = try Self.object(site, "kommuner/3901-horten/avtaler/acme-avtale/index.json")
        #expect(Self.value(contract, "fields", "annual_cost") as? Int == 150000)
        #expect(Self.value(contract, "fields", "type") as? String == "SSA-L")

        let product = try Self.object(site, "katalog/produkter/acme-arkiv/index.json")
        #expect(Self.value(product, "links", "systems") as? [String] == [
            Self.base + "kommuner/3901-horten/systemer/arkiv/index.json", Self.base + "kommuner/9901-testvik/systemer/arkiv/index.json",
        ])
        let vendor = try Self.object(site, "katalog/leverandorer/acme/index.json")
        #expect(Self.value(vendor, "fields", "orgnr") as? String == "123456785")
        #expect(Self.value(vendor, "fields", "country") as? String == "NO")
        let standard = try Self.object(site, "katalog/standarder/noark-5/index.json")
        #expect(standard["kind"] as? String == "standard")
        #expect(Self.value(standard, "fields", "kind") as? String == "archive", "a standard's own kind does not clash")
        #expect(Self.value(standard, "fields", "url") as? String == "https://standard.example/noark5")
    }

    @Test func moneyKeepsItsOre() throws {
        let files = Fixture.with(["\(Fixture.municipalityA)/contracts/acme-avtale.md": "---\ntitle: Avtale\nvendor: acme\nstart: 2020-01-01\nannual_cost: 1234.5\n---\n"])
        let contract = try Self.object(Fixture.build(files).files, "kommuner/3901-horten/avtaler/acme-avtale/index.json")
        #expect(Self.value(contract, "fields", "annual_cost") as? Double == 1234.5)
    }

    // MARK: Internal content

    /// The fixture with the public system pointing at the internal one, so that references to
    /// unpublished records can be seen to go.
    static var withInternalReferences: [String: String] {
        var arkiv = Fixture.files["\(Fixture.municipalityA)/systems/arkiv.md"] ?? ""
        arkiv = arkiv.replacingOccurrences(of: "  - to: product:beta-okonomi\n", with: "  - to: product:beta-okonomi\n  - to: skjult\n    data: SKJULT-DATA\n")
        return Fixture.with([
            "\(Fixture.municipalityA)/systems/arkiv.md": arkiv,
            "\(Fixture.municipalityA)/contracts/hemmelig.md": "---\ntitle: Hemmelig avtale\nvendor: acme\nstart: 2020-01-01\nsystems: [skjult]\nvisibility: internal\n---\n",
            "\(Fixture.municipalityA)/datasets/postliste.md": (Fixture.files["\(Fixture.municipalityA)/datasets/postliste.md"] ?? "")
                .replacingOccurrences(of: "source_systems: [arkiv]", with: "source_systems: [arkiv, skjult]"),
        ])
    }

    @Test func thePublicBuildHasNoInternalFieldsOrRecords() throws {
        let result = Fixture.build(Self.withInternalReferences)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.errors)")
        let jsonFiles = result.files.filter { $0.key.hasSuffix(".json") }
        #expect(jsonFiles.count > 20)
        for (path, bytes) in jsonFiles {
            let text = String(decoding: bytes, as: UTF8.self)
            for secret in ["RACK-SECRET-17", "Personvernombud Testesen", "2024-05-01", "skjult", "Skjult system", "SKJULT-DATA", "hemmelig", "Hemmelig"] {
                #expect(!text.contains(secret), "\(secret) in \(path)")
            }
            if path.hasSuffix("index.json") {
                for key in ["\"classification\"", "\"last_risk_assessment\"", "\"infrastructure\""] {
                    #expect(!text.contains(key), "\(key) in \(path)")
                }
            }
        }
        #expect(result.files["kommuner/3901-horten/systemer/skjult/index.json"] == nil)
        let system = try Self.object(result.files, "kommuner/3901-horten/systemer/arkiv/index.json")
        #expect((Self.value(system, "fields", "integrations") as? [Any])?.count == 3)
    }

    @Test func theInternalBuildKeepsInternalFields() throws {
        let result = Orden.buildInMemory(.memory(Self.withInternalReferences), options: BuildOptions(audience: .internal))
        #expect(!result.diagnostics.hasErrors)
        let system = try Self.object(result.files, "kommuner/3901-horten/systemer/arkiv/index.json")
        #expect(Self.value(system, "fields", "infrastructure") as? String == "Server RACK-SECRET-17")
        #expect(Self.value(system, "fields", "classification", "confidentiality") as? Int == 3)
        #expect(Self.value(system, "fields", "last_risk_assessment") as? String == "2024-05-01")
        #expect((Self.value(system, "fields", "integrations") as? [Any])?.count == 4, "the internal site may name internal systems")
        let municipality = try Self.object(result.files, "kommuner/3901-horten/index.json")
        #expect(Self.value(municipality, "fields", "dpo", "email") as? String == "pvo@horten.example")
    }

    // MARK: Hostile strings

    @Test func hostileStringsStayValidJSON() throws {
        let hostile = "Quote \" backslash \\ </script><script>alert(1)</script> line\nbreak \u{2028}\u{2029} tab\t ☃ 😀 &amp;"
        let yamlQuoted = hostile
            .replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\t", with: "\\t")
            .replacingOccurrences(of: "\u{2028}", with: "\\L").replacingOccurrences(of: "\u{2029}", with: "\\P")
        let files = Fixture.with([
            "content/catalogue/vendors/beta.md": "---\nname: \"\(yamlQuoted)\"\n---\nBody with <script>x</script> and \"quotes\".\n",
        ])
        let result = Fixture.build(files)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.errors)")
        let vendor = try Self.object(result.files, "katalog/leverandorer/beta/index.json")
        #expect(Self.value(vendor, "fields", "name") as? String == hostile)
        #expect((vendor["description_html"] as? String)?.contains("<script>") == false)
        // Every JSON file of the site still parses.
        for (path, bytes) in result.files where path.hasSuffix(".json") {
            #expect((try? JSONSerialization.jsonObject(with: bytes)) != nil, "\(path) does not parse")
        }
    }

    // MARK: Schemas

    static func schema(_ site: [String: Data], _ kind: String) throws -> [String: Any] {
        try object(site, "data/schema/\(kind).schema.json")
    }

    @Test func schemasAreValidAndListEveryEnumCase() throws {
        let site = Fixture.build(Fixture.files).files
        for kind in RecordKind.allCases {
            let name = JSONRecords.name(of: kind)
            let schema = try Self.schema(site, name)
            #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
            #expect(schema["$id"] as? String == Self.base + "data/schema/\(name).schema.json")
            #expect(schema["title"] is String && schema["description"] is String)
            Self.expectDocumented(schema, at: name)
        }
        let enums: [(String, [String], [String])] = [
            ("system", ["fields", "lifecycle", "status"], LifecycleStatus.allowedValues),
            ("system", ["fields", "time"], TimeCategory.allowedValues),
            ("system", ["fields", "criticality"], Criticality.allowedValues),
            ("system", ["fields", "hosting"], Hosting.allowedValues),
            ("system", ["fields", "integrations", "*", "frequency"], IntegrationFrequency.allowedValues),
            ("system", ["fields", "integrations", "*", "direction"], Direction.allowedValues),
            ("system", ["fields", "personal_data", "special_categories", "*"], SpecialCategory.allowedValues),
            ("system", ["fields", "visibility"], Visibility.allowedValues),
            ("dataset", ["fields", "themes", "*"], DataTheme.allowedValues),
            ("dataset", ["fields", "access_rights"], AccessRights.allowedValues),
            ("dataset", ["fields", "licence"], DatasetLicence.allowedValues),
            ("dataset", ["fields", "frequency"], UpdateFrequency.allowedValues),
            ("dataset", ["fields", "distributions", "*", "format"], FileFormat.allowedValues),
            ("contract", ["fields", "type"], ContractType.allowedValues),
            ("initiative", ["fields", "status"], InitiativeStatus.allowedValues),
            ("product", ["fields", "status"], ProductStatus.allowedValues),
            ("standard", ["fields", "kind"], StandardKind.allowedValues),
            ("municipality", ["fields", "language"], Language.allowedValues),
        ]
        for (kind, path, cases) in enums {
            var node: Any? = try Self.schema(site, kind)
            for key in path { node = key == "*" ? Self.value(node, "items") : Self.value(node, "properties", key) }
            #expect(Self.value(node, "enum") as? [String] == cases, "\(kind) \(path)")
        }
        #expect(LifecycleStatus.allowedValues.contains("phase-out"))
        #expect(Self.value(try Self.schema(site, "system"), "properties", "fields", "required") as? [String] == ["lifecycle"])
        #expect(Self.value(try Self.schema(site, "dataset"), "properties", "fields", "properties", "issued", "format") as? String == "date")
    }

    /// Every property has an English title and description, all the way down.
    static func expectDocumented(_ schema: Any?, at path: String) {
        guard let schema = schema as? [String: Any] else { return }
        for (key, property) in (schema["properties"] as? [String: Any]) ?? [:] {
            let property = property as? [String: Any] ?? [:]
            #expect((property["title"] as? String)?.isEmpty == false, "\(path).\(key) has no title")
            #expect((property["description"] as? String)?.isEmpty == false, "\(path).\(key) has no description")
            expectDocumented(property, at: "\(path).\(key)")
        }
        expectDocumented(schema["items"], at: path + "[]")
    }

    @Test func everyRecordJSONMatchesItsSchema() throws {
        for audience in Audience.allCases {
            let site = Orden.buildInMemory(.memory(Self.withInternalReferences), options: BuildOptions(audience: audience)).files
            var checked = 0
            for (path, bytes) in site where path.hasSuffix("index.json") {
                let document = try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])
                let address = try #require(document["$schema"] as? String)
                let schema = try Self.object(site, String(address.dropFirst(Self.base.count)))
                let problems = SchemaCheck.problems(document, schema, at: "")
                #expect(problems.isEmpty, "\(path): \(problems)")
                checked += 1
            }
            // The internal build adds the two records marked visibility: internal.
            #expect(checked == (audience == .public ? 15 : 17))
        }
    }

    // MARK: Determinism

    /// JSONEncoder refuses a number that is not finite. Content cannot give one (Money refuses it,
    /// and the HTML could not show it), so the catalogue is changed after the check and only the
    /// record's JSON is made; before, it was `{}`, published without a word.
    @Test func aRecordWhoseJSONCannotBeEncodedIsAnErrorAtItsFile() throws {
        #expect(throws: EncodingError.self) { try JSONRecords.encode(["kroner": Double.nan]) }
        var catalogue = try #require(TestSite(files: Fixture.files).check().catalogue)
        let key = LocalKey("3901", "acme-avtale")
        catalogue.contracts[key]?.fields.annualCost = Money(.nan)
        let failure = try #require(throws: JSONRecords.EncodingFailure.self) { try JSONRecords.file(for: .contract(key), in: catalogue) }
        #expect(failure.path == "kommuner/3901-horten/avtaler/acme-avtale/index.json")
        #expect(failure.source == "\(Fixture.municipalityA)/contracts/acme-avtale.md")
        let problem = Renderer.problem(failure)
        #expect(problem.severity == .error)
        #expect(problem.location.path == "\(Fixture.municipalityA)/contracts/acme-avtale.md")
        #expect(problem.message.hasPrefix("cannot encode kommuner/3901-horten/avtaler/acme-avtale/index.json: "))
        // The other records' JSON is unchanged.
        #expect(try JSONRecords.file(for: .system(LocalKey("3901", "arkiv")), in: catalogue) != nil)
    }

    @Test func twoBuildsAreByteIdentical() {
        let first = Fixture.build(Fixture.files).files
        let second = Fixture.build(Fixture.files).files
        #expect(first.keys.sorted() == second.keys.sorted())
        for (path, bytes) in first where path.hasSuffix(".json") {
            #expect(second[path] == bytes, "\(path) differs")
        }
    }
}

/// The part of JSON Schema the record schemas use: type, properties, additionalProperties,
/// required, items, enum, pattern, minimum and maximum. Enough to catch a field that the
/// encoder writes and the schema does not describe.
enum SchemaCheck {
    static func problems(_ value: Any, _ schema: [String: Any], at path: String) -> [String] {
        var problems: [String] = []
        if let type = schema["type"] as? String, !matches(value, type) { return ["\(path): not \(type)"] }
        if let allowed = schema["enum"] as? [String], let text = value as? String, !allowed.contains(text) { problems.append("\(path): \(text) not in enum") }
        if let pattern = schema["pattern"] as? String, let text = value as? String, text.range(of: pattern, options: .regularExpression) == nil {
            problems.append("\(path): \(text) does not match \(pattern)")
        }
        if let minimum = schema["minimum"] as? Double, let number = value as? Double, number < minimum { problems.append("\(path): below minimum") }
        if let maximum = schema["maximum"] as? Double, let number = value as? Double, number > maximum { problems.append("\(path): above maximum") }
        if let object = value as? [String: Any] {
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for key in (schema["required"] as? [String]) ?? [] where object[key] == nil { problems.append("\(path).\(key): required") }
            for (key, member) in object {
                if let property = properties[key] as? [String: Any] {
                    problems += Self.problems(member, property, at: "\(path).\(key)")
                } else if schema["additionalProperties"] as? Bool == false {
                    problems.append("\(path).\(key): not in the schema")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, item) in array.enumerated() { problems += Self.problems(item, items, at: "\(path)[\(index)]") }
        }
        return problems
    }

    static func matches(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "object": value is [String: Any]
        case "array": value is [Any]
        case "string": value is String
        case "boolean": value is Bool
        case "integer": (value as? NSNumber).map { $0.doubleValue == $0.doubleValue.rounded() } ?? false
        case "number": value is NSNumber
        default: true
        }
    }
}
