import Foundation
import Testing
import SimguideCore
@testable import SimguideCurses
import SimguideStore

/// At start-up with saved sessions, the wizard offers to continue one (newest first, with when, what and
/// how far) or to start afresh; a continued session keeps being saved into its own file.
@Suite struct SessionPickerTests {
    let wizard = WizardAppTests()
    let folder = NSTemporaryDirectory() + "simguide-picker-\(UUID().uuidString)"

    private func savedStore() throws -> SessionStore {
        let store = SessionStore(directory: folder + "/sessions")
        try store.save(SavedSession(id: "2026-11-20T08-00-00-aaaa", created: "2026-11-20T08:00:00Z", flowVersion: "x", language: "zh",
                                    answers: [.init(question: "action", value: "cancel"), .init(question: "region", value: "fr")]),
                       now: Date(timeIntervalSince1970: 1_789_000_000))
        try store.save(SavedSession(id: "2026-11-21T09-30-00-bbbb", created: "2026-11-21T09:30:00Z", flowVersion: "x", language: "zh",
                                    answers: [.init(question: "action", value: "cancel"), .init(question: "region", value: "hk"),
                                              .init(question: "carrier", value: "csl"), .init(question: "card_type", value: "keep"),
                                              .init(question: "abroad", value: "yes")],
                                    ticks: ["document:sim_card"]),
                       now: Date(timeIntervalSince1970: 1_790_000_000))
        return store
    }

    private func startedApp(_ store: SessionStore) throws -> WizardApp {
        let app = try wizard.app(.zh)
        app.keeper = SessionKeeper(store: store, flow: app.session.flow, language: .zh)
        app.offerSavedSessions(store.list().sessions)
        return app
    }

    @Test func offersTheSavedSessionsNewestFirst() throws {
        // The picker shows local times: the snapshot is taken in UTC.
        setenv("TZ", "UTC", 1)
        tzset()
        for (rows, columns) in [(24, 80), (12, 40)] {
            let terminal = GridTerminal(rows: rows, columns: columns)
            let app = try startedApp(try savedStore())
            app.draw(on: terminal)
            try wizard.compare(terminal, "picker-zh-\(columns)x\(rows)")
            wizard.assertNoOverflow(terminal)
            #expect(terminal.snapshot().contains("已有计划，勾选 1 项"))
            #expect(terminal.snapshot().contains("已答 2 题"))
        }
    }

    @Test func continuingASessionRestoresItAndSavesIntoIt() throws {
        let store = try savedStore()
        let app = try startedApp(store)
        let terminal = GridTerminal(rows: 24, columns: 80)
        wizard.press([.enter], app, terminal)  // the newest, with the plan
        #expect(app.mode == .plan)
        #expect(app.ticks == ["document:sim_card"])
        wizard.press([.character(" ")], app, terminal)
        #expect(store.list().sessions.count == 2, "saved into the chosen session, not a new one")
        #expect(try store.load(id: "2026-11-21T09-30-00-bbbb").ticks.count == 2)
    }

    @Test func escapeStartsAfreshAndQQuits() throws {
        let store = try savedStore()
        let app = try startedApp(store)
        let terminal = GridTerminal(rows: 24, columns: 80)
        wizard.press([.escape], app, terminal)
        #expect(app.mode == .question && app.session.history.isEmpty)
        #expect(!terminal.snapshot().contains("┌"))
        wizard.press([.enter], app, terminal)
        #expect(store.list().sessions.count == 3, "a fresh session is a new file")
        let other = try startedApp(store)
        #expect(wizard.press([.character("q")], other, terminal) == .quit(sawPlan: false))
        let choosing = try startedApp(store)
        wizard.press([.character("3")], choosing, terminal)
        #expect(choosing.session.answers.count >= 1)
    }
}
