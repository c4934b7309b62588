import ArgumentParser
import Foundation
import FormFoldCore
import FormFoldIngest
import FormFoldMatch

/// `formfold review`: the open low-confidence mappings, and the decisions that settle them.
struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Review mappings: list the open ones, accept, reject or correct them.",
        discussion: """
            Decisions are kept in the review file (formfold-review.json in the working folder unless \
            --review-file says otherwise), applied on every later run of match, and learned as aliases. A \
            decision that contradicts an earlier one is refused unless --replace is given; the replaced \
            decision stays in the file as superseded.
            """,
        subcommands: [List.self, Accept.self, Reject.self, Correct.self],
        defaultSubcommand: List.self
    )

    /// `formfold review list PATHS`: mappings below the review threshold and fields with no concept.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the open mappings of the forms (the default).")

        @Argument(help: "Spreadsheet files or folders.")
        var paths: [String]

        @Option(help: "Show mappings below this confidence.")
        var below = 0.8

        @Flag(help: "Print the open mappings as JSON.")
        var json = false

        @OptionGroup var options: MatchOptions

        func run() throws {
            let matcher = try options.loadMatcher()
            let inspection = Inspector(converter: ScriptConversion.converter).inspect(paths: paths)
            var run = FormSetMatcher(matcher: matcher, review: try options.loadReview())
            run.reviewThreshold = below
            let report = run.match(inspection.forms.map(\.form))
            let open = report.open
            if json {
                print(try ReportJSON.encode(open))
            } else {
                for m in open {
                    let path = m.field.path.map(InspectionText.oneLine).joined(separator: " / ")
                    out("\(m.field.file)\(m.field.sheet.map { " › " + $0 } ?? "") \(m.field.column)  「\(path)」")
                    out("    → \(MatchText.target(m, dictionary: matcher.dictionary))")
                    for e in m.evidence.prefix(3) { out("      · \(e.reason)") }
                    let header = "\"\(path)\""
                    if let concept = m.concept {
                        out("    formfold review accept --header \(header) --concept \(concept)"
                            + m.disaggregation.sorted { $0.key < $1.key }.map { " --set \($0.key)=\($0.value)" }.joined())
                    } else {
                        out("    formfold review correct --header \(header) --concept CONCEPT")
                    }
                }
                out("\(open.count) open mappings of \(report.fields.count) fields (below \(below), or no concept)")
            }
            try ReadErrors.finish(inspection.errors)
        }

        private func out(_ line: String) { print(line) }
    }

    /// What every decision names: the header, the scope and who decides.
    struct DecisionOptions: ParsableArguments {
        @Option(help: "The header path as written, groups separated by ' / '.")
        var header: String

        @Option(help: "Only this file (as match shows it); every form with this header otherwise.")
        var file: String?

        @Option(help: "Only this sheet of --file.")
        var sheet: String?

        @Option(help: "Who decides (default: $USER).")
        var reviewer: String?

        @Option(help: "Why, for the audit trail.")
        var note: String?

        @Flag(help: "Replace an earlier decision that this one contradicts.")
        var replace = false

        @OptionGroup var options: MatchOptions

        func validate() throws {
            if sheet != nil && file == nil { throw ValidationError("--sheet needs --file") }
        }

        func record(_ action: ReviewDecision.Action, concept: String, disaggregation: Disaggregation?,
                    matcher: FieldMatcher) throws {
            guard matcher.dictionary.concept(concept) != nil else {
                throw ValidationError("\(concept) is not a concept of the dictionary")
            }
            let path = headerPath(header)
            var book = try options.loadReview()
            let decision = ReviewDecision(
                header: path.map { matcher.key(of: $0) }, path: path, file: file, sheet: sheet, action: action,
                concept: concept, disaggregation: disaggregation,
                reviewer: reviewer ?? ProcessInfo.processInfo.environment["USER"] ?? "reviewer",
                decidedAt: ISO8601DateFormatter().string(from: Date()), note: note)
            do {
                try book.record(decision, replacing: replace)
            } catch let conflict as ReviewConflict {
                throw ValidationError(conflict.description)
            }
            try options.save(book)
            print("recorded: \(decision.summary)")
        }
    }

    static func parse(_ assignments: [String], matcher: FieldMatcher) throws -> Disaggregation {
        var out: Disaggregation = [:]
        for a in assignments {
            let parts = a.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let category = matcher.dictionary.category(parts[0]) else {
                throw ValidationError("--set \(a): write CATEGORY=OPTION with a category of the dictionary")
            }
            if !category.isOrdinal, !(category.options ?? []).contains(where: { $0.id == parts[1] }) {
                throw ValidationError("--set \(a): \(parts[1]) is not an option of \(category.id)")
            }
            out[parts[0]] = parts[1]
        }
        return out
    }

    struct Accept: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Accept a mapping (the matcher's, unless --concept names it).")

        @OptionGroup var decision: DecisionOptions

        @Option(help: "The concept accepted (default: what the matcher says for the header).")
        var concept: String?

        @Option(name: .customLong("set"), help: "A disaggregation CATEGORY=OPTION (repeatable; default: the matcher's).")
        var assignments: [String] = []

        func run() throws {
            let matcher = try decision.options.loadMatcher()
            let own = matcher.match(FieldHeader(path: headerPath(decision.header)))
            guard let id = concept ?? own.concept else {
                throw ValidationError("the matcher maps no concept to this header: use review correct --concept")
            }
            let disaggregation = assignments.isEmpty && concept == nil ? own.disaggregation
                : try Review.parse(assignments, matcher: matcher)
            try decision.record(.accept, concept: id, disaggregation: disaggregation, matcher: matcher)
        }
    }

    struct Reject: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Reject a concept for a header.")

        @OptionGroup var decision: DecisionOptions

        @Option(help: "The concept that is wrong for this header.")
        var concept: String

        func run() throws {
            try decision.record(.reject, concept: concept, disaggregation: nil, matcher: try decision.options.loadMatcher())
        }
    }

    struct Correct: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Map a header to another concept.")

        @OptionGroup var decision: DecisionOptions

        @Option(help: "The concept the header maps to.")
        var concept: String

        @Option(name: .customLong("set"), help: "A disaggregation CATEGORY=OPTION (repeatable).")
        var assignments: [String] = []

        func run() throws {
            let matcher = try decision.options.loadMatcher()
            try decision.record(.correct, concept: concept, disaggregation: try Review.parse(assignments, matcher: matcher),
                                matcher: matcher)
        }
    }
}
