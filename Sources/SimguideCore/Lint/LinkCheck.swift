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
            for (language, text) in item.text.translations.sorted(by: { $0.key < $1.key }) {
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
        var rest = text
        var domains: [String] = []
        // An address whose host cannot be read plainly is reported whole, so it fails the domain check.
        domains += matches(urlPattern, in: rest).map { host(of: $0) ?? $0 }
        rest = replacing(urlPattern, in: rest)
        for match in matches(emailPattern, in: rest) {
            if let at = match.lastIndex(of: "@") { domains.append(String(match[match.index(after: at)...]).lowercased()) }
        }
        rest = replacing(emailPattern, in: rest)
        let handles = matches(handlePattern, in: rest) + matches(messagingPattern, in: rest)
        rest = replacing(messagingPattern, in: rest)
        domains += matches(barePattern, in: rest).map { $0.lowercased() }
        return (domains, handles)
    }

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

    nonisolated(unsafe) private static let urlPattern = regex(#"(?i)\bhttps?://[^\s)）」』，。、"]+"#)
    nonisolated(unsafe) private static let emailPattern = regex(#"(?i)\b[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+"#)
    nonisolated(unsafe) private static let handlePattern = regex(#"(?:^|[^\w.])(@[A-Za-z0-9_]{2,})"#)
    nonisolated(unsafe) private static let messagingPattern = regex(#"""
        (?ix)\b(?:t\.me|wa\.me|telegram\.me)/\S*|微信号|加微信|加我微信|vx号|QQ群|QQ号|tg群|电报群
        | \b(?:wechat|weixin|whatsapp|telegram|signal|viber|kakaotalk)\s*(?:id|account|号)\s*[:：]?\s*[^\s，。,;]+
        | \bline\s*(?:id|号)\s*[:：]?\s*[^\s，。,;]+
        | \b(?:whatsapp|signal|viber|telegram)\W{0,3}\+?\d[\d\s-]{5,}\d
        """#)
    nonisolated(unsafe) private static let barePattern =
        regex(#"(?i)(?:^|[^\w.@/-])((?:[a-z0-9-]+\.)+(?:fr|com|hk|nc|net|org|cn|io|me|gov|info|biz|co|uk|jp|tw|mo|eu|ly|gl)(?![\w-]))"#)

    /// A pattern matched the way ICU's regular expressions matched it before: by Unicode scalar, with
    /// simple word boundaries. Swift's regular expressions have no lookbehind, so a pattern that must not
    /// start after certain characters matches one other character (or the start) first and captures the
    /// rest: what `matches` returns is the first capture when there is one. (The patterns are never changed after they are made, and a `Regex` may be
    /// matched from several threads; it is not declared `Sendable` only because its output type is not.)
    private static func regex(_ pattern: String) -> Regex<AnyRegexOutput>? {
        (try? Regex(pattern))?.wordBoundaryKind(.simple).matchingSemantics(.unicodeScalar)
    }

    private static func matches(_ expression: Regex<AnyRegexOutput>?, in text: String) -> [String] {
        guard let expression else { return [] }
        return text.matches(of: expression).map { match in
            let range = match.output.count > 1 ? match.output[1].range ?? match.range : match.range
            return String(text.unicodeScalars[range])
        }
    }

    private static func replacing(_ expression: Regex<AnyRegexOutput>?, in text: String) -> String {
        guard let expression else { return text }
        return text.replacing(expression, with: " ")
    }
}
