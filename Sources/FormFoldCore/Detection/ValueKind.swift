import Foundation

/// The kind of one filled cell, the evidence from which a field's type is inferred.
enum ValueKind: Int, CaseIterable, Sendable {
    case integer, decimal, date, dateTime, time, idNumber, mobile, yesNo, text

    /// Classifies one cell. Text that reads as a number, date, ID number or phone counts as that.
    init?(_ value: CellValue) {
        switch value {
        case .empty, .error: return nil
        case .bool: self = .yesNo
        case .number(let d):
            if d == d.rounded(), abs(d) < 1e15 {
                self = (d >= 13_000_000_000 && d < 20_000_000_000) ? .mobile : .integer
            } else {
                self = .decimal
            }
        case .date(let d):
            switch d.kind {
            case .date: self = .date
            case .dateTime: self = d.hour == 0 && d.minute == 0 && d.second == 0 ? .date : .dateTime
            case .time: self = .time
            }
        case .text(let raw):
            let t = ValueKind.trimmed(raw)
            if t.isEmpty { return nil }
            self = ValueKind.classify(text: t)
        }
    }

    static let yesNoWords: Set<String> = ["是", "否", "有", "无", "Y", "N", "y", "n", "√", "×", "✓", "✔", "✗", "✘",
                                          "TRUE", "FALSE", "true", "false", "对", "错", "已", "未"]

    /// The text without surrounding white space, copying only when there is some.
    static func trimmed(_ s: String) -> String {
        // Scalars, not Characters: finding the last grapheme of every cell is measurably slow.
        guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last else { return s }
        if !isSpace(first) && !isSpace(last) { return s }
        return s.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func isSpace(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0..<0x80: return u.value <= 0x20 || u.value == 0x7F
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Classifies trimmed text without regular expressions: this runs for every text cell.
    static func classify(text t: String) -> ValueKind {
        let u = Array(t.utf8)
        guard let first = u.first else { return .text }
        let isDigit = { (b: UInt8) in b >= 48 && b <= 57 }
        if !isDigit(first) && first != UInt8(ascii: "-") && first != UInt8(ascii: "+") && first != UInt8(ascii: ".") {
            return u.count <= 5 && yesNoWords.contains(t) ? .yesNo : .text
        }
        if u.count == 18, IDNumber.isValid(t) { return .idNumber }
        if u.count == 11, u[0] == UInt8(ascii: "1"), u[1] >= UInt8(ascii: "3"), u.allSatisfy(isDigit) { return .mobile }
        if isInteger(u) { return .integer }
        if u.count <= 17, u.filter({ $0 == 46 }).count == 1, u.allSatisfy({ isDigit($0) || $0 == 46 || $0 == 45 || $0 == 43 }),
           Double(t) != nil {
            return .decimal
        }
        return TemporalShape(t)?.kind ?? .text
    }

    private static func isInteger(_ u: [UInt8]) -> Bool {
        guard !u.isEmpty, u.count <= 15 else { return false }
        let digits = u.first == UInt8(ascii: "-") ? u.dropFirst() : u[...]
        guard !digits.isEmpty, digits.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return false }
        // A leading zero (such as 007 or 0351) is a code, not a count.
        return digits.count == 1 || digits.first != UInt8(ascii: "0")
    }
}
