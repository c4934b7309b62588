import Foundation
import PackagePlugin

/// Compiles the YAML files of templates/ into the target as string constants (`EmbeddedTemplates`), so that the
/// `formfold` binary carries its default data dictionary and synonyms and runs from anywhere.
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let folder = context.package.directoryURL.appendingPathComponent("templates")
        let names = ["dictionary.yaml", "synonyms.yaml"]
        let inputs = names.map { folder.appendingPathComponent($0) }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedTemplates.swift")
        return [
            .buildCommand(
                displayName: "Embedding templates/ (\(names.joined(separator: ", ")))",
                executable: try context.tool(named: "embed-templates").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }
}
