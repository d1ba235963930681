import SimguideCore

/// An in-memory terminal: a grid of cells that tests draw on, read back as text, and feed keys to.
///
/// A wide character takes two cells, as on a real terminal; one that would cross the right edge is not
/// drawn. `snapshot()` gives the screen as plain lines for golden files.
public final class GridTerminal: TerminalScreen {
    public private(set) var size: (rows: Int, columns: Int)
    public let drawsLines = true
    /// The cell the cursor was last placed on.
    public private(set) var cursor: (row: Int, column: Int) = (0, 0)
    private var cells: [[String]]
    private var styles: [[TextStyle]]
    private var keys: [KeyEvent]

    public init(rows: Int, columns: Int, keys: [KeyEvent] = []) {
        size = (rows, columns)
        cells = Array(repeating: Array(repeating: " ", count: columns), count: rows)
        styles = Array(repeating: Array(repeating: .normal, count: columns), count: rows)
        self.keys = keys
    }

    /// Changes the size and queues a `.resize` event, as a terminal window resize does.
    public func resize(rows: Int, columns: Int) {
        size = (rows, columns)
        clear()
        keys.insert(.resize, at: 0)
    }

    /// Adds keys to read.
    public func type(_ events: [KeyEvent]) { keys += events }

    /// Adds each character of a string as a key.
    public func type(_ text: String) { keys += text.map { KeyEvent.character($0) } }

    public func clear() {
        cells = Array(repeating: Array(repeating: " ", count: size.columns), count: size.rows)
        styles = Array(repeating: Array(repeating: .normal, count: size.columns), count: size.rows)
    }

    public func draw(_ text: String, row: Int, column: Int, style: TextStyle) {
        guard row >= 0, row < size.rows else { return }
        var x = max(0, column)
        for character in VisibleControls.visible(text) {
            let width = DisplayWidth.of(character)
            if width == 0 { continue }
            if x + width > size.columns { break }
            // Like a terminal: overwriting half of a wide character blanks its other half.
            if cells[row][x] == "", x > 0 { cells[row][x - 1] = " " }
            if width == 1, x + 1 < size.columns, cells[row][x + 1] == "" { cells[row][x + 1] = " " }
            if width == 2, x + 2 < size.columns, cells[row][x + 2] == "" { cells[row][x + 2] = " " }
            cells[row][x] = String(character)
            styles[row][x] = style
            if width == 2 {
                cells[row][x + 1] = ""  // covered by the wide character on its left
                styles[row][x + 1] = style
            }
            x += width
        }
    }

    public func placeCursor(row: Int, column: Int) { cursor = (row, column) }
    public func refresh() {}

    public func readKey() -> KeyEvent? { keys.isEmpty ? nil : keys.removeFirst() }

    /// The screen as text, one line per row, trailing spaces removed.
    public func snapshot() -> String {
        cells.map { row in
            var line = row.joined()
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n") + "\n"
    }

    /// The rows whose cells have a style, for checking that focus and warnings are drawn.
    public func rows(styled style: TextStyle) -> [Int] {
        styles.indices.filter { styles[$0].contains(style) }
    }
}
