import ArgumentParser
import Foundation

/// How every command ends with what could not be read: each error (file, sheet, cell and why) on standard error,
/// and exit status 1 when there was any. What was read is still used and written first.
enum ReadErrors {
    /// Each error on standard error, one line each.
    static func print<E>(_ errors: [E]) {
        for error in errors { FileHandle.standardError.write(Data("error: \(error)\n".utf8)) }
    }

    /// ``print(_:)``, then exit status 1 when there was any error.
    static func finish<E>(_ errors: [E]) throws {
        print(errors)
        if !errors.isEmpty { throw ExitCode(1) }
    }
}
