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
        ResourceFolder.find("flow", containing: rootFile).map { ResourceFolder.join($0, rootFile) }
    }
}
