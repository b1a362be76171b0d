/// Cheap checks on front matter before it reaches libyaml, so that hostile input
/// (huge blocks, nesting deep enough to exhaust the stack, alias bombs) ends in a clear error
/// within milliseconds instead of a crash or a hang.
enum YAMLGuard {
    static let maximumBytes = 256 * 1024
    static let maximumFlowDepth = 48
    static let maximumIndentation = 160

    struct Problem: Equatable {
        var line: Int
        var column: Int
        var message: String
        var hint: String
    }

    /// Returns the first problem found, or nil if the YAML may be composed safely.
    /// `firstLine` is the file line of the first YAML line, used in the returned position.
    static func check(_ yaml: String, firstLine: Int) -> Problem? {
        if yaml.utf8.count > maximumBytes {
            return Problem(
                line: firstLine, column: 1,
                message: "the front matter is \(yaml.utf8.count / 1024) KiB; the limit is \(maximumBytes / 1024) KiB",
                hint: "keep long texts in the Markdown body below the closing ---")
        }
        var flowDepth = 0
        var blockScalarParentIndent: Int? = nil
        var lineNumber = firstLine - 1
        for rawLine in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = Array(rawLine.unicodeScalars)
            let indent = line.prefix { $0 == " " }.count
            let isBlank = line.allSatisfy { $0 == " " || $0 == "\t" }
            if let parent = blockScalarParentIndent {
                if isBlank || indent > parent { continue }
                blockScalarParentIndent = nil
            }
            if isBlank { continue }

            // Indentation plus compact "- " / "? " markers bound how deep block nesting can go on this line.
            var column = indent
            while column + 1 < line.count, line[column] == "-" || line[column] == "?", line[column + 1] == " " {
                column += 2
                while column < line.count, line[column] == " " { column += 1 }
            }
            if column > maximumIndentation {
                return Problem(
                    line: lineNumber, column: 1,
                    message: "the front matter is nested too deeply",
                    hint: "Orden's fields are at most a few levels deep; check the indentation")
            }

            var quote: Unicode.Scalar? = nil
            var nodeStart = true  // a node may start here: after indentation, "- ", ": ", "[", "{" or ","
            var index = indent
            var lastValueStart = indent
            while index < line.count {
                let c = line[index]
                if let open = quote {
                    if c == open {
                        if open == "'" && index + 1 < line.count && line[index + 1] == "'" { index += 2; continue }
                        quote = nil
                    } else if c == "\\" && open == "\"" {
                        index += 1
                    }
                    index += 1
                    continue
                }
                switch c {
                case "#" where index == 0 || line[index - 1] == " " || line[index - 1] == "\t":
                    index = line.count
                    continue
                case "\"", "'":
                    if nodeStart { quote = c }
                    nodeStart = false
                case "[", "{":
                    if nodeStart || flowDepth > 0 {
                        flowDepth += 1
                        if flowDepth > maximumFlowDepth {
                            return Problem(
                                line: lineNumber, column: index + 1,
                                message: "the front matter is nested too deeply ([ and { more than \(maximumFlowDepth) levels)",
                                hint: "Orden's fields are at most a few levels deep")
                        }
                        nodeStart = true
                    }
                case "]", "}":
                    if flowDepth > 0 { flowDepth -= 1 }
                    nodeStart = false
                case ",":
                    nodeStart = flowDepth > 0
                case "&", "*":
                    if nodeStart, index + 1 < line.count, line[index + 1] != " " {
                        return Problem(
                            line: lineNumber, column: index + 1,
                            message: "YAML anchors and aliases (&name, *name) are not supported in front matter",
                            hint: "write the value out in full; if the text starts with \(c), put it in quotes")
                    }
                    nodeStart = false
                case "?" where nodeStart && flowDepth > 0 && index + 1 < line.count && !" \t,[]{}".unicodeScalars.contains(line[index + 1]):
                    // YAML 1.2 reads `[?x]` as the text "?x"; libyaml takes the ? as a key
                    // indicator and gives {x: null}. Refused rather than read differently.
                    return Problem(
                        line: lineNumber, column: index + 1,
                        message: "?\(String(String.UnicodeScalarView(line[(index + 1)...].prefix { $0 != "," && $0 != "]" && $0 != "}" && $0 != ":" })))"
                            + " inside [ ] or { } is read as a key by the YAML reader, not as text",
                        hint: "put the text in quotes: \"?…\"")
                case "-", "?":
                    nodeStart = nodeStart && (index + 1 == line.count || line[index + 1] == " ")
                case ":" where index + 1 == line.count || line[index + 1] == " ":
                    nodeStart = true
                    lastValueStart = index + 1
                case " ", "\t":
                    break
                default:
                    nodeStart = false
                }
                index += 1
            }
            // A value of `|` or `>` (with optional indicators) starts a block scalar: its lines are text.
            let tail = String(String.UnicodeScalarView(line[min(lastValueStart, line.count)...]))
                .split(separator: "#", maxSplits: 1).first.map(String.init) ?? ""
            let trimmed = tail.trimmingCharacters(in: " \t-")
            if let first = trimmed.first, first == "|" || first == ">",
               trimmed.dropFirst().allSatisfy({ "+-0123456789".contains($0) }) {
                blockScalarParentIndent = indent
            }
        }
        return nil
    }
}

private extension String {
    func trimmingCharacters(in set: String) -> String {
        var scalars = Substring(self)
        while let first = scalars.first, set.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, set.contains(last) { scalars.removeLast() }
        return String(scalars)
    }
}
