/// The interface texts of one language, as read from its catalogue file (`Resources/interface/en.txt`).
/// It keeps the file's bytes and where each key and text are in them, in a small hash table over the
/// key bytes: reading a catalogue makes no string per line, and a text becomes a `String` when asked for.
public final class TextCatalogue: Sendable {
    /// One text and where it is written.
    public struct Entry: Sendable, Equatable {
        /// The text with its escapes read (`\n` a new line, `\s` a space); placeholders still `{name}`.
        public let text: String
        public let line: Int
    }

    /// Where one `key = text` line is in the file's bytes.
    struct Span: Sendable {
        let keyStart: Int32, keyEnd: Int32, textStart: Int32, textEnd: Int32, line: Int32
        let escaped: Bool
    }

    /// The language code: the file's name without `.txt`.
    public let code: String
    /// The file the texts come from.
    public let file: String
    private let bytes: [UInt8]
    private let spans: [Span]
    /// Open addressing: each slot holds an index into `spans`, or -1; the size is a power of two.
    private let slots: [Int32]

    /// The catalogue of `spans` in `bytes`; throws at the second line of a key given twice.
    init(code: String, file: String, bytes: [UInt8], spans: [Span], repeated: (Span, Span) -> FlowError) throws(FlowError) {
        var size = 16
        while size < spans.count * 2 { size *= 2 }
        var slots = [Int32](repeating: -1, count: size)
        try bytes.withUnsafeBufferPointer { (buffer) throws(FlowError) in
            for (index, span) in spans.enumerated() {
                var slot = Self.hash(buffer, span.keyStart, span.keyEnd) & (size - 1)
                while slots[slot] >= 0 {
                    let other = spans[Int(slots[slot])]
                    if Self.same(buffer, other, span) { throw repeated(other, span) }
                    slot = (slot + 1) & (size - 1)
                }
                slots[slot] = Int32(index)
            }
        }
        self.code = code
        self.file = file
        self.bytes = bytes
        self.spans = spans
        self.slots = slots
    }

    /// The text for `key`, or nil when this catalogue lacks it.
    public subscript(key: String) -> String? {
        span(key).map(text)
    }

    /// Where the file is not UTF-8 (checked by lint; the program shows such bytes as U+FFFD).
    public func utf8Problem() -> FlowError? {
        bytes.withUnsafeBufferPointer { CatalogueReader.utf8Problem($0, file: file) }
    }

    /// Every text, by key, with its line (for lint; the program asks for texts one by one). Built anew on
    /// each call: keep the result.
    public var entries: [String: Entry] {
        var entries: [String: Entry] = [:]
        for span in spans {
            let key = String(decoding: bytes[Int(span.keyStart)..<Int(span.keyEnd)], as: UTF8.self)
            entries[key] = Entry(text: text(span), line: Int(span.line))
        }
        return entries
    }

    private func span(_ key: String) -> Span? {
        var key = key
        return key.withUTF8 { wanted in
            bytes.withUnsafeBufferPointer { buffer in
                var slot = Self.hash(wanted, 0, Int32(wanted.count)) & (slots.count - 1)
                while slots[slot] >= 0 {
                    let span = spans[Int(slots[slot])]
                    if Self.equal(buffer, Int(span.keyStart), Int(span.keyEnd), wanted, 0, wanted.count) { return span }
                    slot = (slot + 1) & (slots.count - 1)
                }
                return nil
            }
        }
    }

    /// The text of `span`, its escapes read (the reader has checked them).
    private func text(_ span: Span) -> String {
        let raw = bytes[Int(span.textStart)..<Int(span.textEnd)]
        guard span.escaped else { return String(decoding: raw, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var index = raw.startIndex
        while index < raw.endIndex {
            if raw[index] == UInt8(ascii: "\\"), index + 1 < raw.endIndex {
                switch raw[index + 1] {
                case UInt8(ascii: "n"): out.append(UInt8(ascii: "\n"))
                case UInt8(ascii: "s"): out.append(UInt8(ascii: " "))
                default: out.append(raw[index + 1])
                }
                index += 2
            } else {
                out.append(raw[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// FNV-1a over the key's bytes.
    private static func hash(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int32, _ end: Int32) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var index = Int(start)
        while index < Int(end) {
            hash = (hash ^ UInt64(buffer[index])) &* 0x100_0000_01b3
            index += 1
        }
        return Int(truncatingIfNeeded: hash >> 1)
    }

    private static func same(_ buffer: UnsafeBufferPointer<UInt8>, _ a: Span, _ b: Span) -> Bool {
        equal(buffer, Int(a.keyStart), Int(a.keyEnd), buffer, Int(b.keyStart), Int(b.keyEnd))
    }

    private static func equal(_ a: UnsafeBufferPointer<UInt8>, _ aStart: Int, _ aEnd: Int,
                              _ b: UnsafeBufferPointer<UInt8>, _ bStart: Int, _ bEnd: Int) -> Bool {
        guard aEnd - aStart == bEnd - bStart else { return false }
        var offset = 0
        while aStart + offset < aEnd {
            if a[aStart + offset] != b[bStart + offset] { return false }
            offset += 1
        }
        return true
    }
}
