import ArgumentParser
import Foundation
import SimguideCore

/// `simguide paths [--count]`: every way through the flow, one line each.
struct PathsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paths",
        abstract: "List every path through the flow as question=value pairs, or count them.")

    @OptionGroup var options: CommonOptions

    @Flag(name: .long, help: "Print only the number of paths.")
    var count = false

    func run() throws {
        let flow = try options.loadCheckedFlow()
        var total = 0
        var buffer = ""
        var writeFailure: Error?
        PathEnumerator(flow: flow).walk(onPath: { path in
            total += 1
            guard !count, writeFailure == nil else { return }
            buffer += path.steps.map { "\($0.question)=\($0.value)" }.joined(separator: " ") + "\n"
            if buffer.utf8.count > 64 * 1024 {
                do { try Console.out(buffer) } catch { writeFailure = error }
                buffer = ""
            }
        })
        if let writeFailure { throw writeFailure }
        if count { buffer = "\(total)\n" }
        try Console.out(buffer)
    }
}
