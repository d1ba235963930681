import Foundation
import Testing
import SimguideTestSupport

/// `--lang` takes any language with a catalogue file, found through `SIMGUIDE_INTERFACE` here as a
/// translator would try one; a catalogue with a malformed line stops the program with its place.
@Suite struct InterfaceLanguageEndToEndTests {
    let renewHongKong = ["plan", "--answer", "action=renew", "--answer", "region=hk", "--answer", "carrier=csl",
                         "--answer", "card_type=keep", "--answer", "abroad=yes"]

    @Test func langTakesANewCatalogue() throws {
        let folder = try InterfaceFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BinaryRunner.run(renewHongKong + ["--lang", "ja"], environment: ["SIMGUIDE_INTERFACE": folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("あなたのプラン"))
        #expect(result.stdout.contains("あなたの状況"))
        let piped = try BinaryRunner.run(["--lang", "ja"], input: "1\n2\n1\n1\n1\n", environment: ["SIMGUIDE_INTERFACE": folder.path])
        #expect(piped.stdout.contains("[ステップ 1（最大 6）]"), "\(piped.stderr)")
        let byLocale = try BinaryRunner.run(renewHongKong, environment: ["SIMGUIDE_INTERFACE": folder.path, "LANG": "ja_JP.UTF-8"])
        #expect(byLocale.stdout.contains("あなたのプラン"))
    }

    /// `--help` names the installed languages, a new catalogue included.
    @Test func helpNamesTheInstalledLanguages() throws {
        let folder = try InterfaceFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The help is wrapped to the terminal: compare with its words one space apart.
        let words = { (text: String) in text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        let bundled = words(try BinaryRunner.run(["plan", "--help"]).stdout)
        #expect(bundled.contains("--lang <zh|zh-Hant|en> Language: zh (简体中文), zh-Hant (繁體中文), en (English)"), "\(bundled)")
        let withJapanese = words(try BinaryRunner.run(["plan", "--help"], environment: ["SIMGUIDE_INTERFACE": folder.path]).stdout)
        #expect(withJapanese.contains("--lang <zh|zh-Hant|en|ja> Language: zh (简体中文), zh-Hant (繁體中文), en (English), ja (日本語)"),
                "\(withJapanese)")
    }

    @Test func aLanguageWithoutCatalogueIsAUsageError() throws {
        let result = try BinaryRunner.run(renewHongKong + ["--lang", "ja"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("'ja' is invalid for '--lang"))
    }

    @Test func aMalformedCatalogueStopsWithItsPlace() throws {
        let folder = try InterfaceFixture.folder { lines in
            lines.map { $0.hasPrefix("plan.plan-title ") ? "plan.plan-title あなたのプラン" : $0 }
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let line = try #require(InterfaceFixture.japanese().firstIndex { $0.hasPrefix("plan.plan-title ") }) + 1
        let result = try BinaryRunner.run(renewHongKong + ["--lang", "ja"], environment: ["SIMGUIDE_INTERFACE": folder.path])
        #expect(result.status == 3)
        #expect(result.stderr.contains("\(folder.path)/ja.txt:\(line):17: error: expected '=' after the key 'plan.plan-title'"), "\(result.stderr)")
        let lint = try BinaryRunner.run(["lint"], environment: ["SIMGUIDE_INTERFACE": folder.path])
        #expect(lint.status == 1)
        #expect(lint.stdout.contains("ja.txt:\(line):17: error:") && lint.stdout.contains("[interface-text-unreadable]"))
    }
}
