/// The interface texts of one language, as read from its catalogue file (`Resources/interface/en.txt`):
/// each text by its key, with the line it is on.
public struct TextCatalogue: Sendable {
    /// One text and where it is written.
    public struct Entry: Sendable, Equatable {
        /// The text with its escapes read (`\n` a new line, `\s` a space); placeholders still `{name}`.
        public let text: String
        public let line: Int
    }

    /// The language code: the file's name without `.txt`.
    public let code: String
    /// The file the texts come from.
    public let file: String
    /// Every text, by key (`wizard.plan-title`).
    public let entries: [String: Entry]

    public init(code: String, file: String, entries: [String: Entry]) {
        self.code = code
        self.file = file
        self.entries = entries
    }

    /// The text for `key`, or nil when this catalogue lacks it.
    public subscript(key: String) -> String? { entries[key]?.text }
}
