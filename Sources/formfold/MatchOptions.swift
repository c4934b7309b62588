import ArgumentParser
import Foundation
import FormFoldCore
import FormFoldMatch

/// Options shared by the commands that map fields: which dictionary, synonyms and review file.
struct MatchOptions: ParsableArguments {
    @Option(help: "A data dictionary YAML file to use instead of the built-in templates/dictionary.yaml.")
    var dictionary: String?

    @Option(help: "A synonyms YAML file to use instead of the built-in templates/synonyms.yaml.")
    var synonyms: String?

    @Option(name: .customLong("review-file"), help: "Where review decisions are kept.")
    var reviewFile = "formfold-review.json"

    func loadMatcher() throws -> FieldMatcher {
        let dictionary = try self.dictionary.map { try DataDictionary(yaml: Self.read($0), source: $0) } ?? .embedded()
        let synonyms = try self.synonyms.map { try SynonymTable(yaml: Self.read($0), source: $0) } ?? .embedded()
        return FieldMatcher(dictionary: dictionary, synonyms: synonyms, converter: ScriptConversion.converter)
    }

    /// The review decisions; an empty book when the file does not exist yet.
    func loadReview() throws -> ReviewBook {
        guard FileManager.default.fileExists(atPath: reviewFile) else { return ReviewBook() }
        return try ReviewBook(json: Data(contentsOf: URL(fileURLWithPath: reviewFile)), file: reviewFile)
    }

    /// Writes the book atomically, so an interrupted run never leaves half a file.
    func save(_ book: ReviewBook) throws {
        try book.json().write(to: URL(fileURLWithPath: reviewFile), options: .atomic)
    }

    static func read(_ path: String) throws -> String {
        do {
            return String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        } catch {
            throw ValidationError("\(path): cannot be read (\(error.localizedDescription))")
        }
    }
}

/// A header path given on the command line as `group / leaf`.
func headerPath(_ text: String) -> [String] {
    text.components(separatedBy: " / ").map { $0.trimmingCharacters(in: .whitespaces) }
}
