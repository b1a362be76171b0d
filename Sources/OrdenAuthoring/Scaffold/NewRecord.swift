import Foundation
import Basics
import CommonMark
import Mustache
import OrdenBuild
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSite
import OrdenSource
import RDF
import Spreadsheet

/// Why `orden new` or `orden init` writes nothing.
package enum ScaffoldFailure: Error, Sendable, Equatable {
    /// A mistake on the command line (exit 2).
    case usage(String)
    /// Something the content repository does not have, or a file in the way (exit 1).
    case content(Diagnostic)
}

package extension RecordKind {
    /// The kind as `orden new` names it: `service-area`, `processing` …
    var commandName: String { self == .serviceArea ? "service-area" : rawValue }

    static func named(_ name: String) -> RecordKind? {
        allCases.first { $0.commandName == name.lowercased() }
    }
}

/// `orden new`: one record file that passes `orden check` once the editor has filled in what
/// it marks. Only plans; the command writes the file.
package enum NewRecord {
    package struct Request: Sendable {
        package var kind: RecordKind
        /// The id, or for a municipality its number.
        package var id: String?
        /// The name or title; also gives the id when there is none.
        package var name: String?
        package var municipality: String?
        /// For an initiative of a cooperation region (its folder under content/regions/).
        package var region: String? = nil
        package var product: String?
        package var vendor: String?
        package var orgnr: String?
        package var force: Bool
        /// For example dates in the comments.
        package var today: Day

        package init(kind: RecordKind, id: String? = nil, name: String? = nil, municipality: String? = nil, product: String? = nil,
                    vendor: String? = nil, orgnr: String? = nil, force: Bool = false, today: Day) {
            self.kind = kind
            self.id = id
            self.name = name
            self.municipality = municipality
            self.product = product
            self.vendor = vendor
            self.orgnr = orgnr
            self.force = force
            self.today = today
        }
    }

    package static func plan(_ request: Request, in tree: SourceTree) -> Result<PlannedFile, ScaffoldFailure> {
        do {
            try checkOptions(request)
            let paths = try listFiles(tree)
            let (path, draft) = try place(request, paths: paths, tree: tree)
            if !request.force && tree.exists(path) {
                throw ScaffoldFailure.content(.error("\(path) already exists", at: SourceLocation(path: path),
                                                     hint: "nothing was written; choose another id, or add --force to overwrite it"))
            }
            let text = "---\n" + TemplateLine.render(RecordTemplates.lines(for: draft)) + "---\n"
            return .success(PlannedFile(path: path, text: text))
        } catch let failure as ScaffoldFailure {
            return .failure(failure)
        } catch {
            return .failure(.content(.error("cannot read \(tree.rootDescription): \(error.localizedDescription)",
                                            at: SourceLocation(path: tree.rootDescription),
                                            hint: "give the folder that holds orden.yml and content/ with --source")))
        }
    }

    // MARK: The command line

    /// Which options go with which kind, and that each is well-formed.
    static func checkOptions(_ request: Request) throws {
        let kind = request.kind
        func refuse(_ option: String, _ value: String?, unless allowed: Bool, _ why: String) throws {
            if value != nil && !allowed { throw ScaffoldFailure.usage("\(option) does not go with orden new \(kind.commandName): \(why)") }
        }
        try refuse("--municipality", request.municipality, unless: kind.isLocal,
                   kind == .municipality ? "give the number as the argument, e.g. orden new municipality 3901"
                                         : "a \(kind.noun) belongs to the shared catalogue")
        try refuse("--product", request.product, unless: kind == .system, "only a system names a product")
        try refuse("--vendor", request.vendor, unless: [.system, .product, .contract].contains(kind),
                   "only systems, products and contracts name a vendor")
        try refuse("--orgnr", request.orgnr, unless: [.municipality, .vendor].contains(kind),
                   "only municipalities and vendors have an organisation number")
        try refuse("--region", request.region, unless: kind == .initiative, "only initiatives belong to a region")
        if request.region != nil && request.municipality != nil {
            throw ScaffoldFailure.usage("give either --municipality or --region: an initiative belongs to a municipality or to a region")
        }
        if let region = request.region, !Identifier.isValid(region) {
            throw ScaffoldFailure.usage("--region \(region) is not a region id; write the cooperation's name in lowercase with hyphens, e.g. \(Identifier.suggestion(for: region))")
        }
        if kind == .initiative && request.municipality == nil && request.region == nil {
            throw ScaffoldFailure.usage("orden new initiative needs --municipality NUMBER or --region ID: an initiative belongs to a municipality or a cooperation region")
        }
        if kind.isLocal && kind != .initiative && request.municipality == nil {
            throw ScaffoldFailure.usage("orden new \(kind.commandName) needs --municipality NUMBER: a \(kind.noun) belongs to a municipality")
        }
        if let number = request.municipality { try checkNumber(number, option: "--municipality") }
        if let orgnr = request.orgnr, OrganisationNumber(orgnr) == nil {
            throw ScaffoldFailure.usage("--orgnr \(orgnr) is not an organisation number: nine digits with a valid mod-11 check digit")
        }
        for (option, value) in [("--product", request.product), ("--vendor", request.vendor)] {
            if let value, !Identifier.isValid(value) {
                throw ScaffoldFailure.usage("\(option) \(value) is not an id; \(Identifier.rule) (e.g. \(Identifier.suggestion(for: value)))")
            }
        }
        if let name = request.name, name.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ScaffoldFailure.usage("--name is empty")
        }
    }

    static func checkNumber(_ number: String, option: String) throws {
        guard number.count == 4, number.allSatisfy(\.isASCIIDigit) else {
            throw ScaffoldFailure.usage("\(option) \(number) is not a kommunenummer; write the four digits, e.g. 3901")
        }
    }

    /// The id from the argument, or made from the name.
    static func id(_ request: Request) throws -> String {
        if let id = request.id {
            guard Identifier.isValid(id) else {
                throw ScaffoldFailure.usage("\"\(id)\" is not a valid id: \(Identifier.rule); try \(Identifier.suggestion(for: id))")
            }
            return id
        }
        if let name = request.name {
            let id = Identifier.suggestion(for: name)
            guard id != "x" || name.lowercased() == "x" else {
                throw ScaffoldFailure.usage("cannot make an id from --name \"\(name)\"; give the id as the argument")
            }
            return id
        }
        throw ScaffoldFailure.usage("give the \(request.kind.noun)'s id, e.g. orden new \(request.kind.commandName) \(example(request.kind)), or --name \"…\" to make it from the name")
    }

    static func example(_ kind: RecordKind) -> String {
        switch kind {
        case .vendor: "acme"
        case .product: "acme-arkiv"
        case .serviceArea: "plan-og-byggesak"
        case .standard: "fiks-arkiv"
        case .municipality: "3901"
        case .system: "sak-arkiv"
        case .dataset: "badeplasser"
        case .processing: "elevadministrasjon"
        case .contract: "arkiv-ssa-l-2025"
        case .initiative: "nytt-arkiv"
        }
    }

    // MARK: The content repository

    static func listFiles(_ tree: SourceTree) throws -> [String] {
        let paths = try tree.listFiles()
        guard paths.contains(ContentLayout.configFile) || paths.contains(where: { $0.hasPrefix(ContentLayout.contentFolder + "/") }) else {
            throw ScaffoldFailure.content(.error("\(tree.rootDescription) is not a content repository (no orden.yml, no content/)",
                                                 at: SourceLocation(path: tree.rootDescription),
                                                 hint: "run orden new in the repository, or name it with --source; orden init makes a new one"))
        }
        return paths
    }

    /// Where the file goes, and what the template knows.
    static func place(_ request: Request, paths: [String], tree: SourceTree) throws -> (String, RecordDraft) {
        var draft = RecordDraft(kind: request.kind, id: "", name: request.name, vendor: request.vendor, orgnr: request.orgnr,
                                product: nil, official: nil, cooperation: nil, today: request.today)
        if let vendor = request.vendor { try requireRecord(.vendor, vendor, option: "--vendor", paths: paths) }
        switch request.kind {
        case .municipality:
            let (number, official) = try municipality(request)
            draft.id = number
            draft.official = official
            let place = official?.name ?? request.name ?? ""
            let bare = place.lowercased().hasSuffix(" kommune") ? String(place.dropLast(" kommune".count)) : place
            draft.name = bare + " kommune"
            let slug = Identifier.suggestion(for: bare)
            let folders = municipalityFolders(paths)
            if let existing = folders.first(where: { $0.number == number }), !request.force {
                let path = "\(ContentLayout.contentFolder)/municipalities/\(existing.folder)/_index.md"
                throw ScaffoldFailure.content(.error("municipality \(number) already has the folder \(existing.folder)", at: SourceLocation(path: path),
                                                     hint: "nothing was written; add --force to overwrite its _index.md"))
            }
            let folder = folders.first(where: { $0.number == number })?.folder ?? "\(number)-\(slug)"
            return ("\(ContentLayout.contentFolder)/municipalities/\(folder)/_index.md", draft)
        case _ where request.kind.isCatalogue:
            draft.id = try id(request)
            return (ImportTarget.cataloguePath(request.kind, id: draft.id), draft)
        case .initiative where request.region != nil:
            draft.id = try id(request)
            let region = request.region ?? ""
            return ("\(ContentLayout.contentFolder)/\(ContentLayout.regionsFolder)/\(region)/\(RecordKind.initiative.folder)/\(draft.id).md", draft)
        default:
            draft.id = try id(request)
            let folder = try municipalityFolder(request.municipality ?? "", paths: paths)
            if let product = request.product {
                let path = try requireRecord(.product, product, option: "--product", paths: paths)
                draft.product = (product, readProduct(path, id: product, tree: tree))
            }
            return (ImportTarget.localPath(request.kind, id: draft.id, municipalityFolder: folder), draft)
        }
    }

    /// The number and its entry in the official list; a fictional number (99xx) needs a name.
    static func municipality(_ request: Request) throws -> (String, OfficialMunicipalities.Entry?) {
        guard let number = request.id else {
            throw ScaffoldFailure.usage("give the municipality's number, e.g. orden new municipality 3901")
        }
        try checkNumber(number, option: "the number")
        if let official = OfficialMunicipalities.byNumber[number] {
            if request.name != nil {
                throw ScaffoldFailure.usage("--name goes only with a fictional municipality; the name of \(number) (\(official.name)) comes from the official list")
            }
            return (number, official)
        }
        if number.hasPrefix(OfficialMunicipalities.fictionalCountyPrefix) {
            guard request.name != nil else {
                throw ScaffoldFailure.usage("\(number) is a fictional municipality (county 99); give its name with --name \"…\"")
            }
            return (number, nil)
        }
        throw ScaffoldFailure.usage(unknownNumber(number))
    }

    static func unknownNumber(_ number: String) -> String {
        var message = "\(number) is not a municipality number in the official list"
        let numbers = OfficialMunicipalities.byNumber.keys.sorted()
        if let close = Suggestion.closest(to: number, in: numbers), let entry = OfficialMunicipalities.byNumber[close] {
            message += "; did you mean \(close) (\(entry.name))?"
        }
        return message + " For a demo or test municipality, use a number from 9901 to 9999."
    }

    static func municipalityFolders(_ paths: [String]) -> [(number: String, folder: String)] {
        let prefix = "\(ContentLayout.contentFolder)/municipalities/"
        var seen: Set<String> = []
        var folders: [(number: String, folder: String)] = []
        for path in paths where path.hasPrefix(prefix) {
            let folder = path.dropFirst(prefix.count).prefix { $0 != "/" }
            guard let split = ContentLayout.splitMunicipalityFolder(String(folder)), seen.insert(String(folder)).inserted else { continue }
            folders.append((split.number, String(folder)))
        }
        return folders
    }

    static func municipalityFolder(_ number: String, paths: [String]) throws -> String {
        let folders = municipalityFolders(paths)
        if let folder = folders.first(where: { $0.number == number }) {
            return "\(ContentLayout.contentFolder)/municipalities/\(folder.folder)"
        }
        var hint = folders.isEmpty
            ? "there are no municipality folders yet"
            : "the municipalities here are \(folders.map(\.folder).joined(separator: ", "))"
        if let close = Suggestion.closest(to: number, in: folders.map(\.number)) {
            hint = "did you mean \(close)? " + hint
        }
        if OfficialMunicipalities.byNumber[number] != nil {
            hint += "; to add \(number), run orden new municipality \(number)"
        }
        throw ScaffoldFailure.content(.error("no municipality \(number) in content/municipalities/", at: SourceLocation(path: "--municipality"), hint: hint))
    }

    /// The path of a catalogue record the command line names, or an error with a suggestion.
    @discardableResult
    static func requireRecord(_ kind: RecordKind, _ id: String, option: String, paths: [String]) throws -> String {
        let path = ImportTarget.cataloguePath(kind, id: id)
        if paths.contains(path) { return path }
        let folder = "\(ContentLayout.contentFolder)/catalogue/\(kind.folder)/"
        let ids = paths.filter { $0.hasPrefix(folder) && $0.hasSuffix(".md") }
            .map { String($0.dropFirst(folder.count).dropLast(3)) }
            .filter { !$0.contains("/") }
        var hint = "there is no \(path); add it first with orden new \(kind.commandName) \(id)"
        if let close = Suggestion.closest(to: id, in: ids) {
            hint = "did you mean \"\(close)\"? " + hint
        }
        throw ScaffoldFailure.content(.error("unknown \(kind.noun) \"\(id)\"", at: SourceLocation(path: option), hint: hint))
    }

    /// The product, read with the content parser; nil when it has errors of its own.
    static func readProduct(_ path: String, id: String, tree: SourceTree) -> Record<Product>? {
        let parsed = ContentParser.parseFile(path: path, entry: ContentLayout.Entry(kind: .product, id: id), tree: tree)
        guard case .product(let record)? = parsed.record, !parsed.diagnostics.hasErrors else { return nil }
        return record
    }
}
