/// The host of an `http(s)://` address, read the way a browser reads it (the WHATWG URL rules), so that
/// `allowed_domains` is checked against the site a reader would really open.
///
/// Stricter than a browser where a browser is lenient: an address with user information
/// (`https://evil.example\@orange.fr/` and `https://orange.fr@evil.example/` both send a browser to
/// `evil.example`), with a backslash or a space, or without `//` is refused, not guessed. Read byte by
/// byte: it runs for every source at start-up, and string searching through Foundation cost more than
/// the rest of the checks together.
enum WebAddress {
    /// The lower-cased host without port or trailing dot, or `nil` when `text` is not a plain web address.
    static func host(of text: String) -> String? {
        let bytes = Array(text.utf8)
        guard !bytes.contains(where: { $0 <= 0x20 || $0 == UInt8(ascii: "\\") || $0 == 0x7F }) else { return nil }
        if bytes.contains(where: { $0 >= 0x80 }), text.unicodeScalars.contains(where: VisibleControls.isHidden) { return nil }
        let start: Int
        if hasPrefix(bytes, "https://") {
            start = 8
        } else if hasPrefix(bytes, "http://") {
            start = 7
        } else {
            return nil
        }
        // The authority runs to the first '/', '?' or '#'; a browser also stops at '\', refused above.
        var end = start
        while end < bytes.count, !"/?#".utf8.contains(bytes[end]) { end += 1 }
        var authority = bytes[start..<end]
        guard !authority.contains(UInt8(ascii: "@")) else { return nil }
        if let colon = authority.lastIndex(of: UInt8(ascii: ":")) {
            let port = authority[(colon + 1)...]
            guard port.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
            authority = authority[..<colon]
        }
        guard var name = percentDecoded(authority) else { return nil }
        while name.last == UInt8(ascii: ".") { name.removeLast() }
        let forbidden = Array(" #%/:<>?@[\\]^|\"`{}".utf8)
        guard let first = name.first, first != UInt8(ascii: "."),
              !name.contains(where: { $0 < 0x20 || forbidden.contains($0) }),
              !zip(name, name.dropFirst()).contains(where: { $0 == UInt8(ascii: ".") && $1 == UInt8(ascii: ".") }),
              let decoded = String(validating: name, as: UTF8.self) else { return nil }
        // ASCII hosts, nearly all of them, are lower-cased byte by byte.
        guard name.allSatisfy({ $0 < 0x80 }) else { return decoded.lowercased() }
        return String(decoding: name.map { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) ? $0 + 32 : $0 }, as: UTF8.self)
    }

    /// Whether `bytes` start with `prefix`, ignoring ASCII case.
    private static func hasPrefix(_ bytes: [UInt8], _ prefix: String) -> Bool {
        let expected = Array(prefix.utf8)
        guard bytes.count >= expected.count else { return false }
        return zip(bytes, expected).allSatisfy { byte, wanted in
            byte == wanted || ((UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) && byte + 32 == wanted)
        }
    }

    /// `%xx` sequences decoded, as a browser does to a host before checking it.
    private static func percentDecoded(_ bytes: ArraySlice<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "%") else {
                out.append(byte)
                index += 1
                continue
            }
            guard index + 2 < bytes.endIndex, let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) else { return nil }
            out.append(high << 4 | low)
            index += 3
        }
        return out
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
