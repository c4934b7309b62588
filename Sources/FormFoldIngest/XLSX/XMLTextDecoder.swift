import Foundation

/// Decodes XML character data: the five predefined entities, numeric character references and
/// line-end normalisation (CR LF and lone CR become LF, as XML requires).
///
/// Any other entity is an error: a spreadsheet part never needs one, and expanding declared
/// entities is how "billion laughs" attacks work.
enum XMLTextDecoder {
    /// Appends the decoded text of `bytes[start..<end]` to `output`.
    @inline(__always)
    static func append(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int,
                       to output: inout [UInt8]) throws(XMLTextFailure) {
        let n = end - start
        guard n > 0 else { return }
        if memchr(bytes + start, Int32(UInt8(ascii: "&")), n) == nil,
           memchr(bytes + start, 0x0D, n) == nil {
            output.append(contentsOf: UnsafeBufferPointer(start: bytes + start, count: n))
            return
        }
        try appendSlowly(bytes, start, end, to: &output)
    }

    /// Decodes a short value (an attribute) into a String.
    static func string(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int) throws(XMLTextFailure) -> String {
        var out: [UInt8] = []
        try append(bytes, start, end, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func appendSlowly(_ b: UnsafePointer<UInt8>, _ start: Int, _ end: Int,
                                     to output: inout [UInt8]) throws(XMLTextFailure) {
        var p = start
        while p < end {
            let c = b[p]
            if c == 0x0D {
                output.append(0x0A)
                p += 1
                if p < end, b[p] == 0x0A { p += 1 }
                continue
            }
            guard c == UInt8(ascii: "&") else {
                output.append(c)
                p += 1
                continue
            }
            var semicolon = p + 1
            while semicolon < end, semicolon - p <= 12, b[semicolon] != UInt8(ascii: ";") { semicolon += 1 }
            guard semicolon < end, b[semicolon] == UInt8(ascii: ";") else {
                let shown = String(decoding: UnsafeBufferPointer(start: b + p, count: min(end - p, 12)), as: UTF8.self)
                throw XMLTextFailure(message: "a bare '&' or an unterminated reference (\(shown)…); the text must write & as &amp;")
            }
            let name = UnsafeBufferPointer(start: b + p + 1, count: semicolon - p - 1)
            if let predefined = predefined(name) {
                output.append(predefined)
            } else if name.first == UInt8(ascii: "#") {
                guard let scalar = numericReference(name) else {
                    throw XMLTextFailure(message: "the character reference &\(String(decoding: name, as: UTF8.self)); is malformed or names no valid character")
                }
                appendUTF8(scalar, to: &output)
            } else {
                throw XMLTextFailure(message: "the unknown entity &\(String(decoding: name, as: UTF8.self)); (only &lt; &gt; &amp; &quot; &apos; and numeric references are allowed in a spreadsheet)")
            }
            p = semicolon + 1
        }
    }

    private static func predefined(_ name: UnsafeBufferPointer<UInt8>) -> UInt8? {
        switch name.count {
        case 2:
            if name[0] == UInt8(ascii: "l"), name[1] == UInt8(ascii: "t") { return UInt8(ascii: "<") }
            if name[0] == UInt8(ascii: "g"), name[1] == UInt8(ascii: "t") { return UInt8(ascii: ">") }
        case 3:
            if name.elementsEqual("amp".utf8) { return UInt8(ascii: "&") }
        case 4:
            if name.elementsEqual("quot".utf8) { return UInt8(ascii: "\"") }
            if name.elementsEqual("apos".utf8) { return UInt8(ascii: "'") }
        default: break
        }
        return nil
    }

    /// `#20013` or `#x4E2D` to a scalar that XML allows, or nil.
    private static func numericReference(_ name: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        guard name.count >= 2 else { return nil }
        var value: UInt32 = 0
        var digits = 0
        if name[1] == UInt8(ascii: "x") {
            for c in name.dropFirst(2) {
                let d: UInt32
                switch c {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(c - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(c - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(c - UInt8(ascii: "A") + 10)
                default: return nil
                }
                value = value * 16 + d
                digits += 1
                if value > 0x10FFFF { return nil }
            }
        } else {
            for c in name.dropFirst(1) {
                guard c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + UInt32(c - UInt8(ascii: "0"))
                digits += 1
                if value > 0x10FFFF { return nil }
            }
        }
        guard digits > 0, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
        return scalar
    }

    /// Appends a scalar as UTF-8.
    static func appendUTF8(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
        let v = scalar.value
        switch v {
        case 0..<0x80:
            output.append(UInt8(v))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | (v >> 6)))
            output.append(UInt8(0x80 | (v & 0x3F)))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | (v >> 12)))
            output.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (v & 0x3F)))
        default:
            output.append(UInt8(0xF0 | (v >> 18)))
            output.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            output.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (v & 0x3F)))
        }
    }
}
