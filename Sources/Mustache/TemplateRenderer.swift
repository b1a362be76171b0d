import Basics

/// Renders one page: walks the compiled nodes with a stack of values and writes UTF-8 straight
/// into the page's bytes. Made anew for every page, so the templates it reads are shared by all
/// render threads and nothing else is. The bytes are an array rather than `Data`, whose appends
/// cost a quarter of the rendering; the page is copied into `Data` once, at the end.
struct TemplateRenderer {
    typealias Blocks = [String: [TemplateNode]]

    /// Partials within partials deeper than this are a theme that includes itself without end.
    static let maximumDepth = 100

    private let templates: [[TemplateNode]]
    /// Each template's index by name, for `{{>*name}}`, whose template is known only from the data.
    private let indices: [String: Int]
    private(set) var output: [UInt8] = []
    /// Whether a partial included itself past `maximumDepth`; the output is then incomplete.
    private(set) var tooDeep = false
    private var stack: [TemplateValue] = []
    private var depth = 0
    /// The indentation of a partial, written before the next byte of the line it starts.
    private var pendingIndent: [UInt8]?

    init(templates: [[TemplateNode]], indices: [String: Int], stack: [TemplateValue]) {
        self.templates = templates
        self.indices = indices
        self.stack = stack
        output.reserveCapacity(16 * 1024)
    }

    /// Renders `nodes`; a standalone partial's `indentation` goes before every line they start.
    mutating func render(_ nodes: [TemplateNode], indentation: [UInt8] = [], blocks: Blocks = [:]) {
        guard !indentation.isEmpty else {
            for node in nodes { render(node, indentation: indentation, blocks: blocks) }
            return
        }
        // As swift-mustache: a node that writes something after a line end of these nodes' own
        // output is indented; the first line takes the whitespace before the partial tag itself.
        let start = output.count
        for node in nodes {
            let indents = endsWithLineEnd(since: start)
            if indents { pendingIndent = indentation }
            render(node, indentation: indentation, blocks: blocks)
            if indents { pendingIndent = nil }
        }
    }

    private mutating func render(_ node: TemplateNode, indentation: [UInt8], blocks: Blocks) {
        switch node {
        case .text(let bytes):
            write(bytes)
        case .variable(let name, let escaped):
            switch lookUp(name) {
            case .text(let text): escaped ? writeEscaped(text) : write(text)
            case .bool(let value): write(value ? "true" : "false")
            case .number(let value): write(String(value))
            case .missing, .object, .list: break
            }
        case .section(let name, let nodes, let inverted):
            let value = lookUp(name)
            if inverted {
                renderInverted(value, nodes, indentation: indentation, blocks: blocks)
            } else {
                renderSection(value, nodes, indentation: indentation, blocks: blocks)
            }
        case .partial(let partial):
            guard depth < Self.maximumDepth else {
                tooDeep = true
                return
            }
            var index = partial.index
            if let name = partial.dynamic {
                // A name that is not text, or names no template, renders as nothing, as a missing
                // value does.
                guard case .text(let template) = lookUp(name), let found = indices[template] else { return }
                index = found
            }
            let inherited = partial.overrides.isEmpty ? blocks : blocks.merging(partial.overrides) { outer, _ in outer }
            depth += 1
            render(templates[index], indentation: indentation + partial.indentation, blocks: inherited)
            depth -= 1
        case .block(let name, let defaultNodes, let blockIndentation, let standalone):
            guard standalone else {
                render(blocks[name] ?? defaultNodes, indentation: indentation + blockIndentation, blocks: blocks)
                return
            }
            guard let override = blocks[name] else {
                // The default stands as it is written, its own indentation included.
                render(defaultNodes, indentation: indentation, blocks: blocks)
                return
            }
            // The tag's line is gone, so the override's first line is indented too; if it writes
            // nothing, nor does the indentation.
            let before = pendingIndent, start = output.count
            pendingIndent = (before ?? []) + blockIndentation
            render(override, indentation: indentation + blockIndentation, blocks: blocks)
            if output.count == start { pendingIndent = before }
        }
    }

    /// A list renders once per element, `true` once, a value once with it on the stack; `false`,
    /// an empty list and a missing name not at all. An empty string is a value, as it was.
    private mutating func renderSection(_ value: TemplateValue, _ nodes: [TemplateNode], indentation: [UInt8], blocks: Blocks) {
        switch value {
        case .missing:
            return
        case .bool(let isTrue):
            if isTrue { render(nodes, indentation: indentation, blocks: blocks) }
        case .list(let list):
            for index in 0..<list.count {
                stack.append(list.element(at: index))
                render(nodes, indentation: indentation, blocks: blocks)
                stack.removeLast()
            }
        case .text, .number, .object:
            stack.append(value)
            render(nodes, indentation: indentation, blocks: blocks)
            stack.removeLast()
        }
    }

    private mutating func renderInverted(_ value: TemplateValue, _ nodes: [TemplateNode], indentation: [UInt8], blocks: Blocks) {
        switch value {
        case .missing:
            render(nodes, indentation: indentation, blocks: blocks)
        case .bool(let isTrue):
            if !isTrue { render(nodes, indentation: indentation, blocks: blocks) }
        case .list(let list):
            guard list.count == 0 else { return }
            stack.append(value)
            render(nodes, indentation: indentation, blocks: blocks)
            stack.removeLast()
        case .text, .number, .object:
            return
        }
    }

    // MARK: Looking names up

    /// The first part of a name is looked up from the top of the stack down; the rest descend
    /// into what it found. A name found nowhere is `.missing`.
    private func lookUp(_ name: TemplateName) -> TemplateValue {
        guard let first = name.parts.first else { return stack.last ?? .missing }
        var value = TemplateValue.missing
        if name.anchored {
            if let top = stack.last { value = member(first, of: top) }
        } else {
            var index = stack.count - 1
            while index >= 0 {
                value = member(first, of: stack[index])
                if case .missing = value {
                    index -= 1
                } else {
                    break
                }
            }
        }
        for part in name.parts.dropFirst() {
            if case .missing = value { break }
            value = member(part, of: value)
        }
        return value
    }

    private func member(_ name: String, of value: TemplateValue) -> TemplateValue {
        if case .object(let object) = value { return object.value(named: name) }
        return .missing
    }

    // MARK: Writing

    private func endsWithLineEnd(since start: Int) -> Bool {
        let count = output.count
        guard count > start, output[count - 1] == UInt8(ascii: "\n") else { return false }
        // "\r\n" is one Character, and swift-mustache looked for a last Character "\n".
        return !(count - 2 >= start && output[count - 2] == UInt8(ascii: "\r"))
    }

    private mutating func flushIndent() {
        if let indent = pendingIndent {
            pendingIndent = nil
            output.append(contentsOf: indent)
        }
    }

    private mutating func write(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        flushIndent()
        output.append(contentsOf: bytes)
    }

    private mutating func write(_ text: String) {
        guard !text.isEmpty else { return }
        flushIndent()
        var text = text
        text.withUTF8 { output.append(contentsOf: $0) }
    }

    private mutating func writeEscaped(_ text: String) {
        guard !text.isEmpty else { return }
        flushIndent()
        var text = BidiControls.balanced(text)
        let start = output.count
        let escaped = text.withUTF8 { HTMLEscape.append($0, to: &output) }
        if !escaped {
            output.removeSubrange(start...)
            output.append(contentsOf: HTMLEscape.byCharacter(text).utf8)
        }
    }
}

/// HTML escaping exactly as swift-mustache's `htmlEscape`: `<`, `>`, `&`, `"` and `'` are
/// replaced where each is a Character of its own, so `<` followed by a combining mark stays.
enum HTMLEscape {
    private static func replacement(_ byte: UInt8) -> StaticString? {
        switch byte {
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }

    /// Appends `bytes` escaped, byte by byte. Returns false, having appended part of it, when a
    /// character to escape stands next to a non-ASCII byte, where only Characters can tell
    /// whether it is a Character of its own.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) -> Bool {
        var runStart = 0
        for index in bytes.indices {
            guard let replacement = replacement(bytes[index]) else { continue }
            if (index > 0 && bytes[index - 1] >= 0x80) || (index + 1 < bytes.count && bytes[index + 1] >= 0x80) {
                return false
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            replacement.withUTF8Buffer { output.append(contentsOf: $0) }
            runStart = index + 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        return true
    }

    static func byCharacter(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
