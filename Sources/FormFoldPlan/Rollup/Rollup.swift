import FormFoldMatch

/// Village → street (township) → district totals of the org-unit forms' figures for a day or a range of days, and
/// the rows of the person, household and event rosters counted per village.
///
/// Each figure is aggregated as the data dictionary's `aggregation` says: `sum` adds up over villages and, for a
/// range, over days; `latest` takes each village's value of the latest day in the range that has one, added over
/// villages (a figure of the 累计 period is a level too, and is taken the same way); `none` is not rolled up. A
/// village with no value is nil (shown blank, not 0), and so is a street none of whose villages has one.
///
/// ```swift
/// let rollup = Rollup(forms: forms, report: report, dictionary: dictionary, policy: policy,
///                     period: RollupPeriod(CalendarDay("2020-02-20")!))
/// rollup.value("isolation.home.count", at: "东湖街道")     // the street's total
/// ```
///
/// It does no I/O: it reads the forms' records (kept by ingest on request), their mappings and the policy's
/// `org_units`, so tests and other front ends can compute the same totals.
public struct Rollup: Sendable {
    /// The district's name (the policy's, or 全区).
    public var district: String
    public var period: RollupPeriod
    /// The figures, in the order of the forms and their columns.
    public var measures: [RollupMeasure]
    /// The district row, then each street followed by its villages.
    public var rows: [RollupRow]
    /// Days found in the data, first and last (nil when no form has dated rows).
    public var dataSpan: RollupPeriod?
    /// What the reader should know: forms left out, villages not in the hierarchy, conflicting values.
    public var notes: [String]

    public init(district: String, period: RollupPeriod, measures: [RollupMeasure], rows: [RollupRow],
                dataSpan: RollupPeriod?, notes: [String]) {
        self.district = district
        self.period = period
        self.measures = measures
        self.rows = rows
        self.dataSpan = dataSpan
        self.notes = notes
    }

    /// The value of the measure with `key` (a concept id, with its options as `id|category=option`, or a roster's
    /// row-count key) for the unit named `unit` (the district, a street or a village).
    public func value(_ key: String, at unit: String) -> Double? {
        guard let m = measures.firstIndex(where: { $0.key == key }),
              let row = rows.first(where: { $0.name == unit }) else { return nil }
        return row.values[m]
    }

    /// The villages of a street, in the hierarchy's order.
    public func villages(of street: String) -> [RollupRow] {
        rows.filter { $0.level == .village && $0.street == street }
    }
}

/// One figure of a rollup.
public struct RollupMeasure: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Added up over villages and over the days of the period.
        case sum
        /// Each village's value of the latest day in the period, added up over villages.
        case latest
        /// Rows of a roster counted per village and day, added up like a sum.
        case rowCount

        /// How values of `concept` with `options` combine over the days of a period. Options say it first: 累计
        /// (cumulative) is a level, so the latest; 当日/本周/本月 name what happened in that period, so a sum; of a
        /// supply, 库存/需求/缺口 are levels and 到货/发放/消耗 flows. Otherwise the dictionary's aggregation: a level
        /// (居家隔离人数, 库存量, 在校学生数) is the latest, anything else a sum. Over villages, both add up.
        public static func over(time concept: Concept, _ options: [String: String]) -> Kind {
            switch options["period"] {
            case "cumulative": return .latest
            case "today", "yesterday", "this_week", "this_month": return .sum
            default: break
            }
            switch options["supply_measure"] {
            case "stock", "demand", "shortage": return .latest
            case "received", "distributed", "consumed": return .sum
            default: break
            }
            return concept.aggregation == .latest ? .latest : .sum
        }
    }

    /// `concept` or `concept|category=option…`; for a row count `rows|file|sheet`.
    public var key: String
    /// 居家隔离人数（当日）, or 返乡人员排查登记表 登记人数.
    public var label: String
    /// The concept, nil for a row count.
    public var concept: String?
    public var unit: String?
    public var kind: Kind
    /// The forms the values come from (titles), in order.
    public var sources: [String]
    /// For a row count: the date column the rows are counted by (返乡时间), or nil when the roster has none.
    public var dateBasis: String?
    /// True while every value is a whole number.
    public var isWhole: Bool
}

/// A line of the rollup: the district, a street or a village.
public struct RollupRow: Sendable, Hashable, Codable {
    public enum Level: String, Sendable, Hashable, Codable {
        case district, street, village
    }

    public var name: String
    public var level: Level
    /// For a village, its street.
    public var street: String?
    /// Aligned with ``Rollup/measures``; nil when there is no data.
    public var values: [Double?]
}
