/// How a cell looks: font, fill, alignment, border, number format and protection.
///
/// A value type, so equal styles are one format in the file: ``XlsxWorkbook`` turns each distinct style into
/// one libxlsxwriter format the first time it is used and reuses it after that.
///
/// ```swift
/// let header = CellStyle(bold: true, fillColor: 0xDDEBF7, horizontalAlignment: .center,
///                        verticalAlignment: .center, wrapsText: true, border: .thin)
/// let entry = CellStyle(border: .thin, isLocked: false)          // a cell people may fill in a protected sheet
/// let day = CellStyle(numberFormat: "yyyy-mm-dd")
/// ```
public struct CellStyle: Sendable, Hashable {
    /// Horizontal placement of the cell's content.
    public enum HorizontalAlignment: Sendable, Hashable {
        case left, center, right, fill, justify, centerAcrossSelection, distributed
    }

    /// Vertical placement of the cell's content.
    public enum VerticalAlignment: Sendable, Hashable {
        case top, center, bottom, justify, distributed
    }

    /// A border drawn on all four sides of the cell.
    public enum Border: Sendable, Hashable {
        case thin, medium
    }

    public var bold: Bool
    public var italic: Bool
    /// The font, such as `宋体` or `Calibri`; nil for the workbook default.
    public var fontName: String?
    /// Font size in points; nil for the default (11).
    public var fontSize: Double?
    /// Font colour as `0xRRGGBB`; nil for automatic.
    public var fontColor: UInt32?
    /// Solid fill colour as `0xRRGGBB`; nil for none.
    public var fillColor: UInt32?
    public var horizontalAlignment: HorizontalAlignment?
    public var verticalAlignment: VerticalAlignment?
    /// Wraps long text onto several lines (and shows `\n` as a line break).
    public var wrapsText: Bool
    public var border: Border?
    /// An Excel number format such as `0.00`, `yyyy-mm-dd` or `@` (text); nil for General.
    public var numberFormat: String?
    /// Locked cells cannot be edited once the sheet is protected (Excel's default is locked).
    public var isLocked: Bool
    /// Hides the cell's formula once the sheet is protected.
    public var hidesFormula: Bool

    public init(bold: Bool = false, italic: Bool = false, fontName: String? = nil, fontSize: Double? = nil,
                fontColor: UInt32? = nil, fillColor: UInt32? = nil,
                horizontalAlignment: HorizontalAlignment? = nil, verticalAlignment: VerticalAlignment? = nil,
                wrapsText: Bool = false, border: Border? = nil, numberFormat: String? = nil,
                isLocked: Bool = true, hidesFormula: Bool = false) {
        self.bold = bold
        self.italic = italic
        self.fontName = fontName
        self.fontSize = fontSize
        self.fontColor = fontColor
        self.fillColor = fillColor
        self.horizontalAlignment = horizontalAlignment
        self.verticalAlignment = verticalAlignment
        self.wrapsText = wrapsText
        self.border = border
        self.numberFormat = numberFormat
        self.isLocked = isLocked
        self.hidesFormula = hidesFormula
    }

    /// The default look: General format, locked.
    public static let plain = CellStyle()

    /// The same style with another number format.
    public func withNumberFormat(_ format: String?) -> CellStyle {
        var copy = self
        copy.numberFormat = format
        return copy
    }
}
