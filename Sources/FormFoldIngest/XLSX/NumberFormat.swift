import FormFoldCore

/// Tells which number formats show a date, a time, or both.
///
/// Built-in ids follow Excel, including the zh-CN built-ins (27–36, 50–58) that are dates and
/// times in Chinese Excel. A custom format code is a date format when, ignoring quoted literals,
/// backslash escapes, `_x` / `*x` padding and bracketed colours, locales and conditions, it holds
/// the letters y, m, d, h or s; elapsed-time brackets `[h]`, `[mm]`, `[ss]` count as time.
enum NumberFormat {
    /// The kind for a built-in format id, or nil when it is not a date or time format.
    static func dateKind(builtIn id: Int) -> SpreadsheetDate.Kind? {
        switch id {
        case 14...17, 27...31, 36, 50...54, 57, 58: return .date
        case 18...21, 32...35, 45...47, 55, 56: return .time
        case 22: return .dateTime
        default: return nil
        }
    }

    /// The kind for a custom format code such as `yyyy"年"m"月"d"日"` or `[h]:mm:ss`.
    static func dateKind(code: String) -> SpreadsheetDate.Kind? {
        let chars = Array(code.unicodeScalars)
        var hasDate = false, hasTime = false
        // Letter groups in order, to tell month `m` from minute `m`.
        var groups: [UInt8] = []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            switch c {
            case ";":
                i = chars.count  // only the first section decides
                continue
            case "\"":
                i += 1
                while i < chars.count, chars[i] != "\"" { i += 1 }
            case "\\", "_", "*":
                i += 1
            case "[":
                var j = i + 1
                var inside = ""
                while j < chars.count, chars[j] != "]" { inside.unicodeScalars.append(chars[j]); j += 1 }
                let lowered = inside.lowercased()
                if !lowered.isEmpty, lowered.allSatisfy({ $0 == "h" || $0 == "m" || $0 == "s" }) {
                    hasTime = true
                    groups.append(UInt8(ascii: "h"))
                }
                i = j
            default:
                let lower = Character(c).lowercased()
                if lower == "g", String(String.UnicodeScalarView(chars[i...].prefix(7))).lowercased() == "general" {
                    i += 7
                    continue
                }
                if lower == "a" {
                    let rest = String(String.UnicodeScalarView(chars[i...].prefix(5))).lowercased()
                    if rest == "am/pm" { hasTime = true; i += 5; continue }
                    if rest.hasPrefix("a/p") { hasTime = true; i += 3; continue }
                }
                if let letter = lower.unicodeScalars.first, lower.unicodeScalars.count == 1,
                   "ymdhs".unicodeScalars.contains(letter) {
                    let byte = UInt8(letter.value)
                    if groups.last != byte { groups.append(byte) }
                }
            }
            i += 1
        }
        for (k, g) in groups.enumerated() {
            switch g {
            case UInt8(ascii: "y"), UInt8(ascii: "d"): hasDate = true
            case UInt8(ascii: "h"), UInt8(ascii: "s"): hasTime = true
            case UInt8(ascii: "m"):
                let afterHour = k > 0 && groups[k - 1] == UInt8(ascii: "h")
                let beforeSecond = k + 1 < groups.count && groups[k + 1] == UInt8(ascii: "s")
                if afterHour || beforeSecond { hasTime = true } else { hasDate = true }
            default: break
            }
        }
        switch (hasDate, hasTime) {
        case (true, true): return .dateTime
        case (true, false): return .date
        case (false, true): return .time
        default: return nil
        }
    }
}
