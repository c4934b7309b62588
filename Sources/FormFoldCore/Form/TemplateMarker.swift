import Foundation

/// What FormFold writes on the hidden sheet of a template it generates, so that a filled copy is recognised when
/// it comes back: which consolidated form, which version, for which org unit, and the concept of each column.
///
/// The sheet holds `key | value` rows, then a `column | concept | disaggregation | label` table. ``rows`` gives the
/// rows to write; ``init(rows:)`` reads them back (from any reader), ignoring rows it does not know.
public struct TemplateMarker: Sendable, Hashable {
    /// The hidden sheet's name.
    public static let sheetName = "_formfold"
    /// The first cell of the sheet, which marks it as FormFold's.
    public static let signature = "FormFold template"

    public struct Column: Sendable, Hashable {
        /// Column letters on the form sheet, such as `C`.
        public var column: String
        public var concept: String
        /// `region=out_of_province;period=cumulative`, or empty.
        public var disaggregation: String
        public var label: String

        public init(column: String, concept: String, disaggregation: String, label: String) {
            self.column = column
            self.concept = concept
            self.disaggregation = disaggregation
            self.label = label
        }
    }

    /// Stable across versions of the same consolidated form: `C01`, or the form's own id.
    public var templateID: String
    /// Changes whenever the template's columns change.
    public var version: String
    public var title: String
    public var orgUnit: String?
    public var dictionaryVersion: String
    /// The form sheet's name and the 1-based row of its first data row.
    public var formSheet: String
    public var firstDataRow: Int
    public var columns: [Column]

    public init(templateID: String, version: String, title: String, orgUnit: String?, dictionaryVersion: String,
                formSheet: String, firstDataRow: Int, columns: [Column]) {
        self.templateID = templateID
        self.version = version
        self.title = title
        self.orgUnit = orgUnit
        self.dictionaryVersion = dictionaryVersion
        self.formSheet = formSheet
        self.firstDataRow = firstDataRow
        self.columns = columns
    }

    /// The rows of the hidden sheet, as text cells.
    public var rows: [[String]] {
        var rows: [[String]] = [
            [Self.signature, "1"],
            ["template_id", templateID],
            ["version", version],
            ["title", title],
            ["org_unit", orgUnit ?? ""],
            ["dictionary_version", dictionaryVersion],
            ["form_sheet", formSheet],
            ["first_data_row", String(firstDataRow)],
            [],
            ["column", "concept", "disaggregation", "label"],
        ]
        rows += columns.map { [$0.column, $0.concept, $0.disaggregation, $0.label] }
        return rows
    }

    /// Reads a marker from the hidden sheet's rows; nil when they are not FormFold's.
    public init?(rows: [SheetRow]) {
        let texts = rows.map { row in row.cells.map { $0.displayText.trimmingCharacters(in: .whitespaces) } }
        guard texts.first?.first == Self.signature else { return nil }
        var values: [String: String] = [:]
        var columns: [Column] = []
        var inTable = false
        for t in texts.dropFirst() where !t.isEmpty {
            if t.first == "column" { inTable = true; continue }
            if inTable {
                guard t.count >= 2 else { continue }
                columns.append(Column(column: t[0], concept: t[1], disaggregation: t.count > 2 ? t[2] : "",
                                      label: t.count > 3 ? t[3] : ""))
            } else if t.count >= 2 {
                values[t[0]] = t[1]
            }
        }
        guard let id = values["template_id"], let version = values["version"], let sheet = values["form_sheet"],
              let first = values["first_data_row"].flatMap({ Int($0) }) else { return nil }
        self.init(templateID: id, version: version, title: values["title"] ?? "",
                  orgUnit: values["org_unit"].flatMap { $0.isEmpty ? nil : $0 },
                  dictionaryVersion: values["dictionary_version"] ?? "", formSheet: sheet, firstDataRow: first,
                  columns: columns)
    }
}
