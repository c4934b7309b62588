import Foundation

/// Parses the number text of a cell value (`<v>42</v>`, `<v>-1.5E-3</v>`) without creating a String.
enum NumberText {
    private static let powersOfTen: [Double] = (0...22).map { pow(10, Double($0)) }

    /// The value of `bytes`, or nil when it is not a plain decimal number.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var start = 0, end = bytes.count
        while start < end, bytes[start] <= 0x20 { start += 1 }
        while end > start, bytes[end - 1] <= 0x20 { end -= 1 }
        guard start < end else { return nil }
        // Fast path: [-]digits[.digits] with at most 15 significant digits is exact in a Double,
        // and one division by an exact power of ten rounds correctly.
        var p = start
        let negative = bytes[p] == UInt8(ascii: "-")
        if negative || bytes[p] == UInt8(ascii: "+") { p += 1 }
        var mantissa: UInt64 = 0
        var digits = 0, fractionDigits = 0
        var sawPoint = false, sawDigit = false, simple = true
        while p < end {
            let c = bytes[p]
            if c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") {
                mantissa = mantissa &* 10 &+ UInt64(c - UInt8(ascii: "0"))
                sawDigit = true
                if mantissa != 0 { digits += 1 }
                if sawPoint { fractionDigits += 1 }
            } else if c == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else {
                simple = false
                break
            }
            p += 1
        }
        if simple, sawDigit, digits <= 15, fractionDigits <= 22 {
            let value = Double(mantissa) / powersOfTen[fractionDigits]
            return negative ? -value : value
        }
        return slowParse(bytes, start, end)
    }

    /// strtod on a bounded copy, after checking the characters are those of a decimal number.
    private static func slowParse(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        let n = end - start
        guard n < 64 else { return nil }
        var digits = 0
        for i in start..<end {
            switch bytes[i] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): break
            default: return nil
            }
        }
        guard digits > 0 else { return nil }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: n + 1) { text -> Double? in
            guard let base = text.baseAddress, let source = bytes.baseAddress else { return nil }
            for i in 0..<n { base[i] = CChar(bitPattern: source[start + i]) }
            base[n] = 0
            var stop: UnsafeMutablePointer<CChar>?
            let value = strtod(base, &stop)
            guard let stop, stop == base + n, value.isFinite else { return nil }
            return value
        }
    }

    /// A non-negative decimal integer such as a shared-string index, or nil (also on overflow).
    static func index(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var start = 0, end = bytes.count
        while start < end, bytes[start] <= 0x20 { start += 1 }
        while end > start, bytes[end - 1] <= 0x20 { end -= 1 }
        guard start < end, end - start <= 12 else { return nil }
        var value = 0
        for i in start..<end {
            let c = bytes[i]
            guard c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(c - UInt8(ascii: "0"))
        }
        return value
    }
}
