/// "Did you mean …?" for misspelt keys and values.
package enum Suggestion {
    /// The candidate closest to `word` by edit distance, if it is close enough to be a likely typo.
    package static func closest(to word: String, in candidates: [String]) -> String? {
        let lowered = Array(word.lowercased())
        var best: (String, Int)? = nil
        for candidate in candidates {
            let distance = editDistance(lowered, Array(candidate.lowercased()), atMost: maximumAllowed)
            if distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best else { return nil }
        let allowed = max(1, min(maximumAllowed, candidate.count / 3))
        return distance <= allowed ? candidate : nil
    }

    /// No suggestion is further away than this.
    private static let maximumAllowed = 3

    /// Levenshtein distance, with an adjacent transposition counted as one edit.
    package static func editDistance(_ a: String, _ b: String) -> Int {
        editDistance(Array(a), Array(b), atMost: Int.max - 1)
    }

    /// The distance, or `limit + 1` as soon as it is known to be larger than `limit`: a key of
    /// 200,000 characters is then compared with each field name in a step, not 200,000 × its length.
    static func editDistance(_ a: [Character], _ b: [Character], atMost limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
                rowMinimum = min(rowMinimum, current[j])
            }
            // Every later cell is at least the smaller of this row's and the previous row's minimum.
            if rowMinimum > limit, i > 1, previous.min()! > limit { return limit + 1 }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return min(previous[b.count], limit + 1)
    }
}
