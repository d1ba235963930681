import Foundation
import Testing
import SimguideCore
@testable import SimguideCurses

/// "Keep this card" on a renewal plan: named by the user, kept with the date the reminder recorded, in
/// every language and down to 40x12.
@Suite struct KeepCardTests {
    let wizard = WizardAppTests()
    /// renew, Hong Kong, csl, number-keeping card, abroad
    let renewHongKongCsl: [KeyEvent] = [.character("2"), .character("2"), .enter, .enter, .enter]

    final class Kept: @unchecked Sendable {
        var calls: [(name: String, answers: [String], lastTopUp: String?, expires: String?)] = []
    }

    private func renewal(_ language: Language, _ terminal: GridTerminal, kept: Kept) throws -> WizardApp {
        let app = try wizard.app(language)
        app.workingFolder = NSTemporaryDirectory()
        app.keepCard = { name, answers, lastTopUp, expires in
            kept.calls.append((name, answers.map { "\($0.question)=\($0.value)" }, lastTopUp, expires))
            return name
        }
        wizard.press(renewHongKongCsl, app, terminal)
        #expect(app.mode == .plan)
        return app
    }

    @Test func aRenewalPlanIsKeptWithItsNameAnswersAndExpiry() throws {
        let terminal = GridTerminal(rows: 24, columns: 80)
        let kept = Kept()
        let app = try renewal(.en, terminal, kept: kept)
        #expect(terminal.snapshot().contains("c keep"), "the footer offers it")
        wizard.press([.character("d")] + "2027-04-01".map(KeyEvent.character) + [.enter, .escape], app, terminal)
        wizard.press([.character("c")], app, terminal)
        #expect(terminal.snapshot().contains("Name: csl (incl. 1O1O, Club SIM; HKT) · Hong Kong (+852)"))
        wizard.press([.character("\u{15}")] + "HK csl 5678".map(KeyEvent.character) + [.enter], app, terminal)
        #expect(kept.calls.count == 1)
        #expect(kept.calls.first?.name == "HK csl 5678")
        #expect(kept.calls.first?.answers == ["action=renew", "region=hk", "carrier=csl", "card_type=keep", "abroad=yes"])
        #expect(kept.calls.first?.expires == "2027-04-01" && kept.calls.first?.lastTopUp == nil)
        #expect(terminal.snapshot().contains("Kept: HK csl 5678."))
        wizard.press([.enter], app, terminal)
        #expect(app.keepingCard == nil, "Enter after keeping closes")
    }

    @Test func inChineseAt40x12TheNameAndTheResultStayInView() throws {
        for language in [Language.zh, .zhHant] {
            let terminal = GridTerminal(rows: 12, columns: 40)
            let kept = Kept()
            let app = try renewal(language, terminal, kept: kept)
            wizard.press([.character("c"), .character("\u{15}")] + "香港备用".map(KeyEvent.character) + [.enter], app, terminal)
            #expect(kept.calls.first?.name == "香港备用")
            #expect(terminal.snapshot().contains(language == .zh ? "已保存：香港备用" : "已儲存：香港备用"), "\(terminal.snapshot())")
            #expect(terminal.snapshot().contains(language == .zh ? "还没有日期" : "還沒有日期"), "no date recorded yet: \(terminal.snapshot())")
            wizard.assertNoOverflow(terminal)
        }
    }

    @Test func aCancellationPlanOffersNoCardAndNeitherDoesAnUnsavedSession() throws {
        let terminal = GridTerminal(rows: 24, columns: 80)
        let app = try wizard.app(.en)
        app.keepCard = { name, _, _, _ in name }
        wizard.press(wizard.cancelHongKongCsl, app, terminal)
        #expect(!terminal.snapshot().contains("keep card"))
        wizard.press([.character("c")], app, terminal)
        #expect(app.keepingCard == nil)
        let unsaved = try wizard.app(.en)
        wizard.press(renewHongKongCsl, unsaved, terminal)
        #expect(!terminal.snapshot().contains("keep card"), "no keepCard (--no-save): not offered")
    }
}
