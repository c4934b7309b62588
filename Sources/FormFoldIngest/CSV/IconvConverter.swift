#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One conversion to UTF-8 through the C library's iconv, fed a chunk at a time.
///
/// Foundation on Linux has no GB18030 encoding, but glibc's iconv converts it (and GBK and GB2312, its subsets).
/// The class owns the `iconv_t` and closes it when released; use it from one task.
final class IconvConverter {
    /// How a call to ``convert(_:isFinal:appendingTo:)`` ended.
    enum Outcome: Equatable {
        /// Every byte was converted.
        case complete
        /// The chunk ends inside a character; the bytes from `consumed` on belong in front of the next chunk.
        case incompleteTail
        /// The bytes at `consumed` are not valid in the source encoding.
        case invalid
    }

    private let handle: iconv_t
    private var output: [UInt8]

    /// Opens a converter from the iconv encoding `source` (such as `GB18030` or `UTF-16LE`) to UTF-8;
    /// nil when the C library does not know the encoding.
    init?(from source: String) {
        guard let handle = iconv_open("UTF-8", source), Int(bitPattern: handle) != -1 else { return nil }
        self.handle = handle
        output = []
    }

    deinit { iconv_close(handle) }

    /// Converts `input` and appends the UTF-8 to `text`. Returns how many input bytes were converted and why it stopped.
    func convert(_ input: UnsafeBufferPointer<UInt8>, appendingTo text: inout [UInt8]) -> (consumed: Int, outcome: Outcome) {
        guard let base = input.baseAddress, !input.isEmpty else { return (0, .complete) }
        // Two bytes of UTF-8 per input byte is enough for GB18030 and UTF-16; E2BIG is still handled.
        let capacity = input.count * 2 + 64
        if output.count < capacity { output = [UInt8](repeating: 0, count: capacity) }
        var consumed = 0
        while true {
            var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: base + consumed)
                .assumingMemoryBound(to: CChar.self)
            var inLeft = input.count - consumed
            let (result, produced, code): (Int, Int, Int32) = output.withUnsafeMutableBufferPointer { out in
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(out.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = out.count
                let r = iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
                return (r, out.count - outLeft, r == -1 ? errno : 0)
            }
            text.append(contentsOf: output[0..<produced])
            consumed = input.count - inLeft
            if result != -1 { return (consumed, .complete) }
            switch code {
            case E2BIG: continue
            case EINVAL: return (consumed, .incompleteTail)
            default: return (consumed, .invalid)
            }
        }
    }
}
