/// The kinds of spreadsheet file FormFold reads, told apart by their first bytes rather than their names.
public enum SpreadsheetFormat: String, Sendable, Hashable, CaseIterable {
    /// Office Open XML (Excel 2007 and later, WPS): a zip archive.
    case xlsx
    /// Excel 97–2003 BIFF in an OLE2 compound file.
    case xls
    /// Delimited text: csv, tsv or txt.
    case csv

    /// File extensions (lower case) that a folder scan picks up.
    public static let folderExtensions: Set<String> = ["xlsx", "xlsm", "xls", "csv", "tsv"]

    /// Extensions under which a text file is read as delimited text.
    public static let textExtensions: Set<String> = ["csv", "tsv", "txt"]

    static let zipSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    static let compoundFileSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// The format of a file from its first bytes (at least 512 of them when the file has as many) and its
    /// extension; nil when it is none of the three.
    ///
    /// A zip is ``xlsx`` (the xlsx reader rejects a zip that is no workbook) and an OLE2 compound file is ``xls``,
    /// whatever the name. Text is ``csv`` only under a text extension (``textExtensions``) and only when it looks
    /// like text: no NUL bytes unless it starts with a UTF-16 byte-order mark, and no known binary signature.
    public static func detect(head: [UInt8], fileExtension: String) -> SpreadsheetFormat? {
        if head.starts(with: zipSignature) { return .xlsx }
        if head.starts(with: compoundFileSignature) { return .xls }
        guard textExtensions.contains(fileExtension.lowercased()) else { return nil }
        return looksLikeText(head) ? .csv : nil
    }

    /// True when `head` could be the start of a text file.
    static func looksLikeText(_ head: [UInt8]) -> Bool {
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return true }
        let binarySignatures: [[UInt8]] = [
            Array("%PDF".utf8), [0x89, 0x50, 0x4E, 0x47], [0xFF, 0xD8, 0xFF], Array("GIF8".utf8),
            [0x1F, 0x8B], Array("Rar!".utf8), [0x37, 0x7A, 0xBC, 0xAF],
        ]
        if binarySignatures.contains(where: { head.starts(with: $0) }) { return false }
        return !head.contains(0)
    }
}
