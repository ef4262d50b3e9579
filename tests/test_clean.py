"""Cleaning: line rules (a table per rule), normalisation, modes, the seeds, real news untouched, data checks."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builder import api
from builder.clean import (
    PatternSet,
    _uncased_beyond_ascii,
    chrome_rule,
    clean_document,
    clean_text,
    compile_rules,
    load_rules,
    normalize_text,
    required_literals,
)
from builder.errors import LexiconError, QuotechainError
from builder.records import Document
from builder.resources import clean_dir

WORD = re.compile(r"[^\W\d_]+")


@pytest.mark.parametrize(("line", "rule"), [
    # counters and timestamps
    ("4073", "counter"),
    ("18+", "counter"),
    ("Просмотров: 2417", "counter"),
    ("Comments (3)", "counter"),
    ("Like (12)", "counter"),
    ("27.01 00:05", "timestamp"),
    ("2022-01-06T09:12:00Z", "timestamp"),
    ("Published 3 hours ago", "timestamp"),
    ("Updated: Jan. 6, 2022, 9:12 am GMT", "timestamp"),
    ("Обновлено: 15:02 12.04.2023", "timestamp"),
    ("6 января 2022 года, 09:12 мск", "timestamp"),
    ("Вчера", "timestamp"),
    # navigation
    ("Войти", "navigation"),
    ("Главная", "navigation"),
    ("Discussion", "navigation"),
    ("Home News Sport", "navigation"),
    ("Top stories World News", "navigation"),
    # prompts
    ("Do you want to leave a comment? Register and/or Log in", "prompt"),
    ("ПОДПИСКА НА НОВОСТИ", "prompt"),
    ("Ежедневная рассылка новостей ВПК на электронный почтовый ящик", "prompt"),
    ("Подпишитесь на наш Telegram-канал", "prompt"),
    ("Читайте также:", "prompt"),
    ("Skip to main content", "prompt"),
    ("Share this article on Facebook", "prompt"),
    ("We use cookies to improve your experience. Accept all", "prompt"),
    ("Tags: culture, museums", "prompt"),
    # notices and credits
    ("The material is placed by the copyright holder in the public domain", "copyright"),
    ("© 2005—2023 Самара Сегодня. Все права защищены.", "copyright"),
    ("При полном или частичном использовании материалов ссылка на сайт обязательна.", "copyright"),
    ("Image source: © AFP 2021, Brendan Smialowski", "credit"),
    ("Фото: пресс-служба администрации Самары", "credit"),
    ("Source: Вечерний Новгород", "credit"),
    # article lines that must never match a rule
    ("Tuesday.", ""),
    ("Итоги.", ""),
    ("The company said two million users subscribe to its service every year.", ""),
    ("Власти запретили рассылку спама в мессенджерах, сообщили в министерстве.", ""),
    ("The court ruled that the copyright claim was void.", ""),
    ("Nobody cycles on Mill Road in winter anyway.", ""),
    ("— Пока нет. Переговоры идут.", ""),
    ("In 2022, 61% of voters backed the ban.", ""),
    ("3.", ""),  # a list number
    ("30,000.", ""),  # a listicle's big number
    ("Friday, December 4, 2015.", ""),  # a date written as a sentence
    ("It's a gun advocate clichÃ© that an armed society is a polite society.", ""),  # mojibake, not ©
    ("Blinken discussed Ukraine and North Korea missile launch with Japanese Foreign Minister", ""),
])
def test_line_rules(line: str, rule: str) -> None:
    assert chrome_rule(line, WORD.findall(line), load_rules()) == rule


@pytest.mark.parametrize(("raw", "normal"), [
    ("a\r\nb\rc", "a\nb\nc"),
    ("a\u2028b\u2029c", "a\nb\nc"),
    ("\ufeffText", "Text"),
    ("nul\x00byte", "nulbyte"),
    ("bell\x07 and esc\x1b", "bell and esc"),
    ("zero\u200bwidth soft\u00adhyphen", "zerowidth softhyphen"),
    ("e\u0301te\u0301", "\u00e9t\u00e9"),  # NFC composes e + combining acute
    ("tab\tkept", "tab\tkept"),
])
def test_normalize_text(raw: str, normal: str) -> None:
    assert normalize_text(raw) == normal


def test_modes() -> None:
    text = "\ufeff  Войти\n\nA title here now\n\n\"We will win,\" Smith said on Tuesday in the capital.\n4073\n"
    assert clean_text(text, "none").text == text
    assert clean_text(text, "trim").text == "Войти\n\nA title here now\n\n\"We will win,\" Smith said on Tuesday " \
                                           "in the capital.\n4073"
    auto = clean_text(text, "auto")
    assert auto.text == "A title here now\n\n\"We will win,\" Smith said on Tuesday in the capital."
    assert [(r.line, r.rule) for r in auto.removed] == [(1, "navigation"), (6, "counter")]
    with pytest.raises(QuotechainError, match="unknown clean mode"):
        clean_text(text, "aggressive")


def test_clean_document_counts_removed_characters() -> None:
    doc = Document("d", "Войти\n\n\"We will win,\" Smith said on Tuesday in the capital.\n4073")
    cleaned = clean_document(doc)
    assert cleaned.chars_removed == len(doc.text) - len(cleaned.text) > 0
    assert clean_document(doc, "none") is doc


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([
    "Войти", "4073", "27.01 00:05", "", "  ", "• 13765", "Home News", "|",
    "\"We will win,\" Smith said on Tuesday in the capital city.",
    "«Мы ждали этого дня очень долго», — заявил Локоть на церемонии открытия.",
    "Russia has launched production of 20 Tu-214 aircraft", "A title of a story",
    "© 2023 Site. All rights reserved.", "Тысячи уклонений: спутники КНР идут на таран",
]), max_size=25))
def test_cleaning_only_removes_whole_lines(lines: list[str]) -> None:
    text = "\n".join(lines)
    result = clean_text(text)
    inputs = {line.strip().strip("|•").strip() for line in lines}
    assert set(result.text.split("\n")) - {""} <= inputs
    assert clean_text(result.text).text == result.text  # idempotent: clean text stays as it is


# --------------------------------------------------------------------------- the seeds

def _gold(shared_dir: Path, needle: str) -> dict[str, object]:
    for line in (shared_dir / "bench" / "seeds_gold.jsonl").read_text(encoding="utf-8").splitlines():
        rec: dict[str, object] = json.loads(line)
        if needle in str(rec["text"]):
            return rec
    raise AssertionError(f"no gold document contains {needle!r}")


def test_interfax_seed_keeps_the_article_and_drops_every_navigation_quote(samples_dir: Path,
                                                                          shared_dir: Path) -> None:
    raw = (samples_dir / "interfax.txt").read_text(encoding="utf-8")
    gold = _gold(shared_dir, "Ежедневная рассылка")
    result = api.process_document(Document("interfax", raw))
    text = result.document.text
    paragraphs = text.split("\n\n")
    assert paragraphs[0].startswith("Blinken discussed Ukraine")
    assert paragraphs[1].startswith("Washington. January 6th.")
    assert len(paragraphs) == 7  # the title and the six paragraphs of the article (the first with the dateline)
    assert text.endswith("recovery after it.")
    boiler = gold["boilerplate_quotes"]
    assert isinstance(boiler, list) and len(boiler) >= 8
    for q in boiler:
        assert q["quote_text"] not in text
    # every gold quote of the article is still there, and every row lies in the article
    for q in gold["quotes"]:  # type: ignore[attr-defined]
        assert q["quote_text"] in text
    assert result.quotes and all(q.language == "en" for q in result.quotes)
    assert result.doc_source == "Interfax"


def test_yonhap_seed_loses_nothing_but_the_table_bar(samples_dir: Path) -> None:
    raw = (samples_dir / "yonhap.txt").read_text(encoding="utf-8")
    result = clean_text(raw)
    assert [(r.text, r.rule) for r in result.removed] == [("|", "decoration")]
    assert result.text.startswith("A photo, released by North Korea")  # the caption is kept
    assert result.text.endswith("the press release said. (Yonhap)")
    assert len(re.sub(r"\s", "", raw)) - len(re.sub(r"\s", "", result.text)) == 2  # the two bars


@pytest.mark.parametrize("corpus", ["raw_news_en", "raw_news_ru"])
def test_real_news_without_chrome_is_left_alone(shared_dir: Path, corpus: str) -> None:
    files = sorted((shared_dir / "bench" / corpus).glob("*.txt"))
    assert len(files) >= 20
    total = removed = 0
    lines_removed = []
    for f in files:
        raw = f.read_text(encoding="utf-8")
        result = clean_text(raw)
        before, after = len(re.sub(r"\s", "", raw)), len(re.sub(r"\s", "", result.text))
        total += before
        removed += before - after
        lines_removed += [(f.name, r.rule, r.text) for r in result.removed]
    assert not lines_removed, lines_removed
    assert removed <= 0.0005 * total  # invisible characters only (zero-width spaces, soft hyphens)


# --------------------------------------------------------------------------- the data files

def _copy_rules(tmp_path: Path) -> Path:
    target = tmp_path / "clean"
    shutil.copytree(clean_dir(), target)
    return target


def test_rules_load() -> None:
    rules = load_rules()
    assert "войти" in rules.nav_words and "home" in rules.nav_words
    assert rules.prompts and rules.copyright and rules.credits


@pytest.mark.parametrize(("edit", "message"), [
    (lambda s: s.replace('units = ["comment",', 'units = ["zzz", "comment",'), "not sorted"),
    (lambda s: s.replace('units = ["comment",', 'units = ["comment", "comment",'), "duplicate"),
    (lambda s: s.replace("[counters]", "[counterz]"), "missing section"),
    (lambda s: s.replace("  '\\ball rights reserved\\b',", "  '\\ball rights reserved(',"), "bad pattern"),
])
def test_rules_are_validated(tmp_path: Path, edit: object, message: str) -> None:
    folder = _copy_rules(tmp_path)
    path = folder / "en.toml"
    new = edit(path.read_text(encoding="utf-8"))  # type: ignore[operator]
    assert new != path.read_text(encoding="utf-8")
    path.write_text(new, encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        compile_rules(folder)


# --- the prefilter of the line patterns (PatternSet.needs): an optimisation, never a change

@pytest.mark.parametrize(("pattern", "expected"), [
    (r"share (this|on)", {"share "}),  # the longest literal run beats a group's shorter options
    (r"\d+ comments?", {" comment"}),  # an optional letter ends the run
    (r"(?:log in|sign up)", {"log in", "sign up"}),  # one string per alternative
    (r"a|bc", {"a", "bc"}),
    (r"x{2,}yz", {"yz"}),  # a repeat of at least one counts; its literal is shorter than the run after it
    (r"(?!no)word", {"word"}),  # a negative lookahead requires nothing
    (r"\w+", None),  # no literal at all: no prefilter
    (r"(?:foo)?bar|\d+", None),  # one alternative without a literal spoils the whole branch
])
def test_required_literals(pattern: str, expected: set[str] | None) -> None:
    assert required_literals(pattern) == expected


def _unfiltered(ps: PatternSet, text: str) -> bool:
    return bool(ps.anchored.search(text) or ps.free.search(text))


def _line_pattern_sets() -> list[PatternSet]:
    rules = load_rules()
    return [rules.prompts, rules.copyright, rules.credits]


def test_prefilter_agrees_on_every_sample_and_seed_line() -> None:
    lines = [line for p in sorted((Path(__file__).parents[1] / "data" / "samples").rglob("*"))
             if p.is_file() for line in p.read_text(encoding="utf-8", errors="replace").splitlines()]
    assert len(lines) > 100
    for ps in _line_pattern_sets():
        for line in lines:
            assert ps.search(line) == _unfiltered(ps, line), line


# characters beyond ASCII: uncased ones the prefilter reads through, and cased ones (among them those that
# match an ASCII letter case-insensitively, or lower-case to one) for which it steps aside
ODD_CHARACTERS = "“”‘’—–…©«»\u00a0İıſ\u212aßΣσςКкПпОоᲀ"


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(sorted({n for ps in _line_pattern_sets() for n in ps.needs or ()}
                                                  | {"Copyright", "COMMENTS", "©", "All Rights", " 2024 ",
                                                     "SİGN İN", "ſubſcribe", "coo\u212aie", "Подписка на "})),
                          st.text(st.characters(max_codepoint=127), max_size=6),
                          st.text(st.sampled_from(ODD_CHARACTERS), max_size=3)), max_size=8))
def test_prefilter_agrees_on_generated_lines(parts: list[str]) -> None:
    line = "".join(parts)
    for ps in _line_pattern_sets():
        assert ps.search(line) == _unfiltered(ps, line), line


@pytest.mark.parametrize(("line", "expected"), [
    ("Subscribe now", True),
    ("“Sign up,” she said — © 2024…", True),  # quotes, dashes and © have no case
    ("SİGN İN to comment", False),  # İ lower-cases to i and a combining dot
    ("ſubſcribe", False),  # the long s matches s case-insensitively
    ("Подписка на новости", False),  # Cyrillic letters have a case: the full alternation decides
])
def test_uncased_beyond_ascii(line: str, expected: bool) -> None:
    assert _uncased_beyond_ascii(line) is expected
