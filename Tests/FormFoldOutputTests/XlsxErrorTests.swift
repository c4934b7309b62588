import Foundation
import FormFoldCore
import FormFoldOutput
import Testing

/// Every failure is an XlsxError that names the file, the sheet and the cell, with libxlsxwriter's message.
@Suite("xlsx writer: errors")
struct XlsxErrorTests {
    @Test("a bad sheet name is refused with the reason", arguments: [
        ("汇总[1]", "「[」"), ("a:b", "「:」"), ("", "empty"), (String(repeating: "表", count: 32), "32 characters"),
        ("'引号'", "apostrophe"),
    ])
    func badSheetName(name: String, reason: String) throws {
        let folder = try ScratchFolder("names")
        let book = try XlsxWorkbook(path: folder.path("names.xlsx"))
        let error = try xlsxFailure { _ = try book.addWorksheet(name) }
        #expect(error.kind == .sheetName)
        #expect(error.message.contains(reason), "\(error.message)")
        #expect(error.description.contains(folder.path("names.xlsx")))
        _ = try book.addWorksheet(String(repeating: "表", count: 31))
        try book.close()
    }

    @Test("a sheet name already used, in another case, gives libxlsxwriter's code and message")
    func duplicateSheetName() throws {
        let folder = try ScratchFolder("dup")
        let book = try XlsxWorkbook(path: folder.path("dup.xlsx"))
        _ = try book.addWorksheet("Summary")
        let error = try xlsxFailure { _ = try book.addWorksheet("SUMMARY") }
        #expect(error.kind == .sheetName)
        #expect(error.code == 17)
        #expect(error.message.contains("already in use"), "\(error.message)")
        try book.close()
    }

    @Test("a cell past Excel's limits is named in A1 notation")
    func cellPastLimits() throws {
        let folder = try ScratchFolder("limits")
        let path = folder.path("limits.xlsx")
        let book = try XlsxWorkbook(path: path)
        let sheet = try book.addWorksheet("汇总")
        let tooLow = try xlsxFailure { try sheet.write("尾", row: 1_048_576, col: 0) }
        #expect(tooLow.kind == .cellOutOfRange)
        #expect(tooLow.cell == "A1048577")
        #expect(tooLow.sheet == "汇总")
        #expect(tooLow.description.hasPrefix("\(path), sheet 汇总, cell A1048577: writing text failed"))
        let tooWide = try xlsxFailure { try sheet.write(1, row: 0, col: 16_384) }
        #expect(tooWide.cell == "XFE1")
        let negative = try xlsxFailure { try sheet.writeBlank(row: -1, col: 0) }
        #expect(negative.kind == .cellOutOfRange)
        let range = try xlsxFailure {
            try sheet.mergeRange(firstRow: 0, firstCol: 16_380, lastRow: 1, lastCol: 16_384, text: "标题")
        }
        #expect(range.cell == "XFA1:XFE2")
        try sheet.write("最后一格", row: 1_048_575, col: 16_383)
        try book.close()
        #expect(try ReadBack.sheets(path)[0].rows.last?.index == 1_048_576)
    }

    @Test("after close every call throws, close included")
    func afterClose() throws {
        let folder = try ScratchFolder("closed")
        let book = try XlsxWorkbook(path: folder.path("closed.xlsx"))
        let sheet = try book.addWorksheet("表")
        let chart = try book.addChart(.pie)
        try book.close()
        for call in [{ try sheet.write("晚了", row: 0, col: 0) }, { try book.close() },
                     { _ = try book.addWorksheet("又一个") }, { try sheet.hide() }, { try chart.setTitle("饼") },
                     { try book.defineName("名称", formula: "=表!$A$1") }] as [() throws -> Void] {
            let error = try xlsxFailure(call)
            #expect(error.kind == .closed)
            #expect(error.message.contains("closed"))
        }
    }

    @Test("a path in a folder that does not exist is refused, naming the path")
    func missingFolder() throws {
        let path = "/nonexistent-\(UUID().uuidString)/汇总.xlsx"
        let error = try xlsxFailure { _ = try XlsxWorkbook(path: path) }
        #expect(error.kind == .path)
        #expect(error.file == path)
        #expect(error.description.contains(path))
        let temp = try xlsxFailure { _ = try XlsxWorkbook(path: "x.xlsx", tempDirectory: "/nonexistent-tmp-\(UUID())") }
        #expect(temp.kind == .path)
    }

    @Test("a folder removed before close gives libxlsxwriter's error naming the path")
    func folderGoneAtClose() throws {
        let folder = try ScratchFolder("gone")
        let inner = folder.url.appendingPathComponent("输出")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        let path = inner.appendingPathComponent("汇总.xlsx").path
        let book = try XlsxWorkbook(path: path)
        try book.addWorksheet("表").write("内容", row: 0, col: 0)
        try FileManager.default.removeItem(at: inner)
        let error = try xlsxFailure { try book.close() }
        #expect(error.kind == .library)
        #expect(error.code == 2)
        #expect(error.message.contains("xlsx file"), "\(error.message)")
        #expect(error.description.contains(path))
        #expect(book.isClosed)
    }

    @Test("in constant-memory mode a row written after a later one is a row-order error with the library's message")
    func constantMemoryOrder() throws {
        let folder = try ScratchFolder("order")
        let book = try XlsxWorkbook(path: folder.path("order.xlsx"), constantMemory: true)
        let sheet = try book.addWorksheet("数据")
        try sheet.write("第六行", row: 5, col: 0)
        let error = try xlsxFailure { try sheet.write("第三行", row: 2, col: 0) }
        #expect(error.kind == .rowOrder)
        #expect(error.code == 23)
        #expect(error.message == "Worksheet row or column index out of range.")
        #expect(error.cell == "A3")
        #expect(error.hint?.contains("top to bottom") == true)
        let merge = try xlsxFailure { try sheet.mergeRange(firstRow: 1, firstCol: 0, lastRow: 1, lastCol: 3, text: "标题") }
        #expect(merge.kind == .rowOrder)
        try sheet.write("第七行", row: 6, col: 0)
        try book.close()
    }

    @Test("a list of choices libxlsxwriter would overflow is refused before it sees it; a shorter Chinese list works")
    func validationListBytes() throws {
        let folder = try ScratchFolder("lists")
        let path = folder.path("lists.xlsx")
        let book = try XlsxWorkbook(path: path)
        let sheet = try book.addWorksheet("表")
        // 30 choices, about 140 characters: under Excel's 255 characters, over libxlsxwriter's 255 bytes.
        let long = (1...30).map { "选项\($0)" }
        let error = try xlsxFailure { try sheet.validate(.list(long), firstRow: 1, firstCol: 0, lastRow: 9, lastCol: 0) }
        #expect(error.kind == .argument)
        #expect(error.cell == "A2:A10")
        #expect(error.hint?.contains("listRange") == true)
        let comma = try xlsxFailure { try sheet.validate(.list(["是,否"]), firstRow: 1, firstCol: 0, lastRow: 9, lastCol: 0) }
        #expect(comma.kind == .argument)
        let fits = ["居家隔离", "集中隔离", "健康监测", "解除隔离", "无需隔离"]
        try sheet.validate(.list(fits), firstRow: 1, firstCol: 1, lastRow: 9, lastCol: 1)
        try book.close()
        let xml = try #require(try ReadBack.entryText(path, "xl/worksheets/sheet1.xml"))
        #expect(xml.contains("<formula1>\"居家隔离,集中隔离,健康监测,解除隔离,无需隔离\"</formula1>"))
    }

    @Test("names, font names and number formats libxlsxwriter would cut mid-character are refused")
    func byteLimitedFields() throws {
        let folder = try ScratchFolder("fields")
        let book = try XlsxWorkbook(path: folder.path("fields.xlsx"))
        let sheet = try book.addWorksheet("表")
        let name = try xlsxFailure { try book.defineName(String(repeating: "名", count: 43), formula: "=表!$A$1") }
        #expect(name.kind == .argument)
        try book.defineName(String(repeating: "名", count: 42), formula: "=表!$A$1")
        let font = try xlsxFailure { try sheet.write("字", row: 0, col: 0, style: CellStyle(fontName: String(repeating: "宋", count: 32))) }
        #expect(font.kind == .argument)
        #expect(font.cell == "A1")
        #expect(font.sheet == "表")
        let format = try xlsxFailure {
            try sheet.write(1, row: 0, col: 1, style: CellStyle(numberFormat: String(repeating: "年", count: 43)))
        }
        #expect(format.kind == .argument)
        try sheet.write(1, row: 0, col: 1, style: CellStyle(numberFormat: "yyyy\"年\"m\"月\"d\"日\""))
        try book.close()
    }

    @Test("library refusals carry their code: an over-long prompt title, a one-cell merge, a chart without series")
    func libraryRefusals() throws {
        let folder = try ScratchFolder("refusals")
        let book = try XlsxWorkbook(path: folder.path("refusals.xlsx"))
        let sheet = try book.addWorksheet("表")
        let title = try xlsxFailure {
            try sheet.validate(.integer(min: 0, max: 9), messages: ValidationMessages(inputTitle: String(repeating: "长", count: 40)),
                               firstRow: 1, firstCol: 1, lastRow: 9, lastCol: 1)
        }
        #expect(title.code != nil)
        let single = try xlsxFailure { try sheet.mergeRange(firstRow: 0, firstCol: 0, lastRow: 0, lastCol: 0, text: "一格") }
        #expect(single.kind == .argument)
        let chart = try book.addChart(.line)
        let empty = try xlsxFailure { try sheet.insertChart(chart, row: 0, col: 3) }
        #expect(empty.kind == .argument)
        for bad in ["bad name", "A1", "XFD12", "R1C1", "1st", "表!合 计"] {
            let name = try xlsxFailure { try book.defineName(bad, formula: "=表!$A$1") }
            #expect(name.kind == .argument, "\(bad)")
        }
        try sheet.mergeRange(firstRow: 3, firstCol: 0, lastRow: 4, lastCol: 1, text: "甲")
        let overlap = try xlsxFailure { try sheet.mergeRange(firstRow: 4, firstCol: 1, lastRow: 5, lastCol: 2, text: "乙") }
        #expect(overlap.kind == .argument)
        #expect(overlap.message.contains("A4:B5"))
        let long = try xlsxFailure { try sheet.write(String(repeating: "字", count: 32_768), row: 0, col: 0) }
        #expect(long.code == 21)
        try book.close()
    }
}
