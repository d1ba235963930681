import CFuzzerDriver
import Foundation
import SimguideCore

/// libFuzzer over flow loading: every input is a flow file. Loading must end in a flow or a `FlowError`, and
/// a loaded flow must lint without trapping; a trap, a hang or running out of memory is a finding.
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
            }
            return 0
        })
    }
}
