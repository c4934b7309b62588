// Write benchmark: a consolidated roster written through FormFoldOutput's libxlsxwriter wrapper
// (make bench-write; see bench/README-write.md).
//
//   formfold-bench-write OUTPUT.xlsx [--constant-memory] [--rows N]        (N defaults to 100000)
//
// Writes exactly the cells of bench/write_c.c (libxlsxwriter from C) and bench/write_py.py (Python XlsxWriter):
// a merged title row, a merged meta line, a two-row merged header (groups over sub-headers, single columns merged
// down), then N data rows × 20 columns. Every value is a function of (data row r, column c) through `mix` and the
// fixed word lists in RosterCells.swift; the formula is written out in bench/README-write.md.
//
// Everything goes through the public API a FormFold output writer uses: XlsxWorkbook, XlsxWorksheet, CellStyle,
// mergeRange, setColumn, freezePanes and write(_:row:col:style:) for the title and header; for the data rows the
// styles are resolved once (XlsxWorkbook.format(_:)) and written with write(_:row:col:format:) for text and
// numbers and write(date:row:col:format:) for dates.
import Foundation
import FormFoldCore
import FormFoldOutput

var path: String?
var constantMemory = false
var rows = 100_000
var arguments = CommandLine.arguments.dropFirst()
while let a = arguments.popFirst() {
    switch a {
    case "--constant-memory": constantMemory = true
    case "--rows": rows = arguments.popFirst().flatMap { Int($0) } ?? -1
    default:
        if path == nil, !a.hasPrefix("-") { path = a } else { path = nil; arguments = [] ; rows = -1 }
    }
}
guard let path, rows > 0 else {
    FileHandle.standardError.write(Data("usage: formfold-bench-write OUTPUT.xlsx [--constant-memory] [--rows N]\n".utf8))
    exit(2)
}

do {
    try RosterCells.write(to: path, rows: rows, constantMemory: constantMemory)
    print("{\"writer\": \"swift\", \"rows\": \(rows), \"mode\": \"\(constantMemory ? "constant_memory" : "normal")\"}")
} catch {
    FileHandle.standardError.write(Data("formfold-bench-write: \(error)\n".utf8))
    exit(1)
}
