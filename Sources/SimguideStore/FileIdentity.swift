#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SimguideCore
#if canImport(Glibc)
import Glibc
#endif

/// Which file a path names, so that two paths to one file are seen as the same: the device and inode of
/// an existing file (through links), or the folder's real path and the name for a file yet to be made.
public enum FileIdentity: Hashable, Sendable {
    case existing(device: UInt64, inode: UInt64)
    case new(String)

    public init(path: String) {
        var status = stat()
        if stat(path, &status) == 0 {
            self = .existing(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
            return
        }
        let folder = FilePaths.folder(of: path)
        let real = realpath(folder.isEmpty ? "." : folder, nil).map { pointer in
            defer { free(pointer) }
            return String(cString: pointer)
        }
        self = .new((real ?? folder) + "/" + FilePaths.name(of: path))
    }

    /// Whether `path` names a character device or a FIFO, which are written through and may be shared
    /// by several outputs (`/dev/null` twice is fine).
    public static func isStream(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        let kind = status.st_mode & S_IFMT
        return kind == S_IFCHR || kind == S_IFIFO
    }
}
