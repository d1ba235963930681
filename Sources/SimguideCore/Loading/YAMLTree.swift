/// One YAML document as the flow readers see it: text, lists and mappings, each with the line and column
/// where it starts. Tags are ignored and every scalar is text, because the readers decide what a value means.
///
/// Aliases are resolved while reading; an aliased subtree is shared, not copied, so a document whose
/// aliases expand exponentially stays small in memory (`NodeBudget` caps how much of it is visited).
enum YAMLTree: Equatable, Sendable {
    case scalar(String, Mark)
    case sequence([YAMLTree], Mark)
    case mapping([Pair], Mark)

    /// A 1-based line and column (columns count characters, as editors do).
    struct Mark: Equatable, Sendable {
        let line: Int
        let column: Int

        init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }
    }

    /// One `key: value` entry of a mapping, in the order written.
    struct Pair: Equatable, Sendable {
        let key: YAMLTree
        let value: YAMLTree

        init(key: YAMLTree, value: YAMLTree) {
            self.key = key
            self.value = value
        }
    }

    var mark: Mark {
        switch self {
        case .scalar(_, let mark), .sequence(_, let mark), .mapping(_, let mark): return mark
        }
    }
}
