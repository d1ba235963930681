/// Items of one kind and, for finding one by its id, the position of each id's first occurrence; built
/// together when first needed. Two are equal when their items are.
struct IndexedByID<Item: Equatable & Sendable>: Equatable, Sendable {
    let items: [Item]
    private let index: [String: Int]

    init(_ items: [Item], id: (Item) -> String) {
        self.items = items
        index = Flow.firstIndex(items.map(id))
    }

    subscript(id: String) -> Item? { index[id].map { items[$0] } }

    static func == (left: IndexedByID, right: IndexedByID) -> Bool { left.items == right.items }
}
