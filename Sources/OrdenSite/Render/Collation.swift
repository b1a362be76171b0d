import Basics
import OrdenCatalogue
import OrdenModel
import RDF

/// Alphabetical order as Norwegian readers expect it: a–z, then æ, ø, å, ignoring case. Unicode
/// order would put å before æ and ø. Independent of the machine's locale, so output stays the same
/// everywhere.
package enum Collation {
    package static func key(_ text: String) -> String {
        var key = ""
        key.reserveCapacity(text.utf8.count)
        for character in text.lowercased() {
            switch character {
            case "æ", "ä": key.append("{")
            case "ø", "ö": key.append("|")
            case "å": key.append("}")
            default: key.append(character)
            }
        }
        return key
    }

    /// `items` by the name each is shown with, ties broken by the items' own order.
    package static func sorted<T: Comparable>(_ items: [T], by name: (T) -> String) -> [T] {
        items.map { (key(name($0)), $0) }.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }.map(\.1)
    }
}
