/// The value of one spreadsheet cell, as a reader found it.
///
/// Readers turn numbers whose number format is a date or time format into ``date(_:)``;
/// every other number stays a ``number(_:)``. Rich-text runs arrive joined into one ``text(_:)``.
public enum CellValue: Sendable, Hashable {
    case empty
    case text(String)
    case number(Double)
    case bool(Bool)
    case date(SpreadsheetDate)
    /// An error value such as `#DIV/0!` or `#N/A`, kept as written.
    case error(String)

    /// True for ``empty`` and for text that is only white space.
    public var isBlank: Bool {
        switch self {
        case .empty: return true
        case .text(let s): return s.allSatisfy { $0.isWhitespace }
        default: return false
        }
    }

    /// The value as a person would read it in the cell (numbers without a trailing `.0`).
    public var displayText: String {
        switch self {
        case .empty: return ""
        case .text(let s): return s
        case .number(let d): return CellValue.format(number: d)
        case .bool(let b): return b ? "TRUE" : "FALSE"
        case .date(let d): return d.description
        case .error(let e): return e
        }
    }

    /// Formats a number the way a spreadsheet shows it in General format: integers without a fraction.
    public static func format(number d: Double) -> String {
        if d.isFinite, d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return String(d)
    }
}

/// A date, a time of day, or both, as stored in a spreadsheet cell.
public struct SpreadsheetDate: Sendable, Hashable, CustomStringConvertible {
    /// Which parts the cell's number format shows.
    public enum Kind: String, Sendable, Hashable, Codable {
        case date, dateTime, time
    }

    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int
    public var kind: Kind

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, kind: Kind) {
        self.year = year; self.month = month; self.day = day
        self.hour = hour; self.minute = minute; self.second = second
        self.kind = kind
    }

    /// Converts a spreadsheet serial number (days since the epoch, fraction = time of day).
    ///
    /// Uses the 1900 date system by default (with Excel's phantom 29 February 1900, so serial 60 is
    /// kept as 1900-02-28 and 61 is 1900-03-01) or the 1904 system. Returns nil for serials outside
    /// the years 1900–9999.
    public init?(serial: Double, kind: Kind, uses1904: Bool = false) {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        var seconds = Int(((serial - Double(days)) * 86_400).rounded())
        if seconds >= 86_400 { seconds -= 86_400; days += 1 }
        // Days since 1970-01-01 for the serial.
        let unixDays: Int
        if uses1904 {
            unixDays = days - 24_107
        } else if days >= 61 || days == 0 {
            unixDays = days - 25_569
        } else {
            unixDays = days - 25_568  // before the phantom leap day
        }
        let (y, m, d) = SpreadsheetDate.civil(fromDays: kind == .time ? 0 : unixDays)
        self.init(year: y, month: m, day: d,
                  hour: seconds / 3600, minute: seconds / 60 % 60, second: seconds % 60, kind: kind)
    }

    /// Howard Hinnant's days-from-civil inverse: days since 1970-01-01 to a proleptic Gregorian date.
    static func civil(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    /// ISO 8601: `2022-04-20`, `2022-04-20T08:30:00`, or `08:30:00`.
    public var description: String {
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let date = "\(year)-\(two(month))-\(two(day))"
        let time = "\(two(hour)):\(two(minute)):\(two(second))"
        switch kind {
        case .date: return date
        case .dateTime: return "\(date)T\(time)"
        case .time: return time
        }
    }
}
