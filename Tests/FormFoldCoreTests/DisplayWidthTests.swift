import FormFoldCore
import Testing

@Suite struct DisplayWidthTests {
    @Test(arguments: [("姓名", 4), ("ID", 2), ("身份证号（必填）", 16), ("(人)", 4), ("한글", 4), ("℃", 1), ("", 0),
                      ("居家隔离人数 12", 15)])
    func wideCharactersTakeTwoCells(text: String, cells: Int) {
        #expect(DisplayWidth.cells(text) == cells)
    }
}
