import Foundation
import Testing
@testable import SimguideStore

/// Atomic writes: the target holds the old or the new content, errors name the cause, nothing is left behind.
@Suite struct AtomicFileTests {
    let folder = NSTemporaryDirectory() + "simguide-atomic-\(UUID().uuidString)"

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    @Test func replacesTheContentAndLeavesNoTemporaryFile() throws {
        let path = folder + "/plan.txt"
        try AtomicFile.write(Data("old".utf8), to: path)
        try AtomicFile.write(Data("新的计划".utf8), to: path)
        #expect(String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self) == "新的计划")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["plan.txt"])
    }

    @Test func aFolderIsNotOverwritten() throws {
        #expect(throws: AtomicFile.Failure(path: folder, reason: "it is a folder; give a file name")) {
            try AtomicFile.write(Data("x".utf8), to: folder)
        }
    }

    @Test func aMissingFolderIsReportedInPlainWords() throws {
        let path = folder + "/no/such/place/plan.txt"
        #expect(throws: AtomicFile.Failure(path: path, reason: "No such file or directory")) {
            try AtomicFile.write(Data("x".utf8), to: path)
        }
    }

    @Test func aReadOnlyFolderKeepsTheOldFile() throws {
        guard getuid() != 0 else { return }  // root may write anywhere; the permission check means nothing then
        let path = folder + "/plan.txt"
        try AtomicFile.write(Data("old".utf8), to: path)
        chmod(folder, 0o555)
        defer { chmod(folder, 0o755) }
        #expect(throws: AtomicFile.Failure(path: path, reason: "Permission denied")) {
            try AtomicFile.write(Data("new".utf8), to: path)
        }
        #expect(FileManager.default.contents(atPath: path) == Data("old".utf8))
    }
}
