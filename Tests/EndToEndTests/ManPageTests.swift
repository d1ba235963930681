import Foundation
import Testing

/// `scripts/manpage.py` turns the exit codes of `simguide --help` into the man page's EXIT STATUS. The
/// real page is made by ArgumentParser's generate-manual (`make install`, `make dist`); here a stand-in
/// prints the root command's discussion the way that tool does, so the help and the page cannot drift.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), "python3 is not installed"))
struct ManPageTests {
    @Test func everyExitCodeOfTheHelpBecomesAnItemOfExitStatus() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let generator = folder.appendingPathComponent("generate-manual")
        try """
            #!/bin/sh
            printf '.Sh DESCRIPTION\\n'
            "$1" --help | sed -n '/^Run with no command/,/^USAGE/p' | sed '$d'
            printf '.Sh "EXIT STATUS"\\n.Ex -std\\n'
            """.write(to: generator, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: generator.path)
        let page = folder.appendingPathComponent("simguide.1")
        let script = BinaryRunner.repository.appendingPathComponent("scripts/manpage.py").path
        let result = try BinaryRunner.run([script, generator.path, BinaryRunner.binary.path, "2026-11-24", "/usr", page.path],
                                          executable: URL(fileURLWithPath: "/usr/bin/python3"))
        #expect(result.status == 0, "\(result.stderr)")
        let lines = try String(contentsOf: page, encoding: .utf8).split(separator: "\n").map(String.init)
        let status = try #require(lines.firstIndex(of: ".Sh EXIT STATUS"))
        let end = try #require(lines[status...].firstIndex(of: ".El"))
        #expect(lines[status..<end].filter { $0.hasPrefix(".It ") }.map { String($0.dropFirst(4)) } == ["0", "1", "2", "3", "4", "5", "128+N"])
        #expect(lines[status...].contains("usage error, or a missing or invalid answer (the message lists the allowed values), or an output refused (a file of the flow, two outputs to one file)"))
        #expect(!lines.contains("Exit codes:"), "the list stays in DESCRIPTION too")
        #expect(!lines.contains(".Ex -std"))
        #expect(lines.contains(".Sh THE FLOW FORMAT") && lines.contains(".Sh ANSWERS FILE"))
        #expect(lines.contains(".It Pa /usr/share/simguide/flow/simguide.yaml"), "PREFIX is filled in")
    }
}
