import Foundation
import Testing
@testable import SimguideCore

/// Flow tests written as data: the bundled flow's cases pass, and a failing case says what is wrong.
@Suite struct FlowTestSuiteTests {
    /// The Swift side of the bundled flow's tests: it runs whatever cases the `tests` folder holds and
    /// names no region, carrier or count, so adding a region needs no Swift.
    @Test func theBundledFlowPassesItsOwnTests() throws {
        let flow = try Fixtures.bundledFlow()
        let suite = try FlowTestSuite.load(folder: FlowTestSuite.folder(forRootFile: Fixtures.bundledFlowPath))
        #expect(!suite.cases.isEmpty)
        for (testCase, failures) in suite.run(on: flow) {
            #expect(failures.isEmpty, "\(testCase.name) (\(testCase.position)): \(failures.joined(separator: "; "))")
        }
    }

    private func folder(_ cases: String) throws -> String {
        let folder = NSTemporaryDirectory() + "simguide-flowtests-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try cases.write(toFile: folder + "/cases.yaml", atomically: true, encoding: .utf8)
        return folder
    }

    @Test func aFailingCaseSaysWhatIsMissingAndWhatMustNotBeThere() throws {
        let folder = try folder("""
            cases:
              - name: renew in France
                answers: {action: renew, region: fr, carrier: free, abroad: "yes"}
                rules: [renew, cancel]
                no_rules: [all]
                steps: [renew/1, renew/9]
                channels: [store]
                documents: [login]
                contains: {en: [Top up, Send a letter]}
                not_contains: {zh: [充值]}
            """)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let results = try FlowTestSuite.load(folder: folder).run(on: try Fixtures.smallFlow())
        #expect(results.map(\.failures) == [[
            "expected rule 'cancel', the plan has none",
            "the plan has rule 'all', which it must not",
            "expected step 'renew/9', the plan has none",
            "expected a step by channel 'store', the plan has none",
            "the en plan does not say 'Send a letter'",
            "the zh plan says '充值', which it must not",
        ]])
    }

    @Test func answersThatDoNotLeadToAPlanAreNamed() throws {
        let folder = try folder("""
            cases:
              - {name: stops, answers: {action: renew, region: fr}}
              - {name: wrong value, answers: {action: renew, region: xx}}
              - {name: extra, answers: {action: renew, region: hk, carrier: csl, abroad: "no", commitment: none}}
            """)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let results = try FlowTestSuite.load(folder: folder).run(on: try Fixtures.smallFlow())
        #expect(results.map(\.failures) == [
            ["the path stops at 'carrier': add it to 'answers' (one of: free, orange, other)"],
            ["'xx' is not an answer to 'region' here; allowed: fr, hk"],
            ["not asked on this path: commitment"],
        ])
    }

    @Test func aMalformedCaseNamesFileLineAndColumn() throws {
        let folder = try folder("cases:\n  - name: typo\n    answers: {action: renew}\n    rulez: [x]\n")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: FlowError.self) { try FlowTestSuite.load(folder: folder) }
        do {
            _ = try FlowTestSuite.load(folder: folder)
        } catch let error as FlowError {
            #expect(error.description.hasPrefix("\(folder)/cases.yaml:4:5: error: unknown key 'rulez' in a flow test; did you mean 'rules'?"))
        }
    }
}
