"""Speaker and cue accuracy of the stanza backend on the UD quote sentences (gold parses, no model).

    python bench/ud_quotes.py [--json] [--pred PRED.jsonl] [--gold GOLD.jsonl]

Input: tests/fixtures/ud/{en,ru}_quote_speech.conllu (the 40 UD sentences with a quote and a speech
verb from ../shared/ud, CC BY-SA 4.0, one document per sentence) and the expected rows written for
them by hand in tests/fixtures/ud/quote_speech.expected.jsonl (speaker and cue as written, content
per the annotation guidelines in ../shared/bench). The CoNLL-U documents go through the stanza
backend with their own parse; the predictions are scored by ../shared/bench/score.py, the project's
scorer, so speaker_acc / cue_acc mean what they mean everywhere else (on quotes matched at J >= 0.5).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "ud"
SCORER = ROOT.parent / "shared" / "bench" / "score.py"
LANGS = ("en", "ru")


def load_scorer(path: Path = SCORER) -> ModuleType:
    spec = importlib.util.spec_from_file_location("quotechain_bench_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def locate(text: str, needle: str) -> tuple[int, int]:
    """Offsets of `needle` in text as whole words; `needle@n` takes its n-th occurrence."""
    word, n = needle, 1
    if "@" in needle and needle.rsplit("@", 1)[1].isdigit():
        word, nth = needle.rsplit("@", 1)
        n = int(nth)
    found = list(re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text))
    if len(found) < n:
        raise ValueError(f"{needle!r} not found in {text[:80]!r}")
    return found[n - 1].span()


def gold_documents() -> list[dict[str, Any]]:
    """The gold file in score.py's format: documents rebuilt from the CoNLL-U fixtures + the expected rows."""
    from builder.ingest import read_inputs
    from builder.records import Document

    expected = {json.loads(x)["doc"]: json.loads(x)["quotes"]
                for x in (FIXTURES / "quote_speech.expected.jsonl").read_text(encoding="utf-8").splitlines() if x}
    out = []
    for lang in LANGS:
        for doc in read_inputs([FIXTURES / f"{lang}_quote_speech.conllu"]):
            assert isinstance(doc, Document), doc
            key = doc.doc_id.split("#", 1)[1]
            quotes = []
            for q in expected[key]:
                pieces = [locate(doc.text, c) for c in q["content"]]
                speaker = [locate(doc.text, q["speaker"])] if q["speaker"] else []
                cue = [locate(doc.text, c) for c in q["cue"]]
                quotes.append({"kind": q["kind"], "quote_start": pieces[0][0], "quote_end": pieces[-1][1],
                               "quote_text": " … ".join(doc.text[s:e] for s, e in pieces),
                               "quote_spans": [list(p) for p in pieces],
                               "speaker_text": " ".join(doc.text[s:e] for s, e in speaker) or None,
                               "speaker_spans": [list(p) for p in speaker],
                               "cue_text": " ".join(doc.text[s:e] for s, e in cue),
                               "cue_spans": [list(p) for p in cue], "parent": q.get("parent")})
            out.append({"doc_id": doc.doc_id, "text": doc.text, "lang": lang, "quotes": quotes})
    return out


def predictions(backend: str = "stanza") -> list[dict[str, Any]]:
    """Rows of the backend on the CoNLL-U documents, in score.py's prediction format."""
    from builder.api import process_document
    from builder.ingest import read_inputs
    from builder.records import Document

    out = []
    for lang in LANGS:
        for doc in read_inputs([FIXTURES / f"{lang}_quote_speech.conllu"]):
            assert isinstance(doc, Document), doc
            for q in process_document(doc, lang=lang, backend=backend, clean="none").quotes:
                row = q.to_row()
                out.append({"doc_id": row["doc_id"], "quote": {"start": q.start, "end": q.end, "text": row["quote"]},
                            "quote_spans": [[c["start"], c["end"]] for c in row["content"]],
                            "speaker": row["speaker"], "cue": row["cue"], "speaker_name": row["speaker_name"]})
    return out


def evaluate(backend: str = "stanza") -> dict[str, Any]:
    """score.py's results ('all' and per kind) for the backend on the UD quote sentences."""
    scorer = load_scorer()
    with tempfile.TemporaryDirectory() as tmp:
        gold_path, pred_path = Path(tmp) / "gold.jsonl", Path(tmp) / "pred.jsonl"
        gold_path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in gold_documents()),
                             encoding="utf-8")
        pred_path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in predictions(backend)),
                             encoding="utf-8")
        res, stats, ndocs = scorer.run(str(gold_path), str(pred_path))
        return {"docs": ndocs, "span_resolution": stats, "results": res,
                "report": scorer.render(res, stats, f"UD quote sentences, backend={backend}, docs={ndocs}")}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", action="store_true", help="print the scorer's results as JSON")
    ap.add_argument("--backend", default="stanza", help="backend to score (stanza reads the gold parses)")
    ap.add_argument("--write-gold", type=Path, default=None,
                    help="write the gold JSONL (bench format) here and stop; for `quotechain eval GOLD --conllu`")
    args = ap.parse_args(argv)
    if args.write_gold:
        args.write_gold.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in gold_documents()),
                                   encoding="utf-8")
        return 0
    out = evaluate(args.backend)
    if args.json:
        print(json.dumps({k: v for k, v in out.items() if k != "report"}, ensure_ascii=False, indent=1))
    else:
        print(out["report"])
        r = out["results"]["all"]
        print(f"\nspeakers right: {r['speaker_acc']}% of {r['n_spk']}, no-speaker right: {r['nosrc_null']}% of "
              f"{r['n_nosrc']}, cues right: {r['cue_acc']}% of {r['n_cue']} (quotes matched at J>=0.5: "
              f"{r['matched05']} of {r['n_gold']} gold)")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
