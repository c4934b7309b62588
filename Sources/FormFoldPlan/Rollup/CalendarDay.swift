import Foundation
import FormFoldCore

/// A calendar day (2020-02-20), the unit of a rollup's period.
public struct CalendarDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `2020-02-20`, `2020/2/20`, `2020.2.20`, `2020年2月20日`; nil for anything else or an impossible day.
    public init?(_ text: String) {
        guard let value = DerivationFinder.day(.text(text)) else { return nil }
        self.init(yyyymmdd: value)
        guard Self.isValid(year: year, month: month, day: day) else { return nil }
    }

    /// The day of a date cell or of date text; nil otherwise.
    public init?(_ value: CellValue) {
        guard let day = DerivationFinder.day(value) else { return nil }
        self.init(yyyymmdd: day)
    }

    /// The day as the number yyyymmdd (20200220), as the planner's day columns compare days.
    public var yyyymmdd: Int { year * 10000 + month * 100 + day }

    init(yyyymmdd: Int) {
        self.init(year: yyyymmdd / 10000, month: yyyymmdd / 100 % 100, day: yyyymmdd % 100)
    }

    /// 2020-02-20.
    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    static func isValid(year: Int, month: Int, day: Int) -> Bool {
        var c = DateComponents()
        c.year = year; c.month = month; c.day = day
        let calendar = Calendar(identifier: .gregorian)
        guard let date = calendar.date(from: c) else { return false }
        let back = calendar.dateComponents([.year, .month, .day], from: date)
        return back.year == year && back.month == month && back.day == day
    }
}

/// The days a rollup covers: one day, or a range from `first` to `last` (both included).
public struct RollupPeriod: Sendable, Hashable, Codable, CustomStringConvertible {
    public var first: CalendarDay
    public var last: CalendarDay

    public init(first: CalendarDay, last: CalendarDay) {
        self.first = min(first, last)
        self.last = max(first, last)
    }

    /// One day.
    public init(_ day: CalendarDay) { self.init(first: day, last: day) }

    public var isOneDay: Bool { first == last }

    public func contains(_ day: CalendarDay) -> Bool { first <= day && day <= last }

    /// `2020-02-20`, or `2020-02-10 至 2020-02-23`.
    public var description: String { isOneDay ? first.description : "\(first) 至 \(last)" }
}
