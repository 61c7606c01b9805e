"""Names: the keys by which two spellings of one name are found to be one, and the ids made from names.

Plain string functions, used wherever names are compared: the actor stage, the relation stage (the publisher of
an article) and the evaluation.
"""

import hashlib
import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

__all__ = ["APOSTROPHES", "DOUBLE_QUOTES", "NAME_PARTICLES", "TYPOGRAPHIC_QUOTES", "fold", "name_key",
           "nickname_forms", "skeleton", "spelling_variants", "slug"]

APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'", "´": "'"})
# One character for one, so that offsets into the plain text are offsets into the original.
TYPOGRAPHIC_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"'})
# The marks that set a nickname off inside a name: Wissam Mohammed "Abu Baqir" al-Saadi.
DOUBLE_QUOTES = frozenset({'"', "“", "”"})
_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-"})
# The Arabic article in its spellings, joined by a hyphen to the name it opens: "al-Salam", "ash-Shaabi".
NAME_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az"})


def fold(text: str) -> str:
    """Casefold, straighten apostrophes and dashes, strip diacritics."""
    text = text.translate(APOSTROPHES).translate(_DASHES)
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """The key two spellings of one name share.

    >>> name_key("the Kata’ib Hezbollah's") == name_key("Kataib Hezbollah")
    True
    >>> name_key('Abu Baqir" al-Saadi') == name_key("Abu Baqir al-Saadi")
    True
    """
    text = fold(text).translate(TYPOGRAPHIC_QUOTES)
    text = re.sub(r"'s$", "", text.strip())
    text = text.replace("'", "").replace(".", "").replace('"', "")
    text = re.sub(r"[-\s]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


@lru_cache(maxsize=65536)
def skeleton(text: str) -> str:
    """A transliteration-proof key: consonants only, doubled letters once, articles dropped.

    >>> skeleton("Danaeifar") == skeleton("Danaiefar"), skeleton("Qasem") == skeleton("Qassem")
    (True, True)
    """
    words = [w for w in name_key(text).split() if w not in {"al", "el", "ul", "bin", "ibn"}]
    out = []
    for word in words:
        word = word.replace("q", "k").replace("c", "k").replace("ou", "u")
        consonants = word[0] + re.sub(r"[aeiouy]", "", word[1:])
        out.append(re.sub(r"(.)\1+", r"\1", consonants))
    return " ".join(out)


def _edit_distance(a: str, b: str) -> int:
    """Optimal string alignment distance (a transposition counts once)."""
    rows = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        rows[i][0] = i
    for j in range(len(b) + 1):
        rows[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            rows[i][j] = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 1)
    return rows[-1][-1]


def spelling_variants(a: str, b: str) -> bool:
    """True when two names are one name spelled two ways (transliteration, a typo).

    >>> spelling_variants("Hassan Danaeifar", "Hassan Danaiefar"), spelling_variants("Hassan", "Hussein")
    (True, False)
    >>> spelling_variants("Hilla", "The Hill")
    False

    A name with an Arabic nisba's "-i" is another name, a man's or a people's: "al-Asadi" is no "al-Asad".

    >>> spelling_variants("al-Asadi", "al-Asad")
    False
    """
    ka, kb = name_key(a), name_key(b)
    if ka == kb:
        return True
    if ka + "i" == kb or kb + "i" == ka:
        return False
    # (a short name is too short to tell a misspelling from another name: "Hilla", the city, is no "(The) Hill")
    if min(len(ka), len(kb)) < 5 or skeleton(a) != skeleton(b):
        return False
    return _edit_distance(ka, kb) <= max(1, len(ka) // 5)


def slug(text: str) -> str:
    """A snake_case id for a name.

    A name in another script is transliterated for the readable part and carries a short
    hash of the name, so two names that transliterate alike stay two actors.

    >>> slug("Asa'ib Ahl al-Haq")
    'asaib_ahl_al_haq'
    >>> slug("Катаиб Хезболла")
    'kataib_khezbolla_321a22'
    """
    readable = re.sub(r"[^a-z0-9]+", "_", name_key(anyascii(fold(text)))).strip("_")
    if readable and all(c.isascii() or not c.isalpha() for c in fold(text)):
        return readable
    digest = hashlib.sha1(text.strip().encode("utf-8")).hexdigest()[:6]
    return f"{readable or 'actor'}_{digest}"


_NICKNAMED = re.compile(r'^(?P<given>[^"“”]+?)\s*["“](?P<nickname>[^"“”]+)["”]\s*(?P<surname>[^"“”]+)$')


def nickname_forms(name: str) -> tuple[str, str] | None:
    """A name with a nickname set in quotes inside it, as the nickname with the surname (how the news calls the
    man) and as the name without the nickname; None for any other name.

    >>> nickname_forms('Wissam Mohammed "Abu Baqir" al-Saadi')
    ('Abu Baqir al-Saadi', 'Wissam Mohammed al-Saadi')
    >>> nickname_forms("Abu Baqir al-Saadi") is None
    True
    """
    if (match := _NICKNAMED.match(name.strip())) is None:
        return None
    surname = match["surname"].strip()
    return f"{match['nickname'].strip()} {surname}", f"{match['given'].strip()} {surname}"
