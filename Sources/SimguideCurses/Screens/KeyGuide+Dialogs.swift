import SimguideCore

/// The keys of the dialogs, for their footers (wrapped to fit) and the `?` overlay where `?` is not typed.
extension KeyGuide {
    private var helpKey: Entry { entry("?", .keysHelpEveryKey, footer: .keysFooterKeys) }

    func export(canPrint: Bool) -> [Entry] {
        [entry("↑↓", canPrint ? .keysHelpChooseTheFormatOrPrint : .keysHelpChooseTheFormat, footer: .keysFooterFormat),
         entry("1-5", .keysHelpChooseByNumber2),
         entry("Tab", .keysHelpEditTheFilePathOr,
               footer: .keysFooterEditPath),
         entry("Ctrl-U", .keysHelpClearThePath, footer: .keysFooterClear),
         entry("Enter", .keysHelpSaveAFileThatExists,
               footer: .keysFooterSave),
         entry("Esc", .keysHelpClose, footer: .keysFooterClose),
         helpKey]
    }

    func letterList() -> [Entry] {
        [entry("↑↓", .keysHelpChooseALetter, footer: .keysFooterChoose),
         entry("1-9", .keysHelpChooseByNumber2),
         entry("Enter", .keysHelpFillInThisLetter, footer: .keysFooterFillIn),
         entry("Esc", .keysHelpClose, footer: .keysFooterClose),
         helpKey]
    }

    /// The letter form: every printable key is typed into the field, so `?` is not a key here.
    func letterForm() -> [Entry] {
        [entry("↑↓ Tab", .keysHelpAnotherFieldMarksTheOne, footer: .keysFooterField),
         entry(language.text(.keysType), .keysHelpGoesIntoTheFieldBackspace,
               footer: .keysFooterText),
         entry("Ctrl-U", .keysHelpClearTheField, footer: .keysFooterClear),
         entry("Enter", .keysHelpSaveAsTextAndHtml,
               footer: .keysFooterSave),
         entry("Esc", .keysHelpBack, footer: .keysFooterBack)]
    }

    func reminder() -> [Entry] {
        [entry("↑↓ Tab", .keysHelpTheOtherKindOfDate,
               footer: .keysFooterOtherDate),
         entry("0-9", .keysHelpTypeTheDateSuchAs,
               footer: .keysFooterTypeTheDate),
         entry("Enter", .keysHelpComputeTheDeadlineAndSave, footer: .keysFooterSaveReminder),
         entry("Esc", .keysHelpClose, footer: .keysFooterClose),
         helpKey]
    }

    /// The name field of "keep this card": every printable key is typed into it.
    func keepCard() -> [Entry] {
        [entry(language.text(.keysType), .keysHelpTheCardSNameSuch,
               footer: .keysFooterTypeAName),
         entry("Ctrl-U", .keysHelpClearTheName, footer: .keysFooterClear),
         entry("Enter", .keysHelpKeepTheCard, footer: .keysFooterKeep),
         entry("Esc", .keysHelpClose, footer: .keysFooterClose)]
    }

    /// The list of kept cards on the first screen.
    func cards() -> [Entry] {
        [entry("↑↓", .keysHelpChooseACard, footer: .keysFooterChoose),
         entry("Enter", .keysHelpOpenThisCardSRenewal, footer: .keysFooterPlan),
         entry("t", .keysHelpRecordATopUpToday,
               footer: .keysFooterToppedUp),
         entry("e", .keysHelpTypeTheNewExpiryDate, footer: .keysFooterExpiry),
         entry("c", .keysHelpStartCancellingThisCard, footer: .keysFooterCancel),
         entry("x", .keysHelpRemoveItFromTheList, footer: .keysFooterRemove),
         entry("Esc", .keysHelpCloseTheListAndStart, footer: .keysFooterClose),
         entry("q", .keysHelpQuit, footer: .keysFooterQuit),
         helpKey]
    }

    /// Typing a card's new expiry date.
    func cardExpiry() -> [Entry] {
        [entry("0-9", .keysHelpTypeTheDateSuchAs2,
               footer: .keysFooterTypeTheDate),
         entry("Enter", .keysHelpRecordThisExpiry, footer: .keysFooterSave),
         entry("Esc", .keysHelpCancel, footer: .keysFooterCancel2)]
    }

    func picker() -> [Entry] {
        [entry("↑↓", .keysHelpChoose, footer: .keysFooterChoose),
         entry("1-9", .keysHelpChooseByNumber2),
         entry("Enter", .keysHelpContinueThisSessionOrStart, footer: .keysFooterOpen),
         entry("Esc", .keysHelpStartAfresh, footer: .keysFooterStartAfresh),
         entry("q", .keysHelpQuit, footer: .keysFooterQuit),
         helpKey]
    }

    func quit() -> [Entry] {
        [entry("y", .keysHelpQuit, footer: .keysFooterQuit),
         entry("n Esc", .keysHelpStay, footer: .keysFooterStay)]
    }

    /// A dialog's footer: every key with a footer word, in groups the dialog box wraps to its width.
    static func dialogFooter(_ entries: [Entry]) -> String {
        entries.compactMap { entry in entry.footer.map { "\(entry.keys) \($0)" } }.joined(separator: "  ")
    }
}
