/// How a document is cut into pieces linted on their own (on every core,
/// memory bounded by the piece size whatever the file's shape).
extension Linter {
  /// A piece of a document linted on its own.
  struct Chunk {
    var range: Range<String.Index>
    /// The Character offset of `range`'s start in the document.
    var base: Int
    /// The Character offsets whose findings this chunk reports: all of
    /// it, except where a long line was cut and the next chunk overlaps.
    var owned: Range<Int>
  }

  /// Paragraphs of `text` (split at blank lines; a paragraph longer than
  /// `limit` bytes is cut at its line breaks), with their Character
  /// offsets.
  ///
  /// A line longer than `lineLimit` bytes (a file that is one line) is cut
  /// at a space, and the next chunk starts `overlap` bytes earlier, so a
  /// name across the cut is read whole in the next chunk: each chunk owns
  /// the findings that start before the middle of the overlap. Memory then
  /// stays bounded by the chunk size whatever the line lengths.
  static func chunks(
    _ text: String, limit: Int = 65_536, lineLimit: Int = 262_144, overlap: Int = 1_024
  ) -> [Chunk] {
    // Split points are found on the UTF-8 bytes (LF, and CR LF); the
    // Character offset of each chunk is its predecessors' counts.
    let utf8 = text.utf8
    var result: [Chunk] = []
    var start = utf8.startIndex
    var base = 0
    var ownedFrom = 0
    var previousNewline = false
    var length = 0
    var i = utf8.startIndex
    /// The index after the last ASCII space in the `window` bytes before
    /// `end`, if any.
    func space(before end: String.Index, window: Int) -> String.Index? {
      var j = end
      var n = 0
      while j > start, n < window {
        let k = utf8.index(before: j)
        if utf8[k] == 0x20 { return j }
        j = k
        n += 1
      }
      return nil
    }
    /// The index after the last ASCII byte before `end` (a Character
    /// boundary in any text but the rarest: an ASCII letter with a
    /// combining mark after it).
    func asciiBoundary(before end: String.Index) -> String.Index? {
      var j = end
      while j > start {
        let k = utf8.index(before: j)
        if utf8[k] < 0x80, j < utf8.endIndex, utf8[j] < 0x80 { return j }
        j = k
      }
      return nil
    }
    var retryAt = lineLimit
    while i != utf8.endIndex {
      let b = utf8[i]
      i = utf8.index(after: i)
      length += 1
      let newline = b == 0x0A
      if newline, previousNewline || length >= limit {
        let end = base + ASCIICount.characters(text[start..<i])
        result.append(Chunk(range: start..<i, base: base, owned: ownedFrom..<end))
        base = end
        ownedFrom = end
        start = i
        length = 0
      } else if !newline, length >= retryAt,
        let cut = space(before: i, window: 4_096)
          ?? (length >= 2 * lineLimit ? asciiBoundary(before: i) : nil)
      {
        // One very long line: cut at a space; the next chunk starts at a
        // space about `overlap` bytes earlier.
        let cutOffset = base + ASCIICount.characters(text[start..<cut])
        let back = utf8.index(cut, offsetBy: -overlap, limitedBy: start) ?? start
        let next = space(before: back, window: 1_024) ?? back
        let nextBase = base + ASCIICount.characters(text[start..<next])
        let middle = nextBase + (cutOffset - nextBase) / 2
        result.append(Chunk(range: start..<cut, base: base, owned: ownedFrom..<middle))
        ownedFrom = middle
        base = nextBase
        start = next
        length = utf8.distance(from: next, to: i)
        retryAt = lineLimit
      } else if !newline, length >= retryAt {
        // No space near: look again 4 KiB on (a line without spaces is
        // cut at any ASCII byte once it is twice the limit).
        retryAt = length + 4_096
      }
      if newline { retryAt = lineLimit }
      if b != 0x0D { previousNewline = newline }
    }
    if start != utf8.endIndex {
      result.append(Chunk(range: start..<utf8.endIndex, base: base, owned: ownedFrom..<Int.max))
    } else if let last = result.indices.last {
      result[last].owned = result[last].owned.lowerBound..<Int.max
    }
    return result
  }
}
