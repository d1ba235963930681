#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds a folder of the program's data from the running binary: `share/simguide/NAME` beside the
/// binary's folder (an installed program), else `Resources/NAME` in the binary's folder or a folder above
/// it (a checkout, where the binary is in `.build/`). The flow and the interface texts are found this way.
public enum ResourceFolder {
    /// The first of the candidate folders holding `file` (`simguide.yaml`), or holding anything when nil.
    public static func find(_ name: String, containing file: String? = nil) -> String? {
        guard let executable = executablePath() else { return nil }
        let binDirectory = parent(of: executable)
        var candidates = [join(parent(of: binDirectory), "share/simguide/" + name)]
        var directory = binDirectory
        while directory != "/" {
            candidates.append(join(directory, "Resources/" + name))
            directory = parent(of: directory)
        }
        return candidates.first { folder in access(file.map { join(folder, $0) } ?? folder, F_OK) == 0 }
    }

    /// The running binary's path with symbolic links resolved: on Linux the kernel's `/proc/self/exe`.
    public static func executablePath() -> String? {
        #if os(Linux)
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #else
        var size = UInt32(0)
        _NSGetExecutablePath(nil, &size)
        var buffer = [CChar](repeating: 0, count: Int(size) + 1)
        guard _NSGetExecutablePath(&buffer, &size) == 0, let resolved = realpath(buffer, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
        #endif
    }

    /// `name` inside `folder`.
    public static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The folder holding `path` (an absolute path without a trailing slash); `/` for `/` and `/x`.
    public static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }
}
