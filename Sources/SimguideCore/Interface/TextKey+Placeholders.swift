/// The placeholders of interface texts: `{name}`, filled in by the program.
extension TextKey {
    /// Texts phrased around different facts in different languages, with every placeholder the program
    /// fills in for them. Lint lets each language use any of these; every other text must use the same
    /// placeholders in every language.
    public static let freelyPhrased: [TextKey: Set<String>] = [
        // Chinese names the year, month and day; English quotes the date and names the month.
        .dateNoSuchDay: ["year", "month", "day", "days", "problem"],
    ]

    /// Keys a catalogue may leave out: `language.fallback` (a language with none falls back to English).
    public static let optional: Set<TextKey> = [.languageFallback]

    /// The names of the placeholders in `text`, in order; nil when a `{` has no `}` or a name is empty.
    public static func placeholders(in text: String) -> [Substring]? {
        var names: [Substring] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { return nil }
            let name = rest[rest.index(after: open)..<close]
            guard !name.isEmpty, !name.contains("{" as Character) else { return nil }
            names.append(name)
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
