import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where an ``XMLReader`` takes its bytes from: a file read in chunks, or
/// bytes already in memory. Bytes sniffed before parsing (to find the
/// encoding) are served again first.
final class ByteSource {
  private var fd: Int32 = -1
  private var memory: [UInt8] = []
  private var memoryOffset = 0
  private var prefix: [UInt8] = []
  private var prefixOffset = 0

  /// The size of the input in bytes (0 when unknown).
  private(set) var size = 0

  /// Opens `path` for reading; nil when it cannot be opened.
  init?(path: String) {
    fd = open(path, O_RDONLY | O_CLOEXEC)
    if fd < 0 { return nil }
    var st = stat()
    if fstat(fd, &st) == 0 { size = Int(st.st_size) }
  }

  init(bytes: [UInt8]) {
    memory = bytes
    size = bytes.count
  }

  /// How far through the input reading has come, 0…1.
  var fractionRead: Double {
    guard size > 0 else { return 0 }
    let at = fd >= 0 ? Int(lseek(fd, 0, SEEK_CUR)) : memoryOffset
    return min(1, Double(max(0, at)) / Double(size))
  }

  deinit {
    if fd >= 0 { close(fd) }
  }

  /// Reads up to `count` bytes into `target`; 0 at the end; -1 on a read
  /// error.
  func read(into target: UnsafeMutablePointer<UInt8>, count: Int) -> Int {
    if prefixOffset < prefix.count {
      let n = min(count, prefix.count - prefixOffset)
      prefix.withUnsafeBufferPointer { p in
        target.update(from: p.baseAddress! + prefixOffset, count: n)
      }
      prefixOffset += n
      return n
    }
    if fd >= 0 {
      while true {
        let n = Foundation.read(fd, target, count)
        if n < 0 && errno == EINTR { continue }
        return n
      }
    }
    let n = min(count, memory.count - memoryOffset)
    if n > 0 {
      memory.withUnsafeBufferPointer { p in
        target.update(from: p.baseAddress! + memoryOffset, count: n)
      }
      memoryOffset += n
    }
    return n
  }

  /// Reads up to `count` bytes ahead and keeps them to be served again.
  func peek(_ count: Int) -> [UInt8] {
    var head = [UInt8](repeating: 0, count: count)
    var filled = 0
    head.withUnsafeMutableBufferPointer { p in
      while filled < count {
        let n = read(into: p.baseAddress! + filled, count: count - filled)
        if n <= 0 { break }
        filled += n
      }
    }
    head.removeSubrange(filled...)
    prefix = head
    prefixOffset = 0
    return head
  }

  /// Drops `count` bytes of the peeked prefix (a byte order mark).
  func skip(_ count: Int) {
    prefixOffset = min(prefix.count, prefixOffset + count)
  }
}
