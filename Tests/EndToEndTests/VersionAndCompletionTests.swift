import Foundation
import Testing

/// What a packaged release relies on: `--version`, and shell completions generated from the commands
/// that complete `--answer` from the flow.
@Suite struct VersionAndCompletionTests {
    @Test func versionNamesTheProgramAndTheContent() throws {
        let result = try BinaryRunner.run(["--version"])
        #expect(result.status == 0, "\(result.stderr)")
        let flow = try String(contentsOf: BinaryRunner.repository.appendingPathComponent("Resources/flow/simguide.yaml"), encoding: .utf8)
        let version = try #require(flow.split(separator: "\n").first { $0.hasPrefix("version:") })
            .dropFirst("version:".count).trimmingCharacters(in: CharacterSet(charactersIn: " \""))
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines.first?.hasPrefix("simguide ") == true)
        #expect(lines.dropFirst().first?.hasPrefix("content \(version), sources checked 20") == true, "\(lines)")
        #expect(lines.last?.hasSuffix("Resources/flow/simguide.yaml") == true)
    }

    @Test func answerValuesAreCompletedFromTheFlow() throws {
        let values = try BinaryRunner.run(["---completion", "plan", "--", "--answer", "3", "7", "simguide", "plan", "--answer", "action="])
        #expect(values.stdout == "action=cancel\naction=renew\n")
        let questions = try BinaryRunner.run(["---completion", "plan", "--", "--answer", "3", "2", "simguide", "plan", "--answer", "ca"])
        #expect(questions.stdout == "carrier=\ncard_type=\n")
        let hongKong = try BinaryRunner.run(["---completion", "plan", "--", "--answer", "5", "8", "simguide", "plan",
                                             "--answer", "region=hk", "--answer", "carrier="])
        #expect(hongKong.stdout == "carrier=csl\ncarrier=cmhk\ncarrier=smartone\ncarrier=three\ncarrier=cuhk\ncarrier=other\n")
    }

    @Test func bashCompletesQuestionsValuesAndSubcommands() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = BinaryRunner.repository.appendingPathComponent("scripts/completions.sh").path
        let made = try BinaryRunner.run([script, BinaryRunner.binary.path, folder.path], executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(made.status == 0, "\(made.stderr)")
        for name in ["simguide.bash", "_simguide", "simguide.fish"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path), "\(name)")
        }
        // bash splits `action=` at '=' into words of their own, as it does when a person presses Tab.
        let check = """
            PATH="$(dirname "$SIMGUIDE"):$PATH"
            source ./simguide.bash
            complete_line() { COMP_LINE="$1"; COMP_POINT=${#COMP_LINE}; read -ra COMP_WORDS <<< "$2"; COMP_CWORD=$3
              [ "$5" = " " ] && COMP_WORDS+=('')
              COMPREPLY=(); _simguide_answer_words simguide "$4" "${COMP_WORDS[COMP_CWORD-1]}"; echo "${COMPREPLY[*]}"; }
            complete_line 'simguide plan --answer action=' 'simguide plan --answer action =' 5 '' ' '
            complete_line 'simguide plan --answer region=h' 'simguide plan --answer region = h' 5 'h'
            complete_line 'simguide pl' 'simguide pl' 1 'pl'
            complete_line 'simguide plan --answer region=hk --fo' 'simguide plan --answer region = hk --fo' 6 '--fo'
            """
        let result = try BinaryRunner.run(["-c", check], environment: ["SIMGUIDE": BinaryRunner.binary.path],
                                          executable: URL(fileURLWithPath: "/bin/bash"), folder: folder)
        #expect(result.stdout == "cancel renew\nhk\nplan\n--format\n", "\(result.stderr)")
    }
}
