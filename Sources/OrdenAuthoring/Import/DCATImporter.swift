import Foundation
import Basics
import FrontMatter
import Mustache
import OrdenBuild
import OrdenCatalogue
import OrdenHistory
import OrdenModel
import OrdenSite
import OrdenSource
import RDF
import Spreadsheet

/// `orden import dcat`: one dataset record per dcat:Dataset in a DCAT-AP-NO (or DCAT-AP)
/// catalogue in Turtle, RDF/XML or JSON-LD.
package enum DCATImporter {
    /// Larger catalogue files are not read: a municipality's catalogue is a few megabytes.
    package static let maximumFileBytes = 64 * 1024 * 1024

    /// Plans the import of a catalogue file into a municipality of the repository at `source`.
    package static func plan(file: URL, municipality: String, source: URL, syntax: RDFSyntax? = nil) -> ImportPlan {
        let folder: String
        switch ImportTarget.municipalityFolder(number: municipality, in: source) {
        case .success(let found): folder = found
        case .failure(let problem): return ImportPlan(diagnostics: [problem])
        }
        let data: Data
        do {
            switch try FileBytes.read(file.path, limit: maximumFileBytes) {
            case .data(let bytes):
                data = bytes
            case .tooLarge(let size):
                return ImportPlan(diagnostics: [.error(
                    "\(file.lastPathComponent) is \(size / 1024 / 1024) MiB; the limit is \(maximumFileBytes / 1024 / 1024) MiB", at: SourceLocation(path: file.path),
                    hint: "export only the municipality's own catalogue, or split the file")])
            }
        } catch {
            return ImportPlan(diagnostics: [.error("cannot read \(file.path): \(error.localizedDescription)", at: SourceLocation(path: file.path))])
        }
        let datasetFolder = source.appendingPathComponent(folder).appendingPathComponent(RecordKind.dataset.folder)
        return plan(data, path: file.path, municipalityFolder: folder, existingIDs: existingIDs(in: datasetFolder),
                    importedBefore: importedBefore(in: datasetFolder), syntax: syntax, base: file.standardizedFileURL.absoluteString)
    }

    /// Plans the import of catalogue text: a syntax error is an error and nothing is planned;
    /// every dataset or value that cannot be taken is a warning, and the rest is planned.
    /// - Parameters:
    ///   - path: the file's name, for diagnostics.
    ///   - municipalityFolder: `content/municipalities/<number>-<slug>`.
    ///   - existingIDs: ids of the municipality's datasets already in the repository; a new dataset
    ///     gets another id.
    ///   - importedBefore: dataset IRI → id of the file an earlier import wrote for it. Importing
    ///     the same dataset again plans the same file, which is refused unless `--force`.
    ///   - base: the IRI relative IRIs in the file resolve against.
    package static func plan(_ data: Data, path: String, municipalityFolder: String, existingIDs: Set<String> = [],
                            importedBefore: [String: String] = [:], syntax: RDFSyntax? = nil, base: String? = nil) -> ImportPlan {
        let document: RDFDocument
        do {
            document = try RDFReader.read(data, path: path, syntax: syntax, base: base)
        } catch let problem as Diagnostic {
            return ImportPlan(diagnostics: [problem])
        } catch {
            return ImportPlan(diagnostics: [.error("cannot read \(path): \(error)", at: SourceLocation(path: path))])
        }
        var plan = ImportPlan(diagnostics: document.warnings)
        let graph = DCATGraph(document, path: path)
        let datasets = findDatasets(in: graph, path: path, diagnostics: &plan.diagnostics)
        if datasets.isEmpty {
            // Nothing to import is an error, so that `orden import dcat` fails: a JSON-LD file
            // whose terms all come from a remote context, say, yields no triples at all.
            let found = document.graph.triples.isEmpty ? "no RDF statements at all" : "no dcat:Dataset"
            plan.diagnostics.append(.error("the file describes \(found); nothing was imported", at: SourceLocation(path: path),
                                           hint: "a DCAT catalogue lists its datasets as nodes of type dcat:Dataset; a JSON-LD file needs its @context in the file itself"))
        }
        var taken = TakenIDs(existingIDs)
        for dataset in datasets {
            var reader = DCATDatasetReader(graph: graph, node: dataset)
            guard let fields = reader.fields() else {
                plan.diagnostics += reader.diagnostics
                continue
            }
            plan.diagnostics += reader.diagnostics
            let id = dataset.iri.flatMap { importedBefore[$0] }
                ?? ImportTarget.uniqueID(for: reader.title ?? "", taken: &taken, fallback: "datasett")
            // The dataset's IRI is its `uri`; one that is not a web address is kept as a comment,
            // so that importing the file again still finds the record.
            let comments = dataset.iri.flatMap { WebLink($0) == nil ? [String(Self.provenancePrefix.dropFirst(2)) + $0] : nil } ?? []
            let text = FrontMatterWriter.document(fields, comments: comments)
            if let problem = oversized(text, dataset: dataset, graph: graph) {
                plan.diagnostics.append(problem)
                continue
            }
            plan.files.append(PlannedFile(path: ImportTarget.localPath(.dataset, id: id, municipalityFolder: municipalityFolder), text: text))
        }
        return plan
    }

    /// An error when the record would have more front matter than `orden check` reads (a
    /// description of megabytes): the import stops before it writes a file that check refuses.
    static func oversized(_ text: String, dataset: RDFTerm, graph: DCATGraph) -> Diagnostic? {
        let size = text.utf8.count
        guard size > YAMLComposer.maximumBytes else { return nil }
        return .error("the dataset \(graph.describe(dataset)) would be a record of \(size / 1024) KiB; orden check reads at most \(YAMLComposer.maximumBytes / 1024) KiB of front matter",
                      at: graph.location(of: dataset),
                      hint: "shorten its longest text (usually dct:description) in the catalogue, then import again; nothing was written")
    }

    /// The datasets: nodes typed dcat:Dataset, and nodes a catalogue lists with dcat:dataset.
    /// A listed dataset the file does not describe is a warning; so are dataset series and data
    /// services, which a dataset record cannot hold.
    static func findDatasets(in graph: DCATGraph, path: String, diagnostics: inout [Diagnostic]) -> [RDFTerm] {
        let series = graph.graph.subjects(ofType: RDFVocabulary.dcat + "DatasetSeries")
        for node in series {
            diagnostics.append(.warning("the dataset series \(graph.describe(node)) was not imported: Orden's dataset records describe single datasets",
                                        at: graph.location(of: node),
                                        hint: "its datasets (dcat:inSeries) are imported each on its own; name the series in their text if it matters"))
        }
        for node in graph.graph.subjects(ofType: RDFVocabulary.dcat + "DataService") {
            diagnostics.append(.warning("the data service \(graph.describe(node)) was not imported: Orden publishes a municipality's data services from the api of its systems",
                                        at: graph.location(of: node),
                                        hint: "add the API to the system that offers it (api.endpoint_url)"))
        }
        var seen = Set(series)
        var datasets = graph.graph.subjects(ofType: RDFVocabulary.dcat + "Dataset").filter { !seen.contains($0) }
        seen.formUnion(datasets)
        for triple in graph.graph.triples where triple.predicate == RDFVocabulary.dcat + "dataset" && !seen.contains(triple.object) {
            seen.insert(triple.object)
            if graph.hasTriples(triple.object) {
                datasets.append(triple.object)
            } else {
                diagnostics.append(.warning("the dataset \(graph.describe(triple.object)) is only named in the catalogue, not described in this file; it was not imported",
                                            at: graph.location(of: triple.subject),
                                            hint: "export the catalogue with the description of each dataset, or import that dataset's own file"))
            }
        }
        return datasets
    }

    /// The datasets earlier imports wrote, by their `uri` or the IRI in their `# imported from <IRI>` line.
    static func importedBefore(in folder: URL) -> [String: String] {
        var found: [String: String] = [:]
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
        for name in names {
            guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else { continue }
            for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(200) {
                let iri: String
                if line.hasPrefix(Self.provenancePrefix) {
                    iri = String(line.dropFirst(Self.provenancePrefix.count))
                } else if line.hasPrefix("uri: ") {
                    iri = String(line.dropFirst(5)).trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
                } else {
                    continue
                }
                let trimmed = iri.trimmingCharacters(in: .whitespaces)
                if found[trimmed] == nil { found[trimmed] = String(name.dropLast(3)) }
            }
        }
        return found
    }

    static let provenancePrefix = "# imported from "

    static func existingIDs(in folder: URL) -> Set<String> {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return Set(names.filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) })
    }
}
