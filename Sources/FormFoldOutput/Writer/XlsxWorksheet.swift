import CXlsxWriter
import FormFoldCore

/// A sheet of an ``XlsxWorkbook``. Rows and columns are 0-based: row 0, col 0 is `A1`.
///
/// Every call checks Excel's limits (1,048,576 rows × 16,384 columns) and throws an ``XlsxError`` naming the
/// cell; every libxlsxwriter error becomes an ``XlsxError`` with the library's message. The sheet keeps its
/// workbook alive; after the workbook is closed every call throws ``XlsxError/Kind/closed``.
///
/// ```swift
/// let sheet = try book.addWorksheet("人员")
/// try sheet.mergeRange(firstRow: 0, firstCol: 0, lastRow: 0, lastCol: 5, text: "返乡人员登记表", style: title)
/// try sheet.write("姓名", row: 1, col: 0, style: header)
/// try sheet.write(date: SpreadsheetDate(year: 2022, month: 4, day: 20, kind: .date), row: 2, col: 3)
/// try sheet.freezePanes(row: 2, col: 0)
/// ```
public final class XlsxWorksheet {
    /// The workbook this sheet belongs to, kept alive while the sheet is.
    public let workbook: XlsxWorkbook
    /// The sheet's name as given to ``XlsxWorkbook/addWorksheet(_:)``.
    public let name: String
    let handle: UnsafeMutablePointer<lxw_worksheet>
    /// The workbook's ``XlsxWorkbook/constantMemory``, kept here for the per-cell checks.
    let constantMemory: Bool
    /// Constant-memory mode only: the highest row written so far, to explain row-order errors (other modes have
    /// none, so they do not track it).
    private(set) var highestRow = -1
    /// Constant-memory mode: the styled blank cells of merged ranges on rows not started yet, by row.
    /// libxlsxwriter's merge pads every cell of the range at once, which would start the range's later rows and
    /// silently drop cells written afterwards on its first row (a second vertical merge in a two-row header).
    var deferredBlanks: [Int: [(col: lxw_col_t, format: UnsafeMutablePointer<lxw_format>)]] = [:] {
        didSet { hasDeferredBlanks = !deferredBlanks.isEmpty }
    }
    /// `!deferredBlanks.isEmpty`, kept up to date so that each cell tests a Bool rather than the dictionary.
    private(set) var hasDeferredBlanks = false
    /// The merged ranges so far (0-based), to refuse an overlap, which libxlsxwriter 1.1.4 lets through and
    /// Excel then "repairs" by dropping merges.
    var mergedRanges: [CellRange] = []

    init(workbook: XlsxWorkbook, handle: UnsafeMutablePointer<lxw_worksheet>, name: String) {
        self.workbook = workbook
        self.handle = handle
        self.name = name
        constantMemory = workbook.constantMemory
    }

    deinit {
        try? finishDeferredCells()
    }

    // MARK: - Cells

    /// Writes text (UTF-8, up to 32,767 characters). Empty text writes a blank cell when a style is given and
    /// nothing otherwise.
    public func write(_ text: String, row: Int, col: Int, style: CellStyle? = nil) throws {
        let (r, c) = try rowCell(row, col, "writing text")
        let format = try self.format(style, "writing text", row: row, col: col)
        try writeString(text, r, c, format, row: row, col: col)
    }

    /// Writes text with a format resolved once by ``XlsxWorkbook/format(_:)``: the same cell as
    /// the `style:` call with the format's ``XlsxFormat/style``, without looking the style up.
    ///
    /// - Throws: as the `style:` call; ``XlsxError/Kind/argument`` for a format of another workbook.
    public func write(_ text: String, row: Int, col: Int, format: XlsxFormat) throws {
        let (r, c) = try rowCell(row, col, "writing text")
        let pointer = try self.pointer(of: format, "writing text", row: row, col: col)
        try writeString(text, r, c, pointer, row: row, col: col)
    }

    /// Writes a number.
    public func write(_ number: Double, row: Int, col: Int, style: CellStyle? = nil) throws {
        let (r, c) = try rowCell(row, col, "writing a number")
        try requireFinite(number, row: row, col: col)
        let format = try self.format(style, "writing a number", row: row, col: col)
        try check(worksheet_write_number(handle, r, c, number, format), "writing a number", row: row, col: col)
    }

    /// Writes a number with a format resolved once by ``XlsxWorkbook/format(_:)``: the same cell as
    /// the `style:` call with the format's ``XlsxFormat/style``, without looking the style up.
    ///
    /// - Throws: as the `style:` call; ``XlsxError/Kind/argument`` for a format of another workbook.
    public func write(_ number: Double, row: Int, col: Int, format: XlsxFormat) throws {
        let (r, c) = try rowCell(row, col, "writing a number")
        try requireFinite(number, row: row, col: col)
        let pointer = try self.pointer(of: format, "writing a number", row: row, col: col)
        try check(worksheet_write_number(handle, r, c, number, pointer), "writing a number", row: row, col: col)
    }

    /// Writes TRUE or FALSE.
    public func write(_ value: Bool, row: Int, col: Int, style: CellStyle? = nil) throws {
        let (r, c) = try rowCell(row, col, "writing a boolean")
        let format = try self.format(style, "writing a boolean", row: row, col: col)
        try check(worksheet_write_boolean(handle, r, c, value ? 1 : 0, format), "writing a boolean", row: row, col: col)
    }

    /// Writes TRUE or FALSE with a format resolved once by ``XlsxWorkbook/format(_:)``.
    ///
    /// - Throws: as the `style:` call; ``XlsxError/Kind/argument`` for a format of another workbook.
    public func write(_ value: Bool, row: Int, col: Int, format: XlsxFormat) throws {
        let (r, c) = try rowCell(row, col, "writing a boolean")
        let pointer = try self.pointer(of: format, "writing a boolean", row: row, col: col)
        try check(worksheet_write_boolean(handle, r, c, value ? 1 : 0, pointer), "writing a boolean", row: row, col: col)
    }

    /// Writes a date, a date and time, or a time of day as Excel's serial number.
    ///
    /// Without a number format in `style`, the cell gets `yyyy-mm-dd`, `yyyy-mm-dd hh:mm:ss` or `hh:mm:ss` by the
    /// date's kind, so it shows (and reads back) as a date. Years 1900…9999.
    public func write(date: SpreadsheetDate, row: Int, col: Int, style: CellStyle? = nil) throws {
        let action = "writing a date"
        let (r, c) = try rowCell(row, col, action)
        var value = try datetime(date, action, row: row, col: col)
        let format: UnsafeMutablePointer<lxw_format>?
        if let style, style.numberFormat != nil {
            format = try self.format(style, action, row: row, col: col)
        } else {
            format = try self.format((style ?? .plain).withNumberFormat(Self.defaultFormat(for: date.kind)), action,
                                     row: row, col: col)
        }
        try check(worksheet_write_datetime(handle, r, c, &value, format), action, row: row, col: col)
    }

    /// Writes a date with a format resolved once by ``XlsxWorkbook/format(_:)``: the same cell as
    /// ``write(date:row:col:style:)`` with the format's style.
    ///
    /// Give a format with a number format (such as `yyyy-mm-dd`) to skip every lookup; without one the cell
    /// gets the date's default format, as with `style:`, looked up per cell.
    ///
    /// - Throws: as the `style:` call; ``XlsxError/Kind/argument`` for a format of another workbook.
    public func write(date: SpreadsheetDate, row: Int, col: Int, format: XlsxFormat) throws {
        let action = "writing a date"
        let (r, c) = try rowCell(row, col, action)
        var value = try datetime(date, action, row: row, col: col)
        var pointer = try self.pointer(of: format, action, row: row, col: col)
        if !format.hasNumberFormat {
            pointer = try self.format(format.style.withNumberFormat(Self.defaultFormat(for: date.kind)), action,
                                      row: row, col: col)
        }
        try check(worksheet_write_datetime(handle, r, c, &value, pointer), action, row: row, col: col)
    }

    /// Writes an empty cell that carries a style (a bordered blank in a form to fill in).
    public func writeBlank(row: Int, col: Int, style: CellStyle? = nil) throws {
        let (r, c) = try rowCell(row, col, "writing a blank cell")
        let format = try self.format(style, "writing a blank cell", row: row, col: col)
        try check(worksheet_write_blank(handle, r, c, format), "writing a blank cell", row: row, col: col)
    }

    /// Writes an empty cell with a format resolved once by ``XlsxWorkbook/format(_:)`` (nothing is written for a
    /// format of ``CellStyle/plain``, as with `style:`).
    ///
    /// - Throws: as the `style:` call; ``XlsxError/Kind/argument`` for a format of another workbook.
    public func writeBlank(row: Int, col: Int, format: XlsxFormat) throws {
        let (r, c) = try rowCell(row, col, "writing a blank cell")
        let pointer = try self.pointer(of: format, "writing a blank cell", row: row, col: col)
        try check(worksheet_write_blank(handle, r, c, pointer), "writing a blank cell", row: row, col: col)
    }

    /// Writes a formula such as `=SUM(B2:B10)`. `result` is stored as the cached value that readers which do
    /// not calculate (FormFold's own, most libraries) see; Excel recalculates on opening.
    public func writeFormula(_ formula: String, row: Int, col: Int, style: CellStyle? = nil,
                             result: Double? = nil) throws {
        let action = "writing a formula"
        let (r, c) = try rowCell(row, col, action)
        let format = try self.format(style, action, row: row, col: col)
        let code = formula.withCString { f in
            if let result { return worksheet_write_formula_num(handle, r, c, f, format, result) }
            return worksheet_write_formula(handle, r, c, f, format)
        }
        try check(code, action, row: row, col: col)
    }

    /// Writes a value as a reader gave it: text, number, boolean, date; ``CellValue/empty`` writes a blank
    /// only when a style is given; an error value such as `#N/A` is written as its text.
    public func write(_ value: CellValue, row: Int, col: Int, style: CellStyle? = nil) throws {
        switch value {
        case .empty:
            if style != nil { try writeBlank(row: row, col: col, style: style) } else { _ = try cell(row, col, "writing a blank cell") }
        case .text(let text): try write(text, row: row, col: col, style: style)
        case .number(let number): try write(number, row: row, col: col, style: style)
        case .bool(let flag): try write(flag, row: row, col: col, style: style)
        case .date(let date): try write(date: date, row: row, col: col, style: style)
        case .error(let text): try write(text, row: row, col: col, style: style)
        }
    }

    /// Writes a value as a reader gave it with a format resolved once by ``XlsxWorkbook/format(_:)``: the same
    /// cell as the `style:` call with the format's ``XlsxFormat/style`` (``CellValue/empty`` writes a blank that
    /// carries the format).
    ///
    /// - Throws: as the `style:` call; ``XlsxError/Kind/argument`` for a format of another workbook.
    public func write(_ value: CellValue, row: Int, col: Int, format: XlsxFormat) throws {
        switch value {
        case .empty: try writeBlank(row: row, col: col, format: format)
        case .text(let text): try write(text, row: row, col: col, format: format)
        case .number(let number): try write(number, row: row, col: col, format: format)
        case .bool(let flag): try write(flag, row: row, col: col, format: format)
        case .date(let date): try write(date: date, row: row, col: col, format: format)
        case .error(let text): try write(text, row: row, col: col, format: format)
        }
    }

    /// Writes `values` across one row, starting at `firstCol`.
    public func writeRow(_ values: [CellValue], row: Int, firstCol: Int = 0, style: CellStyle? = nil) throws {
        for (offset, value) in values.enumerated() {
            try write(value, row: row, col: firstCol + offset, style: style)
        }
    }

    // MARK: - Internals

    static func defaultFormat(for kind: SpreadsheetDate.Kind) -> String {
        switch kind {
        case .date: return "yyyy-mm-dd"
        case .dateTime: return "yyyy-mm-dd hh:mm:ss"
        case .time: return "hh:mm:ss"
        }
    }

    /// Writes a string cell with a resolved format (`withCString` hands a native string's own UTF-8 over
    /// without copying it).
    @inline(__always)
    private func writeString(_ text: String, _ r: lxw_row_t, _ c: lxw_col_t, _ format: UnsafeMutablePointer<lxw_format>?,
                             row: Int, col: Int) throws {
        let code = text.withCString { worksheet_write_string(handle, r, c, $0, format) }
        try check(code, "writing text", row: row, col: col)
    }

    /// Refuses NaN and the infinities, which Excel cannot hold.
    @inline(__always)
    private func requireFinite(_ number: Double, row: Int, col: Int) throws {
        guard number.isFinite else {
            throw failure(.argument, "\(number) is not a number Excel can hold", "writing a number", row: row, col: col)
        }
    }

    /// `date` as libxlsxwriter's date and time, refusing dates outside Excel's years 1900…9999.
    @inline(__always)
    private func datetime(_ date: SpreadsheetDate, _ action: String, row: Int, col: Int) throws -> lxw_datetime {
        guard date.kind == .time
            || (1900...9999).contains(date.year) && (1...12).contains(date.month) && (1...31).contains(date.day) else {
            throw failure(.argument, "\(date) is outside the dates Excel holds (1900-01-01 to 9999-12-31)",
                          action, row: row, col: col)
        }
        var value = Self.libraryDate(date)
        if date.kind == .time { (value.year, value.month, value.day) = (0, 0, 0) }
        return value
    }

    /// Checks the workbook is open and the cell inside Excel's limits; gives libxlsxwriter's row and column.
    func cell(_ row: Int, _ col: Int, _ action: @autoclosure () -> String) throws -> (lxw_row_t, lxw_col_t) {
        _ = try workbook.open(action(), sheet: name)
        guard SheetLimits.contains(row: row, col: col) else {
            throw failure(.cellOutOfRange,
                          "the cell lies outside Excel's \(SheetLimits.rows) rows × \(SheetLimits.columns) columns (A1:XFD1048576)",
                          action(), row: row, col: col)
        }
        return (lxw_row_t(row), lxw_col_t(col))
    }

    /// ``cell(_:_:_:)`` for a call that writes to the row: first writes the deferred merge cells of the rows up
    /// to it, in order.
    func rowCell(_ row: Int, _ col: Int, _ action: @autoclosure () -> String) throws -> (lxw_row_t, lxw_col_t) {
        let place = try cell(row, col, action())
        if hasDeferredBlanks { try writeDeferredCells(through: row) }
        return place
    }

    /// Writes the deferred merge cells of rows up to `row`, top to bottom.
    func writeDeferredCells(through row: Int) throws {
        for pending in deferredBlanks.keys.sorted() where pending <= row {
            guard let cells = deferredBlanks.removeValue(forKey: pending) else { continue }
            for (col, format) in cells {
                try check(worksheet_write_blank(handle, lxw_row_t(pending), col, format),
                          "writing a merged range's cells", row: pending, col: Int(col))
            }
        }
    }

    /// Writes every deferred merge cell; the workbook calls it before closing.
    func finishDeferredCells() throws {
        guard hasDeferredBlanks, !workbook.isClosed else { return }
        try writeDeferredCells(through: Int.max)
    }

    /// The libxlsxwriter format of `format`, after checking it was made by this sheet's workbook.
    @inline(__always)
    func pointer(of format: XlsxFormat, _ action: @autoclosure () -> String, row: Int,
                 col: Int) throws -> UnsafeMutablePointer<lxw_format>? {
        guard format.owner === workbook.formatOwner else {
            throw failure(.argument, "the cell format was made by another workbook", action(), row: row, col: col,
                          hint: "make the format with format(_:) of the workbook this sheet belongs to")
        }
        return format.pointer
    }

    /// The workbook's format for `style`, with the sheet and cell named when the style is refused.
    @inline(__always)
    func format(_ style: CellStyle?, _ action: String, row: Int, col: Int) throws -> UnsafeMutablePointer<lxw_format>? {
        guard let style else { return nil }
        return try lookUpFormat(style, action, row: row, col: col)
    }

    /// ``format(_:_:row:col:)`` for a style.
    func lookUpFormat(_ style: CellStyle, _ action: String, row: Int, col: Int) throws -> UnsafeMutablePointer<lxw_format>? {
        do {
            return try workbook.format(for: style)
        } catch var error as XlsxError {
            error.action = action
            error.sheet = name
            error.cell = SheetLimits.cellName(row: row, col: col)
            throw error
        }
    }

    /// Checks a range's corners and order; gives libxlsxwriter's rows and columns.
    func range(_ firstRow: Int, _ firstCol: Int, _ lastRow: Int, _ lastCol: Int,
               _ action: @autoclosure () -> String) throws -> (lxw_row_t, lxw_col_t, lxw_row_t, lxw_col_t) {
        let name = SheetLimits.rangeName(firstRow: firstRow, firstCol: firstCol, lastRow: lastRow, lastCol: lastCol)
        _ = try workbook.open(action(), sheet: self.name)
        guard SheetLimits.contains(row: firstRow, col: firstCol), SheetLimits.contains(row: lastRow, col: lastCol) else {
            throw XlsxError(kind: .cellOutOfRange,
                            message: "the range lies outside Excel's \(SheetLimits.rows) rows × \(SheetLimits.columns) columns (A1:XFD1048576)",
                            action: action(), file: workbook.path, sheet: self.name, cell: name)
        }
        guard firstRow <= lastRow, firstCol <= lastCol else {
            throw XlsxError(kind: .argument, message: "the range ends before it starts", action: action(),
                            file: workbook.path, sheet: self.name, cell: name,
                            hint: "give the top-left corner first")
        }
        return (lxw_row_t(firstRow), lxw_col_t(firstCol), lxw_row_t(lastRow), lxw_col_t(lastCol))
    }

    /// Turns a libxlsxwriter return code into an ``XlsxError`` for `cell`; in constant-memory mode an index
    /// error on an earlier row becomes ``XlsxError/Kind/rowOrder``.
    func check(_ code: lxw_error, _ action: @autoclosure () -> String, row: Int, col: Int,
               cell: String? = nil, hint: String? = nil) throws {
        guard code.isSuccess else {
            let place = cell ?? SheetLimits.cellName(row: row, col: col)
            var error = XlsxError.library(code, action: action(), file: workbook.path, sheet: name, cell: place,
                                          hint: hint)
            if constantMemory, code == LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE, row < highestRow {
                error.kind = .rowOrder
                error.hint = "in constant-memory mode rows are written top to bottom: row \(row + 1) came after row \(highestRow + 1) was started; write the header and merges first, then the data in order, or turn constantMemory off"
            }
            throw error
        }
        if constantMemory, row > highestRow { highestRow = row }
    }

    func failure(_ kind: XlsxError.Kind, _ message: String, _ action: String, row: Int, col: Int,
                 hint: String? = nil) -> XlsxError {
        XlsxError(kind: kind, message: message, action: action, file: workbook.path, sheet: name,
                  cell: SheetLimits.cellName(row: row, col: col), hint: hint)
    }

    /// A library error that belongs to the sheet but no cell.
    func checkSheet(_ code: lxw_error, _ action: @autoclosure () -> String, hint: String? = nil) throws {
        guard code.isSuccess else {
            throw XlsxError.library(code, action: action(), file: workbook.path, sheet: name, hint: hint)
        }
    }
}
