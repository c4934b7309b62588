import FormFoldCore

/// What `xl/workbook.xml` says: the sheets in order with their names, visibility and
/// relationship ids, and whether dates count from 1904.
struct WorkbookListing: XMLTokenSink {
    /// One `<sheet>` entry.
    struct Entry: Sendable, Hashable {
        var name: String
        var visibility: SheetVisibility
        var relationshipID: String
    }

    private(set) var sheets: [Entry] = []
    private(set) var uses1904 = false
    private let part: XLSXPart

    init(part: XLSXPart) {
        self.part = part
    }

    mutating func take(_ token: XMLToken, in b: UnsafePointer<UInt8>) throws {
        guard token.kind == .start || token.kind == .empty else { return }
        do {
            if token.named("sheet", in: b) {
                var name = "", state = SheetVisibility.visible, id = ""
                var cursor = XMLAttributeCursor(token, in: b)
                while let a = cursor.next() {
                    if a.named("name", in: b) {
                        name = try a.string(in: b)
                    } else if a.named("id", in: b) {
                        id = try a.string(in: b)
                    } else if a.named("state", in: b) {
                        switch try a.string(in: b) {
                        case "hidden": state = .hidden
                        case "veryHidden": state = .veryHidden
                        default: state = .visible
                        }
                    }
                }
                sheets.append(Entry(name: name, visibility: state, relationshipID: id))
            } else if token.named("workbookPr", in: b) {
                var cursor = XMLAttributeCursor(token, in: b)
                while let a = cursor.next() {
                    if a.named("date1904", in: b) {
                        let v = try a.string(in: b).lowercased()
                        uses1904 = v == "1" || v == "true"
                    }
                }
            }
        } catch {
            throw part.malformed("the sheet list holds \(error.message)")
        }
    }
}
