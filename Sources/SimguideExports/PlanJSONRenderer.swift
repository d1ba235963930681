#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SimguideCore

/// Renders a plan as JSON with a stable, versioned schema (see `docs/plan-json.md`).
public struct PlanJSONRenderer {
    /// The schema name and version written in every document.
    public static let schema = "simguide.plan/1"
    public let language: Language
    /// The renewal deadline computed from what the user entered.
    public let deadline: RenewalDeadline?

    public init(language: Language, deadline: RenewalDeadline? = nil) {
        self.language = language
        self.deadline = deadline
    }

    /// The plan as JSON; `done` is true for the steps and documents whose tick keys are in `ticked`.
    public func render(_ plan: Plan, ticked: Set<String> = []) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(document(plan, ticked: ticked))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private func document(_ plan: Plan, ticked: Set<String>) -> PlanDocument {
        var number = 0
        return PlanDocument(
            schema: Self.schema,
            language: language.rawValue,
            flow: .init(title: plan.flowTitle.text(language), version: plan.flowVersion),
            renewal: renewal(plan),
            answers: plan.answers.map {
                .init(question: $0.question.id, value: $0.option.value,
                      prompt: $0.question.prompt.text(language), label: $0.option.label.text(language))
            },
            phases: plan.sections.map { section in
                .init(phase: section.phase.rawValue, title: section.phase.title(language), steps: section.steps.map { step in
                    number += 1
                    return .init(number: number, key: step.key, done: ticked.contains(PlanLine.tickKey(step)),
                                 channel: step.channel.rawValue, title: step.title.text(language),
                                 text: step.text?.text(language), cost: step.cost?.text(language),
                                 duration: step.duration?.text(language), deadline: step.deadline?.text(language),
                                 documents: step.documents.map(\.id), contacts: step.contacts.map(\.id),
                                 sources: step.sources.map(\.id),
                                 toConfirmSince: plan.reviewOverdue(step.sources)?.description)
                })
            },
            documents: plan.documents.map {
                .init(id: $0.id, done: ticked.contains(PlanLine.tickKey($0)), name: $0.name.text(language),
                      note: $0.note?.text(language))
            },
            contacts: plan.contacts.map {
                .init(id: $0.id, name: $0.name.text(language), phone: $0.phone,
                      fromAbroad: $0.fromAbroad?.text(language), url: $0.url, note: $0.note?.text(language))
            },
            warnings: plan.warnings.map { .init(text: $0.text.text(language), sources: $0.sources.map(\.id)) },
            sources: plan.sources.enumerated().map {
                .init(id: $1.id, number: $0 + 1, title: $1.title.text(language), url: $1.url,
                      checked: $1.checked, confidence: $1.confidence.rawValue, reviewBy: $1.reviewDate?.description,
                      overdue: plan.overdue[$1.id] != nil)
            })
    }

    /// The renewal deadline as the plan states it: dates when known, the content's rule, the same words.
    private func renewal(_ plan: Plan) -> PlanDocument.Renewal? {
        guard deadline != nil || plan.reminder != nil else { return nil }
        let rule = deadline?.rule ?? (deadline == nil ? plan.reminder : nil)
        return .init(expiry: deadline?.expiry.description, renewBy: deadline?.renewBy.description,
                     validDays: rule?.validDays, confidence: rule?.confidence.rawValue, sources: rule?.sources.map(\.id),
                     text: PlanLabels(language: language).deadlineLines(deadline, rule: plan.reminder, plan: plan))
    }
}

/// The JSON document; field names are part of the public schema.
private struct PlanDocument: Encodable {
    struct FlowInfo: Encodable { let title: String; let version: String }
    struct Answer: Encodable { let question: String; let value: String; let prompt: String; let label: String }
    struct PhaseEntry: Encodable { let phase: String; let title: String; let steps: [StepEntry] }
    struct StepEntry: Encodable {
        let number: Int; let key: String; let done: Bool; let channel: String; let title: String
        let text: String?; let cost: String?; let duration: String?; let deadline: String?
        let documents: [String]; let contacts: [String]; let sources: [String]
        /// Set when a source of the step is overdue for review: the day it was due.
        let toConfirmSince: String?
        enum CodingKeys: String, CodingKey {
            case number, key, done, channel, title, text, cost, duration, deadline, documents, contacts, sources
            case toConfirmSince = "to_confirm_since"
        }
    }
    struct DocumentEntry: Encodable { let id: String; let done: Bool; let name: String; let note: String? }
    struct ContactEntry: Encodable {
        let id: String; let name: String; let phone: String?; let fromAbroad: String?; let url: String?; let note: String?
        enum CodingKeys: String, CodingKey { case id, name, phone, fromAbroad = "from_abroad", url, note }
    }
    struct Renewal: Encodable {
        let expiry: String?; let renewBy: String?; let validDays: Int?; let confidence: String?; let sources: [String]?
        let text: [String]
        enum CodingKeys: String, CodingKey {
            case expiry, renewBy = "renew_by", validDays = "valid_days", confidence, sources, text
        }
    }
    struct WarningEntry: Encodable { let text: String; let sources: [String] }
    struct SourceEntry: Encodable {
        let id: String; let number: Int; let title: String; let url: String; let checked: String; let confidence: String
        let reviewBy: String?; let overdue: Bool
        enum CodingKeys: String, CodingKey { case id, number, title, url, checked, confidence, reviewBy = "review_by", overdue }
    }

    let schema: String
    let language: String
    let flow: FlowInfo
    /// Present on renewal plans only.
    let renewal: Renewal?
    let answers: [Answer]
    let phases: [PhaseEntry]
    let documents: [DocumentEntry]
    let contacts: [ContactEntry]
    let warnings: [WarningEntry]
    let sources: [SourceEntry]
}
