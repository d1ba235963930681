import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SimguideCore

/// Options every command takes: which flow to read and which language to speak.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Read the flow from this YAML file (or folder with simguide.yaml) instead of the bundled one.", valueName: "path"))
    var flow: String?

    @Option(name: .long, help: Self.languageHelp)
    var lang: Language?

    /// `--lang`'s help names the languages whose catalogues are installed, so that a new catalogue shows in
    /// `--help`, the man page and the completions without a change here.
    static var languageHelp: ArgumentHelp {
        let headers = InterfaceTexts.installed.headers
        let listed = headers.map { "\($0.code) (\($0.name))" }.joined(separator: ", ")
        let codes = headers.isEmpty ? "code" : headers.map(\.code).joined(separator: "|")
        return ArgumentHelp("""
            Language: \(listed.isEmpty ? "a code with a catalogue in the interface folder" : listed) (default: from LC_ALL, \
            LC_MESSAGES or LANG: zh-Hant for zh_HK, zh_MO, zh_TW; zh for other zh*; a language of its own when installed; else en).
            """, valueName: codes)
    }

    /// The same choice as a plain value, for code that also runs without the parser.
    var choice: FlowChoice { FlowChoice(flow: flow, lang: lang) }

    var language: Language { choice.language }

    /// The flow file to read: `--flow` (a folder means its `simguide.yaml`), or the bundled one.
    func flowPath() throws -> String { try choice.flowPath() }

    /// Loads the flow and refuses one with lint errors (see `FlowChoice.loadCheckedFlow`).
    func loadCheckedFlow() throws -> Flow { try choice.loadCheckedFlow() }

    func loadFlow() throws -> Flow { try choice.loadFlow() }
}

/// Which flow to read and which language to speak: `--flow` and `--lang`, or their defaults.
struct FlowChoice {
    var flow: String?
    var lang: Language?

    var language: Language { lang ?? Language.preferred(environment: ProcessEnvironment.values) }

    /// The flow file to read: `--flow` (a folder means its `simguide.yaml`), or the bundled one.
    func flowPath() throws -> String {
        if let flow { return FlowLocator.flowFile(given: flow) }
        guard let path = FlowLocator.bundledFlowPath() else {
            throw Failure(code: Failure.flowUnreadable, message: """
                simguide: cannot find the bundled flow (Resources/flow/simguide.yaml next to the checkout, or \
                share/simguide/flow/simguide.yaml next to the installed binary); pass --flow PATH
                """)
        }
        return path
    }

    /// Loads the flow and refuses one with lint errors, since a broken flow would mislead the user. Only
    /// the linear checks run here, and not on the compiled bundled flow, which passed them when it was
    /// compiled; `simguide lint` and the test suite also walk every path.
    func loadCheckedFlow() throws -> Flow {
        try checkInterfaceTexts()
        let (flow, compiled) = try readFlow()
        if compiled { return flow }
        let errors = FlowLinter(flow: flow).findings(.startUp).filter { $0.severity == .error }
        guard errors.isEmpty else {
            let list = errors.prefix(10).map(\.description).joined(separator: "\n")
            throw Failure(code: Failure.flowUnreadable,
                          message: "\(list)\nsimguide: the flow has \(errors.count) error(s); run 'simguide lint' for all of them")
        }
        return flow
    }

    /// Reads the catalogue of the language in use, which the first screen needs anyway: one that cannot
    /// be read ends the program with its file, line and column, as a broken flow does.
    func checkInterfaceTexts() throws {
        let language = self.language
        guard language.texts.folder != nil else {
            throw Failure(code: Failure.flowUnreadable, message: """
                simguide: cannot find the interface texts (Resources/interface next to the checkout, or \
                share/simguide/interface next to the installed binary)
                """)
        }
        do {
            _ = try language.texts.catalogue(language.code)
        } catch let error as FlowError {
            throw Failure(code: Failure.flowUnreadable, message: """
                \(error)
                simguide: fix the catalogue ('simguide lint' lists every problem), or choose another language with --lang
                """)
        }
    }

    func loadFlow() throws -> Flow { try readFlow().flow }

    private func readFlow() throws -> (flow: Flow, compiled: Bool) {
        do {
            return try FlowReader.load(path: try flowPath())
        } catch let error as FlowError {
            throw Failure(code: Failure.flowUnreadable, message: error.description)
        }
    }
}

extension Language: ExpressibleByArgument {}
