import CFreeXL
import FormFoldCore

/// An open FreeXL handle: the class owns it and closes it when released. Use it from one task.
///
/// FreeXL reads the whole workbook when it opens it; cells are then looked up by row and column in the
/// selected worksheet. Text comes back as UTF-8 (FreeXL converts the workbook's code page).
final class FreeXLWorkbook {
    private var handle: UnsafeRawPointer?

    /// Opens the .xls file at `path`; throws the FreeXL error code.
    init(path: String) throws(FreeXLStatus) {
        var opened: UnsafeRawPointer?
        let code = freexl_open(path, &opened)
        handle = opened
        if code != FREEXL_OK {
            // A FILEPASS record stops FreeXL; the handle still says whether the workbook is encrypted.
            if isPasswordProtected { throw FreeXLStatus(code: FREEXL_BIFF_OBFUSCATED) }
            throw FreeXLStatus(code: code)
        }
        if isPasswordProtected { throw FreeXLStatus(code: FREEXL_BIFF_OBFUSCATED) }
    }

    deinit {
        if let handle { freexl_close(handle) }
    }

    /// True when the workbook is encrypted (FreeXL calls it obfuscated).
    var isPasswordProtected: Bool {
        guard let handle else { return false }
        var value: UInt32 = 0
        return freexl_get_info(handle, UInt16(FREEXL_BIFF_PASSWORD), &value) == FREEXL_OK
            && value == UInt32(FREEXL_BIFF_OBFUSCATED)
    }

    /// True when dates count from 1904 (old Mac workbooks).
    var uses1904Dates: Bool {
        info(FREEXL_BIFF_DATEMODE) == UInt32(FREEXL_BIFF_DATEMODE_1904)
    }

    /// Worksheets in the workbook.
    func sheetCount() throws(FreeXLStatus) -> Int {
        guard let count = info(FREEXL_BIFF_SHEET_COUNT) else { throw FreeXLStatus(code: FREEXL_INVALID_HANDLE) }
        return Int(count)
    }

    /// The name of the worksheet at `index`, as UTF-8.
    func sheetName(at index: Int) throws(FreeXLStatus) -> String {
        var name: UnsafePointer<CChar>?
        let code = freexl_get_worksheet_name(handle, UInt16(index), &name)
        guard code == FREEXL_OK else { throw FreeXLStatus(code: code) }
        return name.map { String(cString: $0) } ?? ""
    }

    /// Selects the worksheet at `index` and returns its rows and columns.
    func select(sheet index: Int) throws(FreeXLStatus) -> (rows: Int, columns: Int) {
        var code = freexl_select_active_worksheet(handle, UInt16(index))
        guard code == FREEXL_OK else { throw FreeXLStatus(code: code) }
        var rows: UInt32 = 0
        var columns: UInt16 = 0
        code = freexl_worksheet_dimensions(handle, &rows, &columns)
        guard code == FREEXL_OK else { throw FreeXLStatus(code: code) }
        return (Int(rows), Int(columns))
    }

    /// The raw value of one cell of the selected worksheet (0-based row and column).
    func cell(row: Int, column: Int) throws(FreeXLStatus) -> FreeXL_CellValue {
        var value = FreeXL_CellValue()
        let code = freexl_get_cell_value(handle, UInt32(row), UInt16(column), &value)
        guard code == FREEXL_OK else { throw FreeXLStatus(code: code) }
        return value
    }

    private func info(_ what: Int32) -> UInt32? {
        guard let handle else { return nil }
        var value: UInt32 = 0
        return freexl_get_info(handle, UInt16(what), &value) == FREEXL_OK ? value : nil
    }
}
