import Foundation
import FormFoldCore

/// Reads a csv (or tab- or semicolon-separated) file as one sheet with no name, streaming its rows.
///
/// - Encoding: UTF-8 with or without a byte-order mark, UTF-16LE or UTF-16BE with a mark, otherwise GB18030
///   (which covers GBK and GB2312) when the bytes are not UTF-8; see ``CSVEncoding``.
/// - Delimiter: comma, tab or semicolon, whichever splits the first lines most consistently; see ``CSVDelimiter``.
/// - Quoting: RFC 4180 (quoted delimiters, doubled quotes, line breaks inside quotes); CRLF, LF and CR line ends.
/// - Values: every non-empty field is ``CellValue/text(_:)`` exactly as written (no trimming, no number parsing:
///   type inference happens in the core). Trailing empty fields are dropped and blank records are skipped,
///   though they keep their row number.
///
/// The file is read in chunks of 1 MB; only the record being parsed is held. Errors name the row and cell:
/// an unclosed quote, bytes that are not text in the file's encoding, more rows or fields than ``ReadLimits``
/// allows.
///
/// ```swift
/// let reader = try CSVReader(url: url, displayName: "返乡人员.csv")
/// _ = try reader.readSheet(at: 0) { row in print(row.index, row.cells) }
/// ```
public final class CSVReader: WorkbookReader {
    public let file: String
    public let sheets: [SheetInfo] = [SheetInfo(name: nil)]
    /// The encoding detected when the reader was made.
    public let encoding: CSVEncoding
    /// The delimiter detected from the first lines when the reader was made.
    public let delimiter: CSVDelimiter

    private let openSource: () throws -> CSVByteSource
    private let markLength: Int
    private let limits: ReadLimits
    private let chunkSize: Int

    /// Opens the csv file at `url`; `displayName` is how messages name it.
    public convenience init(url: URL, displayName: String, limits: ReadLimits = ReadLimits()) throws {
        let path = url.path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw IngestError(file: displayName, message: "the file does not exist")
        }
        if isFolder.boolValue { throw IngestError(file: displayName, message: "is a folder, not a csv file") }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value ?? 0
        try self.init(size: size, displayName: displayName, limits: limits, chunkSize: 1 << 20) {
            try CSVByteSource(path: path)
        }
    }

    /// Reads csv bytes already in memory; `displayName` is how messages name them.
    public convenience init(data: Data, displayName: String, limits: ReadLimits = ReadLimits()) throws {
        try self.init(size: Int64(data.count), displayName: displayName, limits: limits, chunkSize: 1 << 20) {
            CSVByteSource(data: data)
        }
    }

    /// The designated initialiser; `chunkSize` is small in tests, to cut records and characters at chunk edges.
    init(size: Int64, displayName: String, limits: ReadLimits, chunkSize: Int,
         source: @escaping () throws -> CSVByteSource) throws {
        file = displayName
        self.limits = limits
        self.chunkSize = max(chunkSize, 16)
        openSource = source
        if size > limits.maxFileBytes {
            throw IngestError(file: displayName, message: "the file is \(size) bytes, more than the \(limits.maxFileBytes) "
                + "a csv file may have")
        }
        let detection: CSVEncoding.Detection
        do {
            detection = try CSVEncoding.detect(in: source(), chunkSize: self.chunkSize)
        } catch {
            throw IngestError(file: displayName, message: "cannot be read: \(error)")
        }
        encoding = detection.encoding
        markLength = detection.markLength
        var sample: [UInt8] = []
        _ = try Self.stream(source: source, encoding: encoding, markLength: markLength, chunkSize: self.chunkSize,
                            file: displayName) { text, _ in
            sample = Array(text)
            return -1  // the first chunk is enough
        }
        delimiter = sample.withUnsafeBufferPointer { CSVDelimiter.detect(in: $0) }
    }

    public func readSheet(at index: Int, _ body: (SheetRow) throws -> Void) throws -> SheetLayout {
        guard index == 0 else {
            throw IngestError(file: file, message: "a csv file has one sheet; there is no sheet \(index + 1)")
        }
        var parser = CSVRecordParser(delimiter: delimiter, limits: limits, file: file)
        try Self.stream(source: openSource, encoding: encoding, markLength: markLength, chunkSize: chunkSize,
                        file: file) { text, isFinal in
            try parser.parse(text, isFinal: isFinal, body)
        } whenUndecodable: { partial, failure in
            // Every complete record before the bad bytes was given out; name the place in the record they cut.
            let (row, column, line) = parser.position(atEndOf: partial)
            let encoding = self.encoding
            let place = "row \(row) (line \(line))"
            let message = failure == .truncated
                ? "the file ends in the middle of a character, in \(place)"
                    + (encoding == .utf8 ? "" : "; a \(encoding.rawValue) file must have an even number of bytes")
                : "\(place) holds bytes that are not \(Self.encodingsTried(encoding))"
            return IngestError(file: self.file, cell: CellReference(row: row, column: column).description,
                               message: message + ". Save the file again as UTF-8 csv.")
        }
        return SheetLayout(merges: [], mergesKnown: false)
    }

    /// The encodings a reader tried, for a message: the file's own, and GB18030 when the bytes were not UTF-8.
    private static func encodingsTried(_ encoding: CSVEncoding) -> String {
        switch encoding {
        case .gb18030: return "text in UTF-8 or GB18030 (GBK)"
        case .utf8: return "UTF-8 text (the rest of the file is UTF-8)"
        case .utf16LittleEndian, .utf16BigEndian: return "\(encoding.rawValue) text"
        }
    }

    /// Reads the source and decodes it, handing the decoded text to `consume` chunk by chunk.
    ///
    /// `consume` gets the text not yet consumed (what it left last time, then the new text) and returns how many
    /// bytes it consumed, or -1 to stop; with `isFinal` it must consume all. When bytes cannot be
    /// decoded, the text before them is consumed first, then `whenUndecodable` makes the error from what is left.
    @discardableResult
    private static func stream(
        source: () throws -> CSVByteSource, encoding: CSVEncoding, markLength: Int,
        chunkSize: Int, file: String,
        consume: (UnsafeBufferPointer<UInt8>, Bool) throws -> Int,
        whenUndecodable: ((UnsafeBufferPointer<UInt8>, CSVTextDecoder.Failure) -> IngestError)? = nil
    ) throws -> Bool {
        guard let decoder = CSVTextDecoder(encoding: encoding) else {
            throw IngestError(file: file, message: "this system's iconv cannot convert \(encoding.rawValue)")
        }
        let input: CSVByteSource
        do { input = try source() } catch { throw IngestError(file: file, message: "cannot be read: \(error)") }
        var raw = [UInt8](repeating: 0, count: chunkSize + 8)
        var carried = 0
        var skip = markLength
        var text: [UInt8] = []
        text.reserveCapacity(chunkSize * 2)
        while true {
            let read: Int
            do {
                read = try raw.withUnsafeMutableBytes { all throws in
                    try input.read(into: UnsafeMutableRawBufferPointer(rebasing: all[carried..<(carried + chunkSize)]))
                }
            } catch {
                throw IngestError(file: file, message: "cannot be read: \(error)")
            }
            let available = carried + read
            let isFinal = read == 0
            let start = min(skip, available)
            skip -= start
            let (decoded, failure) = raw.withUnsafeBufferPointer { all in
                decoder.decode(UnsafeBufferPointer(rebasing: all[start..<available]), isFinal: isFinal, appendingTo: &text)
            }
            let textIsFinal = isFinal && failure == nil
            let used = try text.withUnsafeBufferPointer { try consume($0, textIsFinal) }
            if used < 0 { return false }
            text.removeSubrange(0..<used)
            if let failure {
                let error = text.withUnsafeBufferPointer { whenUndecodable?($0, failure) }
                if let error { throw error }
                return false
            }
            if isFinal { return true }
            carried = available - start - decoded
            if carried > 0 {
                let from = start + decoded
                for k in 0..<carried { raw[k] = raw[from + k] }
            }
        }
    }
}
