import Basics

/// A fast reader for the plain YAML that front matter is almost always written in: block
/// mappings and lists, `key: value` on one line, quoted text, one-line `[a, b]` and `{k: v}`, and
/// literal `|` blocks. It gives exactly the nodes libyaml's composer gives, line and column
/// included, or `nil` for anything it does not know for certain (multi-line plain text, folded
/// blocks, anchors, tags, tabs, control characters, syntax errors …), which then goes to
/// `YAMLComposer`. Tests compare the two on the demo, generated corpora and mutated input.
///
/// It exists because libyaml's token and event machinery costs more than everything else in
/// reading a file: a national corpus is 100,000 files.
struct PlainYAML {
    enum Outcome {
        case node(YAMLNode?)
        case unsupported
    }

    /// Thrown anywhere the input leaves the subset.
    private struct Unsupported: Error {}

    private struct Line {
        var start: Int
        var end: Int
        /// Leading spaces.
        var indent: Int
        /// Empty, spaces only, or a comment.
        var blank: Bool
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var lines: [Line] = []
    private var depth = 0
    private var lastColumn = (line: -1, offset: 0, column: 1)

    static func parse(_ yaml: String) -> Outcome {
        var text = yaml
        return text.withUTF8 { bytes in
            var parser = PlainYAML(bytes: bytes)
            do {
                return .node(try parser.document())
            } catch {
                return .unsupported
            }
        }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    // MARK: Lines

    private mutating func splitLines() throws {
        var start = 0
        var index = 0
        let count = bytes.count
        while index <= count {
            if index == count || bytes[index] == 0x0A {
                var indent = 0
                while start + indent < index && bytes[start + indent] == 0x20 { indent += 1 }
                let first = start + indent
                lines.append(Line(start: start, end: index, indent: indent, blank: first == index || bytes[first] == 0x23))
                index += 1
                start = index
                continue
            }
            let byte = bytes[index]
            // Tabs, control characters, C1 controls, NEL, LS/PS, BOM and non-characters: libyaml
            // treats them specially or refuses them.
            if byte < 0x20 || byte == 0x7F { throw Unsupported() }
            if byte == 0xC2, index + 1 < count, (0x80...0x9F).contains(bytes[index + 1]) { throw Unsupported() }
            if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 { throw Unsupported() }
            if byte == 0xEF, index + 2 < count,
               (bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF) || (bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE) { throw Unsupported() }
            index += 1
        }
    }

    /// The first line at or after `index` that is not blank, or nil at the end.
    private func nextContent(_ index: Int) -> Int? {
        var index = index
        while index < lines.count {
            if !lines[index].blank { return index }
            index += 1
        }
        return nil
    }

    /// The 1-based column of byte `offset` on its line, counting Unicode scalars as libyaml does.
    /// Counting goes on from the last position asked for on the same line, since positions are
    /// asked for left to right: a line of 30,000 flow items is then read in one pass, not 30,000.
    private mutating func column(_ line: Int, _ offset: Int) -> Int {
        var (column, index) = (1, lines[line].start)
        if lastColumn.line == line && lastColumn.offset <= offset {
            (column, index) = (lastColumn.column, lastColumn.offset)
        }
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        lastColumn = (line, offset, column)
        return column
    }

    // MARK: Blocks

    private mutating func document() throws -> YAMLNode? {
        try splitLines()
        guard let first = nextContent(0) else { return nil }
        if bytes[lines[first].start] == 0x25 { throw Unsupported() }  // a directive
        let (node, next) = try block(first, indent: lines[first].indent)
        if nextContent(next) != nil { throw Unsupported() }
        return node
    }

    /// A block node whose first line is `line`, at `indent`. Returns the node and the line after it.
    private mutating func block(_ line: Int, indent: Int) throws -> (YAMLNode, Int) {
        let offset = lines[line].start + indent
        if isSequenceEntry(at: offset, end: lines[line].end) {
            return try sequence(line, indent: indent)
        }
        return try mapping(line, offset: offset, indent: indent)
    }

    private func isSequenceEntry(at offset: Int, end: Int) -> Bool {
        bytes[offset] == 0x2D && (offset + 1 == end || bytes[offset + 1] == 0x20)
    }

    private mutating func enter() throws {
        depth += 1
        if depth >= YAMLComposer.maximumDepth { throw Unsupported() }
    }

    /// A block mapping: its first key at `offset` on `line`, the rest on lines indented `indent`.
    private mutating func mapping(_ line: Int, offset: Int, indent: Int) throws -> (YAMLNode, Int) {
        try enter()
        defer { depth -= 1 }
        var pairs: [YAMLPair] = []
        var line = line
        var offset = offset
        let start = (line, offset)
        while true {
            let end = lines[line].end
            let keyEnd = try plainKey(at: offset, end: end)
            let key = YAMLNode(.scalar(text(offset, keyEnd), plain: true), line: line + 1, column: column(line, offset))
            var valueStart = keyEnd + 1
            while valueStart < end && bytes[valueStart] == 0x20 { valueStart += 1 }
            let value: YAMLNode
            var next: Int
            if valueStart == end || bytes[valueStart] == 0x23 {
                if valueStart < end && valueStart == keyEnd + 1 { throw Unsupported() }  // "key:#" is not a comment
                (value, next) = try nested(after: line, parentIndent: indent, emptyAt: (line, keyEnd + 1), sequenceAllowed: true)
            } else {
                (value, next) = try inline(line, offset: valueStart, parentIndent: indent)
            }
            pairs.append(YAMLPair(key: key, value: value))
            guard let following = nextContent(next) else { line = lines.count; break }
            let candidate = lines[following]
            if candidate.indent < indent { line = following; break }
            if candidate.indent > indent { throw Unsupported() }
            offset = candidate.start + indent
            if isSequenceEntry(at: offset, end: candidate.end) { throw Unsupported() }
            line = following
        }
        if Self.hasDuplicateKeys(pairs) { throw Unsupported() }
        return (YAMLNode(.mapping(pairs), line: start.0 + 1, column: column(start.0, start.1)), line)
    }

    /// A block list whose entries start with `- ` at `indent`.
    private mutating func sequence(_ line: Int, indent: Int) throws -> (YAMLNode, Int) {
        try enter()
        defer { depth -= 1 }
        var items: [YAMLNode] = []
        var line = line
        let start = line
        while true {
            let entry = lines[line]
            let dash = entry.start + indent
            var valueStart = dash + 1
            while valueStart < entry.end && bytes[valueStart] == 0x20 { valueStart += 1 }
            let item: YAMLNode
            var next: Int
            if valueStart == entry.end || bytes[valueStart] == 0x23 {
                if valueStart < entry.end && valueStart == dash + 1 { throw Unsupported() }
                (item, next) = try nested(after: line, parentIndent: indent, emptyAt: (line, dash + 1), sequenceAllowed: false)
            } else if isSequenceEntry(at: valueStart, end: entry.end) {
                throw Unsupported()  // "- - a": a list in a list on one line
            } else if startsMapping(at: valueStart, end: entry.end) {
                let keyIndent = valueStart - entry.start
                (item, next) = try mapping(line, offset: valueStart, indent: keyIndent)
            } else {
                (item, next) = try inline(line, offset: valueStart, parentIndent: indent)
            }
            items.append(item)
            guard let following = nextContent(next) else { line = lines.count; break }
            let candidate = lines[following]
            if candidate.indent < indent { line = following; break }
            if candidate.indent > indent { throw Unsupported() }
            if !isSequenceEntry(at: candidate.start + indent, end: candidate.end) { line = following; break }
            line = following
        }
        return (YAMLNode(.sequence(items), line: start + 1, column: indent + 1), line)
    }

    /// Whether a plain key followed by `:` and a space (or the end of the line) starts here.
    private func startsMapping(at offset: Int, end: Int) -> Bool {
        guard let keyEnd = try? plainKey(at: offset, end: end) else { return false }
        return keyEnd < end
    }

    /// The value of a key or list entry written on the following lines: a more indented block, a
    /// list at the key's own indentation, or nothing (an empty value).
    private mutating func nested(after line: Int, parentIndent: Int, emptyAt: (Int, Int), sequenceAllowed: Bool) throws -> (YAMLNode, Int) {
        if let following = nextContent(line + 1) {
            let candidate = lines[following]
            if candidate.indent > parentIndent {
                return try block(following, indent: candidate.indent)
            }
            if sequenceAllowed && candidate.indent == parentIndent && isSequenceEntry(at: candidate.start + parentIndent, end: candidate.end) {
                return try sequence(following, indent: parentIndent)
            }
        }
        // libyaml places an empty value where the next token starts; only the simple cases are certain.
        throw Unsupported()
    }

    /// A key: letters, digits, `_` and `-` (not first), then `:` and a space or the end of the line.
    /// Returns the offset of the `:`.
    private func plainKey(at offset: Int, end: Int) throws -> Int {
        var index = offset
        while index < end {
            let byte = bytes[index]
            let isLetter = (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte)
            let isDigit = (0x30...0x39).contains(byte)
            if isLetter || byte == 0x5F || (index > offset && (isDigit || byte == 0x2D)) {
                index += 1
                continue
            }
            break
        }
        guard index > offset, index < end, bytes[index] == 0x3A, index + 1 == end || bytes[index + 1] == 0x20 else { throw Unsupported() }
        return index
    }

    // MARK: Values on one line

    /// A value that starts at `offset` on `line`: quoted or plain text, a one-line flow
    /// collection or a literal block. Returns it and the line after it.
    private mutating func inline(_ line: Int, offset: Int, parentIndent: Int) throws -> (YAMLNode, Int) {
        let end = lines[line].end
        let at = (line: line + 1, column: column(line, offset))
        var index = offset
        let node: YAMLNode
        switch bytes[offset] {
        case 0x22, 0x27:  // " '
            let text = try quoted(&index, end: end)
            node = YAMLNode(.scalar(text, plain: false), line: at.line, column: at.column)
        case 0x5B, 0x7B:  // [ {
            node = try flow(&index, end: end, line: line)
        case 0x7C:  // |
            return try literal(line, offset: offset, parentIndent: parentIndent)
        default:
            let text = try plain(offset, end: end)
            index = end
            node = YAMLNode(.scalar(text, plain: true), line: at.line, column: at.column)
        }
        try expectLineEnd(index, end: end)
        // Plain text may go on over the next, more indented lines; libyaml knows that best.
        if case .scalar(_, plain: true) = node.value, let following = nextContent(line + 1), lines[following].indent > parentIndent {
            throw Unsupported()
        }
        return (node, line + 1)
    }

    private func expectLineEnd(_ index: Int, end: Int) throws {
        var index = index
        while index < end && bytes[index] == 0x20 { index += 1 }
        if index == end { return }
        guard bytes[index] == 0x23, bytes[index - 1] == 0x20 else { throw Unsupported() }
    }

    /// Plain text in a block, up to a comment or the end of the line.
    private func plain(_ offset: Int, end: Int) throws -> String {
        try refuseIndicator(at: offset, end: end)
        var index = offset
        var last = offset
        while index < end {
            let byte = bytes[index]
            if byte == 0x23 && bytes[index - 1] == 0x20 { break }
            if byte == 0x3A && (index + 1 == end || bytes[index + 1] == 0x20) { throw Unsupported() }
            if byte != 0x20 { last = index + 1 }
            index += 1
        }
        return text(offset, last)
    }

    /// Characters that cannot start plain text, or change its meaning.
    private func refuseIndicator(at offset: Int, end: Int) throws {
        switch bytes[offset] {
        case 0x2C, 0x5B, 0x5D, 0x7B, 0x7D, 0x23, 0x26, 0x2A, 0x21, 0x7C, 0x3E, 0x27, 0x22, 0x25, 0x40, 0x60:
            throw Unsupported()  // , [ ] { } # & * ! | > ' " % @ `
        case 0x2D, 0x3F, 0x3A:  // - ? : (an indicator before a space, else text libyaml may read either way)
            throw Unsupported()
        default:
            return
        }
    }

    /// A quoted scalar that closes on its line; `index` is left after the closing quote.
    private func quoted(_ index: inout Int, end: Int) throws -> String {
        let quote = bytes[index]
        index += 1
        var result: [UInt8] = []
        while index < end {
            let byte = bytes[index]
            if byte == quote {
                if quote == 0x27 && index + 1 < end && bytes[index + 1] == 0x27 {
                    result.append(0x27)
                    index += 2
                    continue
                }
                index += 1
                return String(decoding: result, as: UTF8.self)
            }
            if byte == 0x5C && quote == 0x22 {
                guard index + 1 < end else { throw Unsupported() }
                switch bytes[index + 1] {
                case 0x22: result.append(0x22)
                case 0x5C: result.append(0x5C)
                case 0x2F: result.append(0x2F)
                case 0x6E: result.append(0x0A)
                case 0x74: result.append(0x09)
                default: throw Unsupported()
                }
                index += 2
                continue
            }
            result.append(byte)
            index += 1
        }
        throw Unsupported()  // closes on a later line
    }

    /// A flow collection that closes on its line; `index` is at its `[` or `{` and is left after the close.
    private mutating func flow(_ index: inout Int, end: Int, line: Int) throws -> YAMLNode {
        try enter()
        defer { depth -= 1 }
        let open = bytes[index]
        let at = (line: line + 1, column: column(line, index))
        let close: UInt8 = open == 0x5B ? 0x5D : 0x7D
        index += 1
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        while true {
            skipSpaces(&index, end: end)
            guard index < end else { throw Unsupported() }
            if bytes[index] == close {
                index += 1
                break
            }
            if open == 0x7B {
                let keyStart = index
                let keyEnd = try plainKey(at: index, end: end)
                let key = YAMLNode(.scalar(text(keyStart, keyEnd), plain: true), line: line + 1, column: column(line, keyStart))
                index = keyEnd + 1
                skipSpaces(&index, end: end)
                guard index < end, bytes[index] != 0x2C, bytes[index] != close else { throw Unsupported() }
                pairs.append(YAMLPair(key: key, value: try flowItem(&index, end: end, line: line)))
            } else {
                items.append(try flowItem(&index, end: end, line: line))
            }
            skipSpaces(&index, end: end)
            guard index < end else { throw Unsupported() }
            if bytes[index] == 0x2C {
                index += 1
            } else if bytes[index] != close {
                throw Unsupported()
            }
        }
        if open == 0x7B {
            if Self.hasDuplicateKeys(pairs) { throw Unsupported() }
            return YAMLNode(.mapping(pairs), line: at.line, column: at.column)
        }
        return YAMLNode(.sequence(items), line: at.line, column: at.column)
    }

    private mutating func flowItem(_ index: inout Int, end: Int, line: Int) throws -> YAMLNode {
        let at = (line: line + 1, column: column(line, index))
        switch bytes[index] {
        case 0x22, 0x27:
            return YAMLNode(.scalar(try quoted(&index, end: end), plain: false), line: at.line, column: at.column)
        case 0x5B, 0x7B:
            return try flow(&index, end: end, line: line)
        default:
            try refuseIndicator(at: index, end: end)
            let start = index
            var last = index
            while index < end {
                let byte = bytes[index]
                if byte == 0x2C || byte == 0x5D || byte == 0x7D { break }
                // ':' '#' and the other indicators inside flow text: libyaml's rules differ by version.
                if byte == 0x3A || byte == 0x23 || byte == 0x5B || byte == 0x7B || byte == 0x22 || byte == 0x27 { throw Unsupported() }
                if byte != 0x20 { last = index + 1 }
                index += 1
            }
            return YAMLNode(.scalar(text(start, last), plain: true), line: at.line, column: at.column)
        }
    }

    private func skipSpaces(_ index: inout Int, end: Int) {
        while index < end && bytes[index] == 0x20 { index += 1 }
    }

    /// A literal block `|`, `|-` or `|+`: the following lines indented more than the parent.
    private mutating func literal(_ line: Int, offset: Int, parentIndent: Int) throws -> (YAMLNode, Int) {
        let end = lines[line].end
        var index = offset + 1
        var chomp: UInt8 = 0
        if index < end && (bytes[index] == 0x2D || bytes[index] == 0x2B) {
            chomp = bytes[index]
            index += 1
        }
        if index < end && bytes[index] != 0x20 { throw Unsupported() }  // explicit indentation, or text after |
        try expectLineEnd(index, end: end)
        // The content's indentation is that of its first line with text.
        var contentIndent: Int?
        var scan = line + 1
        while scan < lines.count {
            let candidate = lines[scan]
            if candidate.end > candidate.start + candidate.indent {
                if candidate.indent > parentIndent { contentIndent = candidate.indent }
                break
            }
            // A line of spaces only before the first text line longer than that text's indentation is an error in YAML.
            scan += 1
        }
        guard let indent = contentIndent else { throw Unsupported() }
        var text: [UInt8] = []
        var next = line + 1
        var trailingBreaks = 0
        var sawText = false
        while next < lines.count {
            let current = lines[next]
            let isEmpty = current.end == current.start + current.indent
            if !isEmpty && current.indent < indent { break }
            if isEmpty {
                if current.indent > indent { throw Unsupported() }
                if sawText { trailingBreaks += 1 } else { throw Unsupported() }
                next += 1
                continue
            }
            if sawText {
                for _ in 0...trailingBreaks { text.append(0x0A) }
            }
            trailingBreaks = 0
            text.append(contentsOf: bytes[(current.start + indent)..<current.end])
            sawText = true
            next += 1
        }
        // The lines after the block must be less indented than the parent's content, or be the end.
        if next < lines.count && lines[next].indent > parentIndent && !lines[next].blank { throw Unsupported() }
        if next == lines.count { throw Unsupported() }  // the last line's break depends on how the YAML ends
        switch chomp {
        case 0x2D: break
        case 0x2B: for _ in 0...trailingBreaks { text.append(0x0A) }
        default: text.append(0x0A)
        }
        let node = YAMLNode(.scalar(String(decoding: text, as: UTF8.self), plain: false), line: line + 1, column: column(line, offset))
        return (node, next)
    }

    private func text(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    private static func hasDuplicateKeys(_ pairs: [YAMLPair]) -> Bool {
        if pairs.count < 2 { return false }
        if pairs.count < 12 {
            for i in 1..<pairs.count {
                for j in 0..<i where pairs[i].key.text == pairs[j].key.text { return true }
            }
            return false
        }
        var seen = Set<String>()
        return pairs.contains { !seen.insert($0.key.text ?? "").inserted }
    }
}
