/// A disaggregation a concept may carry, like a DHIS2 category: 区域 (省内/省外/…), 口径 (当日/累计), 次数 (第N次).
public struct Category: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var name: String
    /// `ordinal` for a numbered category (次数): no options, values are integers or `last`. `distinguishing` for a
    /// category read only to tell apart two columns of one form that reach the same concept (症状: 是否发热 and
    /// 是否咳嗽 in one form are two facts; 是否咳嗽 alone asks the plain concept).
    public var kind: Kind?
    public var options: [Option]?
    /// Ordinal categories: patterns with `{n}`, such as `第{n}次`.
    public var patterns: [String]?
    /// Ordinal categories: Chinese numerals and their values (一: 1).
    public var numerals: [String: Int]?
    /// Ordinal categories: whole words and their values (首次: 1, 末次: last).
    public var words: [OrdinalWord]?
    public var description: String?

    public enum Kind: String, Sendable, Hashable, Codable {
        case ordinal
        case distinguishing
    }

    /// One option of a category, such as 省外 of 区域.
    public struct Option: Sendable, Hashable, Codable, Identifiable {
        public var id: String
        public var name: String
        public var aliases: [String]
        /// Patterns where `{option_id}` stands for any alias of that option of the same category.
        public var patterns: [String]?
        public var description: String?
    }

    /// A word naming an ordinal value (首次 → 1, 末次 → last).
    public struct OrdinalWord: Sendable, Hashable, Codable {
        public var alias: String
        /// An integer as text, or `last`.
        public var value: String

        enum CodingKeys: String, CodingKey { case alias, value }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            alias = try c.decode(String.self, forKey: .alias)
            if let n = try? c.decode(Int.self, forKey: .value) { value = String(n) } else {
                value = try c.decode(String.self, forKey: .value)
            }
        }
    }

    public var isOrdinal: Bool { kind == .ordinal }
}
