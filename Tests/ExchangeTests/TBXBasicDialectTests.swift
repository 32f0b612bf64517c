import Exchange
import Foundation
import Terminology
import Testing

/// The TBX-Basic (DCA) dialect rules the core RNG does not check (they
/// live in an XSLT 2 schematron no CI tool here runs; standards.md §2.3
/// says to enforce them in unit tests): permitted data categories, their
/// values and where each may appear.
@Suite struct TBXBasicDialectTests {
  static let termNoteTypes: Set<String> = [
    "administrativeStatus", "partOfSpeech", "geographicalUsage", "grammaticalGender",
    "termLocation", "termType",
  ]
  static let administrativeStatus: Set<String> = [
    "preferredTerm-admn-sts", "admittedTerm-admn-sts", "deprecatedTerm-admn-sts",
    "supersededTerm-admn-sts",
  ]
  /// descrip type → the elements it may appear in.
  static let descripPlaces: [String: Set<String>] = [
    "subjectField": ["conceptEntry"], "definition": ["conceptEntry", "langSec"], "context": ["termSec"],
  ]

  @Test func shippedGlossaryExportFollowsTBXBasic() throws {
    let tbx = TBXWriter.string(Shipped.glossary, version: .v3)
    let r = XMLReader(string: tbx, file: "glossary.tbx")
    var stack: [String] = []
    var pendingTermNote: String?
    var text = ""
    var ids: Set<String> = []
    var counts: [String: Int] = [:]
    while let e = try r.next() {
      switch e {
      case .start(let name, let attrs, _):
        let type = attrs.first { $0.name == "type" }?.value
        counts[name, default: 0] += 1
        switch name {
        case "tbx":
          #expect(type == "TBX-Basic")
          #expect(attrs.contains(XMLAttribute("style", "dca")))
          #expect(attrs.contains(XMLAttribute("xmlns", "urn:iso:std:iso:30042:ed-2")))
        case "conceptEntry":
          let id = try #require(attrs.first { $0.name == "id" }?.value)
          #expect(ConceptIdentifier.isNCName(id), "\(id)")
          #expect(ids.insert(id).inserted, "duplicate id \(id)")
        case "termNote":
          #expect(Self.termNoteTypes.contains(type ?? ""), "termNote type \(type ?? "nil")")
          #expect(stack.last == "termSec")
          pendingTermNote = type
        case "descrip":
          let places = Self.descripPlaces[type ?? ""]
          #expect(places?.contains(stack.last ?? "") == true, "descrip \(type ?? "nil") in \(stack.last ?? "")")
        case "admin":
          #expect(["customerSubset", "projectSubset", "source"].contains(type ?? ""))
        case "langSec":
          #expect(attrs.contains { $0.name == "xml:lang" && $0.value != "kk-Cyrl" && !$0.value.contains("_") })
        default: break
        }
        stack.append(name)
        text = ""
      case .text(let t):
        text += t
      case .end(let name):
        stack.removeLast()
        if name == "termNote", pendingTermNote == "administrativeStatus" {
          #expect(Self.administrativeStatus.contains(text), "\(text)")
        }
        if name == "termNote" { pendingTermNote = nil }
      default: break
      }
    }
    #expect(counts["conceptEntry"] == Shipped.glossary.concepts.count)
    #expect(counts["termSec"] == Shipped.glossary.concepts.reduce(0) { $0 + $1.forms.count })
    #expect(counts["termNote"] == counts["termSec"])
  }
}
