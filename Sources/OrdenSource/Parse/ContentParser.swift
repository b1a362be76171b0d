import Dispatch
import Foundation
import Synchronization
import Basics
import CommonMark
import FrontMatter
import OrdenModel

/// Everything read from a content repository, typed, before references are resolved.
package struct ParsedContent: Sendable {
    package var site: SiteConfig?
    package var vendors: [Record<Vendor>] = []
    package var products: [Record<Product>] = []
    package var serviceAreas: [Record<ServiceArea>] = []
    package var standards: [Record<Standard>] = []
    package var municipalities: [Record<Municipality>] = []
    package var systems: [Record<System>] = []
    package var datasets: [Record<Dataset>] = []
    package var processing: [Record<ProcessingActivity>] = []
    package var contracts: [Record<Contract>] = []
    package var initiatives: [Record<Initiative>] = []
    /// Municipality folders that hold records, with the first file seen in each.
    package var municipalityFolders: [String: String] = [:]
    /// Records whose file exists but could not be read; references to them are not dangling
    /// (the file's own error says what is wrong). Catalogue ids and municipality numbers here,
    /// a municipality's own records in `unreadableLocal`.
    package var unreadable: [RecordKind: Set<String>] = [:]
    package var unreadableLocal: [RecordKind: Set<LocalKey>] = [:]
    /// The guide's pages (content/guide/), which are not records.
    package var guide = Guide()
    /// Every file of the source that Orden reads, for the later stages (the theme).
    package var paths: [String] = []
    package var diagnostics: [Diagnostic] = []

    package init() {}
}

/// The load and parse stages: files → front matter and body → typed records with diagnostics.
package enum ContentParser {
    package static let maximumFileBytes = 4 * 1024 * 1024

    package static func parse(_ tree: SourceTree) -> ParsedContent {
        parse(tree) { entries in parseFiles(entries, tree: tree) }
    }

    /// A record file found in the source: its path and what the path says it is.
    package typealias FileEntry = (path: String, entry: ContentLayout.Entry)

    /// Lists and reads the source, handing the record files to `parseFiles`, which returns one
    /// parsed file per entry. `parse(_:)` parses them all; the preview engine reuses the files
    /// that did not change since the last build.
    package static func parse(_ tree: SourceTree, parseFiles: ([FileEntry]) -> [ParsedFile]) -> ParsedContent {
        var content = ParsedContent()
        let paths: [String]
        do {
            paths = try tree.listFiles()
        } catch {
            content.diagnostics.append(.error(
                "cannot read the source folder (\(error.localizedDescription))", at: SourceLocation(path: tree.rootDescription),
                hint: "give the folder that holds orden.yml and content/ with --source"))
            return content
        }
        content.paths = paths

        if paths.contains(ContentLayout.configFile) {
            let (site, diagnostics) = parseConfig(tree)
            content.site = site
            content.diagnostics += diagnostics
        } else {
            content.diagnostics.append(.error(
                "no \(ContentLayout.configFile) in \(tree.rootDescription)", at: SourceLocation(path: ContentLayout.configFile),
                hint: "run orden in the folder that holds orden.yml and content/, or name it with --source"))
        }
        if !paths.contains(where: { $0.hasPrefix(ContentLayout.contentFolder + "/") }) {
            content.diagnostics.append(.error(
                "no content/ folder with records in \(tree.rootDescription)", at: SourceLocation(path: ContentLayout.contentFolder),
                hint: "records live in content/catalogue/ and content/municipalities/<number>-<name>/"))
        }

        var entries: [FileEntry] = []
        var guideFiles: [(path: String, page: String?)] = []
        for (path, classification) in zip(paths, Parallel.map(paths, ContentLayout.classify)) {
            switch classification {
            case .record(let entry): entries.append((path, entry))
            case .misplaced(let hint):
                content.diagnostics.append(.warning("this file is not where any kind of record lives, so it is not published", at: SourceLocation(path: path), hint: hint))
            case .unread(let reason, let hint):
                content.diagnostics.append(.warning(reason, at: SourceLocation(path: path), hint: hint))
            case .guide(let page): guideFiles.append((path, page))
            case .ignored: break
            }
        }
        content.guide = GuideParser.parse(guideFiles, tree: tree, diagnostics: &content.diagnostics)

        for parsed in parseFiles(entries) {
            assemble(parsed, into: &content)
        }
        return content
    }

    /// Files are independent: read and decode them on every core. Markdown parsing inside is
    /// serialised by its own lock, and overlaps with the YAML work of the other threads.
    package static func parseFiles(_ entries: [FileEntry], tree: SourceTree) -> [ParsedFile] {
        let results = Mutex<[ParsedFile?]>(Array(repeating: nil, count: entries.count))
        DispatchQueue.concurrentPerform(iterations: entries.count) { index in
            let (path, entry) = entries[index]
            let parsed = parseFile(path: path, entry: entry, tree: tree)
            results.withLock { $0[index] = parsed }
        }
        return results.withLock { $0 }.compactMap { $0 }
    }

    /// Adds one parsed file to the content: its record, its diagnostics, and what the later
    /// stages must know about a file that could not be read.
    static func assemble(_ parsed: ParsedFile, into content: inout ParsedContent) {
        content.diagnostics += parsed.diagnostics
        if let folder = parsed.entry.municipalityFolder, content.municipalityFolders[folder] == nil {
            content.municipalityFolders[folder] = parsed.path
        }
        switch parsed.record {
        case .vendor(let r): content.vendors.append(r)
        case .product(let r): content.products.append(r)
        case .serviceArea(let r): content.serviceAreas.append(r)
        case .standard(let r): content.standards.append(r)
        case .municipality(let r): content.municipalities.append(r)
        case .system(let r): content.systems.append(r)
        case .dataset(let r): content.datasets.append(r)
        case .processing(let r): content.processing.append(r)
        case .contract(let r): content.contracts.append(r)
        case .initiative(let r): content.initiatives.append(r)
        case nil:
            let kind = parsed.entry.kind
            if kind.isLocal, let number = parsed.number {
                content.unreadableLocal[kind, default: []].insert(LocalKey(number, parsed.entry.id))
            } else if !kind.isLocal {
                content.unreadable[kind, default: []].insert(kind == .municipality ? (parsed.number ?? parsed.entry.id) : parsed.entry.id)
            }
        }
    }

    package enum AnyRecord: Sendable {
        case vendor(Record<Vendor>), product(Record<Product>), serviceArea(Record<ServiceArea>), standard(Record<Standard>)
        case municipality(Record<Municipality>), system(Record<System>), dataset(Record<Dataset>)
        case processing(Record<ProcessingActivity>), contract(Record<Contract>), initiative(Record<Initiative>)
    }

    package struct ParsedFile: Sendable {
        package var path: String
        package var entry: ContentLayout.Entry
        /// The municipality's number, from its folder's name.
        var number: String?
        package var record: AnyRecord?
        package var diagnostics: [Diagnostic]
    }

    /// `git mv 'content/…/Sak Arkiv.md' content/…/sak-arkiv.md`, to a name no file has yet, so
    /// that an editor can copy it. References to the record change with its id.
    static func renameCommand(_ path: String, id: String, tree: SourceTree) -> String {
        let folder = path.split(separator: "/").dropLast().joined(separator: "/")
        let base = Identifier.suggestion(for: id)
        var target = "\(folder)/\(base).md", number = 2
        while tree.exists(target) && number < 100 {
            target = "\(folder)/\(base)-\(number).md"
            number += 1
        }
        let quoted = "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
        return "git mv \(quoted) \(target) (and change references to \"\(id)\" to the new id)"
    }

    package static func parseFile(path: String, entry: ContentLayout.Entry, tree: SourceTree) -> ParsedFile {
        var result = ParsedFile(path: path, entry: entry, number: nil, record: nil, diagnostics: [])
        let file = SourceLocation(path: path)

        if !Identifier.isValid(entry.id) && entry.kind != .municipality {
            result.diagnostics.append(.error(
                "the file name gives the id \"\(entry.id)\", which is not a valid id", at: file,
                hint: "\(Identifier.rule); rename the file: \(renameCommand(path, id: entry.id, tree: tree))"))
        }
        if let folder = entry.municipalityFolder {
            if let split = ContentLayout.splitMunicipalityFolder(folder) {
                result.number = split.number
            } else {
                result.diagnostics.append(.error(
                    "the municipality folder \"\(folder)\" is not named <number>-<name>", at: file,
                    hint: "name it with the four-digit municipality number and a lowercase name, e.g. 3801-horten"))
            }
        }

        if let region = entry.regionFolder, !Identifier.isValid(region) {
            result.diagnostics.append(.error(
                "the region folder \"\(region)\" is not a valid id", at: file,
                hint: "name it after the region in lowercase, e.g. \(Identifier.suggestion(for: region))"))
        }

        guard let text = readText(path: path, tree: tree, diagnostics: &result.diagnostics),
              let split = splitFrontMatter(text, path: path, diagnostics: &result.diagnostics) else { return result }

        let report = DecodingReport(path: path, lineOffset: split.yamlLine - 1)
        guard let node = compose(split.yaml, firstLine: split.yamlLine, report: report) else {
            result.diagnostics += report.diagnostics
            return result
        }
        let body = bodyHTML(split, headings: .belowSection, report: report)
        func make<F: FieldGroup & Sendable>(_ type: F.Type) -> Record<F>? {
            guard let fields = FieldReader.record(F.self, from: node, report: report) else { return nil }
            let number = result.number
            return Record(id: entry.kind == .municipality ? (number ?? entry.id) : entry.id, path: path, municipality: number,
                          region: entry.regionFolder, fields: fields, bodyHTML: body, positions: report.positions)
        }
        switch entry.kind {
        case .vendor: result.record = make(Vendor.self).map(AnyRecord.vendor)
        case .product: result.record = make(Product.self).map(AnyRecord.product)
        case .serviceArea: result.record = make(ServiceArea.self).map(AnyRecord.serviceArea)
        case .standard: result.record = make(Standard.self).map(AnyRecord.standard)
        case .municipality: result.record = make(Municipality.self).map(AnyRecord.municipality)
        case .system: result.record = make(System.self).map(AnyRecord.system)
        case .dataset: result.record = make(Dataset.self).map(AnyRecord.dataset)
        case .processing: result.record = make(ProcessingActivity.self).map(AnyRecord.processing)
        case .contract: result.record = make(Contract.self).map(AnyRecord.contract)
        case .initiative: result.record = make(Initiative.self).map(AnyRecord.initiative)
        }
        result.diagnostics += report.diagnostics
        return result
    }

    /// The file's front matter and body, or nil (with the reason) when the front matter is not delimited.
    static func splitFrontMatter(_ text: String, path: String, diagnostics: inout [Diagnostic]) -> FrontMatterSplit? {
        switch FrontMatterSplit.split(text) {
        case .success(let split):
            return split
        case .failure(.missingOpening):
            diagnostics.append(.error(
                "the file has no front matter", at: SourceLocation(path: path, line: 1, column: 1),
                hint: "start the file with a line ---, then the fields (name: …), then a line ---"))
        case .failure(.neverClosed(let line)):
            diagnostics.append(.error(
                "the front matter opened on line \(line) is never closed", at: SourceLocation(path: path, line: line, column: 1),
                hint: "add a line --- after the last field"))
        }
        return nil
    }

    /// Reads a file as UTF-8 text within the size limit, or records why it cannot be read.
    static func readText(path: String, tree: SourceTree, diagnostics: inout [Diagnostic]) -> String? {
        let file = SourceLocation(path: path)
        do {
            let data: Data
            switch try tree.readBounded(path, maximumFileBytes) {
            case .data(let bytes):
                data = bytes
            case .tooLarge(let size):
                diagnostics.append(.error(
                    "the file is \(size / 1024 / 1024) MiB; the limit is \(maximumFileBytes / 1024 / 1024) MiB", at: file,
                    hint: "a record is a page of text; keep attachments out of the content folder"))
                return nil
            }
            switch TextDecoding.decode(data) {
            case .success(let text):
                return text
            case .failure(.notUTF8(let line, let column, let byte)):
                diagnostics.append(.error(
                    "the file is not UTF-8 text (byte 0x\(String(byte, radix: 16, uppercase: true)) cannot start a character here)",
                    at: SourceLocation(path: path, line: line, column: column),
                    hint: "save the file as UTF-8 in your editor (it was probably saved as Latin-1 or Windows-1252)"))
                return nil
            }
        } catch {
            diagnostics.append(.error("cannot read the file: \(error.localizedDescription)", at: file,
                                      hint: (error as? LocalizedError)?.recoverySuggestion))
            return nil
        }
    }

    /// The body as HTML; "" with an error at its line when it is refused.
    static func bodyHTML(_ split: FrontMatterSplit, headings: Markdown.Headings, report: DecodingReport) -> String {
        switch Markdown.render(split.body, headings: headings) {
        case .success(let html):
            return html
        case .failure(let problem):
            report.add(.error(problem.message, at: SourceLocation(path: report.path, line: split.bodyLine + problem.line - 1, column: problem.column),
                              hint: problem.hint))
            return ""
        }
    }

    /// Composes YAML into a node; nil (with the problem) if it cannot.
    package static func compose(_ yaml: String, firstLine: Int, report: DecodingReport) -> YAMLNode? {
        switch YAMLComposer.compose(yaml) {
        case .success(let node):
            return node ?? YAMLNode.emptyMapping
        case .failure(let problem):
            report.add(.error(problem.message, at: SourceLocation(path: report.path, line: problem.line + firstLine - 1, column: problem.column), hint: problem.hint))
            return nil
        }
    }

    package static func parseConfig(_ tree: SourceTree) -> (SiteConfig?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let path = ContentLayout.configFile
        guard let text = readText(path: path, tree: tree, diagnostics: &diagnostics) else { return (nil, diagnostics) }
        let report = DecodingReport(path: path, lineOffset: 0)
        guard let node = compose(text, firstLine: 1, report: report) else { return (nil, report.diagnostics) }
        let site = FieldReader.record(SiteConfig.self, from: node, report: report)
        // Every page's canonical address, the sitemap and every DCAT IRI are base_url + a path:
        // a query or fragment in it would land in the middle of each of them.
        if let base = node["base_url"], let text = base.text, let mark = text.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            report.error("base_url has a \(text[mark] == "?" ? "query (?…)" : "fragment (#…)"); every page's address is base_url followed by a path",
                         at: base, hint: "give only the site's address, e.g. base_url: \(text[..<mark].hasSuffix("/") ? String(text[..<mark]) : text[..<mark] + "/")")
        }
        if let node = node["review_interval"], let months = site?.reviewInterval?.value, !(1...120).contains(months) {
            report.error("review_interval \(months) is not a number of months from 1 to 120", at: node,
                         hint: "give the months between reviews, e.g. review_interval: 12 (the default)")
        }
        return (site, diagnostics + report.diagnostics)
    }
}
