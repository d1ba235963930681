/// The host of an `http(s)://` address, read the way a browser reads it (the WHATWG URL rules), so that
/// `allowed_domains` is checked against the site a reader would really open.
///
/// Stricter than a browser where a browser is lenient: an address with user information
/// (`https://evil.example\@orange.fr/` and `https://orange.fr@evil.example/` both send a browser to
/// `evil.example`), with a backslash or a space, or without `//` is refused, not guessed.
enum WebAddress {
    /// The lower-cased host without port or trailing dot, or `nil` when `text` is not a plain web address.
    static func host(of text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.contains(where: { $0.value <= 0x20 || $0 == "\\" || VisibleControls.isHidden($0) }) else { return nil }
        let lower = text.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") {
            rest = text.dropFirst(8)
        } else if lower.hasPrefix("http://") {
            rest = text.dropFirst(7)
        } else {
            return nil
        }
        // The authority runs to the first '/', '?' or '#'; a browser also stops at '\', refused above.
        let authority = rest.prefix { !"/?#".contains($0) }
        guard !authority.contains("@") else { return nil }
        var host = Substring(authority)
        if let colon = host.lastIndex(of: ":") {
            let port = host[host.index(after: colon)...]
            guard port.allSatisfy(\.isASCII), port.allSatisfy(\.isNumber) else { return nil }
            host = host[..<colon]
        }
        guard let decoded = percentDecoded(String(host)) else { return nil }
        var name = decoded.lowercased()
        while name.hasSuffix(".") { name.removeLast() }
        let forbidden: Set<Character> = [" ", "#", "%", "/", ":", "<", ">", "?", "@", "[", "\\", "]", "^", "|", "\"", "`", "{", "}"]
        guard !name.isEmpty, !name.contains(where: { forbidden.contains($0) || $0.unicodeScalars.contains { $0.value < 0x20 } }),
              !name.hasPrefix("."), !name.contains("..") else { return nil }
        return name
    }

    /// `%xx` sequences decoded as UTF-8, as a browser does to a host before checking it.
    private static func percentDecoded(_ text: String) -> String? {
        guard text.contains("%") else { return text }
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next(), let low = iterator.next(),
                  let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) else { return nil }
            bytes.append(value)
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
