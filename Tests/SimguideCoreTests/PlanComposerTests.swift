import Testing
@testable import SimguideCore

/// Composing a plan from every matching rule: phases, order, de-duplication, sources.
@Suite struct PlanComposerTests {
    private func plan(_ answers: [String]) throws -> Plan {
        var session = Session(flow: try Fixtures.smallFlow())
        for answer in answers { try session.answer(answer) }
        return PlanComposer(flow: session.flow).compose(session)
    }

    @Test func stepsAreGroupedByPhaseAndOrdered() throws {
        let plan = try plan(["cancel", "fr", "free", "none", "yes"])
        #expect(plan.sections.map(\.phase) == [.prepare, .act, .afterwards])
        #expect(plan.steps.map { $0.title.text(.en) } == ["Move accounts", "Send a letter", "Cancel online", "Keep the confirmation"])
        #expect(plan.ruleIDs == ["all", "cancel", "cancel-fr"])
    }

    @Test func documentsContactsAndSourcesAreListedOnceInOrderOfUse() throws {
        let plan = try plan(["cancel", "fr", "free", "none", "yes"])
        #expect(plan.documents.map(\.id) == ["passport", "login", "proof"])
        #expect(plan.sources.map(\.id) == ["s2", "s1"])
        #expect(plan.citation("s1") == 2)
    }

    @Test func identicalWarningsAppearOnce() throws {
        #expect(try plan(["cancel", "fr", "free", "none", "yes"]).warnings.count == 1)
    }

    @Test func notAndAnyOfConditionsSelectRules() throws {
        #expect(try plan(["renew", "fr", "free", "no"]).ruleIDs == ["all", "renew"])
        #expect(try plan(["renew", "hk", "csl", "no"]).ruleIDs == ["all", "renew-hk"])
    }

    @Test func thePlanCarriesTheAnswers() throws {
        let plan = try plan(["renew", "hk", "csl", "no"])
        #expect(plan.answers.map(\.option.value) == ["renew", "hk", "csl", "no"])
        #expect(plan.flowVersion == "test-1")
    }
}
