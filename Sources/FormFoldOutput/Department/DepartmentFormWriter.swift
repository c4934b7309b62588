import Foundation
import FormFoldCore

/// Writes a department's original form again, in its own layout — title, meta lines, header rows with their merged
/// group cells, column order, units as written — filled with rows computed from the merged sheet.
public struct DepartmentFormWriter {
    /// The original form as ingest read it (its header paths give the header rows and merges).
    public var form: Form

    public init(form: Form) {
        self.form = form
    }

    static let title = CellStyle(bold: true, fontName: "宋体", fontSize: 16, horizontalAlignment: .center, verticalAlignment: .center)
    static let meta = CellStyle(fontName: "宋体", fontSize: 11)
    static let header = CellStyle(bold: true, fontName: "宋体", fontSize: 11, horizontalAlignment: .center, verticalAlignment: .center,
                                  wrapsText: true, border: .thin)
    static let cell = CellStyle(fontName: "宋体", fontSize: 11, verticalAlignment: .center, border: .thin)

    /// Writes the form for `unit` on `day` (yyyymmdd) with `rows` (aligned with the form's fields) to `path`.
    public func write(rows: [[CellValue]], unit: String?, day: Int?, to path: String) throws {
        let book = try XlsxWorkbook(path: path)
        let sheet = try book.addWorksheet(Self.sheetName(form.sheet))
        let width = max(form.fields.count, 1)
        var r = 0
        if let title = form.title {
            try sheet.setRow(0, height: 28)
            try sheet.mergeRange(firstRow: 0, firstCol: 0, lastRow: 0, lastCol: width - 1, text: title, style: Self.title)
            r = 1
        }
        let metaLine = metaText(unit: unit, day: day)
        if !metaLine.isEmpty {
            try sheet.mergeRange(firstRow: r, firstCol: 0, lastRow: r, lastCol: width - 1, text: metaLine, style: Self.meta)
            r += 1
        }
        r = try writeHeader(sheet, at: r)
        // The body's few styles resolved once, so each cell is written without looking its style up.
        let formats = try BodyFormats(book)
        for row in rows {
            for (c, value) in row.enumerated() where c < width {
                try sheet.write(value, row: r, col: c, format: formats.format(for: value))
            }
            r += 1
        }
        for note in form.notes where note.hasPrefix("填表说明") || note.hasPrefix("备注") || note.hasPrefix("注") {
            try sheet.mergeRange(firstRow: r, firstCol: 0, lastRow: r, lastCol: width - 1, text: note,
                                 style: CellStyle(fontName: "宋体", wrapsText: true))
            r += 1
        }
        for (c, field) in form.fields.enumerated() {
            let text = field.path.last ?? ""
            let w = Double(MergedSheetTemplate.displayWidth(text)) + 2
            try sheet.setColumn(first: c, width: min(max(w, field.type.kind == .idNumber ? 21 : 8), 30))
        }
        try book.close()
    }

    /// The meta line: the original's keys with 填报单位 and the date filled.
    func metaText(unit: String?, day: Int?) -> String {
        let date = day.map { "\($0 / 10000)年\($0 / 100 % 100)月\($0 % 100)日" } ?? ""
        var parts: [String] = []
        for entry in form.meta {
            if entry.key.contains("单位") { parts.append("\(entry.key)：\(unit ?? entry.value)") }
            else if entry.key.contains("日期") || entry.key.contains("时间") { parts.append("\(entry.key)：\(date)") }
            else { parts.append("\(entry.key)：\(entry.value)") }
        }
        if parts.isEmpty, unit != nil || day != nil {
            parts = ["填报单位：\(unit ?? "")", "填报日期：\(date)"]
        }
        return parts.joined(separator: "　　　　")
    }

    /// The header rows from the fields' paths: a group cell merged over the adjacent columns that share it, a leaf
    /// merged down to the last header row when its path is shorter.
    private func writeHeader(_ sheet: XlsxWorksheet, at top: Int) throws -> Int {
        let depth = form.fields.map(\.path.count).max() ?? 1
        for level in 0..<depth {
            var c = 0
            while c < form.fields.count {
                let path = form.fields[c].path
                guard level < path.count else { c += 1; continue }
                let isLeaf = level == path.count - 1
                if isLeaf {
                    let bottom = top + depth - 1
                    if bottom > top + level {
                        try sheet.mergeRange(firstRow: top + level, firstCol: c, lastRow: bottom, lastCol: c, text: path[level],
                                             style: Self.header)
                    } else {
                        try sheet.write(path[level], row: top + level, col: c, style: Self.header)
                    }
                    c += 1
                    continue
                }
                // A group: the run of columns with the same path prefix up to this level.
                var end = c
                while end + 1 < form.fields.count, form.fields[end + 1].path.count > level + 1,
                      Array(form.fields[end + 1].path.prefix(level + 1)) == Array(path.prefix(level + 1)) {
                    end += 1
                }
                if end > c {
                    try sheet.mergeRange(firstRow: top + level, firstCol: c, lastRow: top + level, lastCol: end, text: path[level],
                                         style: Self.header)
                } else {
                    try sheet.write(path[level], row: top + level, col: c, style: Self.header)
                }
                c = end + 1
            }
        }
        return top + depth
    }

    /// The body cells' formats in one workbook: ``cell`` with a number format by the value's kind — `@` for text
    /// (so ID numbers stay text), `yyyy-mm-dd` for dates, `yyyy-mm-dd hh:mm` for dates with a time, none otherwise.
    private struct BodyFormats {
        let date: XlsxFormat
        let dateTime: XlsxFormat
        let text: XlsxFormat
        let other: XlsxFormat

        init(_ book: XlsxWorkbook) throws {
            date = try book.format(DepartmentFormWriter.cell.withNumberFormat("yyyy-mm-dd"))
            dateTime = try book.format(DepartmentFormWriter.cell.withNumberFormat("yyyy-mm-dd hh:mm"))
            text = try book.format(DepartmentFormWriter.cell.withNumberFormat("@"))
            other = try book.format(DepartmentFormWriter.cell)
        }

        /// The format for a cell holding `value`.
        func format(for value: CellValue) -> XlsxFormat {
            switch value {
            case .date(let d) where d.kind == .date: return date
            case .date: return dateTime
            case .text: return text
            default: return other
            }
        }
    }

    /// A sheet name Excel accepts: the original's, or 报表.
    static func sheetName(_ name: String?) -> String {
        guard let name, !name.isEmpty else { return "报表" }
        let cleaned = String(name.map { "[]:*?/\\".contains($0) ? "_" : $0 }.prefix(31))
        return cleaned
    }
}
