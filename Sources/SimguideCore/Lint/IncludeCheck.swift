#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A `.yaml` file next to the root file that `include` does not list is read by nobody: its carriers
/// and rules silently miss from every plan.
struct IncludeCheck {
    let flow: Flow

    func findings() -> [Finding] {
        guard let root = flow.files.first, FileManager.default.fileExists(atPath: root) else { return [] }
        let folder = FilePaths.folder(of: root)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder) else { return [] }
        let included = Set(flow.files.map { FilePaths.standardized($0) })
        return names.sorted().filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.compactMap { name in
            let path = FilePaths.join(folder, name)
            guard !included.contains(FilePaths.standardized(path)) else { return nil }
            return Finding(.warning, .fileNotIncluded, at: SourcePosition(file: path, line: 1, column: 1),
                           "'\(name)' is next to the root file but not listed under 'include', so nothing in it is used; add it to 'include' or move it away")
        }
    }
}
