import Foundation
import Basics
import CommonMark
import FrontMatter
import Mustache
import OrdenBuild
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenResources
import OrdenSite
import OrdenSource
import RDF
import Spreadsheet

/// `orden init`: a new content repository for a municipality or a region — orden.yml, the
/// content folders, the first municipality records, an editors' README and CI that checks every
/// pull request and publishes main. Only plans; the command writes the files.
package enum NewRepository {
    package struct Request: Sendable {
        package var municipalities: [String]
        package var region: String?
        package var title: String?
        package var baseURL: String?
        /// The organisation number of the one municipality.
        package var orgnr: String?
        /// The organisation number of the region's publisher (a regional council).
        package var publisherOrgnr: String?
        /// Where CI fetches Orden's source from, and which branch, tag or commit.
        package var ordenRepo: String?
        package var ordenRef: String?
        package var today: Day

        package init(municipalities: [String] = [], region: String? = nil, title: String? = nil, baseURL: String? = nil,
                    orgnr: String? = nil, publisherOrgnr: String? = nil, ordenRepo: String? = nil, ordenRef: String? = nil, today: Day) {
            self.municipalities = municipalities
            self.region = region
            self.title = title
            self.baseURL = baseURL
            self.orgnr = orgnr
            self.publisherOrgnr = publisherOrgnr
            self.ordenRepo = ordenRepo
            self.ordenRef = ordenRef
            self.today = today
        }
    }

    /// Stands in for Orden's source address until the repository's CI is given one; the install
    /// script refuses it with a message saying where to set it.
    package static let placeholderRepository = "https://example.invalid/orden.git"
    package static let defaultBaseURL = "http://localhost:8080/"

    static let catalogueFolders: [RecordKind] = [.vendor, .product, .serviceArea, .standard]
    static let localFolders: [RecordKind] = [.system, .dataset, .processing, .contract, .initiative]

    /// Files a repository may already have (a fresh clone's README): kept unless --force.
    static let repositoryFiles: Set<String> = ["README.md", ".gitignore", ".gitlab-ci.yml", ".github/workflows/orden.yml", ".github/workflows/orden-frister.yml",
                                               "ci/install-orden.sh", "ci/publish-folder.sh"]

    /// Why `folder` cannot take a new repository, or nil.
    package static func refusal(_ folder: URL) -> String? {
        let existing = [ContentLayout.configFile, ContentLayout.contentFolder].filter {
            FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path)
        }
        guard !existing.isEmpty else { return nil }
        return "\(folder.path) already has \(existing.joined(separator: " and ")): it is a content repository already"
    }

    /// The planned files split into those to write and the repository files already there, which
    /// are kept unless `force`.
    package static func split(_ files: [PlannedFile], in folder: URL, force: Bool) -> (write: [PlannedFile], kept: [String]) {
        guard !force else { return (files, []) }
        var write: [PlannedFile] = [], kept: [String] = []
        for file in files {
            if repositoryFiles.contains(file.path) && FileManager.default.fileExists(atPath: folder.appendingPathComponent(file.path).path) {
                kept.append(file.path)
            } else {
                write.append(file)
            }
        }
        return (write, kept)
    }

    package static func plan(_ request: Request) -> Result<[PlannedFile], ScaffoldFailure> {
        do {
            try checkOptions(request)
            return .success(try files(request))
        } catch let failure as ScaffoldFailure {
            return .failure(failure)
        } catch {
            return .failure(.usage("\(error)"))
        }
    }

    static func checkOptions(_ request: Request) throws {
        var seen: Set<String> = []
        for number in request.municipalities {
            try NewRecord.checkNumber(number, option: "--municipality")
            guard seen.insert(number).inserted else { throw ScaffoldFailure.usage("--municipality \(number) is given twice") }
            if OfficialMunicipalities.byNumber[number] == nil {
                if number.hasPrefix(OfficialMunicipalities.fictionalCountyPrefix) {
                    throw ScaffoldFailure.usage("\(number) is a fictional municipality; after orden init, add it with orden new municipality \(number) --name \"…\"")
                }
                throw ScaffoldFailure.usage(NewRecord.unknownNumber(number))
            }
        }
        if let orgnr = request.orgnr {
            guard request.municipalities.count == 1 else {
                throw ScaffoldFailure.usage("--orgnr goes with exactly one --municipality; with several, write each orgnr in its _index.md")
            }
            guard OrganisationNumber(orgnr) != nil else {
                throw ScaffoldFailure.usage("--orgnr \(orgnr) is not an organisation number: nine digits with a valid mod-11 check digit")
            }
        }
        if let orgnr = request.publisherOrgnr {
            guard request.region != nil else { throw ScaffoldFailure.usage("--publisher-orgnr goes with --region: it is the region's organisation number") }
            guard OrganisationNumber(orgnr) != nil else {
                throw ScaffoldFailure.usage("--publisher-orgnr \(orgnr) is not an organisation number: nine digits with a valid mod-11 check digit")
            }
        }
        if let region = request.region, region.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ScaffoldFailure.usage("--region is empty; give the region's name, e.g. --region \"Kongsbergregionen\"")
        }
        if let url = request.baseURL, WebLink(url) == nil {
            throw ScaffoldFailure.usage("--base-url \(url) is not a web address; write a full address starting with https://")
        }
        // Both go into YAML and shell scripts as they are: allow only what addresses and git refs use.
        let safe = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@:/._~+-=")
        for (option, value) in [("--orden-repo", request.ordenRepo), ("--orden-ref", request.ordenRef)] {
            guard let value else { continue }
            if value.isEmpty || value.hasPrefix("-") || !value.unicodeScalars.allSatisfy(safe.contains) {
                throw ScaffoldFailure.usage("\(option) \(value) has characters an address or a git branch does not have")
            }
        }
    }

    static func files(_ request: Request) throws -> [PlannedFile] {
        var files: [PlannedFile] = [PlannedFile(path: ContentLayout.configFile, text: TemplateLine.render(config(request)))]
        for kind in catalogueFolders {
            files.append(PlannedFile(path: "\(ContentLayout.contentFolder)/catalogue/\(kind.folder)/.gitkeep", text: ""))
        }
        for number in request.municipalities {
            let record = NewRecord.Request(kind: .municipality, id: number, orgnr: request.orgnr, today: request.today)
            let (path, draft0) = try NewRecord.place(record, paths: [], tree: .memory([:]))
            var draft = draft0
            draft.cooperation = request.region
            files.append(PlannedFile(path: path, text: "---\n" + TemplateLine.render(RecordTemplates.lines(for: draft)) + "---\n"))
            let folder = path.dropLast("/_index.md".count)
            for kind in localFolders { files.append(PlannedFile(path: "\(folder)/\(kind.folder)/.gitkeep", text: "")) }
        }
        if let region = request.region {
            let slug = Identifier.suggestion(for: region)
            files.append(PlannedFile(path: "\(ContentLayout.contentFolder)/\(ContentLayout.regionsFolder)/\(slug)/initiatives/.gitkeep", text: ""))
        }
        let tokens = [
            "@TITLE@": title(request) ?? "IT-oversikt",
            "@NUMBER@": request.municipalities.first ?? "3901",
            "@ORDEN_REPO@": request.ordenRepo ?? placeholderRepository,
            "@ORDEN_REF@": request.ordenRef ?? "main",
        ]
        for (template, path) in [("README.md", "README.md"), ("gitignore", ".gitignore"), ("gitlab-ci.yml", ".gitlab-ci.yml"),
                                 ("github-workflow.yml", ".github/workflows/orden.yml"), ("github-due.yml", ".github/workflows/orden-frister.yml"),
                                 ("install-orden.sh", "ci/install-orden.sh"), ("publish-folder.sh", "ci/publish-folder.sh")] {
            files.append(PlannedFile(path: path, text: try fill(template, tokens)))
        }
        return files.sorted { $0.path < $1.path }
    }

    static func title(_ request: Request) -> String? {
        if let title = request.title { return title }
        if let region = request.region { return "IT-oversikt for \(region)" }
        if request.municipalities.count == 1, let entry = OfficialMunicipalities.byNumber[request.municipalities[0]] {
            return "IT-oversikt for \(entry.name) kommune"
        }
        return nil
    }

    static func config(_ request: Request) -> [TemplateLine] {
        var lines: [TemplateLine] = [
            .note("Innstillinger for nettstedet. Feltene er forklart i Ordens README under «orden.yml»."),
            title(request).map { .value("title", .string($0)) } ?? .fill("title", "nettstedets navn, f.eks. IT-oversikt for Kommunen"),
            .value("base_url", .string(request.baseURL ?? defaultBaseURL),
                   note: request.baseURL == nil ? "endre til adressen nettstedet publiseres på" : nil),
            .option("description", .string("Oversikt over IT-systemer, datasett, behandlinger og avtaler."), "introduksjonen på forsiden"),
            .value("language", .string("nb"), note: "målform: nb | nn"),
            .option("report_date", .day(request.today), "datoen rapportene regnes fra; sett den når dere publiserer"),
            .option("notice", .string("Dette er et testnettsted."), "et banner på hver side, f.eks. på et testnettsted"),
            .optionGroup("edit", [
                .value("page", .string("https://github.com/EIER/REPO/edit/main/{path}")),
                .value("new", .string("https://github.com/EIER/REPO/new/main/{folder}?filename={file}")),
            ], "lenkene «Rediger denne siden» og «Foreslå et nytt system her»; GitLab og Gitea har egne former (se Ordens README)"),
        ]
        if let region = request.region {
            lines += [
                .note("Utgiveren av nettstedet og den samlede datasettkatalogen (hver kommune utgir sine egne datasett):"),
                .group("publisher", [
                    .value("name", .string(region)),
                    request.publisherOrgnr.map { .value("orgnr", .string($0)) }
                        ?? .fill("orgnr", "organisasjonsnummeret til \(region) (9 siffer)"),
                ]),
            ]
        }
        return lines
    }

    /// An embedded template with its `@TOKEN@`s replaced.
    static func fill(_ name: String, _ tokens: [String: String]) throws -> String {
        guard var text = EmbeddedResources.files["scaffold/\(name)"] else {
            throw ScaffoldFailure.usage("this orden binary lacks its template \(name); rebuild it")
        }
        for (token, value) in tokens { text = text.replacingOccurrences(of: token, with: value) }
        return text
    }
}
