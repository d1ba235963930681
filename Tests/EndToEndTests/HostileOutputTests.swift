import Foundation
import Testing

/// Full disks, closed descriptors and odd files as outputs: a clear message and exit code 4, never a
/// trap; devices, FIFOs and links written through, never replaced; the flow itself never overwritten.
@Suite struct HostileOutputTests {
    private static let renewal = "--answer action=renew --answer region=hk --answer carrier=csl --answer card_type=keep --answer abroad=yes"

    @Test(arguments: [
        "plan \(renewal)", "letter --answer action=cancel --answer region=fr --answer carrier=free --answer card_type=keep --answer abroad=yes",
        "lint", "paths", "graph", "sessions", "--help", "plan --help",
    ])
    func aFullDiskOnStandardOutputExitsFour(command: String) throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BinaryRunner.shell("XDG_STATE_HOME=\"$PWD\" \"$SIMGUIDE\" \(command) > /dev/full", in: folder)
        #expect(result.status == 4, "\(result.stderr)")
        #expect(result.stderr.contains("cannot write to standard output: No space left on device"))
    }

    @Test func aClosedStandardOutputExitsFourInLineModeToo() throws {
        let plan = try BinaryRunner.shell("\"$SIMGUIDE\" plan \(Self.renewal) >&-")
        #expect(plan.status == 4)
        #expect(plan.stderr.contains("Bad file descriptor"))
        let wizard = try BinaryRunner.shell("echo 1 | \"$SIMGUIDE\" --lang en >&-")
        #expect(wizard.status == 4)
    }

    @Test func aFullStandardErrorStillEndsWithTheDocumentedCode() throws {
        let result = try BinaryRunner.shell("\"$SIMGUIDE\" plan --answer action=bogus 2>/dev/full")
        #expect(result.status == 2)
    }

    @Test func aSymbolicLinkIsFollowedAndItsTargetReplaced() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BinaryRunner.shell("""
            echo old > target.txt && ln -s target.txt link.txt && ln -s later.txt dangling.txt &&
            "$SIMGUIDE" plan \(Self.renewal) --output link.txt && "$SIMGUIDE" plan \(Self.renewal) --output dangling.txt &&
            test -L link.txt && test -L dangling.txt && head -1 target.txt && head -1 later.txt
            """, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == String(repeating: "Foreign SIM cancellation and renewal guide — Your plan\n", count: 2))
    }

    @Test func aFIFOIsWrittenThroughAndStaysAFIFO() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BinaryRunner.shell("""
            mkfifo pipe && (cat pipe > received.txt &) && "$SIMGUIDE" plan \(Self.renewal) --output pipe &&
            sleep 0.2 && test -p pipe && grep -c 'Your situation' received.txt
            """, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "1\n")
    }

    @Test func aCharacterDeviceIsWrittenThroughAndReportsItsError() throws {
        let null = try BinaryRunner.shell("\"$SIMGUIDE\" plan \(Self.renewal) --output /dev/null && test -c /dev/null")
        #expect(null.status == 0, "\(null.stderr)")
        let full = try BinaryRunner.shell("\"$SIMGUIDE\" plan \(Self.renewal) --output /dev/full; echo \"exit $?\"; test -c /dev/full")
        #expect(full.stdout == "exit 4\n")
        #expect(full.stderr.contains("cannot write '/dev/full': No space left on device"))
    }

    @Test func aReplacedFileKeepsItsPermissionsAndALetterIsPrivate() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BinaryRunner.shell("""
            umask 022 && echo old > mine.txt && chmod 600 mine.txt && "$SIMGUIDE" plan \(Self.renewal) --output mine.txt &&
            "$SIMGUIDE" letter fr-lettre-resiliation --answer action=cancel --answer region=fr --answer carrier=free \
              --answer card_type=keep --answer abroad=yes --output letter.txt &&
            stat -c '%a' mine.txt letter.txt
            """, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "600\n600\n")
    }

    @Test func theFlowInUseAndTwoOutputsToOneFileAreRefused() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let flow = BinaryRunner.repository.appendingPathComponent("Resources/flow")
        try FileManager.default.copyItem(at: flow, to: folder.appendingPathComponent("flow"))
        let overFlow = try BinaryRunner.shell("""
            cp flow/hong-kong.yaml before.yaml &&
            "$SIMGUIDE" plan --flow flow \(Self.renewal) --output flow/hong-kong.yaml; echo "exit $?"; cmp flow/hong-kong.yaml before.yaml
            """, in: folder)
        #expect(overFlow.stdout == "exit 2\n", "\(overFlow.stderr)")
        #expect(overFlow.stderr.contains("is a file of the flow in use"))
        let twice = try BinaryRunner.shell("\"$SIMGUIDE\" plan \(Self.renewal) --expires 2026-12-30 --ics same --output ./same; echo \"exit $?\"; test ! -e same",
                                           in: folder)
        #expect(twice.stdout == "exit 2\n")
        #expect(twice.stderr.contains("--output and --ics name the same file"))
    }

    @Test func aReminderIsOnlyForRenewals() throws {
        let result = try BinaryRunner.run(["plan", "--answer", "action=cancel", "--answer", "region=hk", "--answer", "carrier=csl",
                                           "--answer", "card_type=keep", "--answer", "abroad=yes", "--expires", "2026-12-30"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("for renewal plans"))
    }

    @Test func aVeryLongFileNameCanBeWrittenAndStaleTemporaryFilesAreCleaned() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let name = String(repeating: "p", count: 250) + ".txt"  // 254 bytes: the longest a name can be is 255
        let result = try BinaryRunner.shell("""
            touch .simguide-999999999-0123456789ab.tmp .simguide-1-0123456789ab.tmp &&
            "$SIMGUIDE" plan \(Self.renewal) --output \(name) && ls -A
            """, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        // PID 1 is running: its file may be in use and stays; the dead writer's file is gone.
        #expect(result.stdout == ".simguide-1-0123456789ab.tmp\n\(name)\n")
    }

    /// A tampered saved session, or a shared flow, cannot send escape sequences to the terminal.
    @Test func escapeSequencesFromDataAreShownNotObeyed() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sessions = folder.appendingPathComponent("simguide/sessions")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        let tampered = #"{"answers":[{"question":"action","value":"\u001b]52;c;aGk=\u0007x"}],"created":"2026-11-22T10:00:00Z","fields":{},"flowVersion":"1","format":1,"id":"20261122-100000-abcd","language":"en","ticks":[],"updated":"2026-11-22T10:00:00Z"}"#
        try tampered.write(to: sessions.appendingPathComponent("20261122-100000-abcd.json"), atomically: true, encoding: .utf8)
        let listed = try BinaryRunner.run(["sessions"], environment: ["XDG_STATE_HOME": folder.path])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("^[]52;c;aGk=^Gx"), "\(listed.stdout)")
        #expect(!listed.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })

        let flow = BinaryRunner.repository.appendingPathComponent("Resources/flow")
        let copy = folder.appendingPathComponent("flow")
        try FileManager.default.copyItem(at: flow, to: copy)
        let root = copy.appendingPathComponent("simguide.yaml")
        let text = try String(contentsOf: root, encoding: .utf8)
            .replacingOccurrences(of: "en: Foreign SIM cancellation and renewal guide", with: #"en: "Guide\e]0;pwned\a\e[2J""#)
        try text.write(to: root, atomically: true, encoding: .utf8)
        let plan = try BinaryRunner.run(["plan", "--flow", copy.path, "--lang", "en"] + Self.renewal.split(separator: " ").map(String.init))
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(plan.stdout.hasPrefix("Guide^[]0;pwned^G^[[2J — Your plan\n"))
        let lint = try BinaryRunner.run(["lint", copy.path])
        #expect(lint.status == 1)
        #expect(lint.stdout.contains("the flow title (en) contains an escape character (U+001B)"))
        #expect(!lint.stdout.unicodeScalars.contains { $0.value == 0x1B })
    }
}
