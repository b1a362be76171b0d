import Yams
import Basics
import FrontMatter

/// Changes fields of a record file in place, so that a save from the form editor changes only
/// what was edited: every line of a field that was not changed stays byte for byte, with its
/// comments, its quoting and its place, and so does the Markdown body. A changed field's lines
/// are written again; a field written in flow style on one line (`lifecycle: {status: production}`)
/// stays in flow style where it fits on a line; a new field goes where the registry orders it.
package enum FrontMatterEditor {
    /// A top-level field's new value, or nil to remove the field.
    package struct Change: Sendable, Equatable {
        package var key: String
        package var value: YAMLValue?
        package init(_ key: String, _ value: YAMLValue?) {
            self.key = key
            self.value = value
        }
    }

    package struct Failure: Error, Equatable, CustomStringConvertible {
        package var message: String
        package var description: String { message }
    }

    /// The longest line a flow-style field keeps its style on.
    static let flowWidth = 100

    /// `text` with `changes` made. `order` is the kind's field order, for placing new fields;
    /// `body` replaces the Markdown below the front matter when given.
    package static func apply(_ changes: [Change], to text: String, order: [String], body: String? = nil) throws -> String {
        // Line ends as the file has them: CRLF when its first line end is one.
        let crlf = text.contains("\r\n")
        let normalised = crlf ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
        let bom = normalised.hasPrefix("\u{FEFF}")
        let source = bom ? String(normalised.dropFirst()) : normalised
        guard case .success(let split) = FrontMatterSplit.split(source) else {
            throw Failure(message: "the file has no front matter between --- lines")
        }
        var lines = split.yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let root: YAMLNode?
        switch YAMLComposer.compose(split.yaml) {
        case .success(let node): root = node
        case .failure(let problem): throw Failure(message: "the front matter cannot be read (line \(problem.line + 1)): \(problem.message)")
        }
        var keys: [(key: String, line: Int)] = (root?.pairs ?? []).compactMap { pair in pair.key.text.map { ($0, pair.key.line - 1) } }

        for change in changes {
            let index = keys.firstIndex { $0.key == change.key }
            if let index {
                let block = self.block(of: index, keys: keys, lines: lines)
                let replacement = try change.value.map { try render(change.key, $0, like: Array(lines[block])) } ?? []
                lines.replaceSubrange(block, with: replacement)
                let shift = replacement.count - block.count
                if replacement.isEmpty { keys.remove(at: index) }
                for later in keys.indices where keys[later].line > block.lowerBound { keys[later].line += shift }
            } else if let value = change.value {
                let rendered = try render(change.key, value, like: [])
                // After the last field that comes before it in the kind's order, else at the top.
                let position = order.firstIndex(of: change.key) ?? Int.max
                let before = keys.indices.filter { (order.firstIndex(of: keys[$0].key) ?? Int.max) <= position }.last
                let at = before.map { block(of: $0, keys: keys, lines: lines).upperBound } ?? (keys.first?.line ?? lines.count)
                lines.insert(contentsOf: rendered, at: at)
                for later in keys.indices where keys[later].line >= at { keys[later].line += rendered.count }
                keys.append((change.key, at))
                keys.sort { $0.line < $1.line }
            }
        }

        var out = "---\n" + lines.map { $0 + "\n" }.joined() + "---\n"
        if let body {
            let trimmed = body.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            out += trimmed.isEmpty ? "" : "\n" + trimmed + "\n"
        } else {
            out += split.body
        }
        if bom { out = "\u{FEFF}" + out }
        return crlf ? out.replacingOccurrences(of: "\n", with: "\r\n") : out
    }

    /// The lines of the field at `index`: from its key to the line before the next field, less
    /// the blank and comment lines that stand just above the next field (they are about it).
    static func block(of index: Int, keys: [(key: String, line: Int)], lines: [String]) -> Range<Int> {
        let start = keys[index].line
        var end = index + 1 < keys.count ? keys[index + 1].line : lines.count
        while end > start + 1 {
            let line = lines[end - 1].trimmingCharacters(in: .whitespaces)
            guard line.isEmpty || (line.hasPrefix("#") && !lines[end - 1].hasPrefix(" ")) else { break }
            end -= 1
        }
        return start..<end
    }

    /// `key: value` as lines: in flow style on one line when the field was written so and still
    /// fits, otherwise as Yams writes block style.
    static func render(_ key: String, _ value: YAMLValue, like old: [String]) throws -> [String] {
        let wasFlow = old.count == 1 && old[0].drop { $0 != ":" }.dropFirst().trimmingCharacters(in: .whitespaces).first.map { $0 == "{" || $0 == "[" } == true
        if wasFlow, let flow = value.flowText {
            let line = "\(key): \(flow)"
            if line.count <= flowWidth { return [line] }
        }
        let node = Node.mapping(Node.Mapping([(Node.scalar(Node.Scalar(key)), value.node)]))
        do {
            let yaml = try Yams.serialize(node: node, width: -1, allowUnicode: true)
            var lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines.last == "" { lines.removeLast() }
            // A list the file indented under its key (`  - item`) stays indented so.
            let firstItem = old.dropFirst().first { line in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                return !trimmed.isEmpty && !trimmed.hasPrefix("#")
            }
            if let firstItem, firstItem.hasPrefix("  -"), lines.count > 1, lines[1].hasPrefix("-") {
                lines = [lines[0]] + lines.dropFirst().map { $0.isEmpty ? $0 : "  " + $0 }
            }
            return lines
        } catch {
            throw Failure(message: "cannot write \(key): \(error)")
        }
    }
}

extension YAMLValue {
    /// The value in YAML flow style, for values whose scalars need no block style; nil when a
    /// scalar holds a line break.
    var flowText: String? {
        switch self {
        case .string(let text):
            if text.contains("\n") { return nil }
            return YAMLScalarText.quoted(text, inFlow: true)
        case .integer(let n): return String(n)
        case .number(let x): return x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
        case .bool(let b): return b ? "true" : "false"
        case .day(let day): return day.description
        case .list(let items):
            let texts = items.map(\.flowText)
            guard !texts.contains(where: { $0 == nil }) else { return nil }
            return "[" + texts.compactMap { $0 }.joined(separator: ", ") + "]"
        case .map(let pairs):
            let texts = pairs.map { key, value in value.flowText.map { "\(key): \($0)" } }
            guard !texts.contains(where: { $0 == nil }) else { return nil }
            return "{" + texts.compactMap { $0 }.joined(separator: ", ") + "}"
        }
    }
}
