#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder of a flow's root file, which included files must stay inside: a shared flow must not read
/// (and lint then quote) `/etc/passwd` or `../../.ssh/config`, by its name or through a symbolic link.
///
/// The folder's real path is resolved once for all the includes: resolving reads every link on the way,
/// a system call for each part of the path, and the bundled flow's eight includes are checked at every
/// start.
struct IncludeFolder {
    let directory: String
    private let realDirectory: String?

    init(_ directory: String) {
        self.directory = directory
        realDirectory = Self.realPath(directory.isEmpty ? "." : directory)
    }

    /// The path of the included file `name`; throws, naming `position`, when it is outside the folder.
    func path(of name: String, at position: SourcePosition) throws -> String {
        let components = name.split(separator: "/", omittingEmptySubsequences: false)
        guard !name.hasPrefix("/"), !name.hasPrefix("~"), !components.contains(".."), !name.isEmpty else {
            throw FlowError(.includeOutside, "'\(name)' is outside the flow's folder; include files next to the root file or in folders below it, by a relative path without '..'",
                            at: position)
        }
        let path = FilePaths.join(directory, name)
        // A symbolic link inside the folder must not lead out of it either. A regular file named
        // directly in the folder (no link, no subfolder) is inside it without resolving anything.
        if let root = realDirectory, !Self.isRegularFile(path, named: name), let target = Self.realPath(path),
           !target.hasPrefix(root == "/" ? root : root + "/") {
            throw FlowError(.includeOutside, "'\(name)' leads outside the flow's folder (through a link); include a real file inside it", at: position)
        }
        return path
    }

    /// Whether `name` is a single name (no folder in it) and `path` a regular file, not a link.
    private static func isRegularFile(_ path: String, named name: String) -> Bool {
        guard !name.contains("/") else { return false }
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
