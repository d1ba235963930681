/// Why a flow file cannot be read, as a stable name for scripts and the docs (docs/flow-format.md lists
/// every case; a test keeps the two in step).
public enum LoadErrorCode: String, CaseIterable, Sendable {
    case unreadableFile = "unreadable-file"
    case notUTF8 = "not-utf8"
    case emptyFile = "empty-file"
    case yamlSyntax = "yaml-syntax"
    case secondDocument = "second-document"
    case unknownAlias = "unknown-alias"
    case tooLarge = "too-large"
    case wrongType = "wrong-type"
    case missingKey = "missing-key"
    case unknownKey = "unknown-key"
    case repeatedKey = "repeated-key"
    case indentation
    case unquotedText = "unquoted-text"
    case badID = "bad-id"
    case badValue = "bad-value"
    case badDate = "bad-date"
    case badDomain = "bad-domain"
    case unsupportedFormat = "unsupported-format"
    case includedPart = "included-part"
    case includedTwice = "included-twice"
    case includeOutside = "include-outside"
    // Interface text catalogues (Resources/interface/*.txt)
    case badLine = "bad-line"
    case badEscape = "bad-escape"
}

/// A flow file that cannot be read: where, what kind of problem, and what to fix.
public struct FlowError: Error, Sendable, CustomStringConvertible {
    /// Where the problem is; `nil` when the file itself cannot be opened.
    public let position: SourcePosition?
    /// What is wrong and what to do about it.
    public let message: String
    /// The file concerned, also when there is no position.
    public let file: String
    public let code: LoadErrorCode

    public init(_ code: LoadErrorCode, _ message: String, at position: SourcePosition) {
        self.code = code
        self.position = position
        self.message = message
        self.file = position.file
    }

    public init(_ code: LoadErrorCode, _ message: String, file: String) {
        self.code = code
        self.position = nil
        self.message = message
        self.file = file
    }

    public var description: String {
        "\(position?.description ?? file): error: \(message) [\(code.rawValue)]"
    }
}
