/// Converts Chinese text to simplified script. The OpenCC implementation lives in FormFoldOpenCC;
/// the core takes any converter so that it stays free of C libraries and I/O.
public protocol ScriptConverter: Sendable {
    /// The text in simplified script, with Taiwan and Hong Kong phrasing folded to mainland usage.
    func simplified(_ text: String) -> String
}

/// A converter that leaves text as it is (for tests and for callers without OpenCC).
public struct IdentityScriptConverter: ScriptConverter {
    public init() {}
    public func simplified(_ text: String) -> String { text }
}
