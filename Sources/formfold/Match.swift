import ArgumentParser
import Foundation
import FormFoldCore
import FormFoldIngest
import FormFoldMatch

/// `formfold match`: every field of the forms mapped to the data dictionary, with the reasons.
struct Match: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Map every field of the forms to the data dictionary, with confidence and reasons.",
        discussion: """
            PATHS are files or folders (every sheet is read). Each field gets a concept of the dictionary (or none), \
            the disaggregation its header carries (省外 → region=out_of_province, 第三次 → round=3), a confidence \
            and the evidence. Fields no concept fits are clustered across forms into proposed concepts. Review \
            decisions (formfold review) are applied. With --header, match header paths given as text instead \
            ("排查风险人员（按区域） / 省外返临人数").
            """
    )

    @Argument(help: "Spreadsheet files or folders.")
    var paths: [String] = []

    @Option(name: .customLong("header"), help: "A header path to match, groups separated by ' / ' (repeatable).")
    var headers: [String] = []

    @Flag(help: "Print the result as JSON ({\"fields\":[…],\"proposed\":[…],\"errors\":[…]}).")
    var json = false

    @OptionGroup var options: MatchOptions

    func validate() throws {
        if paths.isEmpty && headers.isEmpty { throw ValidationError("give files or folders, or --header") }
    }

    func run() throws {
        let matcher = try options.loadMatcher()
        let review = try options.loadReview()
        var forms: [Form] = []
        var errors: [IngestError] = []
        if !paths.isEmpty {
            let inspection = Inspector(converter: ScriptConversion.converter).inspect(paths: paths)
            forms = inspection.forms.map(\.form)
            errors = inspection.errors
        }
        if !headers.isEmpty {
            let fields = headers.enumerated().map { i, text in
                Field(column: CellReference.columnName(i), path: headerPath(text), name: "", type: FieldType(kind: .empty))
            }
            forms.append(Form(file: "(--header)", sheet: nil, title: nil, meta: [], notes: [], footer: [],
                              headerRows: 1...1, fields: fields, rowCount: 0, layout: .list, rowLabels: []))
        }
        let report = FormSetMatcher(matcher: matcher, review: review).match(forms)
        if json {
            print(try ReportJSON.encode(MatchOutput(report: report, errors: errors)))
        } else {
            print(MatchText(report: report, dictionary: matcher.dictionary).render(), terminator: "")
            ReadErrors.print(errors)
        }
        if !errors.isEmpty { throw ExitCode(1) }
    }
}

/// `formfold match --json`.
struct MatchOutput: Encodable {
    let report: MatchReport
    let errors: [IngestError]

    enum CodingKeys: String, CodingKey { case fields, proposed, errors }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(report.fields, forKey: .fields)
        try c.encode(report.proposed, forKey: .proposed)
        try c.encode(errors, forKey: .errors)
    }
}

/// The readable form of a ``MatchReport``: per form, each field with its concept, confidence and reasons.
struct MatchText {
    let report: MatchReport
    let dictionary: DataDictionary

    func render() -> String {
        var out = ""
        var place = ""
        for m in report.fields {
            let here = m.field.file + (m.field.sheet.map { " › " + $0 } ?? "")
            if here != place {
                place = here
                out += "== \(here)\n"
            }
            let path = m.field.path.map(InspectionText.oneLine).joined(separator: " › ")
            out += "  \(m.field.column)  \(path)  →  \(Self.target(m, dictionary: dictionary))\n"
            for e in m.evidence where e.kind != .alternative || m.concept == nil || e.reason.hasPrefix("the matcher") {
                out += "       · \(e.reason)\n"
            }
        }
        if !report.proposed.isEmpty {
            out += "== proposed concepts (no concept of the dictionary fits)\n"
            for p in report.proposed {
                let files = Set(p.fields.map(\.file)).count
                out += "  \(p.id)  「\(p.label)」  \(p.fields.count) fields in \(files) files"
                out += p.keys.count > 1 ? "  (\(p.keys.joined(separator: ", ")))\n" : "\n"
            }
        }
        let counts = Dictionary(grouping: report.fields, by: \.status).mapValues(\.count)
        out += "\(report.fields.count) fields: \(counts[.matched] ?? 0) matched, \(counts[.decided] ?? 0) decided, "
            + "\(counts[.review] ?? 0) to review, \(counts[.proposed] ?? 0) proposed (\(report.proposed.count) proposed concepts)\n"
        return out
    }

    static func target(_ m: FieldMapping, dictionary: DataDictionary) -> String {
        guard let id = m.concept else { return "none  (\(m.proposed ?? "—"))" }
        var text = id
        if let name = dictionary.concept(id)?.name { text += " \(name)" }
        if !m.disaggregation.isEmpty {
            text += " {" + m.disaggregation.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ") + "}"
        }
        text += String(format: "  %.2f", m.confidence)
        switch m.status {
        case .review: text += "  [review]"
        case .decided: text += "  [decided]"
        default: break
        }
        return text
    }
}
