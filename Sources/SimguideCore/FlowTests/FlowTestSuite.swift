#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The flow tests of a flow: every `*.yaml` file in the `tests` folder next to its root file, read with
/// positions, and run against the flow.
public struct FlowTestSuite: Sendable {
    public let cases: [FlowTestCase]

    /// The folder that holds the tests of the flow whose root file is `rootFile`.
    public static func folder(forRootFile rootFile: String) -> String {
        FilePaths.join(FilePaths.folder(of: rootFile), "tests")
    }

    /// Reads every test file in `folder` (none is no error: a flow may have no tests yet).
    public static func load(folder: String) throws -> FlowTestSuite {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        var cases: [FlowTestCase] = []
        for name in names {
            let file = try FlowLoader.parse(file: FilePaths.join(folder, name))
            let top = try file.mapping("a flow test file", allowed: ["cases"])
            cases += try top.required("cases").sequence("cases").map(Self.testCase)
        }
        return FlowTestSuite(cases: cases)
    }

    /// What failed in each case, in order; an empty list means every case passed.
    public func run(on flow: Flow) -> [(testCase: FlowTestCase, failures: [String])] {
        cases.map { ($0, FlowTestRunner(flow: flow).failures(of: $0)) }
    }

    private static func testCase(_ node: YAMLNode) throws -> FlowTestCase {
        let map = try node.mapping("a flow test", allowed: FlowTestCase.keys)
        let answersNode = try map.required("answers")
        let answers = try answersNode.mapping("answers", allowed: nil).entries.map { entry in
            (question: entry.key, value: try entry.value.string("the answer to '\(entry.key)'"))
        }
        func ids(_ key: String) throws -> [String] { try map[key]?.identifiers(key).map(\.0) ?? [] }
        func channels(_ key: String) throws -> [Channel] {
            try (map[key]?.identifiers(key) ?? []).map { id, position in
                guard let channel = Channel(rawValue: id) else {
                    throw FlowError(.badValue, "'\(id)' is not a channel; use one of: \(Channel.allCases.map(\.rawValue).joined(separator: ", "))", at: position)
                }
                return channel
            }
        }
        func words(_ key: String) throws -> [String: [String]] {
            guard let node = map[key] else { return [:] }
            var byLanguage: [String: [String]] = [:]
            for entry in try node.mapping(key, allowed: nil).entries {
                guard FlowParts.isLanguageCode(entry.key) else {
                    throw FlowError(.badValue, "'\(entry.key)' is not a language code; use one such as zh, zh-Hant or en", at: entry.keyPosition)
                }
                byLanguage[entry.key] = try entry.value.sequence("\(key) in \(entry.key)").map { try $0.string("a word") }
            }
            return byLanguage
        }
        return FlowTestCase(
            name: try map.required("name").string("name"), answers: answers,
            rules: try ids("rules"), noRules: try ids("no_rules"), steps: try stepKeys(map["steps"]), noSteps: try stepKeys(map["no_steps"]),
            documents: try ids("documents"), noDocuments: try ids("no_documents"),
            channels: try channels("channels"), noChannels: try channels("no_channels"),
            letters: try ids("letters"), noLetters: try ids("no_letters"),
            contains: try words("contains"), notContains: try words("not_contains"), position: node.position)
    }

    /// Step keys (`rule-id/2`) are ids with a slash.
    private static func stepKeys(_ node: YAMLNode?) throws -> [String] {
        guard let node else { return [] }
        if case .scalar = node.tree { return [try node.string("a step key")] }
        return try node.sequence("steps").map { try $0.string("a step key") }
    }
}
