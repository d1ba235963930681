#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SimguideCore

/// The program's version, written here and nowhere else (the Makefile reads it from this file to name
/// the release archive and the Debian package), and what `simguide --version` prints.
enum ProgramVersion {
    static let number = "0.1.0"

    /// The first line of `--version`; ArgumentParser answers `--version` with it.
    static let line = "simguide \(number)"

    /// `--version` in full: the program's version, then the bundled content's version, the span of the
    /// days its sources were checked, and the file it was read from.
    static func report() throws -> String {
        guard let path = FlowLocator.bundledFlowPath() else {
            throw Failure(code: Failure.flowUnreadable, message: "\(line)\nsimguide: cannot find the bundled flow (share/simguide/flow/simguide.yaml next to the installed binary)")
        }
        let flow: Flow
        do {
            flow = try FlowReader.load(path: path).flow
        } catch {
            throw Failure(code: Failure.flowUnreadable, message: "\(line)\n\(error)")
        }
        let checked = flow.sources.map(\.checked).sorted()
        let span = checked.first.map { first in
            first == checked.last ? ", sources checked \(first)" : ", sources checked \(first) to \(checked.last ?? first)"
        } ?? ""
        return "\(line)\ncontent \(flow.version)\(span)\nflow: \(path)\n"
    }
}
