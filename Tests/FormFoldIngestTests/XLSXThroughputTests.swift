import Foundation
import FormFoldCore
import Testing
import FormFoldIngest

/// Reading speed on a big workbook, run only when FORMFOLD_XLSX_BENCH names one:
///
///     python3 tools/fixtures/make_xlsx_fixtures.py --big 100000 /tmp/big100k.xlsx
///     FORMFOLD_XLSX_BENCH=/tmp/big100k.xlsx swift test -c release -Xswiftc -enable-testing \
///         --scratch-path .build-xlsx --filter XLSXThroughput
@Suite("xlsx throughput")
struct XLSXThroughputTests {
    static let path = ProcessInfo.processInfo.environment["FORMFOLD_XLSX_BENCH"]

    @Test("every row of the benchmark workbook is read, and the rate is printed",
          .enabled(if: path != nil, "set FORMFOLD_XLSX_BENCH to an xlsx path"))
    func readEveryRow() throws {
        let url = URL(fileURLWithPath: try #require(Self.path))
        let clock = ContinuousClock()
        var rows = 0, cells = 0
        let elapsed = try clock.measure {
            let reader = try XLSXReader(url: url, displayName: url.lastPathComponent)
            for i in reader.sheets.indices {
                _ = try reader.readSheet(at: i) { row in
                    rows += 1
                    cells += row.cells.count
                }
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("formfold xlsx: \(rows) rows, \(cells) cells in \(seconds) s = \(Int(Double(rows) / seconds)) rows/s")
        #expect(rows > 0)
    }
}
