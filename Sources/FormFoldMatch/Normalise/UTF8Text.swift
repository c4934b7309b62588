/// Prefix, suffix and containment tests on UTF-8 bytes. Header keys are normalised (NFKC, simplified script), so
/// comparing their bytes says what comparing their characters would, without breaking graphemes or normalising on
/// the way: the matcher asks these questions many times for every header.
extension StringProtocol {
    /// True when the string starts with `prefix`, byte for byte.
    func startsUTF8(with prefix: String) -> Bool {
        var a = utf8.makeIterator()
        for b in prefix.utf8 { guard a.next() == b else { return false } }
        return true
    }

    /// True when the string ends with `suffix`, byte for byte.
    func endsUTF8(with suffix: String) -> Bool {
        let s = suffix.utf8, t = utf8
        guard s.count <= t.count else { return false }
        return t.suffix(s.count).elementsEqual(s)
    }

    /// True when `word` occurs in the string, byte for byte.
    func containsUTF8(_ word: String) -> Bool {
        let w = Array(word.utf8)
        guard let first = w.first else { return true }
        let t = Array(utf8)
        guard w.count <= t.count else { return false }
        var i = 0
        let last = t.count - w.count
        while i <= last {
            if t[i] == first {
                var k = 1
                while k < w.count && t[i + k] == w[k] { k += 1 }
                if k == w.count { return true }
            }
            i += 1
        }
        return false
    }
}

/// A string as a dictionary key hashed and compared by its UTF-8 bytes. Swift hashes and compares `String` by
/// canonical equivalence, which for Chinese text means normalising on every lookup; header keys are already
/// normalised, so their bytes decide equality, and the matcher's lookups (aliases, remembered cells) skip that work.
struct UTF8Key: Hashable, Sendable {
    let text: String

    init(_ text: String) {
        var t = text
        t.makeContiguousUTF8()
        self.text = t
    }

    static func == (a: UTF8Key, b: UTF8Key) -> Bool {
        a.text.utf8.count == b.text.utf8.count && a.text.utf8.elementsEqual(b.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if done == nil { for b in text.utf8 { hasher.combine(b) } }
    }
}
