import COpenCC

/// An open `opencc_t`, closed when the value is dropped. Not copyable, so exactly one owner closes it.
struct OpenCCHandle: ~Copyable {
    private let raw: opencc_t

    /// Opens a configuration; nil when OpenCC cannot load it (it returns `(opencc_t)-1`, or NULL).
    init?(configuration: String) {
        guard let raw = opencc_open(configuration), Int(bitPattern: raw) != -1 else { return nil }
        self.raw = raw
    }

    deinit { opencc_close(raw) }

    /// The converted text; nil when OpenCC reports an error.
    func convert(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard let base = bytes.baseAddress else { return "" }
            let input = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
            guard let result = opencc_convert_utf8(raw, input, bytes.count) else { return nil }
            defer { opencc_convert_utf8_free(result) }
            return String(cString: result)
        }
    }
}
