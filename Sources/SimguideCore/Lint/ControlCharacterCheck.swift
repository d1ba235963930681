/// Control characters in texts: a tab, an escape sequence, a C1 control or a bidirectional override in a
/// flow text would break the layout or act on the reader's terminal (set its title, write its
/// clipboard, reverse a sentence). Output shows them visibly (`VisibleControls`); lint refuses them.
struct ControlCharacterCheck {
    let flow: Flow

    func findings() -> [Finding] {
        var texts = flow.userTexts
        for source in flow.sources { texts.append(FlowText(text: source.title, what: "title of source '\(source.id)'", position: source.position)) }
        var found: [Finding] = []
        for item in texts {
            for (language, text) in item.text.entries.map({ ($0.code, $0.text) }) {
                guard let scalar = text.unicodeScalars.first(where: VisibleControls.isHidden) else { continue }
                found.append(Finding(.error, .controlCharacter, at: item.position, """
                    \(item.what) (\(language)) contains \(Self.name(scalar)); flow texts may hold no control or \
                    bidirectional-override character: remove it (a line break is written as a new line)
                    """))
            }
        }
        for contact in flow.contacts {
            if let phone = contact.phone, let scalar = phone.unicodeScalars.first(where: VisibleControls.isHidden) {
                found.append(Finding(.error, .controlCharacter, at: contact.position,
                                     "the phone of contact '\(contact.id)' contains \(Self.name(scalar)); remove it"))
            }
        }
        return found
    }

    /// `a tab (U+0009)`, `U+202E`.
    private static func name(_ scalar: Unicode.Scalar) -> String {
        let names: [UInt32: String] = [0x09: "a tab", 0x0D: "a carriage return", 0x1B: "an escape character", 0x07: "a bell character"]
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return names[scalar.value].map { "\($0) (\(code))" } ?? code
    }
}
