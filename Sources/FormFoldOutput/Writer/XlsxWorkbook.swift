import CXlsxWriter
import Foundation

/// An xlsx workbook being written through libxlsxwriter.
///
/// Add sheets, write to them, then ``close()``: only then is the file written. A workbook dropped without
/// closing is closed by `deinit` (errors ignored), so no libxlsxwriter handle, temporary file or descriptor
/// outlives it; call ``close()`` yourself to learn whether the file was written. After closing, every call on
/// the workbook, its sheets and its charts throws ``XlsxError/Kind/closed``.
///
/// Not thread-safe: use a workbook, its sheets and charts from one task.
///
/// ```swift
/// let book = try XlsxWorkbook(path: "汇总.xlsx")
/// let sheet = try book.addWorksheet("汇总")
/// try sheet.write("姓名", row: 0, col: 0, style: CellStyle(bold: true))
/// try sheet.write(12.5, row: 1, col: 1)
/// try book.close()
/// ```
///
/// For a loop over many rows, resolve each style once with ``format(_:)`` and write with the sheet's `format:`
/// overloads (see ``XlsxFormat``): the cells are the same, without looking a style up per cell.
///
/// **Constant-memory mode** (`constantMemory: true`) keeps memory flat for large sheets: each row goes to a
/// temporary file once a later row is started. Rows must then be written top to bottom: writing a cell, a
/// merged range or a row setting on an earlier row throws ``XlsxError/Kind/rowOrder``. Write the title and
/// header rows first (for a two-row header: the first row's merges, then the vertical merges, then the second
/// row's cells), then the data. Strings are written inline rather than shared.
public final class XlsxWorkbook {
    /// The path the workbook is written to on ``close()``.
    public let path: String
    /// Whether rows are flushed to disk as they are finished (see the type's documentation).
    public let constantMemory: Bool
    /// True once ``close()`` ran (or failed): the handle is gone.
    public private(set) var isClosed = false
    /// The names of the sheets added so far, in order.
    public private(set) var sheetNames: [String] = []

    private var handle: UnsafeMutablePointer<lxw_workbook>?
    private var formats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]
    /// The styles looked up last and their formats (nil for ``CellStyle/plain``), newest first, at most
    /// ``recentFormatCount``: a roster's columns cycle through a few styles, which this answers without hashing.
    private var recentFormats: [(style: CellStyle, format: UnsafeMutablePointer<lxw_format>?)] = []
    private static let recentFormatCount = 4
    /// This workbook's identity in the ``XlsxFormat``s it makes.
    let formatOwner = FormatOwner()
    private var propertiesSet = false
    /// The sheets, held weakly (each sheet holds its workbook), to finish their deferred merge cells on close.
    private var sheets: [WeakSheet] = []

    /// Starts a workbook to be written to `path`.
    ///
    /// - Parameters:
    ///   - path: the xlsx file to write; its folder must exist (checked now, so the mistake shows before any
    ///     work is done). An existing file is replaced on ``close()``.
    ///   - constantMemory: write rows to disk as they are finished; rows must then come in order.
    ///   - tempDirectory: where libxlsxwriter keeps its temporary files (default: the system's).
    /// - Throws: ``XlsxError`` of kind ``XlsxError/Kind/path`` when the folder or the temporary folder does
    ///   not exist.
    public init(path: String, constantMemory: Bool = false, tempDirectory: String? = nil) throws {
        self.path = path
        self.constantMemory = constantMemory
        let folder = (path as NSString).deletingLastPathComponent
        try Self.requireFolder(folder.isEmpty ? "." : folder, for: path, what: "the folder of the output file")
        if let tempDirectory {
            try Self.requireFolder(tempDirectory, for: path, what: "the temporary folder")
        }
        let bag = CStringBag()
        var options = lxw_workbook_options()
        options.constant_memory = constantMemory ? 1 : 0
        options.tmpdir = bag.copy(tempDirectory)
        options.use_zip64 = 0
        handle = withExtendedLifetime(bag) { path.withCString { workbook_new_opt($0, &options) } }
        guard handle != nil else {
            isClosed = true
            throw XlsxError(kind: .library, message: "libxlsxwriter could not create the workbook (out of memory)",
                            action: "creating the workbook", file: path)
        }
    }

    deinit {
        if let handle { _ = workbook_close(handle) }
    }

    /// Adds a sheet named `name`.
    ///
    /// - Throws: ``XlsxError/Kind/sheetName`` for an empty name, one over 31 characters, one holding any of
    ///   `[ ] : * ? / \`, starting or ending with an apostrophe, or already used (case-insensitive).
    public func addWorksheet(_ name: String) throws -> XlsxWorksheet {
        let action = "adding sheet 「\(name)」"
        let book = try open(action)
        if let problem = Self.sheetNameProblem(name) {
            throw XlsxError(kind: .sheetName, message: problem, action: action, file: path,
                            hint: "choose a name of 1 to 31 characters without [ ] : * ? / \\")
        }
        let check = name.withCString { workbook_validate_sheet_name(book, $0) }
        guard check.isSuccess else {
            var error = XlsxError.library(check, action: action, file: path,
                                          hint: "choose a name of 1 to 31 characters without [ ] : * ? / \\, not used yet")
            error.kind = .sheetName
            throw error
        }
        guard let sheet = name.withCString({ workbook_add_worksheet(book, $0) }) else {
            throw XlsxError(kind: .library, message: constantMemory
                                ? "libxlsxwriter could not create the sheet's temporary file"
                                : "libxlsxwriter could not create the sheet (out of memory)",
                            action: action, file: path,
                            hint: constantMemory ? "check that the temporary folder exists and is writable" : nil)
        }
        sheetNames.append(name)
        let added = XlsxWorksheet(workbook: self, handle: sheet, name: name)
        sheets.append(WeakSheet(sheet: added))
        return added
    }

    /// Defines a workbook-wide name, such as `汇总数据` for `=汇总!$A$1:$F$20`, or a sheet-local one when
    /// `name` is written `汇总!打印区域`.
    ///
    /// libxlsxwriter 1.1.4 keeps names and formulas in 128-byte buffers and cuts longer ones mid-character, so
    /// the name and the formula may each hold 127 bytes of UTF-8 (42 Chinese characters); longer ones are refused.
    public func defineName(_ name: String, formula: String) throws {
        let action = "defining the name 「\(name)」"
        let book = try open(action)
        if let problem = Self.definedNameProblem(name) {
            throw XlsxError(kind: .argument, message: problem, action: action, file: path,
                            hint: "start the name with a letter or _, use letters, digits, _ and . only, and make it unlike a cell (A1, R1C1)")
        }
        let body = formula.hasPrefix("=") ? formula.dropFirst() : Substring(formula)
        if name.utf8.count > Self.definedNameBytes || body.utf8.count > Self.definedNameBytes {
            throw XlsxError(kind: .argument,
                            message: "the name or its formula is longer than the \(Self.definedNameBytes) bytes of UTF-8 libxlsxwriter keeps",
                            action: action, file: path, hint: "use a shorter name (up to 42 Chinese characters) or formula")
        }
        let code = name.withCString { n in formula.withCString { f in workbook_define_name(book, n, f) } }
        guard code.isSuccess else {
            throw XlsxError.library(code, action: action, file: path,
                                    hint: "a name starts with a letter or underscore and holds no spaces; the formula starts with =")
        }
    }

    /// Sets the document properties (title, author, company…). Call it once.
    public func setProperties(_ properties: DocumentProperties) throws {
        let action = "setting the document properties"
        let book = try open(action)
        guard !propertiesSet else {
            throw XlsxError(kind: .argument, message: "the document properties were already set", action: action,
                            file: path, hint: "gather every property into one DocumentProperties and set it once")
        }
        let bag = CStringBag()
        var props = lxw_doc_properties()
        props.title = bag.copy(properties.title)
        props.subject = bag.copy(properties.subject)
        props.author = bag.copy(properties.author)
        props.manager = bag.copy(properties.manager)
        props.company = bag.copy(properties.company)
        props.category = bag.copy(properties.category)
        props.keywords = bag.copy(properties.keywords)
        props.comments = bag.copy(properties.comments)
        props.status = bag.copy(properties.status)
        let code = withExtendedLifetime(bag) { workbook_set_properties(book, &props) }
        guard code.isSuccess else { throw XlsxError.library(code, action: action, file: path) }
        propertiesSet = true
    }

    /// Adds a chart to be filled with series and placed on a sheet with ``XlsxWorksheet/insertChart(_:row:col:xScale:yScale:)``.
    public func addChart(_ kind: ChartKind) throws -> XlsxChart {
        let action = "adding a \(kind) chart"
        let book = try open(action)
        guard let chart = workbook_add_chart(book, kind.libraryValue) else {
            throw XlsxError(kind: .library, message: "libxlsxwriter could not create the chart", action: action,
                            file: path)
        }
        return XlsxChart(workbook: self, handle: chart, kind: kind)
    }

    /// Resolves `style` into this workbook's cell format once, for the `format:` overloads of
    /// ``XlsxWorksheet``'s write calls (see ``XlsxFormat``): a loop over many rows then writes each cell without
    /// looking its style up.
    ///
    /// Equal styles give the same format, shared with cells written with `style:`; ``CellStyle/plain`` gives a
    /// format that writes cells without one, as `style: nil` does. The format only works on this workbook's
    /// sheets, and until the workbook is closed.
    ///
    /// - Throws: ``XlsxError/Kind/closed`` after ``close()``; ``XlsxError/Kind/argument`` for a style
    ///   libxlsxwriter would damage (a font name or number format past its 128-byte fields).
    public func format(_ style: CellStyle) throws -> XlsxFormat {
        let action = "making a cell format"
        _ = try open(action)
        do {
            return XlsxFormat(style: style, pointer: try format(for: style), owner: formatOwner)
        } catch var error as XlsxError {
            error.action = action
            throw error
        }
    }

    /// Writes the file and frees every libxlsxwriter resource. Call it exactly once; later calls, and every
    /// call on the workbook's sheets and charts, throw ``XlsxError/Kind/closed``.
    ///
    /// The handle is freed even when writing fails.
    public func close() throws {
        let book = try open("closing the workbook")
        var unfinished: (any Error)?
        for entry in sheets {
            do { try entry.sheet?.finishDeferredCells() } catch { unfinished = unfinished ?? error }
        }
        sheets = []
        handle = nil
        isClosed = true
        formats = [:]
        recentFormats = []
        let code = workbook_close(book)
        guard code.isSuccess else {
            var hint: String?
            if code == LXW_ERROR_CREATING_XLSX_FILE {
                hint = "check that \(path) can be written: its folder exists, you may write there, and the file is not open in Excel"
            } else if code == LXW_ERROR_CREATING_TMPFILE {
                hint = "check that the temporary folder exists and has room"
            }
            throw XlsxError.library(code, action: "writing \(path)", file: path, hint: hint)
        }
        if let unfinished { throw unfinished }
    }

    // MARK: - Internals shared with sheets and charts

    /// The live handle, or a ``XlsxError/Kind/closed`` error naming `action`.
    func open(_ action: @autoclosure () -> String, sheet: String? = nil) throws -> UnsafeMutablePointer<lxw_workbook> {
        guard let handle else {
            throw XlsxError(kind: .closed, message: "the workbook was already closed", action: action(), file: path,
                            sheet: sheet, hint: "write everything before calling close()")
        }
        return handle
    }

    /// The libxlsxwriter format for `style`, made on first use and reused after; nil for no style.
    ///
    /// Throws a bare ``XlsxError/Kind/argument`` error (no sheet or cell) for a style libxlsxwriter would
    /// damage: a font name or number format past its 128-byte fields.
    func format(for style: CellStyle?) throws -> UnsafeMutablePointer<lxw_format>? {
        guard let style, let handle else { return nil }
        // Cells come in runs of a few styles: the last ones answer most lookups without hashing the style
        // (`==` on equal strings of one storage is a pointer comparison).
        let hit = recentFormats.withUnsafeBufferPointer { recent in
            // Indexing the buffer compares the styles in place, without copying them.
            recent.indices.first { recent[$0].style == style }.map { recent[$0].format }
        }
        if let hit { return hit }
        let made: UnsafeMutablePointer<lxw_format>?
        if style == .plain {
            made = nil
        } else if let known = formats[style] {
            made = known
        } else {
            if let problem = style.libraryProblem {
                throw XlsxError(kind: .argument, message: problem, action: "using a cell style", file: path)
            }
            guard let added = workbook_add_format(handle) else { return nil }
            style.apply(to: added)
            formats[style] = added
            made = added
        }
        if recentFormats.count == Self.recentFormatCount { recentFormats.removeLast() }
        recentFormats.insert((style, made), at: 0)
        return made
    }

    /// Bytes libxlsxwriter keeps of a defined name and of its formula (`LXW_DEFINED_NAME_LENGTH` − 1).
    static let definedNameBytes = Int(LXW_DEFINED_NAME_LENGTH) - 1

    /// Why Excel would refuse `name` (after an optional `sheet!` prefix) as a defined name, or nil.
    /// libxlsxwriter 1.1.4 passes a name with a space, which Excel then "repairs" away.
    static func definedNameProblem(_ name: String) -> String? {
        let local = name.split(separator: "!", maxSplits: 1, omittingEmptySubsequences: false)
        let bare = local.count == 2 ? local[1] : Substring(name)
        guard let first = bare.first else { return "a defined name cannot be empty" }
        guard first.isLetter || first == "_" || first == "\\" else {
            return "the name 「\(bare)」 does not start with a letter or _"
        }
        if let bad = bare.first(where: { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "\\") }) {
            return "the name 「\(bare)」 holds 「\(bad)」, which Excel does not allow in names"
        }
        let upper = bare.uppercased()
        let letters = upper.prefix { ("A"..."Z").contains($0) }
        let digits = upper.dropFirst(letters.count)
        if (1...3).contains(letters.count), !digits.isEmpty, digits.allSatisfy({ ("0"..."9").contains($0) }) {
            return "the name 「\(bare)」 reads as a cell reference"
        }
        if upper == "R" || upper == "C" || (upper.hasPrefix("R") && upper.dropFirst().allSatisfy { ("0"..."9").contains($0) || $0 == "C" }) {
            return "the name 「\(bare)」 reads as an R1C1 reference"
        }
        return nil
    }

    static func sheetNameProblem(_ name: String) -> String? {
        if name.isEmpty { return "a sheet name cannot be empty" }
        if name.unicodeScalars.count > SheetLimits.sheetNameLength {
            return "the sheet name 「\(name)」 has \(name.unicodeScalars.count) characters; Excel allows 31"
        }
        if let bad = name.first(where: { SheetLimits.forbiddenSheetNameCharacters.contains($0) }) {
            return "the sheet name 「\(name)」 holds 「\(bad)」, which Excel does not allow"
        }
        if name.hasPrefix("'") || name.hasSuffix("'") {
            return "the sheet name 「\(name)」 starts or ends with an apostrophe, which Excel does not allow"
        }
        if name.contains("\0") { return "the sheet name holds a NUL character" }
        return nil
    }

    private static func requireFolder(_ folder: String, for path: String, what: String) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw XlsxError(kind: .path, message: "\(what) \(folder) does not exist", action: "creating \(path)",
                            file: path, hint: "create the folder first or choose another path")
        }
    }
}

/// A sheet the workbook refers to without keeping it alive.
private struct WeakSheet {
    weak var sheet: XlsxWorksheet?
}
