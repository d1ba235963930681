#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SimguideCore

/// Shell completion of `--answer`: question ids (`action=`), and after `=` that question's values
/// (`action=cancel`), read from the flow the command line names with `--flow`, or the bundled one.
/// Values are those the other answers on the command line still allow (`carrier=` after
/// `--answer region=hk` offers Hong Kong's carriers; without a region, every carrier).
enum AnswerCompletion {
    @Sendable
    static func candidates(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        guard let flow = flow(words) else { return [] }
        var others: [String: String] = [:]
        for (offset, word) in words.enumerated() where word == "--answer" && offset + 1 < words.count && offset + 1 != index {
            let parts = words[offset + 1].split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { others[parts[0]] = parts[1] }
        }
        return candidates(prefix: prefix, flow: flow, otherAnswers: others)
    }

    static func candidates(prefix: String, flow: Flow, otherAnswers: [String: String] = [:]) -> [String] {
        guard let equals = prefix.firstIndex(of: "=") else {
            return flow.questions.map { "\($0.id)=" }.filter { $0.hasPrefix(prefix) }
        }
        guard let question = flow.question(String(prefix[..<equals])) else { return [] }
        var values: [String] = []
        for option in question.options where option.when.couldMatch(otherAnswers) && !values.contains(option.value) {
            values.append(option.value)
        }
        return values.map { "\(question.id)=\($0)" }.filter { $0.hasPrefix(prefix) }
    }

    private static func flow(_ words: [String]) -> Flow? {
        var path = FlowLocator.bundledFlowPath()
        if let at = words.firstIndex(of: "--flow"), at + 1 < words.count {
            path = FlowLocator.flowFile(given: words[at + 1])
        }
        return path.flatMap { try? FlowReader.load(path: $0).flow }
    }
}
