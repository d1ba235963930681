import SimguideCore

/// The keys that work on each screen, in the user's language: all of them for the `?` overlay, the
/// main ones for the footer. Footer and overlay come from the same list, so the footer never offers a
/// key that does nothing here.
struct KeyGuide {
    /// One key (or a few keys that do the same) and what it does.
    struct Entry: Equatable {
        let keys: String
        /// What the key does, in the overlay.
        let meaning: String
        /// The word after the key in a wide footer; nil when the key is only in the overlay.
        let footer: String?
        /// The word after the key in a narrow footer ("" for the key alone).
        let short: String
    }

    let language: Language


    /// A key with its meaning and footer words, by their keys in the interface catalogue.
    func entry(_ keys: String, _ meaning: TextKey, footer: TextKey? = nil, short: TextKey? = nil) -> Entry {
        Entry(keys: keys, meaning: language.text(meaning), footer: footer.map(language.text), short: short.map(language.text) ?? "")
    }

    private var common: [Entry] {
        [Entry(keys: "l", meaning: language.text(.keysHelpSwitchTheInterfaceToSimplified), footer: language.next.shortName, short: ""),
         entry("q", .keysHelpQuitAsksFirstWhenProgress,
               footer: .keysFooterQuit)]
    }

    /// A question, or an earlier question being answered again (`changing`).
    func question(changing: Bool, canReview: Bool) -> [Entry] {
        var entries = [
            entry("↑↓", .keysHelpMoveTheFocusAlsoJ, footer: .keysFooterMove),
            entry("Enter", .keysHelpChooseTheFocusedAnswerAlso, footer: .keysFooterChoose),
            entry("1-9", .keysHelpChooseByNumber),
            entry(language.text(.keysMouse), .keysHelpClickAnAnswerToChoose),
        ]
        if changing {
            entries.append(entry("←", .keysHelpKeepTheAnswerAndGo,
                                 footer: .keysFooterBack, short: .keysShortBack))
        } else {
            entries.append(entry("←", .keysHelpBackToThePreviousQuestion,
                                 footer: .keysFooterBack, short: .keysShortBack))
        }
        entries.append(entry("?", .keysHelpHelpForThisQuestionAnd, footer: .keysFooterHelp, short: .keysShortHelp))
        if canReview && !changing {
            entries.append(entry("r", .keysHelpReviewAndChangeTheAnswers, footer: .keysFooterReview))
        }
        return entries + common
    }

    func review() -> [Entry] {
        [entry("↑↓", .keysHelpMoveTheFocusAlsoJ, footer: .keysFooterMove),
         entry("Enter", .keysHelpChangeTheFocusedAnswerAlso, footer: .keysFooterChangeThisAnswer, short: .keysShortChange),
         entry("←", .keysHelpBackToWhereYouWere, footer: .keysFooterBack),
         entry("?", .keysHelpEveryKey, footer: .keysFooterKeys, short: .keysShortKeys)] + common
    }

    /// The plan screen; `letters` and `reminder` tell whether the plan offers them.
    func plan(letters: Bool, reminder: Bool, keepCard: Bool = false) -> [Entry] {
        var entries = [
            entry("↑↓", .keysHelpPreviousNextItemScrollsA,
                  footer: .keysFooterMove),
            entry("PgUp PgDn", .keysHelpPageUpDownTwoLines),
            entry("Home End", .keysHelpToTheVeryTopBottom),
            entry("Tab ] [", .keysHelpNextPreviousSectionPrepareAct),
            entry("/ n", .keysHelpFindTextInThePlan),
            entry(language.text(.keysMouse), .keysHelpClickAnItemToTick),
            entry(language.text(.keysSpace), .keysHelpTickOrUntickTheFocused,
                  footer: .keysFooterTick, short: .keysShortTick),
            entry("p", .keysHelpExportTextMarkdownHtmlJson, footer: .keysFooterExport, short: .keysShortExport),
        ]
        if letters {
            entries.append(entry("w", .keysHelpFillInTheLettersThis, footer: .keysFooterLetters, short: .keysShortLetter))
        }
        if reminder {
            entries.append(entry("d", .keysHelpTypeADateToGet,
                                 footer: .keysFooterReminder, short: .keysShortRemind))
        }
        if keepCard {
            entries.append(entry("c", .keysHelpKeepThisCardInYour,
                                 footer: .keysFooterKeepCard, short: .keysShortKeep))
        }
        entries += [
            entry("←", .keysHelpBackToTheLastQuestion, footer: .keysFooterBack),
            entry("r", .keysHelpReviewAndChangeAnswersEsc, footer: .keysFooterReview),
            entry("?", .keysHelpEveryKey, footer: .keysFooterKeys, short: .keysShortKeys),
        ]
        return entries + common
    }

    /// The footer line for `entries` in `width` columns: with words when they fit, keys alone otherwise.
    static func footer(_ entries: [Entry], width: Int) -> String {
        let shown = entries.filter { $0.footer != nil }
        let labelled = shown.map { "\($0.keys) \($0.footer ?? "")" }
        for separator in ["  ", " "] where DisplayWidth.of(labelled.joinedText(separator: separator)) <= width {
            return labelled.joinedText(separator: separator)
        }
        let narrow = shown.map { $0.short.isEmpty ? $0.keys : "\($0.keys)\($0.short.first?.isASCII == true ? " " : "")\($0.short)" }
            .joinedText(separator: " ")
        if DisplayWidth.of(narrow) <= width { return narrow }
        return shown.map(\.keys).joinedText(separator: " ")
    }

    /// The overlay's lines: each key and what it does, wrapped to `width`.
    static func overlayLines(_ entries: [Entry], width: Int) -> [String] {
        let keyWidth = min(width / 3, entries.map { DisplayWidth.of($0.keys) }.max() ?? 0)
        return entries.flatMap { entry in
            TextLayout.wrap(entry.meaning, width: width, prefix: TextLayout.pad(entry.keys, width: keyWidth) + "  ")
        }
    }
}
