// libyaml's events (the system's library) are read directly into `YAMLTree`, in one pass: no generic
// node tree to copy, no tag resolution (the loader reads every value as text).
internal import CYaml

/// Reads the single YAML document of a file into a `YAMLTree`, or throws a `FlowError` at the place where
/// the YAML syntax is wrong. Nesting stops at 1,000 levels, so the tree is never deeper (its users recurse).
enum YAMLEventReader {
    /// The tree of the document in `bytes` (UTF-8), or nil when the file holds no document at all.
    static func read(_ bytes: UnsafeRawBufferPointer, file: String) throws -> YAMLTree? {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return nil }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw FlowError(.unreadableFile, "YAML cannot be read: out of memory", file: file)
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, base.assumingMemoryBound(to: UInt8.self), bytes.count)
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)

        var builder = Builder(file: file)
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                throw syntaxError(parser, file: file)
            }
            defer { yaml_event_delete(&event) }
            if event.type == YAML_STREAM_END_EVENT { break }
            try builder.take(event)
        }
        return builder.root
    }

    /// Turns events into a tree with a stack of open lists and mappings.
    private struct Builder {
        let file: String
        var root: YAMLTree?
        var documents = 0
        var anchors: [String: YAMLTree] = [:]
        var open: [(items: [YAMLTree], mark: YAMLTree.Mark, anchor: String?, isMapping: Bool)] = []

        /// Lists and mappings inside each other deeper than this are refused: a flow needs a few levels,
        /// and code that walks the tree recurses.
        static let maximumNesting = 1_000

        init(file: String) { self.file = file }

        mutating func take(_ event: yaml_event_t) throws {
            let mark = YAMLTree.Mark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
            switch event.type {
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    throw FlowError(.secondDocument, "a flow file holds one YAML document; remove the second '---' and what follows, or move it to its own file",
                                    at: SourcePosition(file: file, line: mark.line, column: mark.column))
                }
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let text = scalar.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self) } ?? ""
                add(.scalar(text, mark), anchor: Self.text(scalar.anchor))
            case YAML_ALIAS_EVENT:
                let name = Self.text(event.data.alias.anchor) ?? ""
                guard let target = anchors[name] else {
                    throw FlowError(.unknownAlias, "'*\(name)' refers to no '&\(name)' above it; define the anchor first or write the value out",
                                    at: SourcePosition(file: file, line: mark.line, column: mark.column))
                }
                add(target, anchor: nil)
            case YAML_SEQUENCE_START_EVENT where open.count >= Self.maximumNesting, YAML_MAPPING_START_EVENT where open.count >= Self.maximumNesting:
                throw FlowError(.yamlSyntax, "YAML syntax: nesting deeper than \(Self.maximumNesting) levels; a flow file needs only a few, check the brackets and indentation here",
                                at: SourcePosition(file: file, line: mark.line, column: mark.column))
            case YAML_SEQUENCE_START_EVENT:
                open.append(([], mark, Self.text(event.data.sequence_start.anchor), false))
            case YAML_MAPPING_START_EVENT:
                open.append(([], mark, Self.text(event.data.mapping_start.anchor), true))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let closed = open.popLast() else { return }
                if closed.isMapping {
                    // libyaml always emits a value for every key (an empty scalar when it is missing).
                    let pairs = stride(from: 0, to: closed.items.count - 1, by: 2).map {
                        YAMLTree.Pair(key: closed.items[$0], value: closed.items[$0 + 1])
                    }
                    add(.mapping(pairs, closed.mark), anchor: closed.anchor)
                } else {
                    add(.sequence(closed.items, closed.mark), anchor: closed.anchor)
                }
            default:
                break
            }
        }

        private mutating func add(_ tree: YAMLTree, anchor: String?) {
            if let anchor { anchors[anchor] = tree }
            if open.isEmpty {
                root = tree
            } else {
                open[open.count - 1].items.append(tree)
            }
        }

        private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            pointer.map { String(cString: $0) }
        }
    }

    private static func syntaxError(_ parser: yaml_parser_t, file: String) -> FlowError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unreadable YAML"
        switch parser.error {
        case YAML_READER_ERROR:
            return FlowError(.unreadableFile, "YAML cannot be read: \(problem) at byte \(parser.problem_offset); save the file as UTF-8 text", file: file)
        case YAML_MEMORY_ERROR:
            return FlowError(.unreadableFile, "YAML cannot be read: out of memory", file: file)
        default:
            let context = parser.context.map { " " + String(cString: $0) } ?? ""
            let mark = parser.problem_mark
            return FlowError(.yamlSyntax, "YAML syntax: \(problem)\(context); check indentation, quotes and ':' here",
                             at: SourcePosition(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1))
        }
    }
}
