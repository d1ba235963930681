/// A YAML node with the file it came from, read with messages that say where and what to fix.
///
/// Every reader checks the node's shape and throws a `FlowError` at the node's position otherwise, so the
/// flow readers above it stay declarative.
struct YAMLNode {
    let tree: YAMLTree
    let file: String
    /// Shared count of nodes visited, so that alias-expanded documents cannot make loading hang.
    let budget: NodeBudget

    var position: SourcePosition {
        SourcePosition(file: file, line: tree.mark.line, column: tree.mark.column)
    }

    func child(_ tree: YAMLTree) throws -> YAMLNode {
        try budget.spend(at: position)
        return YAMLNode(tree: tree, file: file, budget: budget)
    }

    /// A plain text value. Numbers and booleans are read as written (`yes` stays "yes").
    func string(_ what: String) throws -> String {
        guard case let .scalar(text, _) = tree else {
            throw FlowError(.wrongType, "\(what) must be text, found \(kind)", at: position)
        }
        return text
    }

    /// A non-empty identifier made of letters, digits, `_`, `-` and `.`.
    func identifier(_ what: String) throws -> String {
        let text = try string(what)
        let allowed = text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "_-.".unicodeScalars.contains($0)
        }
        guard !text.isEmpty, allowed else {
            throw FlowError(.badID, "\(what) '\(text)' must be a plain id: letters, digits, '_', '-' or '.'", at: position)
        }
        return text
    }

    func integer(_ what: String) throws -> Int {
        let text = try string(what)
        guard let value = Int(text) else {
            throw FlowError(.wrongType, "\(what) must be a whole number, found '\(text)'", at: position)
        }
        return value
    }

    /// The items of a list.
    func sequence(_ what: String) throws -> [YAMLNode] {
        guard case let .sequence(items, _) = tree else {
            throw FlowError(.wrongType, "\(what) must be a list ('- ' items), found \(kind)", at: position)
        }
        return try items.map(child)
    }

    /// A list of ids; a single id is accepted as a list of one.
    func identifiers(_ what: String) throws -> [(String, SourcePosition)] {
        if case .scalar = tree { return [(try identifier(what), position)] }
        return try sequence(what).map { (try $0.identifier(what), $0.position) }
    }

    /// A mapping whose keys must be among `allowed` (any key when `nil`); unknown and repeated keys are errors.
    func mapping(_ what: String, allowed: [String]?) throws -> YAMLMapping {
        guard case let .mapping(pairs, _) = tree else {
            throw FlowError(.wrongType, "\(what) must be a mapping ('key: value' lines), found \(kind)", at: position)
        }
        var entries: [(key: String, keyPosition: SourcePosition, value: YAMLNode)] = []
        for pair in pairs {
            let key = try child(pair.key)
            let name = try key.string("a key")
            if entries.contains(where: { $0.key == name }) {
                throw FlowError(.repeatedKey, "'\(name)' appears twice in \(what); keep one", at: key.position)
            }
            if let allowed, !allowed.contains(name) {
                if let slip = YAMLNode.slip(name, at: key.position, after: entries.last) {
                    throw FlowError(slip.code, slip.message, at: key.position)
                }
                throw FlowError(.unknownKey, YAMLNode.unknownKeyMessage(name, in: what, allowed: allowed), at: key.position)
            }
            entries.append((name, key.position, try child(pair.value)))
        }
        return YAMLMapping(what: what, position: position, entries: entries)
    }

    /// What kind of node this is, in words for messages.
    var kind: String {
        switch tree {
        case .scalar(let text, _): return "text '\(text.prefix(40))'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        }
    }

    /// What an unknown key most likely is, when it is a typing slip rather than a wrong name: a language
    /// code that lost its indentation under a text above it, or a piece of a text cut at an unquoted comma
    /// or colon inside `{ }`.
    static func slip(_ name: String, at position: SourcePosition,
                     after previous: (key: String, keyPosition: SourcePosition, value: YAMLNode)?) -> (code: LoadErrorCode, message: String)? {
        if ["zh", "en", "fr", "zh-Hant"].contains(name), let previous, case let .mapping(pairs, _) = previous.value.tree,
           let sibling = pairs.first.flatMap({ pair -> SourcePosition? in
               guard case let .scalar(key, _) = pair.key, ["zh", "en", "fr", "zh-Hant"].contains(key) else { return nil }
               return SourcePosition(file: position.file, line: pair.key.mark.line, column: pair.key.mark.column)
           }) {
            return (.indentation, "indentation: '\(name):' (column \(position.column)) is less indented than the texts of '\(previous.key)' above it (column \(sibling.column)); indent it to line up with them")
        }
        if name.contains(where: { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }) || name.contains(where: { !$0.isASCII }) {
            return (.unquotedText, "'\(name)' is not a key: a comma or colon inside '{ }' ends a text there; put the whole text in quotes (\"...\")")
        }
        return nil
    }

    static func unknownKeyMessage(_ key: String, in what: String, allowed: [String]) -> String {
        let hint = closest(to: key, among: allowed).map { "did you mean '\($0)'? " } ?? ""
        return "unknown key '\(key)' in \(what); \(hint)allowed keys: \(allowed.joined(separator: ", "))"
    }

    /// The allowed word nearest to a typo, when it is near enough to be a likely intent.
    static func closest(to word: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, editDistance(word, $0)) }.min { $0.1 < $1.1 }
        guard let (best, distance) = scored, distance <= max(1, best.count / 3) else { return nil }
        return best
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

/// The checked entries of a YAML mapping.
struct YAMLMapping {
    let what: String
    let position: SourcePosition
    let entries: [(key: String, keyPosition: SourcePosition, value: YAMLNode)]

    subscript(key: String) -> YAMLNode? {
        entries.first { $0.key == key }?.value
    }

    func required(_ key: String) throws -> YAMLNode {
        guard let value = self[key] else {
            throw FlowError(.missingKey, "\(what) needs '\(key)'", at: position)
        }
        return value
    }
}

/// Caps the number of nodes read from one flow, whatever aliases expand to.
final class NodeBudget: @unchecked Sendable {
    private var remaining: Int

    init(limit: Int = 2_000_000) { remaining = limit }

    func spend(at position: SourcePosition) throws {
        remaining -= 1
        if remaining < 0 {
            throw FlowError(.tooLarge, "the flow is too large once its aliases are expanded; remove repeated '*alias' uses", at: position)
        }
    }
}
