/// User-facing text that lacks Chinese or English.
struct TranslationCheck {
    let flow: Flow
    static let required: [Language] = [.zh, .en]

    func findings() -> [Finding] {
        flow.userTexts.flatMap { item in
            item.text.missing(Self.required).map { language in
                Finding(.error, .missingTranslation, at: item.position,
                        "\(item.what) has no '\(language.rawValue)' text; add '\(language.rawValue): ...'")
            }
        }
    }
}
