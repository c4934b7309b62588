import FormFoldCore
import Testing
@testable import FormFoldIngest

/// Which number formats make a cell's number a date, a time or both.
@Suite("xlsx number formats")
struct XLSXNumberFormatTests {
    @Test("built-in formats, including the zh-CN ones, are dates and times", arguments: [
        (14, SpreadsheetDate.Kind.date), (17, .date), (18, .time), (21, .time), (22, .dateTime),
        (27, .date), (31, .date), (32, .time), (35, .time), (36, .date), (45, .time), (47, .time),
        (50, .date), (55, .time), (58, .date),
    ])
    func builtIn(id: Int, kind: SpreadsheetDate.Kind) {
        #expect(NumberFormat.dateKind(builtIn: id) == kind)
    }

    @Test("other built-in formats are numbers", arguments: [0, 1, 2, 9, 10, 11, 12, 37, 44, 48, 49, 59])
    func builtInNumbers(id: Int) {
        #expect(NumberFormat.dateKind(builtIn: id) == nil)
    }

    @Test("custom date and time formats are classified", arguments: [
        ("yyyy-mm-dd", SpreadsheetDate.Kind.date),
        ("yyyy\"年\"m\"月\"d\"日\"", .date),
        ("yyyy年m月d日", .date),
        ("[$-804]yyyy/m/d;@", .date),
        ("[DBNum1][$-804]yyyy\"年\"m\"月\"d\"日\"", .date),
        ("m/d/yyyy h:mm", .dateTime),
        ("yyyy-mm-dd hh:mm:ss", .dateTime),
        ("h:mm AM/PM", .time),
        ("mm:ss", .time),
        ("[h]:mm:ss", .time),
        ("[mm]:ss", .time),
        ("h\"时\"mm\"分\"", .time),
        ("[Red]d-mmm", .date),
    ])
    func custom(code: String, kind: SpreadsheetDate.Kind) {
        #expect(NumberFormat.dateKind(code: code) == kind)
    }

    @Test("number and text formats are not dates", arguments: [
        "General", "0.00", "#,##0;[Red]-#,##0", "0.00E+00", "0%", "@", "\"day\"0", "0\\d", "[Red]0.00_ ",
        "#,##0 \"元\"", "[$¥-804]#,##0.00", "_(* #,##0_);_(* (#,##0)",
    ])
    func notDates(code: String) {
        #expect(NumberFormat.dateKind(code: code) == nil)
    }
}
