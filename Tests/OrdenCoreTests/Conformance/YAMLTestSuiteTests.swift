import CYaml
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

/// The yaml-test-suite (Tests/suites/yaml-test-suite) through the front-matter path.
///
/// Each test's `in.yaml` is read as a content file is (`TextDecoding.decode`: UTF-8, BOM and CRLF
/// handled), written between `---` lines as a Markdown file's front matter, split by
/// `FrontMatterSplit.split` and composed by `YAMLComposer.compose`, as `ContentParser` does. The
/// split must hand over exactly the test's YAML. Two kinds of test cannot be written as front
/// matter and go to `YAMLComposer.compose` directly, the lowest function front matter goes through
/// that sees every document and every line end: YAML with a line `---` or `...` of its own (the
/// split would close the front matter there) and YAML that does not end with a line break (the
/// closing `---` needs a line of its own, which would add one).
///
/// The measure is libyaml's verdict, which Orden's front matter rests on: a test libyaml refuses
/// must be refused; a test libyaml accepts must be accepted with the value of `in.json`, or refused
/// for a reason named below. Front matter is one document, so a stream of several is refused
/// ("several documents"), and anchors and aliases are refused as a guard against alias bombs.
@Suite struct YAMLTestSuiteTests {
    /// Where libyaml 0.2.5 (bundled with Yams) itself disagrees with the suite. The runner checks
    /// both lists against libyaml on every run, so that they cannot go stale.
    ///
    /// Valid YAML that libyaml refuses (YAML 1.2 details it never took up: flow keys on another
    /// line or with an adjacent `:`, tabs as separation, empty keys, `...`/`---` edge cases,
    /// directives, some anchors, zero-indented block scalars). Orden refuses these too, with
    /// libyaml's message at its line: an editor gets an error, never a different value.
    static let libyamlRefusesValid: Set<String> = [
        "2JQS",  // Block Mapping with Missing Keys
        "2LFX",  // Spec Example 6.13. Reserved Directives [1.3]
        "2SXE",  // Anchors With Colon in Name
        "4ABK",  // Flow Mapping Separate Values
        "4MUZ/00",  // Flow mapping colon on line after key
        "4MUZ/01",  // Flow mapping colon on line after key
        "4MUZ/02",  // Flow mapping colon on line after key
        "58MP",  // Flow mapping edge cases
        "5MUD",  // Colon and adjacent value on next line
        "5T43",  // Colon at the beginning of adjacent flow scalar
        "6BCT",  // Spec Example 6.3. Separation Spaces
        "6CA3",  // Tab indented top flow
        "6LVF",  // Spec Example 6.13. Reserved Directives
        "6M2F",  // Aliases in Explicit Block Mapping
        "7Z25",  // Bare document after document end marker
        "8XYN",  // Anchor with unicode character
        "96NN/00",  // Leading tab content in literals
        "96NN/01",  // Leading tab content in literals
        "9SA2",  // Multiline double quoted flow mapping key
        "A2M4",  // Spec Example 6.2. Indentation Indicators
        "BEC7",  // Spec Example 6.14. “YAML” directive
        "CFD4",  // Empty implicit key in single pair flow sequences
        "DBG4",  // Spec Example 7.10. Plain Characters
        "DK3J",  // Zero indented block scalar with line that looks like a comment
        "DK95/00",  // Tabs that look like indentation
        "DK95/03",  // Tabs that look like indentation
        "DK95/04",  // Tabs that look like indentation
        "FP8R",  // Zero indented block scalar
        "FRK4",  // Spec Example 7.3. Completely Empty Flow Nodes
        "HM87/00",  // Scalars in flow start with syntax char
        "HWV9",  // Document-end marker
        "K3WX",  // Colon and adjacent value after comment on next line
        "M2N8/00",  // Question mark edge cases
        "M7A3",  // Spec Example 9.3. Bare Documents
        "MUS6/05",  // Directive variants
        "MUS6/06",  // Directive variants
        "NHX8",  // Empty Lines at End of Document
        "NJ66",  // Multiline plain flow mapping key
        "NKF9",  // Empty keys in block and flow mapping
        "Q5MG",  // Tab at beginning of line followed by a flow mapping
        "QT73",  // Comment and document-end marker
        "R4YG",  // Spec Example 8.2. Block Indentation Indicator
        "S3PD",  // Spec Example 8.18. Implicit Block Mapping Entries
        "SM9W/01",  // Single character streams
        "UKK6/00",  // Syntax character edge cases
        "UT92",  // Spec Example 9.4. Explicit Documents
        "VJP3/01",  // Flow collections over many lines
        "W4TN",  // Spec Example 9.5. Directives Documents
        "W5VH",  // Allowed characters in alias
        "Y79Y/001",  // Tabs in various contexts
        "Y79Y/010",  // Tabs in various contexts
    ]

    /// Invalid YAML that libyaml accepts. Where Orden reads such a stream as front matter it
    /// gives libyaml's reading (the suite has no expected value for invalid YAML), except where the
    /// stream has a second document, which Orden refuses, as the suite does.
    static let libyamlAcceptsInvalid: Set<String> = [
        "9C9N",  // Wrong indented flow sequence
        "9HCY",  // Need document footer before directives
        "9JBA",  // Invalid comment after end of flow sequence
        "CVW2",  // Invalid comment after comma
        "DK95/01",  // Tabs that look like indentation
        "EB22",  // Missing document-end marker before directive
        "G5U8",  // Plain dashes in flow sequence
        "MUS6/00",  // Directive variants
        "MUS6/01",  // Directive variants
        "QB6E",  // Wrong indented multiline quoted scalar
        "RHX7",  // YAML directive without document end marker
        "S98Z",  // Block scalar with more spaces than first content line
        "SU5Z",  // Comment without whitespace after doublequoted scalar
        "X4QW",  // Comment without whitespace after block scalar indicator
        "Y79Y/003",  // Tabs in various contexts
        "YJV2",  // Dash in flow sequence
    ]

    /// Valid YAML that libyaml reads as something else than the suite's value, which Orden's guard
    /// therefore refuses: `?` followed by text in `[ ]` or `{ }` is plain text in YAML 1.2, but
    /// libyaml takes the `?` as a key indicator (`[?x]` became `[{x: null}]`).
    static let refusedAsAmbiguous = ["652Z": "{ ?foo: bar }", "HM87/01": "[?x]"]

    indirect enum JSON: Decodable, Equatable {
        case null, bool(Bool), number(Double), string(String), array([JSON]), object([String: JSON])

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .null }
            else if let value = try? container.decode(Bool.self) { self = .bool(value) }
            else if let value = try? container.decode(Double.self) { self = .number(value) }
            else if let value = try? container.decode(String.self) { self = .string(value) }
            else if let value = try? container.decode([JSON].self) { self = .array(value) }
            else { self = .object(try container.decode([String: JSON].self)) }
        }
    }

    struct Test {
        var id: String
        var name: String
        var yaml: Data
        var json: Data?
        var isError: Bool
        var documents: Int
    }

    static func tests() throws -> [Test] {
        let root = ConformanceSuite.folder("yaml-test-suite").appendingPathComponent("data")
        let manager = FileManager.default
        guard let paths = manager.enumerator(atPath: root.path) else { return [] }
        return try paths.compactMap { $0 as? String }.filter { $0.hasSuffix("/in.yaml") }.sorted().map { path in
            let folder = root.appendingPathComponent(String(path.dropLast("/in.yaml".count)))
            func read(_ name: String) -> Data? { manager.contents(atPath: folder.appendingPathComponent(name).path) }
            let events = String(decoding: read("test.event") ?? Data(), as: UTF8.self)
            return Test(id: String(path.dropLast("/in.yaml".count)),
                        name: String(decoding: read("===") ?? Data(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines),
                        yaml: try Data(contentsOf: folder.appendingPathComponent("in.yaml")), json: read("in.json"),
                        isError: read("error") != nil,
                        documents: events.split(separator: "\n").filter { $0.hasPrefix("+DOC") }.count)
        }
    }

    /// Whether libyaml reads the whole stream without an error.
    static func libyamlAccepts(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return false }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return false }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return true }
            }
        }
    }

    enum Route { case frontMatter, composer }

    /// Orden's reading of the YAML, and which way it went.
    static func read(_ yaml: String) -> (Result<YAMLNode?, YAMLComposer.Problem>, Route) {
        let hasMarkerLine = yaml.split(separator: "\n", omittingEmptySubsequences: false).contains { line in
            let trimmed = line.trimmingTrailingSpaces
            return trimmed == "---" || trimmed == "..."
        }
        guard !hasMarkerLine, yaml.isEmpty || yaml.hasSuffix("\n") else { return (YAMLComposer.compose(yaml), .composer) }
        let file = "---\n" + yaml + "---\nBody\n"
        guard case .success(let split) = FrontMatterSplit.split(file) else {
            return (.failure(YAMLComposer.Problem(line: 0, column: 0, message: "the front matter was not split", hint: nil)), .frontMatter)
        }
        if split.yaml != yaml {
            return (.failure(YAMLComposer.Problem(line: 0, column: 0, message: "the split changed the YAML: \(split.yaml.debugDescription)", hint: nil)), .frontMatter)
        }
        return (YAMLComposer.compose(split.yaml), .frontMatter)
    }

    /// The first difference between a node and the expected JSON, or nil. A plain scalar is
    /// resolved as YAML's core schema does (null, booleans, numbers); quoted text is text.
    static func difference(_ node: YAMLNode?, _ json: JSON, at path: String = "root") -> String? {
        guard let node else { return json == .null ? nil : "\(path): nothing instead of \(json)" }
        switch (node.value, json) {
        case (.scalar(let text, let plain), _):
            // Orden keeps a scalar's text and reads it by the field's type; only plain null (`~`,
            // `null`, nothing) means no value. So text is compared as text, and a number or boolean
            // by what its text reads as, quoted or tagged (`!!int "1"`) or not.
            let isNull = plain && resolve(text) == .null
            switch json {
            case .null where isNull: return nil
            case .string(let expected) where expected == text && !isNull: return nil
            case .number, .bool: if resolve(text) == json { return nil }
            default: break
            }
            return "\(path): \(text.debugDescription) (plain: \(plain)) instead of \(json)"
        case (.sequence(let items), .array(let expected)):
            guard items.count == expected.count else { return "\(path): \(items.count) items instead of \(expected.count)" }
            for (index, item) in items.enumerated() {
                if let problem = difference(item, expected[index], at: "\(path)[\(index)]") { return problem }
            }
            return nil
        case (.mapping(let pairs), .object(let expected)):
            guard pairs.count == expected.count else { return "\(path): \(pairs.count) pairs instead of \(expected.count)" }
            for pair in pairs {
                guard case .scalar(let key, _) = pair.key.value, let value = expected[key] else { return "\(path): unexpected key \(pair.key.kindDescription)" }
                if let problem = difference(pair.value, value, at: "\(path).\(key)") { return problem }
            }
            return nil
        default:
            return "\(path): \(node.kindDescription) instead of \(json)"
        }
    }

    static func resolve(_ text: String) -> JSON {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: break
        }
        let isNumber = text.range(of: #"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$"#, options: .regularExpression) != nil
        if isNumber, let value = Double(text) { return .number(value) }
        if text.hasPrefix("0x"), let value = Int(text.dropFirst(2), radix: 16) { return .number(Double(value)) }
        if text.hasPrefix("0o"), let value = Int(text.dropFirst(2), radix: 8) { return .number(Double(value)) }
        return .string(text)
    }

    @Test func everyVerdictIsLibyamlsAndNothingAcceptedIsLost() throws {
        let tests = try Self.tests()
        #expect(tests.count == 402)
        var passed = 0
        var refused: [String: [String]] = [:]
        var wrong = 0
        var routes: [Route: Int] = [:]
        for test in tests {
            func fail(_ why: String) {
                wrong += 1
                Issue.record("\(test.id) (\(test.name)): \(why)")
            }
            guard case .success(let text) = TextDecoding.decode(test.yaml) else {
                if test.isError { passed += 1 } else { fail("not read as text") }
                continue
            }
            let libyaml = Self.libyamlAccepts(text)
            let deviation = Self.libyamlRefusesValid.contains(test.id) || Self.libyamlAcceptsInvalid.contains(test.id)
            if (libyaml == !test.isError) == deviation {
                fail("libyaml \(libyaml ? "accepts" : "refuses") it, but the list of libyaml's deviations says otherwise")
            }
            let (result, route) = Self.read(text)
            routes[route, default: 0] += 1
            switch result {
            case .failure where test.isError:
                passed += 1
            case .failure where !libyaml:
                refused["valid YAML that libyaml refuses", default: []].append(test.id)
            case .failure(let problem):
                if problem.message.contains("after the end of its YAML document") && test.documents > 1 {
                    refused["several documents", default: []].append(test.id)
                } else if problem.message.contains("anchors and aliases") {
                    refused["anchors and aliases", default: []].append(test.id)
                } else if Self.refusedAsAmbiguous[test.id] != nil, problem.message.contains("is read as a key") {
                    refused["?text in a flow collection, which libyaml reads otherwise", default: []].append(test.id)
                } else {
                    fail("refused (\(problem.line):\(problem.column) \(problem.message)), but libyaml accepts it")
                }
            case .success where !libyaml:
                fail("accepted, but libyaml refuses it")
            case .success where test.isError:
                // Only in libyamlAcceptsInvalid, checked above.
                refused["invalid YAML accepted, as libyaml accepts it", default: []].append(test.id)
            case .success where test.documents > 1:
                fail("accepted a stream of \(test.documents) documents")
            case .success(let node):
                let json = test.json.map { String(decoding: $0, as: UTF8.self) } ?? ""
                if json.allSatisfy(\.isWhitespace) {
                    // No value given: a stream of comments only (nil), or a value JSON cannot write.
                    if test.json != nil && node != nil { fail("a value where the suite has none: \(node!.kindDescription)") } else { passed += 1 }
                    continue
                }
                do {
                    let expected = try JSONDecoder().decode(JSON.self, from: Data(json.utf8))
                    if let problem = Self.difference(node, expected) { fail("a different value: \(problem)") } else { passed += 1 }
                } catch {
                    fail("in.json is not one JSON value: \(error)")
                }
            }
        }
        // Accepted although the suite calls them invalid: libyaml accepts them too (the verdict the
        // issue asks for), so they are neither passed nor refused.
        let acceptedAsLibyaml = refused.removeValue(forKey: "invalid YAML accepted, as libyaml accepts it")?.count ?? 0
        let refusedCount = refused.values.map(\.count).reduce(0, +)
        ConformanceSuite.report("yaml-test-suite (front matter)", passed: passed, of: tests.count, refused: refusedCount, wrong: wrong)
        // Where Orden's verdict differs from libyaml's, it is a refusal on purpose: anchors (Orden
        // refuses them in content), a second document (front matter is one) and ?text in a flow.
        let onPurpose = ["anchors and aliases", "several documents", "?text in a flow collection, which libyaml reads otherwise"]
        let differing = onPurpose.map { refused[$0]?.count ?? 0 }.reduce(0, +)
        print("conformance: yaml-test-suite (front matter): the same verdict as libyaml in \(tests.count - differing - wrong) of \(tests.count) "
              + "(\(acceptedAsLibyaml) invalid files accepted, as libyaml accepts them); the other \(differing) are refused on purpose with a named reason")
        print("yaml-test-suite (front matter) refused: " + refused.keys.sorted().map { "\(refused[$0]!.count) \($0)" }.joined(separator: ", ")
              + "; \(routes[.frontMatter] ?? 0) read as front matter, \(routes[.composer] ?? 0) by the composer directly")
    }
}
