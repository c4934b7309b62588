/// What kind of values a field holds, inferred from its filled cells.
public enum FieldKind: String, Sendable, Hashable, Codable, CaseIterable {
    case integer
    case decimal
    case date
    case datetime
    case time
    /// An 18-character PRC resident ID number (公民身份号码) with a valid ISO 7064 check digit.
    case idNumber = "id_number"
    /// An 11-digit mainland mobile number.
    case mobile
    /// 是/否, Y/N, 有/无, √/×, TRUE/FALSE.
    case yesNo = "yes_no"
    /// A small closed set of values (性别: 男/女; 码颜色: 红/黄/绿).
    case enumeration
    case text
    /// No filled value to infer from (a blank template).
    case empty
}

/// A field's inferred type: its kind and, for an enumeration, the values seen.
public struct FieldType: Sendable, Hashable {
    public var kind: FieldKind
    /// The distinct values of an enumeration, most frequent first; empty for other kinds.
    public var values: [String]

    public init(kind: FieldKind, values: [String] = []) {
        self.kind = kind
        self.values = values
    }
}
