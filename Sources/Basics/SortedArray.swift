/// A sorted array without repeats kept so by binary search: the catalogue's reverse indexes
/// when a patch changes one entry, and the preview's lists of what a page read.
extension Array where Element: Comparable {
    /// In a sorted array without repeats: where `value` is, or would go.
    package func sortedPosition(of value: Element) -> (index: Int, found: Bool) {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return (low, low < count && self[low] == value)
    }

    /// In a sorted array without repeats: `value` in its place, unless it is there already.
    package mutating func insertSorted(_ value: Element) {
        let position = sortedPosition(of: value)
        if !position.found { insert(value, at: position.index) }
    }

    /// In a sorted array without repeats: without `value`.
    package mutating func removeSorted(_ value: Element) {
        let position = sortedPosition(of: value)
        if position.found { remove(at: position.index) }
    }
}
