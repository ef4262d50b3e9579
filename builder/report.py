"""A built dataset folder -> one self-contained HTML page: key figures, charts (inline SVG), a quote browser.

The page needs no network (no CDN, no external font or script): charts are inline SVG drawn from the
same specs as the card's PNG files, and the quote table is data embedded as JSON and rendered by a
small inline script with DOM text nodes (never innerHTML), so no text from a document can inject markup.
Each quote is shown in its sentence with the content, speaker and cue highlighted.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from builder.card import card_license, read_manifest
from builder.charts import build_charts, to_svg
from builder.dataset import DOCUMENTS, iter_rows
from builder.records import KINDS, QUOTE_JOIN
from builder.segment import TextIndex
from builder.stats import DatasetStats, compute_stats

MAX_QUOTES = 2000
CONTEXT_CHARS = 400  # at most this much sentence context on each side of an attribution
ROLES = {"content": "q", "cue": "c", "speaker": "s"}
ELLIPSIS = "…"


@dataclass(frozen=True)
class ReportResult:
    path: Path
    quotes_shown: int
    quotes_total: int


def write_report(out_dir: str | Path, page: str | Path | None = None, *, max_quotes: int = MAX_QUOTES) -> ReportResult:
    """Write the report page of a built dataset (default: <out_dir>/report.html)."""
    root = Path(out_dir)
    stats = compute_stats(root)
    path = Path(page) if page is not None else root / "report.html"
    quotes = list(_first_quotes(root, stats, max_quotes))
    texts = _texts(root, {q["doc_id"] for q in quotes})
    entries = [quote_entry(q, texts.get(q["doc_id"])) for q in quotes]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_page(root, stats, entries), encoding="utf-8")
    return ReportResult(path, len(entries), stats.quotes)


def _first_quotes(root: Path, stats: DatasetStats, limit: int) -> Iterator[dict[str, Any]]:
    """The first `limit` quote rows, languages in order, rows in dataset order."""
    n = 0
    for lang in sorted(stats.languages):
        for row in iter_rows(root, lang):
            if n >= limit:
                return
            n += 1
            yield row


def _texts(root: Path, doc_ids: set[str]) -> dict[str, str | None]:
    return {r["doc_id"]: r["text"] for r in iter_rows(root, DOCUMENTS) if r["doc_id"] in doc_ids}


def _spans(row: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    out = [("content", s) for s in row["content"]]
    out += [(role, row[role]) for role in ("cue", "speaker") if row[role] is not None]
    return out


def highlight(text: str, start: int, end: int, spans: list[tuple[str, dict[str, Any]]]) -> list[list[str]]:
    """text[start:end] cut into [piece, role] runs; role is q (content), c (cue), s (speaker) or ''."""
    roles = [""] * (end - start)
    for role, span in sorted(spans, key=lambda rs: list(ROLES).index(rs[0])):  # cue, speaker drawn over content
        for i in range(max(span["start"], start), min(span["end"], end)):
            roles[i - start] = ROLES[role]
    runs: list[list[str]] = []
    for i, role in enumerate(roles):
        if runs and runs[-1][1] == role:
            runs[-1][0] += text[start + i]
        else:
            runs.append([text[start + i], role])
    return runs


def context_bounds(text: str, language: str, spans: list[tuple[str, dict[str, Any]]]) -> tuple[int, int]:
    """The sentences around all the spans of an attribution, clipped to CONTEXT_CHARS on each side."""
    lo, hi = min(s["start"] for _, s in spans), max(s["end"] for _, s in spans)
    index = TextIndex(text, language)
    start = min(index.sentence_of(lo)[0], lo)
    end = max(index.sentence_of(max(hi - 1, lo))[1], hi)
    return max(start, lo - CONTEXT_CHARS), min(end, hi + CONTEXT_CHARS)


def quote_entry(row: dict[str, Any], text: str | None) -> dict[str, Any]:
    """What the page's table shows of one quote row."""
    spans = _spans(row)
    if text is not None:
        start, end = context_bounds(text, row["language"], spans)
        parts = highlight(text, start, end, spans)
        if start > 0:
            parts.insert(0, [ELLIPSIS + " ", ""])
        if end < len(text):
            parts.append([" " + ELLIPSIS, ""])
    else:  # a --no-text build: the spans themselves are all there is
        parts = []
        for i, piece in enumerate(row["content"]):
            parts += [[QUOTE_JOIN, ""]] if i else []
            parts.append([piece["text"], "q"])
        for role in ("speaker", "cue"):
            if row[role] is not None:
                parts += [[" — " if role == "speaker" else " ", ""], [row[role]["text"], ROLES[role]]]
    speaker = row["speaker_name"] or (row["speaker"] or {}).get("text") or ""
    return {"id": row["quote_id"], "doc": row["doc_id"], "lang": row["language"], "kind": row["kind"],
            "speaker": speaker, "resolved": row["speaker_name"] is not None,
            "cue": (row["cue"] or {}).get("lemma") or "", "chain": [link["name"] or "?" for link in row["chain"]],
            "parts": parts}


def _figures(stats: DatasetStats) -> list[tuple[str, str]]:
    resolved = sum(s.resolved for s in stats.languages.values())
    share = f"{100 * resolved / stats.quotes:.1f}%" if stats.quotes else "–"
    return [("quotes", f"{stats.quotes:,}"), ("documents", f"{stats.documents:,}"),
            ("languages", ", ".join(sorted(stats.languages)) or "–"), ("resolved speakers", share),
            ("nested quotes", f"{sum(s.nested for s in stats.languages.values()):,}"),
            ("sources", f"{len(stats.quotes_by_source):,}")]


def render_page(root: Path, stats: DatasetStats, entries: list[dict[str, Any]]) -> str:
    manifest = read_manifest(root)
    options = manifest.get("options") or {}
    title = f"quotechain report: {root.name}"
    meta = (f"quotechain {manifest.get('quotechain_version', '?')} · backend {options.get('backend', '?')} · "
            f"built {manifest.get('built_at', '?')} · licence {card_license(manifest)}")
    figures = "\n".join(f'<div class="fig"><div class="v">{html.escape(v)}</div><div class="k">{html.escape(k)}</div>'
                        "</div>" for k, v in _figures(stats))
    charts = "\n".join(f'<figure id="chart-{c.key}" class="chart">{to_svg(c)}</figure>' for c in build_charts(stats))
    shown = (f"Showing the first {len(entries):,} of {stats.quotes:,} quotes." if len(entries) < stats.quotes
             else f"All {stats.quotes:,} quotes.")
    # no "<", ">" or "&" inside the data block, so no text can close the script element or open a comment
    data = (json.dumps(entries, ensure_ascii=False, separators=(",", ":"))
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))
    langs = "".join(f'<option value="{html.escape(x)}">{html.escape(x)}</option>' for x in sorted(stats.languages))
    return PAGE.format(title=html.escape(title), meta=html.escape(meta), figures=figures, charts=charts,
                       shown=html.escape(shown), data=data, langs=langs, style=STYLE, script=SCRIPT,
                       kinds="".join(f"<option>{k}</option>" for k in KINDS))


STYLE = """
body{font:15px/1.45 "DejaVu Sans",system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
header{padding:18px 28px;background:#24364b;color:#fff}header h1{margin:0 0 4px;font-size:22px}
header p{margin:0;opacity:.85;font-size:13px}main{padding:16px 28px}
.figs{display:flex;flex-wrap:wrap;gap:12px;margin:8px 0 18px}
.fig{background:#fff;border:1px solid #ddd;border-radius:6px;padding:10px 16px;min-width:120px}
.fig .v{font-size:22px;font-weight:bold}.fig .k{font-size:12px;color:#666}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(520px,1fr));gap:14px}
.chart{margin:0;background:#fff;border:1px solid #ddd;border-radius:6px;padding:8px}
.chart svg{max-width:100%;height:auto;display:block}
.controls{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:10px 0}
.controls input{flex:1;min-width:200px;padding:6px}.controls select,.controls button{padding:5px}
table{border-collapse:collapse;width:100%;background:#fff;font-size:14px}
th,td{border-bottom:1px solid #e5e5e5;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#f0f2f5;position:sticky;top:0}td.ctx{max-width:760px}
.q{background:#dcefd9}.s{background:#d4e6f7;font-weight:bold}.c{background:#fbe3b5;font-style:italic}
.legend span{padding:1px 6px;margin-right:6px;border-radius:3px}.muted{color:#777;font-size:12px}
.chain{font-size:12px;color:#555}
"""

SCRIPT = """
(function () {
  var all = JSON.parse(document.getElementById("quote-data").textContent);
  var per = 50, page = 0, rows = all;
  var $ = function (id) { return document.getElementById(id); };
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function haystack(q) {
    return (q.parts.map(function (p) { return p[0]; }).join("") + " " + q.speaker + " " + q.cue + " " + q.doc)
      .toLowerCase();
  }
  all.forEach(function (q) { q.hay = haystack(q); });
  function apply() {
    var text = $("search").value.toLowerCase(), lang = $("lang").value, kind = $("kind").value;
    rows = all.filter(function (q) {
      return (!lang || q.lang === lang) && (!kind || q.kind === kind) && (!text || q.hay.indexOf(text) >= 0);
    });
    page = 0;
    draw();
  }
  function draw() {
    var body = $("quotes-body");
    body.textContent = "";
    var pages = Math.max(1, Math.ceil(rows.length / per));
    page = Math.min(page, pages - 1);
    rows.slice(page * per, page * per + per).forEach(function (q, i) {
      var tr = el("tr");
      tr.appendChild(el("td", "muted", String(page * per + i + 1)));
      tr.appendChild(el("td", "", q.lang));
      tr.appendChild(el("td", "", q.kind));
      var who = el("td", q.resolved ? "" : "muted", q.speaker || "–");
      tr.appendChild(who);
      tr.appendChild(el("td", "", q.cue || "–"));
      var ctx = el("td", "ctx");
      q.parts.forEach(function (p) { ctx.appendChild(p[1] ? el("span", p[1], p[0]) : document.createTextNode(p[0])); });
      ctx.appendChild(el("div", "chain", "chain: " + q.chain.join(" \\u2192 ")));
      tr.appendChild(ctx);
      tr.appendChild(el("td", "muted", q.doc));
      body.appendChild(tr);
    });
    $("pageinfo").textContent = rows.length + " quotes \\u00b7 page " + (page + 1) + " of " + pages;
  }
  $("search").addEventListener("input", apply);
  $("lang").addEventListener("change", apply);
  $("kind").addEventListener("change", apply);
  $("prev").addEventListener("click", function () { if (page > 0) { page--; draw(); } });
  $("next").addEventListener("click", function () { if ((page + 1) * per < rows.length) { page++; draw(); } });
  draw();
})();
"""

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{style}</style>
</head>
<body>
<header><h1>{title}</h1><p>{meta}</p></header>
<main>
<div class="figs">
{figures}
</div>
<h2>Charts</h2>
<div class="charts">
{charts}
</div>
<h2>Quotes</h2>
<p class="legend"><span class="q">quote</span><span class="s">speaker</span><span class="c">cue</span>
<span class="muted">{shown} A grey speaker is as written, not resolved to a name.</span></p>
<div class="controls">
<input id="search" type="search" placeholder="Search quotes, speakers, cues, documents">
<select id="lang"><option value="">all languages</option>{langs}</select>
<select id="kind"><option value="">all kinds</option>{kinds}</select>
<button id="prev" type="button">&larr; previous</button><button id="next" type="button">next &rarr;</button>
<span id="pageinfo" class="muted"></span>
</div>
<table id="quotes">
<thead><tr><th>#</th><th>lang</th><th>kind</th><th>speaker</th><th>cue</th><th>quote in its sentence</th>
<th>document</th></tr></thead>
<tbody id="quotes-body"></tbody>
</table>
</main>
<script type="application/json" id="quote-data">{data}</script>
<script>{script}</script>
</body>
</html>
"""
