import Foundation
import FormFoldCore
import Testing
import FormFoldIngest

/// The real reporting templates from the shared corpus read without error, with their headers
/// and merged header blocks intact.
@Suite("xlsx real templates")
struct XLSXRealTemplateTests {
    static let folder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/corpus/real-templates").standardizedFileURL

    static func template(startingWith prefix: String) throws -> URL {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let name = try #require(names.first { $0.hasPrefix(prefix) && $0.hasSuffix(".xlsx") })
        return folder.appendingPathComponent(name)
    }

    static func sheet(_ reader: XLSXReader, named name: String) throws -> (rows: [SheetRow], layout: SheetLayout) {
        let index = try #require(reader.sheets.firstIndex { $0.name == name })
        var rows: [SheetRow] = []
        let layout = try reader.readSheet(at: index) { rows.append($0) }
        return (rows, layout)
    }

    @Test("every sheet of the eight real templates reads without error")
    func everyTemplateReads() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".xlsx") }
        #expect(names.count == 8)
        for name in names {
            let reader = try XLSXReader(url: Self.folder.appendingPathComponent(name), displayName: name)
            #expect(!reader.sheets.isEmpty)
            var rows = 0
            for i in reader.sheets.indices {
                _ = try reader.readSheet(at: i) { _ in rows += 1 }
            }
            #expect(rows > 0, "\(name) has rows")
        }
    }

    @Test("the 工作簿 template gives its two-row merged header and the cell B4 with its line break")
    func workbookTemplateHeader() throws {
        let url = try Self.template(startingWith: "4")
        let reader = try XLSXReader(url: url, displayName: url.lastPathComponent)
        let sheet = try Self.sheet(reader, named: "Sheet1")
        let merges = Set(sheet.layout.merges.map(\.description))
        #expect(merges.isSuperset(of: ["A3:A4", "B3:D3"]))
        let row4 = try #require(sheet.rows.first { $0.index == 4 })
        #expect(row4[1] == .text("省外返临\n人数"))
    }

    @Test("the 五包一 template gives its 19 published headers on row 2")
    func fivePackTemplateHeaders() throws {
        let url = try Self.template(startingWith: "0")
        let reader = try XLSXReader(url: url, displayName: url.lastPathComponent)
        let sheet = try Self.sheet(reader, named: "Sheet1")
        let row2 = try #require(sheet.rows.first { $0.index == 2 })
        #expect(row2.filledColumns.count == 19)
        #expect(row2[0] == .text("序号"))
        #expect(row2[18] == .text("填报单位"))
        #expect(sheet.layout.merges.map(\.description) == ["A1:S1"])
    }
}
