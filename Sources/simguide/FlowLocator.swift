import Foundation

/// Finds the bundled flow from an installed binary (`PREFIX/share/simguide/flow`) or a checkout
/// (`Resources/flow` in a folder above the build directory).
enum FlowLocator {
    static let rootFile = "simguide.yaml"

    /// The flow file a `--flow` value names: a folder means its `simguide.yaml`.
    static func flowFile(given: String) -> String {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: given, isDirectory: &isFolder), isFolder.boolValue {
            return (given as NSString).appendingPathComponent(rootFile)
        }
        return given
    }

    static func bundledFlowPath() -> String? {
        guard let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() else { return nil }
        let binDirectory = executable.deletingLastPathComponent()
        var candidates = [binDirectory.deletingLastPathComponent().appendingPathComponent("share/simguide/flow")]
        var directory = binDirectory
        while directory.path != "/" {
            candidates.append(directory.appendingPathComponent("Resources/flow"))
            directory = directory.deletingLastPathComponent()
        }
        return candidates.map { $0.appendingPathComponent(rootFile).path }
            .first { FileManager.default.fileExists(atPath: $0) }
    }
}
