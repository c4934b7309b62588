import Foundation
import FormFoldCore

/// Reads a sheet on a second thread while the caller's thread takes its rows: decompressing and parsing on one
/// core, form detection and type inference on the other. Rows cross in batches through a bounded queue, so memory
/// stays flat however long the sheet is.
///
/// ```swift
/// let layout = try RowPipeline.read(sheet: 0, of: reader) { detector.add($0) }
/// ```
enum RowPipeline {
    static let batchSize = 2048
    static let queuedBatches = 4

    /// Streams the rows of the sheet at `index` to `body` on the calling thread and returns the sheet's layout.
    /// `reader` is used only from the reading thread until this returns.
    static func read(sheet index: Int, of reader: any WorkbookReader, _ body: (SheetRow) -> Void) throws -> SheetLayout {
        let queue = BatchQueue(capacity: queuedBatches)
        let job = ReaderJob(reader: reader)
        let thread = Thread {
            var batch: [SheetRow] = []
            batch.reserveCapacity(batchSize)
            let result = Result {
                try job.reader.readSheet(at: index) { row in
                    batch.append(row)
                    if batch.count == batchSize {
                        queue.put(batch)
                        batch.removeAll(keepingCapacity: true)
                    }
                }
            }
            if !batch.isEmpty { queue.put(batch) }
            queue.finish(result)
        }
        thread.stackSize = 8 << 20
        thread.start()
        while let batch = queue.take() {
            for row in batch { body(row) }
        }
        return try queue.result!.get()
    }

    /// The reader, handed to the reading thread; the caller does not touch it until the thread has finished.
    private final class ReaderJob: @unchecked Sendable {
        let reader: any WorkbookReader
        init(reader: any WorkbookReader) { self.reader = reader }
    }

    /// A bounded first-in first-out queue of row batches between the two threads.
    private final class BatchQueue: @unchecked Sendable {
        private let condition = NSCondition()
        private var batches: [[SheetRow]] = []
        private var head = 0
        private let capacity: Int
        private(set) var result: Result<SheetLayout, any Error>?

        init(capacity: Int) { self.capacity = capacity }

        /// Blocks while the queue is full (the taking thread always drains it to the end).
        func put(_ batch: [SheetRow]) {
            condition.lock()
            defer { condition.unlock() }
            while batches.count - head >= capacity { condition.wait() }
            batches.append(batch)
            condition.broadcast()
        }

        func finish(_ result: Result<SheetLayout, any Error>) {
            condition.lock()
            self.result = result
            condition.broadcast()
            condition.unlock()
        }

        /// The next batch; nil once the reader has finished and every batch was taken.
        func take() -> [SheetRow]? {
            condition.lock()
            defer { condition.unlock() }
            while head == batches.count && result == nil { condition.wait() }
            guard head < batches.count else { return nil }
            let batch = batches[head]
            batches[head] = []
            head += 1
            if head > 64 { batches.removeFirst(head); head = 0 }
            condition.broadcast()
            return batch
        }
    }
}
