import Foundation
import Testing
@testable import SimguideCore

/// Flows and paths shared by the core tests.
enum Fixtures {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var bundledFlowPath: String { repository.appendingPathComponent("Resources/flow/simguide.yaml").path }

    static func bundledFlow() throws -> Flow { try FlowLoader.load(path: bundledFlowPath) }

    /// A small flow: action -> region -> carrier -> (commitment when cancelling in France) -> abroad.
    static let small = """
    format: 1
    version: "test-1"
    title: {zh: 测试, en: Test}
    start: action
    questions:
      - id: action
        prompt: {zh: 做什么？, en: What?}
        options:
          - {value: cancel, label: {zh: 注销, en: Cancel}}
          - {value: renew, label: {zh: 续期, en: Renew}}
        next: region
      - id: region
        prompt: {zh: 哪里？, en: Where?}
        options:
          - {value: fr, label: {zh: 法国, en: France}}
          - {value: hk, label: {zh: 香港, en: Hong Kong}}
        next: carrier
      - id: carrier
        prompt: {zh: 运营商？, en: Carrier?}
        options:
          - {value: free, label: {zh: Free, en: Free}, when: {region: fr}}
          - {value: orange, label: {zh: Orange, en: Orange}, when: {region: fr}}
          - {value: csl, label: {zh: csl, en: csl}, when: {region: hk}}
          - {value: other, label: {zh: 其他, en: Other}}
        next:
          - when: {action: cancel, region: fr}
            goto: commitment
          - goto: abroad
      - id: commitment
        prompt: {zh: 承诺期？, en: Commitment?}
        options:
          - {value: none, label: {zh: 没有, en: None}}
          - {value: some, label: {zh: 有, en: Some}}
        next: abroad
      - id: abroad
        prompt: {zh: 在国外？, en: Abroad?}
        options:
          - {value: "yes", label: {zh: 是, en: "Yes"}}
          - {value: "no", label: {zh: 否, en: "No"}}
        next: end
    rules:
      - id: all
        when: {action: [cancel, renew]}
        steps:
          - {phase: afterwards, channel: yourself, title: {zh: 保存确认, en: Keep the confirmation}, documents: [proof], sources: [s1]}
        warnings:
          - text: {zh: 只用官方渠道, en: Official channels only}
      - id: cancel
        when: {action: cancel}
        steps:
          - {phase: act, order: 2, channel: online, title: {zh: 网上注销, en: Cancel online}, documents: [login, passport], sources: [s1]}
          - {phase: prepare, channel: yourself, title: {zh: 改绑账户, en: Move accounts}, documents: [passport], sources: [s2]}
      - id: cancel-fr
        when: {action: cancel, region: fr}
        steps:
          - {phase: act, order: 1, channel: post, title: {zh: 寄信, en: Send a letter}, documents: [passport], sources: [s2]}
        warnings:
          - text: {zh: 只用官方渠道, en: Official channels only}
      - id: renew
        when: {action: renew, not: {region: hk}}
        steps:
          - {phase: act, channel: online, title: {zh: 充值, en: Top up}, documents: [login], sources: [s1]}
      - id: renew-hk
        when: [{action: renew, region: hk}]
        steps:
          - {phase: act, channel: store, title: {zh: 门店充值, en: Top up in a shop}, documents: [passport], sources: [s2]}
    documents:
      - {id: passport, name: {zh: 护照, en: Passport}}
      - {id: login, name: {zh: 登录信息, en: Login}}
      - {id: proof, name: {zh: 确认, en: Confirmation}}
    sources:
      - {id: s1, title: Source one, url: "https://example.org/one", checked: 2026-01-15}
      - {id: s2, title: Source two, url: "https://example.org/two", checked: 2026-02-01, confidence: high}
    """

    static func smallFlow() throws -> Flow { try FlowLoader.load(yaml: small, name: "small.yaml") }

    /// Every lint finding for a flow written as YAML, as of a fixed day.
    static func lint(_ yaml: String) throws -> [Finding] {
        FlowLinter(flow: try FlowLoader.load(yaml: yaml, name: "lint.yaml"), today: "2026-11-22").findings()
    }

    /// The small fixture with some of its text replaced.
    static func edited(_ replacements: [(String, String)]) -> String {
        replacements.reduce(small) { text, pair in
            #expect(text.contains(pair.0), "fixture text not found: \(pair.0)")
            return text.replacingOccurrences(of: pair.0, with: pair.1)
        }
    }
}
