import Foundation
import FormFoldCore
import FormFoldIngest
import Testing

/// Choosing a reader by a file's first bytes, and expanding folders into spreadsheet files.
@Suite struct WorkbookOpenerTests {
    static func fixture(_ folder: String, _ name: String) throws -> URL {
        let root = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return root.appendingPathComponent(folder).appendingPathComponent(name)
    }

    static func error(_ body: () throws -> Void) -> IngestError? {
        do { try body() } catch let error as IngestError { return error } catch { return nil }
        return nil
    }

    /// A fresh folder under the temporary directory, removed by the caller.
    static func scratchFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("formfold-opener-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func anXlsIsReadByFreeXLWhateverItsName() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let renamed = folder.appendingPathComponent("人员表.csv")
        try FileManager.default.copyItem(at: Self.fixture("xls", "returnees.xls"), to: renamed)
        let reader = try WorkbookOpener.open(url: renamed, displayName: "人员表.csv")
        #expect(reader is XLSReader)
        #expect(reader.file == "人员表.csv")
        #expect(reader.sheets.first?.name == "返乡人员")
    }

    @Test(arguments: ["returnees-utf8.csv", "returnees-gb18030.csv", "returnees-tab.tsv", "returnees-utf16le-bom.csv"])
    func delimitedTextIsReadAsCsv(_ name: String) throws {
        let reader = try WorkbookOpener.open(url: Self.fixture("csv", name))
        #expect(reader is CSVReader)
        #expect(reader.sheets == [SheetInfo(name: nil)])
    }

    @Test func textNamedTxtIsReadAsCsvFromMemoryToo() throws {
        let reader = try WorkbookOpener.open(data: Data("姓名,年龄\n张三丰,40\n".utf8), fileName: "名单.txt")
        var rows: [SheetRow] = []
        _ = try reader.readSheet(at: 0) { rows.append($0) }
        #expect(rows.last?.cells == [.text("张三丰"), .text("40")])
    }

    @Test func anXlsInMemoryIsReadByFreeXL() throws {
        let data = try Data(contentsOf: Self.fixture("xls", "returnees.xls"))
        let reader = try WorkbookOpener.open(data: data, fileName: "upload.bin")
        #expect(reader is XLSReader)
        #expect(reader.sheets.count == 3)
    }

    @Test func aZipNamedCsvGoesToTheXlsxReaderNotTheCsvReader() throws {
        let data = Data([0x50, 0x4B, 0x03, 0x04] + Array("姓名,年龄\n".utf8) + Array(repeating: 0, count: 60))
        do {
            let reader = try WorkbookOpener.open(data: data, fileName: "broken.csv")
            #expect(reader is XLSXReader)
        } catch let error as IngestError {
            #expect(error.file == "broken.csv", "the xlsx reader judged it: \(error)")
        }
    }

    @Test(arguments: [
        ("report.pdf", Array("%PDF-1.7\n".utf8)),
        ("picture.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ("scan.csv", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ("notes.docx", Array("plain words".utf8)),
        ("binary.txt", [0x41, 0x00, 0x42, 0x00, 0x43]),
    ] as [(String, [UInt8])])
    func otherFilesAreNotSpreadsheets(_ name: String, _ bytes: [UInt8]) throws {
        let error = try #require(Self.error { _ = try WorkbookOpener.open(data: Data(bytes), fileName: name) })
        #expect(error.file == name)
        #expect(error.message.hasPrefix("is not a spreadsheet (xlsx, xls or csv)"))
    }

    @Test func randomBytesNamedXlsAreNotASpreadsheet() throws {
        let url = try Self.fixture("xls", "random-bytes.xls")
        let error = try #require(Self.error { _ = try WorkbookOpener.open(url: url, displayName: "random-bytes.xls") })
        #expect(error.description == "random-bytes.xls: is not a spreadsheet (xlsx, xls or csv)")
    }

    @Test func aWebPageSavedAsXlsIsExplained() throws {
        let html = Data("<html><body><table><tr><td>姓名</td></tr></table></body></html>".utf8)
        let error = try #require(Self.error { _ = try WorkbookOpener.open(data: html, fileName: "导出.xls") })
        #expect(error.message.contains("web page"))
    }

    @Test func aTruncatedXlsIsReportedByTheXlsReader() throws {
        let url = try Self.fixture("xls", "truncated.xls")
        let error = try #require(Self.error { _ = try WorkbookOpener.open(url: url, displayName: "truncated.xls") })
        #expect(!error.message.contains("is not a spreadsheet"))
    }

    @Test func aMissingFileIsAnIngestError() throws {
        let error = try #require(Self.error { _ = try WorkbookOpener.open(url: URL(fileURLWithPath: "/no/such/表.xlsx")) })
        #expect(error.file == "/no/such/表.xlsx")
        #expect(error.message.contains("does not exist"))
    }

    @Test func aFolderExpandsToItsSpreadsheetsSortedSkippingHiddenAndLockFiles() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manager = FileManager.default
        try manager.createDirectory(at: folder.appendingPathComponent("乡镇/b村"), withIntermediateDirectories: true)
        try manager.createDirectory(at: folder.appendingPathComponent(".git"), withIntermediateDirectories: true)
        for name in ["z.csv", "a.XLSX", "乡镇/b村/表.xls", "乡镇/m.tsv", "~$a.xlsx", ".hidden.csv", ".git/x.csv",
                     "readme.txt", "photo.png"] {
            try Data("x".utf8).write(to: folder.appendingPathComponent(name))
        }
        let (files, errors) = WorkbookOpener.spreadsheetFiles(under: [folder.path])
        #expect(errors.isEmpty)
        let relative = files.map { String($0.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1)) }
        #expect(relative == ["a.XLSX", "z.csv", "乡镇/b村/表.xls", "乡镇/m.tsv"].sorted())
    }

    @Test func aNamedFileIsKeptAndAMissingPathIsAnError() throws {
        let file = try Self.fixture("csv", "returnees-utf8.csv")
        let (files, errors) = WorkbookOpener.spreadsheetFiles(under: [file.path, "/no/such/folder"])
        #expect(files.map(\.path) == [file.path])
        #expect(errors == [IngestError(file: "/no/such/folder", message: "no such file or folder")])
    }

    @Test func formatsAreToldByTheirFirstBytes() {
        #expect(SpreadsheetFormat.detect(head: [0x50, 0x4B, 0x03, 0x04], fileExtension: "csv") == .xlsx)
        #expect(SpreadsheetFormat.detect(head: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], fileExtension: "xlsx") == .xls)
        #expect(SpreadsheetFormat.detect(head: Array("PK,姓名\n".utf8), fileExtension: "csv") == .csv)
        #expect(SpreadsheetFormat.detect(head: [0xFF, 0xFE, 0x41, 0x00], fileExtension: "csv") == .csv)
        #expect(SpreadsheetFormat.detect(head: Array("a,b".utf8), fileExtension: "xls") == nil)
    }
}
