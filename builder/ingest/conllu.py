"""A CoNLL-U file -> Documents that carry their own parse (one per `# newdoc`, else one per file).

The text is rebuilt by stanza's `CoNLL.conll2doc(reconstruct_text=True)` from the `# text` comments
(or the tokens and their SpaceAfter), so every token's offsets index the Document's text. The
CoNLL-U block itself travels in `Document.meta` under "conllu", where the stanza backend reads it
instead of parsing the text again. Reading needs the stanza extra; without it a file is a Skip.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from pathlib import Path

from builder.errors import DocumentError
from builder.ingest.decode import decode_bytes
from builder.records import Document

SUFFIXES = (".conllu",)
CONLLU_META = "conllu"
NEWDOC = re.compile(r"^#\s*newdoc(?:\s+id\s*=\s*(.*))?$")
TITLE_CHARS = 300


def split_documents(text: str) -> list[tuple[str | None, str]]:
    """(newdoc id or None, CoNLL-U block) per document; the whole text is one document without `# newdoc`."""
    docs: list[tuple[str | None, list[str]]] = []
    current: list[str] = []
    current_id: str | None = None
    for line in text.splitlines():
        m = NEWDOC.match(line.strip())
        if m and any(x.strip() and not x.startswith("#") for x in current):
            docs.append((current_id, current))
            current, current_id = [], None
        if m:
            current_id = (m.group(1) or "").strip() or None
        current.append(line)
    if any(x.strip() and not x.startswith("#") for x in current):
        docs.append((current_id, current))
    return [(doc_id, "\n".join(lines).strip("\n") + "\n\n") for doc_id, lines in docs]


def read_conllu(path: Path, root: Path) -> Iterator[Document]:
    """Every document of a CoNLL-U file, ids `<path>` (one document) or `<path>#<newdoc id or number>`."""
    try:
        from stanza.utils.conll import CoNLL, CoNLLError
    except ImportError as e:
        raise DocumentError("needs-stanza", "CoNLL-U input needs the extra: pip install 'quotechain[stanza]'") from e
    text = decode_bytes(path.read_bytes()).text  # a corpus file, split into documents below: not size-bounded
    from builder.ingest import relative_id

    rel = relative_id(path, root)
    blocks = split_documents(text)
    if not blocks:
        raise DocumentError("empty", "no sentences in the CoNLL-U file")
    for n, (newdoc, block) in enumerate(blocks, 1):
        try:
            with warnings.catch_warnings():  # a `# text` that disagrees with SpaceAfter: the text wins, as it should
                warnings.simplefilter("ignore", UserWarning)
                parsed = CoNLL.conll2doc(input_str=block, reconstruct_text=True)
        except (CoNLLError, ValueError, IndexError) as e:
            raise DocumentError("bad-conllu", f"document {n}: {e}") from e
        if not parsed.text or not parsed.text.strip():
            continue
        doc_id = rel if len(blocks) == 1 else f"{rel}#{newdoc or n}"
        title = parsed.sentences[0].text[:TITLE_CHARS] if parsed.sentences else None
        yield Document(doc_id=doc_id, text=parsed.text, source=str(path), title=title,
                       meta=((CONLLU_META, block),))
