import FormFoldCore
/// A value in a report table, with how it shows.
enum ReportCell: Sendable, Hashable {
    case text(String)
    /// A whole number, shown `#,##0`.
    case integer(Double)
    /// A number shown with one decimal, `#,##0.0`.
    case decimal(Double)
    /// A share 0…1 shown as `77.1%`.
    case percent(Double)
    /// No value: an empty bordered cell (a village without data is blank, not 0).
    case blank

    /// An integer cell, or a blank for nil.
    static func count(_ value: Int?) -> ReportCell { value.map { .integer(Double($0)) } ?? .blank }
}

/// How a table row stands out.
enum RowEmphasis: Sendable, Hashable {
    case none
    /// A group row (a street): bold on a light fill.
    case group
    /// A total row: bold on a grey fill.
    case total
}

/// A sheet written as a printed report, strictly top to bottom (so it works in constant-memory mode too): a
/// title, a meta line, sections and tables. It measures what it writes and sets column widths that fit Chinese
/// text when finished.
final class ReportSheet {
    let sheet: XlsxWorksheet
    /// The next row to write (0-based).
    private(set) var row = 0
    /// Widest content per column, in Excel character widths.
    private var widths: [Int: Double] = [:]
    /// Columns whose long text wraps at this width instead of widening the column.
    var wrapAt: [Int: Double] = [:]
    /// Columns of a set width, whatever they hold.
    var fixedWidths: [Int: Double] = [:]
    /// Columns the title and meta line span.
    let span: Int
    /// The height of a one-line data row in points (nil: Excel's 15); rows whose wrapped text needs more lines
    /// get taller, since readers do not all fit rows to wrapped text.
    var lineHeight: Double?

    init(_ book: XlsxWorkbook, name: String, span: Int) throws {
        sheet = try book.addWorksheet(name)
        self.span = max(span, 2)
    }

    /// A large bold title across the report's columns.
    func title(_ text: String) throws {
        try sheet.setRow(row, height: 34)
        try sheet.mergeRange(firstRow: row, firstCol: 0, lastRow: row, lastCol: span - 1, text: text, style: ReportStyle.title)
        row += 1
    }

    /// A line of small grey text across the report's columns (period, date, source).
    func meta(_ text: String) throws {
        try sheet.setRow(row, height: 20)
        try sheet.mergeRange(firstRow: row, firstCol: 0, lastRow: row, lastCol: span - 1, text: text, style: ReportStyle.meta)
        row += 1
    }

    /// A section heading such as 一、主要指标.
    func section(_ text: String) throws {
        try sheet.setRow(row, height: 22)
        try sheet.write(text, row: row, col: 0, style: ReportStyle.section)
        row += 1
    }

    func skip(_ rows: Int = 1) { row += rows }

    /// A header row: bold, filled, bordered, wrapped.
    func header(_ labels: [String], firstCol: Int = 0, height: Double? = nil) throws {
        if let height { try sheet.setRow(row, height: height) }
        for (i, label) in labels.enumerated() {
            try sheet.write(label, row: row, col: firstCol + i, style: ReportStyle.header)
            measure(label, col: firstCol + i, bold: true)
        }
        row += 1
    }

    /// The header row of a table that starts here, with the panes frozen below it (and right of its first
    /// `frozenColumns` columns) and, when `repeated`, the row printed again at the top of every page.
    func tableHeader(_ labels: [String], height: Double, frozenColumns: Int, repeated: Bool = true) throws {
        let headerRow = row
        try header(labels, height: height)
        try sheet.freezePanes(row: headerRow + 1, col: frozenColumns)
        if repeated { try sheet.repeatRows(first: headerRow, last: headerRow) }
    }

    /// A data row; `note` runs after the cells, merged up to its last column.
    func add(_ cells: [ReportCell], firstCol: Int = 0, emphasis: RowEmphasis = .none, accent: [Int: UInt32] = [:],
             note: (text: String, lastCol: Int)? = nil) throws {
        var lines = 1
        for (i, cell) in cells.enumerated() {
            guard case .text(let text) = cell, let wrap = wrapAt[firstCol + i] else { continue }
            lines = max(lines, Self.lines(text, width: min(wrap, fixedWidths[firstCol + i] ?? wrap)))
        }
        if let note {
            let width = (firstCol + cells.count...note.lastCol).reduce(0) { $0 + (fixedWidths[$1] ?? wrapAt[$1] ?? 0) }
            if width > 0 { lines = max(lines, Self.lines(note.text, width: width * 1.1)) }  // notes are in 10 pt
        }
        if lines > 1 || lineHeight != nil {
            let one = lineHeight ?? XlsxWorksheet.defaultRowHeight
            try sheet.setRow(row, height: min(409, one + Double(lines - 1) * 13.5))
        }
        for (i, cell) in cells.enumerated() {
            let col = firstCol + i
            var style = ReportStyle.body(cell, emphasis: emphasis, wraps: wrapAt[col] != nil)
            if let fill = accent[i] { style.fillColor = fill }
            switch cell {
            case .text(let text):
                if text.isEmpty { try sheet.writeBlank(row: row, col: col, style: style) } else { try sheet.write(text, row: row, col: col, style: style) }
                measure(text, col: col, bold: emphasis != .none)
            case .integer(let n), .decimal(let n), .percent(let n):
                try sheet.write(n, row: row, col: col, style: style)
                measure(ReportStyle.shown(cell), col: col, bold: emphasis != .none)
            case .blank:
                try sheet.writeBlank(row: row, col: col, style: style)
            }
        }
        if let note {
            try sheet.mergeRange(firstRow: row, firstCol: firstCol + cells.count, lastRow: row, lastCol: note.lastCol,
                                 text: note.text, style: ReportStyle.note)
        }
        row += 1
    }

    /// A row whose text runs across columns `firstCol…lastCol` (merged).
    func addSpanning(_ text: String, firstCol: Int, lastCol: Int, style: CellStyle) throws {
        try sheet.mergeRange(firstRow: row, firstCol: firstCol, lastRow: row, lastCol: lastCol, text: text, style: style)
        row += 1
    }

    /// Lines `text` takes in a column `width` characters wide when wrapped.
    static func lines(_ text: String, width: Double) -> Int {
        let usable = max(width - 1.5, 1)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { max(1, Int((TextWidth.of(String($0)) / usable).rounded(.up))) }
            .reduce(0, +)
    }

    /// Notes that `text` was written in `col` outside ``add(_:firstCol:emphasis:accent:)``.
    func measure(_ text: String, col: Int, bold: Bool = false) {
        let longest = text.split(separator: "\n").map { TextWidth.of(String($0)) }.max() ?? 0
        let width = longest * (bold ? 1.1 : 1) + 2
        widths[col] = max(widths[col] ?? 0, width)
    }

    /// Sets every column's width: the fixed one, or what it holds: at least `minimum`, at most its wrap width or `maximum`.
    func finish(minimum: Double = 6, maximum: Double = 60) throws {
        for col in Set(widths.keys).union(fixedWidths.keys).sorted() {
            let width = fixedWidths[col] ?? min(max(widths[col] ?? minimum, minimum), wrapAt[col] ?? maximum)
            try sheet.setColumn(first: col, width: width)
        }
    }
}

/// How wide text shows, in Excel's character widths: a wide character (``DisplayWidth/isWide(_:)``) takes a little
/// over two, others a little over one (Excel's default font is wider than its width unit).
enum TextWidth {
    static func of(_ text: String) -> Double {
        text.unicodeScalars.reduce(0) { $0 + (DisplayWidth.isWide($1) ? 2.1 : 1.05) }
    }
}
