import Foundation
import Basics
import FrontMatter

/// One more content repository whose content/ folder joins this site, from orden.yml's
/// `sources`: typically the shared catalogue's repository and one repository per municipality,
/// checked out side by side.
package struct ContentSource: Sendable, Codable {
    package var path: SourcePath
    /// The forge links of that repository; its records get no edit links without it.
    package var edit: EditLinks?
}

/// A folder as orden.yml writes it (relative to orden.yml's folder, or absolute), with where it was written.
package struct SourcePath: Sendable, Hashable, Codable, CustomStringConvertible {
    package var text: String
    package var location: SourceLocation?

    package init(_ text: String, at location: SourceLocation? = nil) {
        self.text = text
        self.location = location
    }

    package init(from decoder: any Decoder) throws { self = try Self(decoding: decoder) }

    init(scalar text: String, at location: SourceLocation?) throws {
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValueError("the source has no path", hint: "write the folder of the other content repository, e.g. ../orden-katalog")
        }
        self.init(text, at: location)
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }

    package var description: String { text }

    package static func == (a: SourcePath, b: SourcePath) -> Bool { a.text == b.text }
    package func hash(into hasher: inout Hasher) { hasher.combine(text) }
}
