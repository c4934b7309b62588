/// The text encoding of a csv file, as ``CSVReader`` detected it.
///
/// A byte-order mark decides UTF-8, UTF-16LE or UTF-16BE. Without one, a file that is well-formed UTF-8 is
/// UTF-8; otherwise it is read as GB18030, which covers GBK and GB2312 (what Excel and WPS write on a Chinese
/// Windows). A UTF-8 file with a few broken bytes stays UTF-8, so that the broken bytes are reported rather than
/// the whole file misread. Without a mark, detection reads the file through once (in chunks, keeping
/// nothing) before any row is given out.
public enum CSVEncoding: String, Sendable, Hashable, Codable {
    case utf8 = "UTF-8"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case gb18030 = "GB18030"

    /// What the detector found at the start of a file and over its bytes.
    struct Detection {
        var encoding: CSVEncoding
        /// Bytes of byte-order mark to skip.
        var markLength: Int
    }

    /// Decides the encoding of the bytes `source` yields, reading it through once in chunks of `chunkSize`.
    static func detect(in source: CSVByteSource, chunkSize: Int) throws -> Detection {
        var buffer = [UInt8](repeating: 0, count: chunkSize + 4)
        var carried = 0
        var scan = UTF8Scan()
        var first = true
        while true {
            let read = try buffer.withUnsafeMutableBytes { raw throws in
                try source.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[carried..<(carried + chunkSize)]))
            }
            let available = carried + read
            if first {
                first = false
                if available >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
                    return Detection(encoding: .utf8, markLength: 3)
                } else if available >= 2, buffer[0] == 0xFF, buffer[1] == 0xFE {
                    return Detection(encoding: .utf16LittleEndian, markLength: 2)
                } else if available >= 2, buffer[0] == 0xFE, buffer[1] == 0xFF {
                    return Detection(encoding: .utf16BigEndian, markLength: 2)
                }
            }
            let isFinal = read == 0
            let taken = buffer.withUnsafeBufferPointer { all in
                scan.count(UnsafeBufferPointer(rebasing: all[0..<available]), isFinal: isFinal)
            }
            carried = available - taken
            for k in 0..<carried { buffer[k] = buffer[taken + k] }  // at most three bytes
            if isFinal { break }
        }
        if scan.invalidSequences == 0 { return Detection(encoding: .utf8, markLength: 0) }
        // GBK text forms a well-formed UTF-8 sequence by chance for roughly one character in ten, and an
        // ill-formed one for most others; a UTF-8 file with a few damaged bytes has far more good sequences.
        if scan.multibyteSequences >= 10 * scan.invalidSequences { return Detection(encoding: .utf8, markLength: 0) }
        return Detection(encoding: .gb18030, markLength: 0)
    }
}
