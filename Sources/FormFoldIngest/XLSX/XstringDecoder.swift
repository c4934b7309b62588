/// Undoes the OOXML `ST_Xstring` escapes in decoded cell text: `_xHHHH_` stands for the UTF-16
/// code unit HHHH (Excel writes a carriage return as `_x000D_` and a literal `_x` as `_x005F_x`).
enum XstringDecoder {
    /// Rewrites `text[from...]` in place, leaving text without escapes untouched.
    static func unescape(_ text: inout [UInt8], from start: Int = 0) {
        guard text.count - start >= 7, text[start...].contains(UInt8(ascii: "_")) else { return }
        var out: [UInt8] = []
        out.reserveCapacity(text.count - start)
        var p = start
        let end = text.count
        var changed = false
        while p < end {
            if text[p] == UInt8(ascii: "_"), let unit = codeUnit(text, p, end) {
                // A surrogate pair is two escapes in a row.
                if unit >= 0xD800, unit < 0xDC00, p + 14 <= end, let low = codeUnit(text, p + 7, end),
                   low >= 0xDC00, low < 0xE000,
                   let scalar = Unicode.Scalar(0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)) {
                    XMLTextDecoder.appendUTF8(scalar, to: &out)
                    p += 14
                    changed = true
                    continue
                }
                if let scalar = Unicode.Scalar(UInt32(unit)) {
                    XMLTextDecoder.appendUTF8(scalar, to: &out)
                    p += 7
                    changed = true
                    continue
                }
            }
            out.append(text[p])
            p += 1
        }
        guard changed else { return }
        text.replaceSubrange(start..<end, with: out)
    }

    /// The HHHH of `_xHHHH_` at `p`, or nil.
    private static func codeUnit(_ t: [UInt8], _ p: Int, _ end: Int) -> UInt16? {
        guard p + 7 <= end, t[p + 1] == UInt8(ascii: "x"), t[p + 6] == UInt8(ascii: "_") else { return nil }
        var v: UInt16 = 0
        for i in (p + 2)..<(p + 6) {
            let c = t[i]
            let d: UInt16
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt16(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt16(c - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt16(c - UInt8(ascii: "A") + 10)
            default: return nil
            }
            v = v << 4 | d
        }
        return v
    }
}
