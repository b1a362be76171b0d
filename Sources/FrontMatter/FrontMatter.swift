/// A content file split into its YAML front matter and its Markdown body.
package struct FrontMatterSplit: Sendable, Equatable {
    /// The YAML between the `---` lines, each line with its line end: a literal or folded block
    /// that is the last field keeps its final line break (and `|+` its trailing empty lines).
    package var yaml: String
    /// The file line on which the YAML starts (the line after the opening `---`).
    package var yamlLine: Int
    package var body: String
    package var bodyLine: Int

    package enum Failure: Error, Equatable {
        case missingOpening
        case neverClosed(openedAt: Int)
    }

    /// Splits `text` (already `\n`-only, without BOM). The front matter opens with `---` on the
    /// first line and closes with the next line that is `---` or `...`. Works on the bytes, since
    /// it runs for every file.
    package static func split(_ text: String) -> Result<FrontMatterSplit, Failure> {
        var copy = text
        let found: Result<(yamlStart: Int, yamlEnd: Int, bodyStart: Int, bodyLine: Int), Failure> = copy.withUTF8 { bytes in
            let count = bytes.count
            /// The end of the line starting at `start` (before its newline), and whether it is one
            /// of the markers with optional trailing spaces or tabs.
            func line(from start: Int, closing: Bool) -> (end: Int, matches: Bool) {
                var end = start
                while end < count && bytes[end] != 0x0A { end += 1 }
                var last = end
                while last > start && (bytes[last - 1] == 0x20 || bytes[last - 1] == 0x09) { last -= 1 }
                guard last - start == 3 else { return (end, false) }
                let (a, b, c) = (bytes[start], bytes[start + 1], bytes[start + 2])
                let dashes = a == 0x2D && b == 0x2D && c == 0x2D
                let dots = a == 0x2E && b == 0x2E && c == 0x2E
                return (end, dashes || (closing && dots))
            }
            let opening = line(from: 0, closing: false)
            guard opening.matches else { return .failure(.missingOpening) }
            guard opening.end < count else { return .failure(.neverClosed(openedAt: 1)) }
            let yamlStart = opening.end + 1
            var lineStart = yamlStart
            var lineNumber = 2
            while true {
                let current = line(from: lineStart, closing: true)
                if current.matches {
                    return .success((yamlStart, lineStart, min(current.end + 1, count), lineNumber + 1))
                }
                guard current.end < count else { return .failure(.neverClosed(openedAt: 1)) }
                lineStart = current.end + 1
                lineNumber += 1
            }
        }
        switch found {
        case .failure(let failure):
            return .failure(failure)
        case .success(let offsets):
            let utf8 = text.utf8
            let yamlStart = utf8.index(utf8.startIndex, offsetBy: offsets.yamlStart)
            let yamlEnd = utf8.index(utf8.startIndex, offsetBy: offsets.yamlEnd)
            let bodyStart = utf8.index(utf8.startIndex, offsetBy: offsets.bodyStart)
            return .success(FrontMatterSplit(yaml: String(text[yamlStart..<yamlEnd]), yamlLine: 2,
                                             body: String(text[bodyStart...]), bodyLine: offsets.bodyLine))
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
