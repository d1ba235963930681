import SimguideCore

/// The line-mode wizard's own words in each language.
struct LineStrings {
    let language: Language


    func progress(_ step: Int, _ atMost: Int) -> String {
        language.text(.lineProgress, ["step": step, "at-most": atMost])
    }
    func keys(hasDefault: Bool) -> String {
        let enter = hasDefault ? language.text(.lineKeepLastAnswer) : ""
        let next = language.next.shortName
        return language.text(.lineKeys, ["enter": enter, "next": next])
    }
    func previous(_ label: String) -> String { language.text(.linePrevious, ["label": label]) }
    func pickBetween(_ count: Int) -> String {
        language.text(.linePickBetween, ["count": count])
    }
    var atFirst: String { language.text(.lineAtFirst) }
    var noHelp: String { language.text(.lineNoHelp) }
    var reviewTitle: String { language.text(.lineReviewTitle) }
    var reviewEmpty: String { language.text(.lineReviewEmpty) }
    var reviewPrompt: String { language.text(.lineReviewPrompt) }
    func changing(_ prompt: String) -> String { language.text(.lineChanging, ["prompt": prompt]) }
    func dropped(_ prompts: [String]) -> String {
        language.text(.lineDropped, ["prompts": prompts.joined(separator: language.text(.listSeparator))])
    }
    var confirmQuit: String { language.text(.lineConfirmQuit) }
    var endOfInput: String { language.text(.lineEndOfInput) }
    var quitting: String { language.text(.lineQuitting) }
    var languageSwitched: String { language.text(.lineLanguageSwitched) }
    var flowError: String { language.text(.lineFlowError) }
}
