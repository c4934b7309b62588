import Foundation
import FormFoldCore
import FormFoldOutput
import Testing

@Suite("xlsx writer: constant-memory mode")
struct ConstantMemoryTests {
    @Test("10,000 rows written in constant-memory mode read back, header merges and inline strings included")
    func tenThousandRows() throws {
        let folder = try ScratchFolder("constant")
        let path = folder.path("large.xlsx")
        let book = try XlsxWorkbook(path: path, constantMemory: true)
        let sheet = try book.addWorksheet("台账")
        let header = CellStyle(bold: true, horizontalAlignment: .center, border: .thin)
        // A two-row header: first-row merges, then the vertical merges, then the second row's cells.
        try sheet.mergeRange(firstRow: 0, firstCol: 2, lastRow: 0, lastCol: 3, text: "返乡情况", style: header)
        try sheet.mergeRange(firstRow: 0, firstCol: 0, lastRow: 1, lastCol: 0, text: "姓名", style: header)
        try sheet.mergeRange(firstRow: 0, firstCol: 1, lastRow: 1, lastCol: 1, text: "电话", style: header)
        try sheet.setRow(1, height: 24)
        try sheet.write("返乡日期", row: 1, col: 2, style: header)
        try sheet.write("人数", row: 1, col: 3, style: header)
        try sheet.freezePanes(row: 2, col: 0)
        try sheet.setColumn(first: 0, last: 3, width: 14)
        let start = SpreadsheetDate(year: 2022, month: 4, day: 1, kind: .date)
        for i in 0..<10_000 {
            let row = 2 + i
            try sheet.write("张三\(i)", row: row, col: 0)
            try sheet.write(13_800_000_000 + Double(i), row: row, col: 1)
            try sheet.write(date: start, row: row, col: 2)
            try sheet.write(Double(i % 7), row: row, col: 3)
        }
        try book.close()

        let read = try #require(try ReadBack.sheets(path).first)
        #expect(read.rows.count == 10_002)
        #expect(read.rows[0].cells == [.text("姓名"), .text("电话"), .text("返乡情况")])
        #expect(read.rows[1].cells == [.empty, .empty, .text("返乡日期"), .text("人数")])
        #expect(read.rows.last?.cells == [.text("张三9999"), .number(13_800_009_999), .date(start), .number(Double(9_999 % 7))])
        #expect(Set(read.layout.merges.map(\.description)) == ["C1:D1", "A1:A2", "B1:B2"])
        let sheetXML = try #require(try ReadBack.entryText(path, "xl/worksheets/sheet1.xml"))
        #expect(sheetXML.contains("t=\"inlineStr\""))
        #expect(sheetXML.contains("<c r=\"A2\" s=\"1\"/><c r=\"B2\" s=\"1\"/>"), "the merged header cells keep their borders")
    }
}
