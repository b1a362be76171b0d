import Foundation
import NIOCore
import Testing
@testable import Basics
@testable import OrdenBuild
@testable import OrdenHistory
@testable import OrdenModel
@testable import OrdenServe
@testable import OrdenSource

/// `orden serve --edit`: a form per record that saves only what was edited, refuses what it
/// must (no token, another origin, paths outside content/, a value `orden check` calls an
/// error), and the preview showing the change.
@Suite struct EditorTests {
    func start(_ folder: URL, edit: Bool = true, userHeader: String? = nil, branchPerEditor: Bool = false, push: String? = nil) async throws -> (PreviewServer, UInt16) {
        var options = ServeOptions(source: folder, port: 0, edit: edit, pollInterval: .milliseconds(20), settleTime: .milliseconds(20))
        options.userHeader = userHeader
        options.branchPerEditor = branchPerEditor
        options.pushRemote = push
        let server = PreviewServer(options: options) { _ in }
        let url = try await server.start()
        return (server, UInt16(url.port ?? 0))
    }

    static func post(_ path: String, _ fields: [(String, String)], port: UInt16, origin: String? = nil, headers: [String] = []) async throws -> TestClient.Response {
        let body = fields.map { "\(encode($0.0))=\(encode($0.1))" }.joined(separator: "&")
        var request = "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for header in headers { request += header + "\r\n" }
        request += "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(body.utf8.count)\r\n"
        if let origin { request += "Origin: \(origin)\r\n" }
        let client = try await TestClient.connect(port)
        defer { client.close() }
        try await client.send(raw: Data((request + "\r\n" + body).utf8))
        return TestClient.Response(try await client.read(for: "POST \(path)"))
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? ""
    }

    /// The form's token, as a browser would send it back.
    static func token(_ form: String) throws -> String {
        let marker = "name=\"csrf\" value=\""
        let start = try #require(form.range(of: marker)).upperBound
        return String(form[start...].prefix { $0 != "\"" })
    }

    static let form = "/_orden/rediger/" + ServeFixture.system

    /// The folder as a git repository with everything in one commit, and git run in it.
    struct Git {
        let folder: URL
        init(_ folder: URL) throws {
            self.folder = folder
            _ = self("init", "--quiet", "--initial-branch=main")
            _ = self("-c", "user.name=Oppsett", "-c", "user.email=oppsett@kommune.example", "add", ".")
            guard !self("-c", "user.name=Oppsett", "-c", "user.email=oppsett@kommune.example", "commit", "--quiet", "-m", "Start").hasPrefix("(git failed") else {
                throw Failed(description: "git could not make the first commit in \(folder.path)")
            }
        }

        struct Failed: Error, CustomStringConvertible { var description: String }

        func callAsFunction(_ arguments: String...) -> String {
            GitRunner.system.run(["-C", folder.path] + arguments).map { String(decoding: $0, as: UTF8.self) } ?? "(git failed)"
        }
    }

    @Test func aRecordPageLinksToItsFormAndASaveChangesOnlyTheEditedLines() async throws {
        let original = "---\n# Arkivet.\nproduct: acme-arkiv\nowner: Servicetorget   # eier\nlifecycle: {status: production}\nreviewed: 2026-01-01\n---\nOm arkivet.\n"
        var files = ServeFixture.files
        files[ServeFixture.system] = original
        let folder = try ServeFixture.write(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (server, port) = try await start(folder)

        let page = try await TestClient.fetch("/kommuner/9901-testvik/systemer/arkiv/", port: port)
        #expect(page.body.contains("http://127.0.0.1:\(port)/_orden/rediger/content/municipalities/9901-testvik/systems/arkiv.md"))
        let form = try await TestClient.fetch(Self.form, port: port)
        #expect(form.status == 200 && form.body.contains("<form method=\"post\""))
        #expect(form.body.contains("name=\"f.owner\"") && form.body.contains("value=\"Servicetorget\""))
        #expect(form.body.contains("name=\"f.lifecycle.status\""))
        let token = try Self.token(form.body)

        let saved = try await Self.post(Self.form, [("csrf", token), ("f.owner", "Dokumentsenteret"), ("f.lifecycle.status", "phase-out"),
                                                    ("f.lifecycle.end_of_life", "2027-06-30"), ("f.reviewed", "2026-01-01"),
                                                    ("f.product", "acme-arkiv"), ("body", "Om arkivet.")], port: port, origin: "http://127.0.0.1:\(port)")
        #expect(saved.status == 303 && saved.headers["location"] == Self.form + "?lagret=1")
        let text = try String(contentsOf: folder.appendingPathComponent(ServeFixture.system), encoding: .utf8)
        #expect(text == "---\n# Arkivet.\nproduct: acme-arkiv\nowner: Dokumentsenteret\nlifecycle: {status: phase-out, end_of_life: 2027-06-30}\nreviewed: 2026-01-01\n---\nOm arkivet.\n")

        // The preview shows it once the watcher has seen the file.
        var shown = false
        for _ in 0..<200 where !shown {
            shown = try await TestClient.fetch("/kommuner/9901-testvik/systemer/arkiv/", port: port).body.contains("Dokumentsenteret")
            if !shown { try await Task.sleep(for: .milliseconds(25)) }
        }
        #expect(shown)
        // A submission that names only some fields leaves the rest, the body included.
        let partial = try await Self.post(Self.form, [("csrf", token), ("f.owner", "Arkivtjenesten")], port: port)
        #expect(partial.status == 303)
        let after = try String(contentsOf: folder.appendingPathComponent(ServeFixture.system), encoding: .utf8)
        #expect(after == text.replacingOccurrences(of: "owner: Dokumentsenteret", with: "owner: Arkivtjenesten"))
        let again = try await TestClient.fetch(Self.form + "?lagret=1", port: port)
        #expect(again.body.contains("role=\"status\""))
        await server.stop()
    }

    @Test func aValueOrdenCheckRefusesIsShownBesideItsFieldAndNothingIsWritten() async throws {
        let folder = try ServeFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (server, port) = try await start(folder)
        let before = try Data(contentsOf: folder.appendingPathComponent(ServeFixture.system))
        let token = try Self.token(try await TestClient.fetch(Self.form, port: port).body)
        let refused = try await Self.post(Self.form, [("csrf", token), ("f.lifecycle.status", "production"), ("f.lifecycle.since", "2026-02-30")], port: port)
        #expect(refused.status == 422)
        #expect(refused.body.contains("aria-invalid=\"true\" aria-describedby=\"feil-lifecycle\""))
        #expect(refused.body.contains("id=\"feil-lifecycle\""))
        #expect(refused.body.contains("2026-02-30"), "the value typed is kept in the form")
        #expect(try Data(contentsOf: folder.appendingPathComponent(ServeFixture.system)) == before)
        let unknown = try await Self.post(Self.form, [("csrf", token), ("f.product", "finnes-ikke")], port: port)
        #expect(unknown.status == 422 && unknown.body.contains("finnes-ikke"))
        #expect(try Data(contentsOf: folder.appendingPathComponent(ServeFixture.system)) == before)
        await server.stop()
    }

    @Test func withoutTheTokenFromAnotherOriginOrOutsideContentNothingIsWritten() async throws {
        let folder = try ServeFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (server, port) = try await start(folder)
        let before = try Data(contentsOf: folder.appendingPathComponent(ServeFixture.system))
        let token = try Self.token(try await TestClient.fetch(Self.form, port: port).body)
        #expect(try await Self.post(Self.form, [("f.owner", "Angriper")], port: port).status == 403)
        #expect(try await Self.post(Self.form, [("csrf", "feil"), ("f.owner", "Angriper")], port: port).status == 403)
        #expect(try await Self.post(Self.form, [("csrf", token), ("f.owner", "Angriper")], port: port, origin: "https://angriper.example").status == 403)
        #expect(try Data(contentsOf: folder.appendingPathComponent(ServeFixture.system)) == before)
        for path in ["orden.yml", "../orden.yml", "content/../orden.yml", "content/municipalities/9901-testvik/systems/../../../../orden.yml",
                     "themes/default/x.md", "content/municipalities/9901-testvik/systems/%2e%2e/x.md", "/etc/passwd"] {
            #expect(try await TestClient.fetch("/_orden/rediger/" + path, port: port).status == 404, "\(path)")
            #expect(try await Self.post("/_orden/rediger/" + path, [("csrf", token), ("f.name", "x")], port: port).status == 404, "\(path)")
            #expect(try await Self.post("/_orden/rediger/ny/" + path, [("csrf", token), ("id", "x")], port: port).status == 404, "ny/\(path)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.md").path))
        await server.stop()
        // Without --edit there is no editor.
        let (plain, plainPort) = try await start(folder, edit: false)
        #expect(try await TestClient.fetch(Self.form, port: plainPort).status == 404)
        #expect(try await Self.post(Self.form, [("csrf", token), ("f.owner", "x")], port: plainPort).status == 405)
        await plain.stop()
    }

    static func hidden(_ name: String, in form: String) throws -> String {
        let marker = "name=\"\(name)\" value=\""
        let start = try #require(form.range(of: marker)).upperBound
        return String(form[start...].prefix { $0 != "\"" })
    }

    /// Two people saving the same record: the second sees the conflict and both versions, and
    /// nothing is lost; saving anyway is a choice made on that page.
    @Test func aSaveFromAFormOlderThanTheFileIsAConflictAndLosesNothing() async throws {
        let folder = try ServeFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (server, port) = try await start(folder)
        let form = try await TestClient.fetch(Self.form, port: port).body
        let token = try Self.token(form), version = try Self.hidden("version", in: form)
        // Someone else saves first.
        let theirs = "---\nproduct: acme-arkiv\nowner: Den andre\nlifecycle: {status: production}\n---\n"
        try ServeFixture.write(theirs, to: ServeFixture.system, in: folder)
        let conflict = try await Self.post(Self.form, [("csrf", token), ("version", version), ("f.owner", "Meg")], port: port)
        #expect(conflict.status == 409)
        #expect(conflict.body.contains("owner: Den andre") && conflict.body.contains("owner: Meg"))
        #expect(try String(contentsOf: folder.appendingPathComponent(ServeFixture.system), encoding: .utf8) == theirs)
        // "Lagre min versjon likevel" sends the same fields with the file's version now.
        let now = try Self.hidden("version", in: conflict.body)
        let anyway = try await Self.post(Self.form, [("csrf", token), ("version", now), ("f.owner", "Meg")], port: port)
        #expect(anyway.status == 303)
        #expect(try String(contentsOf: folder.appendingPathComponent(ServeFixture.system), encoding: .utf8) == theirs.replacingOccurrences(of: "Den andre", with: "Meg"))
        await server.stop()
    }

    @Test func confirmingSetsTheReviewDateToTodayAndNothingElse() async throws {
        let folder = try ServeFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (server, port) = try await start(folder)
        let form = try await TestClient.fetch(Self.form, port: port).body
        #expect(form.contains("Bekreft at opplysningene er riktige"))
        let before = try String(contentsOf: folder.appendingPathComponent(ServeFixture.system), encoding: .utf8)
        let confirmed = try await Self.post(Self.form, [("csrf", try Self.token(form)), ("version", try Self.hidden("version", in: form)), ("review", "1")], port: port)
        #expect(confirmed.status == 303)
        let after = try String(contentsOf: folder.appendingPathComponent(ServeFixture.system), encoding: .utf8)
        // reviewed comes last among these fields in the registry: a line after lifecycle.
        #expect(after == before.replacingOccurrences(of: "lifecycle: {status: production}\n", with: "lifecycle: {status: production}\nreviewed: \(Day.today)\n"))
        await server.stop()
    }

    /// As the editor types, the form's script asks what a save would meet: the problems by field.
    @Test func theCheckAsTheEditorTypesNamesTheFieldAndWritesNothing() async throws {
        let folder = try ServeFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (server, port) = try await start(folder)
        let before = try Data(contentsOf: folder.appendingPathComponent(ServeFixture.system))
        let form = try await TestClient.fetch(Self.form, port: port).body
        #expect(form.contains("data-check=\"/_orden/rediger/sjekk/content/municipalities/9901-testvik/systems/arkiv.md\""))
        #expect(form.contains("<script src=\"/_orden/rediger/skjema.js\" defer></script>"))
        let token = try Self.token(form)
        let bad = try await Self.post("/_orden/rediger/sjekk/" + ServeFixture.system, [("csrf", token), ("f.product", "finnes-ikke")], port: port)
        #expect(bad.status == 200 && bad.headers["content-type"] == "application/json")
        #expect(bad.body.hasPrefix("{\"problems\":[{\"field\":\"product\",\"message\":\"unknown product"), "\(bad.body)")
        let good = try await Self.post("/_orden/rediger/sjekk/" + ServeFixture.system, [("csrf", token), ("f.owner", "Noen")], port: port)
        #expect(good.body == "{\"problems\":[]}")
        #expect(try await Self.post("/_orden/rediger/sjekk/" + ServeFixture.system, [("f.owner", "Noen")], port: port).status == 403)
        #expect(try Data(contentsOf: folder.appendingPathComponent(ServeFixture.system)) == before)
        let script = try await TestClient.fetch("/_orden/rediger/skjema.js", port: port)
        #expect(script.status == 200 && script.body.contains("form.dataset.check") && !script.body.contains("innerHTML"))
        await server.stop()
    }

    /// The editor speaks the site's language.
    @Test func theEditorSpeaksTheSitesLanguage() async throws {
        var files = ServeFixture.files
        files["orden.yml"] = (files["orden.yml"] ?? "") + "language: en\n"
        let folder = try ServeFixture.write(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (server, port) = try await start(folder)
        let form = try await TestClient.fetch(Self.form, port: port).body
        #expect(form.contains("<html lang=\"en\">") && form.contains(">Save</button>"))
        #expect(!form.contains(">Lagre</button>"))
        // Field help: the registry's English here, the template's Norwegian on a Norwegian site.
        #expect(form.contains("<small>The unit or role that owns the system (systemeier).</small>"))
        // The language is read again when orden.yml changes.
        try ServeFixture.write(ServeFixture.files["orden.yml"] ?? "", to: "orden.yml", in: folder)
        #expect(try await TestClient.fetch(Self.form, port: port).body.contains(">Lagre</button>"))
        await server.stop()
    }

    @Test func menusNameTheValuesAndReferencesOfferTheRecordsThereAre() async throws {
        var files = ServeFixture.files
        files["content/municipalities/9902-nabovik/_index.md"] = "---\nname: Nabovik kommune\nnumber: \"9902\"\norgnr: \"123456785\"\nfictional: true\n---\n"
        files["content/municipalities/9902-nabovik/systems/post.md"] = "---\nproduct: acme-arkiv\nlifecycle: {status: production}\n---\n"
        let folder = try ServeFixture.write(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (server, port) = try await start(folder)
        let form = try await TestClient.fetch(Self.form, port: port).body
        #expect(form.contains("<option value=\"phase-out\">Under utfasing (phase-out)</option>"))
        #expect(form.contains("<small>systemeier (enhet eller rolle)</small>"))
        #expect(form.contains("<input list=\"liste-product\" autocomplete=\"off\" id=\"f-product\""))
        #expect(form.contains("<datalist id=\"liste-product\"><option value=\"acme-arkiv\"></datalist>"))
        // An integration's target: this municipality's systems, another's as 9902/id, and products.
        #expect(form.contains("<datalist id=\"liste-mal\"><option value=\"arkiv\"><option value=\"9902/post\"><option value=\"product:acme-arkiv\"></datalist>"))
        #expect(form.contains("<input list=\"liste-mal\" autocomplete=\"off\" id=\"r-integrations-0-to\""))
        // What the system's empty fields give, from its product, shown once and not copied.
        #expect(form.contains("name=\"f.name\" placeholder=\"Fra produktet: Acme Arkiv\""))
        #expect(form.contains("name=\"f.vendor\" placeholder=\"Fra produktet: acme\""))
        await server.stop()
    }

    /// Behind a single sign-on proxy each save is a commit by the person the proxy names, with
    /// the message they gave; without the header nothing is saved.
    @Test func behindAProxyASaveIsACommitByThePersonItNames() async throws {
        let folder = try ServeFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let git = try Git(folder)
        let (server, port) = try await start(folder, userHeader: "X-Forwarded-User")
        let form = try await TestClient.fetch(Self.form, port: port).body
        #expect(form.contains("name=\"message\""))
        let fields = [("csrf", try Self.token(form)), ("f.owner", "Arkivtjenesten"), ("message", "Ny eier for arkivet")]
        let anonymous = try await Self.post(Self.form, fields, port: port)
        #expect(anonymous.status == 403)
        let signedIn = try await Self.post(Self.form, fields, port: port, headers: ["X-Forwarded-User: Kari Nordmann <kari@kommune.example>"])
        #expect(signedIn.status == 303)
        #expect(git("log", "-1", "--format=%an|%ae|%s").trimmingCharacters(in: .newlines) == "Kari Nordmann|kari@kommune.example|Ny eier for arkivet")
        #expect(git("show", "--stat", "--format=", "HEAD").contains(ServeFixture.system))
        #expect(git("status", "--porcelain").isEmpty)
        await server.stop()
    }

    @Test func aNewSystemFromAProductIsWrittenAndPassesTheCheck() async throws {
        let folder = try ServeFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (server, port) = try await start(folder)
        let new = "/_orden/rediger/ny/content/municipalities/9901-testvik/systems/nytt-system.md"
        let form = try await TestClient.fetch(new, port: port)
        #expect(form.status == 200 && form.body.contains("name=\"id\""))
        let token = try Self.token(form.body)
        let created = try await Self.post(new, [("csrf", token), ("id", "sak"), ("f.product", "acme-arkiv"), ("f.owner", "Servicetorget"),
                                               ("f.lifecycle.status", "production")], port: port)
        #expect(created.status == 303)
        let path = "content/municipalities/9901-testvik/systems/sak.md"
        let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
        #expect(text == "---\nproduct: acme-arkiv\nowner: Servicetorget\nlifecycle:\n  status: production\n---\n")
        #expect(!Orden.check(.directory(folder)).diagnostics.hasErrors)
        let twice = try await Self.post(new, [("csrf", token), ("id", "sak"), ("f.lifecycle.status", "production")], port: port)
        #expect(twice.status == 422)
        let badId = try await Self.post(new, [("csrf", token), ("id", "Ugyldig Id"), ("f.lifecycle.status", "production")], port: port)
        #expect(badId.status == 422)
        await server.stop()
    }

    /// A new id renames the file and changes every reference to it, in one commit; a record
    /// something names is not deleted, one nothing names is.
    @Test func aRenameUpdatesTheReferencesAndADeleteChecksThem() async throws {
        var files = ServeFixture.files
        let dataset = "content/municipalities/9901-testvik/datasets/postliste.md"
        let datasetHead = "---\ntitle: Postliste\ndescription: Offentlig postjournal.\nthemes: [GOVE]\naccess_rights: public\nlicence: NLOD-2.0\n"
            + "distributions:\n  - {format: CSV, access_url: https://data.example/postliste}\n# Fra arkivet.\n"
        files[dataset] = datasetHead + "source_systems: [arkiv]\n---\n"
        files["content/municipalities/9901-testvik/systems/portal.md"] = "---\nproduct: acme-arkiv\nlifecycle: {status: production}\nintegrations:\n  - to: \"arkiv\"\n---\nSe [arkivet](/kommuner/9901-testvik/systemer/arkiv/).\n"
        files["content/guide/arkiv.md"] = "---\ntitle: Arkivet\n---\nSe [arkivet](/kommuner/9901-testvik/systemer/arkiv/).\n"
        let folder = try ServeFixture.write(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let git = try Git(folder)
        let (server, port) = try await start(folder, userHeader: "X-Forwarded-User")
        let user = ["X-Forwarded-User: kari@kommune.example"]

        let form = try await TestClient.fetch(Self.form, port: port).body
        #expect(form.contains("href=\"/_orden/rediger/flytt/\(ServeFixture.system)\""))
        let renameForm = try await TestClient.fetch("/_orden/rediger/flytt/" + ServeFixture.system, port: port)
        #expect(renameForm.status == 200)
        #expect(renameForm.body.contains("2 henvisninger") && renameForm.body.contains("source_systems[1], linje 10"))
        #expect(renameForm.body.contains("integrations[1].to, linje 5"))
        // The body's link is not rewritten: the editor is told where it is.
        #expect(renameForm.body.contains("nevner den gamle adressen") && renameForm.body.contains(">content/municipalities/9901-testvik/systems/portal.md</a></li>"))
        // A guide page is not a record the editor has a form for: named, not linked.
        #expect(renameForm.body.contains("<li>content/guide/arkiv.md</li>"))
        let token = try Self.token(renameForm.body)

        #expect(try await Self.post("/_orden/rediger/flytt/" + ServeFixture.system, [("id", "websak")], port: port, headers: user).status == 403)
        let taken = try await Self.post("/_orden/rediger/flytt/" + ServeFixture.system, [("csrf", token), ("id", "portal")], port: port, headers: user)
        #expect(taken.status == 422 && taken.body.contains("finnes allerede"))
        let invalid = try await Self.post("/_orden/rediger/flytt/" + ServeFixture.system, [("csrf", token), ("id", "../x")], port: port, headers: user)
        #expect(invalid.status == 422)

        let renamed = try await Self.post("/_orden/rediger/flytt/" + ServeFixture.system, [("csrf", token), ("id", "websak"), ("message", "Arkivet heter websak")],
                                          port: port, headers: user)
        let newPath = "content/municipalities/9901-testvik/systems/websak.md"
        #expect(renamed.status == 303 && renamed.headers["location"] == "/_orden/rediger/\(newPath)?flyttet=2")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(ServeFixture.system).path))
        #expect(try String(contentsOf: folder.appendingPathComponent(newPath), encoding: .utf8) == ServeFixture.files[ServeFixture.system])
        #expect(try String(contentsOf: folder.appendingPathComponent(dataset), encoding: .utf8) == datasetHead + "source_systems: [websak]\n---\n")
        #expect(try String(contentsOf: folder.appendingPathComponent("content/municipalities/9901-testvik/systems/portal.md"), encoding: .utf8)
                    .contains("  - to: \"websak\"\n"))
        #expect(!Orden.check(.directory(folder)).diagnostics.hasErrors)
        #expect(git("log", "-1", "--format=%ae|%s").trimmingCharacters(in: .newlines) == "kari@kommune.example|Arkivet heter websak")
        let changed = git("show", "--name-status", "--format=", "-M", "HEAD").split(separator: "\n").map(String.init).sorted()
        #expect(changed == ["M\t" + dataset, "M\tcontent/municipalities/9901-testvik/systems/portal.md", "R100\t\(ServeFixture.system)\t\(newPath)"], "\(changed)")
        #expect(git("status", "--porcelain").isEmpty)
        let notice = try await TestClient.fetch("/_orden/rediger/\(newPath)?flyttet=2", port: port)
        #expect(notice.body.contains("2 henvisninger er oppdatert"))

        // Named by the dataset and the portal: not deleted.
        let blocked = try await TestClient.fetch("/_orden/rediger/slett/" + newPath, port: port)
        #expect(blocked.body.contains("kan ikke slettes") && !blocked.body.contains("Slett registreringen</button>"))
        let refused = try await Self.post("/_orden/rediger/slett/" + newPath, [("csrf", token)], port: port, headers: user)
        #expect(refused.status == 409)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(newPath).path))
        // The dataset is named by nothing: deleted, and committed.
        let free = try await TestClient.fetch("/_orden/rediger/slett/" + dataset, port: port)
        #expect(free.body.contains("Slett registreringen</button>"))
        let deleted = try await Self.post("/_orden/rediger/slett/" + dataset, [("csrf", token)], port: port, headers: user)
        #expect(deleted.status == 303 && deleted.headers["location"]?.hasPrefix("/_orden/rediger/?slettet=") == true)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(dataset).path))
        #expect(git("show", "--name-status", "--format=", "HEAD").trimmingCharacters(in: .newlines) == "D\t" + dataset)
        // A municipality's own file is not renamed or deleted here.
        #expect(try await TestClient.fetch("/_orden/rediger/slett/content/municipalities/9901-testvik/_index.md", port: port).status == 404)
        await server.stop()
    }

    @Test func theIndexListsEachKindWithNew() async throws {
        let folder = try ServeFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (server, port) = try await start(folder)
        let index = try await TestClient.fetch("/_orden/rediger/", port: port).body
        #expect(index.contains("<h2>Testvik kommune</h2>"))
        #expect(index.contains("<h3>Behandlingsaktiviteter</h3>\n<p><a href=\"/_orden/rediger/ny/content/municipalities/9901-testvik/processing/ny.md\">Ny</a></p>"))
        #expect(index.contains("<a href=\"/_orden/rediger/\(ServeFixture.system)\">arkiv.md</a>"))
        let new = try await TestClient.fetch("/_orden/rediger/ny/content/municipalities/9901-testvik/processing/ny.md", port: port)
        #expect(new.status == 200 && new.body.contains("name=\"id\" required pattern=\"[a-z0-9][a-z0-9\\-]*\" value=\"\""))
        await server.stop()
    }

    /// With a branch per editor, each person's saves are commits on their own branch, pushed for
    /// review; the checked-out branch stays as it was, and the preview shows the change.
    @Test func eachEditorsSavesGoOnTheirOwnBranchPushedForReview() async throws {
        let folder = try ServeFixture.write()
        let remote = FileManager.default.temporaryDirectory.appendingPathComponent("orden-remote-\(UUID().uuidString).git")
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: remote)
        }
        _ = GitRunner.system.run(["init", "--quiet", "--bare", remote.path])
        let git = try Git(folder)
        _ = git("remote", "add", "origin", remote.path)
        let (server, port) = try await start(folder, userHeader: "X-Forwarded-Email", branchPerEditor: true, push: "origin")
        let token = try Self.token(try await TestClient.fetch(Self.form, port: port).body)
        let kari = ["X-Forwarded-Email: kari@kommune.example"], ola = ["X-Forwarded-Email: ola@kommune.example"]
        #expect(try await Self.post(Self.form, [("csrf", token), ("f.owner", "Arkivtjenesten"), ("message", "Ny eier")], port: port, headers: kari).status == 303)
        #expect(try await Self.post(Self.form, [("csrf", token), ("f.owner", "Dokumentsenteret"), ("message", "Annen eier")], port: port, headers: ola).status == 303)
        #expect(try String(contentsOf: folder.appendingPathComponent(ServeFixture.system), encoding: .utf8).contains("owner: Dokumentsenteret"))
        #expect(git("log", "-1", "--format=%s", "main").trimmingCharacters(in: .newlines) == "Start")
        #expect(git("log", "-1", "--format=%ae|%s", "orden/kari-kommune-example").trimmingCharacters(in: .newlines) == "kari@kommune.example|Ny eier")
        #expect(git("show", "orden/kari-kommune-example:" + ServeFixture.system).contains("owner: Arkivtjenesten"))
        #expect(git("show", "orden/ola-kommune-example:" + ServeFixture.system).contains("owner: Dokumentsenteret"))
        let pushed = GitRunner.system.run(["-C", remote.path, "branch", "--list", "--format=%(refname:short)"]).map { String(decoding: $0, as: UTF8.self) } ?? ""
        #expect(pushed.split(separator: "\n").sorted() == ["orden/kari-kommune-example", "orden/ola-kommune-example"])
        // A second save by the same person is the next commit on the same branch.
        #expect(try await Self.post(Self.form, [("csrf", token), ("f.owner", "Servicetorget")], port: port, headers: kari).status == 303)
        #expect(git("rev-list", "--count", "orden/kari-kommune-example").trimmingCharacters(in: .newlines) == "3")
        await server.stop()
    }

    /// A list of groups is a row per item: a row is added, one removed, one changed, and a key
    /// the form does not show stays in its row.
    @Test func integrationsAreRowsToAddRemoveAndChange() async throws {
        var files = ServeFixture.files
        files["content/catalogue/standards/fiks-arkiv.md"] = "---\nname: Fiks arkiv\n---\n"
        files["content/municipalities/9901-testvik/systems/portal.md"] = "---\nproduct: acme-arkiv\nlifecycle: {status: production}\n---\n"
        files[ServeFixture.system] = """
            ---
            product: acme-arkiv
            owner: Servicetorget
            lifecycle: {status: production}
            integrations:
              - {to: portal, via: fiks-arkiv, direction: out}
              - to: product:acme-arkiv
                data: Eldre eksport
            # Slutt.
            ---

            """
        let folder = try ServeFixture.write(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (server, port) = try await start(folder)
        let form = try await TestClient.fetch(Self.form, port: port).body
        #expect(form.contains("<fieldset class=\"editor-rows\" id=\"rader-integrations\" data-next=\"3\">"))
        #expect(form.contains("name=\"r.integrations.0.to\"") && form.contains("value=\"portal\""))
        #expect(form.contains("<option value=\"out\" selected>"))
        #expect(form.contains("name=\"r.integrations.1._fjern\""))
        #expect(form.contains("name=\"r.integrations.2.to\" value=\"\""), "an empty row to add one")
        #expect(form.contains("class=\"editor-add\" data-rows=\"rader-integrations\" hidden>"))
        let token = try Self.token(form)
        // Nothing changed: nothing written.
        let before = try String(contentsOf: folder.appendingPathComponent(ServeFixture.system), encoding: .utf8)
        let same = try await Self.post(Self.form, [("csrf", token), ("r.integrations", "1"),
                                                   ("r.integrations.0.to", "portal"), ("r.integrations.0.via", "fiks-arkiv"), ("r.integrations.0.direction", "out"),
                                                   ("r.integrations.1.to", "product:acme-arkiv"), ("r.integrations.1.data", "Eldre eksport"),
                                                   ("r.integrations.2.to", "")], port: port)
        #expect(same.status == 303)
        #expect(try String(contentsOf: folder.appendingPathComponent(ServeFixture.system), encoding: .utf8) == before)
        // A key the form does not show stays in its row: here one the check does not know, so the
        // save is refused with it named beside the rows, the rows as typed, and the file as it was.
        let withNote = before.replacingOccurrences(of: "direction: out}", with: "direction: out, note: behold}")
        try ServeFixture.write(withNote, to: ServeFixture.system, in: folder)
        let noted = try await Self.post(Self.form, [("csrf", token), ("r.integrations", "1"), ("r.integrations.0.to", "portal"),
                                                    ("r.integrations.0.direction", "both")], port: port)
        #expect(noted.status == 422 && noted.body.contains("unknown field &quot;note&quot;"))
        #expect(noted.body.contains("<option value=\"both\" selected>"))
        #expect(try String(contentsOf: folder.appendingPathComponent(ServeFixture.system), encoding: .utf8) == withNote)
        try ServeFixture.write(before, to: ServeFixture.system, in: folder)
        // The first changed, the second removed, a new one added.
        let saved = try await Self.post(Self.form, [("csrf", token), ("r.integrations", "1"),
                                                    ("r.integrations.0.to", "portal"), ("r.integrations.0.via", "fiks-arkiv"), ("r.integrations.0.direction", "both"),
                                                    ("r.integrations.1.to", "product:acme-arkiv"), ("r.integrations.1._fjern", "1"),
                                                    ("r.integrations.2.to", "product:acme-arkiv"), ("r.integrations.2.data", "Saker")], port: port)
        #expect(saved.status == 303, "\(saved.body)")
        let after = try String(contentsOf: folder.appendingPathComponent(ServeFixture.system), encoding: .utf8)
        #expect(after == before.replacingOccurrences(of: "  - {to: portal, via: fiks-arkiv, direction: out}\n  - to: product:acme-arkiv\n    data: Eldre eksport\n",
                                                     with: "  - to: portal\n    via: fiks-arkiv\n    direction: both\n  - to: product:acme-arkiv\n    data: Saker\n"), "\(after)")
        // Removing every row removes the field.
        let form3 = try await TestClient.fetch(Self.form, port: port).body
        let emptied = try await Self.post(Self.form, [("csrf", try Self.token(form3)), ("r.integrations", "1"), ("r.integrations.0.to", "portal"),
                                                      ("r.integrations.0._fjern", "1"), ("r.integrations.1.to", "product:acme-arkiv"), ("r.integrations.1._fjern", "1")], port: port)
        #expect(emptied.status == 303)
        #expect(!(try String(contentsOf: folder.appendingPathComponent(ServeFixture.system), encoding: .utf8)).contains("integrations"))
        await server.stop()
    }

    /// "Forhåndsvis teksten" shows the body as the page will, safely, and writes nothing.
    @Test func thePreviewShowsTheTextAsThePageWillAndWritesNothing() async throws {
        let folder = try ServeFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (server, port) = try await start(folder)
        let before = try Data(contentsOf: folder.appendingPathComponent(ServeFixture.system))
        let form = try await TestClient.fetch(Self.form, port: port).body
        #expect(form.contains("<button type=\"submit\">Lagre</button> <button type=\"submit\" name=\"forhandsvis\""))
        let shown = try await Self.post(Self.form, [("csrf", try Self.token(form)), ("f.owner", "Noen andre"), ("forhandsvis", "1"),
                                                    ("body", "Arkivet har **alle** saker.\n\n<script>alert(1)</script>\n\n[lenke](javascript:alert(1))")], port: port)
        #expect(shown.status == 200)
        #expect(shown.body.contains("<h2 id=\"forhandsvisning\" tabindex=\"-1\">Forhåndsvisning av teksten</h2>"))
        #expect(shown.body.contains("<p>Arkivet har <strong>alle</strong> saker.</p>"))
        #expect(!shown.body.contains("<script>alert") && !shown.body.contains("href=\"javascript:"))
        #expect(shown.body.contains("value=\"Noen andre\""), "what was typed stays in the form")
        #expect(try Data(contentsOf: folder.appendingPathComponent(ServeFixture.system)) == before)
        await server.stop()
    }
}
