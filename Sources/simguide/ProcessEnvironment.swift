#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The environment variables, read once: `ProcessInfo` builds a new dictionary on every call.
enum ProcessEnvironment {
    static let values: [String: String] = ProcessInfo.processInfo.environment
}
