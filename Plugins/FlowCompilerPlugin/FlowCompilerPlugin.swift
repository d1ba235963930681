import Foundation
import PackagePlugin

/// Compiles the bundled flow (`Resources/flow/simguide.yaml` and the files it includes) into Swift for the
/// target it is applied to, whenever one of the flow's YAML files changes (they are the command's inputs).
@main
struct FlowCompilerPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let flow = context.package.directoryURL.appending(components: "Resources", "flow")
        let output = context.pluginWorkDirectoryURL
        // Every YAML file of the flow's folder and the folders below it, except the flow's test cases.
        let inputs = (FileManager.default.subpaths(atPath: flow.path) ?? [])
            .filter { $0.hasSuffix(".yaml") && !$0.hasPrefix("tests/") }
            .sorted()
            .map { flow.appending(path: $0) }
        // The files flow-compiler writes, whatever the flow (FlowSourceWriter.partCount parts).
        let outputs = ["BundledFlow+Model.swift"] + (0..<8).map { "BundledFlow+Part\($0).swift" }
        return [
            .buildCommand(
                displayName: "Compiling the bundled flow",
                executable: try context.tool(named: "flow-compiler").url,
                arguments: [flow.appending(component: "simguide.yaml").path, output.path],
                inputFiles: inputs,
                outputFiles: outputs.map { output.appending(component: $0) }),
        ]
    }
}
