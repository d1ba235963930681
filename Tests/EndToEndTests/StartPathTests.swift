import Foundation
import Testing

/// The start path finds the bundled flow from the running binary itself (not from how it was called),
/// and finds `lp` along PATH the way the shell would.
@Suite struct StartPathTests {
    @Test func aSymbolicLinkToTheBinaryStillFindsTheCheckoutsFlow() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let link = folder.appendingPathComponent("simguide")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: BinaryRunner.binary)
        let result = try BinaryRunner.run(["--version"], executable: link)
        #expect(result.status == 0, "\(result.stderr)")
        let expected = BinaryRunner.repository.appendingPathComponent("Resources/flow/simguide.yaml").resolvingSymlinksInPath().path
        #expect(result.stdout.hasSuffix("flow: \(expected)\n"), "\(result.stdout)")
    }
}
