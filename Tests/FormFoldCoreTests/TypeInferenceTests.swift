import Testing
@testable import FormFoldCore

@Suite struct TypeInferenceTests {
    func infer(_ values: [CellValue]) -> FieldType {
        var p = ColumnProfile()
        values.forEach { p.add($0) }
        return p.inferredType
    }

    @Test func idNumbersNeedAValidCheckDigit() {
        #expect(IDNumber.isValid("11010519491231002X"))
        #expect(IDNumber.isValid("11010519491231002x"))
        #expect(!IDNumber.isValid("110105194912310021"))
        #expect(!IDNumber.isValid("1101051949123100"))
        #expect(infer([.text("11010519491231002X"), .text("440524188001010014")]).kind == .idNumber)
        #expect(infer([.text("110105194912310021"), .text("440524188001010015")]).kind == .text)
    }

    @Test func countsWithAPlaceholderAreIntegers() {
        let values: [CellValue] = (0..<20).map { .number(Double($0)) } + [.text("/")]
        #expect(infer(values).kind == .integer)
        #expect(infer([.number(1.5), .number(2)]).kind == .decimal)
        #expect(infer([.text("12"), .text("7")]).kind == .integer)
        #expect(infer([.text("0351"), .text("0352")]).kind == .text)
    }

    @Test func mobilesFromTextOrNumbers() {
        #expect(infer([.text("13912345678"), .number(18812345678)]).kind == .mobile)
        #expect(infer([.text("12345678901")]).kind != .mobile)
    }

    @Test func datesAndTimesFromCellsAndText() {
        let d = SpreadsheetDate(year: 2022, month: 4, day: 20, kind: .date)
        #expect(infer([.date(d), .text("2022-04-21"), .text("2022年4月22日"), .text("2022/4/23")]).kind == .date)
        #expect(infer([.text("2022-04-20 08:30"), .text("2022年4月20日8时30分")]).kind == .datetime)
        #expect(infer([.text("08:30"), .text("8:30:15")]).kind == .time)
        #expect(infer([.text("4月20日"), .text("4月21日")]).kind == .date)
        #expect(infer([.text("2022-13"), .text("1-2-3-4")]).kind == .text)
    }

    @Test func yesNoAndEnumerations() {
        #expect(infer([.text("是"), .text("否"), .text("是")]).kind == .yesNo)
        let colours: [CellValue] = ["红码", "黄码", "红码", "黄码", "红码", "绿码", "红码", "黄码"].map { .text($0) }
        let t = infer(colours)
        #expect(t.kind == .enumeration)
        #expect(t.values == ["红码", "黄码", "绿码"])
    }

    @Test func namesAreTextNotAnEnumeration() {
        #expect(infer(["张三", "李四", "王五", "赵六", "钱七"].map { .text($0) }).kind == .text)
        #expect(infer([]).kind == .empty)
    }
}
