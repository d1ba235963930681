#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a catalogue file: one `key = text` a line, `#` comments and blank lines between. Hand-written
/// over the file's bytes because it runs before the first frame: it finds lines with `memchr`, checks
/// each line's form and escapes, and records where keys and texts are, making no string per line.
enum CatalogueReader {
    /// The catalogue in `bytes`, read from `file`. With `headerOnly`, reading stops at the first key
    /// that does not start with `language.` (the language's name and order, read for the `l` key).
    static func read(_ bytes: [UInt8], code: String, file: String, headerOnly: Bool = false) throws(FlowError) -> TextCatalogue {
        var spans: [TextCatalogue.Span] = []
        spans.reserveCapacity(headerOnly ? 8 : 400)
        try bytes.withUnsafeBufferPointer { (buffer) throws(FlowError) in
            var start = 0
            var line: Int32 = 0
            while start < buffer.count {
                line += 1
                let end = lineEnd(buffer, from: start)
                defer { start = end + 1 }
                guard let span = try span(buffer, from: start, to: end, line: line, file: file) else { continue }
                if headerOnly && !isLanguageKey(buffer, span) { break }
                spans.append(span)
            }
        }
        return try TextCatalogue(code: code, file: file, bytes: bytes, spans: spans) { first, second in
            let key = String(decoding: bytes[Int(second.keyStart)..<Int(second.keyEnd)], as: UTF8.self)
            return FlowError(.repeatedKey, "the key '\(key)' is already given on line \(first.line); keep one of them",
                             at: SourcePosition(file: file, line: Int(second.line), column: 1))
        }
    }

    /// The `key = text` of the line between `start` and `end`; nil for a blank or comment line.
    private static func span(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, line: Int32,
                             file: String) throws(FlowError) -> TextCatalogue.Span? {
        var last = end
        if last > start && buffer[last - 1] == carriageReturn { last -= 1 }
        var index = start
        while index < last && buffer[index] == space { index += 1 }
        if index == last || buffer[index] == hash { return nil }
        func position(_ at: Int) -> SourcePosition {
            SourcePosition(file: file, line: Int(line), column: column(of: at, from: start, in: buffer))
        }
        let keyStart = index
        while index < last && isKeyByte(buffer[index]) { index += 1 }
        let keyEnd = index
        guard keyEnd > keyStart else {
            throw FlowError(.badLine, "a line must read 'key = text' (or start with # for a comment)", at: position(index))
        }
        while index < last && buffer[index] == space { index += 1 }
        guard index < last, buffer[index] == equals else {
            let key = String(decoding: UnsafeBufferPointer(rebasing: buffer[keyStart..<keyEnd]), as: UTF8.self)
            let found = index < last
                ? "'\(String(decoding: UnsafeBufferPointer(rebasing: buffer[index..<min(index + 4, last)]), as: UTF8.self).prefix(1))'"
                : "the end of the line"
            throw FlowError(.badLine, "expected '=' after the key '\(key)', found \(found); keys are lower-case letters, digits, '.' and '-'",
                            at: position(index))
        }
        index += 1
        while index < last && buffer[index] == space { index += 1 }
        var textEnd = last
        while textEnd > index && buffer[textEnd - 1] == space { textEnd -= 1 }
        let escaped: Bool
        do throws(BadEscape) {
            escaped = try checkEscapes(buffer, from: index, to: textEnd)
        } catch {
            throw FlowError(.badEscape, "'\\' starts \\n (new line), \\s (a space at the start or end) or \\\\ (a backslash); write \\\\ for a backslash itself",
                            at: position(error.at))
        }
        return TextCatalogue.Span(keyStart: Int32(keyStart), keyEnd: Int32(keyEnd), textStart: Int32(index), textEnd: Int32(textEnd),
                                  line: line, escaped: escaped)
    }

    /// An escape other than `\n`, `\s` or `\\`, at byte `at`.
    private struct BadEscape: Error {
        let at: Int
    }

    /// Whether the text between `from` and `to` has escapes; throws at one that is not `\n`, `\s` or `\\`.
    private static func checkEscapes(_ buffer: UnsafeBufferPointer<UInt8>, from: Int, to: Int) throws(BadEscape) -> Bool {
        guard let base = buffer.baseAddress, from < to, memchr(base + from, Int32(backslash), to - from) != nil else { return false }
        var index = from
        var escaped = false
        while index < to {
            guard buffer[index] == backslash else {
                index += 1
                continue
            }
            let next = index + 1 < to ? buffer[index + 1] : 0
            guard next == UInt8(ascii: "n") || next == UInt8(ascii: "s") || next == backslash else { throw BadEscape(at: index) }
            escaped = true
            index += 2
        }
        return escaped
    }

    /// The index of the newline ending the line that starts at `start`, or the end of the buffer.
    private static func lineEnd(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = buffer.baseAddress, let found = memchr(base + start, Int32(newline), buffer.count - start) else {
            return buffer.count
        }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private static func isLanguageKey(_ buffer: UnsafeBufferPointer<UInt8>, _ span: TextCatalogue.Span) -> Bool {
        let prefix = "language.".utf8
        return span.keyEnd - span.keyStart > prefix.count
            && buffer[Int(span.keyStart)..<Int(span.keyStart) + prefix.count].elementsEqual(prefix)
    }

    /// Where the first byte that is not UTF-8 is, as a position in the file; nil when all of it is UTF-8.
    /// Not checked when a catalogue is read, which must be cheap: lint checks it.
    static func utf8Problem(_ buffer: UnsafeBufferPointer<UInt8>, file: String) -> FlowError? {
        if String(validating: buffer, as: UTF8.self) != nil { return nil }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = buffer.makeIterator()
        var offset = 0
        while case .valid(let scalar) = parser.parseScalar(from: &iterator) { offset += scalar.count }
        var lineStart = 0
        var line = 1
        for index in 0..<offset where buffer[index] == newline {
            line += 1
            lineStart = index + 1
        }
        return FlowError(.notUTF8, "the text is not UTF-8; save the file as UTF-8",
                         at: SourcePosition(file: file, line: line, column: column(of: offset, from: lineStart, in: buffer)))
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
