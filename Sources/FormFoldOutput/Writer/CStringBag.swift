#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Owns C copies of Swift strings for one libxlsxwriter call whose option structs take `char *` fields.
///
/// libxlsxwriter copies every string it keeps (`lxw_strdup` in `workbook_set_properties`, data validation,
/// comment options, chart titles and series), so the copies only need to live for the call: use the bag inside
/// `withExtendedLifetime` or let it go out of scope after the call.
final class CStringBag {
    private var pointers: [UnsafeMutablePointer<CChar>] = []

    /// A NUL-terminated UTF-8 copy of `text`, or nil for nil.
    func copy(_ text: String?) -> UnsafeMutablePointer<CChar>? {
        guard let text, let pointer = strdup(text) else { return nil }
        pointers.append(pointer)
        return pointer
    }

    /// A NULL-terminated array of copies of `texts` (a libxlsxwriter `char **` list).
    func list(_ texts: [String]) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> {
        let array = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: texts.count + 1)
        for (i, text) in texts.enumerated() { array[i] = copy(text) }
        array[texts.count] = nil
        arrays.append(array)
        return array
    }

    private var arrays: [UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>] = []

    deinit {
        for pointer in pointers { free(pointer) }
        for array in arrays { array.deallocate() }
    }
}
