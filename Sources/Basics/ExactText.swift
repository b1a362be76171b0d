import Foundation

package extension String {
    /// The text of UTF-8 bytes exactly as they are, a byte order mark included, or nil when they
    /// are not UTF-8. Foundation's `String(data:encoding:)` drops a leading BOM, so a file
    /// rewritten from it would lose one; an editor that keeps files byte for byte reads with this.
    init?(exactUTF8 data: Data) {
        self.init(validating: data, as: UTF8.self)
    }
}
