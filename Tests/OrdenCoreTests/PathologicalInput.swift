import Foundation
@testable import Basics
@testable import CommonMark
@testable import FrontMatter
@testable import OrdenBuild
@testable import OrdenCatalogue
@testable import OrdenModel
@testable import OrdenSite
@testable import RDF
@testable import Spreadsheet

/// Generates record files built to be slow: Markdown bodies and YAML front matter made of runs
/// of what parsers find hard (nesting, bracket and delimiter runs, wide tables, long lines,
/// anchors, flow collections …), combined at random from a seed, mostly within the size limits.
struct PathologicalInput {
    /// One generated file and the recipe it was made from, to name the case in a report.
    struct Case {
        var recipe: [String]
        var text: String
    }

    private var random: SplitMix

    init(seed: UInt64) { random = SplitMix(seed: seed) }

    private mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(random.next() % UInt64(range.upperBound - range.lowerBound + 1))
    }

    private mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }

    /// A size for a piece: mostly near the limit, sometimes small, sometimes over.
    private mutating func size(_ limit: Int) -> Int {
        switch int(0...9) {
        case 0...1: return int(1...max(1, limit / 64))
        case 2...7: return int(limit / 4...limit)
        default: return int(limit...(limit + limit / 2))
        }
    }

    mutating func next() -> Case {
        var recipe: [String] = []
        var yaml = "product: acme-arkiv\nowner: IT\nlifecycle: {status: production}\n"
        if int(0...2) > 0 {
            let (name, text) = frontMatterPiece(budget: size(YAMLComposer.maximumBytes - 200))
            recipe.append("yaml:" + name)
            yaml += text
        }
        var body = ""
        let budget = size(MarkdownGuard.maximumBytes)
        for _ in 0..<int(1...4) {
            let (name, text) = markdownPiece(budget: max(16, budget / 2 - body.utf8.count / 2))
            recipe.append(name)
            body += pick(["", "\n", "\n\n", " "]) + text
            if body.utf8.count >= budget { break }
        }
        return Case(recipe: recipe, text: "---\n" + yaml + "---\n" + body)
    }

    /// `unit` repeated to about `budget` bytes.
    private func run(_ unit: String, _ budget: Int) -> String {
        String(repeating: unit, count: max(1, budget / max(1, unit.utf8.count)))
    }

    // MARK: Markdown

    private mutating func markdownPiece(budget: Int) -> (String, String) {
        let depth = int(1...60)
        switch int(0...27) {
        case 0: return ("quotes", String(repeating: pick(["> ", ">", "> > "]), count: depth) + "x\n" + run("x\n", budget))
        case 1: return ("lists", String(repeating: pick(["- ", "* ", "1. ", "+ "]), count: depth) + "x\n" + run(pick(["x\n", "  x\n"]), budget))
        case 2: return ("indented lists", (0..<depth).map { String(repeating: pick(["  ", "   ", "    ", "\t"]), count: $0) + "- x\n" }.joined() + run("x\n", budget))
        case 3: return ("image openers", run(pick(["![[]()", "![![![[]()", "![a[b](c)", "![ [a]() "]), budget))
        case 4: return ("brackets", run(pick(["[", "![", "]", "[]", "[a]("]), budget / 2) + run(pick(["](y)", "]", ")"]), budget / 2))
        case 5: return ("emphasis", run(pick(["*a_", "**_", "_*", "***", "*", "_a*", "__a", "*a **b"]), budget))
        case 6: return ("backticks", (0..<max(1, budget / 40)).map { _ in String(repeating: "`", count: int(1...30)) + "a" }.joined())
        case 7:
            let columns = int(1...3_000)
            let header = "|" + String(repeating: "a|", count: columns) + "\n|" + String(repeating: "-|", count: columns) + "\n"
            return ("wide table", header + run(pick(["|\n", "|a\n", "a|b\n"]), max(0, budget - header.utf8.count)))
        case 8:
            let columns = int(1...80)
            let header = "|" + String(repeating: " a |", count: columns) + "\n|" + String(repeating: "---|", count: columns) + "\n"
            return ("long table", header + run(pick(["|a\n", "| x | y |\n", "|-|-|\n", "| - | - |\n"]), max(0, budget - header.utf8.count)))
        case 9: return ("delimiter rows", run(pick(["a\n|-|-|\n", "a|b\n|-|\n", "x\n---|\n", "a\n:-:|\n"]), budget))
        case 10: return ("long line", run(pick(["x", "é", "a ", "\\"]), budget))
        case 11: return ("entities", run(pick(["&#", "&amp;", "&#x1F600;", "&", "&#99999999;", "&nbsp"]), budget))
        case 12: return ("autolinks", run(pick(["www.", "www.a_", "http://", "a@", "a@b.", "a.b@c ", "https://a.b/(", "www.a.b/<"]), budget))
        case 13: return ("angle autolinks", run(pick(["<http://", "<a@", "<", "<http://a>"]), budget))
        case 14: return ("html", run(pick(["<a ", "<!--", "<![CDATA[", "</", "<div>", "<?", "<!X", "<a href='"]), budget))
        case 15:
            let address = "https://example.org/" + String(repeating: "a", count: int(1...8_000))
            return ("references", "[a]: \(address) \"t\"\n\n" + run(pick(["[a]", "[a][]", "![a]", "[x][a]"]), budget))
        case 16: return ("reference definitions", run(pick(["[a]: b\n", "[a]:\n", "[a]: <b> 'c'\n"]), budget))
        case 17: return ("headings", run(pick(["#", "# a\n", "a\n=\n", "a\n-\n", "###### "]), budget))
        case 18: return ("fences", run(pick(["```\n", "~~~\n", "```a\n", "    x\n", "````\n```\n"]), budget))
        case 19: return ("strikethrough", run(pick(["~~a", "~", "~~~a~~"]), budget))
        case 20: return ("task lists", run(pick(["- [ ] a\n", "- [x]\n", "1. [ ] a\n"]), budget))
        case 21: return ("hard breaks", run(pick(["a  \n", "a\\\n", "\\\n"]), budget))
        case 22: return ("quoted lazy paragraphs", run(pick(["> a\nb\n", ">\n", "> - a\n"]), budget))
        case 23: return ("link destinations", run(pick(["[a](<", "[a](b \"", "[a](((((", "[a](b 'c' "]), budget))
        case 24: return ("mixed nesting", (0..<depth).map { _ in pick(["> ", "- ", "1. ", "  "]) }.joined() + run(pick(["![[]()", "*a_", "|-|", "a@"]), budget))
        case 25: return ("pipes", run(pick(["|", "\\|", "|`|`", "a|"]), budget))
        case 26: return ("blank lines", run(pick(["\n", " \n", "\t\n"]), budget))
        default:
            // Random bytes from the characters Markdown gives meaning to.
            let alphabet = Array("[]()!*_`~<>&#|-:\\@.\n \t>=+1aw/\"'")
            return ("soup", String((0..<budget).map { _ in alphabet[int(0...alphabet.count - 1)] }))
        }
    }

    // MARK: Front matter

    private mutating func frontMatterPiece(budget: Int) -> (String, String) {
        let count = max(1, budget / 16)
        switch int(0...13) {
        case 0:
            var text = "a0: &a0 [x, x, x]\n"
            for level in 1..<min(count, 5_000) { text += "a\(level): &a\(level) [*a\(level - 1), *a\(level - 1)]\n" }
            return ("aliases", text)
        case 1: return ("anchors", (0..<count).map { "k\($0): &n\($0) v\n" }.joined())
        case 2: return ("long key", String(repeating: "k", count: budget) + ": v\n")
        case 3: return ("many keys", (0..<count).map { "k\($0): v\($0)\n" }.joined())
        case 4:
            let depth = int(1...2_000)
            return ("nested flow", "n: " + String(repeating: pick(["[", "{a: ", "[{a: "]), count: depth) + "x" + String(repeating: pick(["]", "}", "}]"]), count: depth) + "\n")
        case 5: return ("flow line", "tags: [" + run(pick(["abc, ", "\"é\", ", "'a''b', ", "[a], ", "{a: b}, "]), budget) + "x]\n")
        case 6: return ("quoted line", "note: \"" + run(pick(["é", "\\\"", "\\u00e9", "a"]), budget) + "\"\n")
        case 7: return ("block scalar", "note: " + pick(["|", ">", "|-", ">+"]) + "\n" + run(pick(["  line\n", "\n", "   more\n"]), budget))
        case 8:
            let depth = min(count, int(1...400))
            return ("indentation", (0..<depth).map { String(repeating: " ", count: $0) + "k\($0):\n" }.joined() + String(repeating: " ", count: depth) + "v\n")
        case 9: return ("sequences", "s:\n" + String(repeating: "- ", count: min(count, int(1...5_000))) + "x\n")
        case 10: return ("complex keys", run(pick(["? a\n: b\n", "? [a]\n: c\n", "? ? ? x\n"]), budget))
        case 11: return ("tags", run(pick(["t: !!str a\n", "u: !x [a]\n", "v: !<tag:a> b\n"]), budget))
        case 12: return ("multi-line plain", "note: a\n" + run(pick(["  b\n", "  c d\n", "   # x\n"]), budget))
        default: return ("long plain", "note: " + run(pick(["a ", "é", "x: ", "a #"]), budget) + "\n")
        }
    }
}
