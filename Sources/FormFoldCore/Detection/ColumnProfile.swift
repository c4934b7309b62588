/// Running statistics of one column's filled values, from which its ``FieldType`` is inferred.
///
/// It keeps counts per value kind and at most ``distinctLimit`` distinct values, so it takes
/// constant memory however many rows stream past.
public struct ColumnProfile: Sendable {
    static let distinctLimit = 64
    private var kindCounts = [Int](repeating: 0, count: ValueKind.allCases.count)
    private var distinct: [String: Int] = [:]
    private var distinctOverflow = false
    /// Filled cells seen.
    public private(set) var filled = 0

    public init() {}

    /// Adds one cell's value.
    public mutating func add(_ value: CellValue) {
        guard let kind = ValueKind(value) else { return }
        filled += 1
        kindCounts[kind.rawValue] += 1
        guard !distinctOverflow, kind == .text || kind == .yesNo else { return }
        let key = ValueKind.trimmed(value.displayText)
        if key.count > 24 {
            distinctOverflow = true
        } else if distinct[key] != nil {
            distinct[key]! += 1
        } else if distinct.count < ColumnProfile.distinctLimit {
            distinct[key] = 1
        } else {
            distinctOverflow = true
        }
    }

    /// Adds every value of another profile (for the same column).
    public mutating func merge(_ other: ColumnProfile) {
        filled += other.filled
        for i in kindCounts.indices { kindCounts[i] += other.kindCounts[i] }
        for (k, v) in other.distinct {
            if distinct[k] != nil { distinct[k]! += v } else if distinct.count < ColumnProfile.distinctLimit { distinct[k] = v } else { distinctOverflow = true }
        }
        distinctOverflow = distinctOverflow || other.distinctOverflow
    }

    private func count(_ kind: ValueKind) -> Int { kindCounts[kind.rawValue] }

    /// The inferred type. A kind wins when at least 90% of the filled values are of it (placeholders
    /// such as `无` or `/` in a count column are tolerated); integers and decimals together make a
    /// decimal, dates with times a datetime; a small closed set of text values is an enumeration.
    public var inferredType: FieldType {
        guard filled > 0 else { return FieldType(kind: .empty) }
        let n = Double(filled)
        func share(_ kinds: ValueKind...) -> Double { Double(kinds.reduce(0) { $0 + count($1) }) / n }
        if share(.idNumber) >= 0.9 { return FieldType(kind: .idNumber) }
        if share(.mobile) >= 0.9 { return FieldType(kind: .mobile) }
        if share(.integer) >= 0.9 { return FieldType(kind: .integer) }
        if share(.integer, .decimal) >= 0.9, count(.decimal) > 0 { return FieldType(kind: .decimal) }
        if share(.date) >= 0.9 { return FieldType(kind: .date) }
        if share(.date, .dateTime) >= 0.9 { return FieldType(kind: .datetime) }
        if share(.time) >= 0.9 { return FieldType(kind: .time) }
        if share(.yesNo) >= 0.9, distinct.count <= 3 { return FieldType(kind: .yesNo, values: orderedValues) }
        if !distinctOverflow, isEnumeration { return FieldType(kind: .enumeration, values: orderedValues) }
        return FieldType(kind: .text)
    }

    /// A closed set: few distinct values, each seen more than once on average.
    private var isEnumeration: Bool {
        let d = distinct.count
        guard d >= 1, filled >= 4 else { return false }
        return d <= 12 && Double(filled) >= 2.0 * Double(d) && count(.integer) + count(.decimal) < filled / 2
    }

    private var orderedValues: [String] {
        distinct.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
    }
}
