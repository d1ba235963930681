/// A whole flow: the questions, how they branch, and the rules that compose a plan.
///
/// A flow is read from YAML by `FlowLoader` (possibly from several files) and checked by `FlowLinter`.
/// It is plain data: nothing in it is specific to a carrier or a country.
public struct Flow: Equatable, Sendable {
    /// Format version of the flow file (`format:`).
    public let format: Int
    /// The content's own version, shown on plans (`version:`).
    public let version: String
    public let title: LocalizedText
    /// The id of the first question.
    public let start: String
    public let startPosition: SourcePosition
    public let questions: [Question]
    /// The plan rules, in the order the files list them.
    public var rules: [PlanRule] { ruleStore.value }
    public var documents: [Document] { documentStore.value.items }
    public var contacts: [Contact] { contactStore.value.items }
    public var sources: [Source] { sourceStore.value.items }
    /// Letters plans can offer (termination letter, power of attorney).
    public var letters: [Letter] { letterStore.value }
    /// Every file the flow was read from, the root first.
    public let files: [String]
    /// Web domains that sources, contacts and texts may point to (`allowed_domains:`); a domain also
    /// allows its subdomains. Empty means the flow sets no policy.
    public let allowedDomains: [String]
    /// The blanks letters may use (`{name}`, `{address}`...), in the order a form asks for them, each with
    /// its label (`letter_blanks:`).
    public let letterBlanks: [LetterBlank]

    private let ruleStore: Deferred<[PlanRule]>
    private let letterStore: Deferred<[Letter]>
    private let questionIndex: [String: Int]
    private let documentStore: Deferred<IndexedByID<Document>>
    private let contactStore: Deferred<IndexedByID<Contact>>
    private let sourceStore: Deferred<IndexedByID<Source>>

    public init(format: Int, version: String, title: LocalizedText, start: String, startPosition: SourcePosition,
                questions: [Question], rules: [PlanRule], documents: [Document], contacts: [Contact],
                sources: [Source], letters: [Letter] = [], files: [String], allowedDomains: [String] = [],
                letterBlanks: [LetterBlank] = []) {
        self.init(format: format, version: version, title: title, start: start, startPosition: startPosition,
                  questions: questions, deferredRules: Deferred(value: rules), deferredDocuments: Deferred(value: documents),
                  deferredContacts: Deferred(value: contacts), deferredSources: Deferred(value: sources),
                  deferredLetters: Deferred(value: letters), files: files, allowedDomains: allowedDomains,
                  letterBlanks: letterBlanks)
    }

    /// A flow whose rules, documents, contacts, sources and letters are built when first read (the
    /// compiled flow's way: the first screen needs only the questions).
    public init(format: Int, version: String, title: LocalizedText, start: String, startPosition: SourcePosition,
                questions: [Question], deferredRules: Deferred<[PlanRule]>, deferredDocuments: Deferred<[Document]>,
                deferredContacts: Deferred<[Contact]>, deferredSources: Deferred<[Source]>,
                deferredLetters: Deferred<[Letter]>, files: [String], allowedDomains: [String], letterBlanks: [LetterBlank]) {
        self.letterBlanks = letterBlanks
        self.format = format
        self.version = version
        self.title = title
        self.start = start
        self.startPosition = startPosition
        self.questions = questions
        ruleStore = deferredRules
        documentStore = Deferred { IndexedByID(deferredDocuments.value, id: \.id) }
        contactStore = Deferred { IndexedByID(deferredContacts.value, id: \.id) }
        sourceStore = Deferred { IndexedByID(deferredSources.value, id: \.id) }
        letterStore = deferredLetters
        self.files = files
        self.allowedDomains = allowedDomains
        questionIndex = Flow.firstIndex(questions.map(\.id))
    }

    public func question(_ id: String) -> Question? { questionIndex[id].map { questions[$0] } }
    public func document(_ id: String) -> Document? { documentStore.value[id] }
    public func contact(_ id: String) -> Contact? { contactStore.value[id] }
    public func source(_ id: String) -> Source? { sourceStore.value[id] }
    public func letterBlank(_ id: String) -> LetterBlank? { letterBlanks.first { $0.id == id } }

    /// Maps each id to the index of its first occurrence (duplicates are reported by lint).
    static func firstIndex(_ ids: [String]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (offset, id) in ids.enumerated() where index[id] == nil { index[id] = offset }
        return index
    }
}
