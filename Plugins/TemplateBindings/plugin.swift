import Foundation
import PackagePlugin

/// Writes how templates read the view models of the target it is applied to (its files named
/// `…ViewModels.swift`): each view model answers a template's lookup by its properties' names,
/// generated from their declarations by OrdenEmbed, so that no list of names is kept by hand.
@main
struct TemplateBindings: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let inputs = (target.sourceModule?.sourceFiles(withSuffix: "swift").map(\.url) ?? [])
            .filter { $0.lastPathComponent.hasSuffix("ViewModels.swift") }
            .sorted { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "TemplateBindings.swift")
        return [
            .buildCommand(
                displayName: "Binding template names to view models",
                executable: try context.tool(named: "OrdenEmbed").url,
                arguments: ["--bindings", output.path(percentEncoded: false)] + inputs.map { $0.path(percentEncoded: false) },
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
