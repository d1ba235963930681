/// Reads a catalogue file: one `key = text` a line, `#` comments and blank lines between. Hand-written
/// over the file's bytes because it runs before the first frame (a YAML parse of the same texts costs
/// several times more).
enum CatalogueReader {
    /// The catalogue in `bytes`, read from `file`; `only` keeps just the keys with that prefix (the
    /// language's name and order, read for the `l` key without keeping every text).
    static func read(_ bytes: [UInt8], code: String, file: String, only prefix: String? = nil) throws(FlowError) -> TextCatalogue {
        var entries: [String: TextCatalogue.Entry] = [:]
        entries.reserveCapacity(prefix == nil ? 400 : 8)
        let prefixBytes = prefix.map { Array($0.utf8) }
        try bytes.withUnsafeBufferPointer { (buffer) throws(FlowError) in
            var start = 0
            var line = 0
            while start < buffer.count {
                line += 1
                var end = start
                while end < buffer.count && buffer[end] != newline { end += 1 }
                defer { start = end + 1 }
                var lineEnd = end
                if lineEnd > start && buffer[lineEnd - 1] == carriageReturn { lineEnd -= 1 }
                var index = start
                while index < lineEnd && buffer[index] == space { index += 1 }
                if index == lineEnd || buffer[index] == hash { continue }
                let keyStart = index
                while index < lineEnd && isKeyByte(buffer[index]) { index += 1 }
                if let prefixBytes, !buffer[keyStart..<index].starts(with: prefixBytes) { continue }
                let key = String(decoding: UnsafeBufferPointer(rebasing: buffer[keyStart..<index]), as: UTF8.self)
                let position = { (at: Int) in
                    SourcePosition(file: file, line: line, column: column(of: at, from: start, in: buffer))
                }
                guard index > keyStart else {
                    throw FlowError(.badLine, "a line must read 'key = text' (or start with # for a comment)", at: position(index))
                }
                while index < lineEnd && buffer[index] == space { index += 1 }
                guard index < lineEnd, buffer[index] == equals else {
                    let what = index < lineEnd ? "'\(String(decoding: UnsafeBufferPointer(rebasing: buffer[index..<min(index + 4, lineEnd)]), as: UTF8.self).prefix(1))'" : "the end of the line"
                    throw FlowError(.badLine, "expected '=' after the key '\(key)', found \(what); keys are lower-case letters, digits, '.' and '-'",
                                    at: position(index))
                }
                index += 1
                while index < lineEnd && buffer[index] == space { index += 1 }
                var textEnd = lineEnd
                while textEnd > index && buffer[textEnd - 1] == space { textEnd -= 1 }
                let text = try value(buffer, from: index, to: textEnd, position: position)
                if let first = entries[key] {
                    throw FlowError(.repeatedKey, "the key '\(key)' is already given on line \(first.line); keep one of them",
                                    at: position(keyStart))
                }
                entries[key] = TextCatalogue.Entry(text: text, line: line)
            }
        }
        return TextCatalogue(code: code, file: file, entries: entries)
    }

    /// The text between `from` and `to`, with `\n`, `\s` and `\\` read.
    private static func value(_ buffer: UnsafeBufferPointer<UInt8>, from: Int, to: Int,
                              position: (Int) -> SourcePosition) throws(FlowError) -> String {
        let slice = UnsafeBufferPointer(rebasing: buffer[from..<to])
        guard slice.contains(backslash) else {
            guard let text = String(validating: slice, as: UTF8.self) else { throw notUTF8(buffer, from, to, position) }
            return text
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(to - from)
        var index = from
        while index < to {
            let byte = buffer[index]
            guard byte == backslash else {
                bytes.append(byte)
                index += 1
                continue
            }
            let escaped = index + 1 < to ? buffer[index + 1] : 0
            switch escaped {
            case UInt8(ascii: "n"): bytes.append(newline)
            case UInt8(ascii: "s"): bytes.append(space)
            case backslash: bytes.append(backslash)
            default:
                throw FlowError(.badEscape, "'\\' starts \\n (new line), \\s (a space at the start or end) or \\\\ (a backslash); write \\\\ for a backslash itself",
                                at: position(index))
            }
            index += 2
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw notUTF8(buffer, from, to, position) }
        return text
    }

    /// Where the first byte that is not UTF-8 is, between `from` and `to`.
    private static func notUTF8(_ buffer: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int,
                                _ position: (Int) -> SourcePosition) -> FlowError {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = UnsafeBufferPointer(rebasing: buffer[from..<to]).makeIterator()
        var offset = from
        while case .valid(let scalar) = parser.parseScalar(from: &iterator) { offset += scalar.count }
        return FlowError(.notUTF8, "the text is not UTF-8; save the file as UTF-8", at: position(offset))
    }

    /// The column of byte `at` on the line starting at `start`, counted in characters from 1.
    private static func column(of at: Int, from start: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        var column = 1
        var index = start
        while index < at {
            if (buffer[index] & 0xC0) != 0x80 { column += 1 }
            index += 1
        }
        return column
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
    }

    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let space = UInt8(ascii: " ")
    private static let hash = UInt8(ascii: "#")
    private static let equals = UInt8(ascii: "=")
    private static let backslash = UInt8(ascii: "\\")
}
