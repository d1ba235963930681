import SimguideCore
import SimguideStore

/// The full-screen wizard's own words in each language.
struct CursesStrings {
    let language: Language


    func progress(_ step: Int, _ atMost: Int) -> String {
        language.text(.wizardProgress, ["step": step, "at-most": atMost])
    }
    var planTitle: String { language.text(.wizardPlanTitle) }
    var reviewTitle: String { language.text(.wizardReviewTitle) }
    func changeTitle(_ prompt: String) -> String { language.text(.wizardChangeTitle, ["prompt": prompt]) }
    var helpTitle: String { language.text(.wizardHelpTitle) }
    var noHelp: String { language.text(.wizardNoHelp) }
    var helpKeys: String { language.text(.wizardHelpKeys) }
    var keysHeading: String { language.text(.wizardKeysHeading) }
    var quitQuestion: String { language.text(.wizardQuitQuestion) }
    var quitUnsavedQuestion: String {
        language.text(.wizardQuitUnsavedQuestion)
    }
    func tooSmall(_ rows: Int, _ columns: Int) -> String {
        language.text(.wizardTooSmall, ["columns": columns, "rows": rows])
    }
    var tooSmallKeys: String { language.text(.wizardTooSmallKeys) }
    var atFirst: String { language.text(.wizardAtFirst) }
    func dropped(_ prompts: [String]) -> String {
        language.text(.wizardDropped, ["prompts": prompts.joined(separator: language.text(.listSeparator))])
    }
    var cardsTitle: String { language.text(.wizardCardsTitle) }
    var cardExpiryPrompt: String { language.text(.wizardCardExpiryPrompt) }
    func removeCardQuestion(_ name: String) -> String {
        language.text(.wizardRemoveCardQuestion, ["name": name])
    }
    var toppedUpRecorded: String {
        language.text(.wizardToppedUpRecorded)
    }
    func expiryRecorded(_ day: String) -> String {
        language.text(.wizardExpiryRecorded, ["day": day])
    }
    func cardRemoved(_ name: String) -> String { language.text(.wizardCardRemoved, ["name": name]) }

    var keepCardTitle: String { language.text(.wizardKeepCardTitle) }
    var keepCardNote: String {
        language.text(.wizardKeepCardNote)
    }
    var cardNameLabel: String { language.text(.wizardCardNameLabel) }
    var cardNameNeeded: String { language.text(.wizardCardNameNeeded) }
    var keepCardOnlyForRenewal: String {
        language.text(.wizardKeepCardOnlyForRenewal)
    }
    func cardKept(_ name: String, dated: Bool) -> String {
        dated
            ? language.text(.wizardCardKeptDated, ["name": name])
            : language.text(.wizardCardKeptUndated, ["name": name])
    }

    var switched: String { language.text(.wizardSwitched) }
    var exportTitle: String { language.text(.wizardExportTitle) }
    var reminderTitle: String { language.text(.wizardReminderTitle) }
    var reminderOnlyForRenewal: String { language.text(.wizardReminderOnlyForRenewal) }
    func reminderRule(_ basis: String, _ confidence: String) -> String {
        language.text(.wizardReminderRule, ["basis": basis, "confidence": confidence])
    }
    var reminderNoRule: String {
        language.text(.wizardReminderNoRule)
    }
    var lastTopUpLabel: String { language.text(.wizardLastTopUpLabel) }
    var expiryLabel: String { language.text(.wizardExpiryLabel) }
    func reminderSaved(_ deadline: RenewalDeadline, _ path: String) -> String {
        language.text(.wizardReminderSaved, ["expiry": deadline.expiry, "renew-by": deadline.renewBy, "path": path])
    }
    var noLetters: String { language.text(.wizardNoLetters) }
    var letterTitle: String { language.text(.wizardLetterTitle) }
    var letterNote: String {
        language.text(.wizardLetterNote)
    }
    var printChoice: String { language.text(.wizardPrintChoice) }
    var pathLabel: String { language.text(.wizardPathLabel) }
    var replaceQuestion: String { language.text(.wizardReplaceQuestion) }
    var replaceLetterQuestion: String {
        language.text(.wizardReplaceLetterQuestion)
    }
    func savedTo(_ path: String) -> String { language.text(.wizardSavedTo, ["path": path]) }
    var printed: String { language.text(.wizardPrinted) }
    func exportFailed(_ reason: String) -> String { language.text(.wizardExportFailed, ["reason": reason]) }

    /// Why a file was not written or a date not accepted, in the interface language. The system's own
    /// words for a failed write (strerror) are quoted as they come.
    func problem(_ error: Error) -> String {
        switch error {
        case let failure as AtomicFile.Failure:
            return exportFailed(language.text(.wizardCannotWrite, ["path": failure.path, "reason": failure.reason]))
        case let folder as FolderInTheWay:
            return exportFailed(language.text(.wizardFolderInTheWay, ["path": folder.path]))
        case let flowFile as FlowFileInTheWay:
            return exportFailed(language.text(.wizardFlowFileInTheWay, ["path": flowFile.path]))
        case let date as CivilDate.Problem:
            return dateProblem(date)
        case Session.Problem.deadEnd(let question):
            return language.text(.wizardFlowDeadEnd, ["question": question])
        case let other as Session.Problem:
            return "\(other)"
        case RenewalDeadline.Problem.noValidityRule:
            return language.text(.wizardNoValidityRule)
        default:
            return exportFailed("\(error)")
        }
    }

    func dateProblem(_ problem: CivilDate.Problem) -> String { problem.message(language) }

    func deadlinePassed(_ deadline: RenewalDeadline) -> String {
        language.text(.wizardDeadlinePassed, ["renew-by": deadline.renewBy])
    }
    var contentChanged: String {
        language.text(.wizardContentChanged)
    }
    func notSaved(_ problem: String) -> String { language.text(.wizardNotSaved, ["problem": problem]) }
    func setAside(_ files: [String]) -> String {
        language.text(.wizardSetAside, ["count": files.count, "files": files.joined(separator: language.text(.listSeparator))])
    }
    func heldElsewhere(_ pid: Int32) -> String {
        language.text(.wizardHeldElsewhere, ["pid": pid])
    }
    func notFound(_ text: String) -> String { language.text(.wizardNotFound, ["text": text]) }
    var searchKeys: String { language.text(.wizardSearchKeys) }
    var pickerTitle: String { language.text(.wizardPickerTitle) }
    var startAfresh: String { language.text(.wizardStartAfresh) }

    func confidence(_ level: Source.Confidence) -> String {
        switch level {
        case .high: return language.text(.wizardConfidenceHigh)
        case .medium: return language.text(.wizardConfidenceMedium)
        case .low: return language.text(.wizardConfidenceLow)
        }
    }
}
