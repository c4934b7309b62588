import Foundation
import FormFoldCore
import Testing
@testable import FormFoldIngest

/// Broken and hostile files fail with an IngestError that names the file, the sheet and the
/// cell where known, and never crash or hang.
@Suite("xlsx hostile files")
struct XLSXHostileFileTests {
    @Test("a truncated download is reported as truncated")
    func truncatedZip() throws {
        let error = try XLSXFixture.failure("truncated.xlsx")
        #expect(error.file == "truncated.xlsx")
        #expect(error.message.contains("truncated"))
    }

    @Test("a csv renamed to .xlsx is reported as not a zip")
    func notAZip() throws {
        let error = try XLSXFixture.failure("not-a-zip.xlsx")
        #expect(error.message.contains("not an xlsx file"))
    }

    @Test("a missing file is an error naming it")
    func missingFile() throws {
        let error = try #require(throws: IngestError.self) {
            _ = try XLSXReader(url: URL(fileURLWithPath: "/nonexistent/报表.xlsx"), displayName: "报表.xlsx")
        }
        #expect(error.file == "报表.xlsx")
        #expect(error.message.contains("cannot open"))
    }

    @Test("an old xls saved with an .xlsx name is told apart from other non-zip files")
    func oleFile() throws {
        let ole = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 600))
        let error = try #require(throws: IngestError.self) { _ = try XLSXReader(data: ole, displayName: "旧.xlsx") }
        #expect(error.message.contains("legacy .xls"))
    }

    @Test("a zip without xl/workbook.xml is not a workbook")
    func missingWorkbook() throws {
        let error = try XLSXFixture.failure("no-workbook.xlsx")
        #expect(error.message.contains("no workbook part"))
    }

    @Test("a CRC mismatch is reported as damage")
    func crcMismatch() throws {
        let error = try XLSXFixture.failure("crc-mismatch.xlsx")
        #expect(error.sheet == "Sheet1")
        #expect(error.message.contains("CRC-32"))
    }

    @Test("a zip bomb stops at the compression-ratio limit")
    func zipBombRatio() throws {
        var limits = ReadLimits()
        limits.ratioCheckBytes = 1 << 20
        let error = try XLSXFixture.failure("zip-bomb.xlsx", limits: limits)
        #expect(error.message == "xl/worksheets/sheet1.xml inflates past 400× its compressed size: refusing a possible zip bomb")
    }

    @Test("an entry that inflates past the entry-size limit is refused")
    func entrySizeLimit() throws {
        var limits = ReadLimits()
        limits.maxEntryBytes = 4 << 20
        let error = try XLSXFixture.failure("zip-bomb.xlsx", limits: limits)
        #expect(error.message.contains("more than 4194304 bytes"))
    }

    @Test("the zip bomb reads under the default limits, which check the ratio only past 64 MB")
    func zipBombUnderDefaultLimits() throws {
        let rows = try XLSXFixture.rows(XLSXFixture.reader("zip-bomb.xlsx"), sheet: 0)
        #expect(rows == [SheetRow(index: 1, cells: [.number(1)])])
    }

    @Test("a deflate stream that runs off the end of the data fails instead of waiting forever")
    func runawayDeflate() throws {
        let error = try XLSXFixture.failure("runaway-deflate.xlsx")
        #expect(error.message.contains("ends early"))
    }

    @Test("billion laughs: a DOCTYPE with entity declarations is refused, never expanded")
    func billionLaughs() throws {
        let error = try XLSXFixture.failure("billion-laughs.xlsx")
        #expect(error.sheet == "Sheet1")
        #expect(error.message.contains("DTD or entity declarations"))
    }

    @Test("a cell past column XFD names the cell and Excel's limits")
    func pastLastColumn() throws {
        let error = try XLSXFixture.failure("past-xfd.xlsx")
        #expect(error.cell == "XFE1")
        #expect(error.message.contains("exceeds Excel's limits"))
    }

    @Test("a row past 1,048,576 names the row and Excel's limits")
    func pastLastRow() throws {
        let error = try XLSXFixture.failure("past-max-row.xlsx")
        #expect(error.message.contains("row 1048577"))
        #expect(error.message.contains("exceeds Excel's limits"))
    }

    @Test("lowered row and column limits apply to ordinary files")
    func loweredLimits() throws {
        var limits = ReadLimits()
        limits.maxColumns = 2
        let error = try XLSXFixture.failure("xlsxwriter-inline.xlsx", limits: limits)
        #expect(error.cell == "C1")
    }

    @Test("a shared-string index past the table names the cell")
    func badSharedStringIndex() throws {
        let error = try XLSXFixture.failure("bad-shared-string-index.xlsx")
        #expect(error.cell == "B1")
        #expect(error.message.contains("out of range"))
    }

    @Test("an unknown entity names the part and the cell")
    func unknownEntity() throws {
        let error = try XLSXFixture.failure("unknown-entity.xlsx")
        #expect(error.cell == "C2")
        #expect(error.message.contains("xl/worksheets/sheet1.xml"))
        #expect(error.message.contains("&nbsp;"))
    }

    @Test("rows out of order name the row")
    func rowsOutOfOrder() throws {
        let error = try XLSXFixture.failure("rows-out-of-order.xlsx")
        #expect(error.message.contains("row 2 comes after row 3"))
    }

    @Test("a number cell that does not hold a number names the cell")
    func notANumber() throws {
        let error = try XLSXFixture.failure("not-a-number.xlsx")
        #expect(error.cell == "C7")
        #expect(error.description.hasPrefix("not-a-number.xlsx, sheet \"Sheet1\", cell C7: "))
    }

    @Test("a cell longer than the cell limit is refused")
    func cellTooLong() throws {
        var limits = ReadLimits()
        limits.maxCellBytes = 10
        let error = try XLSXFixture.failure("openpyxl-merges-dates.xlsx", limits: limits)
        #expect(error.message.contains("more than 10 bytes"))
    }

    @Test("every prefix of a valid file fails cleanly or reads, and never crashes")
    func everyTruncation() throws {
        let whole = try Data(contentsOf: XLSXFixture.url("handmade-features.xlsx"))
        for length in stride(from: 0, to: whole.count, by: 7) {
            do {
                let reader = try XLSXReader(data: whole.prefix(length), displayName: "cut.xlsx")
                for i in reader.sheets.indices { _ = try reader.readSheet(at: i) { _ in } }
            } catch let error as IngestError {
                #expect(error.file == "cut.xlsx")
            }
        }
    }

    @Test("flipping any byte of a valid file fails cleanly or reads, and never crashes")
    func everyCorruption() throws {
        let whole = try [UInt8](Data(contentsOf: XLSXFixture.url("handmade-features.xlsx")))
        for position in stride(from: 0, to: whole.count, by: 5) {
            var bytes = whole
            bytes[position] ^= 0x5A
            do {
                let reader = try XLSXReader(data: Data(bytes), displayName: "flip.xlsx")
                for i in reader.sheets.indices { _ = try reader.readSheet(at: i) { _ in } }
            } catch let error as IngestError {
                #expect(error.file == "flip.xlsx")
            }
        }
    }
}
