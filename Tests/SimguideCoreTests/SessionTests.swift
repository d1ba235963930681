import Testing
@testable import SimguideCore

/// Moving through a flow: answers, back, changing an earlier answer, hidden options, progress.
@Suite struct SessionTests {
    private func session(_ answers: [String]) throws -> Session {
        var session = Session(flow: try Fixtures.smallFlow())
        for answer in answers { try session.answer(answer) }
        return session
    }

    @Test func optionsFollowEarlierAnswers() throws {
        #expect(try session(["cancel", "fr"]).visibleOptions.map(\.value) == ["free", "orange", "other"])
        #expect(try session(["cancel", "hk"]).visibleOptions.map(\.value) == ["csl", "other"])
    }

    @Test func aHiddenOptionIsRefusedWithTheAllowedOnes() throws {
        var session = try session(["cancel", "hk"])
        #expect(throws: Session.Problem.notAllowed(question: "carrier", value: "free", allowed: ["csl", "other"])) {
            try session.answer("free")
        }
        #expect(session.currentID == "carrier")
        #expect(session.history == ["action", "region"])
    }

    @Test func branchingFollowsNextRules() throws {
        #expect(try session(["cancel", "fr", "free"]).currentID == "commitment")
        #expect(try session(["renew", "fr", "free"]).currentID == "abroad")
        let done = try session(["cancel", "fr", "free", "none", "yes"])
        #expect(done.isComplete)
        #expect(done.answers == ["action": "cancel", "region": "fr", "carrier": "free", "commitment": "none", "abroad": "yes"])
    }

    @Test func backReturnsToThePreviousQuestionAndSuggestsItsAnswer() throws {
        var session = try session(["cancel", "fr", "orange"])
        let wentBack = session.back()
        #expect(wentBack)
        #expect(session.currentID == "carrier")
        #expect(session.answers["carrier"] == nil)
        #expect(session.suggestedValue == "orange")
        session.back()
        session.back()
        #expect(session.currentID == "action")
        let atStart = session.back()
        #expect(!atStart)
    }

    @Test func changingAnEarlierAnswerKeepsTheAnswersThatStillFit() throws {
        var session = try session(["cancel", "fr", "other", "some", "yes"])
        let dropped = try session.change("action", to: "renew")
        #expect(dropped == [])
        // renew skips the commitment question; carrier and abroad are kept.
        #expect(session.isComplete)
        #expect(session.history == ["action", "region", "carrier", "abroad"])
        #expect(session.answers["commitment"] == nil)
        #expect(session.answers["abroad"] == "yes")
    }

    @Test func changingAnEarlierAnswerDropsDependentsThatNoLongerFit() throws {
        var session = try session(["renew", "fr", "free", "no"])
        let dropped = try session.change("region", to: "hk")
        #expect(dropped == ["carrier"])
        #expect(session.currentID == "carrier")
        #expect(session.suggestedValue == nil)
        #expect(session.visibleOptions.map(\.value) == ["csl", "other"])
        // Once the dropped question is answered again, the later answer that still fits is reused.
        try session.answer("csl")
        #expect(session.isComplete)
        #expect(session.answers == ["action": "renew", "region": "hk", "carrier": "csl", "abroad": "no"])
    }

    @Test func optionsForChangingUseOnlyEarlierAnswers() throws {
        let session = try session(["cancel", "hk", "csl", "no"])
        #expect(session.optionsForChanging("carrier").map(\.value) == ["csl", "other"])
        #expect(session.optionsForChanging("region").map(\.value) == ["fr", "hk"])
        #expect(session.optionsForChanging("nothing").isEmpty)
    }

    @Test func progressCountsTheLongestPathStillPossible() throws {
        #expect(try session([]).progress == (1, 5))
        #expect(try session(["renew"]).progress == (2, 4))  // renewing never asks about commitment
        #expect(try session(["cancel", "hk"]).progress == (3, 4))
        #expect(try session(["cancel", "fr"]).progress == (3, 5))
        #expect(try session(["cancel", "fr", "free", "none", "no"]).progress == (5, 5))
    }

    @Test func reviewListsAnswersInOrder() throws {
        let review = try session(["cancel", "hk", "csl"]).review
        #expect(review.map(\.question.id) == ["action", "region", "carrier"])
        #expect(review.map { $0.option.label.text(.zh) } == ["注销", "香港", "csl"])
    }

    @Test func answeringAfterTheEndIsRefused() throws {
        var session = try session(["renew", "hk", "csl", "no"])
        #expect(throws: Session.Problem.finished) { try session.answer("yes") }
    }
}
