import Foundation

/// Runs the built `simguide` binary with arguments, input and environment, and captures what it prints.
struct BinaryRunner {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary next to the test bundle (where SwiftPM puts products), else the checkout's debug build.
    static var binary: URL {
        let candidates = [
            Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("simguide"),
            repository.appendingPathComponent(".build/debug/simguide"),
        ].compactMap { $0 }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[candidates.count - 1]
    }

    static func run(_ arguments: [String], input: String = "", environment: [String: String] = [:],
                    executable: URL = binary, folder: URL? = nil) throws -> Result {
        let process = Process()
        process.currentDirectoryURL = folder
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env["LC_ALL"] = nil
        env["LC_MESSAGES"] = nil
        env["COLUMNS"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: err, as: UTF8.self))
    }

    /// Runs a `/bin/sh` script, for redirections a `Process` cannot express (`>&-`, `/dev/full`); the
    /// script finds the binary in `$SIMGUIDE` and runs in `folder`.
    static func shell(_ script: String, in folder: URL? = nil) throws -> Result {
        try run(["-c", script], environment: ["SIMGUIDE": binary.path, "PWD": folder?.path ?? ""],
                executable: URL(fileURLWithPath: "/bin/sh"), folder: folder)
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("simguide-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
