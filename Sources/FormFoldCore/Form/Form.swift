/// A report form found on a sheet: its title, meta lines, header block, fields and data rows.
///
/// A sheet holds zero or more forms. A list form has one record per data row (a roster or a
/// table of totals per unit). A cross-tab form has row labels down its first column and one or
/// more stacked header blocks (`2县卫健委每日报表.xlsx`: 省内 / 省外 blocks of counts by 当日 / 累计).
public struct Form: Sendable, Hashable {
    public enum Layout: String, Sendable, Hashable, Codable {
        case list
        case crossTab = "cross_tab"
    }

    /// The file as the user named it.
    public var file: String
    /// The sheet name; nil for csv.
    public var sheet: String?
    /// The title above the header (a lone or merged cell), if any.
    public var title: String?
    /// Meta lines as key/value pairs, in the order written: 填报单位 → 临县临泉镇.
    public var meta: [MetaEntry]
    /// Sentences above the header (summaries, instructions) and notes under the data (填表说明, 备注：).
    public var notes: [String]
    /// The footer lines under the data: 填表人：… 审核人：…, kept as key/value pairs.
    public var footer: [MetaEntry]
    /// 1-based first and last row of the header block (of the first block for a cross-tab).
    public var headerRows: ClosedRange<Int>
    public var fields: [Field]
    /// The number of data rows (blank rows, footers and notes not counted).
    public var rowCount: Int
    public var layout: Layout
    /// For a cross-tab, the row labels down the first column, in order.
    public var rowLabels: [String]
    /// The data rows' values, one array per row aligned with ``fields`` (a cross-tab: one per labelled row), kept
    /// only when the reader was asked to (planning checks derivations against them); at most the limit asked for.
    public var records: [[CellValue]]

    public init(file: String, sheet: String?, title: String?, meta: [MetaEntry], notes: [String],
                footer: [MetaEntry] = [], headerRows: ClosedRange<Int>, fields: [Field], rowCount: Int,
                layout: Layout = .list, rowLabels: [String] = [], records: [[CellValue]] = []) {
        self.file = file
        self.sheet = sheet
        self.title = title
        self.meta = meta
        self.notes = notes
        self.footer = footer
        self.headerRows = headerRows
        self.fields = fields
        self.rowCount = rowCount
        self.layout = layout
        self.rowLabels = rowLabels
        self.records = records
    }
}

/// One `key：value` pair from a meta line above the header or a footer line below the data.
public struct MetaEntry: Sendable, Hashable, Codable {
    public var key: String
    public var value: String

    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}
