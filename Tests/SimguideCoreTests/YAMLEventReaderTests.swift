import Testing
@testable import SimguideCore

/// The YAML reader: positions an editor would show, aliases, and syntax problems named where they are.
@Suite struct YAMLEventReaderTests {
    private func read(_ yaml: String) throws -> YAMLTree? {
        var yaml = yaml
        return try yaml.withUTF8 { try YAMLEventReader.read(UnsafeRawBufferPointer($0), file: "t.yaml") }
    }

    private func error(_ yaml: String) -> FlowError? {
        do {
            _ = try read(yaml)
            return nil
        } catch {
            return error as? FlowError
        }
    }

    @Test func valuesAreTextWithLineAndCharacterColumn() throws {
        let tree = try #require(try read("标题: 你好\nlist:\n  - yes\n  - 12\n"))
        guard case let .mapping(pairs, mark) = tree else { Issue.record("not a mapping: \(tree)"); return }
        #expect(mark == .init(line: 1, column: 1))
        #expect(pairs[0].key == .scalar("标题", .init(line: 1, column: 1)))
        #expect(pairs[0].value == .scalar("你好", .init(line: 1, column: 5)))  // characters, not bytes
        #expect(pairs[1].value == .sequence([.scalar("yes", .init(line: 3, column: 5)), .scalar("12", .init(line: 4, column: 5))],
                                            .init(line: 3, column: 3)))
    }

    @Test func aliasesRepeatTheAnchoredValue() throws {
        let tree = try #require(try read("a: &x {k: v}\nb: *x\n"))
        guard case let .mapping(pairs, _) = tree else { Issue.record("not a mapping"); return }
        #expect(pairs[0].value == pairs[1].value)
    }

    @Test func unknownAliasIsNamed() throws {
        let found = try #require(error("a: 1\nb: *nowhere\n"))
        #expect(found.message.hasPrefix("'*nowhere' refers to no '&nowhere'"))
        #expect(found.position?.description == "t.yaml:2:4")
    }

    @Test func aSecondDocumentIsRefused() throws {
        let found = try #require(error("a: 1\n---\nb: 2\n"))
        #expect(found.message.hasPrefix("a flow file holds one YAML document"))
        #expect(found.position?.line == 2)
    }

    @Test func emptyAndCommentOnlyFilesHaveNoDocument() throws {
        #expect(try read("") == nil)
        #expect(try read("# nothing yet\n") == nil)
    }

    @Test func syntaxErrorsNameTheLine() throws {
        let found = try #require(error("a: [1, 2\nb: 3\n"))
        #expect(found.message.hasPrefix("YAML syntax: "))
        #expect(found.message.hasSuffix("check indentation, quotes and ':' here"))
        #expect(found.position?.line == 2)
    }

    @Test func nestingStopsAtAThousandLevels() throws {
        let found = try #require(error(String(repeating: "[", count: 5_000)))
        #expect(found.message.contains("nesting"))
    }
}
