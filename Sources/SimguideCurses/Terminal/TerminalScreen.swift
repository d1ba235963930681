/// What the wizard needs from a terminal: its size, drawing text at a place, the cursor, and keys.
///
/// Two implementations: `CursesTerminal` (the real one) and `GridTerminal` (in memory, for tests).
/// Nothing above this protocol sees a C type.
public protocol TerminalScreen: AnyObject {
    /// Rows and columns.
    var size: (rows: Int, columns: Int) { get }
    /// Whether box and line characters (─ │ ┌) can be drawn; ASCII (- | +) otherwise.
    var drawsLines: Bool { get }
    func clear()
    /// Draws text starting at a cell; text past the right edge is cut, never wrapped.
    func draw(_ text: String, row: Int, column: Int, style: TextStyle)
    /// Puts the real cursor on a cell, so screen readers and braille displays follow the focus.
    func placeCursor(row: Int, column: Int)
    func refresh()
    /// The next key, or `nil` when no more keys will come (input closed or a signal asked to stop).
    func readKey() -> KeyEvent?
}

/// How text is drawn. Focus is always shown by a marker too, never by style alone.
public enum TextStyle: Sendable, Equatable {
    case normal, title, focus, dim, warning, ticked
}

/// One key press or terminal event, already decoded.
public enum KeyEvent: Equatable, Sendable {
    case character(Character)
    case up, down, left, right, enter, backspace, escape, tab
    case pageUp, pageDown, home, end
    /// The terminal changed size; the next draw uses the new size.
    case resize
    /// A mouse button pressed on a cell (a release is no event: one click is one action).
    case click(row: Int, column: Int)
    /// The mouse wheel turned up (away from the user) or down.
    case wheelUp, wheelDown
}
