import CFreeXL
import Foundation
import FormFoldCore

/// Reads a legacy Excel 97–2003 workbook (BIFF .xls, as WPS, old Excel or xlwt write it) through FreeXL.
///
/// Numbers become ``CellValue/number(_:)``; cells whose number format is a date, date-time or time become
/// ``CellValue/date(_:)``; text is UTF-8 whatever the workbook's code page. FreeXL 1.0.6 does not expose merged
/// ranges nor hidden sheets, so every sheet is listed as visible and ``SheetLayout/mergesKnown`` is false.
/// FreeXL loads the workbook when it opens it (an .xls holds at most 65,536 × 256 cells per sheet); rows are
/// then given out one at a time.
///
/// ```swift
/// let reader = try XLSReader(url: url, displayName: "人员表.xls")
/// for (i, sheet) in reader.sheets.enumerated() {
///     _ = try reader.readSheet(at: i) { row in print(sheet.name ?? "", row.index, row.cells) }
/// }
/// ```
public final class XLSReader: WorkbookReader {
    public let file: String
    public let sheets: [SheetInfo]

    private let workbook: FreeXLWorkbook
    private let limits: ReadLimits

    /// Opens the .xls file at `url`; `displayName` is how messages name it.
    public init(url: URL, displayName: String, limits: ReadLimits = ReadLimits()) throws {
        file = displayName
        self.limits = limits
        let path = url.path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw IngestError(file: displayName, message: "the file does not exist")
        }
        if isFolder.boolValue { throw IngestError(file: displayName, message: "is a folder, not an .xls workbook") }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value ?? 0
        if size > limits.maxFileBytes {
            throw IngestError(file: displayName,
                              message: "the file is \(size) bytes, more than the \(limits.maxFileBytes) an .xls file may have")
        }
        do {
            let opened = try FreeXLWorkbook(path: path)
            let count = try opened.sheetCount()
            sheets = try (0..<count).map { i throws(FreeXLStatus) in SheetInfo(name: try opened.sheetName(at: i)) }
            workbook = opened
        } catch {
            throw IngestError(file: displayName, message: error.message)
        }
    }

    /// Reads .xls bytes already in memory (FreeXL reads only from a path, so they pass through a temporary file
    /// that is removed as soon as FreeXL has loaded it).
    public convenience init(data: Data, displayName: String, limits: ReadLimits = ReadLimits()) throws {
        if Int64(data.count) > limits.maxFileBytes {
            throw IngestError(file: displayName,
                              message: "the file is \(data.count) bytes, more than the \(limits.maxFileBytes) an .xls file may have")
        }
        let temporary = FileManager.default.temporaryDirectory
            .appendingPathComponent("formfold-\(UUID().uuidString).xls")
        do {
            try data.write(to: temporary, options: .withoutOverwriting)
        } catch {
            throw IngestError(file: displayName, message: "cannot be copied to a temporary file for reading: \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: temporary) }
        try self.init(url: temporary, displayName: displayName, limits: limits)
    }

    public func readSheet(at index: Int, _ body: (SheetRow) throws -> Void) throws -> SheetLayout {
        guard sheets.indices.contains(index) else {
            throw IngestError(file: file, message: "has \(sheets.count) sheets; there is no sheet \(index + 1)")
        }
        let sheet = sheets[index].name
        let rows: Int, columns: Int
        do {
            (rows, columns) = try workbook.select(sheet: index)
        } catch {
            throw IngestError(file: file, sheet: sheet, message: error.message)
        }
        let uses1904 = workbook.uses1904Dates
        for row in 0..<rows {
            var cells: [CellValue] = []
            for column in 0..<columns {
                let value: CellValue
                do {
                    value = try Self.value(of: workbook.cell(row: row, column: column), uses1904: uses1904)
                } catch {
                    throw IngestError(file: file, sheet: sheet,
                                      cell: CellReference(row: row + 1, column: column).description, message: error.message)
                }
                if value == .empty { continue }
                if row >= limits.maxRows || column >= limits.maxColumns {
                    throw IngestError(file: file, sheet: sheet, cell: CellReference(row: row + 1, column: column).description,
                                      message: "the sheet is larger than \(limits.maxRows) rows × \(limits.maxColumns) columns")
                }
                if case .text(let text) = value, text.utf8.count > limits.maxCellBytes {
                    throw IngestError(file: file, sheet: sheet, cell: CellReference(row: row + 1, column: column).description,
                                      message: "the cell holds more than \(limits.maxCellBytes) bytes of text")
                }
                while cells.count < column { cells.append(.empty) }
                cells.append(value)
            }
            if !cells.isEmpty { try body(SheetRow(index: row + 1, cells: cells)) }
        }
        return SheetLayout(merges: [], mergesKnown: false)
    }

    /// The cell value for one FreeXL cell.
    static func value(of cell: FreeXL_CellValue, uses1904: Bool) -> CellValue {
        switch Int32(cell.type) {
        case FREEXL_CELL_INT:
            return .number(Double(cell.value.int_value))
        case FREEXL_CELL_DOUBLE:
            return .number(cell.value.double_value)
        case FREEXL_CELL_TEXT, FREEXL_CELL_SST_TEXT:
            guard let text = cell.value.text_value else { return .empty }
            let string = String(cString: text)
            return string.isEmpty ? .empty : .text(string)
        case FREEXL_CELL_DATE, FREEXL_CELL_DATETIME, FREEXL_CELL_TIME:
            guard let text = cell.value.text_value else { return .empty }
            let string = String(cString: text)
            return XLSDateText(string).map { .date($0.date) } ?? .text(string)
        default:
            return .empty
        }
    }
}
