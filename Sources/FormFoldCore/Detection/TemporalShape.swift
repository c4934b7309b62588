/// Recognises dates and times written as text: `2022-04-20`, `2022/4/20`, `2022.4.20`, `2022年4月20日`,
/// `4月20日`, `2022-04-20 08:30`, `2022年4月20日8时30分`, `08:30`, `8:30:15`.
///
/// A byte scan into digit groups and separators, cheap enough to run on every text cell.
struct TemporalShape {
    let kind: ValueKind

    init?(_ text: String) {
        var groups: [Int] = []       // digit counts of each group
        var separators: [String] = []  // separators[i] stands before groups[i + 1]
        var digits = 0
        var sep = ""
        for ch in text {
            if let a = ch.asciiValue, a >= 48, a <= 57 {
                if digits == 0 {
                    if !groups.isEmpty { separators.append(sep) } else if !sep.isEmpty { return nil }
                    sep = ""
                }
                digits += 1
                if digits > 4 { return nil }
            } else {
                guard "-/.年月日时点分秒: T".contains(ch) else { return nil }
                if digits > 0 { groups.append(digits); digits = 0 }
                if ch != " " || !sep.hasSuffix(" ") { sep.append(ch) }
                if sep.count > 3 { return nil }
            }
        }
        if digits > 0 { groups.append(digits); sep = "" }
        let trailing = sep
        guard !groups.isEmpty, separators.count == groups.count - 1 else { return nil }
        func isDateSep(_ s: String) -> Bool { ["-", "/", ".", "年", "月"].contains(s.trimmingCharacters(in: [" "])) }
        func isTimeSep(_ s: String) -> Bool { [":", "时", "点", "分"].contains(s.trimmingCharacters(in: [" "])) }
        let dateTail = ["", "日"].contains(trailing.trimmingCharacters(in: [" "]))
        let timeTail = ["", "分", "秒"].contains(trailing.trimmingCharacters(in: [" "]))
        switch groups.count {
        case 2 where groups[0] <= 2 && groups[1] == 2 && isTimeSep(separators[0]) && timeTail:
            kind = .time
        case 2 where groups[0] <= 2 && groups[1] <= 2 && separators[0] == "月" && trailing == "日":
            kind = .date
        case 3 where groups[0] == 4 && groups[1] <= 2 && groups[2] <= 2 && isDateSep(separators[0]) && isDateSep(separators[1]) && dateTail:
            kind = .date
        case 3 where groups[0] <= 2 && groups[1] == 2 && groups[2] == 2 && separators.allSatisfy(isTimeSep) && timeTail:
            kind = .time
        case 5, 6:
            guard groups[0] == 4, groups[1] <= 2, groups[2] <= 2, isDateSep(separators[0]), isDateSep(separators[1]),
                  ["", " ", "T", "日", "日 "].contains(separators[2]), groups[3] <= 2, groups[4] <= 2,
                  separators[3...].allSatisfy(isTimeSep), timeTail else { return nil }
            kind = .dateTime
        default:
            return nil
        }
    }
}
