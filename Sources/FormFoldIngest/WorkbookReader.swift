import FormFoldCore

/// Whether a sheet is shown to the person who opens the workbook.
public enum SheetVisibility: String, Sendable, Hashable, Codable {
    case visible
    case hidden
    /// Hidden so that only a macro or the file's XML can show it again (`veryHidden`).
    case veryHidden
}

/// A sheet as listed in a workbook, before its rows are read.
public struct SheetInfo: Sendable, Hashable {
    /// The sheet's name; nil for a csv file, which has no sheets.
    public var name: String?
    public var visibility: SheetVisibility

    public init(name: String?, visibility: SheetVisibility = .visible) {
        self.name = name
        self.visibility = visibility
    }
}

/// What a sheet says about its layout beyond its cells, known once all rows were read.
public struct SheetLayout: Sendable, Hashable {
    /// Merged ranges, as the file records them.
    public var merges: [CellRange]
    /// False when the format cannot record merges (csv, and xls where FreeXL gives none): callers then
    /// infer group cells from blank continuation cells.
    public var mergesKnown: Bool

    public init(merges: [CellRange], mergesKnown: Bool) {
        self.merges = merges
        self.mergesKnown = mergesKnown
    }
}

/// Limits that keep a hostile or broken file from exhausting the machine.
public struct ReadLimits: Sendable, Hashable {
    /// Rows per sheet (Excel's limit).
    public var maxRows = 1_048_576
    /// Columns per sheet (Excel's limit, XFD).
    public var maxColumns = 16_384
    /// Bytes one zip entry may inflate to.
    public var maxEntryBytes: Int64 = 4 << 30
    /// Past ``ratioCheckBytes`` inflated, an entry may not inflate more than this many times its compressed size.
    public var maxCompressionRatio: Double = 400
    /// Inflated bytes after which the compression ratio is checked.
    public var ratioCheckBytes: Int64 = 64 << 20
    /// Bytes of one cell's text (Excel allows 32,767 characters).
    public var maxCellBytes = 256 * 1024
    /// Bytes of a csv or xls file.
    public var maxFileBytes: Int64 = 2 << 30

    public init() {}
}

/// Reads one spreadsheet file sheet by sheet, streaming rows in order.
///
/// A reader is used from one task. It never holds a whole sheet in memory: rows go to the
/// caller's closure as they are parsed. Every failure is an ``IngestError`` naming the file,
/// and the sheet and cell where known.
public protocol WorkbookReader: AnyObject {
    /// The file as the user named it, for messages.
    var file: String { get }
    /// The sheets in workbook order (csv: one sheet with a nil name).
    var sheets: [SheetInfo] { get }
    /// Streams the rows of the sheet at `index` (0-based, in ``sheets``) to `body`, top to bottom,
    /// skipping rows with no cells, and returns the sheet's layout.
    func readSheet(at index: Int, _ body: (SheetRow) throws -> Void) throws -> SheetLayout
}
