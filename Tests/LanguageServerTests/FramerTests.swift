import Foundation
import LanguageServerProtocol
import Testing

@Suite struct FramerTests {
  @Test func cutsFramesSplitAnywhere() {
    let a = MessageFramer.frame(Data(#"{"jsonrpc":"2.0","method":"a"}"#.utf8))
    let b = MessageFramer.frame(Data(#"{"jsonrpc":"2.0","method":"bé"}"#.utf8))
    let stream = a + b
    for cut in 0...stream.count {
      var f = MessageFramer()
      var bodies: [Data] = []
      f.append(stream.prefix(cut))
      while case .body(let d)? = f.next() { bodies.append(d) }
      f.append(stream.dropFirst(cut))
      while case .body(let d)? = f.next() { bodies.append(d) }
      #expect(bodies.count == 2, "cut at \(cut)")
    }
  }
}
