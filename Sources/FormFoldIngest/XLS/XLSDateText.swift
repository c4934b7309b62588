import FormFoldCore

/// A date as FreeXL writes it for a cell with a date or time format: `YYYY-MM-DD`, `YYYY-MM-DD HH:MM:SS`
/// or `HH:MM:SS`. A time alone gets the date 1970-01-01, as ``SpreadsheetDate/init(serial:kind:uses1904:)`` gives it.
struct XLSDateText {
    var date: SpreadsheetDate

    /// Parses FreeXL's text; nil when it is in none of the three shapes.
    init?(_ text: String) {
        let parts = text.split(separator: " ")
        func numbers(_ part: Substring, separator: Character) -> [Int]? {
            let pieces = part.split(separator: separator, omittingEmptySubsequences: false)
            guard pieces.count == 3 else { return nil }
            let values = pieces.compactMap { Int($0) }
            return values.count == 3 ? values : nil
        }
        switch parts.count {
        case 1 where parts[0].contains("-"):
            guard let d = numbers(parts[0], separator: "-") else { return nil }
            date = SpreadsheetDate(year: d[0], month: d[1], day: d[2], kind: .date)
        case 1:
            guard let t = numbers(parts[0], separator: ":") else { return nil }
            date = SpreadsheetDate(year: 1970, month: 1, day: 1, hour: t[0], minute: t[1], second: t[2], kind: .time)
        case 2:
            guard let d = numbers(parts[0], separator: "-"), let t = numbers(parts[1], separator: ":") else { return nil }
            date = SpreadsheetDate(year: d[0], month: d[1], day: d[2], hour: t[0], minute: t[1], second: t[2], kind: .dateTime)
        default:
            return nil
        }
    }
}
