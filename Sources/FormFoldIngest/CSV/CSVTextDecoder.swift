/// Turns the raw bytes of a csv file into UTF-8, chunk by chunk, for the record parser.
///
/// UTF-8 is checked and passed through; GB18030 and UTF-16 go through iconv. A character cut by the end of a
/// chunk is left unconsumed, for the caller to put in front of the next chunk.
final class CSVTextDecoder {
    /// Why decoding stopped before the end of the input.
    enum Failure: Equatable {
        /// The bytes at the stopping point are not text in the file's encoding.
        case undecodable
        /// The input ends inside a character (for UTF-16, an odd number of bytes).
        case truncated
    }

    let encoding: CSVEncoding
    private let converter: IconvConverter?

    /// Nil when the C library's iconv lacks the encoding.
    init?(encoding: CSVEncoding) {
        self.encoding = encoding
        if encoding == .utf8 {
            converter = nil
        } else {
            guard let converter = IconvConverter(from: encoding.rawValue) else { return nil }
            self.converter = converter
        }
    }

    /// Appends the UTF-8 for `bytes` to `text`; returns how many bytes were decoded and, when it stopped at bytes
    /// it cannot decode, why. Without a failure, the bytes not consumed are the start of a cut character.
    func decode(_ bytes: UnsafeBufferPointer<UInt8>, isFinal: Bool,
                appendingTo text: inout [UInt8]) -> (consumed: Int, failure: Failure?) {
        if let converter {
            let (consumed, outcome) = converter.convert(bytes, appendingTo: &text)
            switch outcome {
            case .complete: return (consumed, nil)
            case .incompleteTail: return (consumed, isFinal ? .truncated : nil)
            case .invalid: return (consumed, .undecodable)
            }
        }
        switch UTF8Scan.validPrefix(bytes, isFinal: isFinal) {
        case .end:
            text.append(contentsOf: bytes)
            return (bytes.count, nil)
        case .incomplete(let at):
            text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[0..<at]))
            return (at, nil)
        case .invalid(let at):
            text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[0..<at]))
            return (at, .undecodable)
        }
    }
}
