import Yams

/// A command office's policy for a reduction plan (policy.yaml beside the forms): the shared platforms that already
/// hold data, the topics no longer collected, and each form's department and frequency.
///
/// ```yaml
/// version: 1
/// district: 青岚区
/// platforms: [人口库, 健康码平台, 核酸检测平台]
/// retired_topics: [publicity, parks]
/// forms:
///   - {file: "01_返乡人员排查登记表.xlsx", sheet: null, department: 卫健局, frequency: daily}
/// ```
public struct Policy: Sendable, Hashable, Codable {
    public var version: Int
    public var district: String?
    /// Platform sources available (names as in the dictionary's `source`): a concept they hold need not be asked.
    public var platforms: [String]
    /// Dictionary topics (`publicity`, `parks`…) the office no longer collects.
    public var retiredTopics: [String]
    public var forms: [FormPolicy]
    /// Seconds a cadre spends on one entry (one cell), for the time saved.
    public var secondsPerEntry: Double?
    /// The villages and communities under each street or township, for rollups and per-village figures.
    public var orgUnits: OrgUnits?

    public struct FormPolicy: Sendable, Hashable, Codable {
        /// The file, relative to the policy's folder (or as the run names it).
        public var file: String
        public var sheet: String?
        public var department: String?
        public var frequency: Frequency?
        public var title: String?

        public init(file: String, sheet: String? = nil, department: String? = nil, frequency: Frequency? = nil, title: String? = nil) {
            self.file = file
            self.sheet = sheet
            self.department = department
            self.frequency = frequency
            self.title = title
        }
    }

    public struct OrgUnits: Sendable, Hashable, Codable {
        public struct Street: Sendable, Hashable, Codable {
            public var name: String
            public var villages: [String]
        }
        public var streets: [Street]
    }

    enum CodingKeys: String, CodingKey {
        case version, district, platforms, forms
        case retiredTopics = "retired_topics"
        case secondsPerEntry = "seconds_per_entry"
        case orgUnits = "org_units"
    }

    public init(version: Int = 1, district: String? = nil, platforms: [String] = [], retiredTopics: [String] = [],
                forms: [FormPolicy] = [], secondsPerEntry: Double? = nil, orgUnits: OrgUnits? = nil) {
        self.version = version
        self.district = district
        self.platforms = platforms
        self.retiredTopics = retiredTopics
        self.forms = forms
        self.secondsPerEntry = secondsPerEntry
        self.orgUnits = orgUnits
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        version = try c.decodeIfPresent(Int.self, forKey: .version) ?? 1
        district = try c.decodeIfPresent(String.self, forKey: .district)
        platforms = try c.decodeIfPresent([String].self, forKey: .platforms) ?? []
        retiredTopics = try c.decodeIfPresent([String].self, forKey: .retiredTopics) ?? []
        forms = try c.decodeIfPresent([FormPolicy].self, forKey: .forms) ?? []
        secondsPerEntry = try c.decodeIfPresent(Double.self, forKey: .secondsPerEntry)
        orgUnits = try c.decodeIfPresent(OrgUnits.self, forKey: .orgUnits)
    }

    /// Parses a policy; `source` names the file in errors.
    public init(yaml: String, source: String) throws {
        do {
            self = try YAMLDecoder().decode(Policy.self, from: yaml)
        } catch {
            throw PolicyError(file: source, message: "\(error)")
        }
    }

    /// The entry for a form: by file (its path ending with the entry's file, or, for a copy saved in another
    /// format, with the same name before the extension) and by sheet when the entry names one.
    public func entry(file: String, sheet: String?) -> FormPolicy? {
        func stem(_ path: String) -> String {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            guard let dot = name.lastIndex(of: "."), dot > name.startIndex else { return name }
            return String(name[..<dot])
        }
        var matching = forms.filter { file == $0.file || file.hasSuffix("/" + $0.file) }
        if matching.isEmpty { matching = forms.filter { stem($0.file) == stem(file) } }
        return matching.first { $0.sheet != nil && $0.sheet == sheet } ?? matching.first { $0.sheet == nil } ?? matching.first
    }
}

/// How often a form is filed.
public enum Frequency: String, Sendable, Hashable, Codable, CaseIterable {
    case daily, weekly, monthly, quarterly, yearly, once

    /// Filings per day, for entries per day.
    public var perDay: Double {
        switch self {
        case .daily: 1
        case .weekly: 1.0 / 7
        case .monthly: 1.0 / 30
        case .quarterly: 1.0 / 91
        case .yearly: 1.0 / 365
        case .once: 0
        }
    }
}

/// A policy file that cannot be used.
public struct PolicyError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var message: String
    public var description: String { "\(file): \(message)" }
}
