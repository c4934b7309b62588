/// OpenCC could not load any of the configurations asked for, usually because its data files are not installed.
public struct OpenCCUnavailable: Error, Sendable, Hashable, CustomStringConvertible {
    /// The configurations tried, in order.
    public var configurations: [String]

    public init(configurations: [String]) {
        self.configurations = configurations
    }

    public var description: String {
        "OpenCC could not load \(configurations.joined(separator: " or ")): its data files are missing. "
            + "Install them (Debian: apt-get install libopencc-data) or read without script conversion."
    }
}
