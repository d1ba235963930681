import SimguideBundledFlow
import SimguideCore

/// Reads a flow for a command: the flow compiled into the program when the files at the path are, byte
/// for byte, the bundled flow it was compiled from (installed or in the checkout, wherever they are);
/// otherwise the YAML, as an edited flow or `--flow` to another one must be read.
enum FlowReader {
    /// The flow whose root file is at `path`, and whether it is the compiled one, which passed the
    /// start-up lint when it was compiled.
    static func load(path: String) throws -> (flow: Flow, compiled: Bool) {
        if let flow = BundledFlow.precompiled.flow(rootPath: path) { return (flow, true) }
        return (try FlowLoader.load(path: path), false)
    }
}
