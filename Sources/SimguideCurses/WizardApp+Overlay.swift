/// What is open over the screen, as one value: at most one dialog or prompt at a time (the keys overlay,
/// `showingHelp`, may sit over any of them). The named accessors read and close one kind.
extension WizardApp {
    enum Overlay {
        case none
        /// "Quit now?" when answers would be lost.
        case quit
        case export(ExportDialog)
        case letter(LetterDialog)
        case reminder(ReminderDialog)
        /// The saved sessions offered at start-up.
        case picker(SessionPicker)
        /// "Keep this card": its name, before it joins the user's cards.
        case keepCard(KeepCardDialog)
        /// The cards the user keeps, on the first screen.
        case cards(CardList)
        /// The plan's search line (`/`) with the text typed so far.
        case search(String)
    }

    /// The export dialog, while it is open.
    var exporting: ExportDialog? {
        get { if case .export(let dialog) = overlay { return dialog } else { return nil } }
        set { overlay = newValue.map(Overlay.export) ?? closing { if case .export = $0 { return true } else { return false } } }
    }

    /// The letter dialog, while it is open.
    var writingLetter: LetterDialog? {
        get { if case .letter(let dialog) = overlay { return dialog } else { return nil } }
        set { overlay = newValue.map(Overlay.letter) ?? closing { if case .letter = $0 { return true } else { return false } } }
    }

    /// The renewal reminder dialog, while it is open.
    var settingReminder: ReminderDialog? {
        get { if case .reminder(let dialog) = overlay { return dialog } else { return nil } }
        set { overlay = newValue.map(Overlay.reminder) ?? closing { if case .reminder = $0 { return true } else { return false } } }
    }

    /// The start-up session picker, until a session is chosen or the user starts afresh.
    var picking: SessionPicker? {
        get { if case .picker(let picker) = overlay { return picker } else { return nil } }
        set { overlay = newValue.map(Overlay.picker) ?? closing { if case .picker = $0 { return true } else { return false } } }
    }

    /// The "keep this card" dialog, while it is open.
    var keepingCard: KeepCardDialog? {
        get { if case .keepCard(let dialog) = overlay { return dialog } else { return nil } }
        set { overlay = newValue.map(Overlay.keepCard) ?? closing { if case .keepCard = $0 { return true } else { return false } } }
    }

    /// The list of kept cards, while it is open.
    var listingCards: CardList? {
        get { if case .cards(let list) = overlay { return list } else { return nil } }
        set { overlay = newValue.map(Overlay.cards) ?? closing { if case .cards = $0 { return true } else { return false } } }
    }

    /// The plan search line's text, while it is open.
    var searchText: String? {
        get { if case .search(let text) = overlay { return text } else { return nil } }
        set { overlay = newValue.map(Overlay.search) ?? closing { if case .search = $0 { return true } else { return false } } }
    }

    var confirmingQuit: Bool {
        get { if case .quit = overlay { return true } else { return false } }
        set { overlay = newValue ? .quit : closing { if case .quit = $0 { return true } else { return false } } }
    }

    /// `.none` when the open overlay is of the kind being closed; otherwise the overlay stays as it is.
    private func closing(_ isKind: (Overlay) -> Bool) -> Overlay { isKind(overlay) ? .none : overlay }
}
