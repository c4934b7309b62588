import Foundation
import FormFoldCore

/// Reads an Excel `.xlsx` workbook, streaming each sheet's rows without holding the sheet in memory.
///
/// The zip is read entry by entry and each worksheet part is inflated and tokenized chunk by
/// chunk; rows reach the caller's closure as their `</row>` is parsed. Shared strings are held in
/// one compact byte buffer. Numbers in date and time formats arrive as ``CellValue/date(_:)``
/// (1900 or 1904 date system as the workbook says). Merged ranges come back in the
/// ``SheetLayout``. Chart and dialog sheets are listed but have no rows.
///
/// Hostile files fail with an ``IngestError`` instead of exhausting the machine: DTDs and entity
/// declarations are refused, zip entries are capped by ``ReadLimits`` (size and compression
/// ratio, counted on the bytes actually inflated), and sheets past Excel's limits are rejected.
///
/// ```swift
/// let reader = try XLSXReader(url: url, displayName: "报表.xlsx")
/// for (i, sheet) in reader.sheets.enumerated() where sheet.visibility == .visible {
///     let layout = try reader.readSheet(at: i) { row in print(row.index, row.cells) }
///     print(layout.merges)
/// }
/// ```
public final class XLSXReader: WorkbookReader {
    /// The file as the user named it, for messages.
    public let file: String
    /// The sheets in workbook order, with their names and visibility.
    public let sheets: [SheetInfo]
    /// True when the workbook counts dates from 1904 (`<workbookPr date1904="1"/>`).
    public let usesDateSystem1904: Bool

    private let archive: ZipArchive
    private let limits: ReadLimits
    private let workbookPath: String
    private let workbookRelationships: RelationshipList
    private let sheetRelationshipIDs: [String]
    private var sharedParts: (strings: SharedStringTable, styles: StyleTable)?

    /// Opens the workbook at `url`.
    ///
    /// - Parameters:
    ///   - url: A file URL.
    ///   - displayName: The name shown in messages, usually the file name the user gave.
    ///   - limits: Caps that keep hostile files from exhausting the machine.
    /// - Throws: ``IngestError`` when the file is not a readable xlsx.
    public convenience init(url: URL, displayName: String, limits: ReadLimits = ReadLimits()) throws(IngestError) {
        let source: ZipFileBytes
        do {
            source = try ZipFileBytes(path: url.path)
        } catch {
            throw IngestError(file: displayName, message: error.message)
        }
        try self.init(source: source, displayName: displayName, limits: limits)
    }

    /// Opens a workbook held in memory, such as an upload.
    ///
    /// - Throws: ``IngestError`` when the bytes are not a readable xlsx.
    public convenience init(data: Data, displayName: String, limits: ReadLimits = ReadLimits()) throws(IngestError) {
        try self.init(source: ZipMemoryBytes(data: data), displayName: displayName, limits: limits)
    }

    init(source: any ZipByteSource, displayName: String, limits: ReadLimits) throws(IngestError) {
        file = displayName
        self.limits = limits
        do {
            archive = try ZipArchive(source: source)
        } catch {
            throw IngestError(file: displayName, message: error.message)
        }

        // The package relationships name the workbook part; xl/workbook.xml is the usual place.
        var workbook = "xl/workbook.xml"
        if let packageRels = archive.entry("_rels/.rels") {
            var list = RelationshipList(part: XLSXPart(file: displayName, path: packageRels.path), folder: "")
            try Self.scan(packageRels, of: archive, limits: limits, part: XLSXPart(file: displayName, path: packageRels.path), into: &list)
            if let office = list.relationships.first(where: { $0.kind == "officeDocument" && !$0.isExternal }),
               archive.entry(office.path) != nil {
                workbook = office.path
            }
        }
        guard let workbookEntry = archive.entry(workbook) else {
            throw IngestError(file: displayName, message: "the zip has no workbook part (xl/workbook.xml): it is not an Excel workbook, or it is damaged; open it in Excel and save it as .xlsx")
        }
        workbookPath = workbookEntry.path
        let workbookPart = XLSXPart(file: displayName, path: workbookEntry.path)
        var listing = WorkbookListing(part: workbookPart)
        try Self.scan(workbookEntry, of: archive, limits: limits, part: workbookPart, into: &listing)

        let relsPath = PartPath.relationships(of: workbookEntry.path)
        var rels = RelationshipList(part: XLSXPart(file: displayName, path: relsPath), folder: PartPath.folder(of: workbookEntry.path))
        if let relsEntry = archive.entry(relsPath) {
            try Self.scan(relsEntry, of: archive, limits: limits, part: XLSXPart(file: displayName, path: relsPath), into: &rels)
        }
        workbookRelationships = rels
        sheets = listing.sheets.map { SheetInfo(name: $0.name, visibility: $0.visibility) }
        sheetRelationshipIDs = listing.sheets.map(\.relationshipID)
        usesDateSystem1904 = listing.uses1904
    }

    /// Streams the rows of the sheet at `index` to `body`, top to bottom, skipping empty rows and
    /// trimming trailing empty cells, and returns its merged ranges.
    ///
    /// Chart and dialog sheets give no rows. Rows are handed on as they are parsed; an error thrown
    /// by `body` stops the read and is rethrown.
    public func readSheet(at index: Int, _ body: (SheetRow) throws -> Void) throws -> SheetLayout {
        guard sheets.indices.contains(index) else {
            throw IngestError(file: file, message: "there is no sheet number \(index + 1): the workbook has \(sheets.count) sheet(s)")
        }
        let name = sheets[index].name ?? ""
        guard let relationship = workbookRelationships.relationship(id: sheetRelationshipIDs[index]) else {
            throw IngestError(file: file, sheet: name, message: "the workbook lists this sheet but has no part for it (relationship \(sheetRelationshipIDs[index]) is missing): the file is damaged; open it in Excel and save it again")
        }
        guard relationship.kind == "worksheet" else {
            return SheetLayout(merges: [], mergesKnown: true)  // chartsheet, dialogsheet, macro sheet: no rows
        }
        guard let entry = archive.entry(relationship.path) else {
            throw IngestError(file: file, sheet: name, message: "the sheet's part \(relationship.path) is missing from the file: the file is damaged; open it in Excel and save it again")
        }
        let (strings, styles) = try loadSharedParts()
        let part = XLSXPart(file: file, sheet: name, path: entry.path)
        return try withoutActuallyEscaping(body) { emit in
            var parser = WorksheetParser(part: part, limits: limits, strings: strings, styles: styles,
                                         uses1904: usesDateSystem1904, emit: emit)
            try Self.stream(entry, of: archive, limits: limits, part: part, into: &parser)
            try parser.finish()
            return SheetLayout(merges: parser.merges, mergesKnown: true)
        }
    }

    // MARK: - Parts

    /// Shared strings and styles, read once on the first sheet that needs them.
    private func loadSharedParts() throws(IngestError) -> (SharedStringTable, StyleTable) {
        if let sharedParts { return sharedParts }
        func path(_ kind: String, _ fallback: String) -> ZipEntry? {
            if let r = workbookRelationships.relationships.first(where: { $0.kind == kind && !$0.isExternal }),
               let entry = archive.entry(r.path) {
                return entry
            }
            return archive.entry(PartPath.folder(of: workbookPath) + fallback)
        }
        let stringsEntry = path("sharedStrings", "sharedStrings.xml")
        let stringsPart = XLSXPart(file: file, path: stringsEntry?.path ?? "xl/sharedStrings.xml")
        var strings = SharedStringTable(part: stringsPart, maxItemBytes: limits.maxCellBytes)
        if let stringsEntry {
            try Self.scan(stringsEntry, of: archive, limits: limits, part: stringsPart, into: &strings)
        }
        let stylesEntry = path("styles", "styles.xml")
        let stylesPart = XLSXPart(file: file, path: stylesEntry?.path ?? "xl/styles.xml")
        var styles = StyleTable(part: stylesPart)
        if let stylesEntry {
            try Self.scan(stylesEntry, of: archive, limits: limits, part: stylesPart, into: &styles)
        }
        sharedParts = (strings, styles)
        return (strings, styles)
    }

    /// Inflates and tokenizes a part whose sink throws only ``IngestError``.
    private static func scan<Sink: XMLTokenSink>(_ entry: ZipEntry, of archive: ZipArchive, limits: ReadLimits,
                                                 part: XLSXPart, into sink: inout Sink) throws(IngestError) {
        do {
            try stream(entry, of: archive, limits: limits, part: part, into: &sink)
        } catch let error as IngestError {
            throw error
        } catch {
            throw part.failure("\(part.path) could not be read: \(error)")
        }
    }

    /// Inflates `entry` chunk by chunk into an ``XMLScanner`` feeding `sink`.
    private static func stream<Sink: XMLTokenSink>(_ entry: ZipEntry, of archive: ZipArchive, limits: ReadLimits,
                                                   part: XLSXPart, into sink: inout Sink) throws {
        let scanner = XMLScanner(part: part, maxTokenBytes: max(4 << 20, limits.maxCellBytes * 12))
        do {
            try ZipEntryInflater(limits: limits).inflate(entry, of: archive) { chunk in
                try scanner.feed(chunk, into: &sink)
            }
            try scanner.finish(into: &sink)
        } catch let failure as ZipFailure {
            throw part.failure(failure.message)
        }
    }
}
