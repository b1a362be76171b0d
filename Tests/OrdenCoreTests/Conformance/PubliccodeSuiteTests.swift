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

/// The publiccode.yml reference parser's own test data (publiccode-parser-go, testdata/v0): every
/// valid file imports without an error, every file with warnings imports with a warning, and every
/// invalid file is refused with a reason at the key the reference parser blames.
@Suite struct PubliccodeSuiteTests {
    static let folder = ConformanceSuite.folder("publiccode-parser/v0")

    /// Invalid files whose fault only the network or a foreign register can show. Orden never
    /// fetches while importing and does not carry Italy's register of public administrations.
    static let notCheckable: [String: String] = [
        "logo_missing_url.yml": "the logo is an https:// address that does not exist; only fetching it shows that",
        "description_en_videos_invalid_oembed.yml": "the video address is a web page, not an oEmbed video; only asking the provider shows that",
        "organisation_uri_wrong_italian_pa2.yml": "urn:x-italian-pa:no_such_pa is well-formed; only Italy's iPA register knows the code does not exist",
        "fundedBy_uri_wrong_italian_pa2.yml": "as above, an unregistered Italian iPA code",
        "it_riuso_codiceIPA_invalid.yml": "as above, an unregistered Italian iPA code in the Italian country section",
    ]

    static func files(_ subfolder: String) -> [URL] {
        let base = folder.appendingPathComponent(subfolder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? []
        return names.filter { $0.hasSuffix(".yml") }.sorted().map { base.appendingPathComponent($0) }
    }

    static func plan(_ url: URL) -> ImportPlan {
        let file = url.lastPathComponent
        guard let data = FileManager.default.contents(atPath: url.path) else { return ImportPlan(diagnostics: [.error("unreadable", at: SourceLocation(path: file))]) }
        return PubliccodeImporter(file: file, vendors: [:], folder: url.deletingLastPathComponent()).plan(data: data)
    }

    /// The key of the first error the reference parser reports for each invalid file.
    static let expectedKeys: [String: String] = {
        let text = (try? String(contentsOf: ConformanceSuite.folder("publiccode-parser/expected-first-error.tsv"), encoding: .utf8)) ?? ""
        var keys: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t").map(String.init)
            if parts.count == 2 { keys[parts[0]] = parts[1] }
        }
        return keys
    }()

    @Test func theReferenceParsersTestDataGetsTheSameVerdict() throws {
        let valid = Self.files("valid") + Self.files("valid/no-network")
        let warned = Self.files("valid_with_warnings") + Self.files("valid_with_warnings/no-network")
        let invalid = Self.files("invalid") + Self.files("invalid/no-network")
        try #require(valid.count >= 30 && warned.count >= 10 && invalid.count >= 120, "the vendored test data is missing")
        var passed = 0, refused = 0
        for url in valid {
            let plan = Self.plan(url)
            if plan.diagnostics.hasErrors || plan.files.isEmpty {
                Issue.record("\(url.lastPathComponent) is valid but was refused: \(plan.diagnostics.errors)")
            } else { passed += 1 }
        }
        for url in warned {
            let plan = Self.plan(url)
            let standardWarnings = plan.diagnostics.filter { $0.severity == .warning && ($0.message.contains("deprecated") || $0.message.contains("older version")) }
            if plan.diagnostics.hasErrors || plan.files.isEmpty {
                Issue.record("\(url.lastPathComponent) is valid (with warnings) but was refused: \(plan.diagnostics.errors)")
            } else if standardWarnings.isEmpty && url.lastPathComponent != "unicode_grapheme_clusters.yml" && url.lastPathComponent != "valid.mime_types.yml" {
                Issue.record("\(url.lastPathComponent) should give a deprecation or version warning: \(plan.diagnostics)")
            } else { passed += 1 }
        }
        for url in invalid {
            let name = url.lastPathComponent
            let plan = Self.plan(url)
            if let reason = Self.notCheckable[name] {
                #expect(!reason.isEmpty)
                refused += 1
                continue
            }
            guard plan.diagnostics.hasErrors, plan.files.isEmpty else {
                Issue.record("\(name) is invalid but was imported: \(plan.diagnostics)")
                continue
            }
            if let key = Self.expectedKeys[name], key != "-", key != "" {
                // The error names the key the reference parser blames, or the key above it where the
                // reference parser names a part of a value of the wrong type (inputTypes.foobar).
                let path = key.replacingOccurrences(of: "[en-US]", with: ".en-US")
                let top = String(path.prefix { $0 != "." && $0 != "[" })
                let named = plan.diagnostics.errors.contains { $0.message.hasPrefix(path) || $0.message.hasPrefix(top + " ") || $0.message.hasPrefix(top + ".") || $0.message.hasPrefix(top + "[") }
                if !named { Issue.record("\(name): no error names \(path): \(plan.diagnostics.errors.map(\.message))") }
            }
            let located = plan.diagnostics.errors.allSatisfy { $0.location.path == name && $0.hint != nil }
            if !located { Issue.record("\(name): an error without the file or a hint") }
            passed += 1
        }
        let total = valid.count + warned.count + invalid.count
        ConformanceSuite.report("publiccode.yml parser test data (v0)", passed: passed, of: total, refused: 0, wrong: 0)
        print("conformance: publiccode.yml parser test data (v0): \(refused) invalid files need the network or Italy's iPA register and are not checked")
        #expect(passed + refused == total)
    }
}
