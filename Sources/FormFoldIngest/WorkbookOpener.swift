import Foundation
import FormFoldCore

/// Opens any spreadsheet file FormFold reads with the right reader, chosen by the file's first bytes.
///
/// `PK\x03\x04` → ``XLSXReader``; the OLE2 signature `D0 CF 11 E0 A1 B1 1A E1` → ``XLSReader``; text named .csv,
/// .tsv or .txt → ``CSVReader``. Anything else is an ``IngestError`` saying it is not a spreadsheet.
///
/// ```swift
/// let (files, problems) = WorkbookOpener.spreadsheetFiles(under: ["收表/"])
/// for url in files {
///     let reader = try WorkbookOpener.open(url: url)
///     print(reader.file, reader.sheets.map(\.name))
/// }
/// ```
public struct WorkbookOpener: Sendable {
    /// Bytes read from the start of a file to tell its format.
    static let headLength = 512

    /// Opens the file at `url`. `displayName` names it in messages (default: the path as given).
    public static func open(url: URL, displayName: String? = nil, limits: ReadLimits = ReadLimits()) throws
        -> any WorkbookReader {
        let name = displayName ?? url.relativePath
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw IngestError(file: name, message: "the file does not exist")
        }
        if isFolder.boolValue {
            throw IngestError(file: name, message: "is a folder: list its files with spreadsheetFiles(under:)")
        }
        let head: [UInt8]
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            head = Array(try handle.read(upToCount: headLength) ?? Data())
        } catch {
            throw IngestError(file: name, message: "cannot be read: \(error.localizedDescription)")
        }
        switch try format(head: head, fileExtension: url.pathExtension, name: name) {
        case .xlsx: return try XLSXReader(url: url, displayName: name, limits: limits)
        case .xls: return try XLSReader(url: url, displayName: name, limits: limits)
        case .csv: return try CSVReader(url: url, displayName: name, limits: limits)
        }
    }

    /// Opens file bytes already in memory; `fileName` names them in messages and gives the extension.
    public static func open(data: Data, fileName: String, limits: ReadLimits = ReadLimits()) throws -> any WorkbookReader {
        let head = Array(data.prefix(headLength))
        let fileExtension = (fileName as NSString).pathExtension
        switch try format(head: head, fileExtension: fileExtension, name: fileName) {
        case .xlsx: return try XLSXReader(data: data, displayName: fileName, limits: limits)
        case .xls: return try XLSReader(data: data, displayName: fileName, limits: limits)
        case .csv: return try CSVReader(data: data, displayName: fileName, limits: limits)
        }
    }

    /// The spreadsheet files named by `paths`, in order: a file as it is, a folder as the files under it with a
    /// spreadsheet extension (``SpreadsheetFormat/folderExtensions``), recursively and sorted by path, skipping
    /// hidden files and folders and the `~$` lock files Office leaves beside open workbooks. A path that does not
    /// exist gives an ``IngestError`` instead.
    public static func spreadsheetFiles(under paths: [String]) -> (files: [URL], errors: [IngestError]) {
        var files: [URL] = []
        var errors: [IngestError] = []
        let manager = FileManager.default
        for path in paths {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
                errors.append(IngestError(file: path, message: "no such file or folder"))
                continue
            }
            guard isFolder.boolValue else {
                files.append(URL(fileURLWithPath: path))
                continue
            }
            let folder = URL(fileURLWithPath: path, isDirectory: true)
            guard let walker = manager.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey],
                                                  options: [.skipsHiddenFiles]) else {
                errors.append(IngestError(file: path, message: "the folder cannot be listed"))
                continue
            }
            var found: [URL] = []
            for case let url as URL in walker {
                let name = url.lastPathComponent
                if name.hasPrefix(".") || name.hasPrefix("~$") { continue }
                guard SpreadsheetFormat.folderExtensions.contains(url.pathExtension.lowercased()),
                      (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                found.append(url)
            }
            files += found.sorted { $0.path < $1.path }
        }
        return (files, errors)
    }

    private static func format(head: [UInt8], fileExtension: String, name: String) throws -> SpreadsheetFormat {
        if let format = SpreadsheetFormat.detect(head: head, fileExtension: fileExtension) { return format }
        var message = "is not a spreadsheet (xlsx, xls or csv)"
        let text = String(decoding: head.prefix(64), as: UTF8.self).lowercased()
        if SpreadsheetFormat.looksLikeText(head), text.contains("<html") || text.contains("<table") || text.hasPrefix("<?xml") {
            message += ": it is a web page or XML file with a spreadsheet's name; open it and save it as .xlsx"
        } else if SpreadsheetFormat.looksLikeText(head) {
            message += ": it looks like text; if it is delimited text, name it .csv"
        }
        throw IngestError(file: name, message: message)
    }
}
