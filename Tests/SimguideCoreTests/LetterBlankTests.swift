import Testing
@testable import SimguideCore

/// Letter blanks are declared in the flow: a new one needs no Swift.
@Suite struct LetterBlankTests {
    static let flow = Fixtures.small
        .replacingOccurrences(of: "start: action\n", with: """
            start: action
            letter_blanks:
              - {id: name, label: {zh: 姓名, en: Name}}
              - {id: iban, label: {zh: 银行账号, en: Bank account (IBAN)}}

            """)
        .replacingOccurrences(of: "documents:\n  - {id: passport", with: """
            letters:
              - id: refund
                channel: post
                when: {action: cancel, region: fr}
                title: {zh: 退款信, en: Refund letter}
                language: en
                paragraphs:
                  - text: {zh: "{name}，请退款到 {iban}", en: "{name}, please refund to {iban}"}
                sources: [s1]
            documents:
              - {id: passport
            """)

    @Test func aNewBlankIsDeclaredUsedAndFilledInWithoutSwift() throws {
        let flow = try FlowLoader.load(yaml: Self.flow, name: "blanks.yaml")
        #expect(flow.letterBlanks.map(\.id) == ["name", "iban"])
        #expect(FlowLinter(flow: flow, today: "2026-11-22").findings().filter { $0.code == .unknownBlank }.isEmpty)
        let letter = try #require(flow.letters.first)
        #expect(letter.fieldsUsed(for: ["action": "cancel", "region": "fr"], order: flow.letterBlanks.map(\.id)) == ["name", "iban"])
        #expect(Letter.fill("{name}, please refund to {iban}", ["name": "Li Hua"]) == "Li Hua, please refund to ________________")
    }

    @Test func anUndeclaredBlankSaysWhereToDeclareIt() throws {
        let found = FlowLinter(flow: try FlowLoader.load(yaml: Self.flow.replacingOccurrences(of: "{iban}\"", with: "{ibn}\""), name: "blanks.yaml"),
                               today: "2026-11-22").findings()
        #expect(found.contains { $0.code == .unknownBlank && $0.message.contains("'{ibn}'; did you mean '{iban}'?") && $0.message.contains("letter_blanks") })
    }
}
