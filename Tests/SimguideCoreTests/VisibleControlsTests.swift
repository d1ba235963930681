import Testing
@testable import SimguideCore

/// What reaches a terminal: control characters shown, never obeyed, and measured as drawn.
@Suite struct VisibleControlsTests {
    @Test func controlsAreShownInCaretOrCodeForm() {
        #expect(VisibleControls.visible("a\u{1B}]52;c;aGk=\u{07}b") == "a^[]52;c;aGk=^Gb")
        #expect(VisibleControls.visible("tab\there\r\n") == "tab^Ihere^M\n")
        #expect(VisibleControls.visible("\u{9B}2J \u{7F}") == "<U+009B>2J ^?")
        #expect(VisibleControls.visible("abc\u{202E}fed") == "abc<U+202E>fed")
        #expect(VisibleControls.visible("中文 and e\u{301}\n") == "中文 and e\u{301}\n", "ordinary text is untouched")
    }

    @Test func layoutCountsTheColumnsOfWhatIsDrawn() {
        #expect(DisplayWidth.of("a\u{1B}b") == 4)
        #expect(DisplayWidth.of("\u{202E}") == 8)
        #expect(DisplayWidth.of("a\nb") == 2)
        let wrapped = TextLayout.wrap("\u{1B}\u{1B}\u{1B}\u{1B}\u{1B}\u{1B}", width: 5)
        #expect(wrapped.allSatisfy { DisplayWidth.of(VisibleControls.visible($0)) <= 5 })
    }
}
