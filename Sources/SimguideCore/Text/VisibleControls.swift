/// Control characters made visible, for every text that reaches a terminal.
///
/// A flow file is data people share; a text in it must not be able to move the cursor, set a window
/// title, write the clipboard (OSC 52) or reverse the reading order. Every line-based output and the
/// full-screen drawing pass text through `visible(_:)`: C0 controls but the newline are shown in caret
/// notation (`^[` for ESC), DEL as `^?`, C1 controls and bidirectional controls as `<U+202E>`.
/// `DisplayWidth` counts these characters as the columns their visible form takes, so layout matches
/// what is drawn. `simguide lint` refuses them in flow texts.
public enum VisibleControls {
    /// Whether `scalar` must not reach a terminal as it is.
    public static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value != 0x0A }
        if value < 0x7F { return false }
        if value <= 0x9F { return true }  // DEL and C1
        return isBidiControl(value)
    }

    /// `text` with every hidden character replaced by its visible form; the same string when there is none.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isHidden) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isHidden(scalar) { out.append(contentsOf: form(scalar).unicodeScalars) } else { out.append(scalar) }
        }
        return String(out)
    }

    /// How a hidden character is shown: `^[`, `^?`, `<U+009B>`.
    public static func form(_ scalar: Unicode.Scalar) -> String {
        let value = scalar.value
        if value < 0x20, let shown = Unicode.Scalar(value + 0x40) { return "^" + String(Character(shown)) }
        if value == 0x7F { return "^?" }
        let hex = String(value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }

    /// Bidirectional embeddings, overrides and isolates, and the marks that reorder text silently.
    private static func isBidiControl(_ value: UInt32) -> Bool {
        (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            || value == 0x200E || value == 0x200F || value == 0x061C
    }
}
