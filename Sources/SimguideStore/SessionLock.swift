#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SimguideCore

/// Marks a saved session as open in one wizard: a file `ID.lock` next to it holding the process id.
/// A second wizard asked for the same session is told which process has it instead of both saving over
/// each other. A lock whose process is gone (killed, crashed) is taken over.
public final class SessionLock {
    /// The session is open in another running simguide.
    public struct HeldElsewhere: Error, Equatable, CustomStringConvertible {
        public let id: String
        public let pid: Int32
        public var description: String {
            "the session \(id) is open in another simguide (process \(pid)); continue there, or quit it first"
        }
    }

    public let path: String
    private var held = true

    private init(path: String) {
        self.path = path
    }

    deinit { release() }

    /// Takes the lock of session `id` in `directory`, or says which live process holds it.
    public static func acquire(id: String, in directory: String) throws -> SessionLock {
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        let path = FilePaths.join(directory, id + ".lock")
        for _ in 0..<3 {
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if descriptor >= 0 {
                let text = Array("\(getpid())\n".utf8)
                _ = text.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
                close(descriptor)
                return SessionLock(path: path)
            }
            guard errno == EEXIST else { break }
            if let pid = holder(path), isRunning(pid) { throw HeldElsewhere(id: id, pid: pid) }
            unlink(path)  // left by a process that is gone: take it over
        }
        // The folder cannot be written: saving will report that; the session is not locked.
        return SessionLock(path: path)
    }

    /// Removes the lock file; safe to call more than once.
    public func release() {
        guard held else { return }
        held = false
        if Self.holder(path) == getpid() { unlink(path) }
    }

    private static func holder(_ path: String) -> Int32? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return Int32(String(decoding: data, as: UTF8.self).trimmingWhitespace())
    }

    private static func isRunning(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }
}
