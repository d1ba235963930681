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

    private func pick(_ zh: String, _ zhHant: String, _ en: String) -> String { language.pick(zh, zhHant, en) }

    /// A key with its meaning and footer words in the three languages (简体, 繁體, English).
    private func entry(_ keys: String, _ meaning: (String, String, String), footer: (String, String, String)? = nil,
                       short: (String, String, String) = ("", "", "")) -> Entry {
        Entry(keys: keys, meaning: pick(meaning.0, meaning.1, meaning.2), footer: footer.map { pick($0.0, $0.1, $0.2) },
              short: pick(short.0, short.1, short.2))
    }

    private var common: [Entry] {
        [entry("l", ("界面改用繁体中文（再按一次改用英文）", "介面改用英文（再按一次改用簡體中文）", "Switch the interface to Simplified Chinese (again: Traditional)"),
               footer: (language.next.shortName, language.next.shortName, language.next.shortName)),
         entry("q", ("退出（进度没有自动保存时会先询问）", "退出（進度沒有自動儲存時會先詢問）", "Quit (asks first when progress is not being saved)"),
               footer: ("退出", "退出", "quit"))]
    }

    /// A question, or an earlier question being answered again (`changing`).
    func question(changing: Bool, canReview: Bool) -> [Entry] {
        var entries = [
            entry("↑↓", ("移动焦点（也可用 j k）", "移動焦點（也可用 j k）", "Move the focus (also j k)"), footer: ("移动", "移動", "move")),
            entry("Enter", ("选择焦点所在的答案（也可用 → 或空格）", "選擇焦點所在的答案（也可用 → 或空格）", "Choose the focused answer (also → or Space)"), footer: ("选择", "選擇", "choose")),
            entry("1-9", ("按编号直接选择", "按編號直接選擇", "Choose by number")),
            entry(pick("鼠标", "滑鼠", "Mouse"), ("点击一个答案即选择它", "點擊一個答案即選擇它", "Click an answer to choose it")),
        ]
        if changing {
            entries.append(entry("←", ("不修改，回到回顾（也可用 Esc、Backspace、r）", "不修改，回到回顧（也可用 Esc、Backspace、r）", "Keep the answer and go back to the review (also Esc, Backspace, r)"),
                                 footer: ("返回", "返回", "back"), short: ("返回", "返回", "back")))
        } else {
            entries.append(entry("←", ("回到上一个问题（也可用 Backspace、Esc、b）", "回到上一個問題（也可用 Backspace、Esc、b）", "Back to the previous question (also Backspace, Esc, b)"),
                                 footer: ("返回", "返回", "back"), short: ("返回", "返回", "back")))
        }
        entries.append(entry("?", ("这个问题的说明和全部按键", "這個問題的說明和全部按鍵", "Help for this question and every key"), footer: ("帮助", "幫助", "help"), short: ("帮助", "幫助", "help")))
        if canReview && !changing {
            entries.append(entry("r", ("回顾并修改已给的答案", "回顧並修改已給的答案", "Review and change the answers so far"), footer: ("回顾", "回顧", "review")))
        }
        return entries + common
    }

    func review() -> [Entry] {
        [entry("↑↓", ("移动焦点（也可用 j k）", "移動焦點（也可用 j k）", "Move the focus (also j k)"), footer: ("移动", "移動", "move")),
         entry("Enter", ("修改焦点所在的答案（也可用 →）", "修改焦點所在的答案（也可用 →）", "Change the focused answer (also →)"), footer: ("修改这一项", "修改這一項", "change this answer"), short: ("修改", "修改", "change")),
         entry("←", ("回到原来的地方（也可用 Esc、Backspace、r）", "回到原來的地方（也可用 Esc、Backspace、r）", "Back to where you were (also Esc, Backspace, r)"), footer: ("返回", "返回", "back")),
         entry("?", ("全部按键", "全部按鍵", "Every key"), footer: ("按键", "按鍵", "keys"), short: ("按键", "按鍵", "keys"))] + common
    }

    /// The plan screen; `letters` and `reminder` tell whether the plan offers them.
    func plan(letters: Bool, reminder: Bool, keepCard: Bool = false) -> [Entry] {
        var entries = [
            entry("↑↓", ("移到上一项/下一项；没有可勾选的项时逐行滚动（也可用 j k）", "移到上一項/下一項；沒有可勾選的項時逐行滾動（也可用 j k）", "Previous/next item; scrolls a line when none is shown (also j k)"),
                  footer: ("移动", "移動", "move")),
            entry("PgUp PgDn", ("翻页（保留两行上一页的内容）", "翻頁（保留兩行上一頁的內容）", "Page up/down (two lines of the last page stay)")),
            entry("Home End", ("到计划开头 / 末尾", "到計劃開頭 / 末尾", "To the very top / bottom of the plan")),
            entry("Tab ] [", ("跳到下一节 / 上一节（准备、办理、之后、来源……）", "跳到下一節 / 上一節（準備、辦理、之後、來源……）", "Next / previous section (prepare, act, afterwards, sources…)")),
            entry("/ n", ("在计划里查找文字；n 找下一处", "在計劃裏查找文字；n 找下一處", "Find text in the plan; n finds the next place")),
            entry(pick("鼠标", "滑鼠", "Mouse"), ("点击一项即勾选；滚轮滚动", "點擊一項即勾選；滾輪滾動", "Click an item to tick it; the wheel scrolls")),
            entry(pick("空格", "空格", "Space"), ("勾选或取消焦点所在的步骤或材料（也可用 Enter）", "勾選或取消焦點所在的步驟或材料（也可用 Enter）", "Tick or untick the focused step or document (also Enter)"),
                  footer: ("勾选", "勾選", "tick"), short: ("勾选", "勾選", "tick")),
            entry("p", ("导出（文本、Markdown、HTML、JSON）或打印", "匯出（文字、Markdown、HTML、JSON）或打印", "Export (text, Markdown, HTML, JSON) or print"), footer: ("导出", "匯出", "export"), short: ("导出", "匯出", "export")),
        ]
        if letters {
            entries.append(entry("w", ("填写计划附带的信件", "填寫計劃附帶的信件", "Fill in the letters this plan comes with"), footer: ("信件", "信件", "letters"), short: ("信件", "信件", "letter")))
        }
        if reminder {
            entries.append(entry("d", ("输入日期，算出续期期限并保存日历提醒", "輸入日期，算出續期期限並儲存日曆提醒", "Type a date to get the renewal deadline and a calendar reminder"),
                                 footer: ("提醒", "提醒", "reminder"), short: ("提醒", "提醒", "remind")))
        }
        if keepCard {
            entries.append(entry("c", ("把这张卡存进“我的卡”（simguide cards 列出全部卡和期限）", "把這張卡存進「我的卡」（simguide cards 列出全部卡和期限）",
                                       "Keep this card in your list (simguide cards lists every card and its deadline)"),
                                 footer: ("存卡", "存卡", "keep card"), short: ("存卡", "存卡", "keep")))
        }
        entries += [
            entry("←", ("回到最后一个问题（也可用 Backspace、Esc、b）", "回到最後一個問題（也可用 Backspace、Esc、b）", "Back to the last question (also Backspace, Esc, b)"), footer: ("返回", "返回", "back")),
            entry("r", ("回顾并修改答案；Esc 回到计划的同一位置", "回顧並修改答案；Esc 回到計劃的同一位置", "Review and change answers; Esc comes back to the same place"), footer: ("回顾", "回顧", "review")),
            entry("?", ("全部按键", "全部按鍵", "Every key"), footer: ("按键", "按鍵", "keys"), short: ("按键", "按鍵", "keys")),
        ]
        return entries + common
    }

    /// The footer line for `entries` in `width` columns: with words when they fit, keys alone otherwise.
    static func footer(_ entries: [Entry], width: Int) -> String {
        let shown = entries.filter { $0.footer != nil }
        let labelled = shown.map { "\($0.keys) \($0.footer ?? "")" }
        for separator in ["  ", " "] where DisplayWidth.of(labelled.joined(separator: separator)) <= width {
            return labelled.joined(separator: separator)
        }
        let narrow = shown.map { $0.short.isEmpty ? $0.keys : "\($0.keys)\($0.short.first?.isASCII == true ? " " : "")\($0.short)" }
            .joined(separator: " ")
        if DisplayWidth.of(narrow) <= width { return narrow }
        return shown.map(\.keys).joined(separator: " ")
    }

    /// The overlay's lines: each key and what it does, wrapped to `width`.
    static func overlayLines(_ entries: [Entry], width: Int) -> [String] {
        let keyWidth = min(width / 3, entries.map { DisplayWidth.of($0.keys) }.max() ?? 0)
        return entries.flatMap { entry in
            TextLayout.wrap(entry.meaning, width: width, prefix: TextLayout.pad(entry.keys, width: keyWidth) + "  ")
        }
    }
}
