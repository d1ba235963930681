import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SimguideExports

/// `simguide graph --format dot|mermaid`: the question graph, for reviewing a flow.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Print the question graph as Graphviz dot or Mermaid.")

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "Graph format: dot or mermaid.")
    var format: FlowGraphRenderer.Format = .dot

    func run() throws {
        let flow = try options.loadFlow()
        let graph = FlowGraphRenderer(flow: flow, language: options.language).render(format)
        try Console.out(graph)
    }
}

extension FlowGraphRenderer.Format: ExpressibleByArgument {}
