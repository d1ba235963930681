#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SimguideCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a reader finds either the old content or the new one, never a mix, and so that
/// nothing that is not a regular file is replaced.
///
/// - A regular file (or a new one): the data goes to a short-named temporary file in the same folder, is
///   flushed to disk (`fsync`), then renamed over the target, and the folder is flushed too. A crash or a
///   full disk leaves the old file untouched. A replaced file keeps its permissions (and owner, where the
///   system allows); a new one gets `permissions` (0644, or 0600 for private files).
/// - A symbolic link is followed: its target is replaced, the link stays.
/// - A character device or a FIFO (`/dev/null`, a terminal, a named pipe) is written through directly.
/// - A folder, a socket or a block device is refused.
///
/// Temporary files a killed writer left behind (`.simguide-PID-XXXXXXXX.tmp`, PID no longer running)
/// are removed by the next write in the same folder.
public enum AtomicFile {
    /// Why a write failed, in words for the user.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "cannot write '\(path)': \(reason)" }
    }

    /// Permissions for new files that only their owner should read (saved sessions, letters).
    public static let privatePermissions: mode_t = 0o600

    /// Writes `data` to `path` as described above; `permissions` apply to a new file.
    public static func write(_ data: Data, to path: String, permissions: mode_t = 0o644) throws {
        var status = stat()
        if stat(path, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFDIR: throw Failure(path: path, reason: "it is a folder; give a file name")
            case S_IFCHR, S_IFIFO: return try writeThrough(data, to: path)
            case S_IFREG: break
            default: throw Failure(path: path, reason: "it is not a regular file (a socket or a device); give a file name")
            }
        }
        let target = try resolvedTarget(path)
        let existing = stat(target, &status) == 0 ? status : nil
        try replace(target, reportedAs: path, with: data, mode: existing.map { $0.st_mode & 0o7777 } ?? permissions,
                    owner: existing.map { ($0.st_uid, $0.st_gid) })
    }

    /// The process that wrote a temporary file of this program (`.simguide-PID-XXXXXXXXXXXX.tmp`), or
    /// `nil` when `name` is not one.
    static func temporaryFileWriter(_ name: String) -> pid_t? {
        let parts = name.split(separator: "-")
        guard name.hasPrefix(".simguide-"), name.hasSuffix(".tmp"), parts.count == 3, parts[2].count == 16,
              parts[2].prefix(12).allSatisfy(\.isHexDigit) else { return nil }
        return pid_t(parts[1])
    }

    // MARK: Private

    /// The path a write should replace: `path` itself, or, for a symbolic link (even one whose target
    /// does not exist yet), the file at the end of the chain.
    private static func resolvedTarget(_ path: String) throws -> String {
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length > 0 else { throw Failure(path: path, reason: reason(errno)) }
            let link = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link : FilePaths.join(folder(of: current), link)
        }
        throw Failure(path: path, reason: reason(ELOOP))
    }

    private static func replace(_ target: String, reportedAs path: String, with data: Data, mode: mode_t,
                                owner: (uid_t, gid_t)?) throws {
        let folder = folder(of: target)
        removeStaleTemporaryFiles(in: folder)
        let suffix = String(UInt64.random(in: 0...0xFFFF_FFFF_FFFF), radix: 16)
        let temporary = FilePaths.join(folder, 
            ".simguide-\(getpid())-\(String(repeating: "0", count: 12 - suffix.count) + suffix).tmp")
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw Failure(path: path, reason: reason(errno)) }
        // open() applies the umask; a replaced file keeps exactly the mode it had.
        fchmod(descriptor, mode)
        if let owner { _ = fchown(descriptor, owner.0, owner.1) }
        var failure = writeAll(data, to: descriptor)
        if failure == 0, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        if failure == 0, rename(temporary, target) != 0 { failure = errno }
        guard failure == 0 else {
            unlink(temporary)
            throw Failure(path: path, reason: reason(failure))
        }
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Writes to a device or a FIFO as it is: nothing to rename, and nothing to replace.
    private static func writeThrough(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(path: path, reason: reason(errno)) }
        let failure = writeAll(data, to: descriptor)
        close(descriptor)
        if failure != 0 { throw Failure(path: path, reason: reason(failure)) }
    }

    /// Removes temporary files of writers that are no longer running.
    private static func removeStaleTemporaryFiles(in folder: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names {
            guard let pid = temporaryFileWriter(name), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink(FilePaths.join(folder, name))
        }
    }

    /// Writes every byte of `data` to an open descriptor, retrying after signals; returns 0 or the
    /// `errno` of the failure. Standard output and error are written this way too.
    public static func writeAll(_ data: Data, to descriptor: Int32) -> Int32 {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Int32 in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = posixWrite(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return 0
        }
    }

    private static func folder(of path: String) -> String {
        let folder = FilePaths.folder(of: path)
        return folder.isEmpty ? "." : folder
    }

    /// The system's words for an `errno` value ("Permission denied", "No space left on device").
    static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

/// `write(2)`, named apart from `AtomicFile.write`.
private func posixWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(descriptor, buffer, count)
    #else
    return Darwin.write(descriptor, buffer, count)
    #endif
}
