import Basics
import FrontMatter

/// orden.yml's `edit:` — addresses on the forge (GitHub, GitLab, Gitea, Forgejo) where an editor
/// changes a record's file or adds a new one:
///
///     edit:
///       page: https://github.com/OWNER/REPO/edit/main/{path}
///       new: https://github.com/OWNER/REPO/new/main/{folder}?filename={file}
///
/// `{path}` is the file's path relative to the folder that holds orden.yml
/// (`content/municipalities/9901-storlia/systems/arkiv.md`), `{folder}` the folder it is in and
/// `{file}` its name. When orden.yml is not at the top of the repository, write the folder in
/// between into the template (`…/edit/main/nettsted/{path}`): the links stay the same whether
/// or not the build runs inside a git checkout.
package struct EditLinks: Sendable, Codable {
    /// "Rediger denne siden" on every record page. Must contain `{path}`.
    package var page: EditPageTemplate?
    /// "Foreslå et nytt system her" and the like on lists. Must contain `{folder}`.
    package var new: NewFileTemplate?

    /// Links to the preview's own form editor (`orden serve --edit`) at `base`, e.g.
    /// `http://127.0.0.1:1414/`: they replace orden.yml's forge links while the preview runs.
    package static func localEditor(base: String) -> EditLinks? {
        // Orden's own address, which may be an IP address (http://127.0.0.1:1414/): not checked
        // as a forge address from orden.yml is.
        guard base.hasPrefix("http://") || base.hasPrefix("https://"), base.hasSuffix("/") else { return nil }
        let page = URLTemplate(parts: [.text(base + "_orden/rediger/"), .placeholder("path")], description: base + "_orden/rediger/{path}")
        let new = URLTemplate(parts: [.text(base + "_orden/rediger/ny/"), .placeholder("folder"), .text("/"), .placeholder("file")],
                              description: base + "_orden/rediger/ny/{folder}/{file}")
        return EditLinks(page: EditPageTemplate(template: page), new: NewFileTemplate(template: new))
    }

    /// The forge's editor for a record's file.
    package func pageURL(path: String) -> String? {
        page?.template.expand(path: path)
    }

    /// The forge's form for a new file `file` in `folder`.
    package func newFileURL(folder: String, file: String) -> String? {
        new?.template.expand(path: folder + "/" + file)
    }
}

package struct EditPageTemplate: Sendable, Codable {
    package var template: URLTemplate
    init(template: URLTemplate) { self.template = template }
    package init(from decoder: any Decoder) throws { self = try Self(decoding: decoder) }
    init(scalar text: String, at location: SourceLocation?) throws { template = try URLTemplate(text, requiring: "path") }
    package func encode(to encoder: any Encoder) throws { try template.encode(to: encoder) }
}

package struct NewFileTemplate: Sendable, Codable {
    package var template: URLTemplate
    init(template: URLTemplate) { self.template = template }
    package init(from decoder: any Decoder) throws { self = try Self(decoding: decoder) }
    init(scalar text: String, at location: SourceLocation?) throws { template = try URLTemplate(text, requiring: "folder") }
    package func encode(to encoder: any Encoder) throws { try template.encode(to: encoder) }
}

/// A web address with placeholders for a file: `{path}`, `{folder}` and `{file}`. Each value is
/// percent-encoded segment by segment, so a file name can never change the address's host,
/// query or scheme.
package struct URLTemplate: Sendable, Hashable, Encodable, CustomStringConvertible {
    package static let placeholders = ["path", "folder", "file"]

    enum Part: Sendable, Hashable {
        case text(String)
        case placeholder(String)
    }

    let parts: [Part]
    package let description: String

    init(parts: [Part], description: String) {
        self.parts = parts
        self.description = description
    }

    /// Checks the template: an http(s) address, placeholders only from the known ones and none
    /// in the host, and `required` among them.
    init(_ text: String, requiring required: String) throws(ValueError) {
        var parts: [Part] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(where: { $0 == "{" || $0 == "}" }) {
            guard rest[open] == "{" else {
                throw ValueError("the address has a \"}\" without a \"{\" before it", hint: "placeholders are written {path}, {folder} or {file}")
            }
            if open > rest.startIndex { parts.append(.text(String(rest[..<open]))) }
            guard let close = rest[open...].firstIndex(of: "}") else {
                throw ValueError("the address has a \"{\" that is never closed", hint: "placeholders are written {path}, {folder} or {file}")
            }
            let name = String(rest[rest.index(after: open)..<close])
            guard Self.placeholders.contains(name) else {
                throw ValueError("unknown placeholder {\(name)} in the address", hint: "the placeholders are {path}, {folder} and {file}")
            }
            parts.append(.placeholder(name))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(.text(String(rest))) }
        guard parts.contains(.placeholder(required)) else {
            throw ValueError("the address has no {\(required)}", hint: "write where the file goes, e.g. " + (required == "path" ? "https://github.com/OWNER/REPO/edit/main/{path}" : "https://github.com/OWNER/REPO/new/main/{folder}?filename={file}"))
        }
        // Stand-in values show whether the filled-in address is a safe web address.
        let sample = parts.map { if case .text(let text) = $0 { text } else { "x" } }.joined()
        guard WebLink.isSafe(sample) else {
            throw ValueError("\"\(text.prefix(80))\" is not a web address", hint: "write a full address starting with https:// (or http://)")
        }
        let afterScheme = text.drop { $0 != ":" }.dropFirst(3)
        guard !afterScheme.prefix(while: { $0 != "/" && $0 != "?" && $0 != "#" }).contains("{") else {
            throw ValueError("a placeholder in the host name of \"\(text.prefix(80))\"", hint: "put {path}, {folder} and {file} after the host, in the path or the query")
        }
        self.parts = parts
        self.description = text
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// The address for the file at `path` (relative, `/`-separated).
    package func expand(path: String) -> String {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let values: [String: String] = [
            "path": segments.map(Self.encode).joined(separator: "/"),
            "folder": segments.dropLast().map(Self.encode).joined(separator: "/"),
            "file": segments.last.map(Self.encode) ?? "",
        ]
        return parts.map { part in
            switch part {
            case .text(let text): text
            case .placeholder(let name): values[name] ?? ""
            }
        }.joined()
    }

    /// Percent-encodes everything but the unreserved characters of RFC 3986.
    package static func encode(_ segment: String) -> String {
        var result = ""
        for byte in segment.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
