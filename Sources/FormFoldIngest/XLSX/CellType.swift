/// The `t` attribute of a worksheet cell: how its value is stored.
enum CellType: UInt8 {
    /// `n` or no `t`: a number (a date when the cell's format is a date format).
    case number
    /// `s`: an index into the shared strings.
    case sharedString
    /// `inlineStr`: text in `<is>`.
    case inlineString
    /// `str`: the text result of a formula.
    case formulaString
    /// `b`: 1 or 0.
    case boolean
    /// `e`: an error value such as `#N/A`.
    case error
    /// `d`: an ISO 8601 date.
    case isoDate

    /// The type for the raw attribute value, or nil when unknown.
    @inline(__always)
    init?(_ v: UnsafeBufferPointer<UInt8>) {
        switch v.count {
        case 1:
            switch v[0] {
            case UInt8(ascii: "s"): self = .sharedString
            case UInt8(ascii: "n"): self = .number
            case UInt8(ascii: "b"): self = .boolean
            case UInt8(ascii: "e"): self = .error
            case UInt8(ascii: "d"): self = .isoDate
            default: return nil
            }
        case 3 where v.elementsEqual("str".utf8): self = .formulaString
        case 9 where v.elementsEqual("inlineStr".utf8): self = .inlineString
        default: return nil
        }
    }
}
