import ArgumentParser
import Foundation
import OrdenAuthoring
import OrdenBuild
import OrdenCatalogue
import OrdenModel
import OrdenSite
import RDF

struct ImportDCAT: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dcat",
        abstract: "Import the datasets of a DCAT-AP-NO catalogue (Turtle, RDF/XML or JSON-LD).",
        discussion: """
            Writes one file per dcat:Dataset into the municipality's datasets/ folder. The syntax follows \
            the file extension (.ttl, .rdf/.xml/.owl, .jsonld/.json) or, failing that, the content. \
            Themes outside the EU data-theme vocabulary (such as LOS), unknown licences and invalid \
            addresses are listed as warnings and left out; the rest is imported.
            """)

    @Argument(help: ArgumentHelp("The catalogue file.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("The kommunenummer of the municipality the datasets belong to.", valueName: "number"))
    var municipality: String

    @Option(name: .long, help: ArgumentHelp("The syntax, when the extension does not say: turtle, ntriples, rdfxml or jsonld.", valueName: "syntax"))
    var syntax: String?

    @OptionGroup var flags: ImportFlags

    func validate() throws {
        if municipality.count != 4 || !municipality.allSatisfy({ ("0"..."9").contains($0) }) {
            throw ValidationError("--municipality \(municipality) is not a kommunenummer; write the four digits, e.g. 3905")
        }
        if let syntax, Self.syntax(named: syntax) == nil {
            throw ValidationError("--syntax \(syntax) is not one of turtle, ntriples, rdfxml, jsonld")
        }
    }

    static func syntax(named name: String) -> RDFSyntax? {
        switch name.lowercased() {
        case "turtle", "ttl": .turtle
        case "ntriples", "n-triples", "nt": .nTriples
        case "rdfxml", "rdf/xml", "rdf", "xml": .rdfXML
        case "jsonld", "json-ld", "json": .jsonLD
        default: nil
        }
    }

    func run() throws {
        let plan = DCATImporter.plan(file: ArgumentPath.url(file), municipality: municipality, source: flags.sourceURL,
                                     syntax: syntax.flatMap(Self.syntax(named:)))
        try flags.apply(plan)
    }
}
