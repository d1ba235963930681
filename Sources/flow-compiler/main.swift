#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SimguideCore

// flow-compiler ROOT.yaml OUTPUT-FOLDER
//
// Compiles the bundled flow into Swift (the SimguideBundledFlow module; run by the FlowCompilerPlugin on
// every build where a YAML file changed). The flow is loaded exactly as the program loads it and must
// pass the start-up lint, since the program skips that lint when it uses the compiled flow. The
// date-dependent checks of `simguide lint` (sources overdue for review) are left to `make test`: an old
// release must still build years later.

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    GeneratorFiles.fail("usage: flow-compiler ROOT.yaml OUTPUT-FOLDER")
}
let root = arguments[1], output = arguments[2]

let flow: Flow
do {
    flow = try FlowLoader.load(path: root)
} catch {
    GeneratorFiles.fail("\(error)\nflow-compiler: the flow cannot be loaded, so it cannot be compiled")
}
let errors = FlowLinter(flow: flow).findings(.startUp).filter { $0.severity == .error }
guard errors.isEmpty else {
    let list = errors.map(\.description).joined(separator: "\n")
    GeneratorFiles.fail("\(list)\nflow-compiler: the flow has \(errors.count) error(s); fix them (simguide lint lists all findings)")
}
do {
    let bytes = try flow.files.map(GeneratorFiles.read)
    for source in try FlowSourceWriter(flow: flow, bytes: bytes).sources() {
        try GeneratorFiles.save(source.text, to: output + "/" + source.name)
    }
} catch {
    GeneratorFiles.fail("flow-compiler: \(error)")
}
