import Alignment
import Foundation
import Orthography
import Terminology

/// `soz align`: clusters spellings that are variants of one name.
public enum AlignRun {
  /// How `--forms` clusters: Söz's method or a baseline.
  public enum Method: String, Sendable, CaseIterable {
    case soz
    case lowercaseEdit = "lowercase-edit"
    case icuASCIIEdit = "icu-ascii-edit"
  }

  /// Reads a `lang<TAB>form` file, `-` for standard input (no header;
  /// blank lines and lines starting with `#` skipped).
  /// - Throws: ``SozError/io(path:message:)`` naming the line and column of
  ///   a malformed row.
  public static func readForms(path: String) throws(SozError) -> [NameForm] {
    let text: String
    do {
      let data =
        path == "-"
        ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: path))
      guard let decoded = String(data: data, encoding: .utf8) else {
        throw SozError.io(path: path, message: "not UTF-8")
      }
      text = decoded
    } catch let e as SozError {
      throw e
    } catch {
      throw SozError.io(path: path, message: "cannot read (\(error.localizedDescription))")
    }
    var forms: [NameForm] = []
    for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
      if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
      let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard cols.count == 2 else {
        throw SozError.io(
          path: "\(path):\(n + 1):1",
          message: "expected 2 tab-separated columns (lang, form), found \(cols.count)")
      }
      let form = cols[1].trimmingCharacters(in: .whitespaces)
      guard !form.isEmpty else {
        throw SozError.io(path: "\(path):\(n + 1):\(cols[0].count + 2)", message: "empty form")
      }
      forms.append(NameForm(text: form, language: String(cols[0])))
    }
    return forms
  }

  /// Clusters `forms` with `method` (`threshold` overrides the merge
  /// threshold of Söz's method and is required by the baselines).
  public static func cluster(_ forms: [NameForm], method: Method, threshold: Double?) -> [[NameForm]] {
    switch method {
    case .soz:
      var t = AlignmentThresholds.standard
      if let threshold {
        t.merge = threshold
        t.average = min(t.average, threshold)
      }
      return Aligner(thresholds: t).cluster(forms)
    case .lowercaseEdit:
      return BaselineMethod.lowercaseEdit.cluster(forms, threshold: threshold ?? 0.8)
    case .icuASCIIEdit:
      return BaselineMethod.icuASCIIEdit.cluster(forms, threshold: threshold ?? 0.8)
    }
  }

  /// Söz's verdict on two spellings, as one line.
  public static func explain(_ a: String, _ b: String) -> String {
    let v = Aligner().verdict(a, b)
    return String(format: "score %.3f", v.score) + (v.negative ? ", kept apart" : "") + " (\(v.reason))"
  }

  /// `{"clusters": [[form, ...], ...]}`: each cluster's distinct texts.
  public static func json(_ clusters: [[NameForm]]) -> String {
    let lists = clusters.map { c in distinctTexts(c).map(TextEscapes.json).joined(separator: ",") }
    return "{\"clusters\":[" + lists.map { "[" + $0 + "]" }.joined(separator: ",") + "]}"
  }

  /// One line per cluster: `form (lang, lang) · form (lang) …`.
  public static func text(_ clusters: [[NameForm]]) -> String {
    clusters.map { c in
      distinctTexts(c).map { t in
        let langs = c.filter { $0.text == t }.map(\.language).joined(separator: ", ")
        return "\(t) (\(langs))"
      }.joined(separator: " · ")
    }.joined(separator: "\n")
  }

  static func distinctTexts(_ cluster: [NameForm]) -> [String] {
    var seen = Set<String>()
    return cluster.map(\.text).filter { seen.insert($0).inserted }
  }

}
