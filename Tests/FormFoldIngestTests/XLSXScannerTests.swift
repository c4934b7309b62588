import Foundation
import FormFoldCore
import Testing
@testable import FormFoldIngest

/// The byte-level XML scanner and the text, number and format decoders under the xlsx reader.
@Suite("xlsx XML scanning")
struct XLSXScannerTests {
    static let sheetXML = """
        <?xml version="1.0" encoding="UTF-8"?>
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
        <row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve"> 中&#x6587; </t></is></c><c r="C1"><v>42</v></c></row>
        <!-- a comment between rows -->
        <row r="2"><c t="inlineStr"><is><r><t>富</t></r><r><t><![CDATA[文<本>]]></t></r></is></c><c><f>SUM(A1)</f><v>1.5E3</v></c></row>
        <row><c r="B3" t="b"><v>1</v></c></row>
        </sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>
        """

    /// Parses `xml` as a worksheet, fed in chunks of `chunk` bytes.
    static func parse(_ xml: String, chunk: Int) throws -> (rows: [SheetRow], merges: [CellRange]) {
        let part = XLSXPart(file: "t.xlsx", sheet: "S", path: "xl/worksheets/sheet1.xml")
        var rows: [SheetRow] = []
        var parser = WorksheetParser(part: part, limits: ReadLimits(),
                                     strings: SharedStringTable(part: part, maxItemBytes: 1000),
                                     styles: StyleTable(part: part), uses1904: false) { rows.append($0) }
        let scanner = XMLScanner(part: part, maxTokenBytes: 1 << 20)
        let bytes = Array(xml.utf8)
        try bytes.withUnsafeBufferPointer { all in
            var start = 0
            while start < all.count {
                let end = min(start + chunk, all.count)
                try scanner.feed(UnsafeBufferPointer(rebasing: all[start..<end]), into: &parser)
                start = end
            }
        }
        try scanner.finish(into: &parser)
        try parser.finish()
        return (rows, parser.merges)
    }

    @Test("a sheet gives the same rows however its XML is split into chunks", arguments: [1, 2, 3, 7, 64, 1 << 20])
    func chunkBoundaries(chunk: Int) throws {
        let result = try Self.parse(Self.sheetXML, chunk: chunk)
        #expect(result.rows == [
            SheetRow(index: 1, cells: [.text(" 中文 "), .empty, .number(42)]),
            SheetRow(index: 2, cells: [.text("富文<本>"), .number(1500)]),
            SheetRow(index: 3, cells: [.empty, .bool(true)]),
        ])
        #expect(result.merges == [CellRange(firstRow: 1, firstColumn: 0, lastRow: 1, lastColumn: 1)])
    }

    @Test("a sheet that stops inside a tag is an error")
    func truncatedXML() throws {
        let cut = String(Self.sheetXML.prefix(200))
        #expect(throws: IngestError.self) { _ = try Self.parse(cut, chunk: 50) }
    }

    @Test("character references and the five entities decode; CR LF becomes LF")
    func textDecoding() throws {
        let raw = Array("&#20013;&#x4E2D;&lt;&gt;&amp;&quot;&apos;a\r\nb\rc".utf8)
        var out: [UInt8] = []
        try raw.withUnsafeBufferPointer { try XMLTextDecoder.append($0.baseAddress!, 0, raw.count, to: &out) }
        #expect(String(decoding: out, as: UTF8.self) == "中中<>&\"'a\nb\nc")
    }

    @Test("malformed references are errors", arguments: ["&#;", "&#xZZ;", "&#0;", "&#x110000;", "&foo;", "a & b", "&#55296;"])
    func badReferences(text: String) {
        let raw = Array(text.utf8)
        var out: [UInt8] = []
        #expect(throws: XMLTextFailure.self) {
            try raw.withUnsafeBufferPointer { try XMLTextDecoder.append($0.baseAddress!, 0, raw.count, to: &out) }
        }
    }

    @Test("_xHHHH_ escapes decode, surrogate pairs join, and other underscores stay")
    func xstringEscapes() {
        func unescape(_ s: String) -> String {
            var bytes = Array(s.utf8)
            XstringDecoder.unescape(&bytes)
            return String(decoding: bytes, as: UTF8.self)
        }
        #expect(unescape("a_x000D__x000A_b") == "a\r\nb")
        #expect(unescape("_x005F_x000D_") == "_x000D_")
        #expect(unescape("_xD83D__xDE00_") == "😀")
        #expect(unescape("snake_case_x12") == "snake_case_x12")
        #expect(unescape("_xZZZZ_") == "_xZZZZ_")
    }

    @Test("numbers parse exactly on the fast path and through strtod", arguments: [
        ("42", 42.0), ("-7", -7.0), ("0.1", 0.1), ("3.14159", 3.14159), ("1.5E3", 1500.0),
        ("-1.5e-3", -0.0015), ("123456789012345678", 123456789012345678.0), (" 8 ", 8.0), (".5", 0.5),
    ])
    func numbers(text: String, value: Double) {
        let parsed = Array(text.utf8).withUnsafeBufferPointer { NumberText.parse($0) }
        #expect(parsed == value)
    }

    @Test("non-numbers are rejected", arguments: ["", "-", ".", "abc", "12abc", "nan", "inf", "0x10", "1e999"])
    func notNumbers(text: String) {
        #expect(Array(text.utf8).withUnsafeBufferPointer { NumberText.parse($0) } == nil)
    }

    @Test("cell references parse with $ and saturate instead of overflowing")
    func cellReferences() {
        func parse(_ s: String) -> (Int, Int)? {
            let b = Array(s.utf8)
            return b.withUnsafeBufferPointer { p in CellAddressText.parse(p.baseAddress!, 0, b.count).map { ($0.column, $0.row) } }
        }
        #expect(parse("A1")! == (0, 1))
        #expect(parse("$XFD$1048576")! == (16383, 1_048_576))
        #expect(parse("aa10")! == (26, 10))
        #expect(parse("1A") == nil)
        #expect(parse("ZZZZZZZZZZZZZZZZ99999999999999999999")!.0 > 16384)
    }
}
