import FormFoldCore

/// The workbook's shared strings (`xl/sharedStrings.xml`), held compactly.
///
/// All strings live in one contiguous UTF-8 buffer with an array of end offsets; a Swift String
/// is made only when a cell uses one. Rich-text runs are joined; phonetic runs (`<rPh>`) are left
/// out. Built as an ``XMLTokenSink`` over the part.
struct SharedStringTable: XMLTokenSink {
    private var bytes: [UInt8] = []
    private var ends: [UInt32] = []
    private var itemStart = 0
    private var inItem = false
    private var collecting = false
    private var phoneticDepth = 0
    private let part: XLSXPart
    private let maxItemBytes: Int

    init(part: XLSXPart, maxItemBytes: Int) {
        self.part = part
        self.maxItemBytes = maxItemBytes
    }

    /// How many strings the table holds.
    var count: Int { ends.count }

    /// The string at `index`, or nil when out of range.
    @inline(__always)
    func string(at index: Int) -> String? {
        guard index >= 0, index < ends.count else { return nil }
        let start = index == 0 ? 0 : Int(ends[index - 1])
        let end = Int(ends[index])
        guard end > start else { return "" }
        return bytes.withUnsafeBufferPointer { all in
            String(decoding: UnsafeBufferPointer(rebasing: all[start..<end]), as: UTF8.self)
        }
    }

    mutating func take(_ token: XMLToken, in b: UnsafePointer<UInt8>) throws {
        switch token.kind {
        case .start, .empty:
            if token.named("si", in: b) {
                itemStart = bytes.count
                inItem = token.kind == .start
                phoneticDepth = 0
                if !inItem { try finishItem() }
            } else if inItem, token.named("t", in: b) {
                collecting = token.kind == .start && phoneticDepth == 0
            } else if inItem, token.kind == .start, token.named("rPh", in: b) {
                phoneticDepth += 1
            } else if token.kind == .start, token.named("sst", in: b) {
                var cursor = XMLAttributeCursor(token, in: b)
                while let a = cursor.next() {
                    if a.named("uniqueCount", in: b), let n = NumberText.index(a.value(in: b)) {
                        ends.reserveCapacity(min(n, 1 << 20))
                    }
                }
            }
        case .end:
            if token.named("t", in: b) {
                collecting = false
            } else if token.named("rPh", in: b) {
                phoneticDepth = max(0, phoneticDepth - 1)
            } else if token.named("si", in: b), inItem {
                inItem = false
                try finishItem()
            }
        case .text:
            guard collecting else { return }
            do {
                try XMLTextDecoder.append(b, token.bodyStart, token.bodyEnd, to: &bytes)
            } catch {
                throw part.malformed("shared string \(ends.count) holds \(error.message)")
            }
            try checkSize()
        case .cdata:
            guard collecting else { return }
            bytes.append(contentsOf: UnsafeBufferPointer(start: b + token.bodyStart, count: token.bodyEnd - token.bodyStart))
            try checkSize()
        }
    }

    private mutating func checkSize() throws {
        if bytes.count - itemStart > maxItemBytes {
            throw part.failure("shared string \(ends.count) is longer than \(maxItemBytes) bytes, more than a cell can hold: the file is damaged or not a normal spreadsheet")
        }
    }

    private mutating func finishItem() throws {
        collecting = false
        XstringDecoder.unescape(&bytes, from: itemStart)
        guard bytes.count <= Int(UInt32.max) else {
            throw part.failure("the shared strings pass 4 GB: the workbook is too large to read")
        }
        ends.append(UInt32(bytes.count))
    }
}
