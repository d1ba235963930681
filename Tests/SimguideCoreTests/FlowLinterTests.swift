import Testing
@testable import SimguideCore

/// Each kind of lint finding on a small flow, and the bundled flow linting clean.
@Suite struct FlowLinterTests {
    private func findings(_ yaml: String) throws -> [Finding] { try Fixtures.lint(yaml) }

    private func edited(_ replacements: [(String, String)]) -> String { Fixtures.edited(replacements) }

    @Test func theSmallFixtureIsClean() throws {
        #expect(try findings(Fixtures.small) == [])
    }

    /// Clean on the day its sources were checked, and never failing today: lint turns a source overdue
    /// for review into an error 90 days after its review day, and then this test fails until someone
    /// checks the source again.
    @Test func theBundledFlowIsClean() throws {
        let found = FlowLinter(flow: try Fixtures.bundledFlow(), today: "2026-11-25").findings()
        #expect(found.map(\.description) == [])
        let now = FlowLinter(flow: try Fixtures.bundledFlow()).findings().filter { $0.severity == .error }
        #expect(now.map(\.description) == [])
    }

    @Test func unknownNextQuestion() throws {
        let found = try findings(edited([("next: region", "next: regoin")]))
        #expect(found.map(\.description) == ["lint.yaml:11:11: error: next question 'regoin' does not exist; did you mean 'region'? [unknown-question]"])
    }

    @Test func duplicateIds() throws {
        let found = try findings(edited([("  - id: commitment", "  - id: region")]))
        #expect(found.contains { $0.code == .duplicateID && $0.message.contains("question 'region' is declared again (first at lint.yaml:12:5)") })
    }

    @Test func unknownValueInWhen() throws {
        let found = try findings(edited([("when: {region: hk}}", "when: {region: hkk}}")]))
        #expect(found.map(\.message) == ["'hkk' is not an option of question 'region'; use one of: fr, hk"])
        #expect(found.first?.position.line == 23)
    }

    @Test func unknownDocumentAndSource() throws {
        let found = try findings(edited([("documents: [proof]", "documents: [prof]"), ("sources: [s2]}\n    warnings", "sources: [s9]}\n    warnings")]))
        #expect(found.contains { $0.code == .unknownDocument && $0.message == "document 'prof' does not exist; did you mean 'proof'?" })
        #expect(found.contains { $0.code == .unknownSource && $0.message.hasPrefix("source 's9' does not exist") })
    }

    @Test func cycle() throws {
        let found = try findings(edited([("next: abroad\n  - id: abroad", "next: region\n  - id: abroad")]))
        #expect(found.contains { $0.code == .cycle && $0.message.contains("region -> carrier -> commitment -> region") })
    }

    @Test func deadEndWhenNoNextRuleMatches() throws {
        let found = try findings(edited([("      - goto: abroad\n", "")]))
        #expect(found.contains { $0.code == .deadEnd && $0.message.contains("no 'next' rule of 'carrier' matches") })
        #expect(found.first { $0.code == .deadEnd }?.severity == .error)
    }

    @Test func deadEndWhenNoOptionIsShown() throws {
        let found = try findings(edited([
            ("{value: other, label: {zh: 其他, en: Other}}", "{value: other, label: {zh: 其他, en: Other}, when: {region: fr}}"),
            ("{value: csl, label: {zh: csl, en: csl}, when: {region: hk}}", "{value: csl, label: {zh: csl, en: csl}, when: {region: fr}}"),
        ]))
        #expect(found.contains { $0.code == .deadEnd && $0.message.contains("question 'carrier' shows no option") })
    }

    @Test func unreachableQuestionAndOptionNeverShown() throws {
        let orphan = "  - id: orphan\n    prompt: {zh: 孤, en: Orphan}\n    options:\n      - {value: a, label: {zh: 甲, en: A}}\n    next: end\n  - id: abroad"
        let found = try findings(edited([
            ("  - id: abroad", orphan),
            ("{value: csl, label: {zh: csl, en: csl}, when: {region: hk}}", "{value: csl, label: {zh: csl, en: csl}, when: {region: hk, commitment: none}}"),
        ]))
        #expect(found.contains { $0.code == .unreachable && $0.message == "no path reaches question 'orphan'" && $0.severity == .warning })
        #expect(found.contains { $0.code == .optionNeverShown && $0.message.contains("'csl' of 'carrier'") })
    }

    @Test func ruleThatNoPathMatches() throws {
        let found = try findings(edited([("when: {action: cancel, region: fr}\n    steps", "when: {action: renew, commitment: none}\n    steps")]))
        #expect(found.contains { $0.code == .ruleNeverMatches && $0.message.contains("'cancel-fr'") })
    }

    @Test func emptyPlan() throws {
        let found = try findings(edited([("when: {action: [cancel, renew]}", "when: {action: cancel}"), ("when: {action: renew, not: {region: hk}}", "when: {action: cancel, region: hk}"), ("when: [{action: renew, region: hk}]", "when: [{action: cancel, region: hk}]")]))
        #expect(found.contains { $0.code == .emptyPlan && $0.message.hasPrefix("the path action=renew region=fr") })
    }

    @Test func missingTranslation() throws {
        let found = try findings(edited([("prompt: {zh: 哪里？, en: Where?}", "prompt: {zh: 哪里？}")]))
        #expect(found.map(\.description) == ["lint.yaml:12:5: error: prompt of 'region' has no 'en' text; add 'en: ...' [missing-translation]"])
    }

    @Test func badURLAndDates() throws {
        let found = try findings(edited([("https://example.org/one", "example.org/one"), ("checked: 2026-02-01", "checked: 2026-02-30")]))
        #expect(found.contains { $0.code == .badURL && $0.message.contains("'example.org/one'") })
        #expect(found.contains { $0.code == .badDate && $0.message.contains("'2026-02-30'") })
        let future = try findings(edited([("checked: 2026-01-15", "checked: 2027-01-15")]))
        #expect(future.map(\.message) == ["source 's1' was checked on 2027-01-15, which is in the future"])
    }

    @Test func linksMustStayOnTheAllowedDomains() throws {
        let policy = edited([("start: action\n", "start: action\nallowed_domains: [example.org]\n")])
        #expect(try findings(policy) == [], "sources on example.org are allowed")
        let found = try findings(policy.replacingOccurrences(of: "https://example.org/two", with: "https://cheap-sims.shop/two")
            .replacingOccurrences(of: "en: Send a letter", with: "en: Send a letter or see www.sim-seller.com"))
        #expect(found.map(\.description) == [
            "lint.yaml:57:9: error: title of a step in rule 'cancel-fr' (en) points to 'www.sim-seller.com', which is not in allowed_domains [domain-not-allowed]",
            "lint.yaml:74:5: error: source 's2' is on 'cheap-sims.shop', which is not in allowed_domains; cite an official or reputable site, or add the domain to the list after checking it [domain-not-allowed]",
        ])
        let subdomain = policy.replacingOccurrences(of: "https://example.org/one", with: "https://help.example.org/one")
        #expect(try findings(subdomain) == [], "a subdomain of an allowed domain is allowed")
    }

    /// A browser reads `https://evil.example\\@orange.fr/` as a page on evil.example: lint must not
    /// believe Foundation, which reads the host as orange.fr.
    @Test(arguments: [
        #"https://evil.example\@example.org/two"#, "https://example.org@evil.example/two", "https://user:pw@example.org/two",
        "https://evil.example%2F@example.org/two", "https:evil.example/two", "https://example.org /two",
    ])
    func addressesABrowserWouldReadElsewhereAreRefused(url: String) throws {
        let yamlURL = url.replacingOccurrences(of: "\\", with: "\\\\")  // a backslash inside YAML double quotes
        let policy = edited([("start: action\n", "start: action\nallowed_domains: [example.org]\n"), ("https://example.org/two", yamlURL)])
        let found = try findings(policy)
        #expect(found.contains { $0.code == .badURL && $0.message.contains("source 's2'") }, "\(url): \(found)")
        // In running text, an address with user information is read up to the space that ends it.
        guard url.contains("@") else { return }
        let inText = edited([("start: action\n", "start: action\nallowed_domains: [example.org]\n"),
                             ("en: Send a letter}", "en: \"Send a letter via \(yamlURL)\"}")])
        #expect(try findings(inText).contains { $0.code == .domainNotAllowed }, "\(url) in a text")
    }

    @Test func hostsAreReadAsABrowserReadsThem() {
        #expect(WebAddress.host(of: "https://Help.Example.org.:443/a?b#c") == "help.example.org")
        #expect(WebAddress.host(of: "https://ex%61mple.org/") == "example.org")
        #expect(WebAddress.host(of: "http://example.org") == "example.org")
        #expect(WebAddress.host(of: "https://example.org:80x/") == nil)
        #expect(WebAddress.host(of: "ftp://example.org/") == nil)
    }

    /// Escape sequences, bells, C1 controls, bidi overrides and tabs would act on the reader's terminal
    /// or break the layout.
    @Test(arguments: [("\\e]0;pwned\\a", "an escape character (U+001B)"), ("\\t", "a tab (U+0009)"),
                      ("\\x9b2J", "U+009B"), ("\\u202Eevil", "U+202E"), ("\\a", "a bell character (U+0007)")])
    func controlCharactersInTextsAreErrors(escape: String, named: String) throws {
        let found = try findings(edited([("en: Send a letter}", "en: \"Send a letter\(escape)\"}")]))
        #expect(found.map(\.description) == [
            "lint.yaml:56:9: error: title of a step in rule 'cancel-fr' (en) contains \(named); flow texts may hold no control or bidirectional-override character: remove it (a line break is written as a new line) [control-character]",
        ])
    }

    @Test func messagingHandlesAreNeverAllowed() throws {
        for handle in ["@simshop_hk", "t.me/simshop", "微信号 abc123", "加微信", "add WeChat ID ctm_helper", "WhatsApp +853 6612 3456",
                       "Line ID simhk"] {
            let found = try findings(edited([("en: Top up}", "en: Top up}, text: {zh: 联系 \(handle), en: Ask \(handle)}")]))
            #expect(found.contains { $0.code == .handle && $0.message.contains("(zh)") }, "\(handle)")
        }
        let pay = try findings(edited([("en: Top up}", "en: Top up}, text: {zh: 用微信支付香港付款, en: Pay with WeChat Pay HK and log in to the line account online}")]))
        #expect(!pay.contains { $0.code == .handle }, "a payment service or the word 'line' is not a handle")
        let email = try findings(edited([("en: Top up}", "en: Top up}, text: {zh: 写信, en: Write to help@example.org}")]))
        #expect(email == [], "an e-mail address is not a handle, and no domain policy is set")
    }

    @Test func allowedDomainsMustBeBareNames() throws {
        let yaml = edited([("start: action\n", "start: action\nallowed_domains: [\"https://example.org\"]\n")])
        #expect(throws: FlowError.self) { try FlowLoader.load(yaml: yaml, name: "lint.yaml") }
        do {
            _ = try FlowLoader.load(yaml: yaml, name: "lint.yaml")
        } catch let error as FlowError {
            #expect(error.description.hasPrefix("lint.yaml:5:19: "))
            #expect(error.description.contains("write it bare and in lower case"))
        }
    }

    @Test func stepWithoutSource() throws {
        let found = try findings(edited([("documents: [login], sources: [s1]}", "documents: [login]}")]))
        #expect(found.map(\.message) == ["a step in rule 'renew' cites no source; add 'sources: [...]'"])
    }

    @Test func unusedDeclarationsAreWarnings() throws {
        let found = try findings(edited([("  - {id: proof, name: {zh: 确认, en: Confirmation}}", "  - {id: proof, name: {zh: 确认, en: Confirmation}}\n  - {id: unused, name: {zh: 没用, en: Unused}}")]))
        #expect(found.map(\.description) == ["lint.yaml:71:5: warning: document 'unused' is never used [unused]"])
    }

    @Test func errorsComeBeforeWarnings() throws {
        let found = try findings(edited([
            ("  - {id: proof, name: {zh: 确认, en: Confirmation}}", "  - {id: proof, name: {zh: 确认, en: Confirmation}}\n  - {id: unused, name: {zh: 没用, en: Unused}}"),
            ("https://example.org/one", "nope"),
        ]))
        #expect(found.map(\.severity) == [.error, .warning])
    }
}

/// The start-up check: linear checks only.
@Suite struct StartUpLintTests {
    @Test func withoutWalkingPathsDeadEndsAreLeftToFullLint() throws {
        let yaml = Fixtures.small.replacingOccurrences(of: "      - goto: abroad\n", with: "")
        let flow = try FlowLoader.load(yaml: yaml, name: "lint.yaml")
        let linter = FlowLinter(flow: flow, today: "2026-11-22")
        #expect(linter.findings(.startUp).isEmpty)
        #expect(linter.findings().contains { $0.code == .deadEnd })
        let unknown = try FlowLoader.load(yaml: Fixtures.small.replacingOccurrences(of: "next: region", with: "next: regoin"), name: "lint.yaml")
        #expect(FlowLinter(flow: unknown, today: "2026-11-22").findings(.startUp).map(\.code) == [.unknownQuestion])
    }
}
