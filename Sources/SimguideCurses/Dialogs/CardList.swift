import SimguideCore
import SimguideExports

/// The cards the user keeps, as the wizard's first screen shows them when there are any: most urgent
/// first, and what can be done with the focused one (open its plan, record a top-up today or the new
/// expiry date, start its cancellation, remove it).
struct CardList {
    var entries: [CardAgenda.Entry]
    var selected = 0
    /// The expiry date being typed for the focused card, while `e` is in progress.
    var typingExpiry: String?
    /// Whether `x` asked "remove this card?" and waits for `y`.
    var confirmingRemove = false
    var result: (text: String, failed: Bool)?

    var focused: CardAgenda.Entry? { entries.indices.contains(selected) ? entries[selected] : nil }

    /// What a key asks for; cards are named by id.
    enum Action: Equatable {
        case none, close, quit
        case open(String), toppedUp(String), expires(String, String), cancel(String), remove(String)
    }

    mutating func handle(_ key: KeyEvent) -> Action {
        guard let card = focused else { return key == .character("q") ? .quit : .close }
        if var typed = typingExpiry {
            switch key {
            case .escape: typingExpiry = nil
            case .enter:
                typingExpiry = nil
                return .expires(card.id, typed)
            case .backspace:
                if !typed.isEmpty { typed.removeLast() }
                typingExpiry = typed
            case .character(let c) where c.isNumber || "-/.年月日".contains(c):
                typingExpiry = typed + String(c)
            default: break
            }
            return .none
        }
        if confirmingRemove {
            confirmingRemove = false
            result = nil
            return key == .character("y") || key == .character("Y") ? .remove(card.id) : .none
        }
        result = nil
        switch key {
        case .up, .character("k"), .wheelUp: selected = max(0, selected - 1)
        case .down, .character("j"), .wheelDown: selected = min(entries.count - 1, selected + 1)
        case .enter, .right: return .open(card.id)
        case .character("t"): return .toppedUp(card.id)
        case .character("e"): typingExpiry = ""
        case .character("c"): return .cancel(card.id)
        case .character("x"): confirmingRemove = true
        case .escape: return .close
        case .character("q"): return .quit
        default: break
        }
        return .none
    }
}

/// What the wizard may do with the user's cards, given by the command line that owns the card list.
public struct CardBook {
    /// Every card with its status as of today.
    public var entries: () throws -> [CardAgenda.Entry]
    /// Records a top-up today for the card with this id.
    public var toppedUp: (String) throws -> Void
    /// Records the expiry date the operator shows (`YYYY-MM-DD`).
    public var expires: (String, String) throws -> Void
    public var remove: (String) throws -> Void

    public init(entries: @escaping () throws -> [CardAgenda.Entry], toppedUp: @escaping (String) throws -> Void,
                expires: @escaping (String, String) throws -> Void, remove: @escaping (String) throws -> Void) {
        self.entries = entries
        self.toppedUp = toppedUp
        self.expires = expires
        self.remove = remove
    }
}
