import ArgumentParser
import Foundation
import OrdenAuthoring
import OrdenBuild
import OrdenCatalogue
import OrdenGenerate
import OrdenModel
import OrdenServe
import OrdenSite
import RDF

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site in memory, serve it on this machine and rebuild it as you edit.",
        discussion: """
            Watches orden.yml, content/ and themes/, rebuilds only the pages a change affects and reloads \
            open browser tabs. Errors in the content are shown in the browser over the last good version \
            of the page. For previewing only: publish what orden build writes.
            """)

    @OptionGroup var options: SourceOptions

    @Option(name: .long, help: ArgumentHelp("The port to listen on (0: any free port).", valueName: "n"))
    var port: UInt16 = 1414

    @Option(name: .long, help: ArgumentHelp("The address to listen on; 0.0.0.0 lets other machines in.", valueName: "address"))
    var bind: String = "127.0.0.1"

    @Option(name: .customLong("allow-host"), help: ArgumentHelp(
        "A name besides localhost and IP addresses that browsers may reach the preview by (repeatable); requests addressed to any other name are refused.",
        valueName: "name"))
    var allowedHosts: [String] = []

    @Option(name: .long, help: "public (default) or internal: the internal site shows internal records and fields.")
    var audience: Audience = .public

    @Flag(name: .long, help: "Edit records in the browser: every record page gets \"Rediger\", and /_orden/rediger/ lists every record with a form that saves to content/. Internal fields are editable only with --audience internal.")
    var edit = false

    @Flag(name: .long, help: "With --edit: commit each save to git (the file alone), with the message the form gives.")
    var commit = false

    @Option(name: .customLong("trust-user-header"), help: ArgumentHelp(
        "With --edit behind a single sign-on proxy (e.g. oauth2-proxy): the request header that names who saves (e.g. X-Forwarded-Email, or \"Name <e-mail>\"); saves are committed as that person and refused without it. Implies --commit. Only safe when the proxy is the only way in.",
        valueName: "name"))
    var userHeader: String?

    @Flag(name: .customLong("branch-per-editor"), help: "With --trust-user-header: commit each person's saves on a branch of their own (orden/<e-mail as id>) instead of the checked-out one, for review in the forge; the preview shows every saved change at once.")
    var branchPerEditor = false

    @Option(name: .long, help: ArgumentHelp("With --commit or --trust-user-header: push each commit to this git remote (e.g. origin), the editor's branch with --branch-per-editor.", valueName: "remote"))
    var push: String?

    func validate() throws {
        if (commit || userHeader != nil) && !edit { throw ValidationError("--commit and --trust-user-header go with --edit") }
        if branchPerEditor && userHeader == nil { throw ValidationError("--branch-per-editor needs --trust-user-header: the branch is named after the person saving") }
        if push != nil && !commit && userHeader == nil { throw ValidationError("--push goes with --commit or --trust-user-header") }
        if let push, push.isEmpty || push.hasPrefix("-") || push.contains(where: { $0.isWhitespace }) {
            throw ValidationError("--push takes the name of a git remote, such as origin")
        }
    }

    func run() async throws {
        var build = options.buildOptions
        build.audience = audience
        var serveOptions = ServeOptions(source: options.sourceURL, build: build, host: bind, port: port, allowedHosts: allowedHosts, edit: edit)
        serveOptions.commit = commit
        serveOptions.userHeader = userHeader
        serveOptions.branchPerEditor = branchPerEditor
        serveOptions.pushRemote = push
        let server = PreviewServer(options: serveOptions) { line in
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        }
        let url: URL
        do {
            url = try await server.start()
        } catch let error as ServeError {
            FileHandle.standardError.write(Data("serve failed: \(error)\n".utf8))
            throw ExitCode(2)
        }
        var lines = "Serving \(options.sourceURL.standardizedFileURL.path) at \(url.absoluteString) (Ctrl-C to stop)\n"
        if edit { lines += "Editing at \(url.absoluteString)_orden/rediger/ : saves write to content/.\n" }
        if bind != "127.0.0.1" && bind != "::1" {
            lines += "Note: other machines can reach this preview; it is meant for local use, not for publishing.\n"
        }
        FileHandle.standardOutput.write(Data(lines.utf8))
        await server.wait()
    }
}
