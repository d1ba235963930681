import Foundation
import SimguideBundledFlow
import SimguideCore
import Testing

/// The flow compiled into the program is the model the YAML gives, field by field and position by
/// position, wherever the files are; and it is used only while the files are exactly the compiled ones.
@Suite struct CompiledFlowTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let bundledFlow = repository.appendingPathComponent("Resources/flow")

    @Test func theCompiledFlowIsTheModelTheYAMLGives() throws {
        let root = Self.bundledFlow.appendingPathComponent("simguide.yaml").path
        let loaded = try FlowLoader.load(path: root)
        let compiled = try #require(BundledFlow.precompiled.flow(rootPath: root), "the checkout's flow is not the compiled one")
        Self.expectSame(compiled, loaded)
        #expect(compiled.files.first == root)
    }

    @Test func aCopyElsewhereIsCompiledWithItsOwnPositions() throws {
        let folder = try Self.copyOfTheFlow()
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = folder.appendingPathComponent("simguide.yaml").path
        let compiled = try #require(BundledFlow.precompiled.flow(rootPath: root))
        Self.expectSame(compiled, try FlowLoader.load(path: root))
        #expect(compiled.files.allSatisfy { $0.hasPrefix(folder.path + "/") })
        #expect(compiled.rules.allSatisfy { $0.position.file.hasPrefix(folder.path + "/") })
    }

    /// The files are compared a piece at a time: a change in the first byte, the middle or the last byte
    /// (past the first piece in the larger files) must each be seen.
    @Test(arguments: ["simguide.yaml", "france.yaml", "united-states.yaml"])
    func oneByteChangedMeansTheYAML(file: String) throws {
        let folder = try Self.copyOfTheFlow()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(file)
        let original = try Data(contentsOf: path)
        for position in [0, original.count / 2, original.count - 1] {
            var bytes = original
            bytes[position] = bytes[position] == UInt8(ascii: " ") ? UInt8(ascii: "\t") : UInt8(ascii: " ")
            try bytes.write(to: path)
            #expect(BundledFlow.precompiled.flow(rootPath: folder.appendingPathComponent("simguide.yaml").path) == nil,
                    "byte \(position) of \(file) changed")
        }
        try original.write(to: path)
        #expect(BundledFlow.precompiled.flow(rootPath: folder.appendingPathComponent("simguide.yaml").path) != nil)
    }

    @Test func aLongerShorterOrMissingFileMeansTheYAML() throws {
        let folder = try Self.copyOfTheFlow()
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = folder.appendingPathComponent("simguide.yaml").path
        let macau = folder.appendingPathComponent("macau.yaml")
        let original = try Data(contentsOf: macau)
        try (original + Data("\n".utf8)).write(to: macau)
        #expect(BundledFlow.precompiled.flow(rootPath: root) == nil)
        try original.dropLast().write(to: macau)
        #expect(BundledFlow.precompiled.flow(rootPath: root) == nil)
        try FileManager.default.removeItem(at: macau)
        #expect(BundledFlow.precompiled.flow(rootPath: root) == nil)
        try original.write(to: macau)
        #expect(BundledFlow.precompiled.flow(rootPath: root) != nil)
    }

    // MARK: Helpers

    static func copyOfTheFlow() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("simguide-compiled-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: bundledFlow, to: folder)
        return folder
    }

    /// Equal flows; when they are not, the first item that differs, so a failure says where to look.
    static func expectSame(_ compiled: Flow, _ loaded: Flow) {
        #expect(compiled.files == loaded.files)
        expectSameItems(compiled.questions, loaded.questions, "question")
        expectSameItems(compiled.rules, loaded.rules, "rule")
        expectSameItems(compiled.documents, loaded.documents, "document")
        expectSameItems(compiled.contacts, loaded.contacts, "contact")
        expectSameItems(compiled.sources, loaded.sources, "source")
        expectSameItems(compiled.letters, loaded.letters, "letter")
        expectSameItems(compiled.letterBlanks, loaded.letterBlanks, "letter blank")
        #expect(compiled == loaded)
    }

    static func expectSameItems<T: Equatable>(_ compiled: [T], _ loaded: [T], _ what: String) {
        #expect(compiled.count == loaded.count, "number of \(what)s")
        if let first = zip(compiled, loaded).first(where: { $0.0 != $0.1 }) {
            Issue.record("the first \(what) that differs:\ncompiled: \(first.0)\nYAML:     \(first.1)")
        }
    }
}
