import CYaml
import Basics

/// Composes front matter into `YAMLNode`s straight from libyaml's events. Yams' composer resolves
/// the tag of every scalar with regular expressions and hashes whole nodes to find duplicate
/// keys, which was most of the time spent reading a national corpus; Orden needs neither, since
/// each field's type decides how its text is read.
///
/// It is also where hostile YAML is stopped: `YAMLGuard` looks at the text first, libyaml parses
/// without recursion, and the composer keeps its own stack, refuses anchors and aliases (alias
/// bombs) and bounds size and depth, so any front matter ends in a node or a problem within
/// milliseconds.
package enum YAMLComposer {
    package static let maximumBytes = 256 * 1024
    static let maximumDepth = 48

    package struct Problem: Error, Equatable {
        /// 1-based line and column within the YAML text.
        package var line: Int
        package var column: Int
        package var message: String
        package var hint: String?
    }

    static let syntaxHint = "check the indentation (spaces, not tabs) and put quotes around values that contain \": \" or start with a special character"

    /// The document's root node; nil for an empty document. Plain front matter is read by
    /// `PlainYAML`, the rest by libyaml.
    package static func compose(_ yaml: String) -> Result<YAMLNode?, Problem> {
        let size = yaml.utf8.count
        if size > maximumBytes {
            return .failure(Problem(line: 1, column: 1, message: "the front matter is \(size / 1024) KiB; the limit is \(maximumBytes / 1024) KiB",
                                    hint: "keep long texts in the Markdown body below the closing ---"))
        }
        if case .node(let node) = PlainYAML.parse(yaml) { return .success(node) }
        return composeWithLibyaml(yaml)
    }

    /// The same through libyaml's events, for any YAML. The guard first looks for what libyaml
    /// would only see after scanning all of it (flow collections nested thousands deep).
    static func composeWithLibyaml(_ yaml: String) -> Result<YAMLNode?, Problem> {
        if let problem = YAMLGuard.check(yaml, firstLine: 1) {
            return .failure(Problem(line: problem.line, column: problem.column, message: problem.message, hint: problem.hint))
        }
        var text = yaml
        // libyaml drops a last line of spaces that has no line break from a block scalar
        // ("a: |+\n  x\n   " lost its " \n"); with the line break it reads it right. Front matter
        // always ends with one; a whole file (orden.yml) may not.
        if !text.isEmpty, !text.hasSuffix("\n") {
            let utf8 = text.utf8
            let lastLine = utf8.lastIndex(of: 0x0A).map { utf8[utf8.index(after: $0)...] } ?? utf8[...]
            if lastLine.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { text += "\n" }
        }
        return text.withUTF8 { bytes in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else {
                return .failure(Problem(line: 1, column: 1, message: "the front matter cannot be read: out of memory", hint: nil))
            }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var builder = Builder()
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return .failure(problem(from: parser)) }
                defer { yaml_event_delete(&event) }
                switch builder.take(&event) {
                case .more: continue
                case .done: return .success(builder.root)
                case .failed(let problem): return .failure(problem)
                }
            }
        }
    }

    /// libyaml's message for the error it stopped at, at libyaml's position of the problem.
    private static func problem(from parser: yaml_parser_t) -> Problem {
        let message = parser.problem.map { String(cString: $0) } ?? "unknown error"
        let mark = parser.problem_mark
        if parser.error == YAML_READER_ERROR {
            return Problem(line: 1, column: 1, message: "the front matter cannot be read: \(message)", hint: nil)
        }
        if message == "did not find expected <document start>" {
            // Text after the end of the first document: typically the first field indented more
            // than the next, which ends the document after the first field.
            return Problem(line: Int(mark.line) + 1, column: Int(mark.column) + 1,
                           message: "the front matter goes on after the end of its YAML document",
                           hint: "give every top-level field the same indentation (none): an indented first line makes the YAML end after it")
        }
        let context = parser.context.map { " (\(String(cString: $0)))" } ?? ""
        return Problem(line: Int(mark.line) + 1, column: Int(mark.column) + 1, message: "YAML syntax error: \(message)\(context)", hint: syntaxHint)
    }

    /// Builds nodes from events with an explicit stack of open collections.
    private struct Builder {
        enum Step { case more, done, failed(Problem) }

        /// An open collection, changed in place on the stack: taking it off the stack to append
        /// would copy its array each time, and a mapping of 20,000 keys took seconds.
        private struct Open {
            var isMapping: Bool
            var items: [YAMLNode] = []
            var pairs: [YAMLPair] = []
            var key: YAMLNode? = nil
            var line: Int
            var column: Int
        }

        private var stack: [Open] = []
        private(set) var root: YAMLNode?
        /// The first document is complete; the parser reads on so that anything after it is seen.
        private var documentEnded = false

        mutating func take(_ event: inout yaml_event_t) -> Step {
            let line = Int(event.start_mark.line) + 1, column = Int(event.start_mark.column) + 1
            switch event.type {
            case YAML_SCALAR_EVENT:
                if event.data.scalar.anchor != nil { return .failed(anchorProblem(line, column, "&")) }
                let scalar = event.data.scalar
                let text = scalar.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self) } ?? ""
                // A tagged scalar (`!!str`, `!`) is not resolved as plain text would be: `!!str` with
                // nothing after it is empty text, not a missing value.
                let plain = scalar.style == YAML_PLAIN_SCALAR_STYLE && scalar.tag == nil
                return add(YAMLNode(.scalar(text, plain: plain), line: line, column: column))
            case YAML_SEQUENCE_START_EVENT:
                if event.data.sequence_start.anchor != nil { return .failed(anchorProblem(line, column, "&")) }
                return open(Open(isMapping: false, line: line, column: column), line, column)
            case YAML_MAPPING_START_EVENT:
                if event.data.mapping_start.anchor != nil { return .failed(anchorProblem(line, column, "&")) }
                return open(Open(isMapping: true, line: line, column: column), line, column)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let top = stack.popLast() else { return .more }
                if top.isMapping {
                    if let problem = duplicateProblem(top.pairs) { return .failed(problem) }
                    return add(YAMLNode(.mapping(top.pairs), line: top.line, column: top.column))
                }
                return add(YAMLNode(.sequence(top.items), line: top.line, column: top.column))
            case YAML_ALIAS_EVENT:
                return .failed(anchorProblem(line, column, "*"))
            case YAML_DOCUMENT_END_EVENT:
                documentEnded = true
                return .more
            case YAML_DOCUMENT_START_EVENT where documentEnded:
                // libyaml reads a `---` line (`--- # note`, or a document after `...`) or a first line
                // indented more than the rest as the start of another document; front matter is one
                // document, and reading only the first would drop every field after it without a word.
                return .failed(Problem(line: line, column: column,
                                       message: "the front matter goes on after the end of its YAML document (a second document starts here)",
                                       hint: "front matter is one block of fields: remove a line starting with --- or ... inside it, and check that the first field is not indented"))
            case YAML_STREAM_END_EVENT:
                return .done
            default:
                return .more
            }
        }

        private mutating func open(_ collection: Open, _ line: Int, _ column: Int) -> Step {
            if stack.count >= YAMLComposer.maximumDepth {
                return .failed(Problem(line: line, column: column, message: "the front matter is nested too deeply",
                                       hint: "Orden's fields are at most a few levels deep; check the indentation"))
            }
            stack.append(collection)
            return .more
        }

        private mutating func add(_ node: YAMLNode) -> Step {
            guard !stack.isEmpty else {
                root = node
                return .more
            }
            let top = stack.count - 1
            if !stack[top].isMapping {
                stack[top].items.append(node)
            } else if let key = stack[top].key {
                stack[top].pairs.append(YAMLPair(key: key, value: node))
                stack[top].key = nil
            } else {
                stack[top].key = node
            }
            return .more
        }

        private func anchorProblem(_ line: Int, _ column: Int, _ character: String) -> Problem {
            Problem(line: line, column: column, message: "YAML anchors and aliases (&name, *name) are not supported in front matter",
                    hint: "write the value out in full; if the text starts with \(character), put it in quotes")
        }

        /// Every key written twice in one mapping, reported at the first repetition.
        private func duplicateProblem(_ pairs: [YAMLPair]) -> Problem? {
            guard pairs.count > 1 else { return nil }
            var seen = Set<String>()
            var repeated: [YAMLNode] = []
            for pair in pairs {
                guard let key = pair.key.text else { continue }
                if !seen.insert(key).inserted { repeated.append(pair.key) }
            }
            guard let first = repeated.first else { return nil }
            var names: [String] = []
            for key in repeated.compactMap(\.text) where !names.contains(key) { names.append(key) }
            return Problem(line: first.line, column: first.column,
                           message: "the field \(names.map { "\"\($0)\"" }.joined(separator: ", ")) is written twice", hint: "keep one of them")
        }
    }
}
