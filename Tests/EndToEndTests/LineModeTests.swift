import Testing

/// The wizard with its input piped in, as from a script or a screen reader's plain terminal.
@Suite struct LineModeTests {
    @Test func aPipedSessionEndsWithThePlan() throws {
        // cancel, Hong Kong, csl, number-keeping card, abroad
        let result = try BinaryRunner.run(["--lang", "zh"], input: "1\n2\n1\n1\n1\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("[第 5 步，最多 5 步]"))
        #expect(result.stdout.contains("储值卡没有合约可解"))
        #expect(result.stdout.hasSuffix("内容版本：2026.11.25\n"))
    }

    @Test func backAndReviewWorkThroughAPipe() throws {
        // renew, France, back, Hong Kong, cmhk, keep, review: change carrier to csl, then abroad = yes
        let input = "2\n1\nb\n2\n2\n1\nr\n3\n1\n1\n"
        let result = try BinaryRunner.run(["--lang", "en"], input: input)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Last answer: France (+33)"))
        #expect(result.stdout.contains("Change: Which carrier is it?"))
        #expect(result.stdout.contains("csl: top up by bank online bill payment"))
        #expect(!result.stdout.contains("China Mobile Hong Kong: top up online"))
    }

    @Test func endOfInputBeforeThePlanExitsFive() throws {
        let result = try BinaryRunner.run(["--plain"], input: "1\n")
        #expect(result.status == 5)
        #expect(result.stdout.contains("Input ended before the plan was complete."))
    }
}
