#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files with the system calls alone, refusing what is not a regular file (a FIFO would
/// block, a device never end) and saying why reading failed in the system's words.
public enum FileBytes {
    /// Why a file could not be read.
    public enum Failure: Error, Equatable {
        /// A folder where a file was expected.
        case folder
        /// A FIFO (named pipe).
        case fifo
        /// A device or a socket.
        case device
        /// The system's error, such as "No such file or directory".
        case system(String)
    }

    /// The bytes of the regular file at `path`, or its first `limit` bytes.
    public static func contents(of path: String, limit: Int = .max) throws(Failure) -> [UInt8] {
        var status = stat()
        if stat(path, &status) == 0 { try requireRegular(status) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw .system(systemMessage()) }
        defer { close(descriptor) }
        guard fstat(descriptor, &status) == 0 else { throw .system(systemMessage()) }
        try requireRegular(status)
        // One byte more than the size, so that the end is seen without growing (unless the file grew).
        return try readBytes(descriptor, capacity: max(Int(status.st_size), 0) + 1, limit: limit)
    }

    /// At most `limit` bytes from the start of what `path` names: a file, or a pipe or device such as
    /// `/dev/stdin` (read until it ends or the limit is reached). A folder fails in the system's words.
    public static func prefix(of path: String, limit: Int) throws(Failure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .system(systemMessage()) }
        defer { close(descriptor) }
        return try readBytes(descriptor, capacity: min(limit, 1 << 16), limit: limit)
    }

    /// Reads until the end or `limit` bytes, with room for `capacity` at first, growing as needed.
    private static func readBytes(_ descriptor: Int32, capacity: Int, limit: Int) throws(Failure) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: max(1, min(capacity, limit)))
        var count = 0
        while count < limit {
            if count == bytes.count { bytes += [UInt8](repeating: 0, count: min(bytes.count, limit - count)) }
            let got = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress.map { $0 + count }, buffer.count - count)
            }
            if got == 0 { break }
            if got < 0 {
                if errno == EINTR { continue }
                throw .system(systemMessage())
            }
            count += got
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }

    private static func requireRegular(_ status: stat) throws(Failure) {
        switch status.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: throw .folder
        case S_IFIFO: throw .fifo
        default: throw .device
        }
    }

    private static func systemMessage() -> String { String(cString: strerror(errno)) }
}
