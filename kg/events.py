"""Events: each report of an act dated by what its sentence says, and the reports of one real-world event, in one
article or many, made one event with every report as a source.

An event dataset counts events, not reports (ACLED merges reports with the same
actors, day and place; GDELT keeps the number of sources). A relation whose
predicate is an event in the vocabulary (``event: true`` in predicates.yaml:
attacks, kills, threatens, accuses, demands, ...) is a report; its date is the
one its sentence states ("on Monday night", "on Jan. 4", "last week", "in
February"), resolved against the article's date, with the precision the words
give, else the article's date, marked as such. Reports of one predicate between
the same actors whose dates fall within the window their precision allows, and
whose places (where the sentences name one) agree, are one event.

    reports, events = find_events(extraction)
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable
from kg.corpus import MONTH_NAME, WEEKDAYS, dateline_length, month_number
from kg.extraction import Extraction
from kg.relations import Relation
from kg.vocabulary import load_predicates, symmetric_predicates

__all__ = ["EventDate", "Report", "Event", "PRECISIONS", "sentence_date", "report_date", "find_events",
           "group_reports", "event_predicates", "without_articles"]

# From the most to the least precise; "article" is the article's own date, the sentence stating none.
PRECISIONS = ("day", "week", "month", "year", "article")
# How many days apart two reports of one event may be dated, by the coarser precision of the two: a report dated
# only by its article is usually published within days of the event.
_WINDOW_DAYS = {"day": 1, "week": 7, "month": 31, "year": 366, "article": 3}

_MONTH = rf"(?P<month>{MONTH_NAME})"
# Each expression with the precision it gives; the first in the sentence wins.
_EXPRESSIONS = (
    (re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)\b"), "day"),
    (re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"), "day"),
    (re.compile(rf"\b(?P<day>\d{{1,2}})\s+{_MONTH}(?:\s+(?P<year>(?:19|20)\d\d))?\b"), "day"),
    (re.compile(rf"\b(?P<weekday>{'|'.join(day.title() for day in WEEKDAYS)})\b"), "day"),
    (re.compile(r"\b(?P<relative_day>yesterday|today|tonight)\b", re.IGNORECASE), "day"),
    (re.compile(r"\b(?P<relative>last|this|past) (?P<unit>week|month|year)\b", re.IGNORECASE), None),
    (re.compile(rf"\b(?:in|during|early|late|mid|mid-)\s+{_MONTH}(?:\s+(?P<year>(?:19|20)\d\d))?\b"),
     "month"),
    (re.compile(r"\b(?:in|during)\s+(?P<year>(?:19|20)\d\d)\b"), "year"),
)


@dataclass(frozen=True, order=True)
class EventDate:
    """A day, and how precisely the text gives it: a "month" date is the first of its month."""

    day: date
    precision: str

    def window(self, other: "EventDate") -> int:
        """How many days apart two dates of one event may be."""
        return max(_WINDOW_DAYS[self.precision], _WINDOW_DAYS[other.precision])


def sentence_date(sentence: str, published: date | None) -> EventDate | None:
    """The date a sentence gives the act it tells of, resolved against the day the article was `published`;
    None when it gives none, or gives one only relative to a day that is unknown.

    >>> sentence_date("Rockets hit the base on Monday night.", date(2024, 3, 12))
    EventDate(day=datetime.date(2024, 3, 11), precision='day')
    >>> sentence_date("A January 4 strike killed a commander.", date(2024, 1, 12))
    EventDate(day=datetime.date(2024, 1, 4), precision='day')
    >>> sentence_date("The US struck on Dec. 28.", date(2024, 1, 3))
    EventDate(day=datetime.date(2023, 12, 28), precision='day')
    >>> sentence_date("Talks began in June 2020.", None)
    EventDate(day=datetime.date(2020, 6, 1), precision='month')
    >>> sentence_date("The militia attacked the base last week.", date(2024, 3, 12))
    EventDate(day=datetime.date(2024, 3, 5), precision='week')
    >>> sentence_date("The militia attacked the base.", date(2024, 3, 12)) is None
    True
    """
    found = []
    for pattern, precision in _EXPRESSIONS:
        for match in pattern.finditer(sentence):
            resolved = _resolve(match.groupdict(), precision, published)
            if resolved is not None:
                found.append((match.start(), resolved))
                break
    return min(found)[1] if found else None


def _resolve(parts: dict[str, str | None], precision: str | None, published: date | None) -> EventDate | None:
    if parts.get("weekday"):
        if published is None:
            return None
        back = (published.weekday() - WEEKDAYS.index(parts["weekday"].lower())) % 7
        return EventDate(published - timedelta(days=back), "day")  # news tells of the last such day
    if parts.get("relative_day"):
        if published is None:
            return None
        return EventDate(published - timedelta(days=1 if parts["relative_day"].lower() == "yesterday" else 0), "day")
    if parts.get("relative"):
        if published is None:
            return None
        unit, past = parts["unit"].lower(), parts["relative"].lower() in {"last", "past"}
        if unit == "week":
            return EventDate(published - timedelta(days=7 if past else 0), "week")
        if unit == "month":
            first = published.replace(day=1)
            return EventDate((first - timedelta(days=1)).replace(day=1) if past else first, "month")
        return EventDate(date(published.year - past, 1, 1), "year")
    month = int(parts["mnum"]) if parts.get("mnum") else (
        month_number(parts["month"]) if parts.get("month") else 1)
    year = int(parts["year"]) if parts.get("year") else None
    day = int(parts["day"]) if parts.get("day") else 1
    if year is None:
        if published is None:
            return None
        year = published.year
        # "on Dec. 28" in an article of January 3 is the December before
        if (month, day) > (published.month, published.day + 1):
            year -= 1
    try:
        return EventDate(date(year, month, day), precision or "day")
    except ValueError:
        return None  # "February 30": not a date


@dataclass(frozen=True)
class Report:
    """One sentence's report of an event: the relation read from it, its article and its date."""

    article: str
    relation: Relation
    date: EventDate | None
    place: str | None


@dataclass
class Event:
    """One real-world event, with every report of it."""

    id: str
    predicate: str
    subject: str
    object: str
    date: EventDate | None
    place: str | None
    reports: list[Report]

    @property
    def articles(self) -> list[str]:
        return list(dict.fromkeys(report.article for report in self.reports))

    @property
    def confidence(self) -> float:
        """The chance that at least one article's report is right, each article's surest report taken as
        independent evidence: corroboration makes an event surer."""
        doubt = 1.0
        for article in self.articles:
            doubt *= 1 - max(r.relation.confidence for r in self.reports if r.article == article)
        return round(1 - doubt, 3)

    @classmethod
    def from_json(cls, record: dict) -> "Event":
        """An event as ``to_json`` wrote it."""
        reports = [Report(source["article"], Relation(record["subject"], record["predicate"], record["object"],
                                                      source["evidence"], source["start"], source["end"],
                                                      source["confidence"], ""),
                          _date_of(source), record["place"]) for source in record["sources"]]
        return cls(record["event"], record["predicate"], record["subject"], record["object"], _date_of(record),
                   record["place"], reports)

    def to_json(self) -> dict:
        return {
            "event": self.id, "predicate": self.predicate, "subject": self.subject, "object": self.object,
            "date": self.date.day.isoformat() if self.date else None,
            "date_precision": self.date.precision if self.date else None,
            "place": self.place,
            "sources": [{"article": r.article, "evidence": r.relation.evidence, "start": r.relation.start,
                         "end": r.relation.end, "date": r.date.day.isoformat() if r.date else None,
                         "date_precision": r.date.precision if r.date else None,
                         "confidence": r.relation.confidence} for r in self.reports],
            "confidence": self.confidence,
        }


def _date_of(record: dict) -> EventDate | None:
    return EventDate(date.fromisoformat(record["date"]), record["date_precision"]) if record.get("date") else None


def without_articles(events: list[Event], article_ids: set[str]) -> list[Event]:
    """The events with the reports of `article_ids` taken out, and without those only they reported; an event
    keeps the most precise date its remaining reports give."""
    kept = []
    for event in events:
        reports = [r for r in event.reports if r.article not in article_ids]
        if not reports:
            continue
        dated = sorted((r.date for r in reports if r.date), key=lambda d: (PRECISIONS.index(d.precision), d.day))
        kept.append(Event(event.id, event.predicate, event.subject, event.object,
                          dated[0] if dated else None, event.place, reports))
    return kept


def event_predicates() -> frozenset[str]:
    """The predicates whose relations are events (``event: true`` in the vocabulary)."""
    return frozenset(name for name, predicate in load_predicates().items() if predicate.event)


def report_date(relation: Relation, published: str | None) -> EventDate | None:
    """A report's date: its sentence's (after any dateline, which dates the article), else its article's (marked
    "article"), else unknown."""
    day = date.fromisoformat(published) if published else None
    stated = sentence_date(relation.evidence[dateline_length(relation.evidence):], day)
    if stated is not None:
        return stated
    return EventDate(day, "article") if day is not None else None


def find_events(extraction: Extraction) -> tuple[list[Report], list[Event]]:
    """The extraction's reports of events (every reading of an event predicate, dated and placed), and the
    events they make, sorted by date (undated last)."""
    published = {article.id: article.date for article in extraction.articles}
    places = _places_by_sentence(extraction)
    wanted = event_predicates()
    reports = [
        Report(item.article, item.relation, report_date(item.relation, published.get(item.article)),
               next((p for p in places.get((item.article, item.relation.start), [])
                     if p not in (item.relation.subject, item.relation.object)), None))
        for item in extraction.relations if item.relation.predicate in wanted
    ]
    within = {(item.relation.subject, item.relation.object) for item in extraction.relations
              if item.relation.predicate == "located_in"}
    return reports, group_reports(reports, within)


def group_reports(reports: Iterable[Report], within: set[tuple[str, str]]) -> list[Event]:
    """Reports grouped into events, sorted by date (undated last): those of one predicate between the same
    actors, dated within each other's window, at places that agree (the same, or one `within` the other)."""
    symmetric = symmetric_predicates()
    groups: dict[tuple[str, str, str], list[Report]] = {}
    seen: set[tuple[str, str, str, str, int]] = set()
    for report in sorted(reports, key=lambda report: -report.relation.confidence):
        r = report.relation
        subject, obj = sorted((r.subject, r.object)) if r.predicate in symmetric else (r.subject, r.object)
        if (r.predicate, subject, obj, report.article, r.start) in seen:
            continue  # "Biden met Sudani" read both ways round is one report
        seen.add((r.predicate, subject, obj, report.article, r.start))
        groups.setdefault((r.predicate, subject, obj), []).append(report)
    events = [event for key, grouped in groups.items() for event in _cluster(key, grouped, within)]
    return sorted(events, key=lambda e: (e.date is None, e.date.day if e.date else date.max, e.id))


def _places_by_sentence(extraction: Extraction) -> dict[tuple[str, int], list[str]]:
    """The places each relation's sentence names (not its dateline's city), by article and sentence start."""
    starts = {(item.article, item.relation.start, item.relation.end) for item in extraction.relations}
    spans: dict[str, list[tuple[int, int]]] = {}
    for article, start, end in starts:
        spans.setdefault(article, []).append((start, end))
    texts = {article.id: article.text for article in extraction.articles}
    found: dict[tuple[str, int], list[str]] = {}
    for mention in extraction.mentions:
        actor = extraction.actors.get(mention.actor)
        if actor is None or actor.type != "Place":
            continue
        for start, end in spans.get(mention.article, []):
            named = found.setdefault((mention.article, start), [])
            after_dateline = start + dateline_length(texts[mention.article][start:end])
            if after_dateline <= mention.start < end and mention.actor not in named:
                named.append(mention.actor)
    return found


def _cluster(key: tuple[str, str, str], reports: list[Report], within: set[tuple[str, str]]) -> list[Event]:
    """Reports of one predicate between two actors, split into events: dated reports join the first event whose
    date is within their window and whose place agrees (the same place, or one the text places `within` the
    other); undated ones are one event per article."""
    predicate, subject, obj = key
    events: list[Event] = []
    ranked = sorted(reports, key=lambda r: (r.date is None, PRECISIONS.index(r.date.precision) if r.date else 0,
                                            r.date.day if r.date else date.min, r.article, r.relation.start))
    for report in ranked:
        home = next((e for e in events if _same_event(e, report, within)), None)
        if home is None:
            events.append(Event("", predicate, subject, obj, report.date, report.place, [report]))
        else:
            home.reports.append(report)
            home.place = home.place or report.place
    for event in events:
        event.reports.sort(key=lambda r: (r.article, r.relation.start))
        event.id = _event_id(event)
    return events


def _same_event(event: Event, report: Report, within: set[tuple[str, str]]) -> bool:
    if event.date is None or report.date is None:
        return event.date is None and report.date is None and event.reports[0].article == report.article
    places = (event.place, report.place)
    if all(places) and event.place != report.place and places not in within and places[::-1] not in within:
        return False
    return abs((event.date.day - report.date.day).days) <= event.date.window(report.date)


def _event_id(event: Event) -> str:
    """Stable across builds of the same reports: the predicate, the actors and the first report."""
    first = event.reports[0]
    text = f"{event.predicate}|{event.subject}|{event.object}|{first.article}|{first.relation.start}"
    day = event.date.day.isoformat() if event.date else "undated"
    return f"{day}-{hashlib.sha1(text.encode()).hexdigest()[:10]}"
