import SimguideCore

/// The invocations of the plain wizard that are read without ArgumentParser, whose reflection over every
/// command's options costs more than drawing the first screen: no arguments at all, or only `--lang L`
/// (or `--lang=L`, L one of the languages), `--plain` and `--no-save`, each at most once. Anything else
/// (help, `--version`, subcommands, other options, repeated or misspelt ones, a bad language) is left to
/// ArgumentParser, so its messages and exit codes stay the only ones.
struct PlainWizardArguments: Equatable {
    var lang: Language?
    var plain = false
    var noSave = false

    /// The arguments after the program's name, or nil when they need the parser.
    init?(_ arguments: ArraySlice<String>) {
        // An array, not a Set: three names at most, and no hashing to set up before the first frame.
        var seen: [String] = []
        var rest = arguments
        while let argument = rest.popFirst() {
            let (name, attached) = Self.split(argument)
            guard !seen.contains(name) else { return nil }
            seen.append(name)
            switch name {
            case "--plain" where attached == nil: plain = true
            case "--no-save" where attached == nil: noSave = true
            case "--lang":
                guard let value = attached ?? rest.popFirst(), let language = Language(rawValue: value) else { return nil }
                lang = language
            default: return nil
            }
        }
    }

    /// `--name=value` as name and value; any other argument as itself and no value.
    private static func split(_ argument: String) -> (String, String?) {
        guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }

    /// The wizard these arguments ask for, as `WizardCommand` would have built it.
    var run: WizardRun {
        WizardRun(choice: FlowChoice(flow: nil, lang: lang), plain: plain, noSave: noSave)
    }
}
