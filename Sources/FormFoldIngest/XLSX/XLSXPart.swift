import FormFoldCore

/// Where in a workbook a parser is working: the file, the sheet (if any) and the zip part.
///
/// Turns a problem into an `IngestError` that names all three.
struct XLSXPart: Sendable {
    /// The file as the user named it.
    var file: String
    /// The sheet name, when the part belongs to one.
    var sheet: String?
    /// The part's path inside the zip, such as `xl/worksheets/sheet1.xml`.
    var path: String

    /// An error at this place; `cell` is a reference such as `C7`.
    func failure(_ message: String, cell: String? = nil) -> IngestError {
        IngestError(file: file, sheet: sheet, cell: cell, message: message)
    }

    /// An error about the XML itself, naming the part.
    func malformed(_ message: String, cell: String? = nil) -> IngestError {
        IngestError(file: file, sheet: sheet, cell: cell, message: "\(path): \(message)")
    }
}
