import COpenCC
import FormFoldCore
import Synchronization

/// Traditional → simplified Chinese through the OpenCC C library, with Taiwan phrasing folded to mainland usage
/// (軟體與資料庫 → 软件与数据库, 身份證號碼 → 身份证号码).
///
/// Opens OpenCC's `tw2sp.json` configuration, falling back to `t2s.json` (character by character) when the phrase
/// tables are missing. The handles are guarded by mutexes, so one converter can be shared between tasks.
///
/// Text is converted only when it holds a traditional character (OpenCC's character table `t2s.json` changes
/// it): the Taiwan phrase table also rewrites words that are already mainland usage (新增 → 添加, 资料 → 数据),
/// which would turn a simplified header into a different one.
///
/// ```swift
/// let converter: any ScriptConverter = OpenCCConverter.shared ?? IdentityScriptConverter()
/// converter.simplified("身份證號碼")  // "身份证号码"
/// ```
public final class OpenCCConverter: ScriptConverter {
    /// A converter opened once for the process; nil when OpenCC's data files are not installed.
    public static let shared: OpenCCConverter? = try? OpenCCConverter()

    /// The configuration that was opened, such as `tw2sp.json`.
    public let configuration: String

    private let handle: Mutex<OpenCCHandle>
    /// Character-by-character tables, used to tell whether text holds any traditional character.
    private let probe: Mutex<OpenCCHandle?>

    /// Opens the first of `configurations` that OpenCC can load, by file name (looked up in OpenCC's data
    /// folder) or path. Throws ``OpenCCUnavailable`` when none loads.
    public init(configurations: [String] = ["tw2sp.json", "t2s.json"]) throws {
        for name in configurations {
            if let opened = OpenCCHandle(configuration: name) {
                configuration = name
                handle = Mutex(opened)
                probe = Mutex(OpenCCHandle(configuration: "t2s.json"))
                return
            }
        }
        throw OpenCCUnavailable(configurations: configurations)
    }

    public func simplified(_ text: String) -> String {
        if text.isEmpty || text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        let unchanged = probe.withLock { characters -> Bool in
            // No probe (t2s.json missing): convert everything.
            guard let converted = characters?.convert(text) else { return false }
            return converted == text
        }
        if unchanged { return text }
        return handle.withLock { $0.convert(text) } ?? text
    }
}
