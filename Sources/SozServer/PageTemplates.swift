/// The pages' Mustache templates and style sheet: plain HTML that works
/// without JavaScript, labelled controls, AA contrast, one column on a
/// phone.
enum PageTemplates {
  static let layout = """
    <!doctype html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}} · Söz</title>
    <link rel="stylesheet" href="/style.css">
    </head>
    <body>
    <a class="skip" href="#main">Skip to content</a>
    <header>
    <p class="brand"><a href="/">Söz</a></p>
    <nav aria-label="Pages">
    <ul>
    <li><a href="/"{{#lookupPage}} aria-current="page"{{/lookupPage}}>Lookup</a></li>
    <li><a href="/lint"{{#lintPage}} aria-current="page"{{/lintPage}}>Check an article</a></li>
    </ul>
    </nav>
    </header>
    <main id="main">
    {{{content}}}
    </main>
    <footer><p>Glossary: {{concepts}} · API: <a href="/openapi.json">/openapi.json</a></p></footer>
    </body>
    </html>
    """

  static let lookup = """
    <h1>Look up a name or term</h1>
    <form method="get" action="/" role="search">
    <label for="q">Spelling, in any script or romanization</label>
    <div class="row">
    <input id="q" name="q" type="search" value="{{query}}" autocomplete="off" spellcheck="false" required>
    <button type="submit">Look up</button>
    </div>
    </form>
    {{#searched}}
    <section aria-labelledby="results-heading" class="results">
    <h2 id="results-heading">{{heading}}</h2>
    {{#candidates}}
    <article class="concept">
    <h3>{{title}} <span class="kind">{{kind}}</span></h3>
    <p class="how"><strong>{{how}}</strong> match on <span lang="{{lang}}">‘{{form}}’</span> ({{lang}}, <span class="status status-{{status}}">{{status}}</span>{{#replacement}}, write ‘{{replacement}}’{{/replacement}}) · score {{score}}</p>
    <table>
    <caption>Canonical forms of {{id}}</caption>
    <thead><tr><th scope="col">Language</th><th scope="col">Canonical form</th></tr></thead>
    <tbody>
    {{#canonical}}<tr><th scope="row">{{lang}}</th><td lang="{{lang}}">{{form}}</td></tr>
    {{/canonical}}
    </tbody>
    </table>
    {{#note}}<p class="note">{{note}}</p>{{/note}}
    </article>
    {{/candidates}}
    {{#hasNearest}}
    <p>Nearest:</p>
    <ul class="nearest">
    {{#nearest}}<li><a href="/?q={{link}}">{{title}}</a> ({{id}}, via ‘{{form}}’ {{lang}}, score {{score}})</li>
    {{/nearest}}
    </ul>
    {{/hasNearest}}
    </section>
    {{/searched}}
    """

  static let lint = """
    <h1>Check an article</h1>
    <form method="post" action="/lint">
    <label for="text">Article text (plain, Markdown or HTML)</label>
    <textarea id="text" name="text" rows="12" required>{{text}}</textarea>
    <div class="row">
    <div>
    <label for="lang">Language</label>
    <select id="lang" name="lang">
    {{#languages}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>
    {{/languages}}
    </select>
    </div>
    <div>
    <label for="format">Markup</label>
    <select id="format" name="format">
    {{#formats}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>
    {{/formats}}
    </select>
    </div>
    <button type="submit">Check</button>
    </div>
    </form>
    {{#checked}}
    <section aria-labelledby="findings-heading" class="results">
    <h2 id="findings-heading">{{heading}}</h2>
    {{#hasFindings}}
    <div class="article" lang="{{textLang}}">{{{highlighted}}}</div>
    <ol class="findings">
    {{#findings}}<li id="f{{number}}" class="sev-{{severity}}"><span class="where">line {{line}}, column {{column}}</span> <strong class="severity">{{severity}}</strong> <code>{{rule}}</code>: {{message}}</li>
    {{/findings}}
    </ol>
    {{/hasFindings}}
    </section>
    {{/checked}}
    """

  static let style = """
    :root { color-scheme: light; --ink: #1a1a1a; --muted: #4a4a4a; --accent: #0b5394;
      --line: #c8c8c8; --paper: #ffffff; --warn: #fff3b0; --error: #ffd6d6; --info: #dcecff; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 1.0625rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
      color: var(--ink); background: var(--paper); }
    header, main, footer { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
    header { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between;
      border-bottom: 1px solid var(--line); }
    .brand { font-weight: 700; font-size: 1.25rem; margin: .75rem 0; }
    .brand a { color: var(--ink); text-decoration: none; }
    nav ul { list-style: none; display: flex; gap: 1rem; margin: 0; padding: 0; }
    nav a { color: var(--accent); }
    nav a[aria-current="page"] { color: var(--ink); font-weight: 700; text-decoration: none; }
    .skip { position: absolute; left: -999px; }
    .skip:focus { left: 1rem; top: .5rem; background: var(--paper); padding: .25rem .5rem; }
    h1 { font-size: 1.5rem; margin: 1.25rem 0 .75rem; }
    h2 { font-size: 1.2rem; }
    h3 { font-size: 1.1rem; margin: 0 0 .25rem; }
    label { display: block; font-weight: 600; margin: .5rem 0 .25rem; }
    .row { display: flex; flex-wrap: wrap; gap: .5rem; align-items: flex-end; }
    input[type=search], textarea, select { font: inherit; color: var(--ink); background: var(--paper);
      border: 2px solid var(--muted); border-radius: 4px; padding: .5rem .6rem; min-height: 2.75rem; }
    input[type=search] { flex: 1 1 14rem; min-width: 0; }
    textarea { width: 100%; }
    button { font: inherit; font-weight: 600; color: #fff; background: var(--accent); border: 0;
      border-radius: 4px; padding: .55rem 1.1rem; min-height: 2.75rem; cursor: pointer; }
    :focus-visible { outline: 3px solid #e37400; outline-offset: 2px; }
    .concept { border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; margin: .75rem 0; }
    .kind { font-size: .85rem; font-weight: 400; color: var(--muted); }
    .how { margin: .25rem 0 .5rem; color: var(--muted); }
    .status-preferred { color: #1d6b2f; } .status-forbidden { color: #a10000; }
    .status-deprecated { color: #8a4b00; } .status-admitted { color: #0b5394; }
    table { border-collapse: collapse; width: 100%; }
    caption { text-align: left; color: var(--muted); font-size: .85rem; }
    th, td { text-align: left; padding: .2rem .5rem .2rem 0; border-bottom: 1px solid #eee; }
    th[scope=row] { width: 5.5rem; font-weight: 600; color: var(--muted); }
    .note { font-size: .95rem; color: var(--muted); }
    .article { white-space: pre-wrap; border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem;
      overflow-wrap: anywhere; }
    mark { color: var(--ink); padding: 0 .1em; border-bottom: 2px solid var(--muted); }
    mark.sev-warning { background: var(--warn); } mark.sev-error { background: var(--error); }
    mark.sev-info { background: var(--info); }
    mark a { color: var(--ink); font-size: .75rem; vertical-align: super; }
    .findings li { margin: .35rem 0; }
    .where { color: var(--muted); font-size: .9rem; }
    footer { color: var(--muted); font-size: .85rem; margin-top: 2rem; border-top: 1px solid var(--line); }
    footer a { color: var(--accent); }
    """
}
