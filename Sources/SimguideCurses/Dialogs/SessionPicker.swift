import SimguideStore

/// Offered at start-up when sessions are saved: continue one of them (newest first) or start afresh.
struct SessionPicker {
    /// The sessions offered, newest first; at most `limit`.
    let sessions: [(saved: SavedSession, summary: SessionSummary)]
    /// 0 starts afresh; 1... continues `sessions[selected - 1]`.
    var selected = 1
    /// Why the last choice could not be opened (it is open in another wizard).
    var note: String?

    /// Sessions shown at most, so every choice has a digit.
    static let limit = 8

    init(sessions: [(saved: SavedSession, summary: SessionSummary)]) {
        self.sessions = Array(sessions.prefix(Self.limit))
    }

    /// What a key asks for.
    enum Action: Equatable {
        case none, startAfresh, quit
        case resume(SavedSession)
    }

    mutating func handle(_ key: KeyEvent) -> Action {
        note = nil
        switch key {
        case .up, .character("k"), .wheelUp: selected = max(0, selected - 1)
        case .down, .character("j"), .wheelDown: selected = min(sessions.count, selected + 1)
        case .home: selected = 0
        case .end: selected = sessions.count
        case .enter, .right, .character(" "): return choose(selected)
        case .character(let c) where c.isNumber:
            if let number = c.wholeNumberValue, (1...sessions.count + 1).contains(number) { return choose(number - 1) }
        case .escape: return .startAfresh
        case .character("q"): return .quit
        default: break
        }
        return .none
    }

    private func choose(_ index: Int) -> Action {
        index == 0 ? .startAfresh : .resume(sessions[index - 1].saved)
    }
}
