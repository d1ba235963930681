/// The keys of the dialogs, for their footers (wrapped to fit) and the `?` overlay where `?` is not typed.
extension KeyGuide {
    private func entry(_ keys: String, _ meaning: (String, String, String), footer: (String, String, String)? = nil) -> Entry {
        Entry(keys: keys, meaning: language.pick(meaning.0, meaning.1, meaning.2),
              footer: footer.map { language.pick($0.0, $0.1, $0.2) }, short: "")
    }

    private var helpKey: Entry { entry("?", ("全部按键", "全部按鍵", "Every key"), footer: ("按键", "按鍵", "keys")) }

    func export(canPrint: Bool) -> [Entry] {
        [entry("↑↓", ("选择格式（文本、Markdown、HTML、JSON）" + (canPrint ? "或打印" : ""), "選擇格式（文字、Markdown、HTML、JSON）" + (canPrint ? "或打印" : ""),
                      "Choose the format (text, Markdown, HTML, JSON)" + (canPrint ? " or printing" : "")),
               footer: ("格式", "格式", "format")),
         entry("1-5", ("按编号选择", "按編號選擇", "Choose by number")),
         entry("Tab", ("改文件路径（直接输入文字也可以）；扩展名跟着格式变", "改檔案路徑（直接輸入文字也可以）；副檔名跟著格式變", "Edit the file path (or just type); its extension follows the format"),
               footer: ("改路径", "改路徑", "edit path")),
         entry("Ctrl-U", ("清空路径", "清空路徑", "Clear the path"), footer: ("清空", "清空", "clear")),
         entry("Enter", ("保存（文件已存在时再按一次才替换）或打印", "儲存（檔案已存在時再按一次才替換）或打印", "Save (a file that exists is replaced on a second Enter) or print"),
               footer: ("保存", "儲存", "save")),
         entry("Esc", ("关闭", "關閉", "Close"), footer: ("关闭", "關閉", "close")),
         helpKey]
    }

    func letterList() -> [Entry] {
        [entry("↑↓", ("选择信件", "選擇信件", "Choose a letter"), footer: ("选择", "選擇", "choose")),
         entry("1-9", ("按编号选择", "按編號選擇", "Choose by number")),
         entry("Enter", ("填写这封信", "填寫這封信", "Fill in this letter"), footer: ("填写", "填寫", "fill in")),
         entry("Esc", ("关闭", "關閉", "Close"), footer: ("关闭", "關閉", "close")),
         helpKey]
    }

    /// The letter form: every printable key is typed into the field, so `?` is not a key here.
    func letterForm() -> [Entry] {
        [entry("↑↓ Tab", ("换栏（› 标出正在输入的栏）", "換欄（› 標出正在輸入的欄）", "Another field (› marks the one you type in)"), footer: ("换栏", "換欄", "field")),
         entry(language.pick("文字", "文字", "type"), ("输入到这一栏；Backspace 删除一个字", "輸入到這一欄；Backspace 刪除一個字", "Goes into the field; Backspace erases a character"),
               footer: ("输入", "輸入", "text")),
         entry("Ctrl-U", ("清空这一栏", "清空這一欄", "Clear the field"), footer: ("清空", "清空", "clear")),
         entry("Enter", ("保存为文本和 HTML（同名文件已存在时再按一次才替换）", "儲存為文字和 HTML（同名檔案已存在時再按一次才替換）", "Save as text and HTML (files that exist are replaced on a second Enter)"),
               footer: ("保存", "儲存", "save")),
         entry("Esc", ("返回", "返回", "Back"), footer: ("返回", "返回", "back"))]
    }

    func reminder() -> [Entry] {
        [entry("↑↓ Tab", ("换一种日期：最近一次充值日，或运营商显示的到期日", "換一種日期：最近一次增值日，或電訊商顯示的到期日", "The other kind of date: the last top-up, or the expiry the operator shows"),
               footer: ("换一种日期", "換一種日期", "other date")),
         entry("0-9", ("输入日期，例如 2026-10-03 或 2026/10/3；Backspace 删除", "輸入日期，例如 2026-10-03 或 2026/10/3；Backspace 刪除", "Type the date, such as 2026-10-03 or 2026/10/3; Backspace erases"),
               footer: ("输入日期", "輸入日期", "type the date")),
         entry("Enter", ("算出期限并保存日历提醒（.ics）", "算出期限並儲存日曆提醒（.ics）", "Compute the deadline and save a calendar reminder (.ics)"), footer: ("保存提醒", "儲存提醒", "save reminder")),
         entry("Esc", ("关闭", "關閉", "Close"), footer: ("关闭", "關閉", "close")),
         helpKey]
    }

    /// The name field of "keep this card": every printable key is typed into it.
    func keepCard() -> [Entry] {
        [entry(language.pick("文字", "文字", "type"), ("卡的名称，例如“法国 Free 备用号”或号码后四位", "卡的名稱，例如「法國 Free 備用號」或號碼後四位", "The card's name, such as \"France Free spare\" or the last four digits"),
               footer: ("输入名称", "輸入名稱", "type a name")),
         entry("Ctrl-U", ("清空名称", "清空名稱", "Clear the name"), footer: ("清空", "清空", "clear")),
         entry("Enter", ("保存这张卡", "儲存這張卡", "Keep the card"), footer: ("保存", "儲存", "keep")),
         entry("Esc", ("关闭", "關閉", "Close"), footer: ("关闭", "關閉", "close"))]
    }

    /// The list of kept cards on the first screen.
    func cards() -> [Entry] {
        [entry("↑↓", ("选择一张卡", "選擇一張卡", "Choose a card"), footer: ("选择", "選擇", "choose")),
         entry("Enter", ("打开这张卡的续期计划", "打開這張卡的續期計劃", "Open this card's renewal plan"), footer: ("计划", "計劃", "plan")),
         entry("t", ("记下今天已充值（有有效期规则时算出新期限）", "記下今天已增值（有有效期規則時算出新期限）", "Record a top-up today (a new deadline where the content has a validity rule)"),
               footer: ("已充值", "已增值", "topped up")),
         entry("e", ("输入运营商显示的新到期日", "輸入電訊商顯示的新到期日", "Type the new expiry date the operator shows"), footer: ("到期日", "到期日", "expiry")),
         entry("c", ("为这张卡开始注销", "為這張卡開始註銷", "Start cancelling this card"), footer: ("注销", "註銷", "cancel")),
         entry("x", ("从列表里删除（会先询问）", "從列表裏刪除（會先詢問）", "Remove it from the list (asks first)"), footer: ("删除", "刪除", "remove")),
         entry("Esc", ("关闭列表，开始新的问题", "關閉列表，開始新的問題", "Close the list and start afresh"), footer: ("关闭", "關閉", "close")),
         entry("q", ("退出", "退出", "Quit"), footer: ("退出", "退出", "quit")),
         helpKey]
    }

    /// Typing a card's new expiry date.
    func cardExpiry() -> [Entry] {
        [entry("0-9", ("输入日期，例如 2026-10-03；Backspace 删除", "輸入日期，例如 2026-10-03；Backspace 刪除", "Type the date, such as 2026-10-03; Backspace erases"),
               footer: ("输入日期", "輸入日期", "type the date")),
         entry("Enter", ("记下这个到期日", "記下這個到期日", "Record this expiry"), footer: ("保存", "儲存", "save")),
         entry("Esc", ("取消", "取消", "Cancel"), footer: ("取消", "取消", "cancel"))]
    }

    func picker() -> [Entry] {
        [entry("↑↓", ("选择", "選擇", "Choose"), footer: ("选择", "選擇", "choose")),
         entry("1-9", ("按编号选择", "按編號選擇", "Choose by number")),
         entry("Enter", ("继续这个进度，或重新开始", "繼續這個進度，或重新開始", "Continue this session, or start afresh"), footer: ("确定", "確定", "open")),
         entry("Esc", ("重新开始", "重新開始", "Start afresh"), footer: ("重新开始", "重新開始", "start afresh")),
         entry("q", ("退出", "退出", "Quit"), footer: ("退出", "退出", "quit")),
         helpKey]
    }

    func quit() -> [Entry] {
        [entry("y", ("退出", "退出", "Quit"), footer: ("退出", "退出", "quit")),
         entry("n Esc", ("继续", "繼續", "Stay"), footer: ("继续", "繼續", "stay"))]
    }

    /// A dialog's footer: every key with a footer word, in groups the dialog box wraps to its width.
    static func dialogFooter(_ entries: [Entry]) -> String {
        entries.compactMap { entry in entry.footer.map { "\(entry.keys) \($0)" } }.joined(separator: "  ")
    }
}
