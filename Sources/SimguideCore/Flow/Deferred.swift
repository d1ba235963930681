/// A value built the first time it is read, once, whichever thread reads it: the parts of a compiled flow
/// the first screen does not need (plan rules, letters, documents, contacts, sources: building them was
/// most of a compiled flow's start). Two are equal when their values are.
public final class Deferred<Value: Sendable>: @unchecked Sendable {
    private enum State {
        case pending(@Sendable () -> Value)
        case built(Value)
    }

    private let lock = Lock()
    private var state: State

    /// A value to build on first use.
    public init(_ make: @escaping @Sendable () -> Value) {
        state = .pending(make)
    }

    /// A value already built.
    public init(value: Value) {
        state = .built(value)
    }

    /// The value, built now if it was not yet.
    public var value: Value {
        lock.withLock {
            switch state {
            case .built(let value):
                return value
            case .pending(let make):
                let value = make()
                state = .built(value)
                return value
            }
        }
    }
}

extension Deferred: Equatable where Value: Equatable {
    public static func == (left: Deferred, right: Deferred) -> Bool {
        left === right || left.value == right.value
    }
}
