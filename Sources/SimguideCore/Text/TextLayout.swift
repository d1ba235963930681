/// Wraps, cuts and pads text by terminal columns, never splitting a character.
///
/// Latin text breaks at spaces; CJK text may break between any two characters, except before closing
/// punctuation (，。、）etc.), which stays with the character before it, or after opening brackets
/// (（《“ etc.), which stay with the character after them. A word wider than the line is broken between
/// characters.
public enum TextLayout {
    /// Lines of at most `width` columns. Existing line breaks are kept; an empty input gives one empty line.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap {
            wrapParagraph(String($0), width: width)
        }
    }

    /// The text cut to at most `width` columns, ending with "…" when something was cut.
    public static func truncate(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        var result = "", used = 0
        for character in text {
            let w = DisplayWidth.of(character)
            if used + w > width - 1 { break }
            result.append(character)
            used += w
        }
        return result + "…"
    }

    /// The end of the text that fits in `width` columns (for a long path, whose end matters most).
    public static func tail(_ text: String, width: Int) -> String {
        var result: [Character] = [], used = 0
        for character in text.reversed() {
            let w = DisplayWidth.of(character)
            if used + w > width { break }
            result.append(character)
            used += w
        }
        return String(result.reversed())
    }

    /// The text padded with spaces to exactly `width` columns (cut first if longer).
    public static func pad(_ text: String, width: Int) -> String {
        let cut = truncate(text, width: width)
        return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
    }

    /// Wraps with a prefix on the first line and an indent of the same width on the others.
    public static func wrap(_ text: String, width: Int, prefix: String) -> [String] {
        let indent = String(repeating: " ", count: DisplayWidth.of(prefix))
        return wrap(text, width: width - DisplayWidth.of(prefix)).enumerated().map { ($0.offset == 0 ? prefix : indent) + $0.element }
    }

    // MARK: Private

    /// Closing punctuation, which stays with the character before it, and opening brackets, which stay
    /// with the one after. Kept as scalars rather than a `Set<Character>`: a set's type is checked against
    /// `Hashable` at run time on first use, a scan of every conformance in the program before the first frame.
    private static let noLineStart = Array("，。、；：？！）》」』】〕…·,.;:?!)]}%".unicodeScalars)
    private static let noLineEnd = Array("（《「『【〔“‘([{".unicodeScalars)

    /// Whether `character` is one scalar found in `scalars`. Letters, digits and spaces, most of any text,
    /// are answered without a search.
    private static func isOne(of scalars: [Unicode.Scalar], _ character: Character) -> Bool {
        if let ascii = character.asciiValue, ascii == 0x20 || (0x30...0x39).contains(ascii) || (0x41...0x5A).contains(ascii)
            || (0x61...0x7A).contains(ascii) {
            return false
        }
        let characterScalars = character.unicodeScalars
        guard let scalar = characterScalars.first, characterScalars.index(after: characterScalars.startIndex) == characterScalars.endIndex
        else { return false }
        return scalars.contains(scalar)
    }

    /// Splits a paragraph into pieces that may not be separated: words with their trailing space, single
    /// CJK characters, punctuation glued to what precedes it.
    private static func tokens(_ paragraph: String) -> [String] {
        asciiTokens(paragraph) ?? characterTokens(paragraph)
    }

    /// `tokens`, character by character: for any text.
    static func characterTokens(_ paragraph: String) -> [String] {
        var tokens: [String] = []
        var word = ""
        var glued = false  // the last character was an opening bracket: the next one stays with it
        for character in paragraph {
            defer { glued = isOne(of: noLineEnd, character) }
            if glued && character != " " {
                word.append(character)
            } else if isOne(of: noLineEnd, character) {
                if !word.isEmpty { tokens.append(word) }
                word = String(character)
            } else if character == " " {
                word.append(character)
                tokens.append(word)
                word = ""
            } else if isOne(of: noLineStart, character) {
                if word.isEmpty, let last = tokens.popLast() { word = last }
                word.append(character)
            } else if DisplayWidth.of(character) == 2 {
                if !word.isEmpty { tokens.append(word) }
                word = String(character)
            } else {
                if let last = word.last, DisplayWidth.of(last) == 2 || isOne(of: noLineStart, last) {
                    tokens.append(word)
                    word = ""
                }
                word.append(character)
            }
        }
        if !word.isEmpty { tokens.append(word) }
        return tokens
    }

    /// `tokens` for printable ASCII, where each byte is one character one column wide: the same rules
    /// applied to the bytes, without taking the text apart into characters (most of an English screen's
    /// layout time). Nil for any other text.
    static func asciiTokens(_ paragraph: String) -> [String]? {
        let space = UInt8(ascii: " ")
        let result = paragraph.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            guard bytes.allSatisfy({ (0x20..<0x7F).contains($0) }) else { return nil }
            var tokens: [Range<Int>] = []
            var start = 0  // the word being built is bytes[start..<index]
            var glued = false  // the last byte was an opening bracket: the next one stays with it
            for index in bytes.indices {
                let byte = bytes[index]
                defer { glued = asciiNoLineEnd.contains(byte) }
                if glued && byte != space {
                    continue
                } else if asciiNoLineEnd.contains(byte) {
                    if start < index { tokens.append(start..<index) }
                    start = index
                } else if byte == space {
                    tokens.append(start..<(index + 1))
                    start = index + 1
                } else if asciiNoLineStart.contains(byte) {
                    if start == index, let last = tokens.popLast() { start = last.lowerBound }
                } else if start < index, asciiNoLineStart.contains(bytes[index - 1]) {
                    tokens.append(start..<index)
                    start = index
                }
            }
            if start < bytes.count { tokens.append(start..<bytes.count) }
            return tokens.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
        }
        return result ?? nil
    }

    /// The ASCII members of `noLineStart` and `noLineEnd`, as bytes.
    private static let asciiNoLineStart = noLineStart.filter(\.isASCII).map { UInt8($0.value) }
    private static let asciiNoLineEnd = noLineEnd.filter(\.isASCII).map { UInt8($0.value) }

    private static func wrapParagraph(_ paragraph: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = "", used = 0
        func flush() {
            lines.append(trimTrailingSpaces(line))
            line = ""
            used = 0
        }
        for token in tokens(paragraph) {
            let tokenWidth = DisplayWidth.of(token)
            let visible = DisplayWidth.of(trimTrailingSpaces(token))
            if used + visible <= width {
                line += token
                used += tokenWidth
                continue
            }
            if !line.isEmpty { flush() }
            if visible <= width {
                line = token
                used = tokenWidth
                continue
            }
            for character in token {  // a word wider than the line: break it between characters
                let w = DisplayWidth.of(character)
                if used + w > width, !line.isEmpty, character != " " { flush() }
                if character == " " && used + w > width { continue }
                line.append(character)
                used += w
            }
        }
        if !line.isEmpty || lines.isEmpty { flush() }
        return lines
    }

    private static func trimTrailingSpaces(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }
}
