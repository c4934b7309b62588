import CXlsxWriter

/// The kinds of chart FormFold draws.
public enum ChartKind: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Horizontal bars.
    case bar
    /// Vertical bars.
    case column
    case line
    case pie
    case doughnut
    case area

    public var description: String { rawValue }

    var libraryValue: UInt8 {
        let value: lxw_chart_type
        switch self {
        case .bar: value = LXW_CHART_BAR
        case .column: value = LXW_CHART_COLUMN
        case .line: value = LXW_CHART_LINE
        case .pie: value = LXW_CHART_PIE
        case .doughnut: value = LXW_CHART_DOUGHNUT
        case .area: value = LXW_CHART_AREA
        }
        return UInt8(value.rawValue)
    }

    /// Pie and doughnut charts have no axes.
    var hasAxes: Bool { self != .pie && self != .doughnut }
}

/// Where a chart's legend sits.
public enum ChartLegendPosition: Sendable, Hashable {
    case none, top, bottom, left, right

    var libraryValue: UInt8 {
        let value: lxw_chart_legend_position
        switch self {
        case .none: value = LXW_CHART_LEGEND_NONE
        case .top: value = LXW_CHART_LEGEND_TOP
        case .bottom: value = LXW_CHART_LEGEND_BOTTOM
        case .left: value = LXW_CHART_LEGEND_LEFT
        case .right: value = LXW_CHART_LEGEND_RIGHT
        }
        return UInt8(value.rawValue)
    }
}
