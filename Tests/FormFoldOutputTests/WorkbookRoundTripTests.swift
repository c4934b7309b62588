import Foundation
import FormFoldCore
import FormFoldIngest
import FormFoldOutput
import Testing

/// A workbook with every feature the writer offers, read back with FormFold's own reader.
@Suite("xlsx writer: every feature, read back")
struct WorkbookRoundTripTests {
    static let title = CellStyle(bold: true, fontName: "宋体", fontSize: 16, horizontalAlignment: .center,
                                 verticalAlignment: .center)
    static let header = CellStyle(bold: true, fillColor: 0xDDEBF7, horizontalAlignment: .center,
                                  verticalAlignment: .center, wrapsText: true, border: .thin)
    static let entry = CellStyle(border: .thin, isLocked: false)
    static let april20 = SpreadsheetDate(year: 2022, month: 4, day: 20, kind: .date)

    /// Writes the 青岚区 summary workbook: a protected form with a merged title, headers with comments, data,
    /// validations and a total; a chart sheet; a hidden sheet of choices.
    static func writeSummary(to path: String) throws {
        let book = try XlsxWorkbook(path: path)
        let summary = try book.addWorksheet("汇总")
        let charts = try book.addWorksheet("图表")
        let choices = try book.addWorksheet("选项")

        try summary.mergeRange(firstRow: 0, firstCol: 0, lastRow: 0, lastCol: 5, text: "青岚区返乡人员汇总表", style: title)
        try summary.setRow(0, height: 30)
        let headers = ["姓名", "身份证号", "返乡日期", "人数", "是否隔离", "备注"]
        for (col, text) in headers.enumerated() { try summary.write(text, row: 1, col: col, style: header) }
        try summary.comment("按户籍登记的姓名", row: 1, col: 0, author: "区指挥部")
        try summary.comment("18 位，末位可为 X", row: 1, col: 1)

        let people: [(String, String, SpreadsheetDate, Double, Bool)] = [
            ("张三", "11010519491231002X", april20, 3, true),
            ("李四", "110105194912310029", SpreadsheetDate(year: 2022, month: 4, day: 21, kind: .date), 2, false),
            ("王五", "110105194912310037", SpreadsheetDate(year: 2022, month: 4, day: 22, kind: .date), 4, true),
        ]
        for (i, person) in people.enumerated() {
            let row = 2 + i
            try summary.write(person.0, row: row, col: 0, style: entry)
            try summary.write(person.1, row: row, col: 1, style: entry.withNumberFormat("@"))
            try summary.write(date: person.2, row: row, col: 2, style: entry)
            try summary.write(person.3, row: row, col: 3, style: entry)
            try summary.write(.text(person.4 ? "是" : "否"), row: row, col: 4, style: entry)
        }
        try summary.mergeRange(firstRow: 2, firstCol: 5, lastRow: 4, lastCol: 5, text: "同一村", style: entry)
        try summary.write("合计", row: 5, col: 0, style: header)
        try summary.writeFormula("=SUM(D3:D5)", row: 5, col: 3, style: header, result: 9)
        try summary.write(true, row: 6, col: 0)
        try summary.write(date: SpreadsheetDate(year: 2022, month: 4, day: 20, hour: 8, minute: 30, kind: .dateTime),
                          row: 6, col: 1)

        try summary.validate(.list(["是", "否"]),
                             messages: ValidationMessages(inputTitle: "是否隔离", inputMessage: "请从下拉列表中选择“是”或“否”",
                                                          errorTitle: "输入有误", errorMessage: "只能填“是”或“否”"),
                             firstRow: 2, firstCol: 4, lastRow: 500, lastCol: 4)
        try summary.validate(.integer(min: 0, max: 20),
                             messages: ValidationMessages(errorTitle: "人数有误", errorMessage: "一户人数应在 0 到 20 之间"),
                             firstRow: 2, firstCol: 3, lastRow: 500, lastCol: 3)
        try summary.validate(.date(from: SpreadsheetDate(year: 2022, month: 1, day: 1, kind: .date), to: nil),
                             firstRow: 2, firstCol: 2, lastRow: 500, lastCol: 2)
        try summary.validate(.textLength(min: 18, max: 18),
                             messages: ValidationMessages(errorMessage: "身份证号应为 18 位", errorStyle: .warning),
                             firstRow: 2, firstCol: 1, lastRow: 500, lastCol: 1)
        try summary.validate(.decimal(min: nil, max: 1e6), firstRow: 2, firstCol: 6, lastRow: 500, lastCol: 6)
        try summary.validate(.custom(formula: "=LEN(A3)<=10"), firstRow: 2, firstCol: 0, lastRow: 500, lastCol: 0)
        try summary.validate(.listRange("=选项!$A$1:$A$3"), firstRow: 2, firstCol: 5, lastRow: 500, lastCol: 5)

        try summary.setColumn(first: 0, width: 10)
        try summary.setColumn(first: 1, width: 22)
        try summary.setColumn(first: 2, last: 4, width: 12)
        try summary.setColumn(first: 7, hidden: true)
        try summary.freezePanes(row: 2, col: 1)
        try summary.protect(password: "qinglan", allowing: [.selectUnlockedCells, .selectLockedCells, .formatColumns])
        try summary.setLandscape()
        try summary.setPaper(.a4)
        try summary.fitToPages(width: 1, height: 0)
        try summary.repeatRows(first: 0, last: 1)
        try summary.setHeader("&C青岚区返乡人员汇总表")
        try summary.setFooter("&C第 &P 页，共 &N 页")
        try summary.activate()

        let chart = try book.addChart(.column)
        try chart.addSeries(categories: XlsxChart.range(sheet: "汇总", firstRow: 2, firstCol: 0, lastRow: 4, lastCol: 0),
                            values: XlsxChart.range(sheet: "汇总", firstRow: 2, firstCol: 3, lastRow: 4, lastCol: 3),
                            name: "人数")
        try chart.setTitle("各户返乡人数")
        try chart.setAxisNames(x: "姓名", y: "人数")
        try chart.setStyle(10)
        try chart.setLegend(.bottom)
        try charts.write("各户返乡人数", row: 0, col: 0)
        try charts.insertChart(chart, row: 1, col: 0, xScale: 1.5)

        for (row, choice) in ["同一村", "外村", "外省"].enumerated() { try choices.write(choice, row: row, col: 0) }
        try choices.hide()

        try book.defineName("返乡名单", formula: "=汇总!$A$3:$F$5")
        try book.defineName("选项!本表选项", formula: "=选项!$A$1:$A$3")
        try book.setProperties(DocumentProperties(title: "青岚区报表精简方案", subject: "返乡人员", author: "区指挥部",
                                                  manager: "王主任", company: "青岚区人民政府", category: "报表",
                                                  keywords: "返乡, 隔离", comments: "由 FormFold 生成", status: "草稿"))
        #expect(book.sheetNames == ["汇总", "图表", "选项"])
        try book.close()
        #expect(book.isClosed)
    }

    @Test("values, merged ranges and sheet states read back with Chinese text intact")
    func valuesMergesAndSheetStates() throws {
        let folder = try ScratchFolder("roundtrip")
        let path = folder.path("青岚区汇总.xlsx")
        try Self.writeSummary(to: path)

        let sheets = try ReadBack.sheets(path)
        #expect(sheets.map(\.info) == [SheetInfo(name: "汇总", visibility: .visible),
                                       SheetInfo(name: "图表", visibility: .visible),
                                       SheetInfo(name: "选项", visibility: .hidden)])
        let summary = sheets[0]
        #expect(summary.row(1)?[0] == .text("青岚区返乡人员汇总表"))
        #expect(summary.row(2)?.cells == ["姓名", "身份证号", "返乡日期", "人数", "是否隔离", "备注"].map { .text($0) })
        #expect(summary.row(3)?.cells == [.text("张三"), .text("11010519491231002X"), .date(Self.april20), .number(3),
                                          .text("是"), .text("同一村")])
        #expect(summary.row(5)?[2] == .date(SpreadsheetDate(year: 2022, month: 4, day: 22, kind: .date)))
        #expect(summary.row(6)?[3] == .number(9), "the formula's cached result")
        #expect(summary.row(7)?[0] == .bool(true))
        #expect(summary.row(7)?[1] == .date(SpreadsheetDate(year: 2022, month: 4, day: 20, hour: 8, minute: 30, kind: .dateTime)))
        #expect(Set(summary.layout.merges.map(\.description)) == ["A1:F1", "F3:F5"])
        #expect(sheets[1].row(1)?[0] == .text("各户返乡人数"))
        #expect(sheets[2].rows.map { $0[0] } == [.text("同一村"), .text("外村"), .text("外省")])
    }

    @Test("the package holds the sheets, the chart, comments, validations, protection, names and properties")
    func packageParts() throws {
        let folder = try ScratchFolder("parts")
        let path = folder.path("parts.xlsx")
        try Self.writeSummary(to: path)

        let entries = try ReadBack.entries(path)
        for part in ["xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml",
                     "xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/comments1.xml", "docProps/core.xml",
                     "docProps/app.xml", "xl/sharedStrings.xml", "xl/styles.xml"] {
            #expect(entries.contains(part), "\(part) is missing")
        }
        let core = try #require(try ReadBack.entryText(path, "docProps/core.xml"))
        #expect(core.contains("<dc:title>青岚区报表精简方案</dc:title>"))
        #expect(core.contains("区指挥部"))
        let app = try #require(try ReadBack.entryText(path, "docProps/app.xml"))
        #expect(app.contains("青岚区人民政府"))

        let sheet = try #require(try ReadBack.entryText(path, "xl/worksheets/sheet1.xml"))
        #expect(sheet.contains("<sheetProtection"))
        #expect(sheet.contains("formatColumns=\"0\""), "format columns allowed")
        #expect(sheet.contains("state=\"frozen\""))
        #expect(sheet.contains("<dataValidations count=\"7\">"))
        #expect(sheet.contains("promptTitle=\"是否隔离\""))
        #expect(sheet.contains("只能填“是”或“否”"))
        #expect(sheet.contains("<formula1>\"是,否\"</formula1>"))
        #expect(sheet.contains("<col min=\"2\" max=\"2\" width=\"22.7109375\" customWidth=\"1\"/>"))
        #expect(sheet.contains("hidden=\"1\""))
        #expect(sheet.contains("orientation=\"landscape\""))
        #expect(sheet.contains("paperSize=\"9\""))
        #expect(sheet.contains("&amp;C青岚区返乡人员汇总表"))

        let comments = try #require(try ReadBack.entryText(path, "xl/comments1.xml"))
        #expect(comments.contains("按户籍登记的姓名"))
        #expect(comments.contains("<author>区指挥部</author>"))

        let chart = try #require(try ReadBack.entryText(path, "xl/charts/chart1.xml"))
        #expect(chart.contains("各户返乡人数"))
        #expect(chart.contains("'汇总'!$D$3:$D$5"))

        let workbook = try #require(try ReadBack.entryText(path, "xl/workbook.xml"))
        #expect(workbook.contains("<definedName name=\"返乡名单\">汇总!$A$3:$F$5</definedName>"))
        #expect(workbook.contains("本表选项"))
        #expect(workbook.contains("_xlnm.Print_Titles"))
        #expect(workbook.contains("state=\"hidden\""))
    }

    @Test("a time of day and a bare number format read back as written")
    func timesAndFormats() throws {
        let folder = try ScratchFolder("times")
        let path = folder.path("times.xlsx")
        let book = try XlsxWorkbook(path: path)
        let sheet = try book.addWorksheet("时间")
        let time = SpreadsheetDate(year: 1970, month: 1, day: 1, hour: 8, minute: 30, second: 15, kind: .time)
        try sheet.write(date: time, row: 0, col: 0)
        try sheet.write(0.25, row: 0, col: 1, style: CellStyle(numberFormat: "0.00%"))
        try sheet.writeRow([.text("甲"), .number(1), .empty, .error("#N/A")], row: 1)
        try sheet.writeBlank(row: 2, col: 0, style: CellStyle(border: .medium))
        try book.close()

        let rows = try #require(try ReadBack.sheets(path).first).rows
        #expect(rows[0][0] == .date(time))
        #expect(rows[0][1] == .number(0.25))
        #expect(rows[1].cells == [.text("甲"), .number(1), .empty, .text("#N/A")])
        #expect(rows.count == 2, "a styled blank row holds no value")
    }
}
