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
    /// first line and closes with the next line that is `---` or `...`.
    static func split(_ text: String) -> Result<FrontMatterSplit, Failure> {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingSpaces == "---" else {
            return .failure(.missingOpening)
        }
        lines.removeFirst()
        guard let closing = lines.firstIndex(where: { $0.trimmingTrailingSpaces == "---" || $0.trimmingTrailingSpaces == "..." }) else {
            return .failure(.neverClosed(openedAt: 1))
        }
        let yaml = lines[..<closing].joined(separator: "\n")
        let body = lines[(closing + 1)...].joined(separator: "\n")
        return .success(FrontMatterSplit(yaml: yaml, yamlLine: 2, body: body, bodyLine: closing + 3))
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
