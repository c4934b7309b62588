import Foundation

/// A zip file held in memory, such as an upload.
final class ZipMemoryBytes: ZipByteSource {
    private let data: Data
    let size: Int64

    init(data: Data) {
        self.data = data
        size = Int64(data.count)
    }

    func read(at offset: Int64, into buffer: UnsafeMutableRawBufferPointer) throws(ZipFailure) -> Int {
        guard offset >= 0, offset < size, buffer.count > 0 else { return 0 }
        let count = Int(min(Int64(buffer.count), size - offset))
        let start = data.startIndex + Int(offset)
        data.copyBytes(to: buffer.bindMemory(to: UInt8.self), from: start..<(start + count))
        return count
    }
}
