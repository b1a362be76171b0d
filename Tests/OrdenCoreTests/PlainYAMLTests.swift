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

/// PlainYAML must give exactly what libyaml gives (values, styles, lines and columns) whenever it
/// answers at all, and must answer for ordinary front matter, or it saves nothing.
@Suite struct PlainYAMLTests {
    /// A description of the first difference between two trees, or nil if they are the same.
    static func difference(_ a: YAMLNode?, _ b: YAMLNode?, at path: String = "root") -> String? {
        guard let a, let b else { return a == nil && b == nil ? nil : "\(path): one tree is empty" }
        if a.line != b.line || a.column != b.column { return "\(path): at \(a.line):\(a.column) vs \(b.line):\(b.column)" }
        switch (a.value, b.value) {
        case let (.scalar(x, plainX), .scalar(y, plainY)):
            return x == y && plainX == plainY ? nil : "\(path): \(x.debugDescription) (plain: \(plainX)) vs \(y.debugDescription) (plain: \(plainY))"
        case let (.sequence(x), .sequence(y)):
            guard x.count == y.count else { return "\(path): \(x.count) vs \(y.count) items" }
            for index in x.indices {
                if let problem = difference(x[index], y[index], at: "\(path)[\(index)]") { return problem }
            }
            return nil
        case let (.mapping(x), .mapping(y)):
            guard x.count == y.count else { return "\(path): \(x.count) vs \(y.count) pairs" }
            for index in x.indices {
                if let problem = difference(x[index].key, y[index].key, at: "\(path).key\(index)") { return problem }
                if let problem = difference(x[index].value, y[index].value, at: "\(path).\(x[index].key.text ?? "?")") { return problem }
            }
            return nil
        default:
            return "\(path): \(a.kindDescription) vs \(b.kindDescription)"
        }
    }

    /// nil when PlainYAML leaves the text to libyaml; otherwise whether both agree.
    static func compare(_ yaml: String) -> (handled: Bool, problem: String?) {
        guard case .node(let fast) = PlainYAML.parse(yaml) else { return (false, nil) }
        switch YAMLComposer.composeWithLibyaml(yaml) {
        case .success(let slow):
            return (true, difference(fast, slow).map { "\($0)\n--- yaml:\n\(yaml)" })
        case .failure(let problem):
            return (true, "PlainYAML read YAML that libyaml refuses (\(problem.message)):\n\(yaml)")
        }
    }

    static var demoFrontMatter: [String] {
        let content = BuildTests.repository.appendingPathComponent("content")
        guard let files = FileManager.default.enumerator(atPath: content.path) else { return [] }
        return files.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") }.sorted().compactMap { path in
            guard let data = FileManager.default.contents(atPath: content.appendingPathComponent(path).path),
                  case .success(let text) = TextDecoding.decode(data),
                  case .success(let split) = FrontMatterSplit.split(text) else { return nil }
            return split.yaml
        }
    }

    @Test func agreesWithLibyamlOnEveryDemoFileAndReadsAlmostAllOfThem() {
        let files = Self.demoFrontMatter
        #expect(files.count > 300)
        var handled = 0
        for yaml in files {
            let result = Self.compare(yaml)
            if let problem = result.problem { Issue.record(Comment(rawValue: problem)) }
            if result.handled { handled += 1 }
        }
        #expect(Double(handled) >= 0.9 * Double(files.count), "PlainYAML read \(handled) of \(files.count) demo files")
    }

    @Test func agreesWithLibyamlOnHandWrittenCases() {
        let cases = [
            "name: Arkiv\nkostra: [\"120\", 121]\n",
            "a: 1\nb: true\nc: ~\nd: null\ne: 2026-01-01\n",
            "title: Utlån per måned (CSV)\ntags: [Økonomi, Lønn,  skole ]\n",
            "x: {name: Kari Nordmann, email: kari@storlia.example}\n",
            "x: {a: [1, 2], b: {c: d}}\n",
            "list:\n- a\n- b\nnext: c\n",
            "list:\n  - a\n  -   b\n",
            "items:\n- to: sak-arkiv\n  via: fiks-arkiv\n  direction: out\n- to: kart\n  data: eiendommer, planer og tiltak\n",
            "items:\n  - to: a\n    via: b\n  - to: c\n",
            "url: https://example.org/a?b=c#d\nnote: C# og F#\ncomment: tekst # en kommentar\n",
            "q: 'it''s'\nr: \"say \\\"hi\\\" \\\\ \\/ \\n\\t\"\ns: \"\"\nt: ''\n",
            "a: [1, 2,]\nb: []\nc: {}\n",
            "trail: value   \n",
            "# comment\n\nname: x\n   # indented comment\nother: y\n",
            "text: |\n  line one\n    indented\n\n  line three\n\nafter: x\n",
            "text: |-\n  stripped\nafter: x\n",
            "text: |+\n  kept\n\n\nafter: x\n",
            "nested:\n  deeper:\n    deepest: 1\n  back: 2\ntop: 3\n",
            "brackets: Mest [x] og {y}, og z\n",
            "dpo: {name: Kari, email: personvernombud@storlia.example}\nreviewed: 2026-04-03\n",
            "  indented: top\n  level: mapping\n",
            "emoji: 🏔️ fjell\nafter: [🏔️, ø]\n",
            "a: 'x' # comment\nb: [a] # comment\n",
            "k-e_y2: v\n",
        ]
        for yaml in cases {
            let result = Self.compare(yaml)
            #expect(result.handled, "PlainYAML left to libyaml:\n\(yaml)")
            if let problem = result.problem { Issue.record(Comment(rawValue: problem)) }
        }
    }

    /// What it must leave to libyaml, so that libyaml's meaning and messages apply.
    @Test func leavesTheRestToLibyaml() {
        let cases = [
            "a: b: c\n", "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: >\n  folded\nb: c\n", "a: multi\n  line\n",
            "a: 1\na: 2\n", "a:\tb\n", "\"quoted key\": v\n", "a: [unclosed\n", "a: \"unclosed\n", "- - a\n",
            "a: - b\n", "a: x\n b: y\n", "%YAML 1.2\na: b\n", "a:\n", "a: {b}\n", "a: [b: c]\n", "a: \"\\x41\"\n",
            "a: |\n  last line without break", "a: [https://x.example]\n", "a: \u{85}b\n", "a: b\u{2028}c\n",
        ]
        for yaml in cases {
            #expect(!Self.compare(yaml).handled, "PlainYAML should leave this to libyaml:\n\(yaml)")
        }
    }

    /// Small edits of real front matter (characters deleted, doubled or swapped for YAML's
    /// special ones): whatever PlainYAML still reads, it must read as libyaml does.
    @Test func agreesWithLibyamlOnMutatedDemoFiles() {
        var random = SplitMix(seed: 20261202)
        let specials: [Character] = [":", " ", "-", "#", "'", "\"", "[", "]", "{", "}", ",", "|", "\n", "&", "*", "!", "?", ">", "%", "ø"]
        let files = Self.demoFrontMatter
        var compared = 0
        for _ in 0..<4000 {
            var characters = Array(files[Int(random.next() % UInt64(files.count))])
            guard !characters.isEmpty else { continue }
            for _ in 0...(random.next() % 3) {
                let index = Int(random.next() % UInt64(characters.count))
                switch random.next() % 3 {
                case 0: characters.remove(at: index)
                case 1: characters.insert(characters[index], at: index)
                default: characters[index] = specials[Int(random.next() % UInt64(specials.count))]
                }
                if characters.isEmpty { break }
            }
            let result = Self.compare(String(characters))
            if result.handled { compared += 1 }
            if let problem = result.problem {
                Issue.record(Comment(rawValue: problem))
                return
            }
        }
        #expect(compared > 1000)
    }
}

/// A small deterministic generator for tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
