"""Read news articles from text files: the first stage of kg.

An article keeps the text of its file character for character, with the lines
that are page furniture (share buttons, comment forms, copyright lines) blanked
out, so that every offset kg reports points into the file as it is on disk.

    articles, problems = read_corpus([Path("data/articles")])
"""

from __future__ import annotations

import codecs
import hashlib
import json
import logging
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Iterable

from kg.resources import load_data

__all__ = ["Article", "CorpusProblem", "METADATA_FILE", "MONTH_NAME", "WEEKDAYS", "month_number", "dateline_length",
           "dateline_city", "read_article", "read_corpus",
           "read_metadata",
           "find_article_files"]

logger = logging.getLogger(__name__)

TEXT_SUFFIXES = frozenset({".txt"})

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# A month's name, in full or as wire services abbreviate it ("Jan.", "Sept."): a regular expression
MONTH_NAME = rf"(?:{_MONTHS}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
# The days of the week, lowercased, in the order of `date.weekday()`
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH = rf"(?P<mname>{MONTH_NAME})"
# "TEHRAN (Tasnim) -", "BAGHDAD, March 4 (Reuters) -", "WASHINGTON, Jan. 5, 2024 -": a dateline names the
# publishing outlet, the day, or both (and may name two cities: "WASHINGTON/BAGHDAD (Reuters) -").
_DATELINE = re.compile(
    # "SULAIMANI, Kurdistan Region, July 12 -", "TAMPA, Fla. -"; a city in title case only before the outlet, the
    # day or a name and the dash: "Baghdad (Al-Ahed News) -", "Tehran, Dec. 3 (IRNA) -", "Tehran, Tasnim -"; or
    # no city, only the outlet in brackets: "(Al-Ahed News) -" (a comma may come before it: "BAGHDAD, (Al-Ahed) -")
    rf"^\s*(?:(?P<city>[A-Z][A-Z .'/-]{{2,40}}|[A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?"
    rf"(?=\s*,?\s*\(|,\s*{MONTH_NAME}\s+\d|,\s*[A-Z][\w.]+(?: [A-Z][\w.]+)?\s*[-–—]\s))"
    rf"(?:,\s*[A-Z][\w .]{{1,30}}?)?"
    rf"(?:,\s*{_MONTH}\s+(?P<d>\d{{1,2}})(?:,\s*(?P<y>\d{{4}}))?)?)?"
    r"\s*(?:,?\s*\((?P<source>[^)]{2,40})\))?(?(city)|(?<=\)))"
    r"\s*[-–—](?=\s|$)")  # a dash that ends a word: "CJTF-OIR said" is none
# An outlet's name and a slash opening a report, as a dateline does: "Shafaq News/ The ...".
_OUTLET_SLASH = re.compile(r"^\s*(?P<source>[A-Z][\w&.'-]*(?:\s[A-Z][\w&.'-]*){0,3})\s?/\s+(?=\S)")
# The file of dates beside an archive's articles: one {"article": id, "date": "YYYY-MM-DD", ...} per line.
METADATA_FILE = "metadata.jsonl"
# "Source » rudaw", "…reports Asian Lite News", "Copyright 2024 Nexstar Media Inc.", "Shafaq News/ The ...",
# "By Jane Doe, Reuters"
_SOURCE_LINES = (
    re.compile(r"^\s*source\s*[»:>|-]\s*(?P<source>.{2,60}?)\s*$", re.IGNORECASE),
    re.compile(r"(?:…|\.\.\.)\s*reports\s+(?P<source>[A-Z][\w&.' ]{2,60}?)\s*$"),
    re.compile(r"^\s*(?:copyright|©)\s*(?:©\s*)?(?:\d{4}\s+)?(?P<source>[A-Z][\w&.,' -]{2,60}?)[.,]?\s+all rights",
               re.IGNORECASE),
    _OUTLET_SLASH,
    re.compile(r"^\s*By\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3},\s*(?P<source>[A-Z][\w&.' -]{1,40}?)\s*$"),
    # a byline naming the outlet's own staff: "By Reuters staff", "By an Al-Monitor correspondent"
    re.compile(r"^\s*By\s+(?:an?\s+)?(?P<source>[A-Z][\w&.'-]*(?:\s[A-Z][\w&.'-]*){0,3})\s+"
               r"(?:[Ss]taff|[Cc]orrespondents?|[Rr]eporters?|[Nn]ews [Dd]esk)\b"),
    # an interview's questions, labelled with the outlet that asks them: "Al-Monitor: Will the coalition leave?"
    re.compile(r"^\s*(?P<source>[A-Z][\w&.'-]*(?:\s[A-Z][\w&.'-]*){0,3}):\s.{2,300}\?\s*$"),
)
_DATES = (
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)"),  # also "2024-03-04T10:31:00Z"
    re.compile(rf"\b{_MONTH}\s+(?P<d>\d{{1,2}}),\s+(?P<y>\d{{4}})\b"),
    re.compile(rf"\b(?P<d>\d{{1,2}})\s+{_MONTH}\s+(?P<y>\d{{4}})\b"),
)
_MONTH_NUMBERS = {name[:3].lower(): i for i, name in enumerate(_MONTHS.split("|"), start=1)}


def month_number(name: str) -> int:
    """The number of a month a MONTH_NAME matched: 1 for "January" and "Jan.", 9 for "Sept."."""
    return _MONTH_NUMBERS[name[:3].lower()]


_HTML_PAGE = re.compile(r"\s*(<!doctype html|<html[\s>]|<head[\s>])", re.IGNORECASE)


@dataclass(frozen=True)
class Article:
    """One news article: its id is its file's stem."""

    id: str
    path: Path
    text: str
    title: str | None = None
    source: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class CorpusProblem:
    """A file that could not be read as an article, and why."""

    path: Path
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@cache
def _furniture_patterns() -> tuple[re.Pattern[str], ...]:
    data = load_data("furniture.yaml")
    return tuple(re.compile(rf"^\s*(?:{p})\s*$", re.IGNORECASE) for p in data["patterns"])


def is_furniture(line: str) -> bool:
    """True for a line of page furniture.

    >>> is_furniture("Leave a Reply")
    True
    >>> is_furniture("Iraq condemned the strike.")
    False
    """
    return any(p.match(line) for p in _furniture_patterns())


def _blank(line: str) -> str:
    return " " * len(line)


def dateline_length(text: str) -> int:
    """How many characters a dateline takes at the start of `text` (0 without one): it dates and places the
    article, not what the sentence after it tells of.

    >>> dateline_length("BAGHDAD, March 12, 2024 (Reuters) - Rockets hit the base.")
    35
    >>> dateline_length("CJTF-OIR responded with an armed drone.")
    0
    >>> dateline_length("TAMPA, Fla. — U.S. forces struck.")
    13
    >>> dateline_length("Baghdad (Al-Ahed News) – The factions warned Washington.")
    24
    >>> dateline_length("Baghdad (AFP) said nothing - so it goes.")
    0
    >>> dateline_length("Tehran, Tasnim - The resistance will respond.")
    16
    >>> dateline_length("WASHINGTON/BAGHDAD (Reuters) - The United States struck.")
    30
    >>> dateline_length("(Al-Ahed News) - Harakat al-Nujaba vowed to fight on.")
    16
    >>> dateline_length("- Harakat al-Nujaba vowed to fight on.")
    0
    >>> dateline_length("BAGHDAD, (Al-Ahed) – The Islamic Resistance announced.")
    20
    >>> dateline_length("Shafaq News / The Coordination Framework met.")
    14
    """
    match = _DATELINE.match(text) or _OUTLET_SLASH.match(text)
    return match.end() if match else 0


def dateline_city(text: str) -> tuple[int, int] | None:
    """Where the city of a dateline at the start of `text` is, as character offsets; None without one.

    >>> text = "SULAIMANI, Kurdistan Region (Reuters) - PKK fighters burned their weapons."
    >>> start, end = dateline_city(text)
    >>> text[start:end]
    'SULAIMANI'
    """
    match = _DATELINE.match(text)
    if match is None or match.group("city") is None:
        return None
    return match.start("city"), match.start("city") + len(match.group("city").rstrip())


def _find_source(lines: list[str]) -> str | None:
    for line in lines:
        for pattern in (_DATELINE, *_SOURCE_LINES):
            if (match := pattern.search(line)) and match.group("source"):
                return match.group("source").strip()
    return None


def _find_date(lines: list[str], listed: str | None = None) -> str | None:
    """The article's date: its dateline's when the dateline gives a year, else the one `listed` for it in the
    archive's metadata, else a dateline's day in the year of a full date the opening lines give, else the first
    full date there ("Published March 4, 2024", "2024-03-04"). A day without any year stays unknown."""
    opening = lines[:8]
    dateline = next((m for line in opening if (m := _DATELINE.search(line)) and m.group("d")), None)
    if dateline is not None and dateline.group("y"):
        return _iso(dateline.groupdict())
    if listed:
        return listed
    full = next((m.groupdict() for line in opening for pattern in _DATES if (m := pattern.search(line))), None)
    if full is not None and dateline is not None:
        return _iso({**dateline.groupdict(), "y": full["y"]})
    return _iso(full) if full is not None else None


def _iso(parts: dict[str, str | None]) -> str:
    month = int(parts["m"]) if parts.get("m") else month_number(parts["mname"])
    return f"{int(parts['y']):04d}-{month:02d}-{int(parts['d']):02d}"


def _find_title(lines: list[str]) -> str | None:
    for line in lines:
        stripped = line.strip()
        if not stripped:
            continue
        # A headline is one short line that does not end like a sentence.
        if len(stripped) <= 200 and not stripped.endswith((".", "”", '"', ":")):
            return stripped
        return None
    return None


def decode_article(path: Path, raw: bytes) -> str:
    """Decode a file's bytes as UTF-8 (or UTF-16 with its byte-order mark) text, or raise ValueError with the
    reason."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            raw = raw.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            raise ValueError("not UTF-16 text, though it starts with UTF-16's byte-order mark") from None
    if not raw.strip():
        raise ValueError("empty file")
    if b"\x00" in raw:
        raise ValueError("binary file (it contains NUL bytes)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        bad = raw[error.start : error.start + 1].hex()
        raise ValueError(f"not UTF-8 text (byte 0x{bad} at offset {error.start}); save it as UTF-8") from None
    text = text.removeprefix("\ufeff")
    if _HTML_PAGE.match(text):
        raise ValueError("an HTML page, not an article's text (save the article as plain text)")
    return text


def read_article(path: Path, listed_date: str | None = None) -> Article:
    """Read one article file (`listed_date` is the date an archive's metadata gives it); raise ValueError naming
    the reason it cannot be read."""
    text = decode_article(path, path.read_bytes())
    lines = text.split("\n")
    source = _find_source(lines)
    kept = [_blank(line) if is_furniture(line.strip()) else line for line in lines]
    body = "\n".join(kept)
    if not body.strip():
        raise ValueError("no article text (every line is page furniture)")
    return Article(
        id=path.stem,
        path=path,
        text=body,
        title=_find_title(kept),
        source=source,
        date=_find_date(kept, listed_date),
    )


def find_article_files(paths: Iterable[Path]) -> tuple[list[Path], list[CorpusProblem]]:
    """Expand files and folders into article files, sorted by name, and the paths that are not there."""
    files: list[Path] = []
    problems: list[CorpusProblem] = []
    for path in paths:
        if path.is_dir():
            for found in sorted(path.rglob("*")):
                if found.suffix.lower() not in TEXT_SUFFIXES:
                    continue
                if found.is_symlink() and not found.exists():
                    problems.append(CorpusProblem(found, "a symbolic link to nothing (dangling, or a loop)"))
                elif found.is_file():
                    files.append(found)
                elif not found.is_dir():
                    problems.append(CorpusProblem(found, "not a regular file (a pipe, socket or device)"))
        elif path.is_file():
            files.append(path)
        else:
            problems.append(CorpusProblem(path, "no such file or folder"))
    return files, problems


def read_metadata(paths: Iterable[Path]) -> tuple[dict[str, str], list[CorpusProblem]]:
    """The dates an archive's metadata file (``metadata.jsonl`` in a folder given) lists, by article id; a line
    that is not one JSON object with an article and a valid ISO date is a problem, the rest are read."""
    dates: dict[str, str] = {}
    problems: list[CorpusProblem] = []
    for folder in (p for p in paths if p.is_dir()):
        path = folder / METADATA_FILE
        if not path.is_file():
            continue
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            problems.append(CorpusProblem(path, f"cannot be read ({error}); its dates are not used"))
            continue
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
                article, day = Path(str(entry["article"])).stem, str(entry["date"])
                date.fromisoformat(day)
            except (ValueError, KeyError, TypeError) as error:
                problems.append(CorpusProblem(path, f"line {number} is not a JSON object with an \"article\" and a "
                                                    f"\"date\" as YYYY-MM-DD ({error}); that line is skipped"))
                continue
            dates[article] = day
    return dates, problems


def read_corpus(paths: Iterable[Path]) -> tuple[list[Article], list[CorpusProblem]]:
    """Read every article under `paths`; a file that cannot be read is a problem, not an error."""
    paths = list(paths)
    files, problems = find_article_files(paths)
    listed, metadata_problems = read_metadata(paths)
    problems += metadata_problems
    articles: list[Article] = []
    seen: dict[str, Path] = {}
    texts: dict[str, Path] = {}
    for path in files:
        try:
            article = read_article(path, listed.get(path.stem))
        except (OSError, ValueError) as error:
            problem = CorpusProblem(path, str(error) if isinstance(error, ValueError) else error.strerror or str(error))
            logger.info("skipped %s", problem)
            problems.append(problem)
            continue
        if article.id in seen:
            problem = CorpusProblem(path, f"article id {article.id!r} is already taken by {seen[article.id]}")
            logger.info("skipped %s", problem)
            problems.append(problem)
            continue
        digest = hashlib.sha256(article.text.encode("utf-8")).hexdigest()
        if digest in texts:
            problem = CorpusProblem(path, f"the same text as {texts[digest]}, built once")
            logger.info("skipped %s", problem)
            problems.append(problem)
            continue
        seen[article.id] = path
        texts[digest] = path
        articles.append(article)
    return articles, problems
