import Foundation
import Testing

/// `NO_COLOR` (no-color.org): colours are off when it is set to anything but the empty string.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed; make test installs it"))
struct NoColorTests {
    /// Whether the first question of the wizard is drawn with a foreground or background colour.
    private func drawsInColour(noColor: String?) throws -> Bool {
        let state = NSTemporaryDirectory() + "simguide-state-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: state) }
        let tmux = try TmuxSession(columns: 80, rows: 24)
        let setting = noColor.map { "NO_COLOR='\($0)' " } ?? ""
        try tmux.type("\(setting)XDG_STATE_HOME=\(state) \(BinaryRunner.binary.path) --lang en --no-save")
        tmux.waitFor("What do you want to do")
        let screen = tmux.styledScreen()
        try tmux.keys("q")
        // SGR parameters 30-37 and 40-47 (or their 38;/48; forms) are colours; bold and reverse are not.
        return screen.range(of: "\u{1B}\\[([0-9]+;)*[34][0-8][;m]", options: .regularExpression) != nil
    }

    @Test func unsetOrEmptyKeepsColoursAndAnyValueTurnsThemOff() throws {
        #expect(try drawsInColour(noColor: nil))
        #expect(try drawsInColour(noColor: ""))
        #expect(try !drawsInColour(noColor: "1"))
    }
}
