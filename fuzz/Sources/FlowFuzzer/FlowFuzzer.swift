import CFuzzerDriver
import Foundation
import SimguideCore

/// libFuzzer over flow loading: every input is a flow file. Loading must end in a flow or a `FlowError`, and
/// a loaded flow must lint without trapping; a trap, a hang or running out of memory is a finding.
/// Every text of a loaded flow must reach the terminal with no control character, as wide as laid out.
/// Included files are looked up in the bundled flow's folder, so a mutated root file still reaches them.
@main
enum FlowFuzzer {
    static let flowFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Resources/flow").path

    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            guard let data else { return 0 }
            let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
            if let flow = try? FlowLoader.load(yaml: text, name: "fuzz.yaml", directory: FlowFuzzer.flowFolder) {
                _ = FlowLinter(flow: flow, today: "2026-01-01").findings(.full)
                checkTextsRenderSafely(flow)
            }
            return 0
        })
    }
}

/// Traps (a finding for libFuzzer) when a text of `flow`, laid out for 40 columns, is drawn with a control
/// character or wider than 40 columns.
func checkTextsRenderSafely(_ flow: Flow) {
    var texts: [LocalizedText] = []
    for question in flow.questions { texts += [question.prompt] + question.options.map(\.label) }
    for rule in flow.rules {
        for step in rule.steps { texts += [step.title] + [step.text].compactMap { $0 } }
        texts += rule.warnings.map(\.text)
    }
    for text in texts {
        for translation in text.translations.values {
            for line in TextLayout.wrap(translation, width: 40) {
                let drawn = VisibleControls.visible(line)
                precondition(!drawn.unicodeScalars.contains(where: VisibleControls.isHidden), "a control character reaches the terminal")
                precondition(DisplayWidth.of(drawn) <= 40, "drawn wider than laid out")
            }
        }
    }
}
