"""Numbers, periods and dates as Dutch legal text writes them: "twaalf weken", "vóór 15 juli",
"1 januari 2022", "zeven gemeenten"."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from assembler.model.dates import MONTHS

WORDS = {
    "een": 1,
    "één": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "dertien": 13,
    "veertien": 14,
    "vijftien": 15,
    "zestien": 16,
    "zeventien": 17,
    "achttien": 18,
    "negentien": 19,
    "twintig": 20,
}
# A number as written: digits or a word (longest words first, so "zeventien" is not "zeven").
NUMBER = r"(?:\d+|" + "|".join(sorted(WORDS, key=len, reverse=True)) + r")"
_MONTH = "|".join(MONTHS)
_PERIOD = re.compile(rf"\b({NUMBER})\s+(weken|week|maanden|maand)\b", re.IGNORECASE)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH})\b(?:\s+(\d{{4}}))?", re.IGNORECASE)


def value(word: str) -> int:
    """The value of a number written in digits or in words."""
    return int(word) if word.isdigit() else WORDS[word.lower()]


@dataclass(frozen=True, slots=True)
class Found:
    """A number, period or date found in a sentence, with the phrase that says it."""

    phrase: str
    number: int = 0
    month: int = 0
    day: int = 0
    year: int = 0

    @property
    def date(self) -> dt.date | None:
        return dt.date(self.year, self.month, self.day) if self.year else None


def weeks(sentence: str) -> Iterator[Found]:
    """Every period, in whole weeks at least: "acht weken", "12 weken"; a month counts as four
    weeks (its shortest length), so "twee maanden" is never shorter than eight weeks."""
    for match in _PERIOD.finditer(sentence):
        per = 4 if match.group(2).lower().startswith("maand") else 1
        yield Found(match.group(0), number=value(match.group(1)) * per)


def dates(sentence: str) -> Iterator[Found]:
    """Every day of a month, with its year if written: "15 juli", "1 januari 2022"."""
    for match in _DAY_MONTH.finditer(sentence):
        year = int(match.group(3)) if match.group(3) else 0
        month = MONTHS.index(match.group(2).lower()) + 1
        day = int(match.group(1))
        try:
            dt.date(year or 2000, month, day)
        except ValueError:
            continue  # "31 april": not a date, nothing to compare
        yield Found(match.group(0), month=month, day=day, year=year)
