import ArgumentParser
import Foundation
import FormFoldCore
import FormFoldIngest
import FormFoldMatch
import FormFoldOutput
import FormFoldPlan

/// `formfold plan`: the reduction plan for a set of forms.
struct Plan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Propose which forms to keep, merge, share from a platform or remove, with reasons and lineage.",
        discussion: """
            PATHS are files or folders. The policy (platforms that already hold data, retired topics, each form's \
            department and frequency) is read from --policy, or from policy.yaml in the one folder given. Prints \
            the figures (forms before → after, removed, merged, shared, reduction rate) and a table of the forms; \
            --json gives {"summary","forms","consolidated","lineage"}. --out writes the auditors' workbook: the \
            figures with charts, every form's action and reason, every original field's destination, the \
            consolidated forms and the concepts used.
            """
    )

    @Argument(help: "Spreadsheet files or folders.")
    var paths: [String]

    @Option(help: "The office's policy (YAML). Default: policy.yaml in the folder given.")
    var policy: String?

    @Flag(help: "Print the plan as JSON.")
    var json = false

    @Option(help: "Also write the auditors' workbook (xlsx) to this path.")
    var out: String?

    @OptionGroup var options: MatchOptions

    func validate() throws {
        if let out { try OutputPath.check(out) }
    }

    func run() throws {
        let policy = try PlanInputs.policy(self.policy, paths: paths)
        let (forms, report, errors, matcher) = try PlanInputs.read(paths, options: options)
        if forms.isEmpty && !errors.isEmpty && !json {
            // Nothing could be read: the errors say why; an empty plan would only hide them.
            try ReadErrors.finish(errors)
        }
        let plan = Planner(dictionary: matcher.dictionary, policy: policy).plan(forms, report: report)
        if json {
            print(try ReportJSON.encode(PlanOutput(plan: plan, errors: errors)))
        } else {
            print(PlanText(plan: plan).render(), terminator: "")
        }
        if let out {
            do {
                try AuditWorkbook().write(plan, dictionary: matcher.dictionary, to: out, district: policy.district)
                FileHandle.standardError.write(Data("wrote \(out)\n".utf8))
            } catch {
                OutputPath.report(error, path: out)
                throw ExitCode(1)
            }
        }
        try ReadErrors.finish(errors)
    }
}

/// Reading what plan and admit need: forms with their data rows, mapped.
enum PlanInputs {
    /// Data rows kept per form, to check derivations.
    static let recordLimit = 200_000

    static func policy(_ path: String?, paths: [String]) throws -> Policy {
        var file = path
        if file == nil, paths.count == 1 {
            let candidate = URL(fileURLWithPath: paths[0]).appendingPathComponent("policy.yaml").path
            if FileManager.default.fileExists(atPath: candidate) { file = candidate }
        }
        guard let file else { return Policy() }
        // Form entries name files relative to the policy's folder; Policy.entry matches them by path suffix.
        return try Policy(yaml: MatchOptions.read(file), source: file)
    }

    static func read(_ paths: [String], options: MatchOptions) throws
        -> (forms: [Form], report: MatchReport, errors: [IngestError], matcher: FieldMatcher) {
        let matcher = try options.loadMatcher()
        let inspection = Inspector(converter: ScriptConversion.converter, recordLimit: recordLimit).inspect(paths: paths)
        let forms = inspection.forms.filter { !$0.hidden }.map(\.form)
        let report = FormSetMatcher(matcher: matcher, review: try options.loadReview()).match(forms)
        return (forms, report, inspection.errors, matcher)
    }
}

/// `formfold plan --json`.
struct PlanOutput: Encodable {
    let plan: ReductionPlan
    let errors: [IngestError]

    enum CodingKeys: String, CodingKey { case summary, forms, consolidated, lineage, errors }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(plan.summary, forKey: .summary)
        try c.encode(plan.forms, forKey: .forms)
        try c.encode(plan.consolidated, forKey: .consolidated)
        try c.encode(plan.lineage, forKey: .lineage)
        try c.encode(errors, forKey: .errors)
    }
}

/// The readable plan: the figures, then a table of the forms with their actions and reasons.
struct PlanText {
    let plan: ReductionPlan

    func render() -> String {
        let s = plan.summary
        var out = String(format: "%d → %d (−%.1f%%): removed %d, merged %d, shared %d\n", s.before, s.after,
                         s.reductionRate * 100, s.removed, s.merged, s.shared)
        out += String(format: "fields %d → %d; entries per village per day %.0f → %.0f; about %.0f minutes saved per village per day",
                      s.fieldsBefore, s.fieldsAfter, s.entriesPerVillagePerDayBefore, s.entriesPerVillagePerDayAfter,
                      s.minutesSavedPerVillagePerDay)
        out += s.villages > 0 ? String(format: " (%d villages: %.0f minutes a day)\n", s.villages, s.minutesSavedPerDay) : "\n"
        var table = TextTable(columns: ["form", "department", "action", "into", "reason"])
        for f in plan.forms {
            let name = f.title ?? (f.file + (f.sheet.map { " › " + $0 } ?? ""))
            table.add([name, f.department ?? "", f.action.rawValue, f.into ?? "", "\(f.reason.kind.rawValue): \(f.reason.detail)"])
        }
        out += "\n" + table.render() + "\n\nconsolidated forms:\n"
        for c in plan.consolidated {
            out += "  \(c.id)  \(c.title)  (\(c.grain), \(c.frequency.rawValue); \(c.fields.count) fields; replaces \(c.replaces.count) forms)\n"
        }
        let fates = Dictionary(grouping: plan.lineage, by: \.fate).mapValues(\.count)
        out += "lineage: \(plan.lineage.count) original fields: \(fates[.field] ?? 0) kept as fields, \(fates[.derived] ?? 0) derived, "
            + "\(fates[.shared] ?? 0) shared, \(fates[.retired] ?? 0) retired\n"
        return out
    }
}
