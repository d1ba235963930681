import Foundation
import Testing
import SimguideCore
import SimguideCurses
import SimguideTestSupport

/// A language added as a catalogue file, with no Swift, is shown by the full-screen wizard and reached
/// with `l`.
@Suite struct InterfaceLanguageTests {
    func app(_ language: Language) throws -> WizardApp {
        WizardApp(flow: try FlowLoader.load(path: InterfaceFixture.repository.appendingPathComponent("Resources/flow/simguide.yaml").path),
                  language: language)
    }

    @Test func theWizardSpeaksANewCatalogue() throws {
        let folder = try InterfaceFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let japanese = try #require(InterfaceTexts(folder: folder.path).language("ja"))
        let terminal = GridTerminal(rows: 24, columns: 80)
        let app = try app(japanese)
        app.draw(on: terminal)
        let screen = terminal.snapshot()
        #expect(screen.contains("ステップ 1（最大 6）"))
        #expect(screen.contains("q 終了"))
        // Flow texts the flow has no Japanese for are in English, the documented fallback.
        #expect(screen.contains("What do you want to do with this SIM card?"))
    }

    @Test func lGoesThroughEveryCatalogue() throws {
        let folder = try InterfaceFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let english = try #require(InterfaceTexts(folder: folder.path).language("en"))
        let terminal = GridTerminal(rows: 24, columns: 80)
        let app = try app(english)
        app.draw(on: terminal)
        #expect(terminal.snapshot().contains("l 日本語"))
        _ = app.handle(.character("l"), size: terminal.size)
        app.draw(on: terminal)
        #expect(app.language.code == "ja")
        #expect(terminal.snapshot().contains("ステップ 1（最大 6）"))
        #expect(terminal.snapshot().contains("l 简体"))
        _ = app.handle(.character("l"), size: terminal.size)
        #expect(app.language.code == "zh")
    }
}
