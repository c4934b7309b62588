/// The character that separates the fields of a csv file.
///
/// ``CSVReader`` picks the one that splits the first lines into the most consistent number of fields
/// (more than one), ignoring what is inside quotes; comma when none does.
public enum CSVDelimiter: String, Sendable, Hashable, CaseIterable {
    case comma = ","
    case tab = "\t"
    case semicolon = ";"

    var byte: UInt8 {
        switch self {
        case .comma: return UInt8(ascii: ",")
        case .tab: return UInt8(ascii: "\t")
        case .semicolon: return UInt8(ascii: ";")
        }
    }

    /// Lines looked at when detecting.
    static let sampleLines = 50

    /// Picks the delimiter for UTF-8 `text`, the start of a file.
    static func detect(in text: UnsafeBufferPointer<UInt8>) -> CSVDelimiter {
        // Fields per record for each candidate, over the first records (blank lines left out).
        var counts: [[Int]] = Array(repeating: [], count: allCases.count)
        var current = Array(repeating: 1, count: allCases.count)
        var inQuotes = false
        var lineHasContent = false
        var i = 0
        func endLine() {
            if lineHasContent {
                for c in allCases.indices { counts[c].append(current[c]) }
            }
            current = Array(repeating: 1, count: allCases.count)
            lineHasContent = false
        }
        while i < text.count, counts[0].count < sampleLines {
            let b = text[i]
            i += 1
            if b == UInt8(ascii: "\"") { inQuotes.toggle(); lineHasContent = true; continue }
            if inQuotes { continue }
            switch b {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                endLine()
            case UInt8(ascii: ","): current[0] += 1; lineHasContent = true
            case UInt8(ascii: "\t"): current[1] += 1; lineHasContent = true
            case UInt8(ascii: ";"): current[2] += 1; lineHasContent = true
            default: lineHasContent = true
            }
        }
        if !inQuotes { endLine() }

        var best: (delimiter: CSVDelimiter, agreeing: Int, fields: Int)?
        for (c, delimiter) in allCases.enumerated() {
            var frequency: [Int: Int] = [:]
            for n in counts[c] where n > 1 { frequency[n, default: 0] += 1 }
            // The most common field count; ties go to the wider split.
            guard let mode = frequency.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) else { continue }
            if let b = best, (b.agreeing, b.fields) >= (mode.value, mode.key) { continue }
            best = (delimiter, mode.value, mode.key)
        }
        return best?.delimiter ?? .comma
    }
}
