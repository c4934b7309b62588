import Foundation
import FormFoldCore

/// A fast, incremental, byte-level XML tokenizer for the parts of an xlsx file.
///
/// Chunks of inflated XML are fed as they arrive; every complete token is handed to a sink and an
/// incomplete tail is kept for the next chunk, so a part is never held whole. It finds tags, text
/// and CDATA, skips comments and processing instructions, and refuses any `<!DOCTYPE`, `<!ENTITY`
/// or other markup declaration, so no DTD or entity is ever expanded. Names are reported by local
/// name (`x:c` is `c`). It checks well-formedness only as far as reading needs.
final class XMLScanner {
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    private let part: XLSXPart
    private let maxTokenBytes: Int

    init(part: XLSXPart, maxTokenBytes: Int) {
        self.part = part
        self.maxTokenBytes = maxTokenBytes
        capacity = 512 * 1024
        buffer = .allocate(capacity: capacity)
    }

    deinit { buffer.deallocate() }

    /// Tokenizes what `chunk` completes, keeping any unfinished token for the next call.
    func feed<Sink: XMLTokenSink>(_ chunk: UnsafeBufferPointer<UInt8>, into sink: inout Sink) throws {
        guard let source = chunk.baseAddress, chunk.count > 0 else { return }
        if count + chunk.count > capacity {
            var newCapacity = capacity * 2
            while newCapacity < count + chunk.count { newCapacity *= 2 }
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
            grown.update(from: buffer, count: count)
            buffer.deallocate()
            buffer = grown
            capacity = newCapacity
        }
        (buffer + count).update(from: source, count: chunk.count)
        count += chunk.count
        let used = try scan(final: false, into: &sink)
        if used > 0 {
            count -= used
            if count > 0 { memmove(buffer, buffer + used, count) }
        }
        if count > maxTokenBytes {
            throw part.malformed("an XML token is longer than \(maxTokenBytes) bytes (an unclosed tag or a huge text); the file is damaged or not written by a spreadsheet program")
        }
    }

    /// Tokenizes the rest at the end of the part; fails if it stops inside a tag.
    func finish<Sink: XMLTokenSink>(into sink: inout Sink) throws {
        let used = try scan(final: true, into: &sink)
        var i = used
        while i < count {
            if buffer[i] > 0x20 {
                throw part.malformed("the XML ends in the middle of a tag: the part is truncated or damaged")
            }
            i += 1
        }
        count = 0
    }

    // MARK: - Tokenizing

    private static let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">"), slash = UInt8(ascii: "/")
    private static let bang = UInt8(ascii: "!"), question = UInt8(ascii: "?"), colon = UInt8(ascii: ":")
    private static let dquote = UInt8(ascii: "\""), squote = UInt8(ascii: "'"), dash = UInt8(ascii: "-")

    /// Scans `buffer[0..<count]` and returns how many bytes were fully tokenized.
    private func scan<Sink: XMLTokenSink>(final: Bool, into sink: inout Sink) throws -> Int {
        let b = UnsafePointer(buffer)
        let end = count
        var p = 0
        while p < end {
            if b[p] != Self.lt {
                // Character data up to the next tag.
                guard let found = memchr(b + p, Int32(Self.lt), end - p) else {
                    // Hand on what text there is, so long text never piles up, but keep an unfinished
                    // reference (`&am`) and a trailing CR (maybe half of CR LF) for the next chunk.
                    let cut = final ? end : Self.safeTextEnd(b, from: p, end: end)
                    if cut > p {
                        try sink.take(XMLToken(kind: .text, nameStart: p, nameEnd: p, bodyStart: p, bodyEnd: cut), in: b)
                        p = cut
                    }
                    break
                }
                let q = b.distance(to: found.assumingMemoryBound(to: UInt8.self))
                try sink.take(XMLToken(kind: .text, nameStart: p, nameEnd: p, bodyStart: p, bodyEnd: q), in: b)
                p = q
                continue
            }
            guard p + 1 < end else { break }
            let second = b[p + 1]
            if second == Self.slash {
                guard let found = memchr(b + p + 2, Int32(Self.gt), end - p - 2) else { break }
                let close = b.distance(to: found.assumingMemoryBound(to: UInt8.self))
                var nameStart = p + 2
                var i = nameStart
                while i < close, b[i] > 0x20 {
                    if b[i] == Self.colon { nameStart = i + 1 }
                    i += 1
                }
                try sink.take(XMLToken(kind: .end, nameStart: nameStart, nameEnd: i, bodyStart: i, bodyEnd: i), in: b)
                p = close + 1
            } else if second == Self.question {
                guard let close = Self.find(b, from: p + 2, end: end, "?>") else { break }
                p = close + 2
            } else if second == Self.bang {
                if end - p < 9 && !final { break }
                if Self.matches(b, at: p, end: end, "<!--") {
                    guard let close = Self.find(b, from: p + 4, end: end, "-->") else { break }
                    p = close + 3
                } else if Self.matches(b, at: p, end: end, "<![CDATA[") {
                    guard let close = Self.find(b, from: p + 9, end: end, "]]>") else { break }
                    try sink.take(XMLToken(kind: .cdata, nameStart: p, nameEnd: p, bodyStart: p + 9, bodyEnd: close), in: b)
                    p = close + 3
                } else {
                    throw IngestError(
                        file: part.file, sheet: part.sheet,
                        message: "\(part.path) contains a DTD or entity declarations (<!DOCTYPE or <!ENTITY), which spreadsheets never need: refusing the file as possibly hostile; open it in Excel and save it again")
                }
            } else {
                var nameStart = p + 1
                var i = nameStart
                while i < end {
                    let c = b[i]
                    if c <= 0x20 || c == Self.gt || c == Self.slash { break }
                    if c == Self.colon { nameStart = i + 1 }
                    i += 1
                }
                let nameEnd = i
                var quote: UInt8 = 0
                while i < end {
                    let c = b[i]
                    if quote != 0 {
                        if c == quote { quote = 0 }
                    } else if c == Self.gt {
                        break
                    } else if c == Self.dquote || c == Self.squote {
                        quote = c
                    } else if c == Self.lt {
                        throw part.malformed("malformed XML: a '<' inside a tag")
                    }
                    i += 1
                }
                guard i < end else { break }
                if nameEnd == nameStart {
                    throw part.malformed("malformed XML: a tag without a name")
                }
                let empty = i > nameEnd && b[i - 1] == Self.slash
                try sink.take(XMLToken(kind: empty ? .empty : .start, nameStart: nameStart, nameEnd: nameEnd,
                                       bodyStart: nameEnd, bodyEnd: empty ? i - 1 : i), in: b)
                p = i + 1
            }
        }
        if final, p < end, b[p] == Self.lt {
            throw part.malformed("the XML ends in the middle of a tag: the part is truncated or damaged")
        }
        return p
    }

    /// Where text ending at `end` can be cut without splitting a reference or a CR LF pair.
    private static func safeTextEnd(_ b: UnsafePointer<UInt8>, from p: Int, end: Int) -> Int {
        var cut = end
        var i = end - 1
        while i >= p, i >= end - 16 {
            if b[i] == UInt8(ascii: ";") { break }
            if b[i] == UInt8(ascii: "&") { cut = i; break }
            i -= 1
        }
        if cut > p, b[cut - 1] == 0x0D { cut -= 1 }
        return cut
    }

    @inline(__always)
    private static func matches(_ b: UnsafePointer<UInt8>, at p: Int, end: Int, _ literal: StaticString) -> Bool {
        let n = literal.utf8CodeUnitCount
        return end - p >= n && memcmp(b + p, literal.utf8Start, n) == 0
    }

    /// The offset of `literal` at or after `from`, or nil when it is not in the buffer yet.
    private static func find(_ b: UnsafePointer<UInt8>, from: Int, end: Int, _ literal: StaticString) -> Int? {
        let n = literal.utf8CodeUnitCount
        let first = Int32(literal.utf8Start.pointee)
        var p = from
        while p <= end - n {
            guard let hit = memchr(b + p, first, end - p) else { return nil }
            let q = b.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if q > end - n { return nil }
            if memcmp(b + q, literal.utf8Start, n) == 0 { return q }
            p = q + 1
        }
        return nil
    }
}
