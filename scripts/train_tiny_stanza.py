"""Train tiny stanza models (tokenize, mwt, pos, lemma, depparse) for en and ru from UD dev/test files.

    python scripts/train_tiny_stanza.py [--ud ../shared/ud] [--out tests/fixtures/stanza] [--lang en ru]
                                        [--steps 300] [--work DIR]

The models are what the pipeline tests load offline: a real `stanza.Pipeline` on real model files in
the layout `stanza.download` writes (`<out>/resources.json`, `<out>/<lang>/<processor>/tiny.pt`). They
are far too small to judge linguistics; they exist to test structure and wiring.

Everything is trained with stanza's own training entry points (`stanza.models.tokenizer`,
`mwt_expander`, `tagger`, `lemmatizer`, `parser`), without a character language model, for a few
hundred steps, with small word vectors built on the spot from the training text (PPMI of a +-2 word
window, reduced by SVD) and saved with `stanza.models.common.pretrain.Pretrain`.

Data: UD English-EWT dev (train) / test (scoring); UD Russian-GSD dev + Russian-Taiga dev (train) /
GSD test (scoring). UD data is CC BY-SA 4.0: the licences are copied beside the models.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import logging
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "tiny"
VECTOR_DIM = 32
VECTOR_VOCAB = 6000
CONTEXT_VOCAB = 1500
WINDOW = 2
SCORE_SENTENCES = 150

CORPORA = {
    "en": {"name": "English", "train": ["en_ewt-ud-dev.conllu"], "score": "en_ewt-ud-test.conllu",
           "licences": ["UD_English-EWT.LICENSE.txt"]},
    "ru": {"name": "Russian", "train": ["ru_gsd-ud-dev.conllu", "ru_taiga-ud-dev.conllu"],
           "score": "ru_gsd-ud-test.conllu",
           "licences": ["UD_Russian-GSD.LICENSE.txt", "UD_Russian-Taiga.LICENSE.txt"]},
}

# Small networks: a few hundred KB each instead of tens of MB.
SMALL = ["--word_emb_dim", "32", "--char_emb_dim", "32", "--char_hidden_dim", "64", "--tag_emb_dim", "16",
         "--transformed_dim", "32", "--hidden_dim", "64", "--deep_biaff_hidden_dim", "64"]

log = logging.getLogger("train_tiny_stanza")


def read_sentences(path: Path) -> list[str]:
    """CoNLL-U sentence blocks (comments kept), without empty nodes (n.1 lines) the tools cannot train on."""
    blocks = path.read_text(encoding="utf-8").strip().split("\n\n")
    out = []
    for block in blocks:
        lines = [x for x in block.splitlines() if x.startswith("#") or "." not in x.split("\t", 1)[0]]
        out.append("\n".join(lines))
    return out


def write_conllu(path: Path, blocks: list[str]) -> Path:
    path.write_text("\n\n".join(blocks) + "\n\n", encoding="utf-8")
    return path


def words_of(blocks: list[str]) -> list[list[str]]:
    sents = []
    for block in blocks:
        sents.append([ln.split("\t")[1].lower() for ln in block.splitlines()
                      if ln and ln[0].isdigit() and "-" not in ln.split("\t", 1)[0]])
    return sents


def build_vectors(sentences: list[list[str]], path: Path) -> Path:
    """Word vectors from the training text: PPMI co-occurrence (window +-2) reduced to VECTOR_DIM by SVD."""
    counts = collections.Counter(w for s in sentences for w in s)
    vocab = [w for w, _ in counts.most_common(VECTOR_VOCAB)]
    index = {w: i for i, w in enumerate(vocab)}
    contexts = {w: i for i, w in enumerate(vocab[:CONTEXT_VOCAB])}
    m = np.zeros((len(vocab), len(contexts)), dtype=np.float64)
    for s in sentences:
        for i, w in enumerate(s):
            if w not in index:
                continue
            for j in range(max(0, i - WINDOW), min(len(s), i + WINDOW + 1)):
                c = contexts.get(s[j])
                if j != i and c is not None:
                    m[index[w], c] += 1.0
    total = m.sum()
    row = m.sum(axis=1, keepdims=True)
    col = m.sum(axis=0, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log((m * total) / (row * col))
    ppmi = np.nan_to_num(np.maximum(pmi, 0.0), nan=0.0, posinf=0.0, neginf=0.0)
    u, s, _ = np.linalg.svd(ppmi, full_matrices=False)
    vecs = u[:, :VECTOR_DIM] * np.sqrt(s[:VECTOR_DIM])
    vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-8)
    with path.open("w", encoding="utf-8") as f:
        f.write(f"{len(vocab)} {VECTOR_DIM}\n")
        for w, v in zip(vocab, vecs, strict=True):
            f.write(w.replace(" ", "\xa0") + " " + " ".join(f"{x:.4f}" for x in v) + "\n")
    return path


def md5(path: Path) -> str:
    return hashlib.md5(path.read_bytes()).hexdigest()


def train_language(lang: str, ud: Path, out: Path, work: Path, steps: int,
                   max_sentences: int | None = None) -> dict[str, object]:
    """Train every processor of one language into out/<lang>/<processor>/tiny.pt; returns its resources entry."""
    from stanza.models import lemmatizer, mwt_expander, parser, tagger, tokenizer
    from stanza.models.common.pretrain import Pretrain
    from stanza.utils.datasets import conllu_to_text, prepare_tokenizer_data

    spec = CORPORA[lang]
    shorthand = f"{lang}_{PACKAGE}"
    blocks = [b for f in spec["train"] for b in read_sentences(ud / f)][:max_sentences]  # type: ignore[attr-defined]
    score = read_sentences(ud / spec["score"])[:min(SCORE_SENTENCES, max_sentences or SCORE_SENTENCES)]  # type: ignore[operator]
    work.mkdir(parents=True, exist_ok=True)
    train_file = write_conllu(work / "train.conllu", blocks)
    score_file = write_conllu(work / "score.conllu", score)
    lang_dir = out / lang
    if lang_dir.exists():
        shutil.rmtree(lang_dir)
    paths = {p: lang_dir / p / f"{PACKAGE}.pt" for p in ("tokenize", "mwt", "pretrain", "pos", "lemma", "depparse")}
    for p in paths.values():
        p.parent.mkdir(parents=True, exist_ok=True)
    timings: dict[str, float] = {}

    t = time.time()
    vec = build_vectors(words_of(blocks), work / "vectors.txt")
    Pretrain(str(paths["pretrain"]), str(vec)).load()
    timings["pretrain"] = time.time() - t

    t = time.time()
    for name, f in (("train", train_file), ("score", score_file)):
        conllu_to_text.convert_text(str(f), str(work / f"{name}.txt"))
        prepare_tokenizer_data.main([str(work / f"{name}.txt"), str(f), "-o", str(work / f"{name}.labels"),
                                     "-m", str(work / f"{name}.mwt.json")])
    tokenizer.main(["--mode", "train", "--lang", lang, "--shorthand", shorthand,
                    "--txt_file", str(work / "train.txt"), "--label_file", str(work / "train.labels"),
                    "--mwt_json_file", str(work / "train.mwt.json"),
                    "--dev_txt_file", str(work / "score.txt"), "--dev_label_file", str(work / "score.labels"),
                    "--dev_conll_gold", str(score_file), "--conll_file", str(work / "tok.out.conllu"),
                    "--steps", str(steps * 2), "--eval_steps", str(steps), "--emb_dim", "16", "--hidden_dim", "32",
                    "--save_dir", str(paths["tokenize"].parent), "--save_name", paths["tokenize"].name])
    timings["tokenize"] = time.time() - t

    has_mwt = bool(json.loads((work / "train.mwt.json").read_text(encoding="utf-8")))
    if has_mwt:
        t = time.time()
        mwt_expander.main(["--mode", "train", "--lang", lang, "--shorthand", shorthand,
                           "--train_file", str(train_file), "--eval_file", str(score_file),
                           "--output_file", str(work / "mwt.out.conllu"), "--gold_file", str(score_file),
                           "--num_epoch", "3", "--hidden_dim", "32", "--emb_dim", "16",
                           "--save_dir", str(paths["mwt"].parent), "--save_name", paths["mwt"].name])
        timings["mwt"] = time.time() - t
    else:
        shutil.rmtree(paths["mwt"].parent)

    t = time.time()
    tagger.main(["--mode", "train", "--lang", lang, "--shorthand", shorthand,
                 "--train_file", str(train_file), "--eval_file", str(score_file),
                 "--output_file", str(work / "pos.out.conllu"), "--wordvec_pretrain_file", str(paths["pretrain"]),
                 "--max_steps", str(steps), "--eval_interval", str(max(steps // 3, 1)), "--fix_eval_interval",
                 "--batch_size", "32", "--num_layers", "1", *SMALL, "--composite_deep_biaff_hidden_dim", "32",
                 "--save_dir", str(paths["pos"].parent), "--save_name", paths["pos"].name])
    timings["pos"] = time.time() - t

    t = time.time()
    lemmatizer.main(["--mode", "train", "--shorthand", shorthand,
                     "--train_file", str(train_file), "--eval_file", str(score_file),
                     "--output_file", str(work / "lemma.out.conllu"),
                     "--num_epoch", "1", "--hidden_dim", "48", "--emb_dim", "24", "--pos_dim", "24",
                     "--save_dir", str(paths["lemma"].parent), "--save_name", paths["lemma"].name])
    timings["lemma"] = time.time() - t

    t = time.time()
    parser.main(["--mode", "train", "--lang", lang, "--shorthand", shorthand,
                 "--train_file", str(train_file), "--eval_file", str(score_file),
                 "--output_file", str(work / "depparse.out.conllu"),
                 "--wordvec_pretrain_file", str(paths["pretrain"]),
                 "--max_steps", str(steps), "--eval_interval", str(max(steps // 3, 1)), "--batch_size", "1000",
                 "--num_layers", "1", *SMALL, "--deep_biaff_output_dim", "32", "--no_checkpoint",
                 "--save_dir", str(paths["depparse"].parent), "--save_name", paths["depparse"].name])
    timings["depparse"] = time.time() - t

    for name, secs in timings.items():
        log.info("%s %s: %.0f s", lang, name, secs)
    pretrain_dep = [{"model": "pretrain", "package": PACKAGE}]
    entry: dict[str, object] = {"lang_name": spec["name"]}
    default: dict[str, str] = {}
    for proc, path in paths.items():
        if not path.exists():
            continue
        model: dict[str, object] = {"md5": md5(path)}
        if proc in ("pos", "depparse"):
            model["dependencies"] = pretrain_dep
        entry[proc] = {PACKAGE: model}
        if proc != "pretrain":
            default[proc] = PACKAGE
    entry["default_processors"] = default
    entry["packages"] = {"default": default}
    return entry


def write_notes(out: Path, ud: Path, langs: list[str]) -> None:
    """The UD licences beside the models, and a README that says what the models are and where they came from."""
    for lang in langs:
        for lic in CORPORA[lang]["licences"]:  # type: ignore[attr-defined]
            shutil.copy(ud / lic, out / lic)
    (out / "README.md").write_text(
        "# Tiny stanza models for tests\n\n"
        "Made by `python scripts/train_tiny_stanza.py` (stanza's own training entry points, no charlm, a few\n"
        "hundred steps, word vectors built on the spot). They are far too small to be accurate: the tests\n"
        "use them to check structure and wiring of the stanza backend, never linguistic quality.\n\n"
        "Layout as `stanza.download` writes it: `resources.json`, `<lang>/<processor>/tiny.pt`.\n\n"
        "## Licence and attribution\n\n"
        "The models are derived from Universal Dependencies treebanks and are shared under the same\n"
        "licence, CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/):\n\n"
        "- en: UD_English-EWT (dev set for training, test set for scoring) -- `UD_English-EWT.LICENSE.txt`.\n"
        "  Silveira et al., A Gold Standard Dependency Corpus for English, LREC 2014.\n"
        "- ru: UD_Russian-GSD and UD_Russian-Taiga (dev sets for training, GSD test for scoring) --\n"
        "  `UD_Russian-GSD.LICENSE.txt`, `UD_Russian-Taiga.LICENSE.txt`.\n\n"
        "Changes: the treebanks were used as training data only; no sentence of them is stored here.\n",
        encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ud", type=Path, default=ROOT.parent / "shared" / "ud", help="folder with the UD files")
    ap.add_argument("--out", type=Path, default=ROOT / "tests" / "fixtures" / "stanza", help="model folder")
    ap.add_argument("--lang", nargs="+", default=sorted(CORPORA), choices=sorted(CORPORA), help="languages")
    ap.add_argument("--steps", type=int, default=300, help="training steps for pos and depparse")
    ap.add_argument("--work", type=Path, default=None, help="scratch folder (default: a temporary one)")
    ap.add_argument("--threads", type=int, default=1, help="torch threads")
    ap.add_argument("--max-sentences", type=int, default=None, help="train on the first N sentences (smoke tests)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    import torch

    # one thread: on a busy 2-core machine, two spinning OpenMP threads slow training down tenfold
    torch.set_num_threads(args.threads)
    args.out.mkdir(parents=True, exist_ok=True)
    res_path = args.out / "resources.json"
    resources = json.loads(res_path.read_text(encoding="utf-8")) if res_path.exists() else {}
    scratch = args.work or Path(tempfile.mkdtemp(prefix="tiny-stanza-"))
    for lang in args.lang:
        t = time.time()
        resources[lang] = train_language(lang, args.ud, args.out, scratch / lang, args.steps, args.max_sentences)
        log.info("%s: trained in %.0f s", lang, time.time() - t)
    resources = dict(sorted(resources.items()))
    res_path.write_text(json.dumps(resources, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    write_notes(args.out, args.ud, sorted(resources))
    if args.work is None:
        shutil.rmtree(scratch, ignore_errors=True)
    size = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    log.info("models in %s: %.1f MB", args.out, size / 1e6)
    return 0


if __name__ == "__main__":
    sys.exit(main())
