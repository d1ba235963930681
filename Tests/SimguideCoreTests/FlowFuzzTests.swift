import Foundation
import Testing
@testable import SimguideCore
import SimguideTestSupport

/// Seeded fuzzing of flow loading: random bytes, truncations and mutations of the bundled flow. Every
/// input either loads (then lint runs on it without crashing) or fails with a `FlowError` that names the
/// file and, for text that parsed as YAML, a line and column. `SIMGUIDE_FUZZ_ROUNDS` runs longer.
@Suite struct FlowFuzzTests {
    static let rounds = Int(ProcessInfo.processInfo.environment["SIMGUIDE_FUZZ_ROUNDS"] ?? "") ?? 300

    static let bundledText: String = {
        (try? String(contentsOfFile: Fixtures.bundledFlowPath, encoding: .utf8)) ?? ""
    }()
    static let franceText: String = {
        let path = (Fixtures.bundledFlowPath as NSString).deletingLastPathComponent + "/france.yaml"
        return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }()

    /// Loads `text` as a root flow whose includes resolve against a folder holding only `france.yaml`'s
    /// mutated copy, and checks the outcome.
    private func check(_ text: String, round: Int, what: String) {
        do {
            let flow = try FlowLoader.load(yaml: text, name: "fuzz.yaml", directory: Self.folder)
            _ = FlowLinter(flow: flow, today: "2026-11-22").findings(.startUp)
            Self.expectTextsRenderSafely(flow, "round \(round) \(what)")
        } catch let error as FlowError {
            #expect(!error.message.isEmpty, "round \(round) \(what)")
            #expect(error.description.contains(error.file), "round \(round) \(what): \(error)")
        } catch {
            Issue.record("round \(round) \(what): not a FlowError: \(error)")
        }
    }

    /// Whatever a loaded flow's texts hold, what reaches the terminal has no control character, and
    /// text laid out for 40 columns takes at most 40 once drawn.
    static func expectTextsRenderSafely(_ flow: Flow, _ what: String) {
        for item in flow.userTexts {
            for text in item.text.translations.values {
                for line in TextLayout.wrap(text, width: 40) {
                    let drawn = VisibleControls.visible(line)
                    #expect(!drawn.unicodeScalars.contains(where: VisibleControls.isHidden), "\(what): \(item.what)")
                    #expect(DisplayWidth.of(drawn) <= 40, "\(what): \(item.what) drawn wider than laid out")
                }
            }
        }
    }

    static let folder: String = {
        let folder = NSTemporaryDirectory() + "simguide-fuzz-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }()

    @Test func randomBytesAndTruncations() {
        var random = SeededGenerator(seed: 42)
        let bytes = Array(Self.bundledText.utf8)
        for round in 0..<Self.rounds {
            let noise = (0..<Int.random(in: 0...400, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            check(String(decoding: noise, as: UTF8.self), round: round, what: "random bytes")
            let cut = Int.random(in: 0...bytes.count, using: &random)
            check(String(decoding: bytes[..<cut], as: UTF8.self), round: round, what: "truncated at \(cut)")
        }
    }

    @Test func mutatedCopiesOfTheBundledFlow() throws {
        var random = SeededGenerator(seed: 7)
        let lines = Self.franceText.components(separatedBy: "\n")
        let root = Self.bundledText.replacingOccurrences(of: "  - common.yaml\n", with: "")
            .replacingOccurrences(of: "  - hong-kong.yaml\n", with: "").replacingOccurrences(of: "  - new-caledonia.yaml\n", with: "")
        let replacements = ["", "[", "]", "{", "}", ": ", "- ", "&a ", "*a", "!!int", "\"", "'", "\t", "42", "~",
                            "yes", "{zh: x}", "[1, 2]", "unknown_key: 1", String(repeating: "长", count: 5_000)]
        for round in 0..<Self.rounds {
            var mutated = lines
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let index = Int.random(in: 0..<mutated.count, using: &random)
                switch Int.random(in: 0..<5, using: &random) {
                case 0: mutated.remove(at: index)
                case 1: mutated[index] = replacements.randomElement(using: &random) ?? ""
                case 2: mutated.insert(mutated[Int.random(in: 0..<mutated.count, using: &random)], at: index)
                case 3: mutated[index] = "  " + mutated[index]
                default:
                    var line = Array(mutated[index])
                    if !line.isEmpty { line.remove(at: Int.random(in: 0..<line.count, using: &random)) }
                    mutated[index] = String(line)
                }
            }
            try mutated.joined(separator: "\n").write(toFile: Self.folder + "/france.yaml", atomically: true, encoding: .utf8)
            check(root, round: round, what: "mutated france.yaml")
        }
    }

    @Test func hostileShapes() throws {
        let deep = String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)
        var bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...12 { bomb += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        let huge = "format: 1\nversion: \"1\"\ntitle: {zh: \(String(repeating: "字", count: 2_000_000)), en: x}\nstart: a\n"
        let cyclic = "format: 1\nversion: \"1\"\ntitle: {zh: 题, en: t}\nstart: a\nquestions:\n  - id: a\n    prompt: {zh: 问, en: q}\n    options: [{value: v, label: {zh: 是, en: v}}]\n    next: a\n"
        let escapes = cyclic.replacingOccurrences(of: "title: {zh: 题, en: t}", with: #"title: {zh: "\e]52;c;aGk=\a题\u202E", en: "\t\x9b2J\e[2J"}"#)
        for (name, text) in [("deep nesting", deep), ("escape sequences", escapes), ("alias bomb", bomb), ("10 MB title", huge), ("cycle", cyclic),
                             ("invalid UTF-8 replaced", String(decoding: [0xC3, 0x28, 0xA0, 0xA1], as: UTF8.self))] {
            check(text, round: 0, what: name)
        }
        let flow = try FlowLoader.load(yaml: cyclic, name: "cycle.yaml")
        #expect(FlowLinter(flow: flow, today: "2026-11-22").findings().contains { $0.code == .cycle })
    }
}
