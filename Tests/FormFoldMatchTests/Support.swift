import FormFoldCore
import FormFoldMatch
import FormFoldOpenCC

/// The matcher as the command-line tool builds it: the embedded templates and OpenCC when installed.
enum Support {
    static let converter: any ScriptConverter = OpenCCConverter.shared.map { $0 as any ScriptConverter } ?? IdentityScriptConverter()
    static let matcher = try! FieldMatcher(dictionary: .embedded(), synonyms: .embedded(), converter: converter)

    static func match(_ header: String, kind: FieldKind = .empty) -> FieldMatch {
        matcher.match(FieldHeader(path: header.components(separatedBy: " / "), kind: kind))
    }

    /// A form with one field per (header, kind, values).
    static func form(_ file: String, _ fields: [(String, FieldKind, [String])]) -> Form {
        let built = fields.enumerated().map { i, f in
            var sketch = ValueSketch()
            for v in f.2 { sketch.add(v) }
            return Field(column: CellReference.columnName(i), path: f.0.components(separatedBy: " / "), name: "",
                         type: FieldType(kind: f.1), values: sketch)
        }
        return Form(file: file, sheet: "Sheet1", title: nil, meta: [], notes: [], footer: [], headerRows: 1...1,
                    fields: built, rowCount: fields.first?.2.count ?? 0, layout: .list, rowLabels: [])
    }
}
