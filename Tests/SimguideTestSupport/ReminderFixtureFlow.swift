import Foundation
import SimguideCore

/// The bundled flow plus one test-only rule with a 180-day validity rule for renewing a csl
/// number-keeping card. The bundled content has no such rule (its sources cover only one legacy card),
/// so the reminder arithmetic and its screens are tested on this fixture instead of on real content.
public enum ReminderFixtureFlow {
    public static let flowDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Resources/flow")

    public static let extraRule = """

    sources:
      - id: test-reminder-source
        title: Test fixture, not real content
        url: https://www.hkcsl.com
        checked: 2026-11-24
        confidence: medium
    rules:
      - id: test-reminder
        when: {action: renew, region: hk, carrier: csl, card_type: keep}
        steps:
          - phase: afterwards
            order: 90
            channel: yourself
            title: {zh: 测试步骤, en: Test step}
            sources: [test-reminder-source]
        reminder:
          valid_days: 180
          basis:
            zh: 测试用规则：测试卡每次充值后 180 天有效
            en: "test rule: the test card stays valid 180 days from each top-up"
          confidence: medium
          sources: [test-reminder-source]
    """

    public static func load() throws -> Flow {
        let root = try String(contentsOf: flowDirectory.appendingPathComponent("simguide.yaml"), encoding: .utf8)
        return try FlowLoader.load(yaml: root + extraRule, name: "simguide.yaml", directory: flowDirectory.path)
    }
}
