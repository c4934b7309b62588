/// One file inside a zip, as its central directory describes it.
///
/// Sizes here are what the file declares; readers count the bytes they actually inflate and
/// never trust these for allocation.
struct ZipEntry: Sendable, Hashable {
    /// The path inside the archive, such as `xl/worksheets/sheet1.xml`.
    var path: String
    /// 0 stored, 8 deflate.
    var method: UInt16
    var flags: UInt16
    var crc32: UInt32
    var compressedSize: Int64
    var declaredSize: Int64
    var localHeaderOffset: Int64

    /// Bit 0 of the general-purpose flags: the entry is encrypted.
    var isEncrypted: Bool { flags & 1 != 0 }
}
