import CXlsxWriter

/// A chart in an ``XlsxWorkbook``: add series over cell ranges, then place it on a sheet.
///
/// ```swift
/// let chart = try book.addChart(.column)
/// try chart.addSeries(categories: XlsxChart.range(sheet: "汇总", firstRow: 1, firstCol: 0, lastRow: 9, lastCol: 0),
///                     values: XlsxChart.range(sheet: "汇总", firstRow: 1, firstCol: 2, lastRow: 9, lastCol: 2),
///                     name: "返乡人数")
/// try chart.setTitle("各村返乡人数")
/// try sheet.insertChart(chart, row: 1, col: 8)
/// ```
///
/// libxlsxwriter copies every string given here, so nothing needs to outlive the call. A chart that is never
/// inserted is freed with the workbook and not written.
public final class XlsxChart {
    /// The workbook the chart belongs to, kept alive while the chart is.
    public let workbook: XlsxWorkbook
    public let kind: ChartKind
    /// How many series were added.
    public private(set) var seriesCount = 0
    let handle: UnsafeMutablePointer<lxw_chart>
    private var titleSet = false
    private var axisNamesSet = false
    var isInserted = false

    init(workbook: XlsxWorkbook, handle: UnsafeMutablePointer<lxw_chart>, kind: ChartKind) {
        self.workbook = workbook
        self.handle = handle
        self.kind = kind
    }

    /// `='汇总'!$A$2:$A$10` for rows 1…9 of column 0 (0-based), the sheet name quoted as Excel wants it.
    public static func range(sheet: String, firstRow: Int, firstCol: Int, lastRow: Int, lastCol: Int) -> String {
        func absolute(_ row: Int, _ col: Int) -> String {
            let name = SheetLimits.cellName(row: row, col: col)
            let letters = name.prefix { $0.isLetter }
            return "$" + letters + "$" + name.dropFirst(letters.count)
        }
        let quoted = "'" + sheet.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
        return "=\(quoted)!\(absolute(firstRow, firstCol)):\(absolute(lastRow, lastCol))"
    }

    /// Adds a series: `values` (a range formula such as `=汇总!$C$2:$C$10`) against `categories` (the labels;
    /// empty for 1, 2, 3…). `name` is the legend text, or a cell when it starts with `=`.
    public func addSeries(categories: String, values: String, name: String? = nil) throws {
        let action = "adding a series to the \(kind) chart"
        _ = try workbook.open(action)
        guard values.count > 1 else {
            throw XlsxError(kind: .argument, message: "a series needs a range of values", action: action,
                            file: workbook.path, hint: "give a range formula such as =汇总!$C$2:$C$10")
        }
        let series = categories.isEmpty
            ? values.withCString { chart_add_series(handle, nil, $0) }
            : categories.withCString { c in values.withCString { v in chart_add_series(handle, c, v) } }
        guard let series else {
            throw XlsxError(kind: .library, message: "libxlsxwriter could not add the series (out of memory)",
                            action: action, file: workbook.path)
        }
        if let name { name.withCString { chart_series_set_name(series, $0) } }
        seriesCount += 1
    }

    /// Sets the chart's title (once).
    public func setTitle(_ title: String) throws {
        let action = "setting the title of the \(kind) chart"
        _ = try workbook.open(action)
        guard !titleSet else { throw setTwice(action) }
        title.withCString { chart_title_set_name(handle, $0) }
        titleSet = true
    }

    /// Names the category (x) and value (y) axes (once); ignored by pie and doughnut charts, which have none.
    public func setAxisNames(x: String?, y: String?) throws {
        let action = "naming the axes of the \(kind) chart"
        _ = try workbook.open(action)
        guard !axisNamesSet else { throw setTwice(action) }
        axisNamesSet = true
        guard kind.hasAxes else { return }
        if let x { x.withCString { chart_axis_set_name(handle.pointee.x_axis, $0) } }
        if let y { y.withCString { chart_axis_set_name(handle.pointee.y_axis, $0) } }
    }

    /// One of Excel's 48 built-in chart styles (1…48; 2 is the default).
    public func setStyle(_ style: Int) throws {
        let action = "setting the style of the \(kind) chart"
        _ = try workbook.open(action)
        guard (1...48).contains(style) else {
            throw XlsxError(kind: .argument, message: "chart style \(style) does not exist", action: action,
                            file: workbook.path, hint: "use a style from 1 to 48")
        }
        chart_set_style(handle, UInt8(style))
    }

    /// Moves (or, with `.none`, removes) the legend.
    public func setLegend(_ position: ChartLegendPosition) throws {
        _ = try workbook.open("placing the legend of the \(kind) chart")
        chart_legend_set_position(handle, position.libraryValue)
    }

    private func setTwice(_ action: String) -> XlsxError {
        XlsxError(kind: .argument, message: "it was already set", action: action, file: workbook.path,
                  hint: "set it once (libxlsxwriter keeps the first copy)")
    }
}
