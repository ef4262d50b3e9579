"""Gold JSONL + predictions -> quote / speaker / cue / end-to-end scores (the bench scorer's metrics).

Definitions follow the project's scorer (shared/bench/score.py): word tokens are \\w+ runs of the
gold text; a span covers a token when it covers more than half of its characters; quotes are matched
one-to-one per document, greedily by descending token Jaccard, and counted at exact / ≥0.8 / ≥0.5 /
any; speaker, cue and end-to-end are judged on pairs matched at J ≥ 0.5. A test checks that this
module and score.py give the same numbers on the same predictions.
"""

from __future__ import annotations

import bisect
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from builder.errors import QuotechainError
from builder.records import KINDS, Document, Quote

THRESHOLDS = (("exact", 1.0), ("j>=0.8", 0.8), ("j>=0.5", 0.5), ("any", 1e-9))
ROLES = ("source", "cue", "content")
WORD = re.compile(r"\w+")
QCHARS = "\"“”«»„‟〝〞'"
OPEN_Q, CLOSE_Q = "\"“«„‟〝", "\"”»“‟〞"
NAME_NOTE = re.compile(r"\([^)]*\)")  # "суд присяжных (Сан-Франциско)": the note is not part of the name
HEAD_CUT = re.compile(r"[,;:(\[—–]|\s-\s|\b(?:of|at|from|who|which|with|in|for|on|to|and|or|as)\b")
Spans = Iterable[tuple[int, int]]


def classify_kind(text: str) -> str:
    """The rule that derived the gold `kind`: enclosed in double quotes -> direct, contains -> mixed."""
    s = text.strip(" \t\n\r—–-(").rstrip(" \t\n\r.,;:!?—–-)")
    if not s:
        return "indirect"
    n = sum(ch in "\"“”«»„‟" for ch in s) + s.count("``") + s.count("''")
    starts = s[0] in OPEN_Q or s.startswith("``")
    ends = s[-1] in CLOSE_Q or s.endswith("''")
    if (starts and ends and n >= 2) or (starts and n == 1):
        return "direct"
    return "mixed" if n else "indirect"


class TokenDoc:
    """A gold text with its word tokens, for covering spans with tokens."""

    def __init__(self, doc_id: str, text: str) -> None:
        self.id, self.text = doc_id, text
        spans = [m.span() for m in WORD.finditer(text)]
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]

    def toks(self, spans: Spans | None) -> frozenset[int]:
        out: set[int] = set()
        for s, e in spans or ():
            i = bisect.bisect_right(self.ends, s)
            while i < len(self.starts) and self.starts[i] < e:
                ts, te = self.starts[i], self.ends[i]
                if 2 * (min(e, te) - max(s, ts)) > te - ts:
                    out.add(i)
                i += 1
        return frozenset(out)

    def words(self, spans: Spans) -> list[str]:
        return [self.text[self.starts[i]:self.ends[i]] for i in sorted(self.toks(spans))]


def head_word(doc: TokenDoc, spans: Spans) -> str | None:
    """Last alphabetic word of the speaker's core noun phrase (cut at commas, prepositions; after 's)."""
    text = " ".join(doc.text[s:e] for s, e in spans)
    for part in (re.split(r"['’]s\b", HEAD_CUT.split(text, 1)[0])[-1], text):
        ws = [str(w) for w in WORD.findall(part) if w.isalpha()]
        if ws:
            return ws[-1]
    return None


def locate(doc: TokenDoc, span: dict[str, Any] | None, stats: Counter[str], role: str) -> tuple[int, int] | None:
    """A predicted {start, end, text} as offsets in the gold text (relocated by text when they disagree)."""
    if not span:
        return None
    text, n = doc.text, len(doc.text)
    s, e, t = int(span.get("start", -1)), int(span.get("end", -1)), span.get("text")
    valid = 0 <= s < e <= n
    if t is None or (valid and text[s:e] == t):
        stats[role + (":ok" if valid else ":dropped")] += 1
        return (s, e) if valid else None
    hits = [(m.start(), m.end()) for m in re.finditer(re.escape(t), text)] if t.strip() else []
    if not hits and t.strip():
        pat = r"\s*".join("[" + re.escape(QCHARS) + "]" if c in QCHARS else re.escape(c)
                          for c in t if not c.isspace())
        hits = [m.span() for m in re.finditer(pat, text)]
    if hits:
        stats[role + ":relocated"] += 1
        return min(hits, key=lambda h: (abs(h[0] - s), h[0]))
    stats[role + (":unlocatable" if valid else ":dropped")] += 1
    return (s, e) if valid else None


@dataclass(frozen=True)
class GoldItem:
    kind: str
    content: frozenset[int]
    source: frozenset[int] | None
    cue: frozenset[int] | None
    head: str | None


@dataclass(frozen=True)
class PredItem:
    content: frozenset[int]
    source: frozenset[int] | None
    cue: frozenset[int] | None
    spk_words: frozenset[str]
    own_kind: str


@dataclass(frozen=True)
class GoldDocument:
    """A gold document: its text and language, and its annotations (raw dicts)."""

    doc_id: str
    text: str
    language: str
    quotes: tuple[dict[str, Any], ...]
    split: str | None = None


def read_gold(path: str | Path, split: str | None = None) -> list[GoldDocument]:
    """The gold documents of a bench JSONL file (optionally one split)."""
    out = []
    with Path(path).open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            r = json.loads(line)
            if split and r.get("split") != split:
                continue
            out.append(GoldDocument(r["doc_id"], r["text"], r.get("lang") or r.get("language") or "en",
                                    tuple(r["quotes"]), r.get("split")))
    return out


def gold_items(doc: TokenDoc, quotes: Iterable[dict[str, Any]]) -> list[GoldItem]:
    items = []
    for q in quotes:
        spans = q.get("quote_spans") or [[q["quote_start"], q["quote_end"]]]
        spk, cue = q.get("speaker_spans") or None, q.get("cue_spans") or None
        items.append(GoldItem(q.get("kind") or classify_kind(q.get("quote_text", "")), doc.toks(spans),
                              doc.toks(spk) if spk else None, doc.toks(cue) if cue else None,
                              head_word(doc, spk) if spk else None))
    return items


def pred_item(doc: TokenDoc, r: dict[str, Any], stats: Counter[str]) -> PredItem:
    qs = locate(doc, r.get("quote"), stats, "quote")
    spans = [(int(a), int(b)) for a, b in r.get("quote_spans") or ([qs] if qs else [])]
    sp, cu = locate(doc, r.get("speaker"), stats, "speaker"), locate(doc, r.get("cue"), stats, "cue")
    words = (doc.words([sp]) if sp else []) + WORD.findall(r.get("speaker_name") or "")
    return PredItem(doc.toks(spans), doc.toks([sp]) if sp else None, doc.toks([cu]) if cu else None,
                    frozenset(w.lower() for w in words), classify_kind(" ".join(doc.text[a:b] for a, b in spans)))


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    return len(a & b) / len(a | b) if (a or b) else 0.0


def match(gs: list[GoldItem], ps: list[PredItem]) -> dict[int, tuple[int, float]]:
    """Greedy one-to-one matching by descending Jaccard: {pred index: (gold index, J)}."""
    pairs = sorted((-jaccard(g.content, p.content), gi, pi)
                   for gi, g in enumerate(gs) for pi, p in enumerate(ps) if g.content & p.content)
    used: set[int] = set()
    out: dict[int, tuple[int, float]] = {}
    for negj, gi, pi in pairs:
        if gi not in used and pi not in out:
            used.add(gi)
            out[pi] = (gi, -negj)
    return out


def prf(tp: int, npred: int, ngold: int) -> dict[str, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return {"P": round(100 * p, 1), "R": round(100 * r, 1),
            "F1": round(200 * p * r / (p + r), 1) if p + r else 0.0, "tp": tp}


@dataclass(frozen=True)
class Matched:
    """One gold document's gold items and predicted rows, matched one to one as the scorer matches."""

    gold: GoldDocument
    items: list[GoldItem]
    rows: list[dict[str, Any]]
    preds: list[PredItem]
    matches: dict[int, tuple[int, float]]  # pred index -> (gold index, J)


def match_documents(gold_docs: list[GoldDocument], pred_rows: Iterable[dict[str, Any]]) -> tuple[
        list[Matched], dict[str, int]]:
    """PRED-format rows matched to the gold documents' quotes; and span-resolution stats."""
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    stats: Counter[str] = Counter()
    known = {g.doc_id for g in gold_docs}
    for r in pred_rows:
        if r["doc_id"] in known:
            by_doc[r["doc_id"]].append(r)
        else:
            stats["pred:ignored_doc_not_in_gold"] += 1
    out = []
    for g in gold_docs:
        doc = TokenDoc(g.doc_id, g.text)
        items = gold_items(doc, g.quotes)
        rows = by_doc.get(g.doc_id, [])
        preds = [pred_item(doc, r, stats) for r in rows]
        out.append(Matched(g, items, rows, preds, match(items, preds)))
    return out, dict(stats)


def score(matched: list[Matched], kinds: tuple[str, ...] = KINDS) -> dict[str, Any]:
    """Scores per group ("all" + each kept kind), in score.py's JSON structure."""
    groups = ("all", *[k for k in KINDS if k in kinds])
    counts: dict[str, Counter[str]] = {g: Counter() for g in groups}
    toks: dict[str, dict[str, tuple[set[tuple[str, int]], set[tuple[str, int]]]]] = {
        g: {role: (set(), set()) for role in ROLES} for g in groups}
    for d in matched:
        did, gs, ps, m = d.gold.doc_id, d.items, d.preds, d.matches
        pkind = [gs[m[i][0]].kind if i in m else p.own_kind for i, p in enumerate(ps)]
        for g in (x for x in gs if x.kind in kinds):
            for grp in ("all", g.kind):
                counts[grp]["gold"] += 1
                for role in ROLES:
                    toks[grp][role][0].update((did, t) for t in (getattr(g, role) or ()))
        for pi, p in enumerate(ps):
            if pkind[pi] not in kinds:
                continue
            for grp in ("all", pkind[pi]):
                _count_pred(counts[grp], toks[grp], did, p, gs, m.get(pi))
    return {grp: _summary(counts[grp], toks[grp]) for grp in groups}


def _count_pred(c: Counter[str], t: dict[str, tuple[set[tuple[str, int]], set[tuple[str, int]]]], did: str,
                p: PredItem, gs: list[GoldItem], matched: tuple[int, float] | None) -> None:
    c["pred"] += 1
    for role in ROLES:
        t[role][1].update((did, x) for x in (getattr(p, role) or ()))
    if matched is None:
        return
    g, j = gs[matched[0]], matched[1]
    for name, th in THRESHOLDS:
        c["tp:" + name] += j >= th - 1e-12
    if j < 0.5:
        return
    c["m05"] += 1
    if g.source:
        ok = bool(p.source and p.source & g.source)
        head = bool(g.head and g.head.lower() in p.spk_words)
        c["spk_n"] += 1
        c["spk_ok"] += ok
        c["head_ok"] += head
    else:
        ok = head = p.source is None
        c["nosrc_n"] += 1
        c["nosrc_null"] += ok
    c["e2e"] += ok
    c["e2e_len"] += ok or head
    if g.cue:
        c["cue_n"] += 1
        c["cue_ok"] += bool(p.cue and p.cue & g.cue)


def _summary(c: Counter[str], t: dict[str, tuple[set[tuple[str, int]], set[tuple[str, int]]]]) -> dict[str, Any]:
    def acc(a: str, n: str) -> float | None:
        return round(100 * c[a] / c[n], 1) if c[n] else None

    return {
        "n_gold": c["gold"], "n_pred": c["pred"],
        "quote": {name: prf(c["tp:" + name], c["pred"], c["gold"]) for name, _ in THRESHOLDS},
        "matched05": c["m05"], "speaker_acc": acc("spk_ok", "spk_n"), "head_acc": acc("head_ok", "spk_n"),
        "n_spk": c["spk_n"], "nosrc_null": acc("nosrc_null", "nosrc_n"), "n_nosrc": c["nosrc_n"],
        "cue_acc": acc("cue_ok", "cue_n"), "n_cue": c["cue_n"],
        "e2e": prf(c["e2e"], c["pred"], c["gold"]), "e2e_lenient": prf(c["e2e_len"], c["pred"], c["gold"]),
        "token": {role: prf(len(t[role][0] & t[role][1]), len(t[role][1]), len(t[role][0])) for role in ROLES},
    }


def prediction_row(q: Quote) -> dict[str, Any]:
    """A quote row in the scorer's PRED format (one JSON line)."""
    return {
        "doc_id": q.doc_id,
        "quote": {"start": q.start, "end": q.end, "text": None},
        "quote_spans": [[s.start, s.end] for s in q.content],
        "speaker": q.speaker.to_dict() if q.speaker else None,
        "cue": {"start": q.cue.start, "end": q.cue.end, "text": q.cue.text} if q.cue else None,
        "speaker_name": q.speaker_name,
        "kind": q.kind,
        "parent_id": q.parent_id,
        "quote_id": q.quote_id,
    }


def read_parses(paths: Iterable[str | Path]) -> dict[str, Document]:
    """Documents that carry their own parse (CoNLL-U files or folders), by doc_id and by `# newdoc` id."""
    from builder.ingest import read_inputs
    from builder.ingest.conllu import CONLLU_META

    out: dict[str, Document] = {}
    for item in read_inputs(list(paths)):
        if isinstance(item, Document) and any(k == CONLLU_META for k, _ in item.meta):
            out[item.doc_id] = item
            out.setdefault(item.doc_id.rsplit("#", 1)[-1], item)
    return out


def predict(docs: Iterable[GoldDocument], backend: str = "rules", nested: bool = False, clean: str = "mask",
            model_dir: str | None = None,
            parses: Mapping[str, Document] | None = None) -> Iterator[tuple[GoldDocument, list[Quote]]]:
    """Run the extractor on each gold text as it is, so offsets match the gold: `mask` (the default)
    leaves the text alone and drops attributions in lines that cleaning would remove; `none` keeps all.

    A gold document with a parse in `parses` (same doc_id, same text) is read with that parse.
    """
    from builder.api import process_document

    for g in docs:
        parsed = (parses or {}).get(g.doc_id)
        if parsed is not None and parsed.text != g.text:
            raise QuotechainError(f"{g.doc_id}: the parsed document's text differs from the gold text")
        doc = Document(g.doc_id, g.text, meta=parsed.meta if parsed is not None else ())
        result = process_document(doc, lang=g.language, backend=backend, clean=clean, model_dir=model_dir)
        quotes = [q for q in result.quotes if nested or q.parent_id is None]
        yield g, quotes


@dataclass(frozen=True)
class Evaluation:
    """What `quotechain eval` reports: scorer results, span bookkeeping, nested links."""

    results: dict[str, Any]
    span_resolution: dict[str, int]
    docs: int
    nested: dict[str, int]
    names: dict[str, int]

    def to_json(self, gold: str, kinds: tuple[str, ...], split: str | None) -> dict[str, Any]:
        return {"gold": gold, "pred": "quotechain", "split": split, "kinds": list(kinds), "docs": self.docs,
                "span_resolution": self.span_resolution, "results": self.results, "nested": self.nested,
                "names": self.names}


def score_predictions(gold_docs: list[GoldDocument], pred_rows: Iterable[dict[str, Any]],
                      kinds: tuple[str, ...] = KINDS) -> tuple[dict[str, Any], dict[str, int]]:
    """Score PRED-format rows against gold documents; returns (results, span-resolution stats)."""
    matched, stats = match_documents(gold_docs, pred_rows)
    return score(matched, kinds), stats


def name_key(name: str | None) -> frozenset[str] | None:
    """A speaker_name compared without case, ё, quotation marks, bracketed notes or the order of a "A; B" list."""
    if not name:
        return None
    plain = NAME_NOTE.sub(" ", name).casefold().replace("ё", "е")
    parts = (" ".join(WORD.findall(part)) for part in plain.split(";"))
    return frozenset(p for p in parts if p) or None


def name_accuracy(matched: list[Matched], kinds: tuple[str, ...] = KINDS) -> dict[str, int]:
    """Resolved speaker names: of the gold quotes with a `speaker_name` matched at J >= 0.5 (scorer matching),
    how many predictions name the same speaker (case, ё, marks and bracketed notes aside) and how many name none."""
    out = Counter({"gold_names": 0, "right": 0, "unnamed": 0})
    for d in matched:
        for pi, (gi, j) in d.matches.items():
            want = name_key(d.gold.quotes[gi].get("speaker_name"))
            if j < 0.5 or want is None or d.items[gi].kind not in kinds:
                continue
            got = name_key(d.rows[pi].get("speaker_name"))
            out["gold_names"] += 1
            out["right"] += got == want
            out["unnamed"] += got is None
    return dict(out)


def nested_links(matched: list[Matched]) -> dict[str, int]:
    """Gold parent->child links, and how many the prediction reproduces: both ends matched at J >= 0.5
    (scorer matching) and the child row's parent_id is the parent row's quote_id."""
    found = total = 0
    for d in matched:
        links = [(q["parent"], i) for i, q in enumerate(d.gold.quotes) if q.get("parent") is not None]
        total += len(links)
        if not links:
            continue
        row_of = {gi: d.rows[pi] for pi, (gi, j) in d.matches.items() if j >= 0.5}
        for parent, child in links:
            if parent in row_of and child in row_of and row_of[child].get("parent_id") is not None \
                    and row_of[child].get("parent_id") == row_of[parent].get("quote_id"):
                found += 1
    return {"gold_links": total, "found": found}


def evaluate(gold_path: str | Path, *, split: str | None = None, kinds: tuple[str, ...] = KINDS,
             backend: str = "rules", nested: bool | None = None, clean: str = "mask",
             model_dir: str | None = None,
             conllu: Iterable[str | Path] = ()) -> tuple[Evaluation, list[dict[str, Any]]]:
    """Run the extractor over a gold file and score it; also returns the PRED rows.

    `conllu`: CoNLL-U files or folders whose documents (matched by doc_id) bring their own parse, read
    by the stanza backend instead of parsing the gold text; `model_dir`: the stanza model folder.

    Nested attributions are scored when `nested` is True, or when it is None and the gold annotates
    nesting (has `parent` links); PolNeAR annotates outermost attributions only. Nested links are
    counted either way.
    """
    gold_docs = read_gold(gold_path, split)
    if nested is None:
        nested = any(q.get("parent") is not None for g in gold_docs for q in g.quotes)
    every: list[dict[str, Any]] = []
    parses = read_parses(conllu) if conllu else None
    for _, quotes in predict(gold_docs, backend, nested=True, clean=clean, model_dir=model_dir, parses=parses):
        every.extend(prediction_row(q) for q in quotes)
    rows = every if nested else [r for r in every if r["parent_id"] is None]
    matched, stats = match_documents(gold_docs, rows)
    linked = [g for g in gold_docs if any(q.get("parent") is not None for q in g.quotes)]
    # links are found among all rows, nested ones included, even when only outermost rows are scored
    links = nested_links(matched if nested else match_documents(linked, every)[0])
    return Evaluation(score(matched, kinds), stats, len(gold_docs), links, name_accuracy(matched, kinds)), rows


def render(ev: Evaluation, header: str) -> str:
    """A plain-text table like the bench scorer's."""
    def na(x: float | None) -> str:
        return "  n/a" if x is None else f"{x:5.1f}"

    def fmt3(d: dict[str, float]) -> str:
        return f"{d['P']:5.1f} {d['R']:5.1f} {d['F1']:5.1f}"

    out = [header, "span resolution: " + ", ".join(f"{k}={v}" for k, v in sorted(ev.span_resolution.items()))]
    out.append("\nQuote detection (P R F1)  " + " | ".join(f"{n:^17}" for n, _ in THRESHOLDS))
    for g, r in ev.results.items():
        out.append(f"{g:<9} gold={r['n_gold']:<5} pred={r['n_pred']:<5}"
                   + " | ".join(fmt3(r["quote"][n]) for n, _ in THRESHOLDS))
    out.append("\nAttribution on quotes matched at J>=0.5: speaker_acc head_acc (n) nosrc_null (n)"
               " cue_acc (n) | e2e P R F1 | e2e_lenient P R F1")
    for g, r in ev.results.items():
        out.append(f"{g:<9} matched={r['matched05']:<5} {na(r['speaker_acc'])} {na(r['head_acc'])} "
                   f"({r['n_spk']}) {na(r['nosrc_null'])} ({r['n_nosrc']}) {na(r['cue_acc'])} "
                   f"({r['n_cue']}) | {fmt3(r['e2e'])} | {fmt3(r['e2e_lenient'])}")
    out.append("\nToken level (P R F1)   source            cue               content")
    for g, r in ev.results.items():
        out.append(f"{g:<9}             " + " | ".join(fmt3(r["token"][x]) for x in ROLES))
    out.append(f"\nNested links: {ev.nested['found']} of {ev.nested['gold_links']} gold links reproduced")
    if ev.names["gold_names"]:
        n = ev.names
        out.append(f"Speaker names (gold speaker_name, quote matched at J>=0.5): {n['right']} of {n['gold_names']} "
                   f"right ({100 * n['right'] / n['gold_names']:.1f}%), {n['unnamed']} left unnamed")
    return "\n".join(out)
