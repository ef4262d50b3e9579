"""Sort and de-duplicate the one-line string lists of data/lexicons/*.toml in place, keeping comments.

    python scripts/sort_lexicons.py [FILE ...]

The lexicon loader refuses unsorted lists; run this after adding words.
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
from pathlib import Path

LINE = re.compile(r"^(\s*[\w\"]+\s*=\s*)(\[.*\])\s*$")


def sort_file(path: Path) -> bool:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=False)
    changed = False
    for i, line in enumerate(lines):
        m = LINE.match(line)
        if not m:
            continue
        value = tomllib.loads("x = " + m.group(2))["x"]
        if not value or not all(isinstance(v, str) for v in value):
            continue
        new = sorted(set(value))
        if new != value:
            lines[i] = m.group(1) + json.dumps(new, ensure_ascii=False).replace('","', '", "')
            changed = True
    if changed:
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return changed


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted(Path(__file__).parents[1].joinpath("data/lexicons").glob("*.toml"))
    for p in paths:
        if sort_file(p):
            print(f"sorted {p}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
