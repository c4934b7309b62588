import CXlsxWriter
import FormFoldCore

extension XlsxWorksheet {
    /// Excel's default column width, in characters of the default font.
    public static let defaultColumnWidth = 8.43
    /// Excel's default row height, in points.
    public static let defaultRowHeight = 15.0

    /// Merges a range and writes `text` into it, the style covering every cell of it (borders included).
    ///
    /// A range must be at least two cells, and merged ranges must not overlap (an overlap is refused here:
    /// libxlsxwriter 1.1.4 lets it through and Excel then "repairs" the file by dropping merges).
    ///
    /// In constant-memory mode the range must start on the current row or below. Its styled cells on later
    /// rows are written when those rows are started (libxlsxwriter would start them at once, so a second
    /// vertical merge or a cell written afterwards on the first row would be lost without an error).
    public func mergeRange(firstRow: Int, firstCol: Int, lastRow: Int, lastCol: Int, text: String,
                           style: CellStyle? = nil) throws {
        let place = SheetLimits.rangeName(firstRow: firstRow, firstCol: firstCol, lastRow: lastRow, lastCol: lastCol)
        let action = "merging \(place)"
        let (r1, c1, r2, c2) = try range(firstRow, firstCol, lastRow, lastCol, action)
        guard firstRow != lastRow || firstCol != lastCol else {
            throw XlsxError(kind: .argument, message: "a merged range needs at least two cells", action: action,
                            file: workbook.path, sheet: name, cell: place, hint: "write the single cell instead")
        }
        let merged = CellRange(firstRow: firstRow, firstColumn: firstCol, lastRow: lastRow, lastColumn: lastCol)
        if let other = mergedRanges.first(where: { $0.overlaps(merged) }) {
            let otherName = SheetLimits.rangeName(firstRow: other.firstRow, firstCol: other.firstColumn,
                                                  lastRow: other.lastRow, lastCol: other.lastColumn)
            throw XlsxError(kind: .argument, message: "the range overlaps the merged range \(otherName)", action: action,
                            file: workbook.path, sheet: name, cell: place, hint: "merged ranges may not overlap")
        }
        let format = try self.format(style, action, row: firstRow, col: firstCol)
        if hasDeferredBlanks { try writeDeferredCells(through: firstRow) }
        guard workbook.constantMemory, let format, lastRow > firstRow else {
            let code = text.withCString { worksheet_merge_range(handle, r1, c1, r2, c2, $0, format) }
            try check(code, action, row: firstRow, col: firstCol, cell: place)
            mergedRanges.append(merged)
            return
        }
        // Constant-memory mode: record the range without padding, style the first row now and the later rows
        // when they are started (see deferredBlanks).
        let code = text.withCString { worksheet_merge_range(handle, r1, c1, r2, c2, $0, nil) }
        try check(code, action, row: firstRow, col: firstCol, cell: place)
        mergedRanges.append(merged)
        try check(text.withCString { worksheet_write_string(handle, r1, c1, $0, format) }, action,
                  row: firstRow, col: firstCol, cell: place)
        for col in stride(from: firstCol + 1, through: lastCol, by: 1) {
            try check(worksheet_write_blank(handle, r1, lxw_col_t(col), format), action, row: firstRow, col: col, cell: place)
        }
        for row in (firstRow + 1)...lastRow {
            deferredBlanks[row, default: []] += (firstCol...lastCol).map { (col: lxw_col_t($0), format: format) }
        }
    }

    /// Sets the width (in characters of the default font; nil keeps 8.43), style and visibility of columns
    /// `first…last`. The style applies to cells of those columns that are not written with a style.
    public func setColumn(first: Int, last: Int? = nil, width: Double? = nil, style: CellStyle? = nil,
                          hidden: Bool = false) throws {
        let last = last ?? first
        let place = SheetLimits.rangeName(firstRow: 0, firstCol: first, lastRow: 0, lastCol: last)
        let action = "setting columns \(CellReferenceText.columns(first, last))"
        let (_, c1, _, c2) = try range(0, first, 0, last, action)
        if let width, !(0...255).contains(width) {
            throw XlsxError(kind: .argument, message: "a column width of \(width) is outside Excel's 0…255",
                            action: action, file: workbook.path, sheet: name, cell: place)
        }
        var options = lxw_row_col_options()
        options.hidden = hidden ? 1 : 0
        let format = try self.format(style, action, row: 0, col: first)
        let code = worksheet_set_column_opt(handle, c1, c2, width ?? Self.defaultColumnWidth, format, &options)
        guard code.isSuccess else {
            throw XlsxError.library(code, action: action, file: workbook.path, sheet: name)
        }
    }

    /// Sets a row's height in points (nil keeps 15), style and visibility. In constant-memory mode set a row
    /// before writing its cells.
    public func setRow(_ row: Int, height: Double? = nil, style: CellStyle? = nil, hidden: Bool = false) throws {
        let action = "setting row \(row + 1)"
        let (r, _) = try rowCell(row, 0, action)
        if let height, !(0...409).contains(height) {
            throw failure(.argument, "a row height of \(height) is outside Excel's 0…409 points", action, row: row, col: 0)
        }
        var options = lxw_row_col_options()
        options.hidden = hidden ? 1 : 0
        let format = try self.format(style, action, row: row, col: 0)
        let code = worksheet_set_row_opt(handle, r, height ?? Self.defaultRowHeight, format, &options)
        try check(code, action, row: row, col: 0, cell: "row \(row + 1)")
    }

    /// Freezes the rows above `row` and the columns left of `col` (`freezePanes(row: 3, col: 1)` keeps rows 1–3
    /// and column A in view).
    public func freezePanes(row: Int, col: Int) throws {
        let (r, c) = try cell(row, col, "freezing panes")
        worksheet_freeze_panes(handle, r, c)
    }

    /// Adds a note to a cell, shown on hover (or always, with `visible`).
    public func comment(_ text: String, row: Int, col: Int, author: String? = nil, visible: Bool = false) throws {
        let action = "adding a comment"
        let (r, c) = try cell(row, col, action)
        let bag = CStringBag()
        var options = lxw_comment_options()
        options.author = bag.copy(author)
        options.visible = UInt8(visible ? LXW_COMMENT_DISPLAY_VISIBLE.rawValue : LXW_COMMENT_DISPLAY_DEFAULT.rawValue)
        let code = withExtendedLifetime(bag) {
            text.withCString { worksheet_write_comment_opt(handle, r, c, $0, &options) }
        }
        try check(code, action, row: row, col: col)
    }

    /// Hides the sheet (it stays in the workbook; Excel's Unhide shows it). The active sheet cannot be hidden:
    /// activate another one.
    public func hide() throws {
        _ = try workbook.open("hiding the sheet", sheet: name)
        worksheet_hide(handle)
    }

    /// Makes this the sheet shown when the workbook opens.
    public func activate() throws {
        _ = try workbook.open("activating the sheet", sheet: name)
        worksheet_activate(handle)
    }

    /// Places a chart with its top-left corner on a cell, optionally scaled (1 = Excel's 480 × 288 pixels).
    /// A chart needs at least one series and can be placed once.
    public func insertChart(_ chart: XlsxChart, row: Int, col: Int, xScale: Double = 1, yScale: Double = 1) throws {
        let action = "inserting a \(chart.kind) chart"
        let (r, c) = try cell(row, col, action)
        guard chart.workbook === workbook else {
            throw failure(.argument, "the chart belongs to another workbook", action, row: row, col: col)
        }
        guard chart.seriesCount > 0 else {
            throw failure(.argument, "the chart has no series", action, row: row, col: col,
                          hint: "add a series with addSeries(categories:values:name:) first")
        }
        guard !chart.isInserted else {
            throw failure(.argument, "the chart was already placed", action, row: row, col: col,
                          hint: "add another chart for another place")
        }
        var options = lxw_chart_options()
        options.x_scale = xScale
        options.y_scale = yScale
        try check(worksheet_insert_chart_opt(handle, r, c, chart.handle, &options), action, row: row, col: col)
        chart.isInserted = true
    }
}

/// Column-letter text for messages.
enum CellReferenceText {
    /// `C`, or `C:F` for several columns.
    static func columns(_ first: Int, _ last: Int) -> String {
        func letters(_ col: Int) -> String {
            guard col >= 0 else { return "\(col)" }
            return String(SheetLimits.cellName(row: 0, col: col).dropLast())
        }
        return first == last ? letters(first) : "\(letters(first)):\(letters(last))"
    }
}

extension CellRange {
    /// True when the two ranges share a cell.
    func overlaps(_ other: CellRange) -> Bool {
        firstRow <= other.lastRow && other.firstRow <= lastRow
            && firstColumn <= other.lastColumn && other.firstColumn <= lastColumn
    }
}
