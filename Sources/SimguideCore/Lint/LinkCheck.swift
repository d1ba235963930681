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
        var scanner = AddressScanner(text)
        // An address whose host cannot be read plainly is reported whole, so it fails the domain check.
        var domains = scanner.takeWebAddresses().map { host(of: $0) ?? $0 }
        domains += scanner.takeEmailDomains()
        var handles = scanner.handles()
        let lowered = text.lowercased()
        if messagingMarkers.contains(where: { lowered.contains($0) }), let messagingPattern {
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

    /// Pieces every messaging pattern below needs (in lower case): the pattern runs only on texts that have one.
    private static let messagingMarkers = ["t.me/", "wa.me/", "telegram.me/", "微信", "vx号", "qq", "tg群", "电报群",
                                           "wechat", "weixin", "whatsapp", "telegram", "signal", "viber", "kakaotalk", "line"]

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
