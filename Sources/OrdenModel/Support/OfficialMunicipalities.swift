import FrontMatter
import OrdenResources

/// The official list of Norwegian municipalities (Statistics Norway, structure from 2024),
/// carried in the binary from data/kommuner.csv.
package enum OfficialMunicipalities {
    package struct Entry: Sendable {
        package var number: String
        package var name: String
        package var county: String
    }

    package static let byNumber: [String: Entry] = {
        var entries: [String: Entry] = [:]
        let text = EmbeddedResources.files["data/kommuner.csv"] ?? ""
        for line in text.split(separator: "\n").dropFirst() {
            let columns = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 4 else { continue }
            entries[columns[0]] = Entry(number: columns[0], name: columns[1], county: columns[3])
        }
        return entries
    }()

    /// Fictional municipalities (demo and test content) use county number 99, which does not exist.
    package static let fictionalCountyPrefix = "99"
}
