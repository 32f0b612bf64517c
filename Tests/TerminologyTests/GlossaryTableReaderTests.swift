import Foundation
import Orthography
import Terminology
import Testing

@Suite struct GlossaryTableReaderTests {
  @Test func readsTSVInAnyColumnOrder() throws {
    let tsv = """
      lang\tform\tconcept\tstatus\tkind\tnote
      en\tKarabakh\tkarabakh\tpreferred\tplace\tRegion
      az\tQarabağ\tkarabakh\tpreferred\t\t
      en\tGarabagh\tkarabakh\tadmitted\t\t
      en\tBaku\tbaku\tpreferred\tplace\t

      """
    let g = try GlossaryTableReader.read(tsv, dialect: .tsv, file: "t.tsv")
    #expect(g.concepts.map(\.id) == ["karabakh", "baku"])
    #expect(g.concepts[0].forms.map(\.text) == ["Karabakh", "Qarabağ", "Garabagh"])
    #expect(g.concepts[0].kind == .place)
    #expect(g.concepts[0].note == "Region")
    #expect(g.concepts[0].forms[2].location?.line == 4)
  }

  @Test func readsQuotedCSV() throws {
    let csv = "concept,lang,form,status,note\r\nots,en,\"Organization of Turkic States\",preferred,\"OTS, founded 2009\"\r\n"
    let g = try GlossaryTableReader.read(csv, dialect: .csv, file: "t.csv")
    #expect(g.concepts[0].forms[0].text == "Organization of Turkic States")
    #expect(g.concepts[0].note == "OTS, founded 2009")
  }

  @Test(arguments: [
    ("concept\tlang\tform\n", 1, "missing column 'status'"),
    ("concept\tlang\tform\tstatus\nx\tenglish\tX\tpreferred\n", 2, "invalid language tag 'english'"),
    ("concept\tlang\tform\tstatus\nx\ten\tX\tcanonical\n", 2, "unknown status 'canonical'"),
    ("concept\tlang\tform\tstatus\nx\ten\t\tpreferred\n", 2, "row needs"),
  ])
  func reportsBadRows(text: String, line: Int, message: String) {
    #expect {
      _ = try GlossaryTableReader.read(text, dialect: .tsv, file: "bad.tsv")
    } throws: { error in
      let e = error as? GlossaryError
      return e?.location.line == line && e?.message.contains(message) == true
    }
  }

  @Test func rejectsInvalidUTF8WithTheByteOffset() {
    var bytes = Array("concept\tlang\tform\tstatus\nx\ten\tA".utf8)
    bytes.append(0xC3)  // a lead byte with no continuation
    bytes += Array("\tpreferred\n".utf8)
    #expect {
      _ = try GlossaryTableReader.read(Data(bytes), file: "bad.tsv")
    } throws: { error in
      let e = error as? GlossaryError
      return e?.message == "invalid UTF-8 at byte offset 31" && e?.location.line == 2
    }
  }

  @Test func skipsAByteOrderMark() throws {
    let data = Data([0xEF, 0xBB, 0xBF] + Array("concept,lang,form,status\nx,en,X,preferred\n".utf8))
    let g = try GlossaryTableReader.read(data, file: "bom.csv")
    #expect(g.concepts.count == 1)
  }
}
