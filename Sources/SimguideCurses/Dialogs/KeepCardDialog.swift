/// "Keep this card" on a renewal plan: the user names the card ("法国 Free 备用号", the last four digits),
/// and it joins the list of cards they keep (`simguide cards`), with the expiry or top-up date the
/// reminder dialog recorded.
struct KeepCardDialog {
    var name: String
    var result: (text: String, failed: Bool)?
    /// Whether the card was kept (Enter again closes).
    var kept = false

    enum Action: Equatable {
        case none, close, save
    }

    mutating func handle(_ key: KeyEvent) -> Action {
        switch key {
        case .escape: return .close
        case .enter: return kept ? .close : .save
        case .backspace:
            if !name.isEmpty { name.removeLast() }
        case .character("\u{15}"): name = ""
        case .character(let character) where !kept:
            name.append(character)
        default: break
        }
        if !kept { result = nil }
        return .none
    }
}
