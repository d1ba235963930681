import SimguideCore

/// The line-mode wizard's own words in each language.
struct LineStrings {
    let language: Language

    private func pick(_ zh: String, _ zhHant: String, _ en: String) -> String { language.pick(zh, zhHant, en) }

    func progress(_ step: Int, _ atMost: Int) -> String {
        pick("第 \(step) 步，最多 \(atMost) 步", "第 \(step) 步，最多 \(atMost) 步", "Step \(step) of at most \(atMost)")
    }
    func keys(hasDefault: Bool) -> String {
        let enter = hasDefault ? pick("回车 = 沿用上次，", "回車 = 沿用上次，", "Enter = keep last answer, ") : ""
        let next = language.next.shortName
        return pick("\(enter)输入编号选择；b 返回，? 帮助，r 查看/修改答案，l \(next)，q 退出", "\(enter)輸入編號選擇；b 返回，? 幫助，r 查看/修改答案，l \(next)，q 退出", "\(enter)type a number to choose; b back, ? help, r review/change answers, l \(next), q quit")
    }
    func previous(_ label: String) -> String { pick("上次选择：\(label)", "上次選擇：\(label)", "Last answer: \(label)") }
    func pickBetween(_ count: Int) -> String {
        pick("请输入 1 到 \(count) 之间的编号，或 b、?、r、l、q。", "請輸入 1 到 \(count) 之間的編號，或 b、?、r、l、q。", "Please type a number from 1 to \(count), or b, ?, r, l, q.")
    }
    var atFirst: String { pick("已经是第一个问题。", "已經是第一個問題。", "This is the first question.") }
    var noHelp: String { pick("这个问题没有更多说明。", "這個問題沒有更多說明。", "There is no more help for this question.") }
    var reviewTitle: String { pick("你的答案：", "你的答案：", "Your answers:") }
    var reviewEmpty: String { pick("还没有答案。", "還沒有答案。", "No answers yet.") }
    var reviewPrompt: String { pick("输入要修改的编号，直接回车返回：", "輸入要修改的編號，直接回車返回：", "Type the number of the answer to change, or Enter to go back:") }
    func changing(_ prompt: String) -> String { pick("修改：\(prompt)", "修改：\(prompt)", "Change: \(prompt)") }
    func dropped(_ prompts: [String]) -> String {
        pick("这些答案不再适用，需要重新回答：\(prompts.joined(separator: "、"))", "這些答案不再適用，需要重新回答：\(prompts.joined(separator: "、"))", "These answers no longer fit and must be given again: \(prompts.joined(separator: ", "))")
    }
    var confirmQuit: String { pick("确定退出吗？已填写的答案不会保存。(y/n)", "確定退出嗎？已填寫的答案不會儲存。(y/n)", "Quit now? Your answers will not be kept. (y/n)") }
    var endOfInput: String { pick("输入已结束，计划未完成。", "輸入已結束，計劃未完成。", "Input ended before the plan was complete.") }
    var quitting: String { pick("已退出。", "已退出。", "Goodbye.") }
    var languageSwitched: String { pick("已切换为简体中文。", "已切換為繁體中文。", "Switched to English.") }
    var flowError: String { pick("内容文件有误，无法继续：", "內容檔案有誤，無法繼續：", "The flow has an error and cannot go on: ") }
}
