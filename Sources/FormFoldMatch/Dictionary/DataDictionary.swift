import FormFoldCore
import Yams

/// The canonical data dictionary (数据字典): the concepts fields are mapped to and the categories they may carry.
///
/// Loaded from YAML (templates/dictionary.yaml; the binary embeds a copy as ``EmbeddedTemplates``):
///
/// ```swift
/// let dictionary = try DataDictionary(yaml: EmbeddedTemplates.dictionary)
/// dictionary.concept("person.id_number")?.name  // "身份证号"
/// ```
public struct DataDictionary: Sendable {
    public var version: String
    public var name: String
    public var categories: [Category]
    public var concepts: [Concept]

    private var conceptIndex: [String: Int] = [:]
    private var categoryIndex: [String: Int] = [:]

    /// The dictionary compiled into the binary from templates/.
    public static func embedded() throws -> DataDictionary {
        try DataDictionary(yaml: EmbeddedTemplates.dictionary, source: "templates/dictionary.yaml (embedded)")
    }

    /// Parses and checks a dictionary. `source` names the file in errors.
    public init(yaml: String, source: String = "dictionary.yaml") throws {
        struct File: Decodable {
            var version: String
            var name: String?
            var categories: [Category]?
            var concepts: [Concept]
        }
        let file: File
        do {
            file = try YAMLDecoder().decode(File.self, from: yaml)
        } catch {
            throw TemplateError(file: source, message: TemplateError.describe(error))
        }
        try self.init(version: file.version, name: file.name ?? "", categories: file.categories ?? [],
                      concepts: file.concepts, source: source)
    }

    /// A dictionary from values; checks that ids are unique, that every alias belongs to one concept and that
    /// every category a concept names exists.
    public init(version: String, name: String, categories: [Category], concepts: [Concept],
                source: String = "dictionary") throws {
        self.version = version
        self.name = name
        self.categories = categories
        self.concepts = concepts
        for (i, c) in categories.enumerated() {
            if categoryIndex.updateValue(i, forKey: c.id) != nil {
                throw TemplateError(file: source, message: "category \(c.id) is defined twice")
            }
        }
        var aliasOwner: [String: String] = [:]
        for (i, c) in concepts.enumerated() {
            if conceptIndex.updateValue(i, forKey: c.id) != nil {
                throw TemplateError(file: source, message: "concept \(c.id) is defined twice")
            }
            for category in c.categories ?? [] where categoryIndex[category] == nil {
                throw TemplateError(file: source, message: "concept \(c.id) names category \(category), which is not defined")
            }
            if let phone = c.phone, !concepts.contains(where: { $0.id == phone && $0.type == .mobile }) {
                throw TemplateError(file: source, message: "concept \(c.id) names phone \(phone), which is not a mobile concept")
            }
            for alias in c.aliases {
                if let owner = aliasOwner.updateValue(c.id, forKey: alias), owner != c.id {
                    throw TemplateError(file: source, message: "alias \(alias) belongs to both \(owner) and \(c.id)")
                }
            }
        }
    }

    public func concept(_ id: String) -> Concept? {
        conceptIndex[id].map { concepts[$0] }
    }

    public func category(_ id: String) -> Category? {
        categoryIndex[id].map { categories[$0] }
    }

    /// How an option reads in a header: 省外 for `region=out_of_province`, 第3次 for `round=3`, else the option id.
    public func optionName(category id: String, option: String) -> String {
        let category = category(id)
        if let name = category?.options?.first(where: { $0.id == option })?.name { return name }
        return category?.isOrdinal == true ? "第\(option)次" : option
    }

    /// The concept's name with its options: 居家隔离人数（省外·累计）.
    public func label(_ concept: Concept, _ disaggregation: [String: String]) -> String {
        let options = optionNames(disaggregation)
        return options.isEmpty ? concept.name : concept.name + "（" + options.joined(separator: "·") + "）"
    }

    /// The names of a disaggregation's options, in the order of their category ids: [省外, 累计].
    public func optionNames(_ disaggregation: [String: String]) -> [String] {
        disaggregation.sorted { $0.key < $1.key }.map { optionName(category: $0.key, option: $0.value) }
    }
}

/// A data-dictionary or synonym file that cannot be used, with the file named.
public struct TemplateError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var message: String

    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    public var description: String { "\(file): \(message)" }

    static func describe(_ error: any Error) -> String {
        switch error {
        case let DecodingError.keyNotFound(key, context):
            return "missing key \(key.stringValue) at \(path(context.codingPath))"
        case let DecodingError.typeMismatch(_, context), let DecodingError.dataCorrupted(context), let DecodingError.valueNotFound(_, context):
            return "\(context.debugDescription) at \(path(context.codingPath))"
        default:
            return "\(error)"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
    }
}
