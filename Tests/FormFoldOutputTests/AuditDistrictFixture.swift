import Foundation
import FormFoldCore
import FormFoldIngest
import FormFoldMatch
import FormFoldOpenCC
import FormFoldPlan

/// The sample district (samples/gaoxin-2020) read, mapped and planned as `formfold plan` does, once for the audit
/// and rollup tests.
enum AuditDistrict {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let folder = repo.appendingPathComponent("samples/gaoxin-2020")
    static let converter: any ScriptConverter = OpenCCConverter.shared.map { $0 as any ScriptConverter } ?? IdentityScriptConverter()
    static let matcher = try! FieldMatcher(dictionary: .embedded(), synonyms: .embedded(), converter: converter)

    struct Inputs: Sendable {
        var forms: [Form]
        var report: MatchReport
        var policy: Policy
        var errors: [IngestError]
    }

    static let inputs: Inputs = {
        let inspection = Inspector(converter: converter, recordLimit: 100_000).inspect(paths: [folder.path])
        let forms = inspection.forms.filter { !$0.hidden }.map(\.form)
        let yaml = try! String(contentsOf: folder.appendingPathComponent("policy.yaml"), encoding: .utf8)
        let policy = try! Policy(yaml: yaml, source: "policy.yaml")
        return Inputs(forms: forms, report: FormSetMatcher(matcher: matcher).match(forms), policy: policy, errors: inspection.errors)
    }()

    static let plan: ReductionPlan = Planner(dictionary: matcher.dictionary, policy: inputs.policy).plan(inputs.forms, report: inputs.report)

    /// The rollup of the district for `period`.
    static func rollup(_ period: RollupPeriod?) -> Rollup {
        Rollup(forms: inputs.forms, report: inputs.report, dictionary: matcher.dictionary, policy: inputs.policy, period: period,
               converter: converter)
    }

    static func day(_ text: String) -> CalendarDay { CalendarDay(text)! }

    /// The text of a cell read back (numbers as their display text).
    static func text(_ row: SheetRow?, _ col: Int) -> String {
        guard let row, col < row.cells.count else { return "" }
        return row.cells[col].displayText
    }

    static func number(_ row: SheetRow?, _ col: Int) -> Double? {
        guard let row, col < row.cells.count, case .number(let n) = row.cells[col] else { return nil }
        return n
    }
}
