import ArgumentParser
import Foundation
import Basics
import Mustache
import OrdenAuthoring
import OrdenBuild
import OrdenModel

/// `orden import publiccode FILE`: a catalogue product (and its vendor) from a publiccode.yml.
struct ImportPubliccode: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publiccode",
        abstract: "Import a product from a publiccode.yml (version \"0\", and the older 0.2 to 0.7).",
        discussion: """
            Writes content/catalogue/products/<id>.md, and content/catalogue/vendors/<id>.md when no vendor \
            has the maintainer's or copyright owner's name. The file is checked against the publiccode.yml \
            standard first: a file that breaks it is refused with every reason (--lenient imports it anyway). \
            Every field that is not imported, and every deprecated one, is listed with its line.
            """)

    @Argument(help: ArgumentHelp("The publiccode.yml to read.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("The publiccode.yml's own web address (default: made from its url).", valueName: "address"))
    var url: String?

    @Flag(name: .long, help: "Import a file that breaks the publiccode.yml standard: its violations become warnings.")
    var lenient = false

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
        let folder = ArgumentPath.url(file).deletingLastPathComponent()
        try flags.apply(PubliccodeImporter.plan(data: data, file: file, source: flags.sourceURL, publiccodeURL: url,
                                                folder: folder, lenient: lenient))
    }
}
