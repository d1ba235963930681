import Foundation
import Testing

/// Files are replaced atomically: a writer killed at any moment leaves the old file or the new one.
@Suite struct AtomicWriteTests {
    private let cancel = ["--answer", "action=cancel", "--answer", "region=hk", "--answer", "carrier=csl",
                          "--answer", "card_type=keep", "--answer", "abroad=yes", "--lang", "zh"]
    private let renew = ["--answer", "action=renew", "--answer", "region=fr", "--answer", "carrier=orange",
                         "--answer", "card_type=keep", "--answer", "abroad=no", "--lang", "en"]

    @Test func aWriterKilledMidSaveNeverLeavesAHalfWrittenFile() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("plan.html").path
        // The two complete versions the file may hold.
        #expect(try BinaryRunner.run(["plan"] + renew + ["--format", "html", "--output", target]).status == 0)
        let renewed = try Data(contentsOf: URL(fileURLWithPath: target))
        #expect(try BinaryRunner.run(["plan"] + cancel + ["--format", "html", "--output", target]).status == 0)
        let cancelled = try Data(contentsOf: URL(fileURLWithPath: target))
        #expect(renewed != cancelled)

        var generator = SystemRandomNumberGenerator()
        for round in 0..<40 {
            let process = Process()
            process.executableURL = BinaryRunner.binary
            process.arguments = ["plan"] + (round.isMultiple(of: 2) ? renew : cancel) + ["--format", "html", "--output", target]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: Double.random(in: 0...0.12, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = try Data(contentsOf: URL(fileURLWithPath: target))
            #expect(now == renewed || now == cancelled, "round \(round): the file holds neither version")
        }
    }

    @Test func planOutputReportsAPathThatCannotBeWritten() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BinaryRunner.run(["plan"] + cancel + ["--output", folder.path])
        #expect(result.status == 4)
        #expect(result.stderr == "simguide: cannot write '\(folder.path)': it is a folder; give a file name\n")
        let paged = folder.appendingPathComponent("plan.txt").path
        #expect(try BinaryRunner.run(["plan"] + cancel + ["--output", paged]).status == 0)
        let text = try String(contentsOfFile: paged, encoding: .utf8)
        #expect(text.contains("\u{0C}"), "text files are paged for printing")
        #expect(text.contains("，生成于 "), "and carry the day they were made")
    }
}
