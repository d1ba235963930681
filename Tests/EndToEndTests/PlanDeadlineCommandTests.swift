import Foundation
import Testing

/// `simguide plan --expires` and `--last-top-up`: the deadline is in every format, and dates are read
/// the same way as in the wizard. (The bundled content has no validity rule, so a top-up date alone
/// gives no deadline: the operator's expiry date does.)
@Suite struct PlanDeadlineCommandTests {
    private let renewal = ["plan", "--lang", "en", "--answer", "action=renew", "--answer", "region=hk", "--answer", "carrier=csl",
                           "--answer", "card_type=keep", "--answer", "abroad=yes", "--expires"]

    @Test func theDeadlineIsInEveryFormat() throws {
        for format in ["text", "markdown", "html", "json"] {
            let result = try BinaryRunner.run(renewal + ["2027-04-01", "--format", format])
            #expect(result.status == 0, "\(format): \(result.stderr)")
            #expect(result.stdout.contains("Valid until 2027-04-01; renew by 2027-03-25"), "\(format)")
            #expect(!result.stdout.contains("Give the date of the last top-up"), "\(format)")
        }
        #expect(try BinaryRunner.run(renewal + ["2027-04-01", "--format", "json"]).stdout.contains("\"expiry\" : \"2027-04-01\""))
    }

    @Test func aTopUpDateWithoutAValidityRuleAsksForTheExpiry() throws {
        let result = try BinaryRunner.run(renewal.dropLast() + ["--last-top-up", "2026-10-03"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("our sources give no validity rule for this card; enter the expiry date the operator shows instead"))
    }

    @Test func datesAreReadLeniently() throws {
        for text in ["2027/04/01", "2027-4-1", " 2027-04-01 "] {
            let result = try BinaryRunner.run(renewal + [text])
            #expect(result.status == 0, "\(text): \(result.stderr)")
            #expect(result.stdout.contains("Valid until 2027-04-01"), "\(text)")
        }
    }

    @Test func impossibleDatesAreRefusedWithTheReason() throws {
        let february = try BinaryRunner.run(renewal + ["2026-02-30"])
        #expect(february.status == 2)
        #expect(february.stderr.contains("2026-02-30: February 2026 has 28 days"), "\(february.stderr)")
        let year = try BinaryRunner.run(renewal + ["3026-10-03"])
        #expect(year.status == 2)
        #expect(year.stderr.contains("between 1900 and 2200"), "\(year.stderr)")
    }
}
