import Foundation
import Basics
import CommonMark
import FrontMatter
import Mustache
import OrdenBuild
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSite
import OrdenSource
import RDF
import Spreadsheet

/// Reads a publiccode.yml (the current version "0", and the older 0.2 to 0.7 as the standard's
/// reference parser does) and plans a catalogue product, and its vendor when the catalogue has none
/// by that name. The file is first checked against the standard (`PubliccodeStandard`): an invalid
/// file is refused with every reason, unless `lenient`.
///
/// What a product takes: the name, the vendor (the maintenance contractor, else the copyright
/// owner, else the repository owner or the 0.4 organisation), the first category Orden knows,
/// the licence, a website, the address of the publiccode.yml, a status and a description.
/// Everything else in the file is reported as a warning at its line, so an editor sees what was
/// left behind; a file that cannot be read as publiccode.yml is an error and nothing is planned.
package struct PubliccodeImporter {
    /// Description languages in order of preference; then any other, in the file's order.
    static let languages = ["nb", "no", "nn", "en"]

    /// The file's path as the user gave it, for diagnostics.
    package var file: String
    /// Vendors already in the catalogue: id → name.
    package var vendors: [String: String]
    /// The publiccode.yml's own address, when given (`--url`); otherwise made from `url`.
    package var publiccodeURL: String?

    /// The folder the file is in, where its relative logo and screenshot paths point; nil when
    /// the text did not come from a file on disk.
    package var folder: URL?
    /// Whether the standard's rules are warnings instead of errors (`--lenient`).
    package var lenient: Bool

    package init(file: String, vendors: [String: String], publiccodeURL: String? = nil, folder: URL? = nil, lenient: Bool = false) {
        self.file = file
        self.vendors = vendors
        self.publiccodeURL = publiccodeURL
        self.folder = folder
        self.lenient = lenient
    }

    /// Reads the vendors of the content repository at `source`, then plans the import of `text`.
    package static func plan(data: Data, file: String, source: URL, publiccodeURL: String? = nil,
                            folder: URL? = nil, lenient: Bool = false) -> ImportPlan {
        let parsed = ContentParser.parse(.directory(source))
        let vendors = Dictionary(parsed.vendors.map { ($0.id, $0.fields.name) }, uniquingKeysWith: { first, _ in first })
        return PubliccodeImporter(file: file, vendors: vendors, publiccodeURL: publiccodeURL, folder: folder, lenient: lenient).plan(data: data)
    }

    /// Plans the import of a file's bytes, which must be UTF-8 (YAML 1.2 §5.2; the standard's
    /// files are UTF-8).
    package func plan(data: Data) -> ImportPlan {
        guard let text = String(data: data, encoding: .utf8) else {
            return ImportPlan(diagnostics: [.error("\(file) is not UTF-8 text", at: SourceLocation(path: file),
                                                   hint: "a publiccode.yml is YAML in UTF-8; save it as UTF-8 in your editor")])
        }
        return plan(text)
    }

    package func plan(_ text: String) -> ImportPlan {
        var reader = PubliccodeReader(file: file, folder: folder, lenient: lenient)
        guard let document = reader.read(text) else { return ImportPlan(diagnostics: reader.diagnostics) }
        return map(document, reader: &reader)
    }

    // MARK: Mapping

    private func map(_ document: YAMLNode, reader: inout PubliccodeReader) -> ImportPlan {
        var product: [(String, YAMLValue?)] = []
        var files: [PlannedFile] = []
        // The name was checked by the reader.
        let name = reader.text(document, "name") ?? ""
        let productID = Identifier.suggestion(for: name)
        product.append(("name", .string(name)))

        if let vendor = vendor(of: document, reader: &reader) {
            product.append(("vendor", .string(vendor.id)))
            if let file = vendor.file { files.append(file) }
        } else {
            reader.warn("no maintenance contractor, copyright owner or repository owner names the vendor", at: document,
                        hint: "add vendor: <id> to the product, and a vendor file under content/catalogue/vendors/")
        }
        product.append(("category", category(of: document, reader: &reader).map(YAMLValue.string)))
        if let licence = reader.text(document, "legal", "license") {
            product.append(("licence", .string(licence)))
        }
        product.append(("website", website(of: document, reader: &reader).map(YAMLValue.string)))
        product.append(("publiccode_url", publiccodeAddress(of: document, reader: &reader).map(YAMLValue.string)))
        product.append(("status", .string(status(of: document, reader: &reader))))
        let body = description(of: document, reader: &reader)

        reader.take("publiccodeYmlVersion")
        reader.warnAboutTheRest(of: document)
        files.insert(PlannedFile(path: ImportTarget.cataloguePath(.product, id: productID),
                                 text: FrontMatterWriter.document(product, body: body)), at: 0)
        return ImportPlan(files: files, diagnostics: reader.diagnostics)
    }

    /// The vendor: an existing one with the same name, or a new vendor file.
    private func vendor(of document: YAMLNode, reader: inout PubliccodeReader) -> (id: String, file: PlannedFile?)? {
        var candidate: (name: String, website: String?)?
        if let contractors = reader.list(document, "maintenance", "contractors") {
            for (index, contractor) in contractors.enumerated() {
                guard let name = reader.text(contractor, "name", path: "maintenance.contractors[\(index)].name") else { continue }
                if candidate == nil {
                    let website = reader.text(contractor, "website", path: "maintenance.contractors[\(index)].website")
                    candidate = (name, website.flatMap { WebLink($0)?.url })
                    reader.take("maintenance.contractors[\(index)].until", "maintenance.contractors[\(index)].email")
                } else {
                    reader.warn("\(name) is not imported: a product has one vendor", at: contractor,
                                hint: "the first contractor, \(candidate?.name ?? ""), became the vendor")
                    reader.take("maintenance.contractors[\(index)]")
                }
            }
            reader.take("maintenance.type")
        }
        for path in [["legal", "mainCopyrightOwner"], ["legal", "repoOwner"], ["organisation", "name"]] {
            guard let name = reader.text(document, path) else { continue }
            if candidate == nil { candidate = (name, nil) } else { reader.take(path.joined(separator: ".")) }
        }
        guard let candidate else { return nil }
        if let existing = vendors.filter({ Self.sameName($0.value, candidate.name) }).keys.sorted().first {
            return (existing, nil)
        }
        var taken = TakenIDs(Set(vendors.keys))
        let id = ImportTarget.uniqueID(for: candidate.name, taken: &taken, fallback: "leverandor")
        let text = FrontMatterWriter.document([("name", .string(candidate.name)), ("website", candidate.website.map(YAMLValue.string))])
        return (id, PlannedFile(path: ImportTarget.cataloguePath(.vendor, id: id), text: text))
    }

    static func sameName(_ a: String, _ b: String) -> Bool {
        func normal(_ text: String) -> String {
            text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        return normal(a) == normal(b)
    }

    /// The first publiccode category Orden knows; the others are warnings.
    private func category(of document: YAMLNode, reader: inout PubliccodeReader) -> String? {
        guard let items = reader.list(document, "categories") else { return nil }
        var chosen: String?
        for (index, item) in items.enumerated() {
            let path = "categories[\(index)]"
            guard let category = reader.text(item, path: path) else { continue }
            if chosen == nil, PubliccodeCategories.all.contains(category) {
                chosen = category
                reader.take(path)
            } else if PubliccodeCategories.all.contains(category) {
                reader.warn("the category \(category) is not imported: a product has one category", at: item,
                            hint: "the first category Orden knows, \(chosen ?? ""), was taken")
                reader.take(path)
            } else {
                reader.warn("the category \(category) is not one Orden knows", at: item,
                            hint: "Orden knows the categories of the publiccode.yml standard, such as document-management")
                reader.take(path)
            }
        }
        return chosen
    }

    private func website(of document: YAMLNode, reader: inout PubliccodeReader) -> String? {
        for key in ["landingURL", "url"] {
            guard let text = reader.text(document, key) else { continue }
            if let link = WebLink(text) { return link.url }
            reader.warn("\(key) \"\(text.prefix(80))\" is not a web address Orden can link to", at: reader.node(document, key) ?? document,
                        hint: "Orden links only to http:// and https:// addresses; add website: by hand")
        }
        return nil
    }

    /// `--url`, or the file's place in its repository: GitHub and GitLab show it under blob/HEAD.
    private func publiccodeAddress(of document: YAMLNode, reader: inout PubliccodeReader) -> String? {
        if let publiccodeURL { return WebLink(publiccodeURL)?.url }
        guard var repository = reader.text(document, "url"), WebLink(repository) != nil else { return nil }
        while repository.hasSuffix("/") { repository.removeLast() }
        if repository.hasSuffix(".git") { repository.removeLast(4) }
        let fileName = URL(fileURLWithPath: file).lastPathComponent
        let name = fileName.isEmpty || !fileName.hasPrefix("publiccode.y") ? "publiccode.yml" : fileName
        let host = URL(string: repository)?.host?.lowercased() ?? ""
        let address = switch host {
        case "github.com": "\(repository)/blob/HEAD/\(name)"
        case "gitlab.com": "\(repository)/-/blob/HEAD/\(name)"
        default: "\(repository)/\(name)"
        }
        return WebLink(address)?.url
    }

    private func status(of document: YAMLNode, reader: inout PubliccodeReader) -> String {
        guard let status = reader.text(document, "developmentStatus") else { return ProductStatus.active.rawValue }
        return status == "obsolete" ? ProductStatus.discontinued.rawValue : ProductStatus.active.rawValue
    }

    /// The long description in the preferred language (short when there is no long one), with
    /// the features as a list.
    private func description(of document: YAMLNode, reader: inout PubliccodeReader) -> String? {
        guard let descriptions = reader.node(document, "description")?.pairs else { return nil }
        let tags = descriptions.compactMap { $0.key.text }
        let primary = { (tag: String) in tag.lowercased().split(separator: "-").first.map(String.init) ?? "" }
        let ordered = Self.languages.compactMap { language in tags.first { primary($0) == language } } + tags
        for tag in ordered {
            guard let text = reader.node(document, "description", tag) else { continue }
            let long = reader.text(text, "longDescription", path: "description.\(tag).longDescription")
            let short = long == nil ? reader.text(text, "shortDescription", path: "description.\(tag).shortDescription") : nil
            guard let main = long ?? short else { continue }
            if long != nil { reader.take("description.\(tag).shortDescription") }
            var body = main.trimmingCharacters(in: .whitespacesAndNewlines)
            let features = (reader.list(text, "features", path: "description.\(tag).features") ?? []).enumerated().compactMap { index, item in
                reader.text(item, path: "description.\(tag).features[\(index)]")
            }
            if !features.isEmpty {
                let items = features.map { "- " + $0.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces) }
                body += "\n\n" + items.joined(separator: "\n")
            }
            return body
        }
        return nil
    }
}

/// Reads a publiccode.yml: checks that it is one, gives typed access to its values with their
/// lines, and remembers which paths were taken so that the rest can be reported.
struct PubliccodeReader {
    let file: String
    /// Where relative paths in the file point; see `PubliccodeStandard`.
    let folder: URL?
    let lenient: Bool
    private(set) var diagnostics: [Diagnostic] = []
    private var taken: Set<String> = []

    init(file: String, folder: URL? = nil, lenient: Bool = false) {
        self.file = file
        self.folder = folder
        self.lenient = lenient
    }

    /// The document's root mapping, or nil with an error.
    mutating func read(_ text: String) -> YAMLNode? {
        let report = DecodingReport(path: file, lineOffset: 0)
        guard let node = ContentParser.compose(text, firstLine: 1, report: report) else {
            diagnostics += report.diagnostics
            return nil
        }
        guard node.pairs != nil else {
            error("the file is not a publiccode.yml: it must be a mapping of keys such as name and url", at: node,
                  hint: "check that this is the publiccode.yml file, with publiccodeYmlVersion: \"0\" and name: on their own lines")
            return nil
        }
        if let versionNode = self.node(node, "publiccodeYmlVersion") {
            let version = versionNode.text ?? ""
            if !PubliccodeStandard.versions.contains(version) || versionNode.isNull {
                error("publiccodeYmlVersion \"\(version.prefix(40))\" is not a version of the publiccode.yml standard", at: versionNode,
                      hint: "the current version is \"0\"; Orden also reads \(PubliccodeStandard.versions.dropFirst().joined(separator: ", "))")
            } else if version != "0", !version.hasPrefix("0.7") {
                // The reference parser reads every 0.x file as version 0 and says so.
                warn("publiccodeYmlVersion \"\(version)\" is an older version; it is read as version \"0\", the current one", at: versionNode,
                     hint: "write publiccodeYmlVersion: \"0\" when the file is next updated")
            }
        } else {
            error("publiccodeYmlVersion is missing", at: node, hint: "a publiccode.yml starts with publiccodeYmlVersion: \"0\"")
        }
        if let nameNode = self.node(node, "name") {
            if (nameNode.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                error("name must be the software's name", at: nameNode, hint: "write name: followed by the name, e.g. name: Medusa")
            }
        } else {
            error("name is missing", at: node, hint: "a publiccode.yml must say the software's name: name: Medusa")
        }
        // Every other problem in the same run, even when the version or the name is wrong.
        var standard = PubliccodeStandard(file: file, folder: folder, lenient: lenient)
        standard.check(node)
        diagnostics += standard.diagnostics
        return diagnostics.hasErrors ? nil : node
    }

    // MARK: Values

    /// The node at a path of keys below `node`.
    func node(_ node: YAMLNode, _ keys: String...) -> YAMLNode? { self.node(node, keys) }

    func node(_ node: YAMLNode, _ keys: [String]) -> YAMLNode? {
        var current: YAMLNode? = node
        for key in keys { current = current?[key] }
        return current
    }

    /// The text at `keys` under `node`, which counts as taken (not reported as left behind).
    /// A value of another type is a warning. `path` names it from the document's root.
    mutating func text(_ node: YAMLNode, _ keys: String..., path: String? = nil) -> String? {
        text(node, keys, path: path)
    }

    mutating func text(_ node: YAMLNode, _ keys: [String], path: String? = nil) -> String? {
        let path = path ?? keys.joined(separator: ".")
        guard let value = self.node(node, keys) else { return nil }
        taken.insert(path)
        guard let scalar = value.text else {
            warn("\(path) is not imported: it should be text", at: value, hint: "write it as a single line of text")
            return nil
        }
        let text = scalar.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    /// A list at `keys` under `node`; anything else is a warning.
    mutating func list(_ node: YAMLNode, _ keys: String..., path: String? = nil) -> [YAMLNode]? {
        let path = path ?? keys.joined(separator: ".")
        guard let value = self.node(node, keys) else { return nil }
        guard let items = value.items else {
            taken.insert(path)
            warn("\(path) is not imported: it should be a list", at: value, hint: "write each item on its own line, starting with \"- \"")
            return nil
        }
        return Array(items)
    }

    /// Marks paths as used, so that they are not reported as left behind.
    mutating func take(_ paths: String...) { taken.formUnion(paths) }

    // MARK: What was left behind

    /// A warning for every key not taken: a whole section when nothing in it was used, else each
    /// key in it that was not.
    mutating func warnAboutTheRest(of document: YAMLNode) {
        report(document, path: "")
    }

    private mutating func report(_ node: YAMLNode, path: String) {
        if let pairs = node.pairs {
            for pair in pairs {
                let name = pair.key.text ?? "?"
                visit(pair.value, key: pair.key, path: path.isEmpty ? name : "\(path).\(name)")
            }
        } else if let sequence = node.items {
            for (index, item) in sequence.enumerated() {
                visit(item, key: item, path: "\(path)[\(index)]")
            }
        }
    }

    private mutating func visit(_ value: YAMLNode, key: YAMLNode, path: String) {
        if taken.contains(path) { return }
        let prefix = taken.contains { $0.hasPrefix(path + ".") || $0.hasPrefix(path + "[") }
        if prefix {
            report(value, path: path)
        } else {
            warn("\(path) is not imported", at: key, hint: Self.hint(for: path))
        }
    }

    static func hint(for path: String) -> String {
        let top = path.split(separator: ".").first.map(String.init) ?? path
        switch top {
        case "it", "IT": return "country-specific sections are not part of Orden's catalogue"
        case "description": return "Orden takes one language's long description and features; edit the product's text by hand for more"
        case "softwareVersion", "releaseDate": return "Orden describes products, not releases"
        case "platforms", "softwareType": return "add hosting: (saas, on-premises, hosted or hybrid) to the product by hand if it is known"
        case "maintenance": return "the vendor is the first contractor; contacts are personal data and stay in the publiccode.yml"
        default: return "Orden's product has no field for it; add it to the description by hand if it matters"
        }
    }

    // MARK: Diagnostics

    func location(of node: YAMLNode) -> SourceLocation {
        SourceLocation(path: file, line: node.line, column: node.column)
    }

    mutating func warn(_ message: String, at node: YAMLNode, hint: String? = nil) {
        diagnostics.append(.warning(message, at: location(of: node), hint: hint))
    }

    mutating func error(_ message: String, at node: YAMLNode, hint: String? = nil) {
        diagnostics.append(.error(message, at: location(of: node), hint: hint))
    }
}
