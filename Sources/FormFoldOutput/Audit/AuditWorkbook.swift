import Foundation
import FormFoldMatch
import FormFoldPlan

/// The auditors' workbook of a reduction plan (`formfold plan … --out plan.xlsx`): what 纪委 and 督查 check —
/// the reduction figures, every original form's fate with its reason, and every original field's destination, so
/// that nothing is lost.
///
/// Sheets:
/// - **汇总**: the figures (报表数, 保留, 删除, 合并, 共享, 精简率, 字段数, 每村每日填报项, 预计节省分钟), a table by
///   action and one by department, a bar chart of forms before/after by department and a pie chart of the actions;
/// - **报表处置**: one row per original form: where it is, who asks for it, its action, the consolidated form it goes
///   into, the reason and the related forms with their scores;
/// - **字段去向**: one row per original field: its header, concept and fate (保留为字段, 由台账推算, 平台共享, 不再采集)
///   with the target;
/// - **合并后报表**: each consolidated form's fields with the original fields they replace;
/// - **概念**: the dictionary concepts the forms use, with how many original fields map to each.
///
/// ```swift
/// let plan = Planner(dictionary: dictionary, policy: policy).plan(forms, report: report)
/// try AuditWorkbook().write(plan, dictionary: dictionary, to: "plan.xlsx", district: policy.district)
/// ```
///
/// Every sheet is written top to bottom, so a plan of any size can be written in constant-memory mode.
public struct AuditWorkbook: Sendable {
    /// Write each row to disk as it is finished (flat memory, strings inline); nil chooses by size: past
    /// ``constantMemoryThreshold`` original fields.
    public var constantMemory: Bool?
    /// When the workbook says it was made (document comments and the summary's meta line).
    public var generated: Date

    /// Original fields (lineage rows) past which the workbook is written in constant-memory mode.
    public static let constantMemoryThreshold = 50_000

    public init(constantMemory: Bool? = nil, generated: Date = Date()) {
        self.constantMemory = constantMemory
        self.generated = generated
    }

    /// Writes the workbook for `plan` to `path`; `district` (such as 青岚区) heads the title and is the company in
    /// the document properties.
    ///
    /// - Throws: ``XlsxError`` naming the file, sheet and cell when the workbook cannot be written.
    public func write(_ plan: ReductionPlan, dictionary: DataDictionary, to path: String, district: String?) throws {
        let streaming = constantMemory ?? (plan.lineage.count > Self.constantMemoryThreshold)
        let book = try XlsxWorkbook(path: path, constantMemory: streaming)
        let context = AuditContext(plan: plan, dictionary: dictionary, district: district, generated: generated)
        try AuditSummarySheet(context).write(to: book)
        try AuditFormsSheet(context).write(to: book)
        try AuditLineageSheet(context).write(to: book)
        try AuditConsolidatedSheet(context).write(to: book)
        try AuditConceptsSheet(context).write(to: book)
        try book.setProperties(properties(plan, district: district))
        try book.close()
    }

    func properties(_ plan: ReductionPlan, district: String?) -> DocumentProperties {
        let s = plan.summary
        return DocumentProperties(
            title: "报表精简方案",
            subject: "\(district.map { $0 + " " } ?? "")基层报表精简：\(s.before) 张 → \(s.after) 张（精简 \(AuditContext.percent(s.reductionRate))）",
            author: "FormFold",
            company: district,
            category: "报表精简",
            keywords: "报表精简, 基层减负, 数据字典, 字段去向, FormFold",
            comments: "由 FormFold 于 \(AuditContext.dateText(generated)) 生成：\(s.before) 张原有报表、\(s.fieldsBefore) 个原有字段逐一列明去向。"
        )
    }
}

/// What every sheet of the audit workbook reads: the plan, the dictionary and lookups made once.
struct AuditContext {
    let plan: ReductionPlan
    let dictionary: DataDictionary
    let district: String?
    let generated: Date
    /// Consolidated form id → title.
    let consolidatedTitles: [String: String]

    init(plan: ReductionPlan, dictionary: DataDictionary, district: String?, generated: Date) {
        self.plan = plan
        self.dictionary = dictionary
        self.district = district
        self.generated = generated
        consolidatedTitles = Dictionary(plan.consolidated.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
    }

    /// `青岚区报表精简方案` or `报表精简方案`.
    var reportTitle: String { (district ?? "") + "报表精简方案" }

    /// `C01 青岚区返乡人员排查登记表`.
    func consolidatedName(_ id: String?) -> String {
        guard let id else { return "" }
        return consolidatedTitles[id].map { "\(id) \($0)" } ?? id
    }

    /// The generation date as 2020-02-24.
    var dateText: String { Self.dateText(generated) }

    static func dateText(_ date: Date) -> String {
        let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: date)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }

    /// 77.1%.
    static func percent(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }

    /// A concept's Chinese name, or the id when the dictionary does not hold it (a proposed concept).
    func conceptName(_ id: String?) -> String {
        guard let id else { return "" }
        return dictionary.concept(id)?.name ?? id
    }
}
