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

/// The Mustache spec (Tests/suites/mustache-spec), every file but `~lambdas`, through the engine
/// themes are rendered with: `TemplateLibrary.compile` and `render`, as a theme's templates are.
///
/// Where Orden's theme rules and the spec part ways, the runner reaches the spec's behaviour
/// without changing the rule:
/// - A partial or parent naming a template the theme does not have is a problem when a theme
///   loads (a typo in a theme should not pass silently); the spec wants it to render as nothing.
///   The library compiled despite that problem renders such a tag as nothing, so the runner
///   ignores problems marked `isMissingTemplate` and fails on any other.
/// - `{{x}}` escapes `'` as well as `& " < >` (the spec's data has no `'` in an escaped value), and
///   `{{{x}}}` / `{{&x}}` write the value as it is, as the spec requires. Orden's own view models
///   decide which values may reach a triple mustache; the engine does not forbid it.
/// - Lambdas (`~lambdas`) are code in the data: a theme is text that an editor may change, and
///   Orden runs no code from it, so the file is counted as refused, not run.
@Suite struct MustacheSpecTests {
    /// A JSON value of the spec's data.
    indirect enum JSON: Decodable {
        case null, bool(Bool), int(Int), double(Double), string(String), array([JSON]), object([String: JSON])

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .null }
            else if let value = try? container.decode(Bool.self) { self = .bool(value) }
            else if let value = try? container.decode(Int.self) { self = .int(value) }
            else if let value = try? container.decode(Double.self) { self = .double(value) }
            else if let value = try? container.decode(String.self) { self = .string(value) }
            else if let value = try? container.decode([JSON].self) { self = .array(value) }
            else { self = .object(try container.decode([String: JSON].self)) }
        }

        /// The value as a template sees it. A number that is not whole is text (view models only
        /// give whole numbers), written as the spec writes it (`1.21`).
        var templateValue: TemplateValue {
            switch self {
            case .null: .missing
            case .bool(let value): .bool(value)
            case .int(let value): .number(value)
            case .double(let value): .text(value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value))
            case .string(let value): .text(value)
            case .array(let items): .list(List(items: items.map(\.templateValue)))
            case .object(let fields): .object(Object(fields: fields.mapValues(\.templateValue)))
            }
        }
    }

    struct Object: TemplateObject {
        var fields: [String: TemplateValue]
        func value(named name: String) -> TemplateValue { fields[name] ?? .missing }
    }

    struct List: TemplateList {
        var items: [TemplateValue]
        var count: Int { items.count }
        func element(at index: Int) -> TemplateValue { items[index] }
    }

    struct Case: Decodable {
        var name: String
        var data: JSON
        var template: String
        var partials: [String: String]?
        var expected: String
    }

    struct File: Decodable {
        var tests: [Case]
    }

    /// Files whose tests are not run, with the reason.
    static let refusedFiles = ["~lambdas.json": "lambdas are code in the data; Orden's themes are text and run no code"]

    struct Failure: Error { var reason: String }

    /// The output of one case, or why there is none.
    static func render(_ test: Case) -> Result<String, Failure> {
        let name = "\u{1}spec-template"
        let (library, problems) = TemplateLibrary.compile((test.partials ?? [:]).merging([name: test.template]) { _, template in template })
        if let problem = problems.first(where: { !$0.isMissingTemplate }) {
            return .failure(Failure(reason: "does not compile (\(problem.template):\(problem.error.line):\(problem.error.column)): \(problem.error.message)"))
        }
        guard let bytes = library.render(name, root: test.data.templateValue) else { return .failure(Failure(reason: "renders nothing")) }
        return .success(String(decoding: bytes, as: UTF8.self))
    }

    @Test func everyTestOfTheSpecButLambdasPasses() throws {
        let folder = ConformanceSuite.folder("mustache-spec").appendingPathComponent("specs")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(files.count == 9, "\(files)")
        var (passed, total, refused, wrong) = (0, 0, 0, 0)
        for file in files {
            let spec = try JSONDecoder().decode(File.self, from: Data(contentsOf: folder.appendingPathComponent(file)))
            total += spec.tests.count
            if Self.refusedFiles[file] != nil {
                refused += spec.tests.count
                continue
            }
            for test in spec.tests {
                switch Self.render(test) {
                case .success(let output) where output == test.expected:
                    passed += 1
                case .success(let output):
                    wrong += 1
                    Issue.record("\(file) \"\(test.name)\": got \(output.debugDescription), expected \(test.expected.debugDescription)")
                case .failure(let reason):
                    wrong += 1
                    Issue.record("\(file) \"\(test.name)\": \(reason.reason)")
                }
            }
        }
        #expect(total == 194)
        ConformanceSuite.report("Mustache spec", passed: passed, of: total, refused: refused, wrong: wrong)
        let reasons = Self.refusedFiles.map { "\($0.key) (\($0.value))" }.joined(separator: "; ")
        print("Mustache spec: refused: \(reasons)")
    }
}
