#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A zip file on disk, read with `pread` so that no whole file is loaded.
final class ZipFileBytes: ZipByteSource {
    private let descriptor: Int32
    let size: Int64

    init(path: String) throws(ZipFailure) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            throw ZipFailure("cannot open the file (\(reason))")
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            close(fd)
            throw ZipFailure("cannot read the file's size")
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw ZipFailure("this is not a regular file")
        }
        descriptor = fd
        size = Int64(info.st_size)
    }

    deinit { close(descriptor) }

    func read(at offset: Int64, into buffer: UnsafeMutableRawBufferPointer) throws(ZipFailure) -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        var done = 0
        while done < buffer.count {
            let n = pread(descriptor, base + done, buffer.count - done, off_t(offset + Int64(done)))
            if n < 0 {
                if errno == EINTR { continue }
                throw ZipFailure("reading the file failed (\(String(cString: strerror(errno))))")
            }
            if n == 0 { break }
            done += n
        }
        return done
    }
}
