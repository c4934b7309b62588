import FormFoldCore

/// What a cell accepts (Excel's Data → Data Validation), for ``XlsxWorksheet/validate(_:messages:firstRow:firstCol:lastRow:lastCol:)``.
///
/// Bounds are inclusive; a nil bound leaves that side open (`integer(min: 0, max: nil)`: any whole number ≥ 0).
///
/// ```swift
/// try sheet.validate(.list(["是", "否"]), messages: ValidationMessages(inputTitle: "是否返乡",
///                    inputMessage: "请选择", errorTitle: "输入有误", errorMessage: "只能填“是”或“否”"),
///                    firstRow: 2, firstCol: 4, lastRow: 500, lastCol: 4)
/// ```
public enum DataValidation: Sendable, Hashable {
    /// A whole number.
    case integer(min: Int?, max: Int?)
    /// Any number.
    case decimal(min: Double?, max: Double?)
    /// A date (the cell should carry a date number format).
    case date(from: SpreadsheetDate?, to: SpreadsheetDate?)
    /// One of the given choices, offered in a drop-down. Excel allows 255 characters for the whole list
    /// (choices and the commas between them); for longer lists write them on a sheet and use ``listRange(_:)``.
    case list([String])
    /// One of the values in a range, such as `=选项!$A$1:$A$40`, offered in a drop-down.
    case listRange(String)
    /// Text whose length (in characters) lies within the bounds.
    case textLength(min: Int?, max: Int?)
    /// Anything for which the formula is true, such as `=LEN(A3)=18` for an 18-character ID number.
    case custom(formula: String)
}

/// The prompt shown when a validated cell is selected and the alert shown when a value is refused.
///
/// Titles may hold 32 characters and messages 255 (Excel's limits; Chinese text counts by character).
public struct ValidationMessages: Sendable, Hashable {
    /// How firmly a refused value is refused.
    public enum ErrorStyle: Sendable, Hashable {
        /// The value cannot be entered.
        case stop
        /// The person may keep the value after a warning.
        case warning
        /// The person is told and the value is kept.
        case information
    }

    public var inputTitle: String?
    public var inputMessage: String?
    public var errorTitle: String?
    public var errorMessage: String?
    public var errorStyle: ErrorStyle
    /// Whether a blank cell passes (Excel's default: it does).
    public var ignoresBlank: Bool

    public init(inputTitle: String? = nil, inputMessage: String? = nil, errorTitle: String? = nil,
                errorMessage: String? = nil, errorStyle: ErrorStyle = .stop, ignoresBlank: Bool = true) {
        self.inputTitle = inputTitle
        self.inputMessage = inputMessage
        self.errorTitle = errorTitle
        self.errorMessage = errorMessage
        self.errorStyle = errorStyle
        self.ignoresBlank = ignoresBlank
    }
}
