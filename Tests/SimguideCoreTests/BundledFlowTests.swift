import Testing
@testable import SimguideCore

/// Every path of the bundled flow must give a plan a person can act on.
@Suite struct BundledFlowTests {
    @Test func everyPathGivesAnActionablePlan() throws {
        let flow = try Fixtures.bundledFlow()
        let paths = PathEnumerator(flow: flow).allPaths()
        #expect(paths.count >= 2 * 3 * 4 * 2)
        let composer = PlanComposer(flow: flow)
        for path in paths {
            let label = path.steps.map { "\($0.question)=\($0.value)" }.joined(separator: " ")
            let plan = composer.compose(answers: path.answers, asked: [])
            #expect(plan.steps.contains { $0.phase == .act }, "no act step: \(label)")
            #expect(!plan.documents.isEmpty, "no document: \(label)")
            #expect(plan.steps.allSatisfy { !$0.sources.isEmpty }, "a step without source: \(label)")
            for language in Language.allCases {
                #expect(plan.steps.allSatisfy { !$0.title.text(language).isEmpty }, "empty title in \(language): \(label)")
            }
        }
    }

    /// The content policy: the bundled flow lists its allowed domains, every source and contact is on them,
    /// and no composed plan text, in either language, carries a link or handle outside them.
    @Test func plansLinkOnlyToAllowedDomains() throws {
        let flow = try Fixtures.bundledFlow()
        #expect(flow.allowedDomains.count >= 20)
        let allowed = { (host: String) in flow.allowedDomains.contains { host == $0 || host.hasSuffix("." + $0) } }
        for source in flow.sources {
            #expect(CatalogCheck.isWebAddress(source.url), "\(source.id)")
            #expect(LinkCheck.host(of: source.url).map(allowed) == true, "\(source.id): \(source.url)")
        }
        let composer = PlanComposer(flow: flow)
        for path in PathEnumerator(flow: flow).allPaths() {
            let plan = composer.compose(answers: path.answers, asked: [])
            for language in Language.allCases {
                var texts = plan.steps.flatMap { step in
                    [step.title, step.text, step.cost, step.duration, step.deadline].compactMap { $0?.text(language) }
                }
                texts += plan.warnings.map { $0.text.text(language) }
                texts += plan.documents.flatMap { [$0.name.text(language), $0.note?.text(language) ?? ""] }
                texts += plan.contacts.flatMap { [$0.name.text(language), $0.note?.text(language) ?? "", $0.url ?? ""] }
                for text in texts {
                    let scan = LinkCheck.scan(text)
                    #expect(scan.handles.isEmpty, "\(text)")
                    #expect(scan.domains.allSatisfy(allowed), "\(scan.domains) in: \(text)")
                }
            }
        }
    }

    /// The index lint uses to find matching rules gives exactly what testing every rule gives.
    @Test func ruleIndexAgreesWithTestingEveryRule() throws {
        let flow = try Fixtures.bundledFlow()
        let index = RuleIndex(rules: flow.rules)
        for path in PathEnumerator(flow: flow).allPaths() {
            let answers = path.answers
            #expect(index.matching(answers).map(\.id) == flow.rules.filter { $0.when.matches(answers) }.map(\.id))
        }
    }

    @Test func everyPublicIdAndValueExists() throws {
        let flow = try Fixtures.bundledFlow()
        let expected: [String: [String]] = [
            "action": ["cancel", "renew"],
            "region": ["fr", "hk", "nc"],
            "card_type": ["keep", "travel", "data", "postpaid"],
            "abroad": ["yes", "no"],
        ]
        for (id, values) in expected {
            #expect(flow.question(id)?.options.map(\.value) == values)
        }
        let carriers = try #require(flow.question("carrier"))
        let byRegion = { (region: String) in carriers.visibleOptions(["region": region]).map(\.value) }
        #expect(byRegion("fr") == ["orange", "sfr", "bouygues", "free", "lebara", "lycamobile", "other"])
        #expect(byRegion("hk") == ["csl", "cmhk", "smartone", "three", "cuhk", "other"])
        #expect(byRegion("nc") == ["opt", "other"])
    }

    @Test func everyRegionCarrierTypeAndAbroadValueIsReachable() throws {
        let flow = try Fixtures.bundledFlow()
        var seen: Set<String> = []
        PathEnumerator(flow: flow).walk(onPath: { path in
            let a = path.answers
            seen.insert([a["action"], a["region"], a["carrier"], a["card_type"], a["abroad"]].compactMap { $0 }.joined(separator: "/"))
        })
        // 2 actions x (7 + 6 + 2 carriers) x 4 card types x 2 abroad values.
        #expect(seen.count == 2 * 15 * 4 * 2)
    }
}
