import CXlsxWriter

/// A failure while writing an xlsx workbook, naming the file, the sheet and the cell where known.
///
/// Every error libxlsxwriter reports becomes one of these, with its `lxw_error` code and the library's own
/// message (`lxw_strerror`); FormFold's own checks (sheet names, Excel's row and column limits, a closed
/// workbook) give the same type with a nil ``code``.
///
/// ```swift
/// do {
///     try sheet.write("合计", row: 1_048_576, col: 0)
/// } catch let error as XlsxError where error.kind == .cellOutOfRange {
///     print(error)   // 汇总.xlsx, sheet 汇总, cell A1048577: writing text failed: …
/// }
/// ```
public struct XlsxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, coarsely, for callers that match on it.
    public enum Kind: String, Sendable, Hashable {
        /// libxlsxwriter refused the call; ``XlsxError/code`` holds its `lxw_error`.
        case library
        /// The sheet name is empty, too long, holds a character Excel forbids, or is taken.
        case sheetName
        /// The cell or range lies outside Excel's 1,048,576 rows × 16,384 columns (or a count is negative).
        case cellOutOfRange
        /// In constant-memory mode a row was written after a later one.
        case rowOrder
        /// The workbook was closed; nothing more can be written to it.
        case closed
        /// The output path (or the temporary folder) cannot be used.
        case path
        /// An argument FormFold checks itself was wrong (an empty list, a reversed range…).
        case argument
    }

    public var kind: Kind
    /// libxlsxwriter's `lxw_error` value, or nil when FormFold refused the call before the library saw it.
    public var code: Int?
    /// The library's message for ``code`` (`lxw_strerror`), or FormFold's own.
    public var message: String
    /// What was being done: `writing text`, `merging A1:F1`, `adding sheet 「汇总」`.
    public var action: String
    /// The workbook's path.
    public var file: String
    /// The sheet, when the failure belongs to one.
    public var sheet: String?
    /// The cell or range in A1 notation, when the failure belongs to one.
    public var cell: String?
    /// What to do about it, when FormFold knows.
    public var hint: String?

    public init(kind: Kind, code: Int? = nil, message: String, action: String, file: String,
                sheet: String? = nil, cell: String? = nil, hint: String? = nil) {
        self.kind = kind
        self.code = code
        self.message = message
        self.action = action
        self.file = file
        self.sheet = sheet
        self.cell = cell
        self.hint = hint
    }

    /// `报表.xlsx, sheet 汇总, cell C7: writing text failed: … (libxlsxwriter error 21). Hint.`
    public var description: String {
        var place = file
        if let sheet { place += ", sheet \(sheet)" }
        if let cell { place += ", cell \(cell)" }
        var text = "\(place): \(action) failed: \(message)"
        if let code { text += " (libxlsxwriter error \(code))" }
        if let hint { text += ". \(hint)" }
        return text
    }

    /// The library's message for an `lxw_error`.
    static func libraryMessage(_ code: lxw_error) -> String {
        guard let text = lxw_strerror(code) else { return "unknown libxlsxwriter error" }
        return String(cString: text)
    }

    /// An error for a code libxlsxwriter returned.
    static func library(_ code: lxw_error, action: String, file: String, sheet: String? = nil,
                        cell: String? = nil, hint: String? = nil) -> XlsxError {
        XlsxError(kind: .library, code: Int(code.rawValue), message: libraryMessage(code), action: action,
                  file: file, sheet: sheet, cell: cell, hint: hint)
    }
}

extension lxw_error {
    /// `LXW_NO_ERROR`.
    var isSuccess: Bool { self == LXW_NO_ERROR }
}
