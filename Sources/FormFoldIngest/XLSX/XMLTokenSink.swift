/// Receives the tokens of one XML part from ``XMLScanner``, in document order.
///
/// A value type, so that its state is checked for exclusive access at compile time rather
/// than on every token. Comments, processing instructions and the XML declaration never reach a sink.
protocol XMLTokenSink {
    mutating func take(_ token: XMLToken, in bytes: UnsafePointer<UInt8>) throws
}
