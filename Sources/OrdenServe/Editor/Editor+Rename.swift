import Foundation
import HummingbirdCore
import Basics
import OrdenAuthoring
import OrdenBuild
import OrdenModel
import OrdenSite
import OrdenSource

/// Renaming and deleting a record from the form editor. A record's id is its file's name, and
/// other records name it by that id; so a new id renames the file and changes every reference
/// to it (found through the registry, `RecordReferences`) in one save, and a record that
/// something still names is not deleted. Either is written only when the whole site, checked
/// as it would be, has no error it did not have before.
extension Editor {
    static let renamePrefix = "flytt/"
    static let deletePrefix = "slett/"

    /// The record `path` names, for renaming or deleting: a record file that exists, and not a
    /// municipality's (its folder is renamed in git, with its number).
    func managedRecord(_ path: String) -> (path: String, entry: ContentLayout.Entry, url: URL)? {
        guard let file = recordFile(path), file.entry.kind != .municipality,
              FileManager.default.fileExists(atPath: file.url.path) else { return nil }
        return file
    }

    static func target(_ entry: ContentLayout.Entry) -> RecordReferences.Target {
        RecordReferences.Target(kind: entry.kind, id: entry.id, municipalityFolder: entry.municipalityFolder)
    }

    // MARK: Pages

    func renameForm(_ path: String, newId: String = "", problems: [FieldProblem] = []) -> Response {
        guard let file = managedRecord(path) else { return Self.plain(.notFound, "No record file \(path) to rename.\n") }
        let address = Self.pagePath(file.entry, path: path).map { "/" + $0 }
        let found = RecordReferences.find(Self.target(file.entry), in: SourceTree.directory(source), mentioning: address)
        let sites = found.sites.filter { $0.path != path }
        var html = headerHTML(text(.editor.renameHeading, ["id": file.entry.id]), path: path, problems: problems)
        html += "<p>\(escape(text[.editor.renameIntro]))</p>\n"
        html += referencesHTML(sites)
        // Text is not rewritten: the editor is told where it links to the page that moves.
        let mentions = found.mentions.filter { $0 != path }
        if !mentions.isEmpty {
            html += "<p>\(escape(text[.editor.mentions]))</p>\n<ul>\n"
            // A record's file is linked to its form; a guide page is edited in the forge or git.
            html += mentions.map { file in
                recordFile(file) == nil ? "<li>\(escape(file))</li>\n" : "<li><a href=\"\(escape(Self.prefix + file))\">\(escape(file))</a></li>\n"
            }.joined() + "</ul>\n"
        }
        html += "<form method=\"post\" action=\"\(escape(Self.prefix + Self.renamePrefix + path))\">\n"
        html += "<input type=\"hidden\" name=\"\(Self.tokenField)\" value=\"\(token)\">\n"
        html += idFieldHTML(label: text[.editor.newId], value: newId, problems: problems)
        if commit { html += messageHTML("") }
        html += "<p><button type=\"submit\">\(escape(text[.editor.renameButton]))</button></p>\n</form>\n"
        return page((text(.editor.renameHeading, ["id": file.entry.id]), html), status: problems.isEmpty ? .ok : .unprocessableContent)
    }

    func deleteForm(_ path: String, problems: [FieldProblem] = []) -> Response {
        guard let file = managedRecord(path) else { return Self.plain(.notFound, "No record file \(path) to delete.\n") }
        let sites = RecordReferences.find(Self.target(file.entry), in: SourceTree.directory(source)).filter { $0.path != path }
        var html = headerHTML(text(.editor.deleteHeading, ["id": file.entry.id]), path: path, problems: problems)
        guard sites.isEmpty else {
            html += "<p>\(escape(text[.editor.deleteBlocked]))</p>\n" + referencesHTML(sites)
            return page((text(.editor.deleteHeading, ["id": file.entry.id]), html), status: problems.isEmpty ? .ok : .conflict)
        }
        html += "<p>\(escape(text[.editor.deleteIntro]))</p>\n"
        html += "<form method=\"post\" action=\"\(escape(Self.prefix + Self.deletePrefix + path))\">\n"
        html += "<input type=\"hidden\" name=\"\(Self.tokenField)\" value=\"\(token)\">\n"
        if commit { html += messageHTML("") }
        html += "<p><button type=\"submit\">\(escape(text[.editor.deleteButton]))</button></p>\n</form>\n"
        return page((text(.editor.deleteHeading, ["id": file.entry.id]), html), status: problems.isEmpty ? .ok : .conflict)
    }

    /// The places that name the record, each a link to its file's form.
    func referencesHTML(_ sites: [RecordReferences.Site]) -> String {
        var html = "<h2>\(escape(text[.editor.referencesHeading]))</h2>\n"
        guard !sites.isEmpty else { return html + "<p>\(escape(text[.editor.referencesNone]))</p>\n" }
        html += "<p>\(escape(text.count(.editor.references, sites.count)))</p>\n<ul>\n"
        for (path, group) in Dictionary(grouping: sites, by: \.path).sorted(by: { $0.key < $1.key }) {
            let lines = group.map { text(.editor.referenceLine, ["field": $0.field, "line": String($0.line)]) }.joined(separator: "; ")
            html += "<li><a href=\"\(escape(Self.prefix + path))\">\(escape(path))</a>: \(escape(lines))</li>\n"
        }
        return html + "</ul>\n"
    }

    /// A rename or delete page's heading, its links back and what stopped it.
    func headerHTML(_ heading: String, path: String, problems: [FieldProblem]) -> String {
        var html = "<h1>\(escape(heading))</h1>\n"
        html += "<p><a href=\"\(escape(Self.prefix + path))\">\(escape(text[.editor.title]))</a> · <a href=\"\(Self.prefix)\">\(escape(text[.editor.back]))</a></p>\n"
        return html + summaryHTML(problems, heading: text[.editor.notRenamed]) { _ in true }
    }

    /// What stopped a save, announced; the problems `listed` says no field shows are listed in it
    /// (the id's are always beside the id).
    func summaryHTML(_ problems: [FieldProblem], heading: String, listed: (String) -> Bool) -> String {
        guard !problems.isEmpty else { return "" }
        let general = problems.filter { problem in problem.field.map { $0 != "id" && listed($0) } ?? true }
        var html = "<div class=\"editor-summary\" role=\"alert\"><p>\(escape(heading))</p>"
        if !general.isEmpty { html += "<ul>" + general.map { "<li>\(escape(($0.field.map { $0 + ": " } ?? "") + $0.message))</li>" }.joined() + "</ul>" }
        return html + "</div>\n"
    }

    /// The commit message field (`--commit`).
    func messageHTML(_ value: String) -> String {
        "<p><label for=\"message\">\(escape(text[.editor.message]))</label><br>\n<input id=\"message\" name=\"message\" value=\"\(escape(value))\"></p>\n"
    }

    /// The id a new or renamed record gets, with what is wrong with it beside it.
    func idFieldHTML(label: String, value: String, problems: [FieldProblem]) -> String {
        let messages = problems.filter { $0.field == "id" }.map(\.message)
        var html = "<p><label for=\"f-id\">\(escape(label))</label><br>\n<input id=\"f-id\" name=\"id\" required pattern=\"[a-z0-9][a-z0-9\\-]*\" value=\"\(escape(value))\""
        html += messages.isEmpty ? ">" : " aria-invalid=\"true\" aria-describedby=\"feil-id\">"
        html += "<br><small>\(escape(text[.editor.idHint]))</small></p>\n"
        if !messages.isEmpty { html += "<p class=\"editor-error\" id=\"feil-id\">" + messages.map(escape).joined(separator: "<br>") + "</p>\n" }
        return html
    }

    // MARK: Doing it

    /// Renames the record to the form's `id`: the file moves and every reference follows, in
    /// the form it was written in (`id`, `9901/id`, `product:id`).
    func rename(_ path: String, form: [String: [String]], saving: Saving) -> Response {
        guard let file = managedRecord(path) else { return Self.plain(.notFound, "No record file \(path) to rename.\n") }
        let newId = (form["id"]?.first ?? "").trimmingCharacters(in: .whitespaces)
        let folder = path.split(separator: "/").dropLast().joined(separator: "/")
        let newPath = folder + "/" + newId + ".md"
        guard Identifier.isValid(newId), let newFile = recordFile(newPath), newFile.entry.kind == file.entry.kind else {
            return renameForm(path, newId: newId, problems: [FieldProblem(field: "id", message: text[.editor.idHint])])
        }
        guard newId != file.entry.id else { return Self.redirect(Self.prefix + path) }
        guard !FileManager.default.fileExists(atPath: newFile.url.path) else {
            return renameForm(path, newId: newId, problems: [FieldProblem(field: "id", message: text[.editor.exists])])
        }
        let tree = SourceTree.directory(source)
        let target = Self.target(file.entry)
        let sites = RecordReferences.find(target, in: tree)
        var texts: [String: String]
        do {
            texts = try RecordReferences.renaming(sites, of: target, to: newId, in: tree)
        } catch {
            return renameForm(path, newId: newId, problems: [FieldProblem(field: nil, message: String(describing: error))])
        }
        // The record's own file moves, with any reference it makes to itself changed.
        guard let own = texts.removeValue(forKey: path) ?? (try? tree.read(path)).flatMap({ String(exactUTF8: $0) }) else {
            return Self.plain(.notFound, "No record file \(path) to rename.\n")
        }
        texts[newPath] = own
        let problems = newErrors(in: tree, writing: texts, removing: [path], moved: (path, newPath))
        guard problems.isEmpty else { return renameForm(path, newId: newId, problems: problems) }
        do {
            // The new file first and the old one last, so that an interrupted rename leaves both, not neither.
            for (changed, text) in texts.sorted(by: { ($0.key == newPath ? 0 : 1, $0.key) < ($1.key == newPath ? 0 : 1, $1.key) }) {
                try Data(text.utf8).write(to: source.appendingPathComponent(changed), options: .atomic)
            }
            try FileManager.default.removeItem(at: file.url)
        } catch {
            return renameForm(path, newId: newId, problems: [FieldProblem(field: nil, message: "cannot write: \(error.localizedDescription)")])
        }
        if commit, let problem = self.commit([path] + texts.keys.sorted(), saving: saving, otherwise: "Nytt navn: \(path) → \(newId)") {
            return renameForm(newPath, problems: [FieldProblem(field: nil, message: problem)])
        }
        let referrers = sites.filter { $0.path != path }.count
        return Self.redirect(Self.prefix + newPath + "?flyttet=\(referrers)")
    }

    /// Deletes the record when nothing names it.
    func delete(_ path: String, form: [String: [String]], saving: Saving) -> Response {
        guard let file = managedRecord(path) else { return Self.plain(.notFound, "No record file \(path) to delete.\n") }
        let tree = SourceTree.directory(source)
        let sites = RecordReferences.find(Self.target(file.entry), in: tree).filter { $0.path != path }
        guard sites.isEmpty else { return deleteForm(path, problems: [FieldProblem(field: nil, message: text[.editor.deleteBlocked])]) }
        let problems = newErrors(in: tree, writing: [:], removing: [path], moved: nil)
        guard problems.isEmpty else { return deleteForm(path, problems: problems) }
        do {
            try FileManager.default.removeItem(at: file.url)
        } catch {
            return deleteForm(path, problems: [FieldProblem(field: nil, message: "cannot delete: \(error.localizedDescription)")])
        }
        if commit, let problem = self.commit([path], saving: saving, otherwise: "Slett \(path)") {
            return page((text[.editor.indexTitle], summaryHTML([FieldProblem(field: nil, message: problem)], heading: text(.editor.deleted, ["path": path])) { _ in true }), status: .ok)
        }
        var components = URLComponents()
        components.queryItems = [URLQueryItem(name: "slettet", value: path)]
        return Self.redirect(Self.prefix + (components.percentEncodedQuery.map { "?" + $0 } ?? ""))
    }

    /// The errors the site would have with the files changed that it does not have now (a file
    /// that moved counts as the same file): the check a rename or delete must pass.
    func newErrors(in tree: SourceTree, writing texts: [String: String], removing removed: Set<String>,
                   moved: (from: String, to: String)?) -> [FieldProblem] {
        let changed = tree.overlaid(with: texts.mapValues { Data($0.utf8) }, removing: removed)
        let after = fullCheck(changed).filter { $0.severity == .error }
        // The site as it is is checked only when the change leaves errors, to tell the new ones.
        guard !after.isEmpty else { return [] }
        let before = fullCheck(tree).filter { $0.severity == .error }
        let known = Set(before.map { "\($0.location.path == moved?.from ? moved?.to ?? "" : $0.location.path)\u{0}\($0.message)" })
        return after.filter { !known.contains("\($0.location.path)\u{0}\($0.message)") }
            .map { FieldProblem($0, field: nil, withPlace: true) }
    }
}
