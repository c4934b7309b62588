import Foundation
import FormFoldCore
import FormFoldIngest
import Testing

/// The legacy .xls reader over FreeXL, on workbooks written by xlwt and on broken files.
@Suite struct XLSReaderTests {
    static func url(_ name: String) throws -> URL {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return folder.appendingPathComponent("xls").appendingPathComponent(name)
    }

    static func rows(of reader: XLSReader, sheet: Int) throws -> [SheetRow] {
        var rows: [SheetRow] = []
        let layout = try reader.readSheet(at: sheet) { rows.append($0) }
        #expect(layout == SheetLayout(merges: [], mergesKnown: false), "FreeXL 1.0.6 gives no merged ranges")
        return rows
    }

    static func error(_ body: () throws -> Void) -> IngestError? {
        do { try body() } catch let error as IngestError { return error } catch { return nil }
        return nil
    }

    @Test func theWorkbookListsItsThreeSheetsByName() throws {
        let reader = try XLSReader(url: Self.url("returnees.xls"), displayName: "returnees.xls")
        #expect(reader.file == "returnees.xls")
        #expect(reader.sheets.map(\.name) == ["返乡人员", "时间", "繁體"])
        #expect(reader.sheets.allSatisfy { $0.visibility == .visible })
    }

    @Test func theMergedTitleAndTwoRowHeaderKeepTheirTextInTheTopLeftCells() throws {
        let rows = try Self.rows(of: XLSReader(url: Self.url("returnees.xls"), displayName: "returnees.xls"), sheet: 0)
        #expect(rows.map(\.index) == [1, 2, 3, 4, 5, 6, 7])
        #expect(rows[0].cells == [.text("临泉镇返乡人员登记表")], "the blank cells of a merged range are empty")
        #expect(rows[1][0] == .text("序号"))
        #expect(rows[1][7] == .text("健康情况"))
        #expect(rows[1][8] == .empty)
        #expect(rows[2][7] == .text("体温"))
        #expect(rows[2][8] == .text("核酸结果"))
    }

    @Test func numbersDatesAndIDNumbersComeBackTyped() throws {
        let rows = try Self.rows(of: XLSReader(url: Self.url("returnees.xls"), displayName: "returnees.xls"), sheet: 0)
        let first = rows[3]
        #expect(first[0] == .number(1))
        #expect(first[1] == .text("张三丰"))
        #expect(first[3] == .text("341221198503121006"))
        #expect(IDNumber.isValid("341221198503121006"))
        #expect(first[5] == .date(SpreadsheetDate(year: 2022, month: 4, day: 18, kind: .date)))
        #expect(first[7] == .number(36.5))
    }

    @Test func dateTimesTimesAndPlainNumbersAreToldApart() throws {
        let rows = try Self.rows(of: XLSReader(url: Self.url("returnees.xls"), displayName: "returnees.xls"), sheet: 1)
        #expect(rows[1][0] == .date(SpreadsheetDate(year: 2022, month: 4, day: 20, hour: 8, minute: 30, kind: .dateTime)))
        #expect(rows[1][1] == .date(SpreadsheetDate(year: 1970, month: 1, day: 1, hour: 14, minute: 5, second: 9, kind: .time)))
        #expect(rows[2][0] == .number(1_234_567.25))
        #expect(rows[2][1] == .number(-3))
    }

    @Test func traditionalTextArrivesAsWrittenAndEmptyRowsAreSkipped() throws {
        let rows = try Self.rows(of: XLSReader(url: Self.url("returnees.xls"), displayName: "returnees.xls"), sheet: 2)
        #expect(rows == [
            SheetRow(index: 1, cells: [.text("軟體與資料庫"), .text("身份證號碼")]),
            SheetRow(index: 3, cells: [.empty, .empty, .empty, .text("隔一行")]),
        ])
    }

    @Test func bytesInMemoryReadTheSameAsTheFile() throws {
        let url = try Self.url("returnees.xls")
        let fromData = try XLSReader(data: Data(contentsOf: url), displayName: "returnees.xls")
        let fromFile = try XLSReader(url: url, displayName: "returnees.xls")
        for sheet in 0..<3 {
            #expect(try Self.rows(of: fromData, sheet: sheet) == Self.rows(of: fromFile, sheet: sheet))
        }
    }

    @Test(arguments: ["random-bytes.xls", "truncated.xls", "ole2-garbage.xls"])
    func aBrokenFileIsAnIngestErrorNamingIt(_ name: String) throws {
        let error = try #require(Self.error { _ = try XLSReader(url: Self.url(name), displayName: name) })
        #expect(error.file == name)
        #expect(!error.message.isEmpty)
        #expect(!error.message.contains("password"))
    }

    @Test func randomBytesAreNotAnXlsWorkbook() throws {
        let error = try #require(Self.error { _ = try XLSReader(url: Self.url("random-bytes.xls"), displayName: "r.xls") })
        #expect(error.message.contains("not an Excel 97–2003"))
    }

    @Test func aSheetIndexOutOfRangeIsAnIngestError() throws {
        let reader = try XLSReader(url: Self.url("returnees.xls"), displayName: "returnees.xls")
        #expect(Self.error { _ = try reader.readSheet(at: 3) { _ in } }?.message.contains("no sheet 4") == true)
    }

    @Test func cellsPastTheRowLimitNameTheSheetAndCell() throws {
        var limits = ReadLimits()
        limits.maxRows = 2
        let reader = try XLSReader(url: Self.url("returnees.xls"), displayName: "returnees.xls", limits: limits)
        let error = try #require(Self.error { _ = try reader.readSheet(at: 0) { _ in } })
        #expect(error.sheet == "返乡人员")
        #expect(error.cell == "H3", "row 3 holds only 体温 and 核酸结果: the merged cells above are blank")
    }
}
