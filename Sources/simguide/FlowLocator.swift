#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SimguideCore
#if canImport(Glibc)
import Glibc
#endif

/// Finds the bundled flow from an installed binary (`PREFIX/share/simguide/flow`) or a checkout
/// (`Resources/flow` in a folder above the build directory).
enum FlowLocator {
    static let rootFile = "simguide.yaml"

    /// The flow file a `--flow` value names: a folder means its `simguide.yaml`.
    static func flowFile(given: String) -> String {
        var status = stat()
        if stat(given, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            return FilePaths.join(given, rootFile)
        }
        return given
    }

    /// The first of these that exists: `share/simguide/flow` beside the binary's folder, then
    /// `Resources/flow` in the binary's folder and in each folder above it (not in `/`).
    static func bundledFlowPath() -> String? {
        guard let executable = executablePath() else { return nil }
        let binDirectory = parent(of: executable)
        var candidates = [join(parent(of: binDirectory), "share/simguide/flow")]
        var directory = binDirectory
        while directory != "/" {
            candidates.append(join(directory, "Resources/flow"))
            directory = parent(of: directory)
        }
        return candidates.map { join($0, rootFile) }
            .first { access($0, F_OK) == 0 }
    }

    /// The running binary's path with symbolic links resolved. On Linux the kernel's `/proc/self/exe`
    /// (no Bundle: it would read an Info.plist and build URLs before the first frame).
    static func executablePath() -> String? {
        #if os(Linux)
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #else
        return Bundle.main.executableURL?.resolvingSymlinksInPath().path
        #endif
    }

    /// `name` inside `folder`.
    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The folder holding `path` (an absolute path without a trailing slash); `/` for `/` and `/x`.
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }
}
