import SimguideCore
import SimguideExports

/// The reminder dialog of a renewal plan: the user types the day of the last top-up (when the content
/// has a validity rule for the card) or the expiry date the operator shows; the wizard computes the
/// deadline and saves a calendar file.
struct ReminderDialog {
    /// What the typed date means (and the session field it is kept in).
    typealias Kind = PlanActions.ReminderDate

    /// The kinds offered: a top-up date only when the plan has a validity rule.
    let kinds: [Kind]
    var selected = 0
    var result: (text: String, failed: Bool)?

    init(hasRule: Bool) {
        kinds = hasRule ? [.lastTopUp, .expiry] : [.expiry]
    }

    var kind: Kind { kinds[selected] }

    enum Action: Equatable {
        case none, close, save
        case type(field: String, Character)
        case erase(field: String)
    }

    mutating func handle(_ key: KeyEvent) -> Action {
        switch key {
        case .escape: return .close
        case .up, .down, .tab:
            selected = (selected + 1) % kinds.count
            result = nil
        case .enter: return .save
        case .backspace: return .erase(field: kind.rawValue)
        case .character(let character) where character.isNumber || "-/.".contains(character):
            return .type(field: kind.rawValue, character)
        default: break
        }
        return .none
    }
}
