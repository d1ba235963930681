import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import SimguideCore
import SimguideExports
import SimguideStore

/// `simguide letter [ID] --answer ... --field name=...`: fills in a letter the plan offers.
struct LetterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letter",
        abstract: "Fill in a letter the plan offers (termination letter, power of attorney).",
        discussion: """
        Without ID, lists the letters offered for the answers. Blanks are those the flow declares \
        (letter_blanks: name, birth_date, address, phone, ... in the bundled flow); \
        a blank left out is printed as a line to write on by hand.
        Example: simguide letter fr-lettre-resiliation --answer action=cancel --answer region=fr \\
                   --answer carrier=free --answer card_type=keep --answer abroad=yes --field name="Li Hua"
        """)

    @OptionGroup var options: CommonOptions

    @Argument(help: "The letter's id, as listed without it.")
    var id: String?

    @OptionGroup var answers: AnswerOptions

    @Option(name: .long, help: ArgumentHelp("A blank of the letter, as name=value (repeat).", valueName: "name=value"))
    var field: [String] = []

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, html }

    @Option(name: .long, help: "Output format: text or html.")
    var format: Format = .text

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the letter to this file instead of standard output.", valueName: "path"))
    var output: String?

    func run() throws {
        let flow = try options.loadCheckedFlow()
        let session = try AnswerReplay.session(flow: flow, answers: try answers.given(flow: flow, language: options.language), language: options.language)
        let plan = PlanComposer(flow: flow).compose(session)
        guard let id else {
            if plan.letters.isEmpty {
                try Console.out(options.language.text(.cliNoLetter))
            }
            try Console.out(plan.letters.map { "\($0.id)  \($0.title.text(options.language))\n" }.joined())
            return
        }
        guard let letter = plan.letters.first(where: { $0.id == id }) else {
            let offered = plan.letters.map(\.id)
            throw Failure(code: Failure.usage, message: "simguide: the plan for these answers offers no letter '\(id)'; "
                          + (offered.isEmpty ? "it offers none" : "it offers: \(offered.joined(separator: ", "))"))
        }
        var values: [String: String] = [:]
        for item in field {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            let blanks = flow.letterBlanks.map(\.id)
            guard parts.count == 2, blanks.contains(parts[0]) else {
                throw Failure(code: Failure.usage, message: "simguide: --field '\(item)' must be name=value with a name among: \(blanks.joined(separator: ", "))")
            }
            values[parts[0]] = parts[1]
        }
        let renderer = LetterRenderer(language: options.language)
        let text = format == .html ? renderer.html(letter, plan: plan, fields: values) : renderer.text(letter, plan: plan, fields: values)
        guard let output else {
            try Console.out(text)
            return
        }
        try OutputTargets.check([.init(option: "--output", path: output)], flowFiles: flow.files)
        // A letter holds the user's name and address: a new file is readable by its owner only.
        try OutputTargets.write(text, to: output, permissions: AtomicFile.privatePermissions)
    }
}
