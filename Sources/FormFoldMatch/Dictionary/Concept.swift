import FormFoldCore

/// One fact of the data dictionary, asked under many headers (姓名, 身份证号, 居家隔离人数…).
public struct Concept: Sendable, Hashable, Codable, Identifiable {
    /// Stable dotted id, such as `person.id_number` or `isolation.home.count`.
    public var id: String
    /// The Chinese name, such as 身份证号.
    public var name: String
    /// Headers as really written, normalised (simplified script, no spaces, units or annotations).
    public var aliases: [String]
    /// The kind of value it holds, as ingest infers field types.
    public var type: FieldKind
    /// Allowed values of an enumeration.
    public var values: [String]?
    /// The unit, such as 人, 户, 万元, ℃.
    public var unit: String?
    public var aggregation: Aggregation
    public var grain: Grain
    /// Ids of the categories (disaggregations) it may carry.
    public var categories: [String]?
    public var topic: String?
    /// The shared platform that already holds it (人口库, 健康码平台…), if any.
    public var source: String?
    public var description: String?
    /// On a concept naming a party other than the person described (申请人, 网格员, 监护人): the `mobile` concept
    /// holding that party's phone, so that 网格员联系方式 reads as it rather than as the person's own mobile.
    public var phone: String?

    /// How values combine over rows, org units and days.
    public enum Aggregation: String, Sendable, Hashable, Codable {
        /// Additive over rows and org units.
        case sum
        /// A level or state: the latest over time.
        case latest
        /// Identifiers, per-person attributes, text, rates.
        case none
    }

    /// What one value describes.
    public enum Grain: String, Sendable, Hashable, Codable {
        case person, household, enterprise, event, report
        /// Totals for a village, township or district.
        case orgUnit = "org_unit"
    }

    /// True when the concept may carry options of `category`.
    public func allows(category: String) -> Bool {
        categories?.contains(category) ?? false
    }
}
