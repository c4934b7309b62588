import Testing
@testable import FormFoldCore

@Suite struct CellReferenceTests {
    @Test func columnNamesRoundTrip() {
        for (i, name) in [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA"), (16383, "XFD")] {
            #expect(CellReference.columnName(i) == name)
            #expect(CellReference(name + "1")?.column == i)
        }
    }

    @Test func rangesParse() {
        #expect(CellRange(reference: "A3:A4")?.lastRow == 4)
        #expect(CellRange(reference: "B3")?.isSingleCell == true)
        #expect(CellRange(reference: "3A") == nil)
    }

    @Test func serialDates() {
        #expect(SpreadsheetDate(serial: 44671, kind: .date)?.description == "2022-04-20")
        #expect(SpreadsheetDate(serial: 44671.5, kind: .dateTime)?.description == "2022-04-20T12:00:00")
        #expect(SpreadsheetDate(serial: 0.25, kind: .time)?.description == "06:00:00")
        #expect(SpreadsheetDate(serial: 59, kind: .date)?.description == "1900-02-28")
        #expect(SpreadsheetDate(serial: 61, kind: .date)?.description == "1900-03-01")
        #expect(SpreadsheetDate(serial: 0, kind: .date, uses1904: true)?.description == "1904-01-01")
    }
}
