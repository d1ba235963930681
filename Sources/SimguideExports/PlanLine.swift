import SimguideCore

/// One line of a plan laid out as text: what it shows and whether it starts an item that can be ticked.
public struct PlanLine: Equatable, Sendable {
    /// What a line is part of, for styling on screen.
    public enum Kind: Sendable, Equatable {
        case heading, text, item, warning
    }

    public let text: String
    public let kind: Kind
    /// Set on the first line of a step or document: the key under which its tick is saved.
    public let tickKey: String?

    /// The tick key of a step: its rule and number, stable across languages and runs.
    public static func tickKey(_ step: Step) -> String { "step:\(step.key)" }

    /// The tick key of a document: its id.
    public static func tickKey(_ document: Document) -> String { "document:\(document.id)" }
}
