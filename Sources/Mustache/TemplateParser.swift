import Basics

/// Mustache text → nodes, once per template when the theme loads.
///
/// What it keeps and drops around standalone tags and indented lines follows swift-mustache 2.1.1,
/// which rendered Orden's pages before, so that pages come out byte for byte as they did. It reads
/// `Character`s, as swift-mustache did, so that a combining mark after `{` or a CRLF line end
/// behaves the same.
struct TemplateParser {
    private let characters: [Character]
    /// The line of every position, and where each line starts, for errors and partial tags.
    private let lineAt: [Int]
    private var lineStart: [Int] = [0]
    private var position = 0
    /// How many sections, blocks and parents the parser is inside.
    private var depth = 0
    /// Deeper than any theme needs, and shallow enough that a hostile template cannot exhaust the stack.
    private static let maximumDepth = 100

    static func parse(_ text: String) throws(TemplateError) -> [TemplateNode] {
        var parser = TemplateParser(text)
        return try parser.parseBody(State()).nodes
    }

    private init(_ text: String) {
        characters = Array(text)
        var lines: [Int] = []
        lines.reserveCapacity(characters.count + 1)
        var line = 1
        for (index, character) in characters.enumerated() {
            lines.append(line)
            if character.isNewline {
                line += 1
                lineStart.append(index + 1)
            }
        }
        lines.append(line)
        lineAt = lines
    }

    /// Where the parser is: inside which section, with which delimiters, at the start of a line or not.
    private struct State {
        var section: (name: String, sigil: Character, at: Int)?
        var newLine = true
        /// Inside `{{<parent}}…{{/parent}}`: each block's lines lose the first line's indentation.
        var inParent = false
        /// Directly inside `{{<parent}}`, where only `{{$block}}`s and text may stand.
        var atParentTop = false
        var definitionIndent: Int?
        var open: [Character] = ["{", "{"]
        var close: [Character] = ["}", "}"]

        func entering(_ name: String, _ sigil: Character, at tag: Int, standalone: Bool) -> State {
            var state = self
            state.section = (name, sigil, tag)
            state.atParentTop = false
            if !standalone { state.newLine = false }
            return state
        }

        func enteringParent(_ name: String, at tag: Int) -> State {
            var state = self
            state.section = (name, "<", tag)
            state.newLine = true
            state.inParent = true
            state.atParentTop = true
            return state
        }
    }

    /// The nodes up to the end of the text or of the section `state` is in, and the blocks
    /// defined directly inside a `{{<parent}}`.
    private struct Body {
        var nodes: [TemplateNode] = []
        var definitions: [String: [TemplateNode]] = [:]
        /// The first tag that is not a block definition, which `{{<parent}}` does not allow.
        var firstTag: Int?

        mutating func append(text: [Character]) {
            nodes.append(.text(Array(String(text).utf8)))
        }

        mutating func append(_ node: TemplateNode, at tag: Int) {
            if firstTag == nil { firstTag = tag }
            nodes.append(node)
        }
    }

    private mutating func parseBody(_ start: State) throws(TemplateError) -> Body {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maximumDepth, let section = start.section {
            throw error("sections are nested more than \(Self.maximumDepth) deep", at: section.at)
        }
        var body = Body()
        var state = start
        var whiteSpaceBefore: [Character] = []
        while position < characters.count {
            if state.newLine {
                let whiteSpace = read { $0 == " " || $0 == "\t" }
                if state.inParent && !state.atParentTop {
                    if let indent = state.definitionIndent {
                        whiteSpaceBefore = Array(whiteSpace.dropFirst(indent))
                    } else {
                        state.definitionIndent = whiteSpace.count
                    }
                } else {
                    whiteSpaceBefore = whiteSpace
                }
            }
            let text = readText(state)
            if let newline = current, newline.isNewline {
                body.append(text: whiteSpaceBefore + text + [newline])
                state.newLine = true
                position += 1
                continue
            }
            if !text.isEmpty {
                body.append(text: whiteSpaceBefore + text)
                whiteSpaceBefore = []
                state.newLine = false
            }
            guard let sigil = current else { break }
            let tag = position - state.open.count
            var standalone = false
            switch sigil {
            case "#", "^":
                position += 1
                let name = try readName(state, tag: tag)
                if isStandalone(state) {
                    standalone = true
                } else if !whiteSpaceBefore.isEmpty {
                    body.append(text: whiteSpaceBefore)
                    whiteSpaceBefore = []
                }
                let inner = try parseBody(state.entering(name, sigil, at: tag, standalone: standalone))
                body.append(.section(TemplateName(name), inner.nodes, inverted: sigil == "^"), at: tag)

            case "/":
                position += 1
                let name = try readName(state, tag: tag)
                guard let section = state.section, section.name == name else {
                    throw mismatchedClose(name, in: state, at: tag)
                }
                if !isStandalone(state) && !whiteSpaceBefore.isEmpty {
                    body.append(text: whiteSpaceBefore)
                }
                return body

            case "!":
                position += 1
                try skipComment(state, tag: tag)
                standalone = isStandalone(state)

            case "{", "&":
                if !whiteSpaceBefore.isEmpty {
                    body.append(text: whiteSpaceBefore)
                    whiteSpaceBefore = []
                }
                position += 1
                let name = try readName(state, tag: tag)
                if sigil == "{" {
                    guard current == "}" else { throw unclosedTag(state, at: tag) }
                    position += 1
                }
                body.append(.variable(TemplateName(name), escaped: false), at: tag)

            case ">":
                position += 1
                let name = try readPartialName(state, tag: tag)
                if !whiteSpaceBefore.isEmpty { body.append(text: whiteSpaceBefore) }
                standalone = isStandalone(state)
                body.append(partial(name, indentation: standalone ? whiteSpaceBefore : [], overrides: [:], at: tag), at: tag)
                whiteSpaceBefore = []

            case "<":
                position += 1
                let name = try readPartialName(state, tag: tag)
                if !whiteSpaceBefore.isEmpty { body.append(text: whiteSpaceBefore) }
                standalone = isStandalone(state)
                let inner = try parseBody(state.enteringParent(name.name, at: tag))
                if let illegal = inner.firstTag {
                    throw error("only {{$block}}…{{/block}} may stand directly inside {{<\(name.dynamic ? "*" : "")\(name.name)}}", at: illegal)
                }
                body.append(partial(name, indentation: whiteSpaceBefore, overrides: inner.definitions, at: tag), at: tag)
                whiteSpaceBefore = []

            case "$":
                position += 1
                let name = try readName(state, tag: tag)
                if state.atParentTop {
                    standalone = isStandalone(state)
                    body.definitions[name] = try parseBody(state.entering(name, "$", at: tag, standalone: standalone)).nodes
                } else {
                    standalone = isStandalone(state)
                    if !standalone && !whiteSpaceBefore.isEmpty { body.append(text: whiteSpaceBefore) }
                    let inner = try parseBody(state.entering(name, "$", at: tag, standalone: standalone))
                    var indentation = Array(String(whiteSpaceBefore).utf8)
                    // The spec's "intrinsic indentation": a standalone block is indented as its
                    // default content is, so that an override lands where the default stood.
                    if standalone, case .text(let first)? = inner.nodes.first {
                        indentation = Array(first.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
                    }
                    body.append(.block(name: name, default: inner.nodes, indentation: indentation, standalone: standalone), at: tag)
                    whiteSpaceBefore = []
                }

            case "=":
                position += 1
                state = try setDelimiters(state, tag: tag)
                standalone = isStandalone(state)

            case "%":
                throw error("pragmas ({{%…}}) are not supported", at: tag)

            default:
                if !whiteSpaceBefore.isEmpty {
                    body.append(text: whiteSpaceBefore)
                    whiteSpaceBefore = []
                }
                let name = try readName(state, tag: tag)
                body.append(.variable(TemplateName(name), escaped: true), at: tag)
            }
            state.newLine = standalone
        }
        if let section = state.section {
            throw error("{{\(section.sigil)\(section.name)}} is never closed", at: section.at,
                        hint: "close it with {{/\(section.name)}}")
        }
        return body
    }

    // MARK: Reading

    private var current: Character? { position < characters.count ? characters[position] : nil }

    @discardableResult
    private mutating func read(while test: (Character) -> Bool) -> [Character] {
        let start = position
        while position < characters.count && test(characters[position]) { position += 1 }
        return Array(characters[start..<position])
    }

    private mutating func skip(while test: (Character) -> Bool) {
        while position < characters.count && test(characters[position]) { position += 1 }
    }

    private func matches(_ delimiter: [Character], at index: Int) -> Bool {
        index + delimiter.count <= characters.count && characters[index..<index + delimiter.count].elementsEqual(delimiter)
    }

    /// Text up to a line end (left unread) or the opening delimiter (read).
    private mutating func readText(_ state: State) -> [Character] {
        var text: [Character] = []
        while position < characters.count {
            let character = characters[position]
            if character == "\n" || character == "\r\n" { break }
            if character == state.open[0] && matches(state.open, at: position) {
                position += state.open.count
                break
            }
            text.append(character)
            position += 1
        }
        return text
    }

    /// A tag alone on its line (apart from spaces and tabs) leaves no trace: its line end goes too.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if position == characters.count { return true }
        var end = position
        while end < characters.count && (characters[end] == " " || characters[end] == "\t") { end += 1 }
        guard end < characters.count && characters[end].isNewline else { return false }
        position = end + 1
        return true
    }

    /// A name is any run of characters up to whitespace or the closing delimiter, as the spec has
    /// it, so that a Norwegian theme may write `{{navn_på}}`; `}` ends it too, for `{{{name}}}`.
    /// What a name may be is then the view model's business: an unknown name renders as nothing.
    private mutating func readName(_ state: State, tag: Int) throws(TemplateError) -> String {
        skip(while: \.isWhitespace)
        let start = position
        while let character = current, !character.isWhitespace, character != "}", !matches(state.close, at: position) {
            position += 1
        }
        let name = String(characters[start..<position])
        skip(while: \.isWhitespace)
        guard matches(state.close, at: position) else { throw unclosedTag(state, at: tag) }
        position += state.close.count
        return name
    }

    /// The name after `{{>` or `{{<`, and whether it is dynamic (`{{>*name}}`): then the name is
    /// looked up in the data when the tag renders, and its value names the template.
    private mutating func readPartialName(_ state: State, tag: Int) throws(TemplateError) -> (name: String, dynamic: Bool) {
        skip(while: \.isWhitespace)
        guard current == "*" else { return (try readName(state, tag: tag), false) }
        position += 1
        return (try readName(state, tag: tag), true)
    }

    private mutating func skipComment(_ state: State, tag: Int) throws(TemplateError) {
        var end = position
        while end < characters.count && !matches(state.close, at: end) { end += 1 }
        guard end < characters.count else {
            throw error("the comment is never closed with \(String(state.close))", at: tag)
        }
        position = end + state.close.count
    }

    /// `{{=<% %>=}}`: two delimiters without spaces or `=` in them.
    private mutating func setDelimiters(_ state: State, tag: Int) throws(TemplateError) -> State {
        let wrong = error("a delimiter change is written {{=<% %>=}}: two delimiters, a space between them, = at both ends", at: tag)
        skip(while: \.isWhitespace)
        let open = read { !$0.isWhitespace }
        guard current != nil else { throw wrong }
        skip(while: \.isWhitespace)
        let close = read { $0 != "=" && !$0.isWhitespace }
        guard current != nil else { throw wrong }
        skip(while: \.isWhitespace)
        guard current == "=" else { throw wrong }
        position += 1
        guard matches(state.close, at: position), !open.isEmpty, !close.isEmpty else { throw wrong }
        position += state.close.count
        var changed = state
        changed.open = open
        changed.close = close
        changed.atParentTop = false
        return changed
    }

    private func partial(_ name: (name: String, dynamic: Bool), indentation: [Character], overrides: [String: [TemplateNode]], at tag: Int) -> TemplateNode {
        let (line, column) = location(tag)
        return .partial(TemplatePartial(name: name.name, dynamic: name.dynamic ? TemplateName(name.name) : nil, index: -1,
                                        indentation: Array(String(indentation).utf8), overrides: overrides, line: line, column: column))
    }

    // MARK: Errors

    private func location(_ index: Int) -> (line: Int, column: Int) {
        let line = lineAt[min(index, lineAt.count - 1)]
        return (line, index - lineStart[line - 1] + 1)
    }

    private func error(_ message: String, at index: Int, hint: String? = nil) -> TemplateError {
        let (line, column) = location(index)
        return TemplateError(message: message, line: line, column: column, hint: hint)
    }

    private func unclosedTag(_ state: State, at tag: Int) -> TemplateError {
        error("the tag is not closed with \(String(state.close)), or its name has a character other than a letter, a digit, . - _ or ?", at: tag)
    }

    private func mismatchedClose(_ name: String, in state: State, at tag: Int) -> TemplateError {
        guard let section = state.section else {
            return error("{{/\(name)}} closes a section that was never opened", at: tag)
        }
        let opened = location(section.at).line
        return error("{{/\(name)}} does not close {{\(section.sigil)\(section.name)}} (line \(opened))", at: tag,
                     hint: "close {{\(section.sigil)\(section.name)}} with {{/\(section.name)}} first")
    }
}
