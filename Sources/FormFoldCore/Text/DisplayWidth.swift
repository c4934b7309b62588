/// How many cells text takes in a terminal or a spreadsheet column: East Asian wide and full-width characters
/// (汉字, 全角（）, Hangul, CJK symbols) take two, everything else one. The one definition the command-line tables,
/// the merged sheet's column widths and the auditors' sheets share.
public enum DisplayWidth {
    /// True for a character shown two cells wide.
    public static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            true
        default:
            false
        }
    }

    /// The cells `text` takes: two per wide character, one per other.
    public static func cells(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
    }
}
