"""The stanza backend's sentence filter on PolNeAR dev: share of sentences parsed, recall kept, speed.

    python bench/stanza_filter.py [--gold ../shared/bench/polnear_dev.jsonl] [--limit N]
                                  [--stanza-dir tests/fixtures/stanza] [--json]

Without --stanza-dir (no model needed):
  share parsed   sentences the filter sends to the parser / all sentences (target: <= 35%), next to
                 the share of sentences that hold a gold attribution (the floor for a filter that
                 loses nothing)
  gold coverage  gold attributions whose cue sentence (or, without a cue, content sentence) is parsed:
                 an attribution in a sentence that is never parsed could not be found at all
With --ud: the same question answered on gold parses, no model needed: the stanza backend reads the
  UD dev/test treebanks in ../shared/ud twice, once from every sentence and once from the sentences the
  filter selects; every attribution the first run finds and the second does not is recall the filter
  loses. Also the share of UD sentences parsed.
With --stanza-dir: the stanza backend runs twice on the same documents, with the filter and parsing
every sentence; both runs are scored by ../shared/bench/score.py (quote recall at J >= 0.5 and
end-to-end), and the parsing speed is reported as sentences/s (all sentences of the documents /
wall time, and parsed sentences / wall time). With the tiny test models the absolute figures are
meaningless; the comparison between the two runs is what this measures.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.ud_quotes import load_scorer  # noqa: E402
from builder.extract.stanza.select import select_sentences  # noqa: E402
from builder.lexicon import load_lexicon  # noqa: E402
from builder.records import Document  # noqa: E402
from builder.segment import TextIndex  # noqa: E402

GOLD = ROOT.parent / "shared" / "bench" / "polnear_dev.jsonl"


def read_gold(path: Path, limit: int | None) -> list[dict[str, Any]]:
    docs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return docs[:limit] if limit else docs


def coverage(docs: list[dict[str, Any]]) -> dict[str, Any]:
    """Share of sentences parsed, and gold attributions whose sentence is parsed (by kind)."""
    total = parsed = anchored = 0
    kept: dict[str, list[int]] = {}
    for d in docs:
        lang = d.get("lang", "en")
        index = TextIndex(d["text"], lang)
        chosen = select_sentences(index, load_lexicon(lang))
        total += len(index.sentences)
        parsed += len(chosen)
        anchors = [q["cue_spans"][0][0] if q.get("cue_spans") else q["quote_start"] for q in d["quotes"]]
        anchored += sum(1 for a, b in index.sentences if any(a <= x < b for x in anchors))
        for q in d["quotes"]:
            anchor = q["cue_spans"][0][0] if q.get("cue_spans") else q["quote_start"]
            hit = any(a <= anchor < b for a, b in chosen)
            for key in ("all", q["kind"]):
                kept.setdefault(key, [0, 0])
                kept[key][0] += hit
                kept[key][1] += 1
    return {"sentences": total, "parsed": parsed, "share_parsed": round(100 * parsed / max(total, 1), 1),
            "with_gold_attribution": anchored, "share_with_gold": round(100 * anchored / max(total, 1), 1),
            "gold_coverage": {k: {"kept": v[0], "gold": v[1], "pct": round(100 * v[0] / max(v[1], 1), 1)}
                              for k, v in sorted(kept.items())}}


UD_FILES = {"en": ["en_ewt-ud-dev.conllu", "en_ewt-ud-test.conllu"],
            "ru": ["ru_gsd-ud-dev.conllu", "ru_gsd-ud-test.conllu", "ru_taiga-ud-dev.conllu",
                   "ru_taiga-ud-test.conllu"]}


def ud_check(ud_dir: Path) -> dict[str, Any]:
    """Attributions read off gold parses from all sentences vs from the filtered ones, per language."""
    from builder.extract.marks import find_quotes
    from builder.extract.stanza.attribute import TreeReader
    from builder.extract.stanza.backend import parse_of, sentences_from_conllu
    from builder.extract.stanza.config import load_rules
    from builder.extract.stanza.select import sentence_filter
    from builder.ingest import read_inputs

    out: dict[str, Any] = {}
    for lang, files in UD_FILES.items():
        lex, rules, test = load_lexicon(lang), load_rules(lang), sentence_filter(lang)
        total = parsed = found = kept = 0
        for name in files:
            for doc in read_inputs([ud_dir / name]):
                if not isinstance(doc, Document):
                    continue
                conllu = parse_of(doc)
                assert conllu is not None
                sents = sentences_from_conllu(conllu, doc.text)
                chosen = [x for x in sents if test.wants(lex, doc.text[x.start:x.end])]
                index = TextIndex(doc.text, lang)
                quotes = find_quotes(index, lex)

                def key(a: Any) -> tuple[Any, ...]:
                    return (a.cue.start if a.cue else None, a.speaker.start if a.speaker else None, a.start)

                every = {key(a) for a in TreeReader(doc, lex, rules, quotes, index).read(sents)}
                some = {key(a) for a in TreeReader(doc, lex, rules, quotes, index).read(chosen)}
                total += len(sents)
                parsed += len(chosen)
                found += len(every)
                kept += len(every & some)
        out[lang] = {"sentences": total, "parsed": parsed, "share_parsed": round(100 * parsed / max(total, 1), 1),
                     "attributions_all_sentences": found, "attributions_filtered": kept,
                     "recall_kept_pct": round(100 * kept / max(found, 1), 2)}
    return out


def run_backend(docs: list[dict[str, Any]], model_dir: str,
                parse_all: bool) -> tuple[list[dict[str, Any]], float, int, int]:
    """Predictions (score.py format) of the stanza backend, wall seconds, sentences in docs, sentences parsed."""
    from builder.extract.stanza.backend import StanzaExtractor
    from builder.extract.stanza.models import load_pipeline

    load_pipeline("en", model_dir)  # load once, outside the timing
    extractor = StanzaExtractor("en", model_dir, parse_all=parse_all)
    preds = []
    start = time.perf_counter()
    for d in docs:
        doc = Document(d["doc_id"], d["text"], language=d.get("lang", "en"))
        for a in extractor.extract(doc, d.get("lang", "en")):
            preds.append({"doc_id": d["doc_id"],
                          "quote": {"start": a.start, "end": a.end, "text": d["text"][a.start:a.end]},
                          "quote_spans": [[p.start, p.end] for p in a.content],
                          "speaker": a.speaker.to_dict() if a.speaker else None,
                          "cue": a.cue.to_dict() if a.cue else None})
    secs = time.perf_counter() - start
    return preds, secs, extractor.total_sentences, extractor.parsed_sentences


def score(gold_path: Path, docs: list[dict[str, Any]], preds: list[dict[str, Any]]) -> dict[str, Any]:
    scorer = load_scorer()
    with tempfile.TemporaryDirectory() as tmp:
        g, p = Path(tmp) / "gold.jsonl", Path(tmp) / "pred.jsonl"
        g.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
        p.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in preds), encoding="utf-8")
        res, _, _ = scorer.run(str(g), str(p))
    r = res["all"]
    return {"quote_R_05": r["quote"]["j>=0.5"]["R"], "quote_P_05": r["quote"]["j>=0.5"]["P"],
            "e2e_R": r["e2e"]["R"], "n_pred": r["n_pred"], "n_gold": r["n_gold"]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=GOLD, help="gold JSONL (default: PolNeAR dev)")
    ap.add_argument("--limit", type=int, default=None, help="first N documents only")
    ap.add_argument("--stanza-dir", default=None, help="stanza model folder: also run the backend both ways")
    ap.add_argument("--ud", type=Path, nargs="?", const=ROOT.parent / "shared" / "ud", default=None,
                    help="also check on the UD treebanks' gold parses (folder, default ../shared/ud)")
    ap.add_argument("--threads", type=int, default=None, help="torch threads (QUOTECHAIN_TORCH_THREADS; default 1)")
    ap.add_argument("--json", action="store_true", help="print JSON")
    args = ap.parse_args(argv)
    if args.threads:
        os.environ["QUOTECHAIN_TORCH_THREADS"] = str(args.threads)
    docs = read_gold(args.gold, args.limit)
    out: dict[str, Any] = {"gold": str(args.gold), "documents": len(docs), "threads": args.threads or 1,
                           **coverage(docs)}
    if args.ud:
        out["ud"] = ud_check(args.ud)
    if args.stanza_dir:
        for name, parse_all in (("filter", False), ("parse_all", True)):
            preds, secs, total, parsed = run_backend(docs, args.stanza_dir, parse_all)
            out[name] = {**score(args.gold, docs, preds), "seconds": round(secs, 1), "sentences": total,
                         "parsed": parsed, "sentences_per_s": round(total / secs, 1),
                         "parsed_per_s": round(parsed / secs, 1)}
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    print(f"{out['gold']}: {out['documents']} documents, {out['sentences']} sentences")
    print(f"share parsed with the filter: {out['parsed']}/{out['sentences']} = {out['share_parsed']}%")
    print(f"sentences holding a gold attribution (its cue, else its content start): {out['with_gold_attribution']}"
          f"/{out['sentences']} = {out['share_with_gold']}% (no filter that keeps them all parses fewer)")
    for kind, c in out["gold_coverage"].items():
        print(f"gold attributions in parsed sentences, {kind:<8}: {c['kept']}/{c['gold']} = {c['pct']}%")
    for lang, r in out.get("ud", {}).items():
        print(f"UD {lang} gold parses: parsed {r['parsed']}/{r['sentences']} = {r['share_parsed']}% of sentences; "
              f"attributions {r['attributions_filtered']} with the filter / {r['attributions_all_sentences']} "
              f"from every sentence = {r['recall_kept_pct']}% kept")
    for name in ("filter", "parse_all"):
        if name in out:
            r = out[name]
            print(f"{name:<9}: quote R@0.5 {r['quote_R_05']} P {r['quote_P_05']}  e2e R {r['e2e_R']}  "
                  f"({r['n_pred']} predicted)  {r['sentences']} sentences in {r['seconds']} s = "
                  f"{r['sentences_per_s']} sentences/s ({r['parsed']} parsed, {r['parsed_per_s']}/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
