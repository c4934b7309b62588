import FormFoldCore

/// The readable form of an ``InspectionReport``: one block per form with a table of its fields.
struct InspectionText {
    let report: InspectionReport

    func render() -> String {
        var out = ""
        for inspected in report.forms {
            let form = inspected.form
            var place = form.file
            if let sheet = form.sheet { place += " › " + sheet + (inspected.hidden ? " (hidden)" : "") }
            out += "== \(place)\n"
            out += "   title:   \(form.title ?? "—")\n"
            for m in form.meta { out += "   meta:    \(m.key)：\(m.value)\n" }
            for n in form.notes { out += "   note:    \(n.replacingOccurrences(of: "\n", with: " "))\n" }
            for f in form.footer { out += "   footer:  \(f.key)：\(f.value)\n" }
            let layout = form.layout == .crossTab ? ", cross-tab over \(form.rowLabels.count) row labels" : ""
            out += "   header:  rows \(form.headerRows.lowerBound)–\(form.headerRows.upperBound)\(layout); \(form.rowCount) data rows\n"
            var table = TextTable(columns: ["col", "header path", "name", "unit", "req", "type"])
            for field in form.fields {
                let required = field.required.map { $0 ? "必填" : "选填" } ?? ""
                var type = field.type.kind.rawValue
                if !field.type.values.isEmpty { type += " (" + field.type.values.prefix(6).joined(separator: "/") + ")" }
                table.add([field.column, field.path.map(Self.oneLine).joined(separator: " › "), field.name,
                           field.unit ?? "", required, type])
            }
            out += table.render(indent: "   ") + "\n"
        }
        let files = Set(report.forms.map(\.form.file)).count
        out += "\(report.forms.count) forms in \(files) files; \(report.errors.count) errors\n"
        return out
    }

    static func oneLine(_ s: String) -> String {
        s.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined()
    }
}
