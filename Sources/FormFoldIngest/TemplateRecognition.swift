import FormFoldCore

/// Recognises a workbook FormFold generated (a merged sheet template, filled or not) by its hidden marker sheet.
public enum TemplateRecognition {
    /// The marker of the workbook `reader` reads, or nil when it has none (or it is not FormFold's).
    public static func marker(in reader: any WorkbookReader) throws -> TemplateMarker? {
        guard let index = reader.sheets.firstIndex(where: { $0.name == TemplateMarker.sheetName }) else { return nil }
        var rows: [SheetRow] = []
        _ = try reader.readSheet(at: index) { row in
            if rows.count < 20_000 { rows.append(row) }
        }
        return TemplateMarker(rows: rows)
    }
}
