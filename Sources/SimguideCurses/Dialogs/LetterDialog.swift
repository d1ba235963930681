import SimguideCore

/// The letter dialog of the plan screen: pick one of the letters the plan offers, fill in its blanks
/// (remembered in the session), save it as text and HTML ready to print and sign.
struct LetterDialog {
    let letters: [Letter]
    /// The chosen letter, once picked; the list shows until then.
    var chosen: Int?
    var selected = 0
    /// The blanks of the chosen letter, in form order, and the focused one.
    var fields: [String] = []
    var focus = 0
    /// The outcome of the last save, shown in the dialog.
    var result: (text: String, failed: Bool)?
    /// Set after the first Enter when the letter's files exist: the next Enter replaces them.
    var confirmingReplace = false

    /// The blanks the flow declares, in the order a form asks for them.
    let blankOrder: [String]

    init(letters: [Letter], blankOrder: [String]) {
        self.letters = letters
        self.blankOrder = blankOrder
    }

    /// What a key asks the dialog to do.
    enum Action: Equatable {
        case none, close, save
        /// Add a character to a blank, erase its last one, or empty it.
        case type(field: String, Character)
        case erase(field: String)
        case clear(field: String)
    }

    mutating func handle(_ key: KeyEvent, answers: [String: String]) -> Action {
        if key != .enter { confirmingReplace = false }
        guard chosen != nil else {
            switch key {
            case .escape: return .close
            case .up, .character("k"): selected = max(0, selected - 1)
            case .down, .character("j"): selected = min(letters.count - 1, selected + 1)
            case .enter, .right: choose(selected, answers: answers)
            case .character(let c) where c.isNumber:
                if let number = c.wholeNumberValue, (1...letters.count).contains(number) { choose(number - 1, answers: answers) }
            default: break
            }
            return .none
        }
        switch key {
        case .escape:
            if letters.count == 1 { return .close }
            chosen = nil
            result = nil
        case .up: focus = max(0, focus - 1)
        case .down, .tab: focus = min(fields.count - 1, focus + 1)
        case .enter: return .save
        case .backspace: return .erase(field: fields[focus])
        case .character("\u{15}"): return .clear(field: fields[focus])
        case .character(let character) where !(character.asciiValue.map { $0 < 32 } ?? false):
            return .type(field: fields[focus], character)
        default: break
        }
        return .none
    }

    mutating func choose(_ index: Int, answers: [String: String]) {
        chosen = index
        fields = letters[index].fieldsUsed(for: answers, order: blankOrder)
        focus = 0
        result = nil
    }

    var letter: Letter? { chosen.map { letters[$0] } }
}
