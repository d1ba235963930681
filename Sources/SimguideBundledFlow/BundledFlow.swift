import SimguideCore

/// The bundled flow (`Resources/flow`), compiled into the program at build time by `flow-compiler`, so
/// that starting does not read YAML. The YAML stays the source of truth: the compiled flow is used only
/// when the files the program is about to read are byte for byte the ones it was compiled from.
public enum BundledFlow {
    /// The compiled flow and the bytes it was compiled from (the rest of this type is generated).
    public static let precompiled = PrecompiledFlow(files: compiledFiles, make: compiledFlow)
}
