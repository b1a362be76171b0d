import ArgumentParser
import Foundation
import OrdenCore

/// `orden import publiccode FILE`: a catalogue product (and its vendor) from a publiccode.yml.
struct ImportPubliccode: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publiccode",
        abstract: "Import a product from a publiccode.yml (versions 0.2, 0.3 and 0.4).",
        discussion: """
            Writes content/catalogue/products/<id>.md, and content/catalogue/vendors/<id>.md when no vendor \
            has the maintainer's or copyright owner's name. Every field that is not imported is listed with \
            its line.
            """)

    @Argument(help: ArgumentHelp("The publiccode.yml to read.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("The publiccode.yml's own web address (default: made from its url).", valueName: "address"))
    var url: String?

    @OptionGroup var flags: ImportFlags

    func validate() throws {
        if let url, WebLink(url) == nil {
            throw ValidationError("--url must be a web address starting with https:// or http://")
        }
    }

    func run() throws {
        let data: Data
        do {
            data = try Data(contentsOf: ArgumentPath.url(file))
        } catch {
            Terminal.printDiagnostics([.error("cannot read \(file): \(error.localizedDescription)", at: SourceLocation(path: file),
                                              hint: "give the path of a publiccode.yml file")])
            throw ExitCode(1)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            Terminal.printDiagnostics([.error("\(file) is not UTF-8 text", at: SourceLocation(path: file),
                                              hint: "a publiccode.yml is YAML in UTF-8")])
            throw ExitCode(1)
        }
        try flags.apply(PubliccodeImporter.plan(text: text, file: file, source: flags.sourceURL, publiccodeURL: url))
    }
}
