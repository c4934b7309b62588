import Foundation

/// One piece of XML found by ``XMLScanner``.
///
/// Offsets index the scanner's buffer and are valid only while the sink handles the token.
/// `name` is the local name (after any `prefix:`); `body` is the attribute text of a tag, or the
/// raw content of text and CDATA.
struct XMLToken {
    enum Kind: UInt8 {
        /// `<name …>`
        case start
        /// `</name>`
        case end
        /// `<name …/>`
        case empty
        /// Character data, entities not yet decoded.
        case text
        /// The inside of `<![CDATA[…]]>`, taken literally.
        case cdata
    }

    var kind: Kind
    var nameStart: Int
    var nameEnd: Int
    var bodyStart: Int
    var bodyEnd: Int

    /// True when the local name is exactly `literal` (ASCII).
    @inline(__always)
    func named(_ literal: StaticString, in bytes: UnsafePointer<UInt8>) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard nameEnd - nameStart == n else { return false }
        return memcmp(bytes + nameStart, literal.utf8Start, n) == 0
    }
}
