/// A content file split into its YAML front matter and its Markdown body.
struct FrontMatterSplit: Sendable, Equatable {
    /// The YAML between the `---` lines.
    var yaml: String
    /// The file line on which the YAML starts (the line after the opening `---`).
    var yamlLine: Int
    var body: String
    var bodyLine: Int

    enum Failure: Error, Equatable {
        case missingOpening
        case neverClosed(openedAt: Int)
    }

    /// Splits `text` (already `\n`-only, without BOM). The front matter opens with `---` on the
    /// first line and closes with the next line that is `---` or `...`. Works on the bytes, since
    /// it runs for every file.
    static func split(_ text: String) -> Result<FrontMatterSplit, Failure> {
        let utf8 = text.utf8
        let newline = UInt8(ascii: "\n")
        /// The line starting at `start`: its end (before the newline) and whether it is `marker`
        /// with optional trailing spaces or tabs.
        func line(from start: String.Index, is markers: [String]) -> (end: String.Index, matches: Bool) {
            let end = utf8[start...].firstIndex(of: newline) ?? utf8.endIndex
            var last = end
            while last > start, let previous = utf8[..<last].last, previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\t") {
                last = utf8.index(before: last)
            }
            let content = utf8[start..<last]
            return (end, markers.contains { content.elementsEqual($0.utf8) })
        }
        let opening = line(from: utf8.startIndex, is: ["---"])
        guard opening.matches else { return .failure(.missingOpening) }
        guard opening.end < utf8.endIndex else { return .failure(.neverClosed(openedAt: 1)) }
        let yamlStart = utf8.index(after: opening.end)
        var lineStart = yamlStart
        var lineNumber = 2
        while true {
            let current = line(from: lineStart, is: ["---", "..."])
            if current.matches {
                let yamlEnd = lineStart == yamlStart ? yamlStart : utf8.index(before: lineStart)
                let bodyStart = current.end < utf8.endIndex ? utf8.index(after: current.end) : utf8.endIndex
                return .success(FrontMatterSplit(yaml: String(text[yamlStart..<yamlEnd]), yamlLine: 2,
                                                 body: String(text[bodyStart...]), bodyLine: lineNumber + 1))
            }
            guard current.end < utf8.endIndex else { return .failure(.neverClosed(openedAt: 1)) }
            lineStart = utf8.index(after: current.end)
            lineNumber += 1
        }
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var end = endIndex
        while end > startIndex, let previous = self[..<end].last, previous == " " || previous == "\t" {
            end = index(before: end)
        }
        return self[..<end]
    }
}
