#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import SimguideStore

/// The files one command is asked to write, checked before anything is written: never a file of the flow
/// in use (an export over `simguide.yaml` would destroy the content it came from), and never one file
/// for two outputs (`--ics x --output x` would keep only one of them). `-` is standard output.
enum OutputTargets {
    /// One output: the option that named it and the path given.
    struct Target {
        let option: String
        let path: String
    }

    static func check(_ targets: [Target], flowFiles: [String]) throws {
        let flow = Set(flowFiles.map(FileIdentity.init(path:)))
        var seen: [FileIdentity: String] = [:]
        var standardOutput: String?
        for target in targets {
            if target.path == "-" {
                if let earlier = standardOutput {
                    throw Failure(code: Failure.usage, message: "simguide: \(earlier) and \(target.option) both write to standard output; give one of them a file")
                }
                standardOutput = target.option
                continue
            }
            let identity = FileIdentity(path: target.path)
            if flow.contains(identity) {
                throw Failure(code: Failure.usage, message: "simguide: \(target.option) '\(target.path)' is a file of the flow in use; write to another file")
            }
            guard !FileIdentity.isStream(target.path) else { continue }
            if let earlier = seen[identity] {
                throw Failure(code: Failure.usage, message: "simguide: \(earlier) and \(target.option) name the same file '\(target.path)'; give each its own file")
            }
            seen[identity] = target.option
        }
    }

    /// Writes `text` to `path`: standard output for `-`, otherwise through `AtomicFile`.
    static func write(_ text: String, to path: String, permissions: mode_t = 0o644) throws {
        if path == "-" { return try Console.outExactly(text) }
        do {
            try AtomicFile.write(Data(text.utf8), to: path, permissions: permissions)
        } catch let failure as AtomicFile.Failure {
            throw Failure(code: Failure.failedWrite, message: "simguide: \(failure)")
        }
    }
}
