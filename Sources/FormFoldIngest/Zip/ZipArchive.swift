/// The directory of a zip file: which entries it holds and where their data starts.
///
/// Reads the end-of-central-directory record (with ZIP64 extensions) and the central directory;
/// entry data is streamed by ``ZipEntryInflater``. Part names are matched case-insensitively, as
/// the Open Packaging Conventions require.
final class ZipArchive {
    let source: any ZipByteSource
    private(set) var entries: [ZipEntry] = []
    private var byLowercasedPath: [String: Int] = [:]

    private static let endRecordSignature: UInt32 = 0x0605_4b50
    private static let zip64LocatorSignature: UInt32 = 0x0706_4b50
    private static let zip64EndRecordSignature: UInt32 = 0x0606_4b50
    private static let centralHeaderSignature: UInt32 = 0x0201_4b50
    private static let localHeaderSignature: UInt32 = 0x0403_4b50

    init(source: any ZipByteSource) throws(ZipFailure) {
        self.source = source
        try readDirectory()
    }

    /// The entry at `path` (case-insensitive, a leading `/` ignored).
    func entry(_ path: String) -> ZipEntry? {
        var key = path.lowercased()
        if key.hasPrefix("/") { key.removeFirst() }
        guard let i = byLowercasedPath[key] else { return nil }
        return entries[i]
    }

    /// Offset of the first byte of the entry's compressed data, from its local header.
    func dataOffset(of entry: ZipEntry) throws(ZipFailure) -> Int64 {
        let header = try source.readExactly(at: entry.localHeaderOffset, count: 30, what: "local header of \(entry.path)")
        guard Self.u32(header, 0) == Self.localHeaderSignature else {
            throw ZipFailure("the local header of \(entry.path) is damaged; the file is not a valid xlsx")
        }
        let start = entry.localHeaderOffset + 30 + Int64(Self.u16(header, 26)) + Int64(Self.u16(header, 28))
        guard start <= source.size, entry.compressedSize <= source.size - start else {
            throw ZipFailure("the data of \(entry.path) runs past the end of the file: the file is truncated; download or copy it again")
        }
        return start
    }

    // MARK: - Directory

    private func readDirectory() throws(ZipFailure) {
        let size = source.size
        guard size >= 22 else { throw try notAZip() }
        let tailCount = Int(min(size, 22 + 65_535 + 20))
        let tailStart = size - Int64(tailCount)
        let tail = try source.readExactly(at: tailStart, count: tailCount, what: "end of the zip directory")
        var found = -1
        var i = tailCount - 22
        while i >= 0 {
            if tail[i] == 0x50, tail[i + 1] == 0x4b, tail[i + 2] == 0x05, tail[i + 3] == 0x06 { found = i; break }
            i -= 1
        }
        guard found >= 0 else { throw try notAZip() }
        var entryCount = Int64(Self.u16(tail, found + 10))
        var directorySize = Int64(Self.u32(tail, found + 12))
        var directoryOffset = Int64(Self.u32(tail, found + 16))
        let endRecordOffset = tailStart + Int64(found)

        if entryCount == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF, found >= 20,
           Self.u32(tail, found - 20) == Self.zip64LocatorSignature {
            let recordOffset = Self.u64(tail, found - 20 + 8)
            guard recordOffset < UInt64(endRecordOffset) else { throw damaged("ZIP64 directory locator") }
            let record = try source.readExactly(at: Int64(recordOffset), count: 56, what: "ZIP64 directory record")
            guard Self.u32(record, 0) == Self.zip64EndRecordSignature else { throw damaged("ZIP64 directory record") }
            let count = Self.u64(record, 32), bytes = Self.u64(record, 40), offset = Self.u64(record, 48)
            guard count < UInt64(Int32.max), bytes < UInt64(Int64.max), offset < UInt64(Int64.max) else {
                throw damaged("ZIP64 directory record")
            }
            entryCount = Int64(count); directorySize = Int64(bytes); directoryOffset = Int64(offset)
        }
        guard directoryOffset >= 0, directorySize >= 0, directoryOffset <= size,
              directorySize <= size - directoryOffset else {
            throw ZipFailure("the zip directory lies past the end of the file: the file is truncated; download or copy it again")
        }
        guard directorySize <= 256 << 20 else { throw damaged("zip directory (it claims more than 256 MB)") }
        let directory = try source.readExactly(at: directoryOffset, count: Int(directorySize), what: "zip directory")
        try parseDirectory(directory, expectedCount: entryCount)
    }

    private func parseDirectory(_ d: [UInt8], expectedCount: Int64) throws(ZipFailure) {
        var p = 0
        while p + 46 <= d.count, Self.u32(d, p) == Self.centralHeaderSignature {
            let flags = Self.u16(d, p + 8)
            let method = Self.u16(d, p + 10)
            let crc = Self.u32(d, p + 16)
            var compressed = Int64(Self.u32(d, p + 20))
            var declared = Int64(Self.u32(d, p + 24))
            let nameLength = Int(Self.u16(d, p + 28))
            let extraLength = Int(Self.u16(d, p + 30))
            let commentLength = Int(Self.u16(d, p + 32))
            var localOffset = Int64(Self.u32(d, p + 42))
            let nameStart = p + 46
            let extraStart = nameStart + nameLength
            let next = extraStart + extraLength + commentLength
            guard next <= d.count else { throw damaged("zip directory") }
            // ZIP64 extended information: the 64-bit values present are those whose 32-bit field is all ones.
            var e = extraStart
            while e + 4 <= extraStart + extraLength {
                let id = Self.u16(d, e), length = Int(Self.u16(d, e + 2))
                let body = e + 4
                guard body + length <= extraStart + extraLength else { break }
                if id == 1 {
                    var q = body
                    func take() -> Int64? {
                        guard q + 8 <= body + length else { return nil }
                        let v = Self.u64(d, q); q += 8
                        return v < UInt64(Int64.max) ? Int64(v) : nil
                    }
                    if declared == 0xFFFF_FFFF { declared = take() ?? declared }
                    if compressed == 0xFFFF_FFFF { compressed = take() ?? compressed }
                    if localOffset == 0xFFFF_FFFF { localOffset = take() ?? localOffset }
                }
                e = body + length
            }
            var path = String(decoding: d[nameStart..<extraStart], as: UTF8.self)
            path = path.replacingBackslashes()
            let entry = ZipEntry(path: path, method: method, flags: flags, crc32: crc,
                                 compressedSize: compressed, declaredSize: declared, localHeaderOffset: localOffset)
            var key = path.lowercased()
            if key.hasPrefix("/") { key.removeFirst() }
            if byLowercasedPath[key] == nil {
                byLowercasedPath[key] = entries.count
            }
            entries.append(entry)
            p = next
        }
        if entries.isEmpty, expectedCount > 0 { throw damaged("zip directory") }
    }

    /// The error for a file without an end-of-directory record, naming what it most likely is.
    private func notAZip() throws(ZipFailure) -> ZipFailure {
        let headCount = Int(min(source.size, 8))
        let head = try source.readExactly(at: 0, count: headCount, what: "file header")
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            return ZipFailure("this is not an xlsx (zip) file but an OLE2 file: either a legacy .xls renamed to .xlsx or a password-protected workbook; open it in Excel and save it as .xlsx without a password")
        }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return ZipFailure("the file starts like a zip but its directory at the end is missing: it is truncated (an incomplete download or copy); get the file again")
        }
        if source.size == 0 {
            return ZipFailure("the file is empty (0 bytes); get the file again")
        }
        return ZipFailure("this is not an xlsx file: an xlsx is a zip archive and this file is not one (maybe a csv, html or xls file renamed to .xlsx); open it in Excel and save it as .xlsx")
    }

    private func damaged(_ what: String) -> ZipFailure {
        ZipFailure("the \(what) is damaged: the file is not a valid xlsx; open it in Excel and save it again")
    }

    // MARK: - Little-endian fields (callers check bounds)

    static func u16(_ b: [UInt8], _ i: Int) -> UInt16 {
        UInt16(b[i]) | UInt16(b[i + 1]) << 8
    }

    static func u32(_ b: [UInt8], _ i: Int) -> UInt32 {
        UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24
    }

    static func u64(_ b: [UInt8], _ i: Int) -> UInt64 {
        UInt64(u32(b, i)) | UInt64(u32(b, i + 4)) << 32
    }
}

private extension String {
    func replacingBackslashes() -> String {
        guard utf8.contains(UInt8(ascii: "\\")) else { return self }
        return String(map { $0 == "\\" ? "/" : $0 })
    }
}
