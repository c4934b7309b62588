/// Validates UTF-8 a chunk at a time, without building strings.
///
/// Used twice: once over the whole file to decide between UTF-8 and GB18030 (``count(_:isFinal:)``), and
/// then over each chunk that is passed through unchanged (``validPrefix(_:isFinal:)``).
struct UTF8Scan {
    /// Well-formed sequences of two to four bytes seen so far.
    private(set) var multibyteSequences = 0
    /// Ill-formed sequences seen so far (each counted once, resuming at the next byte).
    private(set) var invalidSequences = 0
    /// Offset, from the first byte counted, of the first ill-formed sequence.
    private(set) var firstInvalidOffset: Int?
    private var bytesCounted = 0

    /// Counts the sequences of a chunk and returns how many bytes were taken: the rest is an incomplete
    /// sequence to be scanned again in front of the next chunk.
    mutating func count(_ bytes: UnsafeBufferPointer<UInt8>, isFinal: Bool) -> Int {
        let chunkBase = bytesCounted
        var i = 0
        var taken = bytes.count
        scan: while i < bytes.count {
            switch UTF8Scan.firstIllFormed(bytes, from: i, isFinal: isFinal, multibyte: &multibyteSequences) {
            case .end:
                break scan
            case .incomplete(let at):
                taken = at
                break scan
            case .invalid(let at):
                invalidSequences += 1
                if firstInvalidOffset == nil { firstInvalidOffset = chunkBase + at }
                i = at + 1
            }
        }
        bytesCounted = chunkBase + taken
        return taken
    }

    /// Where the well-formed UTF-8 at the start of `bytes` ends.
    enum Stop: Equatable {
        /// Every byte is well formed.
        case end
        /// An incomplete sequence starts at this offset and runs to the end of the chunk.
        case incomplete(at: Int)
        /// An ill-formed sequence starts at this offset.
        case invalid(at: Int)
    }

    /// The first place at or after `start` where `bytes` stops being well-formed UTF-8.
    static func validPrefix(_ bytes: UnsafeBufferPointer<UInt8>, isFinal: Bool) -> Stop {
        var ignored = 0
        return firstIllFormed(bytes, from: 0, isFinal: isFinal, multibyte: &ignored)
    }

    @inline(__always)
    private static func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }

    private static func firstIllFormed(_ p: UnsafeBufferPointer<UInt8>, from start: Int, isFinal: Bool,
                                       multibyte: inout Int) -> Stop {
        let n = p.count
        guard let base = p.baseAddress else { return .end }
        let raw = UnsafeRawPointer(base)
        var i = start
        while i < n {
            // ASCII fast path, eight bytes at a time.
            while i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
            }
            if i >= n { break }
            let b0 = p[i]
            if b0 < 0x80 { i += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF  // allowed range of the second byte
            switch b0 {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return .invalid(at: i)
            }
            // Check the bytes that are present; an incomplete tail is only an error at the end of the input.
            let available = min(length, n - i)
            if available >= 2 {
                let b1 = p[i + 1]
                if b1 < low || b1 > high { return .invalid(at: i) }
            }
            if available >= 3, !isContinuation(p[i + 2]) { return .invalid(at: i) }
            if available >= 4, !isContinuation(p[i + 3]) { return .invalid(at: i) }
            if available < length { return isFinal ? .invalid(at: i) : .incomplete(at: i) }
            multibyte += 1
            i += length
        }
        return .end
    }
}
