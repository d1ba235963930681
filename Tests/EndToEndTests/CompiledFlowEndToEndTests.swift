import Foundation
import Testing

/// The program reads the flow compiled into it only while the files are the bundled ones: an installed
/// flow someone edited, or `--flow` to another, is read from its YAML and checked at start as before.
@Suite struct CompiledFlowEndToEndTests {
    static let answers = ["--answer", "action=renew", "--answer", "region=hk", "--answer", "carrier=cmhk",
                          "--answer", "card_type=keep", "--answer", "abroad=yes", "--lang", "en"]

    @Test func anEditedFlowIsReadFromItsYAML() throws {
        let folder = try Self.copyOfTheFlow(replacing: "en: Where is this number from?", with: "en: Which country issued this number?")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let result = try BinaryRunner.run(["plan", "--flow", folder.path] + Self.answers)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Which country issued this number? Hong Kong (+852)"), "\(result.stdout)")
        #expect(!result.stdout.contains("Where is this number from?"))
    }

    @Test func anEditedFlowWithAMistakeIsRefusedAtStart() throws {
        let folder = try Self.copyOfTheFlow(replacing: "    next: region\n", with: "    next: regoin\n")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let result = try BinaryRunner.run(["plan", "--flow", folder.path] + Self.answers)
        #expect(result.status == 3)
        let root = folder.appendingPathComponent("simguide.yaml")
        let lines = try String(contentsOf: root, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex(of: "    next: regoin")) + 1
        #expect(result.stderr.contains("\(root.path):\(line):11: error:"), "\(result.stderr)")
        #expect(result.stderr.contains("'regoin'"), "\(result.stderr)")
    }

    @Test func theUneditedFlowElsewhereGivesTheSamePlanAndNamesItsOwnFiles() throws {
        let folder = try Self.copyOfTheFlow(replacing: nil, with: "")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let bundled = try BinaryRunner.run(["plan"] + Self.answers)
        let copied = try BinaryRunner.run(["plan", "--flow", folder.path] + Self.answers)
        #expect(copied.status == 0 && bundled.status == 0, "\(copied.stderr)\(bundled.stderr)")
        #expect(copied.stdout == bundled.stdout)
        let lint = try BinaryRunner.run(["lint", folder.path])
        #expect(lint.stdout.hasPrefix("\(folder.path)/simguide.yaml and "), "\(lint.stdout)")
        #expect(lint.stdout.hasSuffix(" included file(s): 0 error(s), 0 warning(s)\n"), "\(lint.stdout)")
    }

    /// A copy of the bundled flow in a temporary folder, with one text of the root file replaced.
    static func copyOfTheFlow(replacing old: String?, with new: String) throws -> URL {
        let folder = try BinaryRunner.temporaryDirectory().appendingPathComponent("flow")
        try FileManager.default.copyItem(at: BinaryRunner.repository.appendingPathComponent("Resources/flow"), to: folder)
        guard let old else { return folder }
        let root = folder.appendingPathComponent("simguide.yaml")
        let text = try String(contentsOf: root, encoding: .utf8)
        #expect(text.contains(old), "the root file changed: \(old)")
        try text.replacingOccurrences(of: old, with: new).write(to: root, atomically: true, encoding: .utf8)
        return folder
    }
}
