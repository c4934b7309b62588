import Foundation
import FormFoldOutput
import Testing

/// Dropped workbooks close themselves: no descriptor, temporary file or handle outlives them.
@Suite("xlsx writer: handle lifetime", .serialized)
struct HandleLifetimeTests {
    /// The process's open file descriptors (entries of /proc/self/fd).
    static func openDescriptors() throws -> Int {
        try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count
    }

    @Test("1,000 workbooks dropped without close leave no descriptor open, and each one's file is written")
    func droppedWorkbooks() throws {
        let folder = try ScratchFolder("drop")
        let temp = folder.url.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
        let before = try Self.openDescriptors()
        for i in 0..<1_000 {
            // Constant-memory sheets hold a temporary file open until close: 500 leaks would show here (the
            // slack allows for other suites opening files in parallel).
            let book = try XlsxWorkbook(path: folder.path("\(i).xlsx"), constantMemory: i % 2 == 0,
                                        tempDirectory: temp.path)
            let sheet = try book.addWorksheet("表\(i)")
            try sheet.write("第\(i)本", row: 0, col: 0)
            try sheet.write(Double(i), row: 1, col: 0)
        }
        let after = try Self.openDescriptors()
        #expect(after - before < 100, "descriptors before \(before), after \(after)")
        #expect(FileManager.default.fileExists(atPath: folder.path("999.xlsx")), "deinit closed and wrote the file")
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.path).isEmpty, "no temporary file left")
        let rows = try ReadBack.sheets(folder.path("998.xlsx"))[0].rows
        #expect(rows.map { $0[0] } == [.text("第998本"), .number(998)])
    }

    @Test("a sheet keeps its workbook alive after the caller drops the workbook")
    func sheetKeepsWorkbook() throws {
        let folder = try ScratchFolder("keep")
        let path = folder.path("keep.xlsx")
        var sheet: XlsxWorksheet? = try XlsxWorkbook(path: path).addWorksheet("表")
        try sheet?.write("还在", row: 0, col: 0)
        #expect(!FileManager.default.fileExists(atPath: path))
        try sheet?.workbook.close()
        sheet = nil
        #expect(try ReadBack.sheets(path)[0].rows.first?[0] == .text("还在"))
    }
}
