import Testing
@testable import SimguideCore

/// Every path of the bundled flow must give a plan a person can act on.
@Suite struct BundledFlowTests {
    @Test func everyPathGivesAnActionablePlan() throws {
        let flow = try Fixtures.bundledFlow()
        let paths = PathEnumerator(flow: flow).allPaths()
        #expect(paths.count >= 2 * 6 * 4 * 2)
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

    /// The public answer ids of the design (used by `--answer`, saved sessions and scripts) exist with
    /// their meaning; a flow may add regions, carriers and values, so this checks inclusion, in order.
    @Test func everyPublicIdAndValueExists() throws {
        let flow = try Fixtures.bundledFlow()
        let expected: [String: [String]] = [
            "action": ["cancel", "renew"],
            "region": ["fr", "hk", "nc", "mo", "uk", "us"],
            "card_type": ["keep", "travel", "data", "postpaid"],
            "abroad": ["yes", "no"],
        ]
        for (id, values) in expected {
            let offered = flow.question(id)?.options.map(\.value) ?? []
            #expect(offered.filter(values.contains) == values, "\(id): \(offered)")
        }
        let carriers = try #require(flow.question("carrier"))
        let byRegion = { (region: String) in carriers.visibleOptions(["region": region]).map(\.value) }
        #expect(byRegion("fr").filter(["orange", "sfr", "bouygues", "free", "lebara", "lycamobile", "other"].contains) == ["orange", "sfr", "bouygues", "free", "lebara", "lycamobile", "other"])
        #expect(byRegion("hk").filter(["csl", "cmhk", "smartone", "three", "cuhk", "other"].contains) == ["csl", "cmhk", "smartone", "three", "cuhk", "other"])
        #expect(byRegion("nc").filter(["opt", "other"].contains) == ["opt", "other"])
        #expect(byRegion("mo").filter(["ctm", "three_mo", "ctmacau", "other"].contains) == ["ctm", "three_mo", "ctmacau", "other"])
        #expect(byRegion("uk").filter(["giffgaff", "ee", "vodafone", "o2", "three_uk", "lebara", "lycamobile", "other"].contains) == ["giffgaff", "ee", "vodafone", "o2", "three_uk", "lebara", "lycamobile", "other"])
        #expect(byRegion("us").filter(["ultra", "tmobile", "verizon", "mint", "other"].contains) == ["ultra", "tmobile", "verizon", "mint", "other"])
    }

    /// A carrier value offered in several regions (Lebara and Lycamobile in France and the UK) only ever
    /// gets the rules of the region it was chosen in: every rule a plan uses is the region's own or shared.
    @Test func aCarrierSharedByRegionsGetsOnlyItsRegionsRules() throws {
        let flow = try Fixtures.bundledFlow()
        let composer = PlanComposer(flow: flow)
        // Rules are named after their region ("fr-cancel-free"): one prefix per region the flow offers.
        let regions = flow.question("region")?.options.map(\.value) ?? []
        let prefixes = Dictionary(uniqueKeysWithValues: regions.map { ($0, "\($0)-") })
        var checked = 0
        for path in PathEnumerator(flow: flow).allPaths() {
            guard let region = path.answers["region"], let own = prefixes[region] else { continue }
            let plan = composer.compose(answers: path.answers, asked: [])
            let foreign = plan.ruleIDs.filter { id in prefixes.values.contains { id.hasPrefix($0) } && !id.hasPrefix(own) }
            #expect(foreign.isEmpty, "\(path.answers): \(foreign)")
            if ["lebara", "lycamobile"].contains(path.answers["carrier"]) { checked += 1 }
        }
        #expect(checked > 0)
    }

    @Test func everyRegionCarrierTypeAndAbroadValueIsReachable() throws {
        let flow = try Fixtures.bundledFlow()
        var seen: Set<String> = []
        PathEnumerator(flow: flow).walk(onPath: { path in
            let a = path.answers
            seen.insert([a["action"], a["region"], a["carrier"], a["card_type"], a["abroad"]].compactMap { $0 }.joined(separator: "/"))
        })
        // Every action x every (region, carrier shown for it) x every card type x every abroad value,
        // counted from the flow itself so that adding a region or carrier needs no change here.
        let options = { (id: String) in flow.question(id)?.options.map(\.value) ?? [] }
        let carriers = try #require(flow.question("carrier"))
        let regionCarrierPairs = options("region").reduce(0) { $0 + carriers.visibleOptions(["region": $1]).count }
        #expect(regionCarrierPairs == 7 + 6 + 2 + 4 + 8 + 5)
        #expect(seen.count == options("action").count * regionCarrierPairs * options("card_type").count * options("abroad").count)
    }
}

/// What a question's help says depends on the answers so far: no screen names another region's carriers.
@Suite struct RegionalHelpTests {
    @Test func theCarrierHelpNamesOnlyTheRegionsOwnCarriers() throws {
        let flow = try Fixtures.bundledFlow()
        let carrier = try #require(flow.question("carrier"))
        for region in try #require(flow.question("region")).options.map(\.value) {
            let shown = Set(carrier.visibleOptions(["region": region]).map(\.value))
            // The brand names of carriers offered only elsewhere ("Orange", "csl", "Vodafone"...).
            let foreign = carrier.options.filter { !shown.contains($0.value) }.compactMap { option -> String? in
                let name = option.label.text(.en).prefix { $0 != " " && $0 != "(" }
                return name.count >= 3 && !name.allSatisfy(\.isNumber) ? String(name) : nil
            }
            let help = try #require(carrier.help(["region": region]))
            for language in Language.allCases {
                for name in foreign {
                    #expect(!help.text(language).contains(name), "\(region) help (\(language)) names \(name)")
                }
            }
        }
    }

    @Test func aHelpListIsTriedInOrder() throws {
        let yaml = Fixtures.small.replacingOccurrences(of: "    prompt: {zh: 运营商？, en: Carrier?}", with: """
                prompt: {zh: 运营商？, en: Carrier?}
                help:
                  - {when: {region: fr}, text: {zh: 法国的帮助, en: Help for France}}
                  - {text: {zh: 其他帮助, en: Other help}}
            """)
        let carrier = try #require(try FlowLoader.load(yaml: yaml, name: "help.yaml").question("carrier"))
        #expect(carrier.help(["region": "fr"])?.text(.en) == "Help for France")
        #expect(carrier.help(["region": "hk"])?.text(.en) == "Other help")
    }
}
