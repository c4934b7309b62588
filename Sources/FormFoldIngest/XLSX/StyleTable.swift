import FormFoldCore

/// The date kind of each cell format (`cellXfs` in `xl/styles.xml`), indexed by a cell's `s`.
///
/// Built as an ``XMLTokenSink`` over the styles part: custom `<numFmt>`s first, then each `<xf>`
/// of `<cellXfs>` mapped through its `numFmtId`.
struct StyleTable: XMLTokenSink {
    /// Per style index: the date kind, or nil for a non-date format.
    private(set) var dateKinds: [SpreadsheetDate.Kind?] = []
    private var customFormats: [Int: SpreadsheetDate.Kind?] = [:]
    private var inCellFormats = false
    private let part: XLSXPart

    init(part: XLSXPart) {
        self.part = part
    }

    /// The date kind for a cell's style index; nil for non-date and unknown styles.
    @inline(__always)
    func dateKind(style: Int) -> SpreadsheetDate.Kind? {
        style >= 0 && style < dateKinds.count ? dateKinds[style] : nil
    }

    /// True when no style shows a date, so cells need no lookup.
    var hasDates: Bool { dateKinds.contains { $0 != nil } }

    mutating func take(_ token: XMLToken, in bytes: UnsafePointer<UInt8>) throws {
        switch token.kind {
        case .start, .empty:
            if token.named("numFmt", in: bytes) {
                var id: Int?
                var code: String?
                var cursor = XMLAttributeCursor(token, in: bytes)
                while let a = cursor.next() {
                    if a.named("numFmtId", in: bytes) {
                        id = NumberText.index(a.value(in: bytes))
                    } else if a.named("formatCode", in: bytes) {
                        do {
                            code = try XMLTextDecoder.string(bytes, a.valueStart, a.valueEnd)
                        } catch {
                            throw part.malformed("a number format code holds \(error.message)")
                        }
                    }
                }
                if let id, let code { customFormats[id] = NumberFormat.dateKind(code: code) }
            } else if token.named("cellXfs", in: bytes) {
                inCellFormats = token.kind == .start
            } else if inCellFormats, token.named("xf", in: bytes) {
                var id = 0
                var cursor = XMLAttributeCursor(token, in: bytes)
                while let a = cursor.next() {
                    if a.named("numFmtId", in: bytes) { id = NumberText.index(a.value(in: bytes)) ?? 0 }
                }
                if let custom = customFormats[id] {
                    dateKinds.append(custom)
                } else {
                    dateKinds.append(NumberFormat.dateKind(builtIn: id))
                }
            }
        case .end:
            if token.named("cellXfs", in: bytes) { inCellFormats = false }
        case .text, .cdata:
            break
        }
    }
}
