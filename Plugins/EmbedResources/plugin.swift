import Foundation
import PackagePlugin

/// Embeds the default theme, the reference data and the files `orden init` writes into OrdenResources, so that the
/// `orden` binary is self-contained and needs no resource bundle at run time; and writes the default theme's template
/// names and translation keys as constants (`TemplateName`, `TextKey`), so that code asking for one that does not
/// exist does not compile.
@main
struct EmbedResources: BuildToolPlugin {
    static let folders = ["themes/default", "data", "scaffold"]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        var inputs: [URL] = []
        for folder in Self.folders {
            let base = root.appending(path: folder)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else { continue }
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                inputs.append(url)
            }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedResources.swift")
        let names = context.pluginWorkDirectoryURL.appending(path: "ThemeNames.swift")
        return [
            .buildCommand(
                displayName: "Embedding the default theme and reference data",
                executable: try context.tool(named: "OrdenEmbed").url,
                arguments: ["--names", names.path(percentEncoded: false),
                            output.path(percentEncoded: false), root.path(percentEncoded: false)] + Self.folders,
                inputFiles: inputs,
                outputFiles: [output, names]
            )
        ]
    }
}
