import Foundation
import HTTPTypes
import HummingbirdCore
import NIOCore
import Synchronization
import Basics
import CommonMark
import FrontMatter
import OrdenAuthoring
import OrdenBuild
import OrdenHistory
import OrdenModel
import OrdenResources
import OrdenSite
import OrdenSource

/// `orden serve --edit`: a form for every record, under `/_orden/rediger/`. A save writes the
/// record's file in `content/` with only the edited lines changed (FrontMatterEditor), after
/// `orden check` has found no error in the site with the file as it would be; the preview then
/// updates as for any saved file.
///
/// It writes files from a browser, so it is guarded: it exists only with `--edit`; every POST
/// carries the token its form was given (a page of another site cannot forge one) and comes
/// from the preview's own origin; it writes only record files below `content/`, never through a
/// symbolic link; and the preview listens on localhost unless told otherwise.
package struct Editor: Sendable {
    package static let prefix = "/_orden/rediger/"
    static let tokenField = "csrf"
    /// The largest form a save may send: the front matter's limit and a long body.
    static let bodyLimit = 1024 * 1024

    let source: URL
    let options: BuildOptions
    let token: String
    /// The interface's language when orden.yml gives none.
    let fallbackLanguage: UILanguage
    /// Whether each save is committed to git, and the header that names who saves.
    let commit: Bool
    let userHeader: HTTPField.Name?
    /// Whether each person's saves go on their own branch, and the remote commits are pushed to.
    let branchPerEditor: Bool
    let pushRemote: String?
    /// The preview's quick check of a file as it would be saved (nil: only a full check can tell).
    let check: @Sendable (String, Data) -> [Diagnostic]?

    package init(source: URL, options: BuildOptions, language: UILanguage = .nb, commit: Bool = false, userHeader: String? = nil,
                 branchPerEditor: Bool = false, pushRemote: String? = nil,
                 check: @escaping @Sendable (String, Data) -> [Diagnostic]? = { _, _ in nil }) {
        self.source = source.standardizedFileURL
        self.options = options
        self.check = check
        self.commit = commit
        self.userHeader = userHeader.flatMap { HTTPField.Name($0) }
        self.branchPerEditor = branchPerEditor
        self.pushRemote = pushRemote
        var generator = SystemRandomNumberGenerator()
        token = (0..<4).map { _ in String(generator.next() as UInt64, radix: 16) }.joined()
        fallbackLanguage = language
    }

    /// The site's language, read again only when orden.yml changes: a page asks for its texts
    /// hundreds of times.
    let languages = LanguageCache()

    final class LanguageCache: Sendable {
        let state = Mutex<(stamp: String, language: UILanguage?)?>(nil)
    }

    /// The editor speaks the site's language: orden.yml's `language:`, as the file is now.
    var text: UIText {
        let config = source.appendingPathComponent(ContentLayout.configFile).path
        let attributes = (try? FileManager.default.attributesOfItem(atPath: config)) ?? [:]
        let stamp = [FileAttributeKey.modificationDate, .size, .systemFileNumber].map { "\(attributes[$0] ?? "-")" }.joined(separator: "|")
        let language = languages.state.withLock { cached in
            if let cached, cached.stamp == stamp { return cached.language }
            let language = ContentParser.parseConfig(.directory(source)).0?.language
            cached = (stamp, language)
            return language
        }
        return Translations.builtIn[language ?? fallbackLanguage]
    }

    /// The form of a kind of record, internal fields in it only for the internal audience.
    func recordForm(_ kind: RecordKind) -> RecordForm {
        RecordForm(spec: kind.spec, internalFields: options.audience == .internal)
    }

    // MARK: Requests

    package func respond(to request: inout Request, path: String) async -> Response {
        let rest = String(path.dropFirst(Self.prefix.count))
        switch request.method {
        case .get, .head:
            if rest.isEmpty { return page(index(deleted: Self.query(request, "slettet")), status: .ok) }
            if rest == Self.scriptName { return Self.script() }
            if rest.hasPrefix("ny/") { return newForm(String(rest.dropFirst(3)), values: [:], problems: []) }
            if rest.hasPrefix(Self.renamePrefix) { return renameForm(String(rest.dropFirst(Self.renamePrefix.count))) }
            if rest.hasPrefix(Self.deletePrefix) { return deleteForm(String(rest.dropFirst(Self.deletePrefix.count))) }
            return editForm(rest, saved: Self.query(request, "lagret") != nil, renamed: Self.query(request, "flyttet").flatMap { Int($0) })
        case .post:
            guard Self.sameOrigin(request) else { return Self.plain(.forbidden, "The form was not sent from this preview.\n") }
            let form: [String: [String]]
            do {
                var body = try await request.collectBody(upTo: Self.bodyLimit)
                form = Self.decodeForm(body.readString(length: body.readableBytes) ?? "")
            } catch {
                return Self.plain(.contentTooLarge, "The form is larger than \(Self.bodyLimit / 1024) KiB.\n")
            }
            guard form[Self.tokenField]?.first == token else {
                return Self.plain(.forbidden, "The form's token is missing or out of date: open the form again and save from it.\n")
            }
            // Behind a single sign-on proxy, a request without the person is one that did not come through it.
            let author = userHeader.flatMap { request.headers[$0] }.flatMap(Author.init(header:))
            if userHeader != nil && author == nil {
                return Self.plain(.forbidden, "The request does not say who is saving (\(userHeader?.rawName ?? "")); sign in through the proxy.\n")
            }
            let saving = Saving(author: author, message: form["message"]?.first)
            if rest.hasPrefix(Self.checkPrefix) { return checkForm(String(rest.dropFirst(Self.checkPrefix.count)), form: form) }
            if rest.hasPrefix("ny/") { return create(String(rest.dropFirst(3)), form: form, saving: saving) }
            if rest.hasPrefix(Self.renamePrefix) { return rename(String(rest.dropFirst(Self.renamePrefix.count)), form: form, saving: saving) }
            if rest.hasPrefix(Self.deletePrefix) { return delete(String(rest.dropFirst(Self.deletePrefix.count)), form: form, saving: saving) }
            return save(rest, form: form, saving: saving)
        default:
            var response = Self.plain(.methodNotAllowed, "The editor answers GET, HEAD and POST.\n")
            response.headers[.allow] = "GET, HEAD, POST"
            return response
        }
    }

    // MARK: Paths

    /// A record file's path relative to the source, when `path` names one that may be edited:
    /// below `content/`, a record by the content layout, no `..`, and not reached through a
    /// symbolic link.
    func recordFile(_ path: String) -> (path: String, entry: ContentLayout.Entry, url: URL)? {
        guard !path.contains("\0"), !path.contains("\\"), !path.hasPrefix("/"),
              !path.split(separator: "/").contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }),
              path.hasPrefix(ContentLayout.contentFolder + "/"),
              case .record(let entry) = ContentLayout.classify(path) else { return nil }
        let content = source.appendingPathComponent(ContentLayout.contentFolder, isDirectory: true).resolvingSymlinksInPath().path + "/"
        let url = source.appendingPathComponent(path)
        // Every existing part of the path, resolved, stays inside content/.
        var existing = url
        while !FileManager.default.fileExists(atPath: existing.path) && existing.pathComponents.count > source.pathComponents.count {
            existing.deleteLastPathComponent()
        }
        let resolved = existing.resolvingSymlinksInPath().path + (existing == url ? "" : "/")
        guard resolved.hasPrefix(content) || resolved + "/" == content else { return nil }
        if let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
           attributes[.type] as? FileAttributeType == .typeSymbolicLink { return nil }
        return (path, entry, url)
    }

    // MARK: Pages

    /// Every record file, by municipality (and the catalogue and the regions) and kind, each kind
    /// with "Ny" for a new record in its folder.
    func index(deleted: String? = nil) -> (title: String, html: String) {
        var html = "<h1>\(escape(text[.editor.indexTitle]))</h1>\n<p>\(escape(text[.editor.indexIntro]))</p>\n"
        if let deleted { html += "<p class=\"editor-notice\" role=\"status\">\(escape(text(.editor.deleted, ["path": deleted])))</p>\n" }
        var folders: [String: [String]] = [:]
        for file in (try? SourceTree.directory(source).listFiles()) ?? [] where recordFile(file) != nil {
            folders[file.split(separator: "/").dropLast().joined(separator: "/"), default: []].append(file)
        }
        func kindHTML(_ kind: RecordKind, folder: String) -> String {
            let files = (folders[folder] ?? []).sorted()
            var html = "<h3>\(escape(text[.editorHeading(of: kind)]))</h3>\n"
            html += "<p><a href=\"\(escape(Self.prefix + "ny/" + folder + "/" + Self.newFileName))\">\(escape(text[.editor.new]))</a></p>\n"
            guard !files.isEmpty else { return html }
            return html + "<ul>\n" + files.map {
                "<li><a href=\"\(escape(Self.prefix + $0))\">\(escape(String($0.split(separator: "/").last ?? "")))</a></li>\n"
            }.joined() + "</ul>\n"
        }
        let content = ContentLayout.contentFolder
        html += "<section><h2>\(escape(text[.editor.catalogue]))</h2>\n"
        for kind in [RecordKind.product, .vendor, .serviceArea, .standard] { html += kindHTML(kind, folder: "\(content)/catalogue/\(kind.folder)") }
        html += "</section>\n"
        let municipalities = Set(folders.keys.compactMap { folder -> String? in
            let parts = folder.split(separator: "/")
            return parts.count >= 3 && parts[1] == "municipalities" ? String(parts[2]) : nil
        }).sorted()
        for municipality in municipalities {
            let folder = "\(content)/municipalities/\(municipality)"
            let indexFile = folder + "/" + RecordKind.municipality.folder
            let name = (try? Data(contentsOf: source.appendingPathComponent(indexFile))).flatMap { String(exactUTF8: $0) }
                .flatMap { Self.read($0).node?["name"]?.text } ?? municipality
            html += "<section><h2>\(escape(name))</h2>\n"
            if folders[folder]?.contains(indexFile) == true {
                html += "<p><a href=\"\(escape(Self.prefix + indexFile))\">\(escape(indexFile))</a></p>\n"
            }
            for kind in ContentLayout.localKinds { html += kindHTML(kind, folder: folder + "/" + kind.folder) }
            html += "</section>\n"
        }
        let regions = Set(folders.keys.compactMap { folder -> String? in
            let parts = folder.split(separator: "/")
            return parts.count == 4 && parts[1] == Substring(ContentLayout.regionsFolder) ? String(parts[2]) : nil
        }).sorted()
        for region in regions {
            html += "<section><h2>\(escape(text(.editor.region, ["region": region])))</h2>\n"
            html += kindHTML(.initiative, folder: "\(content)/\(ContentLayout.regionsFolder)/\(region)/\(RecordKind.initiative.folder)")
            html += "</section>\n"
        }
        return (text[.editor.indexTitle], html)
    }

    /// The file name of the "Ny" links: the new form asks for the id.
    static let newFileName = "ny.md"

    func editForm(_ path: String, saved: Bool, renamed: Int? = nil, values: [String: [String]]? = nil, problems: [FieldProblem] = [],
                  preview: Bool = false) -> Response {
        guard let file = recordFile(path) else { return Self.plain(.notFound, "No record file \(path) to edit.\n") }
        guard let data = try? Data(contentsOf: file.url), let text = String(exactUTF8: data) else {
            return Self.plain(.notFound, "No record file \(path) to edit.\n")
        }
        let (split, node) = Self.read(text)
        let form = recordForm(file.entry.kind)
        let notice = renamed.map { "<p class=\"editor-notice\" role=\"status\">\(escape(self.text.count(.editor.renamed, $0)))</p>\n" }
            ?? (saved ? "<p class=\"editor-notice\" role=\"status\">\(escape(self.text[.editor.saved]))</p>\n" : "")
        var suggestions = suggestions(for: path)
        if file.entry.kind == .system, let product = node?["product"]?.text { suggestions.inherited = inherited(from: product) }
        let html = notice + formHTML(form, action: Self.prefix + path, heading: path, node: node, body: split?.body ?? "",
                                     values: values, problems: problems, pageLink: Self.pagePath(file.entry, path: path),
                                     version: values?["version"]?.first ?? Self.version(data), suggestions: suggestions,
                                     managed: file.entry.kind == .municipality ? nil : path, preview: preview)
        return page((self.text[.editor.title] + " – " + file.entry.id, html), status: problems.isEmpty ? .ok : .unprocessableContent)
    }

    func newForm(_ path: String, values: [String: [String]], problems: [FieldProblem], preview: Bool = false) -> Response {
        guard let file = recordFile(path) else { return Self.plain(.notFound, "No record folder for \(path).\n") }
        let form = recordForm(file.entry.kind)
        let html = formHTML(form, action: Self.prefix + "ny/" + path, heading: text[.editor.new] + ": " + path, node: nil, body: "",
                            values: values.isEmpty ? ["id": [path.hasSuffix("/" + Self.newFileName) ? "" : file.entry.id]] : values, problems: problems, pageLink: nil, askId: true,
                            suggestions: suggestions(for: path), preview: preview)
        return page((text[.editor.new], html), status: problems.isEmpty ? .ok : .unprocessableContent)
    }

    struct FieldProblem: Sendable, Equatable {
        var field: String?
        var message: String

        init(field: String?, message: String) {
            self.field = field
            self.message = message
        }

        /// A diagnostic as the form shows it: its message and hint.
        init(_ diagnostic: Diagnostic, field: String?, withPlace: Bool = false) {
            let place = withPlace ? "\(diagnostic.location.path):\(diagnostic.location.line): " : ""
            self.init(field: field, message: place + diagnostic.message + (diagnostic.hint.map { " (\($0))" } ?? ""))
        }
    }

    // MARK: Checking as the editor types

    static let checkPrefix = "sjekk/"
    static let scriptName = "skjema.js"

    /// What a save of the form as it stands would meet, without saving: the problems by field,
    /// as JSON, for the form's script to show beside the fields while the editor types.
    func checkForm(_ path: String, form: [String: [String]]) -> Response {
        let isNew = path.hasPrefix("ny/")
        let named = isNew ? String(path.dropFirst(3)) : path
        guard let file = recordFile(named) else { return Self.plain(.notFound, "No record file \(named).\n") }
        var target = named, old = "---\n---\n", node: YAMLNode?
        if isNew {
            let id = (form["id"]?.first ?? "").trimmingCharacters(in: .whitespaces)
            guard Identifier.isValid(id) else { return Self.json([FieldProblem(field: "id", message: text[.editor.idHint])]) }
            target = named.split(separator: "/").dropLast().joined(separator: "/") + "/" + id + ".md"
        } else if let data = try? Data(contentsOf: file.url), let text = String(exactUTF8: data) {
            old = text
            node = Self.read(text).node
        }
        let recordForm = recordForm(file.entry.kind)
        let (changes, formProblems) = recordForm.changes(from: form, current: node)
        guard formProblems.isEmpty else { return Self.json(formProblems) }
        guard let newText = try? FrontMatterEditor.apply(changes, to: old, order: file.entry.kind.spec.fields.map(\.key)) else {
            return Self.json([])
        }
        let bytes = Data(newText.utf8)
        return Self.json(Self.problems(diagnostics(at: target, ifWritten: bytes).filter { $0.severity == .error }, in: newText))
    }

    static func json(_ problems: [FieldProblem]) -> Response {
        let items = problems.map { problem in
            "{\"field\":\(JSONText.quote(problem.field ?? "")),\"message\":\(JSONText.quote(problem.message))}"
        }
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        headers[.cacheControl] = "no-store"
        let body = Data(("{\"problems\":[" + items.joined(separator: ",") + "]}").utf8)
        headers[.contentLength] = String(body.count)
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// The form's script: after a pause in typing, the form is checked and each problem shown
    /// beside its field (and announced), as a save would show it. The form works without it.
    static func script() -> Response {
        let js = """
            (() => {
              const form = document.querySelector('form.editor-form');
              if (!form || !window.fetch) return;
              const status = document.getElementById('sjekk-status');
              let timer = null, asked = 0;
              const clear = () => {
                form.querySelectorAll('.editor-error.live').forEach(p => p.remove());
                form.querySelectorAll('[aria-invalid="true"].live-invalid').forEach(e => {
                  e.removeAttribute('aria-invalid'); e.removeAttribute('aria-describedby'); e.classList.remove('live-invalid');
                });
              };
              const show = problems => {
                clear();
                for (const problem of problems) {
                  const control = form.querySelector('[name="f.' + problem.field + '"], [name="y.' + problem.field + '"], [name="' + problem.field + '"], [name^="f.' + problem.field + '."], [name^="r.' + problem.field + '."]');
                  if (!control) continue;
                  const id = 'sjekk-' + problem.field;
                  let p = document.getElementById(id);
                  if (!p) {
                    p = document.createElement('p');
                    p.id = id; p.className = 'editor-error live';
                    (control.closest('fieldset') || control.closest('p') || control).after(p);
                  }
                  p.textContent = (p.textContent ? p.textContent + ' ' : '') + problem.message;
                  if (!control.hasAttribute('aria-invalid')) {
                    control.setAttribute('aria-invalid', 'true'); control.setAttribute('aria-describedby', id); control.classList.add('live-invalid');
                  }
                }
                if (status) status.textContent = problems.length ? form.dataset.problems.replace('{n}', problems.length) : '';
              };
              const check = () => {
                const mine = ++asked;
                fetch(form.dataset.check, {method: 'POST', body: new URLSearchParams(new FormData(form)), credentials: 'same-origin'})
                  .then(r => r.ok ? r.json() : null)
                  .then(result => { if (result && mine === asked) show(result.problems); })
                  .catch(() => {});
              };
            \(rowsScript)
              form.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(check, 600); });
              form.addEventListener('change', () => { clearTimeout(timer); timer = setTimeout(check, 200); });
            })();

            """
        var headers = HTTPFields()
        headers[.contentType] = "text/javascript; charset=utf-8"
        headers[.cacheControl] = "no-store"
        let body = Data(js.utf8)
        headers[.contentLength] = String(body.count)
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    // MARK: Saving

    /// Who saves, and what they say of it, for the commit.
    struct Saving: Sendable {
        var author: Author?
        var message: String?
    }

    struct Author: Sendable, Equatable {
        var name: String
        var email: String

        /// "Kari Nordmann <kari@kommune.no>", "kari@kommune.no" or "Kari Nordmann".
        init?(header: String) {
            let value = header.trimmingCharacters(in: .whitespaces)
            guard !value.isEmpty, !value.contains(where: { $0.isNewline || $0 == "\0" }) else { return nil }
            if let open = value.lastIndex(of: "<"), value.hasSuffix(">") {
                email = String(value[value.index(after: open)..<value.index(before: value.endIndex)])
                name = value[..<open].trimmingCharacters(in: .whitespaces)
                if name.isEmpty { name = String(email.prefix { $0 != "@" }) }
            } else if value.contains("@") {
                email = value
                name = String(value.prefix { $0 != "@" })
            } else {
                name = value
                email = Identifier.suggestion(for: value) + "@orden.invalid"
            }
            guard !email.isEmpty, !email.contains(where: { $0 == "<" || $0 == ">" || $0.isWhitespace }) else { return nil }
        }
    }

    func save(_ path: String, form: [String: [String]], saving: Saving = Saving()) -> Response {
        guard let file = recordFile(path), let data = try? Data(contentsOf: file.url), let old = String(exactUTF8: data) else {
            return Self.plain(.notFound, "No record file \(path) to edit.\n")
        }
        // "Forhåndsvis teksten": the form again with the text as the page will show it; nothing written.
        if form[Self.previewField] != nil { return editForm(path, saved: false, values: form, preview: true) }
        // "Bekreft at opplysningene er riktige": the review date set to today, nothing else.
        if form["review"]?.first == "1" {
            guard form["version"]?.first == Self.version(data) else { return conflict(path, current: old, yours: nil, form: form) }
            return write(path, file: file.url, entry: file.entry, form: form, saving: Saving(author: saving.author, message: saving.message ?? "Gjennomgått: \(path)")) {
                try FrontMatterEditor.apply([.init("reviewed", .day(Day.today))], to: old, order: file.entry.kind.spec.fields.map(\.key))
            } failed: { problems in
                editForm(path, saved: false, problems: problems)
            }
        }
        let (split, node) = Self.read(old)
        let recordForm = recordForm(file.entry.kind)
        let (changes, formProblems) = recordForm.changes(from: form, current: node)
        if !formProblems.isEmpty {
            return editForm(path, saved: false, values: form, problems: formProblems)
        }
        let oldBody = split?.body ?? ""
        // A submission without the body leaves it as it is, as it does any field it does not name.
        let newBody = form["body"]?.first.map { $0.replacingOccurrences(of: "\r\n", with: "\n") } ?? oldBody
        let bodyChanged = newBody.trimmingCharacters(in: .whitespacesAndNewlines) != oldBody.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !changes.isEmpty || bodyChanged else { return Self.redirect(Self.prefix + path + "?lagret=1") }
        // Saved by someone else since the form was opened: nothing is written, and both versions
        // are shown, so that neither is lost.
        if let version = form["version"]?.first, version != Self.version(data) {
            let yours = try? FrontMatterEditor.apply(changes, to: old, order: file.entry.kind.spec.fields.map(\.key), body: bodyChanged ? newBody : nil)
            return conflict(path, current: old, yours: yours, form: form)
        }
        return write(path, file: file.url, entry: file.entry, form: form, saving: saving) {
            try FrontMatterEditor.apply(changes, to: old, order: file.entry.kind.spec.fields.map(\.key), body: bodyChanged ? newBody : nil)
        } failed: { problems in
            editForm(path, saved: false, values: form, problems: problems)
        }
    }

    func create(_ path: String, form: [String: [String]], saving: Saving = Saving()) -> Response {
        guard let folderFile = recordFile(path) else { return Self.plain(.notFound, "No record folder for \(path).\n") }
        if form[Self.previewField] != nil { return newForm(path, values: form, problems: [], preview: true) }
        let id = (form["id"]?.first ?? "").trimmingCharacters(in: .whitespaces)
        let folder = path.split(separator: "/").dropLast().joined(separator: "/")
        let target = folder + "/" + id + ".md"
        guard Identifier.isValid(id), let file = recordFile(target), file.entry.kind == folderFile.entry.kind else {
            return newForm(path, values: form, problems: [FieldProblem(field: "id", message: text[.editor.idHint])])
        }
        guard !FileManager.default.fileExists(atPath: file.url.path) else {
            return newForm(path, values: form, problems: [FieldProblem(field: "id", message: text[.editor.exists])])
        }
        let recordForm = recordForm(file.entry.kind)
        let (changes, formProblems) = recordForm.changes(from: form, current: nil)
        if !formProblems.isEmpty {
            return newForm(path, values: form, problems: formProblems)
        }
        let body = (form["body"]?.first ?? "").replacingOccurrences(of: "\r\n", with: "\n")
        return write(target, file: file.url, entry: file.entry, form: form, saving: saving) {
            try FrontMatterEditor.apply(changes, to: "---\n---\n", order: file.entry.kind.spec.fields.map(\.key), body: body)
        } failed: { problems in
            newForm(path, values: form, problems: problems)
        }
    }

    /// The page a save meets when the file changed after its form was opened: the file as it is,
    /// the file with the submission's changes, and the submission again to save it anyway.
    func conflict(_ path: String, current: String, yours: String?, form: [String: [String]]) -> Response {
        var html = "<h1>\(escape(text[.editor.conflictHeading]))</h1>\n<p>\(escape(text[.editor.conflictIntro]))</p>\n"
        html += "<h2>\(escape(text[.editor.currentVersion]))</h2>\n<pre class=\"editor-version\">\(escape(current))</pre>\n"
        if let yours { html += "<h2>\(escape(text[.editor.yourVersion]))</h2>\n<pre class=\"editor-version\">\(escape(yours))</pre>\n" }
        html += "<form method=\"post\" action=\"\(escape(Self.prefix + path))\">\n"
        for (name, values) in form.sorted(by: { $0.key < $1.key }) where name != "version" && name != Self.tokenField {
            for value in values { html += "<input type=\"hidden\" name=\"\(escape(name))\" value=\"\(escape(value))\">\n" }
        }
        let data = Data(current.utf8)
        html += "<input type=\"hidden\" name=\"\(Self.tokenField)\" value=\"\(token)\">\n<input type=\"hidden\" name=\"version\" value=\"\(Self.version(data))\">\n"
        html += "<p><button type=\"submit\">\(escape(text[.editor.saveAnyway]))</button> <a href=\"\(escape(Self.prefix + path))\">\(escape(text[.editor.back]))</a></p>\n</form>\n"
        return page((text[.editor.conflictHeading], html), status: .conflict)
    }

    /// Checks the site with the new text in place of the file, and writes it only when that
    /// gives no error at the file: an edit that breaks the record is shown beside its fields,
    /// and the file stays as it was.
    private func write(_ path: String, file: URL, entry: ContentLayout.Entry, form: [String: [String]], saving: Saving,
                       text make: () throws -> String, failed: ([FieldProblem]) -> Response) -> Response {
        let newText: String
        do {
            newText = try make()
        } catch {
            return failed([FieldProblem(field: nil, message: String(describing: error))])
        }
        let bytes = Data(newText.utf8)
        let errors = diagnostics(at: path, ifWritten: bytes).filter { $0.severity == .error }
        guard errors.isEmpty else { return failed(Self.problems(errors, in: newText)) }
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try bytes.write(to: file, options: .atomic)
        } catch {
            return failed([FieldProblem(field: nil, message: "cannot write \(path): \(error.localizedDescription)")])
        }
        if commit, let problem = self.commit([path], saving: saving, otherwise: "Rediger \(path)") {
            return failed([FieldProblem(field: nil, message: problem)])
        }
        return Self.redirect(Self.prefix + path + "?lagret=1")
    }

    /// What the check says at `path` if the file held `bytes`: the preview's own check against the
    /// site it holds, as an update would make it; the whole source is checked only when that
    /// cannot tell (a new file).
    func diagnostics(at path: String, ifWritten bytes: Data) -> [Diagnostic] {
        if let quick = check(path, bytes) { return quick }
        return fullCheck(SourceTree.directory(source).overlaid(with: [path: bytes])).filter { $0.location.path == path }
    }

    /// `orden check` of a tree, as the editor's checks run it (without git's history).
    func fullCheck(_ tree: SourceTree) -> [Diagnostic] {
        var options = self.options
        options.history = .none
        return Orden.check(tree, options: options).diagnostics
    }

    /// Diagnostics as problems of the fields whose lines they point at.
    static func problems(_ diagnostics: [Diagnostic], in text: String) -> [FieldProblem] {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        return diagnostics.map { diagnostic in
            // The top-level key at or above the diagnostic's line.
            var field: String?
            var index = min(max(diagnostic.location.line - 1, 0), lines.count - 1)
            while index > 0 {
                let line = lines[index]
                if let first = line.first, first != " ", first != "#", first != "-", let colon = line.firstIndex(of: ":") {
                    field = String(line[..<colon])
                    break
                }
                index -= 1
            }
            return FieldProblem(diagnostic, field: field)
        }
    }

    // MARK: HTML

    func escape(_ text: String) -> String { XMLText.escape(text) }

    func formHTML(_ form: RecordForm, action: String, heading: String, node: YAMLNode?, body: String, values: [String: [String]]?,
                  problems: [FieldProblem], pageLink: String?, askId: Bool = false, version: String? = nil, suggestions: Suggestions = Suggestions(),
                  managed: String? = nil, preview: Bool = false) -> String {
        func value(_ name: String, _ current: String) -> String { values?[name]?.first ?? current }
        func problemHTML(_ field: String) -> (String, String) {
            let messages = problems.filter { $0.field == field }.map(\.message)
            guard !messages.isEmpty else { return ("", "") }
            let id = "feil-" + field
            return (" aria-invalid=\"true\" aria-describedby=\"\(id)\"",
                    "<p class=\"editor-error\" id=\"\(id)\">" + messages.map(escape).joined(separator: "<br>") + "</p>\n")
        }
        var html = "<h1>\(escape(heading))</h1>\n"
        if let pageLink {
            html += "<p><a href=\"/\(escape(pageLink))\">\(escape(text[.editor.viewPage]))</a> · <a href=\"\(Self.prefix)\">\(escape(text[.editor.back]))</a>"
            if let managed {
                html += " · <a href=\"\(escape(Self.prefix + Self.renamePrefix + managed))\">\(escape(text[.editor.renameLink]))</a>"
                html += " · <a href=\"\(escape(Self.prefix + Self.deletePrefix + managed))\">\(escape(text[.editor.deleteLink]))</a>"
            }
            html += "</p>\n"
        }
        // Listed in the summary: what no field of the form shows beside it.
        html += summaryHTML(problems, heading: text[.editor.notSaved]) { field in !form.fields.contains { $0.key == field } }
        if let version, pageLink != nil {
            html += "<form method=\"post\" action=\"\(escape(action))\" class=\"editor-review\">\n<p>\(escape(text[.editor.reviewIntro]))</p>\n"
            html += "<input type=\"hidden\" name=\"\(Self.tokenField)\" value=\"\(token)\"><input type=\"hidden\" name=\"version\" value=\"\(version)\">"
            html += "<input type=\"hidden\" name=\"review\" value=\"1\">\n<p><button type=\"submit\">\(escape(text[.editor.reviewButton]))</button></p>\n</form>\n"
        }
        let checkAction = Self.prefix + Self.checkPrefix + String(action.dropFirst(Self.prefix.count))
        html += "<form method=\"post\" action=\"\(escape(action))\" class=\"editor-form\" data-check=\"\(escape(checkAction))\" data-problems=\"\(escape(text[.editor.liveProblems]))\">\n"
        html += "<p id=\"sjekk-status\" class=\"editor-live\" aria-live=\"polite\"></p>\n"
        html += "<input type=\"hidden\" name=\"\(Self.tokenField)\" value=\"\(token)\">\n"
        if let version { html += "<input type=\"hidden\" name=\"version\" value=\"\(version)\">\n" }
        if askId { html += idFieldHTML(label: text[.editor.id], value: value("id", ""), problems: problems) }
        for field in form.fields {
            let label = fieldLabel(field) + (field.requirement == .required ? " *" : "")
            let (attributes, message) = problemHTML(field.key)
            let help = helpHTML(field)
            switch form.control(for: field, current: node?[field.key]) {
            case .scalar(let type):
                html += "<p>" + control(type, name: "f." + field.key, id: "f-" + field.key, label: label, value: value("f." + field.key, RecordForm.text(node?[field.key])),
                                        attributes: attributes, suggestions: suggestions) + "<br>\(help)</p>\n" + message
            case .group(let subfields):
                html += "<fieldset\(attributes)><legend>\(escape(label))</legend>\n"
                for sub in subfields {
                    let name = "f.\(field.key).\(sub.key)"
                    html += "<p>" + control(sub.type, name: name, id: "f-\(field.key)-\(sub.key)", label: fieldLabel(sub),
                                            value: value(name, RecordForm.text(node?[field.key]?[sub.key])), attributes: "", suggestions: suggestions) + "</p>\n"
                }
                html += helpHTML(field) + "</fieldset>\n" + message
            case .lines:
                let current = (node?[field.key]?.items ?? []).compactMap(\.text).joined(separator: "\n")
                let placeholder = suggestions.inherited[field.key].map { " placeholder=\"\(escape(text(.editor.inherited, ["value": $0])))\"" } ?? ""
                html += "<p><label for=\"f-\(field.key)\">\(escape(label))</label><br>\n<textarea id=\"f-\(field.key)\" name=\"f.\(field.key)\" rows=\"3\"\(attributes)\(placeholder)>\(escape(value("f." + field.key, current)))</textarea><br>\(help) <small>\(escape(text[.editor.linesHint]))</small></p>\n" + message
            case .rows(let subFields):
                html += rowsHTML(field, subFields: form.shown(subFields), label: label, current: node?[field.key], values: values,
                                 attributes: attributes, suggestions: suggestions) + message
            case .yaml:
                html += "<p><label for=\"y-\(field.key)\">\(escape(label))</label><br>\n<textarea id=\"y-\(field.key)\" name=\"y.\(field.key)\" rows=\"4\" class=\"editor-yaml\" spellcheck=\"false\"\(attributes)>\(escape(value("y." + field.key, RecordForm.yamlText(node?[field.key]))))</textarea><br>\(help) <small>\(escape(text[.editor.yamlHint]))</small></p>\n" + message
            }
        }
        html += "<p><label for=\"body\">\(escape(text[.editor.body]))</label><br>\n<textarea id=\"body\" name=\"body\" rows=\"10\">\(escape(value("body", body)))</textarea></p>\n"
        if commit { html += messageHTML(value("message", "")) }
        // Saving comes first, so that Enter in a field saves.
        html += "<p><button type=\"submit\">\(escape(text[.editor.save]))</button> "
        html += "<button type=\"submit\" name=\"\(Self.previewField)\" value=\"1\" formaction=\"\(escape(action))#forhandsvisning\" formnovalidate>\(escape(text[.editor.previewButton]))</button></p>\n</form>\n"
        if preview { html += previewHTML(value("body", body)) }
        html += datalistsHTML(suggestions)
        html += "<script src=\"\(Self.prefix)\(Self.scriptName)\" defer></script>\n"
        return html
    }

    static let previewField = "forhandsvis"

    /// The record's text as its page will show it: rendered as the site renders it (raw HTML
    /// left out, only http(s) and mailto links), or why it cannot be.
    func previewHTML(_ body: String) -> String {
        var html = "<section class=\"editor-preview\" aria-labelledby=\"forhandsvisning\">\n<h2 id=\"forhandsvisning\" tabindex=\"-1\">\(escape(text[.editor.previewHeading]))</h2>\n"
        switch Markdown.render(body.replacingOccurrences(of: "\r\n", with: "\n")) {
        case .success(let rendered): html += "<div class=\"prose\">\n\(rendered)</div>\n"
        case .failure(let problem): html += "<p class=\"editor-error\">\(escape(problem.message))</p>\n"
        }
        return html + "</section>\n"
    }

    /// A field's help: in bokmål and nynorsk what `orden new`'s template says of it (in bokmål),
    /// else the registry's description (in English), each marked with its language where that
    /// is not the page's.
    func helpHTML(_ field: FieldSpec) -> String {
        let (help, language) = text.language != .en ? field.template?.note.map { ($0, "nb") } ?? (field.description, "en") : (field.description, "en")
        let mark = language == text.language.rawValue ? "" : " lang=\"\(language)\""
        return "<small\(mark)>\(escape(help))</small>"
    }

    /// A field's label: the page's wording where the site has one, else (in Norwegian) the
    /// spreadsheet import's column, else the editor's own word for the key, else the registry's
    /// title.
    func fieldLabel(_ field: FieldSpec) -> String {
        if let key = field.label, text.has(key) { return text[key] }
        if text.language != .en, let header = field.column?.header { return header }
        if text.has(.editorField(field.key)) { return text[.editorField(field.key)] }
        return field.title
    }

    func control(_ type: FieldType, name: String, id: String, label: String, value: String, attributes: String, suggestions: Suggestions) -> String {
        let labelHTML = "<label for=\"\(escape(id))\">\(escape(label))</label><br>\n"
        // An empty field of a system shows what its product gives.
        let inherited = name.hasPrefix("f.") ? suggestions.inherited[String(name.dropFirst(2))] : nil
        let placeholder = inherited.map { " placeholder=\"\(escape(text(.editor.inherited, ["value": $0])))\"" } ?? ""
        let common = "id=\"\(escape(id))\" name=\"\(escape(name))\"\(attributes)\(placeholder)"
        switch type {
        case _ where Self.listName(for: type).map { suggestions.lists[$0] != nil } == true:
            // The records there are to choose among, searchable as the browser offers a datalist.
            return labelHTML + "<input list=\"\(escape(Self.listName(for: type) ?? ""))\" autocomplete=\"off\" \(common) value=\"\(escape(value))\">"
        case .choice(let values):
            let unset = inherited.map { text(.editor.inherited, ["value": ChoiceLabels.label($0, among: values, text: text)]) } ?? text[.editor.notSet]
            let options = ["<option value=\"\">\(escape(unset))</option>"] + values.map {
                "<option value=\"\(escape($0))\"\($0 == value ? " selected" : "")>\(escape(ChoiceLabels.label($0, among: values, text: text)))</option>"
            } + (value.isEmpty || values.contains(value) ? [] : ["<option value=\"\(escape(value))\" selected>\(escape(value))</option>"])
            return labelHTML + "<select id=\"\(escape(id))\" name=\"\(escape(name))\"\(attributes)>\n" + options.joined(separator: "\n") + "\n</select>"
        case .boolean:
            let options = [("", text[.editor.notSet]), ("true", text[.local.answerYes]), ("false", text[.local.answerNo])].map {
                "<option value=\"\($0.0)\"\($0.0 == value ? " selected" : "")>\(escape($0.1))</option>"
            }
            return labelHTML + "<select \(common)>\n" + options.joined(separator: "\n") + "\n</select>"
        case .text(format: "date", _):
            return labelHTML + "<input type=\"date\" \(common) value=\"\(escape(value))\">"
        case .integer, .number:
            return labelHTML + "<input inputmode=\"decimal\" \(common) value=\"\(escape(value))\">"
        default:
            return labelHTML + "<input \(common) value=\"\(escape(value))\">"
        }
    }

    func page(_ content: (title: String, html: String), status: HTTPResponse.Status) -> Response {
        let html = """
            <!DOCTYPE html>
            <html lang="\(text.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(content.title)) – Orden</title>
            <link rel="stylesheet" href="/\(Paths.stylesheet)">
            </head>
            <body class="editor">
            <main id="innhold" class="page">
            \(content.html)
            </main>
            </body>
            </html>

            """
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        // The editor is never shown in a frame of another page (clickjacking).
        headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        headers[HTTPField.Name("Content-Security-Policy")!] = "frame-ancestors 'none'; form-action 'self'"
        let body = Data(html.utf8)
        headers[.contentLength] = String(body.count)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    // MARK: Helpers

    /// A record file's front matter and body, and its YAML composed; nils where it does not read.
    static func read(_ text: String) -> (split: FrontMatterSplit?, node: YAMLNode?) {
        let split = try? FrontMatterSplit.split(text.replacingOccurrences(of: "\r\n", with: "\n")).get()
        return (split, split.flatMap { try? YAMLComposer.compose($0.yaml).get() })
    }

    /// The ids a reference field may name, by kind: the catalogue's, and for a municipality's
    /// records those of the same municipality.
    struct Suggestions: Sendable {
        /// The values each list offers, by the list's id.
        var lists: [String: [String]] = [:]
        /// What a system's empty fields give, from its product: shown in the field, not copied
        /// into the file, so that a change to the product reaches every system that uses it.
        var inherited: [String: String] = [:]
    }

    /// The values a system inherits from the product `id` (the fields a product and a system
    /// share), as the form shows them.
    func inherited(from id: String) -> [String: String] {
        guard Identifier.isValid(id),
              let data = try? Data(contentsOf: source.appendingPathComponent("\(ContentLayout.contentFolder)/catalogue/products/\(id).md")),
              let text = String(exactUTF8: data), let node = Self.read(text).node else { return [:] }
        var values: [String: String] = [:]
        for key in ["name", "vendor", "category", "hosting"] { if let value = node[key]?.text { values[key] = value } }
        for key in ["service_areas", "standards"] {
            if let items = node[key]?.items?.compactMap(\.text), !items.isEmpty { values[key] = items.joined(separator: ", ") }
        }
        return values
    }

    func suggestions(for path: String) -> Suggestions {
        let parts = path.split(separator: "/")
        let municipality = parts.count > 3 && parts[1] == "municipalities" ? String(parts[2]) : nil
        var ids: [RecordKind: [String]] = [:]
        var otherSystems: [String] = []
        for file in (try? SourceTree.directory(source).listFiles()) ?? [] {
            guard case .record(let entry) = ContentLayout.classify(file) else { continue }
            if let folder = entry.municipalityFolder, entry.kind != .municipality, folder != municipality {
                // Another municipality's system, as a reference to it is written: 9902/id.
                if entry.kind == .system, let number = ContentLayout.splitMunicipalityFolder(folder)?.number {
                    otherSystems.append(number + "/" + entry.id)
                }
                continue
            }
            ids[entry.kind, default: []].append(entry.id)
        }
        // Every system of the country would make each form megabytes: other municipalities'
        // systems are offered up to a bound, and can always be typed.
        if otherSystems.count > Self.otherSystemsOffered { otherSystems = [] }
        let systems = (ids[.system] ?? []).sorted() + otherSystems.sorted()
        var lists: [String: [String]] = [:]
        for (kind, values) in ids where kind != .municipality { lists["liste-" + kind.rawValue] = values.sorted() }
        lists[Self.systemList] = systems
        lists[Self.targetList] = systems + (ids[.product] ?? []).sorted().map { "product:" + $0 }
        return Suggestions(lists: lists.filter { !$0.value.isEmpty })
    }

    /// The most other municipalities' systems a form offers in its lists.
    static let otherSystemsOffered = 3000
    static let systemList = "liste-systemer"
    static let targetList = "liste-mal"

    /// The list a control of `type` offers its values from, if any.
    static func listName(for type: FieldType) -> String? {
        switch type {
        case .reference(let kind): return "liste-" + kind.rawValue
        case .text(_, let pattern?) where pattern == RecordReferences.systemPattern: return systemList
        case .text(_, let pattern?) where pattern == RecordReferences.integrationPattern: return targetList
        default: return nil
        }
    }

    /// The lists the form's reference fields offer, once each at the end of the form.
    func datalistsHTML(_ suggestions: Suggestions) -> String {
        suggestions.lists.sorted { $0.key < $1.key }.map { name, values in
            "<datalist id=\"\(escape(name))\">" + values.map { "<option value=\"\(escape($0))\">" }.joined() + "</datalist>\n"
        }.joined()
    }

    /// What the file was when a form was made from it: a save from an older form is a conflict.
    /// FNV-1a over the bytes, the same in every run.
    static func version(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return String(hash, radix: 16)
    }


    /// The page of a record, from its file's place (the site's addresses follow the folders).
    static func pagePath(_ entry: ContentLayout.Entry, path: String) -> String? {
        let parts = path.split(separator: "/").map(String.init)
        switch entry.kind {
        case .municipality: return parts.count > 2 ? "kommuner/\(parts[2])/" : nil
        case .product: return Paths.product(entry.id)
        case .vendor: return Paths.vendor(entry.id)
        case .serviceArea: return Paths.serviceArea(entry.id)
        case .standard: return Paths.standard(entry.id)
        default:
            if parts.count > 4, parts[1] == "municipalities" { return "kommuner/\(parts[2])/\(Paths.localFolder(entry.kind))/\(entry.id)/" }
            if parts.count > 4, parts[1] == ContentLayout.regionsFolder { return Paths.region(parts[2]) + "tiltak/\(entry.id)/" }
            return nil
        }
    }

    /// application/x-www-form-urlencoded, as a browser sends a form.
    static func decodeForm(_ body: String) -> [String: [String]] {
        var form: [String: [String]] = [:]
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String { text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? "" }
            form[decode(parts[0]), default: []].append(parts.count > 1 ? decode(parts[1]) : "")
        }
        return form
    }

    /// Whether a POST comes from a page of the preview itself: the browser's Origin (or, where it
    /// sends none, Sec-Fetch-Site) must name the preview's own host.
    static func sameOrigin(_ request: Request) -> Bool {
        let site = request.headers[HTTPField.Name("Sec-Fetch-Site")!]
        if let site, site != "same-origin" && site != "none" { return false }
        guard let origin = request.headers[HTTPField.Name("Origin")!] else { return true }
        guard let host = request.head.authority, let url = URL(string: origin) else { return false }
        return "\(url.host ?? "")\(url.port.map { ":\($0)" } ?? "")" == host
    }

    static func query(_ request: Request, _ name: String) -> String? {
        guard let target = request.head.path, let question = target.firstIndex(of: "?") else { return nil }
        return URLComponents(string: String(target[question...]))?.queryItems?.first { $0.name == name }?.value ?? nil
    }

    static func redirect(_ location: String) -> Response {
        var headers = HTTPFields()
        headers[.location] = location
        headers[.contentLength] = "0"
        return Response(status: .seeOther, headers: headers)
    }

    static func plain(_ status: HTTPResponse.Status, _ text: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; charset=utf-8"
        let body = Data(text.utf8)
        headers[.contentLength] = String(body.count)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }
}
