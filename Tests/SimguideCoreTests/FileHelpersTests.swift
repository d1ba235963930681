import Foundation
import Testing
import SimguideCore

/// Path arithmetic, trimming and file reading without full Foundation: they must behave exactly as the
/// Foundation calls they replaced, since export names, session folders and answers files go through them.
@Suite struct FileHelpersTests {
    /// Path, last part, folder, extension, as `NSString` documents them.
    private static let cases: [(String, String, String, String)] = [
        ("", "", "", ""), ("/", "/", "/", ""), ("a", "a", "", ""), ("/a", "a", "/", ""), ("a/", "a", "", ""),
        ("/a/b/", "b", "/a", ""), ("a//b", "b", "a", ""), ("/tmp/plan.txt", "plan.txt", "/tmp", "txt"),
        ("/tmp/plan.tar.gz", "plan.tar.gz", "/tmp", "gz"), ("/tmp/.profile", ".profile", "/tmp", ""),
        ("dir.d/file", "file", "dir.d", ""), ("a//b/c", "c", "a/b", ""), ("//x/y", "y", "/x", ""), ("/home/用户/文件.md", "文件.md", "/home/用户", "md"), ("a/b.", "b.", "a", ""),
    ]

    @Test func pathsAreTakenApartAsNSStringDocumentsIt() {
        for (path, name, folder, ext) in Self.cases {
            #expect(FilePaths.name(of: path) == name, "name of '\(path)'")
            #expect(FilePaths.folder(of: path) == folder, "folder of '\(path)'")
            #expect(FilePaths.pathExtension(path) == ext, "extension of '\(path)'")
        }
        #expect(FilePaths.removingExtension("/tmp/plan.tar.gz") == "/tmp/plan.tar")
        #expect(FilePaths.removingExtension("/tmp/.profile") == "/tmp/.profile")
        #expect(FilePaths.removingExtension("计划.md") == "计划")
    }

    @Test func joiningPutsOneSlashBetween() {
        #expect(FilePaths.join("/", "x") == "/x")
        #expect(FilePaths.join("a/", "x") == "a/x")
        #expect(FilePaths.join("", "x") == "x")
        #expect(FilePaths.join("/tmp", "sub/计划.txt") == "/tmp/sub/计划.txt")
        #expect(FilePaths.join("/tmp", "") == "/tmp")
    }

    @Test func standardPathsDropDotsAndRepeatedSlashes() {
        #expect(FilePaths.standardized("/a/./b//c/") == "/a/b/c")
        #expect(FilePaths.standardized("/a/b/../c") == "/a/c")
        #expect(FilePaths.standardized("/../a") == "/a")
        #expect(FilePaths.standardized("a/../../b") == "../b")
        #expect(FilePaths.standardized("/tmp/计划/./续期.txt") == "/tmp/计划/续期.txt")
    }

    @Test func trimmingTakesSpacesAndLineBreaksAsFoundationDid() {
        #expect("  a b  ".trimmingSpaces() == "a b")
        #expect("\u{3000}全角空格\u{3000}".trimmingSpaces() == "全角空格")
        #expect("\u{00A0}x\t".trimmingSpaces() == "x")
        #expect("\n a \n".trimmingSpaces() == "\n a \n")
        #expect("\r\n a\u{2028}".trimmingWhitespace() == "a")
        #expect("e\u{301} ".trimmingSpaces() == "e\u{301}")
        #expect("   ".trimmingWhitespace() == "")
    }

    @Test func filesAreReadWholeAndOddFilesRefused() throws {
        var template = Array("/tmp/simguide-files-XXXXXX".utf8CString)
        let folder = String(cString: try #require(mkdtemp(&template)))
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let big = String(repeating: "续期 renew ", count: 20_000)
        try big.write(toFile: folder + "/big.txt", atomically: true, encoding: .utf8)
        #expect(try FileBytes.contents(of: folder + "/big.txt") == Array(big.utf8))
        #expect(try FileBytes.contents(of: folder + "/big.txt", limit: 4_096) == Array(big.utf8.prefix(4_096)))
        #expect(try FileBytes.prefix(of: folder + "/big.txt", limit: 10) == Array(big.utf8.prefix(10)))
        #expect(try FileBytes.prefix(of: folder + "/big.txt", limit: 200_001) == Array(big.utf8.prefix(200_001)))
        #expect(try FileBytes.prefix(of: folder + "/big.txt", limit: 1 << 20) == Array(big.utf8))
        #expect(throws: FileBytes.Failure.folder) { try FileBytes.contents(of: folder) }
        #expect(throws: FileBytes.Failure.system("No such file or directory")) { try FileBytes.contents(of: folder + "/none") }
        #expect(mkfifo(folder + "/fifo", 0o600) == 0)
        #expect(throws: FileBytes.Failure.fifo) { try FileBytes.contents(of: folder + "/fifo") }
        #expect(throws: FileBytes.Failure.device) { try FileBytes.contents(of: "/dev/null") }
        #expect(throws: FileBytes.Failure.system("Is a directory")) { try FileBytes.prefix(of: folder, limit: 10) }
    }
}
