/// What `formfold inspect` reports: the forms found in the files and the errors met, so that one
/// bad file never hides the others.
///
/// Its JSON shape is a published interface:
/// `{"forms":[{"file","sheet","title","meta":{…},"notes":[…],"headerRows":[first,last],
/// "fields":[{"column","path","name","unit","required","type"}],"rows"}],"errors":[{"file","sheet","cell","message"}]}`
/// with more keys (`layout`, `rowLabels`, `footer`, `hidden`, `values`, `annotations`).
public struct InspectionReport: Sendable, Encodable {
    public var forms: [InspectedForm]
    public var errors: [IngestError]

    public init(forms: [InspectedForm] = [], errors: [IngestError] = []) {
        self.forms = forms
        self.errors = errors
    }

    /// True when any file could not be read in full.
    public var hasErrors: Bool { !errors.isEmpty }
}

/// A form in an ``InspectionReport``, with the state of the sheet it is on.
public struct InspectedForm: Sendable, Encodable {
    public var form: Form
    /// True when the sheet is hidden in the workbook.
    public var hidden: Bool

    public init(form: Form, hidden: Bool = false) {
        self.form = form
        self.hidden = hidden
    }

    enum CodingKeys: String, CodingKey {
        case file, sheet, hidden, title, meta, notes, footer, headerRows, layout, fields, rowLabels, rows
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(form.file, forKey: .file)
        try c.encode(form.sheet, forKey: .sheet)
        if hidden { try c.encode(true, forKey: .hidden) }
        try c.encode(form.title, forKey: .title)
        try c.encode(MetaObject(entries: form.meta), forKey: .meta)
        try c.encode(form.notes, forKey: .notes)
        try c.encode(MetaObject(entries: form.footer), forKey: .footer)
        try c.encode([form.headerRows.lowerBound, form.headerRows.upperBound], forKey: .headerRows)
        try c.encode(form.layout, forKey: .layout)
        try c.encode(form.fields.map(EncodedField.init), forKey: .fields)
        if form.layout == .crossTab { try c.encode(form.rowLabels, forKey: .rowLabels) }
        try c.encode(form.rowCount, forKey: .rows)
    }
}

/// Key/value pairs as a JSON object; a key seen twice keeps both values joined by `；`.
struct MetaObject: Encodable {
    let entries: [MetaEntry]

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        var merged: [(String, String)] = []
        for e in entries {
            if let i = merged.firstIndex(where: { $0.0 == e.key }) {
                if !e.value.isEmpty { merged[i].1 = merged[i].1.isEmpty ? e.value : merged[i].1 + "；" + e.value }
            } else {
                merged.append((e.key, e.value))
            }
        }
        var c = encoder.container(keyedBy: Key.self)
        for (k, v) in merged { try c.encode(v, forKey: Key(stringValue: k)) }
    }
}

/// A field in the published JSON shape.
struct EncodedField: Encodable {
    let field: Field

    enum CodingKeys: String, CodingKey { case column, path, name, unit, required, type, values, annotations }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(field.column, forKey: .column)
        try c.encode(field.path, forKey: .path)
        try c.encode(field.name, forKey: .name)
        try c.encode(field.unit, forKey: .unit)
        try c.encode(field.required, forKey: .required)
        try c.encode(field.type.kind, forKey: .type)
        if !field.type.values.isEmpty { try c.encode(field.type.values, forKey: .values) }
        if !field.annotations.isEmpty { try c.encode(field.annotations, forKey: .annotations) }
    }
}
