/// One column of a form: its header as written, normalised, and what its values are.
public struct Field: Sendable, Hashable {
    /// Column letters in the sheet, such as `C`.
    public var column: String
    /// The header path from the outermost group cell to the leaf, each as written (trimmed).
    /// `["排查风险人员（按区域）", "省外返临人数"]`.
    public var path: [String]
    /// The leaf header normalised: full-width folded, line breaks, numbering and bracketed
    /// annotations removed, simplified script. `身份\n证号（必填）` → `身份证号`.
    public var name: String
    /// The unit taken from brackets, such as `人`, `户`, `万元`, `℃`.
    public var unit: String?
    /// true for （必填）, false for （选填）, nil when the header says neither.
    public var required: Bool?
    /// Other bracketed text of the leaf header, such as `按区域` or `居家`.
    public var annotations: [String]
    public var type: FieldType
    /// The column's distinct values, sketched (empty for a template with no data).
    public var values: ValueSketch

    public init(column: String, path: [String], name: String, unit: String? = nil,
                required: Bool? = nil, annotations: [String] = [], type: FieldType, values: ValueSketch = ValueSketch()) {
        self.column = column
        self.path = path
        self.name = name
        self.unit = unit
        self.required = required
        self.annotations = annotations
        self.type = type
        self.values = values
    }
}
