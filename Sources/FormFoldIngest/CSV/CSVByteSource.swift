import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The raw bytes of a csv file, read front to back a chunk at a time: from an open file or from memory.
///
/// The class owns the file descriptor and closes it when released.
final class CSVByteSource {
    private enum Origin {
        case file(Int32)
        case memory(Data, position: Int)
    }

    private var origin: Origin

    /// Opens `path` for reading; the error number when it cannot be opened.
    init(path: String) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw OpenFailure(code: errno) }
        origin = .file(descriptor)
    }

    /// Reads bytes that are already in memory.
    init(data: Data) {
        origin = .memory(data, position: data.startIndex)
    }

    deinit {
        if case .file(let descriptor) = origin { close(descriptor) }
    }

    /// Why a file could not be opened: a C error number, readable through `description`.
    struct OpenFailure: Error, CustomStringConvertible {
        var code: Int32
        var description: String { String(cString: strerror(code)) }
    }

    /// Fills `buffer` from its start with up to `buffer.count` bytes; returns how many, 0 at the end of the input.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        switch origin {
        case .file(let descriptor):
            var total = 0
            while total < buffer.count {
                let n = readFile(descriptor, base + total, buffer.count - total)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw OpenFailure(code: errno)
                }
                if n == 0 { break }
                total += n
            }
            return total
        case .memory(let data, let position):
            let count = min(buffer.count, data.endIndex - position)
            guard count > 0 else { return 0 }
            data.copyBytes(to: base.assumingMemoryBound(to: UInt8.self), from: position..<(position + count))
            origin = .memory(data, position: position + count)
            return count
        }
    }
}

/// The C library's `read`, under a name the class's own `read` does not hide.
private func readFile(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
