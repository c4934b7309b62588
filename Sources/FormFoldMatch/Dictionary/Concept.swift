import FormFoldCore

/// One fact of the data dictionary, asked under many headers (姓名, 身份证号, 居家隔离人数…).
///
/// A class of constants: the matcher passes concepts around with every candidate it scores, and copying a struct
/// of thirteen fields cost more than the scoring.
public final class Concept: Sendable, Hashable, Codable, Identifiable {
    /// Stable dotted id, such as `person.id_number` or `isolation.home.count`.
    public let id: String
    /// The Chinese name, such as 身份证号.
    public let name: String
    /// Headers as really written, normalised (simplified script, no spaces, units or annotations).
    public let aliases: [String]
    /// The kind of value it holds, as ingest infers field types.
    public let type: FieldKind
    /// Allowed values of an enumeration.
    public let values: [String]?
    /// The unit, such as 人, 户, 万元, ℃.
    public let unit: String?
    public let aggregation: Aggregation
    public let grain: Grain
    /// Ids of the categories (disaggregations) it may carry.
    public let categories: [String]?
    public let topic: String?
    /// The shared platform that already holds it (人口库, 健康码平台…), if any.
    public let source: String?
    public let description: String?
    /// On a concept naming a party other than the person described (申请人, 网格员, 监护人): the `mobile` concept
    /// holding that party's phone, so that 网格员联系方式 reads as it rather than as the person's own mobile.
    public let phone: String?

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

    public static func == (a: Concept, b: Concept) -> Bool {
        a === b || (a.id == b.id && a.name == b.name && a.aliases == b.aliases && a.type == b.type && a.values == b.values
            && a.unit == b.unit && a.aggregation == b.aggregation && a.grain == b.grain && a.categories == b.categories
            && a.topic == b.topic && a.source == b.source && a.description == b.description && a.phone == b.phone)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
    }

    /// True when the concept may carry options of `category`.
    public func allows(category: String) -> Bool {
        categories?.contains(category) ?? false
    }
}
