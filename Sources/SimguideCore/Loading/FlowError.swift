/// A flow file that cannot be read: where, and what to fix.
public struct FlowError: Error, Sendable, CustomStringConvertible {
    /// Where the problem is; `nil` when the file itself cannot be opened.
    public let position: SourcePosition?
    /// What is wrong and what to do about it.
    public let message: String
    /// The file concerned, also when there is no position.
    public let file: String

    public init(_ message: String, at position: SourcePosition) {
        self.position = position
        self.message = message
        self.file = position.file
    }

    public init(_ message: String, file: String) {
        self.position = nil
        self.message = message
        self.file = file
    }

    public var description: String {
        "\(position?.description ?? file): error: \(message)"
    }
}
