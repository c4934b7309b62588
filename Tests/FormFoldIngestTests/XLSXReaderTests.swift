import Foundation
import FormFoldCore
import Testing
@testable import FormFoldIngest

/// Workbooks written by openpyxl, XlsxWriter and by hand read back with their values, dates,
/// merges and sheet states.
@Suite("xlsx reader")
struct XLSXReaderTests {
    @Test("an openpyxl workbook gives its merges, Chinese text with line breaks, and dates in built-in and custom formats")
    func openpyxlWorkbook() throws {
        let book = try XLSXFixture.read("openpyxl-merges-dates.xlsx")
        let sheet = try #require(book.first)
        #expect(sheet.info.name == "人员")
        #expect(Set(sheet.layout.merges.map(\.description)) == ["A1:F1", "A3:A4", "B3:D3"])
        #expect(sheet.layout.mergesKnown)
        let rows = Dictionary(uniqueKeysWithValues: sheet.rows.map { ($0.index, $0) })
        #expect(rows[4]?[1] == .text("省外返临\n人数"))
        #expect(rows[5]?[0] == .number(1))
        #expect(rows[5]?[1] == .number(12.5))
        #expect(rows[5]?[2] == .date(SpreadsheetDate(year: 2022, month: 4, day: 20, kind: .date)))
        #expect(rows[5]?[3] == .date(SpreadsheetDate(year: 1970, month: 1, day: 1, hour: 8, minute: 30, second: 15, kind: .time)))
        #expect(rows[5]?[4] == .date(SpreadsheetDate(year: 2022, month: 4, day: 20, hour: 8, minute: 30, kind: .dateTime)))
        #expect(rows[5]?[5] == .date(SpreadsheetDate(year: 2022, month: 3, day: 28, kind: .date)))
        #expect(rows[6]?.cells == [.bool(true), .bool(false), .error("#N/A"), .number(0.25), .empty,
                                   .date(SpreadsheetDate(year: 2022, month: 4, day: 20, kind: .date))])
    }

    @Test("empty rows are skipped and row numbers are those of the sheet")
    func emptyRowsSkipped() throws {
        let sheet = try #require(try XLSXFixture.read("openpyxl-merges-dates.xlsx").first)
        #expect(sheet.rows.map(\.index) == [1, 3, 4, 5, 6, 8])
        #expect(sheet.rows.last?.cells == [.text("第八行")])
    }

    @Test("hidden and veryHidden sheets are listed in workbook order with their state")
    func sheetStates() throws {
        let reader = try XLSXFixture.reader("openpyxl-merges-dates.xlsx")
        #expect(reader.sheets == [SheetInfo(name: "人员", visibility: .visible),
                                  SheetInfo(name: "隐藏", visibility: .hidden),
                                  SheetInfo(name: "VeryHidden", visibility: .veryHidden)])
        var hidden: [SheetRow] = []
        _ = try reader.readSheet(at: 2) { hidden.append($0) }
        #expect(hidden == [SheetRow(index: 1, cells: [.text("very hidden")])])
    }

    @Test("an XlsxWriter workbook in the 1904 date system gives rich text joined, 1904 dates and formula results")
    func xlsxwriterWorkbook() throws {
        let reader = try XLSXFixture.reader("xlsxwriter-rich-1904.xlsx")
        #expect(reader.usesDateSystem1904)
        let rows = try XLSXFixture.rows(reader, sheet: 0)
        #expect(rows[0].cells == [.text("红码黄码名单"), .text("身份证号")])
        let april20 = CellValue.date(SpreadsheetDate(year: 2022, month: 4, day: 20, kind: .date))
        #expect(rows[1][0] == april20)
        #expect(rows[1][1] == april20)
        #expect(rows[1][2] == .date(SpreadsheetDate(year: 1970, month: 1, day: 1, hour: 12, kind: .time)))
        #expect(rows[1][3] == .bool(true))
        #expect(rows[1][4] == .number(3.25))
        #expect(rows[1][5] == .text("a_x000D_b"), "XlsxWriter escapes a literal _x as _x005F_x")
        #expect(rows[3].cells == [.number(2), .text("文本"), .error("#DIV/0!")])
    }

    @Test("a constant_memory XlsxWriter file with inline strings reads every row, the sparse last one padded")
    func inlineStrings() throws {
        let rows = try XLSXFixture.rows(XLSXFixture.reader("xlsxwriter-inline.xlsx"), sheet: 0)
        #expect(rows.count == 52)
        #expect(rows[0].cells == [.text("姓名"), .text("电话"), .text("返乡时间")])
        #expect(rows[1].cells == [.text("张三1"), .number(13_800_000_001),
                                  .date(SpreadsheetDate(year: 2022, month: 4, day: 2, kind: .date))])
        #expect(rows[51] == SheetRow(index: 52, cells: [.empty, .empty, .empty, .empty, .text("尾")]))
    }

    @Test("prefixed names, CDATA, character references, _xHHHH_ escapes and phonetic runs decode as Excel shows them")
    func handmadeFeatures() throws {
        let reader = try XLSXFixture.reader("handmade-features.xlsx")
        let rows = try XLSXFixture.rows(reader, sheet: 0)
        #expect(rows.map(\.index) == [1, 2, 4], "a row of styled empty cells is skipped")
        #expect(rows[0].cells == [.text("普通"), .text("富 文本"), .text("東京"), .text("line\rbreak")])
        #expect(rows[1].cells == [
            .text("中文&<>\"'"), .text("<不是标签>"), .text("公式结果"),
            .date(SpreadsheetDate(year: 2022, month: 4, day: 20, hour: 8, minute: 30, kind: .dateTime)),
            .bool(false), .error("#REF!"),
        ])
        #expect(rows[2].cells == [
            .empty,
            .date(SpreadsheetDate(year: 2022, month: 4, day: 20, kind: .date)),
            .number(-0.0015),
            .date(SpreadsheetDate(year: 2022, month: 4, day: 20, kind: .date)),
            .date(SpreadsheetDate(year: 1970, month: 1, day: 1, hour: 12, kind: .time)),
        ], "trailing styled empty cells are trimmed")
    }

    @Test("merges after sheetData come back with prefixed names, and a chartsheet has no rows")
    func mergesAndChartsheet() throws {
        let book = try XLSXFixture.read("handmade-features.xlsx")
        #expect(book[0].layout.merges == [CellRange(firstRow: 1, firstColumn: 0, lastRow: 1, lastColumn: 1),
                                          CellRange(firstRow: 4, firstColumn: 2, lastRow: 5, lastColumn: 2)])
        #expect(book[1].info.name == "图表")
        #expect(book[1].rows.isEmpty)
    }

    @Test("an upload read from memory gives the same rows as the file")
    func readsFromData() throws {
        let url = try XLSXFixture.url("openpyxl-merges-dates.xlsx")
        let fromData = try XLSXReader(data: Data(contentsOf: url), displayName: "upload.xlsx")
        let fromFile = try XLSXFixture.reader("openpyxl-merges-dates.xlsx")
        #expect(fromData.sheets == fromFile.sheets)
        #expect(try XLSXFixture.rows(fromData, sheet: 0) == XLSXFixture.rows(fromFile, sheet: 0))
    }

    @Test("an error thrown by the row closure stops the read and reaches the caller")
    func closureErrorStopsRead() throws {
        struct Enough: Error {}
        let reader = try XLSXFixture.reader("xlsxwriter-inline.xlsx")
        var seen = 0
        #expect(throws: Enough.self) {
            _ = try reader.readSheet(at: 0) { _ in
                seen += 1
                if seen == 3 { throw Enough() }
            }
        }
        #expect(seen == 3)
    }

    @Test("asking for a sheet the workbook does not have is an error naming the file")
    func sheetOutOfRange() throws {
        let reader = try XLSXFixture.reader("xlsxwriter-inline.xlsx")
        let error = try #require(throws: IngestError.self) { _ = try reader.readSheet(at: 5) { _ in } }
        #expect(error.file == "xlsxwriter-inline.xlsx")
        #expect(error.message.contains("1 sheet"))
    }
}

/// Fixture files and reading helpers shared by the xlsx tests.
enum XLSXFixture {
    struct Sheet {
        var info: SheetInfo
        var rows: [SheetRow]
        var layout: SheetLayout
    }

    static func url(_ name: String) throws -> URL {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return folder.appendingPathComponent("xlsx").appendingPathComponent(name)
    }

    static func reader(_ name: String, limits: ReadLimits = ReadLimits()) throws -> XLSXReader {
        try XLSXReader(url: url(name), displayName: name, limits: limits)
    }

    static func rows(_ reader: XLSXReader, sheet: Int) throws -> [SheetRow] {
        var rows: [SheetRow] = []
        _ = try reader.readSheet(at: sheet) { rows.append($0) }
        return rows
    }

    static func read(_ reader: XLSXReader) throws -> [Sheet] {
        try reader.sheets.indices.map { i in
            var rows: [SheetRow] = []
            let layout = try reader.readSheet(at: i) { rows.append($0) }
            return Sheet(info: reader.sheets[i], rows: rows, layout: layout)
        }
    }

    static func read(_ name: String, limits: ReadLimits = ReadLimits()) throws -> [Sheet] {
        try read(reader(name, limits: limits))
    }

    /// The IngestError that opening and reading every sheet of `name` throws.
    static func failure(_ name: String, limits: ReadLimits = ReadLimits()) throws -> IngestError {
        try #require(throws: IngestError.self) { _ = try read(name, limits: limits) }
    }
}
