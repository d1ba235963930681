import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import SimguideCore
import SimguideExports

/// Letters filled in from a form: the right legal basis for the situation, in the letter's language with
/// a rendering the user can read, ready to print.
@Suite struct LetterTests {
    static let fields = ["name": "李华", "birth_date": "1990-04-01", "address": "12 rue de la Paix, 75002 Paris",
                         "phone": "06 12 34 56 78", "customer_number": "C123456", "proxy_name": "Marie Dupont",
                         "proxy_id": "X1234567", "place": "上海", "date": "2026-11-22"]

    private func letter(_ id: String, _ situation: GoldenPlanTests.Situation) throws -> (Letter, Plan) {
        let plan = try GoldenPlanTests.plan(situation)
        return (try #require(plan.letters.first { $0.id == id }, "\(situation) offers no \(id)"), plan)
    }

    @Test func frenchTerminationLetterGolden() throws {
        let situation = GoldenPlanTests.Situation("l", GoldenPlanTests.path("cancel", "fr", "orange", "postpaid", abroad: true, commitment: "after12_new_phone"))
        let (letter, plan) = try letter("fr-lettre-resiliation", situation)
        let text = LetterRenderer(language: .zh).text(letter, plan: plan, fields: Self.fields)
        try GoldenPlanTests.compare(text, golden: "letter-fr-resiliation-subsidised-phone-abroad.zh.txt")
    }

    @Test func hongKongAuthorisationGolden() throws {
        let situation = GoldenPlanTests.Situation("l", GoldenPlanTests.path("cancel", "hk", "smartone", "postpaid", abroad: true))
        let (letter, plan) = try letter("hk-authorisation", situation)
        try GoldenPlanTests.compare(LetterRenderer(language: .zh).text(letter, plan: plan, fields: Self.fields),
                                    golden: "letter-hk-authorisation.zh.txt")
    }

    @Test(arguments: [
        ("none", "ne comporte pas, ou plus, de période d'engagement"),
        ("first12", "jusqu'à la fin du douzième mois"),
        ("after12_new", "aucune somme n'est due"),
        ("after12_new_phone", "20 % du montant dû au titre de la fraction non échue"),
        ("after12_old", "le quart du montant restant dû"),
        ("unknown", "la date de fin de ma période d'engagement"),
    ])
    func theLegalBasisFollowsTheContract(commitment: String, phrase: String) throws {
        let situation = GoldenPlanTests.Situation("l", GoldenPlanTests.path("cancel", "fr", "sfr", "postpaid", abroad: false, commitment: commitment))
        let (letter, plan) = try letter("fr-lettre-resiliation", situation)
        let text = LetterRenderer(language: .en).text(letter, plan: plan, fields: Self.fields, width: 1_000)
        #expect(text.contains(phrase))
        #expect(text.contains("L224-39"), "every termination letter states the 10-day rule")
        #expect(!text.contains("Je réside désormais à l'étranger"), "the moving-abroad paragraph is only for people abroad")
        #expect(text.contains("English rendering, for your understanding; sign the French original above"))
        #expect(!plan.letters.contains { $0.id == "fr-procuration" }, "at home nobody needs to act for you")
    }

    @Test func freeGetsTheLetterWithoutACommitmentQuestion() throws {
        let situation = GoldenPlanTests.Situation("l", GoldenPlanTests.path("cancel", "fr", "free", "keep", abroad: true))
        let (letter, plan) = try letter("fr-lettre-resiliation", situation)
        #expect(LetterRenderer(language: .zh).text(letter, plan: plan, fields: [:]).contains("ne comporte pas, ou plus"))
        #expect(plan.letters.map(\.id) == ["fr-lettre-resiliation", "fr-procuration"])
    }

    @Test func lettersAreOfferedOnlyWhereThePlanUsesThatChannel() throws {
        let flow = try FlowLoader.load(path: GoldenPlanTests.repository.appendingPathComponent("Resources/flow/simguide.yaml").path)
        let composer = PlanComposer(flow: flow)
        for path in PathEnumerator(flow: flow).allPaths() {
            let plan = composer.compose(answers: path.answers, asked: [])
            let channels = Set(plan.steps.map(\.channel))
            for letter in plan.letters {
                let needs = try #require(letter.channel, "\(letter.id) declares no channel")
                #expect(channels.contains(needs), "\(letter.id) offered without a \(needs) step: \(path.answers)")
            }
        }
    }

    @Test func aLetterInANewLanguageNamesThatLanguageForTheSigner() throws {
        let situation = GoldenPlanTests.Situation("l", GoldenPlanTests.path("cancel", "nc", "opt", "postpaid", abroad: true))
        let (french, plan) = try letter("nc-procuration", situation)
        let paragraph = Letter.Paragraph(when: try #require(french.paragraphs.first).when,
                                         text: LocalizedText(["de": "VOLLMACHT für {name}", "zh": "委托书", "zh-Hant": "委託書", "en": "POWER OF ATTORNEY"]),
                                         position: french.position)
        let german = Letter(id: "de-vollmacht", when: french.when, title: french.title, language: "de", paragraphs: [paragraph],
                            enclosures: [], sources: [], channel: french.channel, position: french.position)
        let english = LetterRenderer(language: .en).text(german, plan: plan, fields: ["name": "Li Hua"])
        #expect(english.contains("VOLLMACHT für Li Hua"))
        #expect(english.contains("sign the German original above"))
        #expect(LetterRenderer(language: .zh).text(german, plan: plan, fields: [:]).contains("请签署上面的德文原件"))
    }

    @Test func blanksLeftEmptyPrintAsLinesAndHTMLIsWellFormed() throws {
        let situation = GoldenPlanTests.Situation("l", GoldenPlanTests.path("cancel", "nc", "opt", "postpaid", abroad: true))
        let (letter, plan) = try letter("nc-procuration", situation)
        let text = LetterRenderer(language: .en).text(letter, plan: plan, fields: ["name": "Li Hua"])
        #expect(text.contains("Je soussigné(e) Li Hua, né(e) le ________________"))
        #expect(text.contains("Enclose or bring:"))
        #expect(text.contains("The proxy's own ID document (original)"))
        let html = LetterRenderer(language: .zh).html(letter, plan: plan, fields: Self.fields)
        #expect(XMLParser(data: Data(html.utf8)).parse())
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("url("))
        #expect(html.contains("<html lang=\"fr\">"))
    }
}
