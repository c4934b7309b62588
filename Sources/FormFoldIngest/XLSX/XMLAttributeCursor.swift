import Foundation

/// Walks the attributes in a tag's body (`r="A1" s="3" t="s"`), by local name.
///
/// Values are raw: callers decode entities (``XMLTextDecoder``) when a value may hold `&`.
/// A malformed attribute ends the walk.
struct XMLAttributeCursor {
    /// One attribute: the local name and the raw value, as offsets into the scanner's buffer.
    struct Attribute {
        var nameStart: Int
        var nameEnd: Int
        var valueStart: Int
        var valueEnd: Int

        @inline(__always)
        func named(_ literal: StaticString, in bytes: UnsafePointer<UInt8>) -> Bool {
            let n = literal.utf8CodeUnitCount
            guard nameEnd - nameStart == n else { return false }
            return memcmp(bytes + nameStart, literal.utf8Start, n) == 0
        }

        var valueCount: Int { valueEnd - valueStart }

        /// The raw value bytes.
        @inline(__always)
        func value(in bytes: UnsafePointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(start: bytes + valueStart, count: valueEnd - valueStart)
        }

        /// The value with entities decoded.
        func string(in bytes: UnsafePointer<UInt8>) throws(XMLTextFailure) -> String {
            try XMLTextDecoder.string(bytes, valueStart, valueEnd)
        }
    }

    private let bytes: UnsafePointer<UInt8>
    private var p: Int
    private let end: Int

    init(_ token: XMLToken, in bytes: UnsafePointer<UInt8>) {
        self.bytes = bytes
        p = token.bodyStart
        end = token.bodyEnd
    }

    @inline(__always)
    mutating func next() -> Attribute? {
        let b = bytes
        while p < end, b[p] <= 0x20 { p += 1 }
        guard p < end else { return nil }
        var nameStart = p
        while p < end {
            let c = b[p]
            if c == UInt8(ascii: "=") || c <= 0x20 { break }
            if c == UInt8(ascii: ":") { nameStart = p + 1 }
            p += 1
        }
        let nameEnd = p
        while p < end, b[p] <= 0x20 { p += 1 }
        guard p < end, b[p] == UInt8(ascii: "=") else { p = end; return nil }
        p += 1
        while p < end, b[p] <= 0x20 { p += 1 }
        guard p < end else { return nil }
        let quote = b[p]
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { p = end; return nil }
        p += 1
        let valueStart = p
        guard let hit = memchr(b + p, Int32(quote), end - p) else { p = end; return nil }
        let valueEnd = b.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        p = valueEnd + 1
        return Attribute(nameStart: nameStart, nameEnd: nameEnd, valueStart: valueStart, valueEnd: valueEnd)
    }
}
