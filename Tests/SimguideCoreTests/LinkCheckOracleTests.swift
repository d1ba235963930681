import Testing
@testable import SimguideCore

/// The link check finds addresses by hand (Swift's `Regex` was a thousand times slower than ICU's). This
/// holds the hand-written finders to the regular expressions they replaced, written here as the
/// reference: over every text of the bundled flow and a set of awkward ones, both find the same.
@Suite struct LinkCheckOracleTests {
    private static func regex(_ pattern: String) throws -> Regex<AnyRegexOutput> {
        try Regex(pattern).wordBoundaryKind(.simple).matchingSemantics(.unicodeScalar)
    }

    /// The finders as regular expressions. Swift's have no lookbehind, so `(?<![\w.])@x` is written as
    /// `(?:^|[^\w.])(@x)` and the capture is what counts.
    private struct Reference {
        let url = try? LinkCheckOracleTests.regex(#"(?i)\bhttps?://[^\s)）」』，。、"]+"#)
        let email = try? LinkCheckOracleTests.regex(#"(?i)[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+"#)
        let handle = try? LinkCheckOracleTests.regex(#"(?:^|[^\w.])(@[A-Za-z0-9_]{2,})"#)
        let messaging = try? LinkCheckOracleTests.regex(#"""
            (?ix)\b(?:t\.me|wa\.me|telegram\.me)/\S*|微信号|加微信|加我微信|vx号|QQ群|QQ号|tg群|电报群
            | \b(?:wechat|weixin|whatsapp|telegram|signal|viber|kakaotalk)\s*(?:id|account|号)\s*[:：]?\s*[^\s，。,;]+
            | \bline\s*(?:id|号)\s*[:：]?\s*[^\s，。,;]+
            | \b(?:whatsapp|signal|viber|telegram)\W{0,3}\+?\d[\d\s-]{5,}\d
            """#)
        let bare = try? LinkCheckOracleTests.regex(
            #"(?i)(?:^|[^\w.@/-])((?:[a-z0-9-]+\.)+(?:fr|com|hk|nc|net|org|cn|io|me|gov|info|biz|co|uk|jp|tw|mo|eu|ly|gl)(?![\w-]))"#)

        func matches(_ expression: Regex<AnyRegexOutput>?, _ text: String) -> [String] {
            guard let expression else { return ["pattern does not compile"] }
            return text.matches(of: expression).map { match in
                let range = match.output.count > 1 ? match.output[1].range ?? match.range : match.range
                return String(text.unicodeScalars[range])
            }
        }

        func scan(_ text: String) -> (urls: [String], emails: [String], handles: [String], messaging: [String], bare: [String]) {
            let urls = matches(url, text)
            var rest = url.map { text.replacing($0, with: " ") } ?? text
            let emails = matches(email, rest).compactMap { $0.split(separator: "@").last.map { $0.lowercased() } }
            rest = email.map { rest.replacing($0, with: " ") } ?? rest
            let handles = matches(handle, rest), written = matches(messaging, rest)
            rest = messaging.map { rest.replacing($0, with: " ") } ?? rest
            return (urls, emails, handles, written, matches(bare, rest).map { $0.lowercased() })
        }
    }

    private static let awkward = [
        "see https://www.orange.fr/espace-client）then", "HTTPS://Example.COM/a", "xhttps://no.example.com", "http://",
        "mail a.b-c+d@Free.fr.", "x@y", "@ab and @a and x.@cd and 中@ef and (@gh)", "name@a..b.fr", "a@b.c.d@e.fr",
        "orange.fr", "www.orange.fr/page", "见orange.fr", "orange.fr的", "orange.france", "mobile.free.fr.", "a..b.fr c.d.hk",
        "-x.fr", "x-.fr y.co.uk", "Visit SFR.FR today", "1.2.3.4.com", "e.g. the .fr site", "foo.fr-bar", "http://a.fr b.com",
        "电邮：客服@orange.fr", "wa.me/852", "t.me/simshop and Shop.HK", "LINE ID: abc_1", "line：id abc", "line  号 abc",
        "Signal: +33 6 12 34 56 78", "signal+85261234567", "online", "a phone line 2", "deadline id", "加微信 abc",
        "WhatsApp+85261234567 or orange.fr", "（line id：x1）", "hotline号 abc",
    ]

    @Test func theFindersMatchTheirPatternsOnEveryBundledTextAndAwkwardOnes() throws {
        let flow = try Fixtures.bundledFlow()
        let texts = flow.userTexts.flatMap { $0.text.translations.values } + Self.awkward
        let reference = Reference()
        var compared = 0
        for text in texts {
            var scanner = AddressScanner(text)
            let expected = reference.scan(text)
            #expect(scanner.takeWebAddresses() == expected.urls, "\(text)")
            #expect(scanner.takeEmailDomains() == expected.emails, "\(text)")
            #expect(scanner.handles() == expected.handles, "\(text)")
            #expect(scanner.bareDomains(topLevel: LinkCheck.topLevelDomains) == expected.bare || !expected.messaging.isEmpty, "\(text)")
            let scan = LinkCheck.scan(text)
            #expect(scan.handles == expected.handles + expected.messaging, "\(text)")
            #expect(Set(scan.domains.filter { !$0.contains("/") }).isSuperset(of: expected.emails + expected.bare), "\(text)")
            compared += 1
        }
        #expect(compared > 1_000)
    }
}
