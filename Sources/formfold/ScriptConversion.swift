import FormFoldCore
import FormFoldOpenCC

/// The script converter the commands use: OpenCC when its data files are installed, else none.
enum ScriptConversion {
    static var converter: any ScriptConverter {
        if let opencc = OpenCCConverter.shared { return opencc }
        return IdentityScriptConverter()
    }
}
