import SimguideCore
import SimguideStore

/// The full-screen wizard's own words in each language.
struct CursesStrings {
    let language: Language

    private func pick(_ zh: String, _ zhHant: String, _ en: String) -> String { language.pick(zh, zhHant, en) }

    func progress(_ step: Int, _ atMost: Int) -> String {
        pick("第 \(step) 步 / 最多 \(atMost) 步", "第 \(step) 步 / 最多 \(atMost) 步", "Step \(step) of at most \(atMost)")
    }
    var planTitle: String { pick("你的计划", "你的計劃", "Your plan") }
    var reviewTitle: String { pick("回顾与修改答案", "回顧與修改答案", "Review and change answers") }
    func changeTitle(_ prompt: String) -> String { pick("修改：\(prompt)", "修改：\(prompt)", "Change: \(prompt)") }
    var helpTitle: String { pick("帮助", "幫助", "Help") }
    var noHelp: String { pick("这个问题没有更多说明。", "這個問題沒有更多說明。", "There is no more help for this question.") }
    var helpKeys: String { pick("↑↓ 滚动  其他键 返回", "↑↓ 滾動  其他鍵 返回", "↑↓ scroll  any other key back") }
    var keysHeading: String { pick("按键", "按鍵", "Keys") }
    var quitQuestion: String { pick("现在退出？答案不会保存。", "現在退出？答案不會儲存。", "Quit now? Your answers will not be kept.") }
    var quitUnsavedQuestion: String {
        pick("最近的修改没能保存（见下方提示）。仍然退出？这些修改会丢失。", "最近的修改沒能儲存（見下方提示）。仍然退出？這些修改會丟失。", "The last changes could not be saved (see the message below). Quit anyway? They will be lost.")
    }
    func tooSmall(_ rows: Int, _ columns: Int) -> String {
        pick("终端太小（\(columns)×\(rows)），至少需要 40×12。请放大窗口。", "終端太小（\(columns)×\(rows)），至少需要 40×12。請放大窗口。", "The terminal is too small (\(columns)×\(rows)); it needs at least 40×12. Please enlarge it.")
    }
    var tooSmallKeys: String { pick("q 退出", "q 退出", "q quit") }
    var atFirst: String { pick("已经是第一个问题。", "已經是第一個問題。", "This is the first question.") }
    func dropped(_ prompts: [String]) -> String {
        pick("这些答案不再适用，请重新回答：\(prompts.joined(separator: "、"))", "這些答案不再適用，請重新回答：\(prompts.joined(separator: "、"))", "No longer fits, please answer again: \(prompts.joined(separator: ", "))")
    }
    var cardsTitle: String { pick("我的卡", "我的卡", "Your cards") }
    var cardExpiryPrompt: String { pick("运营商显示的到期日（年-月-日）：", "電訊商顯示的到期日（年-月-日）：", "Expiry date the operator shows (YYYY-MM-DD): ") }
    func removeCardQuestion(_ name: String) -> String {
        pick("从列表里删除“\(name)”？按 y 删除，其他键取消。", "從列表裏刪除「\(name)」？按 y 刪除，其他鍵取消。", "Remove \"\(name)\" from the list? y removes it, any other key keeps it.")
    }
    var toppedUpRecorded: String {
        pick("已记下今天充值。", "已記下今天增值。", "Top-up recorded for today.")
    }
    func expiryRecorded(_ day: String) -> String {
        pick("已记下到期日 \(day)。", "已記下到期日 \(day)。", "Expiry \(day) recorded.")
    }
    func cardRemoved(_ name: String) -> String { pick("已删除：\(name)。", "已刪除：\(name)。", "Removed: \(name).") }

    var keepCardTitle: String { pick("存进“我的卡”", "存進「我的卡」", "Keep this card") }
    var keepCardNote: String {
        pick("给这张卡起个名字（例如“法国 Free 备用号”或号码后四位）。它会和你保存的其他卡一起列出，按到期先后排列：simguide cards；simguide due 可以让 cron 到期提醒。",
             "給這張卡起個名字（例如「法國 Free 備用號」或號碼後四位）。它會和你儲存的其他卡一起列出，按到期先後排列：simguide cards；simguide due 可以讓 cron 到期提醒。",
             "Give the card a name (such as \"France Free spare\" or the last four digits). It is listed with the other cards you keep, soonest deadline first: simguide cards; simguide due lets cron remind you.")
    }
    var cardNameLabel: String { pick("名称：", "名稱：", "Name: ") }
    var cardNameNeeded: String { pick("请输入一个名称。", "請輸入一個名稱。", "Type a name.") }
    var keepCardOnlyForRenewal: String {
        pick("只有续期计划可以存进“我的卡”。", "只有續期計劃可以存進「我的卡」。", "Only a renewal plan can be kept as one of your cards.")
    }
    func cardKept(_ name: String, dated: Bool) -> String {
        dated
            ? pick("已保存：\(name)。simguide cards 列出你的所有卡和期限。", "已儲存：\(name)。simguide cards 列出你的所有卡和期限。",
                   "Kept: \(name). simguide cards lists all your cards and their deadlines.")
            : pick("已保存：\(name)。还没有日期：按 d 输入运营商显示的到期日，或用 simguide cards expires 记下。",
                   "已儲存：\(name)。還沒有日期：按 d 輸入電訊商顯示的到期日，或用 simguide cards expires 記下。",
                   "Kept: \(name). It has no date yet: press d to enter the expiry the operator shows, or use simguide cards expires.")
    }

    var switched: String { pick("已切换为简体中文", "已切換為繁體中文", "Switched to English") }
    var exportTitle: String { pick("导出或打印计划", "匯出或打印計劃", "Export or print the plan") }
    var reminderTitle: String { pick("续期提醒", "續期提醒", "Renewal reminder") }
    var reminderOnlyForRenewal: String { pick("续期提醒只用于续期计划。", "續期提醒只用於續期計劃。", "Reminders are for renewal plans.") }
    func reminderRule(_ basis: String, _ confidence: String) -> String {
        pick("内容里的有效期规则：\(basis)（\(confidence)）。运营商显示的到期日更准确。", "內容裏的有效期規則：\(basis)（\(confidence)）。電訊商顯示的到期日更準確。", "Validity rule in our content: \(basis) (\(confidence)). The expiry date the operator shows is more reliable.")
    }
    var reminderNoRule: String {
        pick("我们的资料没有这张卡的有效期规则：请输入运营商（App、短信或官网）显示的到期日。", "我們的資料沒有這張卡的有效期規則：請輸入電訊商（App、短訊或官網）顯示的到期日。", "Our sources give no validity rule for this card: type the expiry date the operator shows (app, text or website).")
    }
    var lastTopUpLabel: String { pick("最近一次充值日期", "最近一次增值日期", "Last top-up on") }
    var expiryLabel: String { pick("运营商显示的到期日", "電訊商顯示的到期日", "Expiry shown by the operator") }
    func reminderSaved(_ deadline: RenewalDeadline, _ path: String) -> String {
        pick("有效期至 \(deadline.expiry)；请在 \(deadline.renewBy) 前续期。日历提醒已保存：\(path)", "有效期至 \(deadline.expiry)；請在 \(deadline.renewBy) 前續期。日曆提醒已儲存：\(path)", "Valid until \(deadline.expiry); renew by \(deadline.renewBy). Calendar reminder saved: \(path)")
    }
    var noLetters: String { pick("这个计划不需要信件。", "這個計劃不需要信件。", "This plan needs no letter.") }
    var letterTitle: String { pick("填写信件", "填寫信件", "Fill in a letter") }
    var letterNote: String {
        pick("空着的栏会打印成横线，可以手写。", "空著的欄會打印成橫線，可以手寫。", "Blanks left empty print as lines to write on by hand.")
    }
    var printChoice: String { pick("打印（lp，纯文本）", "打印（lp，純文字）", "Print (lp, plain text)") }
    var pathLabel: String { pick("文件：", "檔案：", "File: ") }
    var replaceQuestion: String { pick("文件已存在。再按 Enter 替换它，或修改路径。", "檔案已存在。再按 Enter 替換它，或修改路徑。", "The file exists. Press Enter again to replace it, or edit the path.") }
    var replaceLetterQuestion: String {
        pick("这封信的文件已存在（可能来自另一次进度）。再按 Enter 替换，或按 Esc 返回。", "這封信的檔案已存在（可能來自另一次進度）。再按 Enter 替換，或按 Esc 返回。", "This letter's files exist (maybe from another session). Enter again replaces them; Esc goes back.")
    }
    func savedTo(_ path: String) -> String { pick("已保存：\(path)", "已儲存：\(path)", "Saved: \(path)") }
    var printed: String { pick("已发送到打印机。", "已發送到打印機。", "Sent to the printer.") }
    func exportFailed(_ reason: String) -> String { pick("没有保存：\(reason)", "沒有儲存：\(reason)", "Not saved: \(reason)") }

    /// Why a file was not written or a date not accepted, in the interface language. The system's own
    /// words for a failed write (strerror) are quoted as they come.
    func problem(_ error: Error) -> String {
        switch error {
        case let failure as AtomicFile.Failure:
            return exportFailed(pick("无法写入 \(failure.path)：\(failure.reason)", "無法寫入 \(failure.path)：\(failure.reason)", "\(failure)"))
        case let folder as FolderInTheWay:
            return exportFailed(pick("\(folder.path) 是一个文件夹；请给出文件名", "\(folder.path) 是一個檔案夾；請給出檔案名", "cannot write '\(folder.path)': it is a folder; give a file name"))
        case let flowFile as FlowFileInTheWay:
            return exportFailed(pick("\(flowFile.path) 是正在使用的指南内容文件，不能覆盖；请换一个文件名", "\(flowFile.path) 是正在使用的指南內容檔案，不能覆蓋；請換一個檔案名",
                                     "'\(flowFile.path)' is a file of the guide in use and is never overwritten; give another file name"))
        case let date as CivilDate.Problem:
            return dateProblem(date)
        case Session.Problem.deadEnd(let question):
            return pick("指南内容有误：问题“\(question)”之后没有下一步（请用 simguide lint 检查内容文件）。", "指南內容有誤：問題“\(question)”之後沒有下一步（請用 simguide lint 檢查內容檔案）。", "The guide has a gap: nothing follows the question '\(question)' (check the flow with simguide lint).")
        case let other as Session.Problem:
            return "\(other)"
        case RenewalDeadline.Problem.noValidityRule:
            return pick("我们的资料没有这张卡的有效期规则；请改为输入运营商显示的到期日。", "我們的資料沒有這張卡的有效期規則；請改為輸入電訊商顯示的到期日。", "Our sources give no validity rule for this card; enter the expiry date the operator shows instead.")
        default:
            return exportFailed("\(error)")
        }
    }

    func dateProblem(_ problem: CivilDate.Problem) -> String { problem.message(language) }

    func deadlinePassed(_ deadline: RenewalDeadline) -> String {
        pick("注意：续期日 \(deadline.renewBy) 已经过了，请尽快联系运营商，号码可能已被收回。", "注意：續期日 \(deadline.renewBy) 已經過了，請儘快聯絡電訊商，號碼可能已被收回。", "Note: the renew-by day \(deadline.renewBy) has passed; contact the operator at once, the number may already be gone.")
    }
    var contentChanged: String {
        pick("指南内容已更新，部分旧答案不再适用，请从这里继续回答。", "指南內容已更新，部分舊答案不再適用，請從這裏繼續回答。", "The guide has changed since; some saved answers no longer fit. Please go on from here.")
    }
    func notSaved(_ problem: String) -> String { pick("未能保存进度：\(problem)", "未能儲存進度：\(problem)", "Progress not saved: \(problem)") }
    func setAside(_ files: [String]) -> String {
        pick("\(files.count) 个进度文件已损坏，已移到 set-aside 文件夹：\(files.joined(separator: "、"))", "\(files.count) 個進度檔案已損壞，已移到 set-aside 檔案夾：\(files.joined(separator: "、"))", "\(files.count) damaged session file(s) moved to the set-aside folder: \(files.joined(separator: ", "))")
    }
    func heldElsewhere(_ pid: Int32) -> String {
        pick("这个进度正在另一个 simguide 里打开（进程 \(pid)）：请在那里继续，或先退出它。", "這個進度正在另一個 simguide 裏打開（進程 \(pid)）：請在那裏繼續，或先退出它。", "This session is open in another simguide (process \(pid)): continue there, or quit it first.")
    }
    func notFound(_ text: String) -> String { pick("计划里没有“\(text)”。", "計劃裏沒有“\(text)”。", "Not in the plan: \(text)") }
    var searchKeys: String { pick("输入要找的文字  Enter 查找  Esc 取消", "輸入要找的文字  Enter 查找  Esc 取消", "type the text  Enter find  Esc cancel") }
    var pickerTitle: String { pick("继续上次的进度？", "繼續上次的進度？", "Continue where you left off?") }
    var startAfresh: String { pick("重新开始", "重新開始", "Start afresh") }

    func confidence(_ level: Source.Confidence) -> String {
        switch level {
        case .high: return pick("可信度高", "可信度高", "high confidence")
        case .medium: return pick("可信度中", "可信度中", "medium confidence")
        case .low: return pick("可信度低", "可信度低", "low confidence")
        }
    }
}
