/// Character classes of a scalar asked for every scalar of every header, answered without Unicode's property tables
/// where the answer is known: those lookups were a good part of reading a header.
extension Unicode.Scalar {
    /// Unicode's White_Space property, from its list of twenty-five scalars (a test checks it against
    /// `properties.isWhitespace` over all of Unicode).
    public var isSpace: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Unicode's Ideographic property, with ASCII and the CJK unified ideographs answered at once.
    public var isHan: Bool {
        if value < 0x80 { return false }
        if (0x4E00...0x9FFF).contains(value) { return true }
        return properties.isIdeographic
    }
}
