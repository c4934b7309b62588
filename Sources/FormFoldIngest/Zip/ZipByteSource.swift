/// Random access to the bytes of a zip file, from disk or from memory.
protocol ZipByteSource: AnyObject {
    /// Total size of the file in bytes.
    var size: Int64 { get }
    /// Copies up to `buffer.count` bytes starting at `offset` and returns how many were copied
    /// (fewer only at the end of the file).
    func read(at offset: Int64, into buffer: UnsafeMutableRawBufferPointer) throws(ZipFailure) -> Int
}

extension ZipByteSource {
    /// Reads exactly `count` bytes at `offset`, or fails saying the file is truncated.
    func readExactly(at offset: Int64, count: Int, what: String) throws(ZipFailure) -> [UInt8] {
        guard offset >= 0, count >= 0, offset <= size, Int64(count) <= size - offset else {
            throw ZipFailure("the \(what) lies past the end of the file: the file is truncated or damaged; download or copy it again")
        }
        var bytes = [UInt8](repeating: 0, count: count)
        var failure: ZipFailure?
        let got = bytes.withUnsafeMutableBytes { raw -> Int in
            do throws(ZipFailure) { return try read(at: offset, into: raw) } catch { failure = error; return -1 }
        }
        if let failure { throw failure }
        guard got == count else {
            throw ZipFailure("the \(what) lies past the end of the file: the file is truncated or damaged; download or copy it again")
        }
        return bytes
    }
}
