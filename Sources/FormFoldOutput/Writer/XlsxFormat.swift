import CXlsxWriter

/// A ``CellStyle`` resolved once into one workbook's cell format, for writing many cells without looking the
/// style up on every cell.
///
/// Make one with ``XlsxWorkbook/format(_:)`` and pass it to the `format:` overloads of ``XlsxWorksheet``'s
/// write calls. Writing with a format gives exactly the cells that writing with its ``style`` gives (the same
/// format index in the file); it only skips comparing and hashing the style per cell, which is worth it in a
/// loop over thousands of rows:
///
/// ```swift
/// let idNumber = try book.format(CellStyle(numberFormat: "@"))
/// let day = try book.format(CellStyle(numberFormat: "yyyy-mm-dd"))
/// for (r, person) in people.enumerated() {
///     try sheet.write(person.name, row: r + 1, col: 0)
///     try sheet.write(person.id, row: r + 1, col: 1, format: idNumber)
///     try sheet.write(date: person.arrived, row: r + 1, col: 2, format: day)
/// }
/// ```
///
/// A format belongs to the workbook that made it: using it on a sheet of another workbook throws an
/// ``XlsxError`` of kind ``XlsxError/Kind/argument``, and once its workbook is closed every write throws
/// ``XlsxError/Kind/closed`` as usual. A format does not keep its workbook alive. Like the workbook, it is not
/// thread-safe.
public struct XlsxFormat {
    /// The style this format was made from.
    public let style: CellStyle
    /// The libxlsxwriter format, owned by the workbook; nil for ``CellStyle/plain`` (cells are written without one).
    let pointer: UnsafeMutablePointer<lxw_format>?
    /// The identity of the workbook that made the format (see ``XlsxWorkbook/FormatOwner``).
    let owner: XlsxWorkbook.FormatOwner
    /// True when ``style`` has a number format, so a date written with it needs no default one.
    let hasNumberFormat: Bool

    init(style: CellStyle, pointer: UnsafeMutablePointer<lxw_format>?, owner: XlsxWorkbook.FormatOwner) {
        self.style = style
        self.pointer = pointer
        self.owner = owner
        hasNumberFormat = style.numberFormat != nil
    }
}

extension XlsxWorkbook {
    /// A workbook's identity for its formats: each workbook holds one, and each format holds its workbook's.
    ///
    /// Formats compare it by reference. Because a format keeps the object alive, its address cannot be taken by
    /// another workbook's, as a workbook's own address could once the workbook is gone.
    final class FormatOwner {}
}
