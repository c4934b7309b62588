import FormFoldCore

/// Parses the ISO 8601 text of a `t="d"` cell: `2022-04-20`, `2022-04-20T08:30:00(.000)(Z)` or `08:30:00`.
enum ISODateText {
    static func parse(_ b: UnsafeBufferPointer<UInt8>) -> SpreadsheetDate? {
        var p = 0
        let end = b.count
        func number(_ width: Int) -> Int? {
            guard p + width <= end else { return nil }
            var v = 0
            for i in p..<(p + width) {
                let c = b[i]
                guard c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") else { return nil }
                v = v * 10 + Int(c - UInt8(ascii: "0"))
            }
            p += width
            return v
        }
        func expect(_ c: Character) -> Bool {
            guard p < end, let a = c.asciiValue, b[p] == a else { return false }
            p += 1
            return true
        }
        func time() -> (Int, Int, Int)? {
            guard let h = number(2), expect(":"), let m = number(2) else { return nil }
            var s = 0
            if expect(":") {
                guard let v = number(2) else { return nil }
                s = v
                if expect(".") { while p < end, b[p] >= UInt8(ascii: "0"), b[p] <= UInt8(ascii: "9") { p += 1 } }
            }
            guard h < 24, m < 60, s < 61 else { return nil }
            return (h, m, min(s, 59))
        }
        func zone() -> Bool {
            if p == end { return true }
            if expect("Z") { return p == end }
            guard expect("+") || expect("-"), number(2) != nil else { return false }
            _ = expect(":")
            return number(2) != nil && p == end
        }
        if end >= 3, b[2] == UInt8(ascii: ":") {
            guard let (h, m, s) = time(), zone() else { return nil }
            return SpreadsheetDate(year: 1970, month: 1, day: 1, hour: h, minute: m, second: s, kind: .time)
        }
        guard let y = number(4), expect("-"), let mo = number(2), expect("-"), let d = number(2),
              (1...12).contains(mo), (1...31).contains(d) else { return nil }
        if p == end { return SpreadsheetDate(year: y, month: mo, day: d, kind: .date) }
        guard expect("T") || expect(" "), let (h, m, s) = time(), zone() else { return nil }
        return SpreadsheetDate(year: y, month: mo, day: d, hour: h, minute: m, second: s, kind: .dateTime)
    }
}
