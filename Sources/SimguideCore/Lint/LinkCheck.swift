/// Links and messaging handles: source and contact URLs, and any address written inside a text, must be on
/// the flow's `allowed_domains` list; a messaging-app handle (`@name`, `t.me/...`, 微信号 ...) is never
/// allowed, because plans must not send people to sellers or private contacts.
struct LinkCheck {
    let flow: Flow

    func findings() -> [Finding] {
        var found: [Finding] = []
        let policy = !flow.allowedDomains.isEmpty
        if policy {
            for source in flow.sources {
                if let host = Self.host(of: source.url), !isAllowed(host) {
                    found.append(Finding(.error, .domainNotAllowed, at: source.position,
                                         "source '\(source.id)' is on '\(host)', which is not in allowed_domains; cite an official or reputable site, or add the domain to the list after checking it"))
                }
            }
            for contact in flow.contacts {
                if let url = contact.url, let host = Self.host(of: url), !isAllowed(host) {
                    found.append(Finding(.error, .domainNotAllowed, at: contact.position,
                                         "contact '\(contact.id)' is on '\(host)', which is not in allowed_domains; give the operator's own site"))
                }
            }
        }
        for item in flow.userTexts {
            for (language, text) in item.text.entries.map({ ($0.code, $0.text) }) {
                let scan = Self.scan(text)
                for handle in scan.handles {
                    found.append(Finding(.error, .handle, at: item.position,
                                         "\(item.what) (\(language)) mentions '\(handle)'; plans never point to messaging handles or groups, name the official channel instead"))
                }
                guard policy else { continue }
                for domain in scan.domains where !isAllowed(domain) {
                    found.append(Finding(.error, .domainNotAllowed, at: item.position,
                                         "\(item.what) (\(language)) points to '\(domain)', which is not in allowed_domains"))
                }
            }
        }
        return found
    }

    private func isAllowed(_ host: String) -> Bool {
        let host = host.lowercased()
        return flow.allowedDomains.contains { host == $0 || host.hasSuffix("." + $0) }
    }

    static func host(of url: String) -> String? {
        WebAddress.host(of: url)
    }

    /// The domains a text points to (URLs, e-mail addresses, bare names like `mobile.free.fr`) and the
    /// messaging handles it contains.
    static func scan(_ text: String) -> (domains: [String], handles: [String]) {
        // Every pattern below needs one of these pieces; most texts have none, and skip the regular
        // expressions (this check also runs at start-up).
        let bytes = Array(text.lowercased().utf8)
        guard markers.contains(where: { Self.occurs($0, in: bytes) }) else { return ([], []) }
        var scanner = AddressScanner(text)
        // An address whose host cannot be read plainly is reported whole, so it fails the domain check.
        var domains = scanner.takeWebAddresses().map { host(of: $0) ?? $0 }
        domains += scanner.takeEmailDomains()
        var handles = scanner.handles()
        if mayNameMessaging(bytes), let messagingPattern {
            let rest = scanner.rest
            let messaging = rest.matches(of: messagingPattern).map { String(rest.unicodeScalars[$0.range]) }
            if !messaging.isEmpty {
                handles += messaging
                scanner = AddressScanner(rest.replacing(messagingPattern, with: " "))
            }
        }
        domains += scanner.bareDomains(topLevel: topLevelDomains)
        return (domains, handles)
    }

    /// The endings of the bare names found in texts (`mobile.free.fr`).
    static let topLevelDomains: Set<String> = ["fr", "com", "hk", "nc", "net", "org", "cn", "io", "me", "gov", "info", "biz",
                                               "co", "uk", "jp", "tw", "mo", "eu", "ly", "gl"]

    /// Whether the messaging pattern can match the lower-cased `bytes`: they hold one of the names it
    /// needs, or "line" or "signal" as a word followed (after at most three other characters) by an id,
    /// an account, 号, `+` or a digit. Most texts say "online" or "a phone line" and skip the pattern, the
    /// slowest part of lint.
    private static func mayNameMessaging(_ bytes: [UInt8]) -> Bool {
        if messagingMarkers.contains(where: { occurs($0, in: bytes) }) { return true }
        return ["line", "signal"].contains { word in
            let needle = Array(word.utf8)
            guard needle.count <= bytes.count else { return false }
            for start in 0...(bytes.count - needle.count) where bytes[start..<(start + needle.count)].elementsEqual(needle) {
                if start > 0, isASCIIWord(bytes[start - 1]) { continue }  // "online", "deadline"
                // Then, past spaces and punctuation (a few characters of any script): what the pattern wants.
                var next = start + needle.count
                while next < bytes.count, next - start - needle.count <= 16 {
                    let rest = bytes[next...]
                    if rest.starts(with: "id".utf8) || rest.starts(with: "account".utf8) || rest.starts(with: "号".utf8)
                        || bytes[next] == UInt8(ascii: "+") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[next]) {
                        return true
                    }
                    if isASCIIWord(bytes[next]) { break }
                    next += 1
                }
            }
            return false
        }
    }

    private static func isASCIIWord(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
    }

    /// Names the messaging pattern needs, one of which is in any text it matches (lower case), besides
    /// "line" and "signal", which are ordinary words too.
    private static let messagingMarkers = ["t.me/", "wa.me/", "telegram.me/", "微信", "vx号", "qq", "tg群", "电报群",
                                           "wechat", "weixin", "whatsapp", "telegram", "viber", "kakaotalk"].map { Array($0.utf8) }

    private static let markers = ["://", "@", ".fr", ".co", ".hk", ".nc", ".net", ".org", ".cn", ".io", ".me", ".gov",
                                  ".info", ".biz", ".uk", ".jp", ".tw", ".mo", ".eu", ".ly", ".gl",
                                  "微信", "加我", "vx号", "qq", "tg群", "电报", "wechat", "weixin", "whatsapp", "line",
                                  "telegram", "signal", "viber", "kakaotalk"].map { Array($0.utf8) }

    /// Whether `needle` occurs in `haystack`, byte for byte (texts are short; no locale rules needed).
    private static func occurs(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }

    /// Messaging handles and groups written out (`微信号`, `WeChat ID abc`, `WhatsApp +853 ...`): the one
    /// pattern still a regular expression, matched as ICU matched it before (by Unicode scalar, simple
    /// word boundaries), and only on texts with one of `messagingMarkers`. It is never changed after it is
    /// made, and a `Regex` may be matched from several threads; it is not `Sendable` only because its
    /// output type is not.
    nonisolated(unsafe) private static let messagingPattern = (try? Regex(#"""
        (?ix)\b(?:t\.me|wa\.me|telegram\.me)/\S*|微信号|加微信|加我微信|vx号|QQ群|QQ号|tg群|电报群
        | \b(?:wechat|weixin|whatsapp|telegram|signal|viber|kakaotalk)\s*(?:id|account|号)\s*[:：]?\s*[^\s，。,;]+
        | \bline\s*(?:id|号)\s*[:：]?\s*[^\s，。,;]+
        | \b(?:whatsapp|signal|viber|telegram)\W{0,3}\+?\d[\d\s-]{5,}\d
        """#))?.wordBoundaryKind(.simple).matchingSemantics(.unicodeScalar)
}
