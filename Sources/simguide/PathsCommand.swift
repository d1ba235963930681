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
        PathEnumerator(flow: flow).walk(onPath: { path in
            total += 1
            guard !count else { return }
            buffer += path.steps.map { "\($0.question)=\($0.value)" }.joined(separator: " ") + "\n"
            if buffer.utf8.count > 64 * 1024 {
                FileHandle.standardOutput.write(Data(buffer.utf8))
                buffer = ""
            }
        })
        if count { buffer = "\(total)\n" }
        FileHandle.standardOutput.write(Data(buffer.utf8))
    }
}
