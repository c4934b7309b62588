/// Parses a cell reference attribute (`r="AB12"`) straight from bytes.
///
/// Saturates instead of overflowing, so an absurd reference such as `ZZZZZZ1` reads as a huge
/// column that the caller then rejects against ``ReadLimits``.
enum CellAddressText {
    /// The 0-based column and 1-based row (0 when the reference has no digits), or nil when malformed.
    @inline(__always)
    static func parse(_ b: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> (column: Int, row: Int)? {
        var p = start
        var column = 0
        while p < end {
            var c = b[p]
            if c == UInt8(ascii: "$") { p += 1; continue }
            c |= 0x20
            guard c >= UInt8(ascii: "a"), c <= UInt8(ascii: "z") else { break }
            column = min(column * 26 + Int(c - UInt8(ascii: "a")) + 1, 1 << 40)
            p += 1
        }
        guard column > 0 else { return nil }
        if p < end, b[p] == UInt8(ascii: "$") { p += 1 }
        var row = 0
        while p < end {
            let c = b[p]
            guard c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") else { return nil }
            row = min(row * 10 + Int(c - UInt8(ascii: "0")), 1 << 40)
            p += 1
        }
        return (column - 1, row)
    }

    /// A row number attribute (`<row r="12">`), saturating; nil when malformed.
    @inline(__always)
    static func row(_ b: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        guard start < end else { return nil }
        var row = 0
        for p in start..<end {
            let c = b[p]
            guard c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") else { return nil }
            row = min(row * 10 + Int(c - UInt8(ascii: "0")), 1 << 40)
        }
        return row
    }
}
