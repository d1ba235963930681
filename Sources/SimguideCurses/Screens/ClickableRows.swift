/// Which item is drawn on each screen row, for mouse clicks. Kept by row in an array rather than in a
/// dictionary: a screen has a few dozen rows, and the first frame then needs no hashing set up at run time.
struct ClickableRows {
    private var items: [Int?] = []

    /// The item drawn on `row`, if any; setting one on a row outside the screen is ignored.
    subscript(row: Int) -> Int? {
        get { items.indices.contains(row) ? items[row] : nil }
        set {
            guard row >= 0, row < Self.rowLimit else { return }
            if row >= items.count { items += Array(repeating: nil, count: row - items.count + 1) }
            items[row] = newValue
        }
    }

    /// More rows than any terminal has; a row beyond it is not kept.
    private static let rowLimit = 10_000
}
