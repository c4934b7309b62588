import Foundation
import FormFoldCore
@testable import FormFoldIngest
import Testing

/// The csv reader: encodings, delimiters, quoting, and the errors it gives for broken files.
@Suite struct CSVReaderTests {
    static func url(_ name: String) throws -> URL {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return folder.appendingPathComponent("csv").appendingPathComponent(name)
    }

    static func rows(_ name: String, chunkSize: Int? = nil) throws -> [SheetRow] {
        let reader = try reader(name, chunkSize: chunkSize)
        var rows: [SheetRow] = []
        let layout = try reader.readSheet(at: 0) { rows.append($0) }
        #expect(layout == SheetLayout(merges: [], mergesKnown: false))
        return rows
    }

    static func reader(_ name: String, chunkSize: Int? = nil) throws -> CSVReader {
        let url = try url(name)
        guard let chunkSize else { return try CSVReader(url: url, displayName: name) }
        let data = try Data(contentsOf: url)
        return try CSVReader(size: Int64(data.count), displayName: name, limits: ReadLimits(), chunkSize: chunkSize) {
            CSVByteSource(data: data)
        }
    }

    static func texts(_ rows: [SheetRow]) -> [[String]] { rows.map { $0.cells.map(\.displayText) } }

    static func error(_ body: () throws -> Void) -> IngestError? {
        do { try body() } catch let error as IngestError { return error } catch { return nil }
        return nil
    }

    static let header = ["序号", "姓名", "性别", "身份证号", "所属行政村", "联系方式", "返乡时间", "体温"]

    @Test func aUTF8CsvGivesTheTitleTheHeaderAndFourPeople() throws {
        let reader = try Self.reader("returnees-utf8.csv")
        #expect(reader.encoding == .utf8)
        #expect(reader.delimiter == .comma)
        #expect(reader.sheets == [SheetInfo(name: nil)])
        let rows = try Self.rows("returnees-utf8.csv")
        #expect(rows.map(\.index) == [1, 2, 3, 4, 5, 6])
        #expect(rows[0].cells == [.text("临泉镇返乡人员登记表")])
        #expect(Self.texts(rows)[1] == Self.header)
        #expect(rows[2].cells[3] == .text("341221198503121006"))
        #expect(IDNumber.isValid("341221198503121006"))
        #expect(rows[2].cells[7] == .text("36.5"), "numbers stay text: the core infers types")
    }

    @Test func aGB18030CsvReadsTheSameAsItsUTF8Twin() throws {
        #expect(try Self.reader("returnees-gb18030.csv").encoding == .gb18030)
        let twin = try Self.rows("returnees-utf8.csv")
        #expect(try Self.rows("returnees-gb18030.csv") == twin)
    }

    @Test(arguments: ["returnees-utf8-bom.csv", "returnees-utf16le-bom.csv", "returnees-utf16be-bom.csv",
                      "returnees-tab.tsv", "returnees-semicolon.csv"])
    func everyEncodingAndDelimiterReadsTheSameAsTheUTF8Csv(_ name: String) throws {
        #expect(try Self.rows(name) == Self.rows("returnees-utf8.csv"))
    }

    @Test func theByteOrderMarkDecidesTheEncodingAndIsNotPartOfTheFirstCell() throws {
        #expect(try Self.reader("returnees-utf8-bom.csv").encoding == .utf8)
        #expect(try Self.reader("returnees-utf16le-bom.csv").encoding == .utf16LittleEndian)
        #expect(try Self.reader("returnees-utf16be-bom.csv").encoding == .utf16BigEndian)
        #expect(try Self.rows("returnees-utf16be-bom.csv")[0].cells == [.text("临泉镇返乡人员登记表")])
    }

    @Test func tabsAndSemicolonsAreDetectedAsDelimiters() throws {
        #expect(try Self.reader("returnees-tab.tsv").delimiter == .tab)
        #expect(try Self.reader("returnees-semicolon.csv").delimiter == .semicolon)
    }

    @Test func charactersBeyondGBKReadFromGB18030() throws {
        #expect(try Self.texts(Self.rows("rare-characters-gb18030.csv")) == [["姓名", "备注"], ["钱㐀", "𠀀字"]])
    }

    @Test func quotedFieldsKeepCommasQuotesAndLineBreaks() throws {
        let rows = try Self.rows("quoted-fields.csv")
        #expect(Self.texts(rows) == [
            ["编号", "地址", "备注", "空"],
            ["1", "临泉镇,东风村", "他说\"马上回来\""],
            ["2", "红旗村\r\n三组", "第一行\n第二行"],
            ["3", "新华村"],
        ])
        #expect(rows[1].cells.count == 3, "an empty quoted field at the end is trimmed like any empty cell")
        #expect(rows.map(\.index) == [1, 2, 3, 4], "a line break inside quotes does not start a row")
    }

    @Test(arguments: [16, 17, 19, 23, 31, 64])
    func recordsAndCharactersCutByChunkEdgesReadTheSame(chunkSize: Int) throws {
        for name in ["quoted-fields.csv", "returnees-gb18030.csv", "returnees-utf16le-bom.csv", "returnees-utf8.csv",
                     "rare-characters-gb18030.csv", "old-mac-lines.csv"] {
            #expect(try Self.rows(name, chunkSize: chunkSize) == Self.rows(name), "\(name) in chunks of \(chunkSize)")
        }
    }

    @Test func carriageReturnsAloneEndLines() throws {
        #expect(try Self.texts(Self.rows("old-mac-lines.csv")) == [["名称", "数量"], ["甲", "1"], ["乙", "2"]])
    }

    @Test func anUnclosedQuoteNamesTheRowWhereItOpens() throws {
        let error = try #require(Self.error { _ = try Self.rows("unterminated-quote.csv") })
        #expect(error.file == "unterminated-quote.csv")
        #expect(error.cell == "B3")
        #expect(error.message.contains("row 3"))
        #expect(error.message.contains("never closed"))
    }

    @Test func bytesUndecodableInEveryEncodingNameTheirLineAndCell() throws {
        #expect(try Self.reader("invalid-bytes.csv").encoding == .gb18030)
        var seen: [Int] = []
        let error = try #require(Self.error {
            _ = try Self.reader("invalid-bytes.csv").readSheet(at: 0) { seen.append($0.index) }
        })
        #expect(seen == [1, 2, 3], "the rows before the bad bytes were read")
        #expect(error.cell == "B4")
        #expect(error.message.contains("line 4"))
        #expect(error.message.contains("GB18030"))
    }

    @Test func aUTF16FileWithAnOddByteCountIsReportedAsCut() throws {
        let error = try #require(Self.error { _ = try Self.rows("utf16-odd-bytes.csv") })
        #expect(error.message.contains("middle of a character"))
        #expect(error.message.contains("even number of bytes"))
    }

    @Test func aUTF8FileWithOneBrokenByteStaysUTF8AndNamesTheCell() throws {
        var text = Array("编号,姓名\n".utf8)
        for i in 1...30 { text += Array("\(i),张三丰\n".utf8) }
        text += Array("31,李".utf8) + [0xFF] + Array("四\n".utf8)
        let reader = try CSVReader(data: Data(text), displayName: "broken.csv")
        #expect(reader.encoding == .utf8)
        let error = try #require(Self.error { _ = try reader.readSheet(at: 0) { _ in } })
        #expect(error.cell == "B32")
        #expect(error.message.contains("UTF-8"))
    }

    @Test func rowsPastTheLimitNameTheFirstCellPastIt() throws {
        var limits = ReadLimits()
        limits.maxRows = 3
        let data = try Data(contentsOf: Self.url("returnees-utf8.csv"))
        let reader = try CSVReader(data: data, displayName: "big.csv", limits: limits)
        let error = try #require(Self.error { _ = try reader.readSheet(at: 0) { _ in } })
        #expect(error.cell == "A4")
        #expect(error.message.contains("more than 3 rows"))
    }

    @Test func fieldsPastTheColumnLimitNameTheCell() throws {
        var limits = ReadLimits()
        limits.maxColumns = 4
        let data = try Data(contentsOf: Self.url("returnees-utf8.csv"))
        let error = try #require(Self.error {
            _ = try CSVReader(data: data, displayName: "wide.csv", limits: limits).readSheet(at: 0) { _ in }
        })
        #expect(error.cell == "E2")
    }

    @Test func aHugeFieldIsRefusedBeforeItFillsMemory() throws {
        var limits = ReadLimits()
        limits.maxCellBytes = 100
        let data = Data("名称,说明\n甲,".utf8 + Array(repeating: UInt8(ascii: "x"), count: 5_000))
        let reader = try CSVReader(size: Int64(data.count), displayName: "long.csv", limits: limits, chunkSize: 64) {
            CSVByteSource(data: data)
        }
        let error = try #require(Self.error { _ = try reader.readSheet(at: 0) { _ in } })
        #expect(error.cell == "B2")
        #expect(error.message.contains("more than 100 bytes"))
    }

    @Test func aFileLargerThanTheLimitIsRefusedBeforeReading() throws {
        var limits = ReadLimits()
        limits.maxFileBytes = 100
        let error = try #require(Self.error {
            _ = try CSVReader(url: Self.url("returnees-utf8.csv"), displayName: "returnees-utf8.csv", limits: limits)
        })
        #expect(error.message.contains("more than the 100"))
    }

    @Test func blankLinesKeepTheirRowNumbersButGiveNoRow() throws {
        let reader = try CSVReader(data: Data("a,b\n\n,,\nc,d".utf8), displayName: "gaps.csv")
        var rows: [SheetRow] = []
        _ = try reader.readSheet(at: 0) { rows.append($0) }
        #expect(rows == [SheetRow(index: 1, cells: [.text("a"), .text("b")]), SheetRow(index: 4, cells: [.text("c"), .text("d")])])
    }

    @Test func valuesAreKeptExactlyAsWritten() throws {
        let reader = try CSVReader(data: Data(" 007 ,1e3,,=A1\n".utf8), displayName: "raw.csv")
        var rows: [SheetRow] = []
        _ = try reader.readSheet(at: 0) { rows.append($0) }
        #expect(rows.first?.cells == [.text(" 007 "), .text("1e3"), .empty, .text("=A1")])
    }

    @Test func anEmptyFileHasNoRows() throws {
        let reader = try CSVReader(data: Data(), displayName: "empty.csv")
        var count = 0
        _ = try reader.readSheet(at: 0) { _ in count += 1 }
        #expect(count == 0)
    }

    @Test func aMissingFileIsAnIngestError() throws {
        let error = try #require(Self.error {
            _ = try CSVReader(url: URL(fileURLWithPath: "/nonexistent/x.csv"), displayName: "x.csv")
        })
        #expect(error.message.contains("does not exist"))
    }
}
