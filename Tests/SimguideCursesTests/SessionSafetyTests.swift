import Foundation
import Testing
import SimguideCore
@testable import SimguideCurses
@testable import SimguideStore

/// Saved progress is not lost without a word: a session open in one wizard is not opened in a second,
/// quitting after a failed save asks first, and damaged files set aside are told on screen.
@Suite struct SessionSafetyTests {
    let folder = NSTemporaryDirectory() + "simguide-lock-\(UUID().uuidString)"

    @Test func aHeldLockNamesItsProcessAndAGoneOneIsTakenOver() throws {
        let first = try SessionLock.acquire(id: "s1", in: folder)
        #expect(throws: SessionLock.HeldElsewhere(id: "s1", pid: getpid())) { try SessionLock.acquire(id: "s1", in: folder) }
        first.release()
        #expect(!FileManager.default.fileExists(atPath: first.path))
        let again = try SessionLock.acquire(id: "s1", in: folder)
        again.release()
        // A lock left by a process that no longer runs.
        try "2147483000\n".write(toFile: folder + "/s2.lock", atomically: true, encoding: .utf8)
        let taken = try SessionLock.acquire(id: "s2", in: folder)
        #expect(try String(contentsOfFile: taken.path, encoding: .utf8) == "\(getpid())\n")
    }

    @Test func thePickerSaysWhenASessionIsOpenElsewhere() throws {
        let wizard = WizardAppTests()
        let store = SessionStore(directory: folder + "/sessions")
        try store.save(SavedSession(id: "open-one", created: "2026-11-20T08:00:00Z", flowVersion: "x", language: "en",
                                    answers: [.init(question: "action", value: "cancel")]))
        let elsewhere = try SessionLock.acquire(id: "open-one", in: store.directory)
        let app = try wizard.app(.en)
        app.keeper = SessionKeeper(store: store, flow: app.session.flow, language: .en)
        app.offerSavedSessions(store.list().sessions)
        let terminal = GridTerminal(rows: 12, columns: 40)
        wizard.press([.enter], app, terminal)
        #expect(app.picking != nil)
        #expect(terminal.snapshot().contains("open in another"), "\(terminal.snapshot())")
        #expect(app.session.history.isEmpty)
        elsewhere.release()
        wizard.press([.enter], app, terminal)
        #expect(app.picking == nil)
        #expect(app.session.answers["action"] == "cancel")
    }

    @Test func quittingAfterAFailedSaveAsksFirst() throws {
        let wizard = WizardAppTests()
        let app = try wizard.app(.en)
        // A store that cannot be written: its folder would be inside a file.
        try "not a folder".write(toFile: folder + "-file", atomically: true, encoding: .utf8)
        app.keeper = SessionKeeper(store: SessionStore(directory: folder + "-file/sessions"), flow: app.session.flow, language: .en)
        let terminal = GridTerminal(rows: 24, columns: 80)
        wizard.press([.enter], app, terminal)
        #expect(terminal.snapshot().contains("Progress not saved"))
        #expect(wizard.press([.character("q")], app, terminal) == nil, "quit without asking after a failed save")
        #expect(terminal.snapshot().contains("could not be saved"))
        #expect(wizard.press([.character("y")], app, terminal) == .quit(sawPlan: false))
    }

    @Test func damagedSessionsAreToldOnTheFirstScreen() throws {
        let wizard = WizardAppTests()
        let app = try wizard.app(.zh)
        app.noteSetAside(["broken.json"])
        let terminal = GridTerminal(rows: 24, columns: 80)
        app.draw(on: terminal)
        #expect(terminal.snapshot().contains("1 个进度文件已损坏，已移到 set-aside 文件夹：broken.json"))
    }
}
