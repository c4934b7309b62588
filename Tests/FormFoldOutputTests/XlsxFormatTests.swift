import Foundation
import FormFoldCore
import FormFoldOutput
import Testing

/// Styles resolved once (`XlsxWorkbook.format(_:)`) and the `format:` write overloads.
@Suite("xlsx writer: formats resolved once")
struct XlsxFormatTests {
    static let header = CellStyle(bold: true, fillColor: 0xDDEBF7, horizontalAlignment: .center, border: .thin)
    static let idNumber = CellStyle(numberFormat: "@")
    static let day = CellStyle(numberFormat: "yyyy-mm-dd")
    static let bordered = CellStyle(border: .thin, isLocked: false)
    static let money = CellStyle(fontName: "宋体", numberFormat: "#,##0.00")
    static let april20 = SpreadsheetDate(year: 2022, month: 4, day: 20, kind: .date)
    static let noon = SpreadsheetDate(year: 2022, month: 4, day: 20, hour: 12, minute: 5, second: 0, kind: .dateTime)
    static let time = SpreadsheetDate(year: 1970, month: 1, day: 1, hour: 8, minute: 30, second: 15, kind: .time)

    /// How one cell of ``writeCells(_:constantMemory:write:)`` is written.
    enum Value {
        case text(String), number(Double), bool(Bool), date(SpreadsheetDate), blank, value(CellValue)
    }

    /// The cells both ways of writing share: a two-row header with merges (written with styles, so constant-memory
    /// mode defers the merges' lower cells), then data rows of every kind, each with a style (nil: none).
    static let body: [[(Value, CellStyle?)]] = (0..<40).map { i in
        [
            (.number(Double(i + 1)), nil),
            (.text("张三\(i)"), i % 3 == 0 ? bordered : nil),
            (.text("11010519491231\(String(format: "%04d", i))"), idNumber),
            (.date(SpreadsheetDate(year: 2022, month: 3 + i % 2, day: 1 + i % 28, kind: .date)), day),
            (.date(noon), nil),                          // the default yyyy-mm-dd hh:mm:ss
            (.date(time), bordered),                     // bordered, with the default hh:mm:ss
            (.number(Double(i) * 12.5), money),
            (.bool(i % 2 == 0), bordered),
            (.blank, bordered),
            (.value(i % 2 == 0 ? .text("已报备") : .empty), bordered),
            (.value(.date(april20)), day),
            (.value(.error("#N/A")), nil),
            (.text("普通"), .plain),
        ]
    }

    /// Writes the header with styles, then ``body`` through `write`, into `path`.
    static func writeCells(_ path: String, constantMemory: Bool,
                           write: (XlsxWorkbook, XlsxWorksheet, Int, Int, Value, CellStyle?) throws -> Void) throws {
        let book = try XlsxWorkbook(path: path, constantMemory: constantMemory)
        let sheet = try book.addWorksheet("台账")
        try sheet.mergeRange(firstRow: 0, firstCol: 1, lastRow: 0, lastCol: 3, text: "基本信息", style: header)
        try sheet.mergeRange(firstRow: 0, firstCol: 0, lastRow: 1, lastCol: 0, text: "序号", style: header)
        for (col, text) in ["姓名", "身份证号", "返乡日期"].enumerated() {
            try sheet.write(text, row: 1, col: col + 1, style: header)
        }
        for (i, cells) in body.enumerated() {
            for (col, (value, style)) in cells.enumerated() {
                try write(book, sheet, 2 + i, col, value, style)
            }
        }
        try book.close()
    }

    /// The file's parts that hold the cells and their formats.
    static func parts(_ path: String) throws -> [String: String] {
        var parts: [String: String] = [:]
        for entry in ["xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/sharedStrings.xml"] {
            parts[entry] = try ReadBack.entryText(path, entry) ?? "(none)"
        }
        return parts
    }

    @Test("writing with formats gives the same cells, format indices and styles as writing with the styles",
          arguments: [false, true])
    func sameCellsAsStyles(constantMemory: Bool) throws {
        let folder = try ScratchFolder("formats")
        let withStyles = folder.path("styles.xlsx")
        let withFormats = folder.path("formats.xlsx")
        try Self.writeCells(withStyles, constantMemory: constantMemory) { _, sheet, row, col, value, style in
            switch value {
            case .text(let text): try sheet.write(text, row: row, col: col, style: style)
            case .number(let number): try sheet.write(number, row: row, col: col, style: style)
            case .bool(let flag): try sheet.write(flag, row: row, col: col, style: style)
            case .date(let date): try sheet.write(date: date, row: row, col: col, style: style)
            case .blank: try sheet.writeBlank(row: row, col: col, style: style)
            case .value(let value): try sheet.write(value, row: row, col: col, style: style)
            }
        }
        // Resolved once per style, as a roster's loop would; `nil` becomes the plain format.
        var formats: [CellStyle: XlsxFormat] = [:]
        try Self.writeCells(withFormats, constantMemory: constantMemory) { book, sheet, row, col, value, style in
            let key = style ?? .plain
            let format = try formats[key] ?? book.format(key)
            formats[key] = format
            #expect(format.style == key)
            switch value {
            case .text(let text): try sheet.write(text, row: row, col: col, format: format)
            case .number(let number): try sheet.write(number, row: row, col: col, format: format)
            case .bool(let flag): try sheet.write(flag, row: row, col: col, format: format)
            case .date(let date): try sheet.write(date: date, row: row, col: col, format: format)
            case .blank: try sheet.writeBlank(row: row, col: col, format: format)
            case .value(let value):
                // CellValue.empty with a style writes a styled blank; with no style it writes nothing either way.
                if case .empty = value, style == nil { return }
                try sheet.write(value, row: row, col: col, format: format)
            }
        }
        let expected = try Self.parts(withStyles)
        let written = try Self.parts(withFormats)
        for (entry, text) in expected {
            #expect(written[entry] == text, "\(entry) differs")
        }

        let read = try #require(try ReadBack.sheets(withFormats).first)
        let reference = try #require(try ReadBack.sheets(withStyles).first)
        #expect(read.rows.map(\.cells) == reference.rows.map(\.cells))
        #expect(read.rows.count == 42)
        let first = try #require(read.row(3))
        #expect(first[2] == .text("110105194912310000"))
        #expect(first[3] == .date(SpreadsheetDate(year: 2022, month: 3, day: 1, kind: .date)))
        #expect(first[4] == .date(Self.noon))
        #expect(first[5] == .date(Self.time))
        #expect(Set(read.layout.merges.map(\.description)) == ["B1:D1", "A1:A2"])
    }

    @Test("a format made by another workbook is refused with an argument error naming the cell")
    func formatOfAnotherWorkbook() throws {
        let folder = try ScratchFolder("foreign")
        let first = try XlsxWorkbook(path: folder.path("first.xlsx"))
        let second = try XlsxWorkbook(path: folder.path("second.xlsx"))
        let sheet = try second.addWorksheet("表")
        let foreign = try first.format(Self.idNumber)
        let foreignPlain = try first.format(.plain)
        let calls: [(String, () throws -> Void)] = [
            ("writing text", { try sheet.write("甲", row: 2, col: 1, format: foreign) }),
            ("writing a number", { try sheet.write(1.5, row: 2, col: 1, format: foreign) }),
            ("writing a boolean", { try sheet.write(true, row: 2, col: 1, format: foreign) }),
            ("writing a date", { try sheet.write(date: Self.april20, row: 2, col: 1, format: foreign) }),
            ("writing a blank cell", { try sheet.writeBlank(row: 2, col: 1, format: foreign) }),
            ("writing text", { try sheet.write(CellValue.text("乙"), row: 2, col: 1, format: foreignPlain) }),
        ]
        for (action, call) in calls {
            let error = try xlsxFailure(call)
            #expect(error.kind == .argument)
            #expect(error.code == nil)
            #expect(error.message.contains("another workbook"), "\(error.message)")
            #expect(error.action == action)
            #expect(error.sheet == "表")
            #expect(error.cell == "B3")
            #expect(error.file == folder.path("second.xlsx"))
        }
        // The sheet's own workbook's format works; nothing of the refused calls was written.
        try sheet.write("丙", row: 3, col: 0, format: try second.format(Self.idNumber))
        try first.close()
        try second.close()
        let rows = try #require(try ReadBack.sheets(folder.path("second.xlsx")).first).rows
        #expect(rows.map(\.index) == [4])
        #expect(rows[0].cells == [.text("丙")])
    }

    @Test("a format does not keep its workbook alive, and after the workbook is gone it is still refused elsewhere")
    func formatOutlivesItsWorkbook() throws {
        let folder = try ScratchFolder("outlive")
        weak var gone: XlsxWorkbook?
        var format: XlsxFormat?
        do {
            let book = try XlsxWorkbook(path: folder.path("gone.xlsx"))
            gone = book
            format = try book.format(Self.day)
        }
        #expect(gone == nil, "the workbook was freed (and closed by deinit) while its format lives on")
        #expect(FileManager.default.fileExists(atPath: folder.path("gone.xlsx")))
        let book = try XlsxWorkbook(path: folder.path("next.xlsx"))
        let sheet = try book.addWorksheet("表")
        let stale = try #require(format)
        let error = try xlsxFailure { try sheet.write(date: Self.april20, row: 0, col: 0, format: stale) }
        #expect(error.kind == .argument)
        try book.close()
    }

    @Test("after close, making a format and writing with one throw closed errors")
    func closedWorkbook() throws {
        let folder = try ScratchFolder("closed-formats")
        let book = try XlsxWorkbook(path: folder.path("closed.xlsx"))
        let sheet = try book.addWorksheet("表")
        let format = try book.format(Self.bordered)
        try sheet.write("早", row: 0, col: 0, format: format)
        try book.close()
        let calls: [() throws -> Void] = [
            { _ = try book.format(Self.money) },
            { try sheet.write("晚了", row: 1, col: 0, format: format) },
            { try sheet.write(2, row: 1, col: 0, format: format) },
            { try sheet.write(false, row: 1, col: 0, format: format) },
            { try sheet.write(date: Self.april20, row: 1, col: 0, format: format) },
            { try sheet.writeBlank(row: 1, col: 0, format: format) },
            { try sheet.write(CellValue.number(3), row: 1, col: 0, format: format) },
        ]
        for call in calls {
            let error = try xlsxFailure(call)
            #expect(error.kind == .closed)
            #expect(error.message.contains("closed"))
        }
    }

    @Test("the format: calls keep the style: calls' checks: limits, NaN, dates, row order, over-long text")
    func sameChecks() throws {
        let folder = try ScratchFolder("format-checks")
        let book = try XlsxWorkbook(path: folder.path("checks.xlsx"), constantMemory: true)
        let sheet = try book.addWorksheet("数据")
        let text = try book.format(Self.idNumber)
        let number = try book.format(Self.money)
        let outside = try xlsxFailure { try sheet.write("尾", row: 1_048_576, col: 0, format: text) }
        #expect(outside.kind == .cellOutOfRange)
        #expect(outside.cell == "A1048577")
        let nan = try xlsxFailure { try sheet.write(.nan, row: 0, col: 0, format: number) }
        #expect(nan.kind == .argument)
        let early = try xlsxFailure {
            try sheet.write(date: SpreadsheetDate(year: 1899, month: 12, day: 31, kind: .date), row: 0, col: 0, format: number)
        }
        #expect(early.kind == .argument)
        let long = try xlsxFailure { try sheet.write(String(repeating: "字", count: 32_768), row: 0, col: 0, format: text) }
        #expect(long.code == 21)
        try sheet.write("第六行", row: 5, col: 0, format: text)
        let order = try xlsxFailure { try sheet.write("第三行", row: 2, col: 0, format: text) }
        #expect(order.kind == .rowOrder)
        #expect(order.cell == "A3")
        #expect(order.hint?.contains("row 3 came after row 6") == true, "\(order.hint ?? "")")
        try book.close()
    }

    @Test("a style libxlsxwriter would damage is refused when the format is made")
    func damagingStyle() throws {
        let folder = try ScratchFolder("format-fields")
        let book = try XlsxWorkbook(path: folder.path("fields.xlsx"))
        let error = try xlsxFailure { _ = try book.format(CellStyle(numberFormat: String(repeating: "年", count: 43))) }
        #expect(error.kind == .argument)
        #expect(error.action == "making a cell format")
        #expect(error.message.contains("number format"))
        try book.close()
    }
}
