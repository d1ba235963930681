/// One thing lint found in a flow: how serious, where, and what to do.
public struct Finding: Hashable, Sendable, CustomStringConvertible {
    /// Errors make a flow unusable; warnings point at probable mistakes.
    public enum Severity: String, Sendable, Comparable {
        case error, warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
    }

    /// What kind of problem (`unknown-question`, `dead-end`, ...).
    public let code: FindingCode
    public let severity: Severity
    public let position: SourcePosition
    public let message: String

    public init(_ severity: Severity, _ code: FindingCode, at position: SourcePosition, _ message: String) {
        self.severity = severity
        self.code = code
        self.position = position
        self.message = message
    }

    public var description: String { "\(position): \(severity.rawValue): \(message) [\(code.rawValue)]" }
}
