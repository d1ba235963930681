import Foundation
import Testing

/// The promise of the flow format, tested: a volunteer adds a region with a carrier, its rules and its
/// tests by following docs/flow-format.md ("Adding a country or region"), in the three languages the bundled
/// flow offers, and every check the test suite runs on the bundled flow stays green, with no Swift change.
@Suite struct AddARegionTests {
    static let region = """
        # Testland: a throwaway region, added as docs/flow-format.md says.
        documents:
          - {id: zz_login, name: {zh: 测试电信网上账户的登录信息, zh-Hant: 測試電信網上帳戶的登入資料, en: Login to the Testcell online account}}
        sources:
          - {id: zz-s1, title: Testland regulator, url: "https://example.org/zz", checked: 2026-11-24, confidence: high, review: procedure}
        rules:
          - id: zz-renew
            when: {action: renew, region: zz}
            steps:
              - {phase: act, channel: online, title: {zh: 在网上账户充值, zh-Hant: 在網上帳戶增值, en: Top up in the online account}, documents: [zz_login], sources: [zz-s1]}
          - id: zz-cancel
            when: {action: cancel, region: zz}
            steps:
              - {phase: act, channel: store, title: {zh: 带证件去门店注销, zh-Hant: 帶證件去門市註銷, en: Cancel in a shop with your ID}, documents: [zz_login], sources: [zz-s1]}
        """

    static let cases = """
        cases:
          - name: Testcell renewal from abroad
            answers: {action: renew, region: zz, carrier: zzcell, card_type: keep, abroad: "yes"}
            rules: [zz-renew]
            contains: {zh: [在网上账户充值], zh-Hant: [在網上帳戶增值], en: [Top up in the online account]}
        """

    @Test func aNewRegionNeedsNoSwift() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let flow = folder.appendingPathComponent("flow")
        try FileManager.default.copyItem(at: BinaryRunner.repository.appendingPathComponent("Resources/flow"), to: flow)
        // Step 1 of the docs: the region and its carrier as options; the domain of its sources allowed.
        let root = flow.appendingPathComponent("simguide.yaml")
        var text = try String(contentsOf: root, encoding: .utf8)
        let edits = [
            ("include:\n", "include:\n  - testland.yaml\n"),
            ("allowed_domains:\n", "allowed_domains:\n  - example.org\n"),
            ("    next: carrier\n", "      - value: zz\n        label: {zh: 测试国（+999）, zh-Hant: 測試國（+999）, en: Testland (+999)}\n    next: carrier\n"),
            ("      - value: other\n", "      - value: zzcell\n        label: {zh: 测试电信, zh-Hant: 測試電信, en: Testcell}\n        when: {region: zz}\n      - value: other\n"),
        ]
        for (anchor, replacement) in edits {
            #expect(text.contains(anchor), "the root file changed shape: \(anchor)")
            if let range = text.range(of: anchor) { text.replaceSubrange(range, with: replacement) }
        }
        try text.write(to: root, atomically: true, encoding: .utf8)
        // Steps 2 and 3: the region's file and its tests.
        try Self.region.write(to: flow.appendingPathComponent("testland.yaml"), atomically: true, encoding: .utf8)
        try Self.cases.write(to: flow.appendingPathComponent("tests/testland.yaml"), atomically: true, encoding: .utf8)

        // Step 4: what `make test` checks on the bundled flow.
        let lint = try BinaryRunner.run(["lint", "--strict", flow.path])
        #expect(lint.status == 0, "\(lint.stdout)")
        let tests = try BinaryRunner.run(["test", flow.path])
        #expect(tests.status == 0, "\(tests.stdout)")
        #expect(tests.stdout.contains("ok    Testcell renewal from abroad"))
        let plan = try BinaryRunner.run(["plan", "--flow", flow.path, "--lang", "zh", "--answer", "action=cancel", "--answer", "region=zz",
                                         "--answer", "carrier=zzcell", "--answer", "card_type=postpaid", "--answer", "abroad=no"])
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(plan.stdout.contains("带证件去门店注销"))
        let traditional = try BinaryRunner.run(["plan", "--flow", flow.path, "--lang", "zh-Hant", "--answer", "action=cancel", "--answer", "region=zz",
                                                "--answer", "carrier=zzcell", "--answer", "card_type=postpaid", "--answer", "abroad=no"])
        #expect(traditional.status == 0, "\(traditional.stderr)")
        #expect(traditional.stdout.contains("帶證件去門市註銷"))
    }
}
