import Foundation
import Basics
import FrontMatter
import Mustache
import OrdenBuild
import OrdenCatalogue
import OrdenModel
import OrdenSite
import OrdenSource
import RDF
import Spreadsheet

/// One file an importer wants to write, by its path relative to the source folder.
package struct PlannedFile: Sendable, Equatable {
    package var path: String
    package var text: String

    package init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}

/// What an importer makes of its input: the files it would write, and every row, node or field
/// it could not take (as warnings, located at the row number or subject IRI), or errors that
/// stop the import (a malformed file). Importers only plan; `ImportRunner` writes.
package struct ImportPlan: Sendable {
    package var files: [PlannedFile] = []
    package var diagnostics: [Diagnostic] = []

    package init(files: [PlannedFile] = [], diagnostics: [Diagnostic] = []) {
        self.files = files
        self.diagnostics = diagnostics
    }
}

package struct ImportOptions: Sendable {
    /// Overwrite files that already exist.
    package var force: Bool
    /// Show what would be written, write nothing.
    package var dryRun: Bool

    package init(force: Bool = false, dryRun: Bool = false) {
        self.force = force
        self.dryRun = dryRun
    }
}

package struct ImportOutcome: Sendable {
    /// The importer's own diagnostics, then what `orden check` says about the new files.
    package var diagnostics: [Diagnostic]
    /// The files written (or, in a dry run, that would be written).
    package var files: [PlannedFile]
    package var wrote: Bool
    /// Problems `orden check` finds in the new files: the fields the editor must still fill.
    package var toFill: [Diagnostic]
}

/// Writes an import plan into a content repository: all files or none, never over an existing
/// file without `force`, and checks the result as `orden check` would.
package enum ImportRunner {
    package static func apply(_ plan: ImportPlan, source: URL, options: ImportOptions) -> ImportOutcome {
        var diagnostics = plan.diagnostics
        guard !diagnostics.hasErrors else {
            return ImportOutcome(diagnostics: diagnostics.sorted(), files: [], wrote: false, toFill: [])
        }
        var seen: Set<String> = []
        for file in plan.files where !seen.insert(file.path).inserted {
            diagnostics.append(.error("the import would write \(file.path) twice", at: SourceLocation(path: file.path),
                                      hint: "two rows or nodes have the same id; give one of them another title or id"))
        }
        if !options.force {
            for file in plan.files where FileManager.default.fileExists(atPath: source.appendingPathComponent(file.path).path) {
                diagnostics.append(.error("\(file.path) already exists", at: SourceLocation(path: file.path),
                                          hint: "nothing was written; add --force to overwrite it, or remove it first"))
            }
        }
        guard !diagnostics.hasErrors else {
            return ImportOutcome(diagnostics: diagnostics.sorted(), files: [], wrote: false, toFill: [])
        }
        let toFill = check(plan.files, in: source)
        if options.dryRun {
            return ImportOutcome(diagnostics: diagnostics.sorted(), files: plan.files, wrote: false, toFill: toFill)
        }
        var written: [URL] = []
        for file in plan.files {
            let url = source.appendingPathComponent(file.path)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.text.utf8).write(to: url, options: .atomic)
                written.append(url)
            } catch {
                // All or nothing: take back what this run wrote, unless it overwrote a file.
                if !options.force { for url in written { try? FileManager.default.removeItem(at: url) } }
                diagnostics.append(.error("cannot write \(file.path): \(error.localizedDescription)", at: SourceLocation(path: file.path)))
                return ImportOutcome(diagnostics: diagnostics.sorted(), files: [], wrote: false, toFill: [])
            }
        }
        return ImportOutcome(diagnostics: diagnostics.sorted(), files: plan.files, wrote: true, toFill: toFill)
    }

    /// What `orden check` would say about the new files, with the repository around them.
    static func check(_ files: [PlannedFile], in source: URL) -> [Diagnostic] {
        let tree = SourceTree.directory(source).overlaid(with: Dictionary(files.map { ($0.path, Data($0.text.utf8)) }, uniquingKeysWith: { $1 }))
        let paths = Set(files.map(\.path))
        return Orden.check(tree).diagnostics.filter { paths.contains($0.location.path) }
    }
}
