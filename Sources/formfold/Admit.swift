import ArgumentParser
import Foundation
import FormFoldCore
import FormFoldIngest
import FormFoldMatch
import FormFoldPlan

/// `formfold admit`: the admission check (报表准入) for a proposed new form.
struct Admit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a proposed new form against the forms already collected (报表准入).",
        discussion: """
            Says, for each field of NEWFORM, where it is already collected (or which platform holds it), the \
            coverage, and a verdict: reuse an existing form, extend one, or genuinely new.
            """
    )

    @Argument(help: "The proposed form (a file; every form on its sheets is checked).")
    var newForm: String

    @Option(help: "The forms already collected: files or folders.")
    var catalog: [String]

    @Option(help: "The office's policy (YAML); default: policy.yaml in the catalogue folder.")
    var policy: String?

    @Flag(help: "Print the result as JSON.")
    var json = false

    @OptionGroup var options: MatchOptions

    func run() throws {
        let policy = try PlanInputs.policy(self.policy, paths: catalog)
        let (catalogue, _, errors, matcher) = try PlanInputs.read(catalog, options: options)
        let proposed = Inspector(converter: ScriptConversion.converter).inspect(paths: [newForm])
        let all = catalogue + proposed.forms.map(\.form)
        let report = FormSetMatcher(matcher: matcher, review: try options.loadReview()).match(all)
        let catalogueFields = catalogue.reduce(0) { $0 + $1.fields.count }
        let catalogueReport = MatchReport(fields: Array(report.fields.prefix(catalogueFields)), proposed: report.proposed)
        let check = AdmissionCheck(dictionary: matcher.dictionary, policy: policy)
        let perForm = report.mappings(of: all)
        let results = proposed.forms.map(\.form).enumerated().map { n, form in
            check.check(form, mappings: perForm[catalogue.count + n], catalogue: catalogue, report: catalogueReport)
        }
        let allErrors = errors + proposed.errors
        if json {
            print(try ReportJSON.encode(results))
        } else {
            for r in results {
                out("== \(r.title ?? r.file)")
                out(String(format: "   verdict: %@ (%.0f%% of its facts already collected): %@", r.verdict.rawValue, r.coverage * 100, r.reason))
                for f in r.fields {
                    let where_ = f.platform.map { "held by \($0)" }
                        ?? (f.collectedIn.isEmpty ? "not collected yet"
                            : "in " + Set(f.collectedIn.map { $0.file + ($0.sheet.map { " › " + $0 } ?? "") }).sorted().joined(separator: ", "))
                    out("   \(f.column)  \(f.path.map(InspectionText.oneLine).joined(separator: " › "))  →  \(f.concept ?? "—"): \(where_)")
                }
            }
        }
        try ReadErrors.finish(allErrors)
    }

    private func out(_ line: String) { print(line) }
}
