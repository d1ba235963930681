import Foundation
import SimguideCore

/// A folder of interface catalogues with one more language, made as docs/interface-text.md tells a
/// translator to: the bundled files, and `ja.txt`, a copy of `en.txt` whose `language.*` lines are the
/// doc's example and with a few texts translated. Removed by the caller.
public enum InterfaceFixture {
    public static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The texts the fixture translates, which the tests look for on screen.
    public static let translated: [String: String] = [
        "wizard.progress": "ステップ {step}（最大 {at-most}）",
        "keys.footer.quit": "終了",
        "line.progress": "ステップ {step}（最大 {at-most}）",
        "plan.plan-title": "あなたのプラン",
        "plan.situation": "あなたの状況",
    ]

    /// The folder, with `ja.txt` changed by `edit` (lines of the file, to drop or change some).
    public static func folder(edit: ([String]) -> [String] = { $0 }) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("simguide-interface-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let bundled = repository.appendingPathComponent("Resources/interface")
        for code in ["zh", "zh-Hant", "en"] {
            try FileManager.default.copyItem(at: bundled.appendingPathComponent("\(code).txt"), to: folder.appendingPathComponent("\(code).txt"))
        }
        try write(edit(try japanese()), to: folder.appendingPathComponent("ja.txt"))
        return folder
    }

    /// `en.txt` with the doc's `language.*` lines and the translated texts.
    public static func japanese() throws -> [String] {
        var replacements = translated
        for line in try docExample() {
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            replacements[parts[0]] = parts[1]
        }
        let english = try String(contentsOf: repository.appendingPathComponent("Resources/interface/en.txt"), encoding: .utf8)
        return english.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard let key = line.split(separator: " ").first.map(String.init), let text = replacements[key] else { return String(line) }
            return "\(key) = \(text)"
        }
    }

    /// The `language.*` lines of the example in docs/interface-text.md.
    public static func docExample() throws -> [String] {
        let doc = try String(contentsOf: repository.appendingPathComponent("docs/interface-text.md"), encoding: .utf8)
        let blocks = doc.components(separatedBy: "```text\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
        let example = blocks.first { $0.hasPrefix("language.name") } ?? ""
        return example.split(separator: "\n").map(String.init)
    }

    public static func write(_ lines: [String], to url: URL) throws {
        try Data(lines.joined(separator: "\n").utf8).write(to: url)
    }
}
