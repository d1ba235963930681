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

/// `--answer question=value` (repeated) and `--answers FILE`, shared by `plan`, `letter` and the wizard.
///
/// Both may be given: the file first, then each `--answer`, which replaces the file's answer to the same
/// question (so one answer can be changed without editing the file).
struct AnswerOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("An answer, as question=value (repeat for each question); replaces the same question's answer in --answers.", valueName: "question=value"),
            completion: .custom(AnswerCompletion.candidates))
    var answer: [String] = []

    @Option(name: .long, help: ArgumentHelp("Read answers from this file: question=value lines (blank lines and # comments allowed), or a saved session's JSON.", valueName: "file"),
            completion: .file())
    var answers: String?

    /// Whether any answer was given.
    var isEmpty: Bool { answer.isEmpty && answers == nil }

    /// The answers from the file and the command line, each with the place it was given.
    func given(flow: Flow, language: Language) throws -> [String: GivenAnswer] {
        var given = try answers.map { try AnswersFile.read(path: $0, flow: flow, language: language) } ?? [:]
        for (question, answer) in try AnswerReplay.parse(answer, flow: flow) { given[question] = answer }
        return given
    }
}
