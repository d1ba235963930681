import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SimguideCore

/// `simguide paths [--count]`: every way through the flow, one line each.
struct PathsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paths",
        abstract: "List every path through the flow as question=value pairs, or count them.")

    @OptionGroup var options: CommonOptions

    @Flag(name: .long, help: "Print only the number of paths.")
    var count = false

    @Flag(name: .long, help: "Print the plan rules no path matches, and those only one path matches (with that path).")
    var coverage = false

    func run() throws {
        let flow = try options.loadCheckedFlow()
        if coverage { return try Console.out(Self.coverageReport(RuleCoverage(flow: flow))) }
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

    static func coverageReport(_ coverage: RuleCoverage) -> String {
        let never = coverage.entries.filter { $0.paths == 0 }
        let once = coverage.entries.filter { $0.paths == 1 }
        var out = "rules: \(coverage.entries.count); matched by no path: \(never.count); matched by one path only: \(once.count)\n"
        if !never.isEmpty {
            out += "\nMatched by no path:\n" + never.map { "  \($0.rule.id)  \($0.rule.position)\n" }.joined()
        }
        if !once.isEmpty {
            out += "\nMatched by one path only:\n" + once.map { entry in
                let path = entry.example.map { $0.map { "\($0.question)=\($0.value)" }.joined(separator: " ") } ?? ""
                return "  \(entry.rule.id)  \(entry.rule.position)\n    \(path)\n"
            }.joined()
        }
        return out
    }
}
