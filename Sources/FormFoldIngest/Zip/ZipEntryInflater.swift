import CZlib
import FormFoldCore

/// Streams one zip entry's inflated bytes chunk by chunk, guarding against zip bombs and damage.
///
/// Counts the bytes it actually produces (declared sizes are never trusted), stops once an entry
/// passes ``ReadLimits/maxEntryBytes`` or, past ``ReadLimits/ratioCheckBytes``, inflates to more
/// than ``ReadLimits/maxCompressionRatio`` times the compressed bytes read, and checks the CRC-32
/// at the end. Every loop step consumes input, produces output or stops, so it cannot hang.
struct ZipEntryInflater {
    var limits: ReadLimits
    var inputChunk = 64 * 1024
    var outputChunk = 256 * 1024

    /// Inflates `entry` of `archive`, handing each chunk of output to `body` in order.
    func inflate(_ entry: ZipEntry, of archive: ZipArchive,
                 _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        guard !entry.isEncrypted else {
            throw ZipFailure("\(entry.path) is encrypted: remove the password in Excel and save the file again")
        }
        let start = try archive.dataOffset(of: entry)
        switch entry.method {
        case 0: try copyStored(entry, from: archive.source, at: start, body)
        case 8: try inflateDeflated(entry, from: archive.source, at: start, body)
        default:
            throw ZipFailure("\(entry.path) uses zip compression method \(entry.method), which xlsx files do not use; open the file in Excel and save it again")
        }
    }

    private func copyStored(_ entry: ZipEntry, from source: any ZipByteSource, at start: Int64,
                            _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        guard Int64(entry.compressedSize) <= limits.maxEntryBytes else { throw tooLarge(entry) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: outputChunk, alignment: 16)
        defer { buffer.deallocate() }
        var done: Int64 = 0
        var crc: UInt = 0
        while done < entry.compressedSize {
            let want = Int(min(Int64(outputChunk), entry.compressedSize - done))
            let got = try source.read(at: start + done, into: UnsafeMutableRawBufferPointer(rebasing: buffer[0..<want]))
            guard got == want else { throw truncated(entry) }
            let bytes = UnsafeBufferPointer(start: buffer.baseAddress?.assumingMemoryBound(to: UInt8.self), count: got)
            crc = crc32(crc, bytes.baseAddress, UInt32(got))
            done += Int64(got)
            try body(bytes)
        }
        guard UInt32(truncatingIfNeeded: crc) == entry.crc32 else { throw crcMismatch(entry) }
    }

    private func inflateDeflated(_ entry: ZipEntry, from source: any ZipByteSource, at start: Int64,
                                 _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer { stream.deallocate() }
        guard inflateInit2_(stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw ZipFailure("could not start zlib to inflate \(entry.path)")
        }
        defer { inflateEnd(stream) }
        let input = UnsafeMutablePointer<UInt8>.allocate(capacity: inputChunk)
        let output = UnsafeMutablePointer<UInt8>.allocate(capacity: outputChunk)
        defer { input.deallocate(); output.deallocate() }

        var readSoFar: Int64 = 0
        var produced: Int64 = 0
        var crc: UInt = 0
        var finished = false
        while !finished {
            if stream.pointee.avail_in == 0 {
                let want = Int(min(Int64(inputChunk), entry.compressedSize - readSoFar))
                guard want > 0 else { throw truncated(entry) }
                let got = try source.read(at: start + readSoFar, into: UnsafeMutableRawBufferPointer(start: input, count: want))
                guard got == want else { throw truncated(entry) }
                readSoFar += Int64(got)
                stream.pointee.next_in = input
                stream.pointee.avail_in = UInt32(got)
            }
            stream.pointee.next_out = output
            stream.pointee.avail_out = UInt32(outputChunk)
            let inBefore = stream.pointee.avail_in
            let result = CZlib.inflate(stream, Z_NO_FLUSH)
            switch result {
            case Z_STREAM_END: finished = true
            case Z_OK: break
            case Z_BUF_ERROR: break  // no progress possible with this input; more is read above or we stop
            default: throw damagedData(entry)
            }
            let count = outputChunk - Int(stream.pointee.avail_out)
            if count == 0, stream.pointee.avail_in == inBefore, !finished, stream.pointee.avail_in != 0 {
                throw damagedData(entry)  // neither input consumed nor output produced: stop rather than spin
            }
            guard count > 0 else { continue }
            produced += Int64(count)
            if produced > limits.maxEntryBytes { throw tooLarge(entry) }
            if produced > limits.ratioCheckBytes,
               Double(produced) > Double(max(readSoFar, 1)) * limits.maxCompressionRatio {
                throw ZipFailure("\(entry.path) inflates past \(Self.format(limits.maxCompressionRatio))× its compressed size: refusing a possible zip bomb")
            }
            crc = crc32(crc, output, UInt32(count))
            try body(UnsafeBufferPointer(start: output, count: count))
        }
        guard UInt32(truncatingIfNeeded: crc) == entry.crc32 else { throw crcMismatch(entry) }
    }

    private func tooLarge(_ entry: ZipEntry) -> ZipFailure {
        ZipFailure("\(entry.path) inflates to more than \(limits.maxEntryBytes) bytes: refusing it as too large (a possible zip bomb)")
    }

    private func truncated(_ entry: ZipEntry) -> ZipFailure {
        ZipFailure("the compressed data of \(entry.path) ends early: the file is truncated or damaged; download or copy it again")
    }

    private func damagedData(_ entry: ZipEntry) -> ZipFailure {
        ZipFailure("the compressed data of \(entry.path) is damaged and cannot be inflated; open the file in Excel and save it again, or get a fresh copy")
    }

    private func crcMismatch(_ entry: ZipEntry) -> ZipFailure {
        ZipFailure("\(entry.path) fails its CRC-32 check: the file is damaged; download or copy it again")
    }

    private static func format(_ ratio: Double) -> String {
        ratio == ratio.rounded() && abs(ratio) < 1e15 ? String(Int64(ratio)) : String(ratio)
    }
}
