import Foundation
import Testing

/// `--answers FILE`: question=value lines or a saved session's JSON, for `plan` and `letter`.
@Suite struct AnswersFileTests {
    private let freeFromAbroad = ["--answer", "action=cancel", "--answer", "region=fr", "--answer", "carrier=free",
                                  "--answer", "card_type=postpaid", "--answer", "abroad=yes"]

    /// Writes `text` to a file in a fresh folder and runs `body` with its path.
    private func withFile(_ text: String, name: String = "answers.txt", _ body: (String) throws -> Void) throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        try body(file.path)
    }

    @Test func aFileOfLinesGivesTheSamePlanAsRepeatedAnswers() throws {
        let expected = try BinaryRunner.run(["plan"] + freeFromAbroad)
        #expect(expected.status == 0)
        try withFile("""
            # Li Hua's French line
            action=cancel

            region = fr
            carrier=free
              card_type=postpaid
            abroad=yes
            """) { path in
            let result = try BinaryRunner.run(["plan", "--answers", path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == expected.stdout)
        }
    }

    @Test func aFileFromAWindowsEditorIsReadToo() throws {
        let expected = try BinaryRunner.run(["plan"] + freeFromAbroad)
        try withFile("\u{FEFF}action=cancel\r\nregion=fr\r\ncarrier=free\r\ncard_type=postpaid\r\nabroad=yes\r\n") { path in
            let result = try BinaryRunner.run(["plan", "--answers", path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == expected.stdout)
        }
    }

    @Test func anExplicitAnswerReplacesTheFilesAnswer() throws {
        let hongKong = try BinaryRunner.run(["plan", "--answer", "action=cancel", "--answer", "region=hk", "--answer", "carrier=csl",
                                             "--answer", "card_type=keep", "--answer", "abroad=yes"])
        try withFile("action=cancel\nregion=hk\ncarrier=csl\ncard_type=keep\nabroad=no\n") { path in
            let result = try BinaryRunner.run(["plan", "--answers", path, "--answer", "abroad=yes"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == hongKong.stdout)
        }
    }

    @Test func aLineThatDoesNotFitNamesFileLineAndTheAllowedValues() throws {
        try withFile("action=cancel\n\nregion=xx\n") { path in
            let result = try BinaryRunner.run(["plan", "--answers", path])
            #expect(result.status == 2)
            // The allowed values are the flow's regions, whatever regions it has.
            #expect(result.stderr.hasPrefix("\(path):3: 'xx' is not an answer to 'region' (Where is this number from?); allowed: fr, hk, nc"))
        }
        try withFile("action=cancel\nregion\n") { path in
            let result = try BinaryRunner.run(["plan", "--answers", path])
            #expect(result.status == 2)
            #expect(result.stderr.hasPrefix("\(path):2: 'region' must look like question=value"))
        }
        try withFile("action=cancel\ncolour=red\n") { path in
            let result = try BinaryRunner.run(["plan", "--answers", path])
            #expect(result.status == 2)
            #expect(result.stderr.hasPrefix("\(path):2: there is no question 'colour'; questions: action, region"))
        }
        try withFile("action=cancel\naction=renew\n") { path in
            let result = try BinaryRunner.run(["plan", "--answers", path])
            #expect(result.status == 2)
            #expect(result.stderr == "\(path):2: 'action' is answered already at \(path):1; give one answer\n")
        }
    }

    @Test func aValueThatDoesNotFitTheOtherAnswersNamesItsLine() throws {
        try withFile("action=cancel\nregion=fr\ncarrier=csl\ncard_type=keep\nabroad=yes\n") { path in
            let result = try BinaryRunner.run(["plan", "--answers", path])
            #expect(result.status == 2)
            #expect(result.stderr.hasPrefix("\(path):3: 'csl' is not an answer to 'carrier' (Which carrier is it?) here; allowed: orange, sfr,"))
        }
    }

    @Test func aSavedSessionGivesItsAnswers() throws {
        let expected = try BinaryRunner.run(["plan"] + freeFromAbroad)
        let answers = ["action": "cancel", "region": "fr", "carrier": "free", "card_type": "postpaid", "abroad": "yes"]
            .sorted { $0.key < $1.key }
            .map { "{\"question\": \"\($0.key)\", \"value\": \"\($0.value)\"}" }.joined(separator: ", ")
        let session = """
            {"format": 1, "id": "2026-11-22T21-40-12-3f9a", "created": "2026-11-22T21:40:12Z", "updated": "2026-11-22T21:40:12Z",
             "flowVersion": "2026.11.22", "language": "en", "answers": [\(answers)], "ticks": [], "fields": {}}
            """
        try withFile(session, name: "session.json") { path in
            let result = try BinaryRunner.run(["plan", "--answers", path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == expected.stdout)
        }
        try withFile("{\"format\": 1}", name: "broken.json") { path in
            let result = try BinaryRunner.run(["plan", "--answers", path])
            #expect(result.status == 2)
            #expect(result.stderr.hasPrefix("simguide: \(path) starts with '{' but is not a saved session"))
        }
    }

    @Test func lettersTakeAnswersFromAFile() throws {
        try withFile("action=cancel\nregion=fr\ncarrier=free\ncard_type=keep\nabroad=yes\n") { path in
            let result = try BinaryRunner.run(["letter", "--answers", path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("fr-lettre-resiliation"))
        }
    }

    @Test func aFileThatCannotBeReadExitsFour() throws {
        let result = try BinaryRunner.run(["plan", "--answers", "/nonexistent/answers.txt"])
        #expect(result.status == 4)
        #expect(result.stderr == "simguide: cannot read the answers file /nonexistent/answers.txt: No such file or directory\n")
    }
}
