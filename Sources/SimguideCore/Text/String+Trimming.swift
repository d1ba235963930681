extension StringProtocol {
    /// The text without spaces and tabs at either end, line breaks kept (Foundation's `.whitespaces`:
    /// the tab and every space separator).
    public func trimmingSpaces() -> String {
        trimmed(where: Self.isSpace)
    }

    /// The text without spaces, tabs and line breaks at either end (Foundation's `.whitespacesAndNewlines`).
    public func trimmingWhitespace() -> String {
        trimmed { Self.isSpace($0) || Self.isNewline($0) }
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
    }

    private static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        ("\u{0A}"..."\u{0D}").contains(scalar) || scalar == "\u{85}"
            || scalar.properties.generalCategory == .lineSeparator || scalar.properties.generalCategory == .paragraphSeparator
    }

    private func trimmed(where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
              let last = scalars.lastIndex(where: { !isTrimmed($0) }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
