import Foundation
import Testing
@testable import simguide

/// The start path finds the bundled flow from the running binary itself (not from how it was called),
/// and finds `lp` along PATH as a shell does: the first executable file. (`FileManager.isExecutableFile`,
/// used before, also accepted a folder named `lp`, which then failed to run.)
@Suite struct StartPathTests {
    @Test func aSymbolicLinkToTheBinaryStillFindsTheCheckoutsFlow() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let link = folder.appendingPathComponent("simguide")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: BinaryRunner.binary)
        let result = try BinaryRunner.run(["--version"], executable: link)
        #expect(result.status == 0, "\(result.stderr)")
        let expected = BinaryRunner.repository.appendingPathComponent("Resources/flow/simguide.yaml").resolvingSymlinksInPath().path
        #expect(result.stdout.hasSuffix("flow: \(expected)\n"), "\(result.stdout)")
    }

    @Test func lpIsTheFirstExecutableFileAlongPath() throws {
        let root = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let manager = FileManager.default
        let folders = ["a", "b", "c", "d"].map { root.appendingPathComponent($0).path }
        for folder in folders { try manager.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        try manager.createDirectory(atPath: folders[0] + "/lp", withIntermediateDirectories: true)  // a folder
        #expect(manager.createFile(atPath: folders[1] + "/lp", contents: Data("#!/bin/sh\n".utf8),
                                   attributes: [.posixPermissions: 0o644]))  // not executable
        for folder in folders[2...] {
            #expect(manager.createFile(atPath: folder + "/lp", contents: Data("#!/bin/sh\n".utf8),
                                       attributes: [.posixPermissions: 0o755]))
        }
        let path = folders.joined(separator: ":")
        #expect(LinePrinter.find(environment: ["PATH": path])?.path == folders[2] + "/lp")
        for candidate in [folders[1] + "/lp", folders[2] + "/lp", root.path + "/missing"] {
            #expect(LinePrinter.isExecutableFile(candidate) == manager.isExecutableFile(atPath: candidate), "\(candidate)")
        }
        #expect(!LinePrinter.isExecutableFile(folders[0] + "/lp"))
        #expect(LinePrinter.find(environment: ["PATH": folders[0] + ":" + folders[1]]) == nil)
    }

    @Test func printingSendsThePlanToLpAndReportsItsOwnWords() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let received = folder.appendingPathComponent("received.txt").path
        let good = folder.appendingPathComponent("lp").path, bad = folder.appendingPathComponent("lp-broken").path
        try "#!/bin/sh\ncat > '\(received)'\necho 'request id is office-1' \n".write(toFile: good, atomically: true, encoding: .utf8)
        try "#!/bin/sh\ncat > /dev/null\necho 'lp: Error - The printer or class does not exist.' >&2\nexit 1\n"
            .write(toFile: bad, atomically: true, encoding: .utf8)
        for file in [good, bad] { try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file) }
        let plan = String(repeating: "第 1 步：致电运营商 Call the operator\n", count: 5_000)  // more than a pipe holds
        try LinePrinter(path: good).print(plan)
        #expect(try String(contentsOfFile: received, encoding: .utf8) == plan)
        #expect(throws: LinePrinter.PrintFailure(message: "lp: Error - The printer or class does not exist.")) {
            try LinePrinter(path: bad).print(plan)
        }
    }

    /// Full Foundation brings ICU (34 MB of the release binary, milliseconds at start-up): the program
    /// links FoundationEssentials only. The debug build links dynamically, so `ldd` shows what it needs.
    @Test func theBinaryNeedsNoICU() throws {
        let result = try BinaryRunner.run([BinaryRunner.binary.path], executable: URL(fileURLWithPath: "/usr/bin/ldd"))
        #expect(result.status == 0)
        #expect(result.stdout.contains("libFoundationEssentials"), "\(result.stdout)")
        for library in ["libFoundation.so", "libFoundationInternationalization", "lib_FoundationICU", "libicu"] {
            #expect(!result.stdout.contains(library), "\(result.stdout)")
        }
    }
}

/// The environment read from `environ` at start is the one Foundation reads, and odd blocks are read the
/// way `getenv` reads them.
@Suite struct ProcessEnvironmentTests {
    @Test func theEnvironmentIsTheOneFoundationSees() {
        #expect(ProcessEnvironment.values == ProcessInfo.processInfo.environment)
    }

    @Test func oddEntriesAreReadAsGetenvReadsThem() throws {
        let entries = ["LANG=zh_CN.UTF-8", "EMPTY=", "NOEQUALS", "=nameless", "LANG=en_US.UTF-8", "A=b=c",
                       "BAD=\u{FFFD}ok", "语言=中文"]
        var pointers: [UnsafeMutablePointer<CChar>?] = entries.map { strdup($0) } + [nil]
        defer { pointers.forEach { free($0) } }
        // Bytes that are not UTF-8 are repaired, as String(cString:) repairs them.
        let invalid: [UInt8] = Array("RAW=".utf8) + [0xFF] + Array("x".utf8) + [0]
        let raw = try #require(malloc(invalid.count)).assumingMemoryBound(to: CChar.self)
        raw.initialize(from: invalid.map { CChar(bitPattern: $0) }, count: invalid.count)
        pointers.insert(raw, at: 0)
        let values = pointers.withUnsafeMutableBufferPointer { ProcessEnvironment.read($0.baseAddress) }
        #expect(values == ["LANG": "zh_CN.UTF-8", "EMPTY": "", "A": "b=c", "BAD": "\u{FFFD}ok", "语言": "中文", "RAW": "\u{FFFD}x"])
        #expect(ProcessEnvironment.read(nil) == [:])
    }
}
