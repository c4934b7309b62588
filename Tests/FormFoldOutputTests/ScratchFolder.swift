import Foundation
import FormFoldCore
@testable import FormFoldIngest

/// A fresh folder under the system's temporary folder, removed when the test is done.
final class ScratchFolder {
    let url: URL

    init(_ label: String = "writer") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("formfold-\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The path of a file in the folder.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// Reading a written workbook back with FormFold's own reader and zip directory.
enum ReadBack {
    struct Sheet {
        var info: SheetInfo
        var rows: [SheetRow]
        var layout: SheetLayout

        /// The row with 1-based index `number`, as Excel numbers it.
        func row(_ number: Int) -> SheetRow? { rows.first { $0.index == number } }
    }

    static func sheets(_ path: String) throws -> [Sheet] {
        let reader = try WorkbookOpener.open(url: URL(fileURLWithPath: path))
        return try reader.sheets.indices.map { i in
            var rows: [SheetRow] = []
            let layout = try reader.readSheet(at: i) { rows.append($0) }
            return Sheet(info: reader.sheets[i], rows: rows, layout: layout)
        }
    }

    /// The paths of the zip entries.
    static func entries(_ path: String) throws -> Set<String> {
        Set(try ZipArchive(source: ZipFileBytes(path: path)).entries.map(\.path))
    }

    /// One zip entry's text, or nil when the entry does not exist.
    static func entryText(_ path: String, _ entryPath: String) throws -> String? {
        let archive = try ZipArchive(source: ZipFileBytes(path: path))
        guard let entry = archive.entry(entryPath) else { return nil }
        var bytes: [UInt8] = []
        try ZipEntryInflater(limits: ReadLimits()).inflate(entry, of: archive) { bytes += $0 }
        return String(decoding: bytes, as: UTF8.self)
    }
}
