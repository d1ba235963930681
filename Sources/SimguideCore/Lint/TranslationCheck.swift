/// User-facing text that lacks a language of the flow: Simplified Chinese and English always, and every
/// other language the flow's title is written in (a flow offers Traditional Chinese by giving its title
/// a `zh-Hant` text, and from then on every text needs one).
struct TranslationCheck {
    let flow: Flow

    /// The language codes every text of `flow` must have: `zh`, `en` and those of the title.
    static func required(_ flow: Flow) -> [String] {
        ["zh", "en"] + flow.title.entries.map(\.code).filter { $0 != "zh" && $0 != "en" && $0 != "*" }
    }

    func findings() -> [Finding] {
        let required = Self.required(flow)
        return flow.userTexts.flatMap { item in
            item.text.missing(required).map { language in
                Finding(.error, .missingTranslation, at: item.position,
                        "\(item.what) has no '\(language)' text; add '\(language): ...'")
            }
        }
    }
}
