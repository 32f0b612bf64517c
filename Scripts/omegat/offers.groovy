// Run by OmegaT 3.6 headless (omegat PROJECT --mode=console-translate
// --script=offers.groovy, see Scripts/omegat-check) on each project event.
// On COMPILE it prints what OmegaT itself makes of the project's files, read
// with its own classes, one tab-separated line each:
//   omegat-glossary FILE SOURCE TARGET   a pair the glossary pane would show
//   omegat-tm FILE SOURCE TARGET         an entry the matches pane would offer
//   omegat-segments FILE N               segments read from a source file
// and writes every entry of glossary/glossary.txt back with OmegaT's own
// glossary writer (GlossaryReaderTSV.append, what "Create glossary entry"
// calls) to omegat-written.txt beside the project, for `soz glossary import`.
import org.omegat.core.Core
import org.omegat.gui.glossary.GlossaryReaderCSV
import org.omegat.gui.glossary.GlossaryReaderTBX
import org.omegat.gui.glossary.GlossaryReaderTSV

if (eventType.toString() != "COMPILE") return
def project = Core.getProject()
def props = project.getProjectProperties()
def clean = { s -> s == null ? "" : s.replaceAll("[\t\n\r]", " ") }
new File(props.getGlossaryRoot()).listFiles().sort { it.name }.each { f ->
  def entries = null
  if (f.name.endsWith(".tbx")) entries = GlossaryReaderTBX.read(f, false)
  else if (f.name.endsWith(".csv")) entries = GlossaryReaderCSV.read(f, false)
  else if (f.name =~ /\.(txt|tab|utf8)$/) entries = GlossaryReaderTSV.read(f, false)
  entries?.each { e ->
    e.getLocTerms(false).each { t -> println "omegat-glossary\t${f.name}\t${clean(e.getSrcText())}\t${clean(t)}" }
  }
  if (f.name == "glossary.txt") {
    def written = new File(new File(props.getProjectRoot()).parentFile, "omegat-written.txt")
    entries?.each { e -> GlossaryReaderTSV.append(written, e) }
  }
}
project.getTransMemories().each { name, tmx ->
  tmx.getEntries().each { e ->
    println "omegat-tm\t${new File(name).name}\t${clean(e.source)}\t${clean(e.translation)}"
  }
}
project.getProjectFiles().each { fi -> println "omegat-segments\t${new File(fi.filePath).name}\t${fi.entries.size()}" }
