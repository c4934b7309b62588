/// Running statistics of one column's filled values, from which its ``FieldType`` is inferred.
///
/// It keeps counts per value kind and at most ``distinctLimit`` distinct values, so it takes
/// constant memory however many rows stream past.
public struct ColumnProfile: Sendable {
    static let distinctLimit = 64
    private var kindCounts = [Int](repeating: 0, count: ValueKind.allCases.count)
    /// Distinct text values by their byte hash (hashing a `String` key normalises it, which costs more than
    /// reading the cell): the first spelling seen and its count.
    private var distinct: [UInt64: (text: String, count: Int)] = [:]
    private var distinctOverflow = false
    /// Filled cells seen.
    public private(set) var filled = 0
    /// The distinct values seen, sketched for comparing columns across forms.
    public private(set) var sketch = ValueSketch()

    public init() {}

    /// Adds one cell's value.
    public mutating func add(_ value: CellValue) {
        guard let kind = ValueKind(value) else { return }
        filled += 1
        kindCounts[kind.rawValue] += 1
        let text = ValueKind.trimmed(value.displayText)
        let hash = ValueSketch.hash(text)
        sketch.add(hash: hash)
        guard !distinctOverflow, kind == .text || kind == .yesNo else { return }
        if text.utf8.count > 72 || (text.utf8.count > 24 && text.unicodeScalars.count > 24) {
            distinctOverflow = true
        } else if distinct[hash] != nil {
            distinct[hash]!.count += 1
        } else if distinct.count < ColumnProfile.distinctLimit {
            distinct[hash] = (text, 1)
        } else {
            distinctOverflow = true
        }
    }

    /// Adds every value of another profile (for the same column).
    public mutating func merge(_ other: ColumnProfile) {
        filled += other.filled
        for h in other.sketch.hashes { sketch.add(hash: h) }
        for i in kindCounts.indices { kindCounts[i] += other.kindCounts[i] }
        for (k, v) in other.distinct {
            if distinct[k] != nil {
                distinct[k]!.count += v.count
            } else if distinct.count < ColumnProfile.distinctLimit {
                distinct[k] = v
            } else {
                distinctOverflow = true
            }
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
        distinct.values.sorted { $0.count != $1.count ? $0.count > $1.count : $0.text < $1.text }.map(\.text)
    }
}
