import FormFoldCore
import FormFoldMatch
import FormFoldPlan

// The Chinese words the audit and rollup workbooks use for the plan's and the dictionary's values.

extension FormAction {
    /// 保留, 合并, 平台共享, 取消.
    var chinese: String {
        switch self {
        case .keep: "保留"
        case .merge: "合并"
        case .share: "平台共享"
        case .remove: "取消"
        }
    }
}

extension ReasonKind {
    var chinese: String {
        switch self {
        case .unique: "内容独有"
        case .duplicate: "重复"
        case .subset: "被包含"
        case .derivable: "可由台账推算"
        case .shared: "平台已有"
        case .retired: "主题停用"
        }
    }
}

extension FieldFate {
    /// 保留为字段, 由台账推算, 平台共享, 不再采集.
    var chinese: String {
        switch self {
        case .field: "保留为字段"
        case .derived: "由台账推算"
        case .shared: "平台共享"
        case .retired: "不再采集"
        }
    }
}

extension Frequency {
    var chinese: String {
        switch self {
        case .daily: "每日"
        case .weekly: "每周"
        case .monthly: "每月"
        case .quarterly: "每季"
        case .yearly: "每年"
        case .once: "一次性"
        }
    }
}

extension Concept.Aggregation {
    var chinese: String {
        switch self {
        case .sum: "求和"
        case .latest: "取最新值"
        case .none: "不汇总"
        }
    }
}

extension FieldKind {
    var chinese: String {
        switch self {
        case .integer: "整数"
        case .decimal: "小数"
        case .date: "日期"
        case .datetime: "日期时间"
        case .time: "时间"
        case .idNumber: "身份证号"
        case .mobile: "手机号"
        case .yesNo: "是/否"
        case .enumeration: "选项"
        case .text: "文本"
        case .empty: "空"
        }
    }
}

enum GrainLabel {
    /// 人员, 家庭户, 企业, 事件, 报告, 村（社区）汇总; the raw value when unknown.
    static func chinese(_ grain: String) -> String {
        switch grain {
        case "person": "人员"
        case "household": "家庭户"
        case "enterprise": "企业"
        case "event": "事件"
        case "report": "报告"
        case "org_unit": "村（社区）汇总"
        default: grain
        }
    }
}

enum FileLabel {
    /// The file's name without its folders.
    static func name(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
