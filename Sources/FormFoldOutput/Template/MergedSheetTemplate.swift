import Foundation
import FormFoldCore
import FormFoldMatch
import FormFoldPlan

/// The merged sheet a village cadre fills instead of the forms it replaces: one workbook per consolidated form and
/// org unit, looking and behaving like a government form.
///
/// - sheet 填报表: the title; a meta line with 填报单位 filled for the unit and 填报日期 to fill; the header (two rows
///   where fields of one concept differ by options); column widths that fit Chinese text; the header frozen and
///   protected while the input cells are unlocked; data validation by the dictionary's type (non-negative whole
///   numbers for counts, dates, drop-down lists for enumerations, 18-character ID numbers, 11-digit mobiles); A4
///   landscape, one page wide, the header repeated on every printed page;
/// - sheet 填表说明: what each column means, its type, unit and choices, from the dictionary;
/// - a hidden sheet `_formfold` (``TemplateMarker``) with the template's id and version, so a filled copy is
///   recognised when it comes back.
public struct MergedSheetTemplate {
    public var form: ConsolidatedForm
    public var dictionary: DataDictionary
    /// Rows offered for input below the header.
    public var inputRows = 300

    public static let formSheet = "填报表"
    public static let instructionsSheet = "填表说明"

    public init(form: ConsolidatedForm, dictionary: DataDictionary) {
        self.form = form
        self.dictionary = dictionary
    }

    /// The marker written on the hidden sheet (the version changes when the columns change).
    public func marker(orgUnit: String?) -> TemplateMarker {
        let layout = TemplateLayout(form: form, dictionary: dictionary)
        let first = (layout.twoRows ? 5 : 4)
        let columns = layout.columns.enumerated().map { i, c in
            TemplateMarker.Column(column: CellReference.columnName(i), concept: c.field.concept,
                                  disaggregation: c.field.disaggregation.sorted { $0.key < $1.key }
                                      .map { "\($0.key)=\($0.value)" }.joined(separator: ";"),
                                  label: c.sub.map { c.top + " / " + $0 } ?? c.top)
        }
        let signature = columns.map { $0.concept + "#" + $0.disaggregation }.joined(separator: ",")
        let version = String(ValueSketch.hash(signature + "|" + dictionary.version), radix: 16).prefix(8)
        return TemplateMarker(templateID: form.id, version: String(version), title: form.title, orgUnit: orgUnit,
                              dictionaryVersion: dictionary.version, formSheet: Self.formSheet, firstDataRow: first,
                              columns: columns)
    }

    /// Writes the template for `orgUnit` to `path`.
    public func write(to path: String, orgUnit: String?) throws {
        let layout = TemplateLayout(form: form, dictionary: dictionary)
        let marker = marker(orgUnit: orgUnit)
        let book = try XlsxWorkbook(path: path)
        try book.setProperties(DocumentProperties(title: form.title, subject: "合并填报表", author: "FormFold",
                                                  company: orgUnit, keywords: "\(form.id) \(marker.version)",
                                                  comments: "由 FormFold 生成；替代 \(form.replaces.count) 张原报表"))
        let sheet = try book.addWorksheet(Self.formSheet)
        try writeForm(sheet, layout: layout, orgUnit: orgUnit, firstDataRow: marker.firstDataRow - 1)
        try writeInstructions(try book.addWorksheet(Self.instructionsSheet), layout: layout)
        let hidden = try book.addWorksheet(TemplateMarker.sheetName)
        for (r, row) in marker.rows.enumerated() {
            for (c, text) in row.enumerated() { try hidden.write(text, row: r, col: c) }
        }
        try hidden.hide()
        try sheet.activate()
        try book.close()
    }

    // MARK: the form sheet

    static let title = CellStyle(bold: true, fontName: "宋体", fontSize: 18, horizontalAlignment: .center, verticalAlignment: .center)
    static let meta = CellStyle(fontName: "宋体", fontSize: 11, horizontalAlignment: .left, verticalAlignment: .center)
    static let header = CellStyle(bold: true, fontName: "宋体", fontSize: 11, fillColor: 0xD9E1F2, horizontalAlignment: .center,
                                  verticalAlignment: .center, wrapsText: true, border: .thin)
    static let input = CellStyle(fontName: "宋体", fontSize: 11, verticalAlignment: .center, border: .thin, isLocked: false)

    private func writeForm(_ sheet: XlsxWorksheet, layout: TemplateLayout, orgUnit: String?, firstDataRow: Int) throws {
        let last = max(layout.columns.count - 1, 0)
        try sheet.setRow(0, height: 32)
        try sheet.mergeRange(firstRow: 0, firstCol: 0, lastRow: 0, lastCol: last, text: form.title, style: Self.title)
        let meta = "填报单位：\(orgUnit ?? "　　　　　　　　")　　　　填报日期：　　　　年　　月　　日"
        try sheet.setRow(1, height: 22)
        try sheet.mergeRange(firstRow: 1, firstCol: 0, lastRow: 1, lastCol: last, text: meta, style: Self.meta)
        let top = 2, bottom = layout.twoRows ? 3 : 2
        for run in layout.topRuns {
            if run.first == run.last && layout.columns[run.first].sub == nil {
                if top == bottom {
                    try sheet.write(run.text, row: top, col: run.first, style: Self.header)
                } else {
                    try sheet.mergeRange(firstRow: top, firstCol: run.first, lastRow: bottom, lastCol: run.first,
                                         text: run.text, style: Self.header)
                }
            } else if run.first == run.last {
                try sheet.write(run.text, row: top, col: run.first, style: Self.header)
            } else {
                try sheet.mergeRange(firstRow: top, firstCol: run.first, lastRow: top, lastCol: run.last, text: run.text,
                                     style: Self.header)
            }
        }
        if layout.twoRows {
            for (i, c) in layout.columns.enumerated() where c.sub != nil {
                try sheet.write(c.sub!, row: bottom, col: i, style: Self.header)
            }
        }
        try sheet.setRow(top, height: layout.twoRows ? 24 : 36)
        let dataStart = bottom + 1
        precondition(dataStart == firstDataRow, "the marker's first data row matches the layout")
        let dataEnd = dataStart + inputRows - 1
        for (i, c) in layout.columns.enumerated() {
            let kind = c.concept?.type ?? .text
            try sheet.setColumn(first: i, width: Self.width(for: c, kind: kind), style: inputStyle(kind))
            if let (rule, messages) = validation(c) {
                try sheet.validate(rule, messages: messages, firstRow: dataStart, firstCol: i, lastRow: dataEnd, lastCol: i)
            }
        }
        // Each column's input style resolved once for its blank input cells.
        let inputFormats = try layout.columns.map { try sheet.workbook.format(inputStyle($0.concept?.type ?? .text)) }
        for r in dataStart...dataEnd {
            try sheet.setRow(r, height: 20)
            for (i, format) in inputFormats.enumerated() {
                try sheet.writeBlank(row: r, col: i, format: format)
            }
        }
        try sheet.freezePanes(row: dataStart, col: 0)
        try sheet.protect(allowing: [.selectLockedCells, .selectUnlockedCells, .formatColumns, .formatRows, .sort, .autofilter])
        try sheet.setLandscape()
        try sheet.setPaper(.a4)
        try sheet.fitToPages(width: 1, height: 0)
        try sheet.repeatRows(first: top, last: bottom)
        // A printed blank form shows its first page of input rows.
        try sheet.setPrintArea(firstRow: 0, firstCol: 0, lastRow: min(dataEnd, dataStart + 24), lastCol: last)
        try sheet.setFooter("&C第 &P 页，共 &N 页")
    }

    /// Input cells: unlocked, bordered, text format for ID numbers and mobiles (so 18 digits stay 18 digits).
    private func inputStyle(_ kind: FieldKind) -> CellStyle {
        var style = Self.input
        switch kind {
        case .idNumber, .mobile, .text, .enumeration: style.numberFormat = "@"
        case .date: style.numberFormat = "yyyy-mm-dd"
        case .datetime: style.numberFormat = "yyyy-mm-dd hh:mm"
        case .decimal: style.numberFormat = "0.0#"
        default: break
        }
        return style
    }

    static func width(for c: TemplateLayout.Column, kind: FieldKind) -> Double {
        let header = Double(displayWidth(c.sub ?? c.top)) + 2
        let content: Double = switch kind {
        case .idNumber: 21
        case .mobile: 14
        case .date: 12
        case .datetime: 17
        case .text: 14
        default: 8
        }
        return min(max(header, content, 6), c.sub == nil ? 40 : 16)
    }

    static func displayWidth(_ s: String) -> Int {
        DisplayWidth.cells(s)
    }

    private func validation(_ c: TemplateLayout.Column) -> (DataValidation, ValidationMessages)? {
        let name = String((c.sub.map { c.top + " " + $0 } ?? c.top).prefix(30))
        guard let concept = c.concept else { return nil }
        switch concept.type {
        case .integer:
            return (.integer(min: 0, max: nil), ValidationMessages(inputTitle: name, inputMessage: "请填写不小于 0 的整数",
                                                                  errorTitle: "输入有误", errorMessage: "\(name)应为不小于 0 的整数"))
        case .decimal:
            return (.decimal(min: -1e12, max: 1e12), ValidationMessages(inputTitle: name, inputMessage: "请填写数字",
                                                                    errorTitle: "输入有误", errorMessage: "\(name)应为数字"))
        case .date, .datetime:
            return (.date(from: SpreadsheetDate(year: 2000, month: 1, day: 1, kind: .date),
                          to: SpreadsheetDate(year: 2099, month: 12, day: 31, kind: .date)),
                    ValidationMessages(inputTitle: name, inputMessage: "请填写日期，如 2020-02-10", errorTitle: "输入有误",
                                       errorMessage: "\(name)应为日期，如 2020-02-10"))
        case .idNumber:
            return (.textLength(min: 18, max: 18), ValidationMessages(inputTitle: name, inputMessage: "请填写 18 位公民身份号码",
                                                                     errorTitle: "输入有误", errorMessage: "身份证号码应为 18 位"))
        case .mobile:
            return (.textLength(min: 11, max: 11), ValidationMessages(inputTitle: name, inputMessage: "请填写 11 位手机号码",
                                                                     errorTitle: "输入有误", errorMessage: "手机号码应为 11 位"))
        case .yesNo:
            return (.list(["是", "否"]), ValidationMessages(inputTitle: name, inputMessage: "请选择“是”或“否”",
                                                           errorTitle: "输入有误", errorMessage: "只能填“是”或“否”"))
        case .enumeration:
            guard let values = concept.values, !values.isEmpty, values.joined(separator: ",").utf8.count <= 255 else { return nil }
            return (.list(values), ValidationMessages(inputTitle: name, inputMessage: "请从下拉列表中选择",
                                                      errorTitle: "输入有误", errorMessage: "请从下拉列表中选择\(name)"))
        default:
            return nil
        }
    }

    // MARK: instructions

    private func writeInstructions(_ sheet: XlsxWorksheet, layout: TemplateLayout) throws {
        try sheet.mergeRange(firstRow: 0, firstCol: 0, lastRow: 0, lastCol: 5, text: "填表说明", style: Self.title)
        let note = "本表由“\(form.title)”等 \(form.replaces.count) 张原报表合并而成，原报表不再单独填报。"
            + "蓝色表头不可修改；请在表头下方逐行填写，每行一条记录。"
        try sheet.mergeRange(firstRow: 1, firstCol: 0, lastRow: 1, lastCol: 5, text: note,
                             style: CellStyle(fontName: "宋体", wrapsText: true))
        try sheet.setRow(1, height: 36)
        let headers = ["列", "栏目", "含义", "填写要求", "单位", "可选值"]
        for (i, h) in headers.enumerated() { try sheet.write(h, row: 2, col: i, style: Self.header) }
        let cell = CellStyle(fontName: "宋体", verticalAlignment: .top, wrapsText: true, border: .thin)
        for (n, c) in layout.columns.enumerated() {
            let r = 3 + n
            let concept = c.concept
            try sheet.write(CellReference.columnName(n), row: r, col: 0, style: cell)
            try sheet.write(c.sub.map { c.top + " / " + $0 } ?? c.top, row: r, col: 1, style: cell)
            try sheet.write(concept?.description ?? concept?.name ?? "", row: r, col: 2, style: cell)
            try sheet.write(Self.requirement(concept?.type ?? .text), row: r, col: 3, style: cell)
            try sheet.write(concept?.unit ?? "", row: r, col: 4, style: cell)
            try sheet.write(concept?.values?.joined(separator: "、") ?? "", row: r, col: 5, style: cell)
        }
        for (i, w) in [6.0, 24, 40, 24, 8, 30].enumerated() { try sheet.setColumn(first: i, width: w) }
        try sheet.freezePanes(row: 3, col: 0)
    }

    static func requirement(_ kind: FieldKind) -> String {
        switch kind {
        case .integer: "不小于 0 的整数"
        case .decimal: "数字"
        case .date: "日期，如 2020-02-10"
        case .datetime: "日期和时间，如 2020-02-10 08:30"
        case .time: "时间，如 08:30"
        case .idNumber: "18 位公民身份号码"
        case .mobile: "11 位手机号码"
        case .yesNo: "是 / 否"
        case .enumeration: "从下拉列表选择"
        default: "文字"
        }
    }
}
