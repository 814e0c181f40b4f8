"""Dutch lemmas from simplemma's shipped dictionary, and rules for the words it lacks.

simplemma (PyPI, pinned in requirements.txt) ships a Dutch table of 370,000 word forms
with their lemma (gemeld -> melden, moskeeën -> moskee, opgevangen -> opvangen); a
maintained dictionary generalises where a hand-made suffix table only memorises. The
table is loaded on first use, once per process (about 75 MB and 1-3 s; see
docs/search.md), and shared by every thread.

What the table lacks is handled by rules that hold for every regular verb, known or
made up: participles ge-...-d/-t (+e, +en) by the 't kofschip rule, also after a
separable prefix (opgeflarderd -> opflarderen); other verb and plural endings
(participle_infinitive, rule_stem).
"""

import re
import threading
import unicodedata

_lock = threading.Lock()
_table = None
_folded = None  # folded form -> lemma, for the forms with diacritics (coordinatie)

# Adverbs that make separable verbs: op+ge+vangen, aan+ge+pakt, samen+ge+werkt.
SEPARABLE_PREFIXES = (
    "aan",
    "achter",
    "af",
    "bij",
    "binnen",
    "buiten",
    "door",
    "in",
    "los",
    "mee",
    "na",
    "neer",
    "om",
    "onder",
    "op",
    "over",
    "rond",
    "samen",
    "tegen",
    "terug",
    "toe",
    "uit",
    "vast",
    "voor",
    "weg",
)
VOICELESS_ENDINGS = ("t", "k", "f", "s", "ch", "p", "x")  # 't kofschip: these take -t
VOWELS = "aeiou"
LEMMA_RE = re.compile(r"[a-z0-9]+")
LONG_VOWEL_RE = re.compile(r"(aa|ee|oo|uu)([^aeiou])$")
SHORT_VOWEL_RE = re.compile(r"(^|[^aeiou])[aeiou]([bdfgklmnprstvz])$")
# A last syllable that is unstressed (wandel, open, teken, bezem, reinig): its vowel stays
# short before -en without a doubled consonant (wandelen, openen, reinigen).
UNSTRESSED_END_RE = re.compile(r"[aeiouy][^aeiou]+(e[lmnr]|ig)$")


def table():
    """simplemma's Dutch {form: lemma} mapping, loaded on first use (once per process)."""
    global _table
    if _table is None:
        with _lock:
            if _table is None:
                # Here, not at the top: 0.4 s to import, paid by the first process that
                # normalises Dutch rather than by every management command.
                from simplemma.strategies.dictionaries import DEFAULT_DICTIONARY_FACTORY

                loaded = DEFAULT_DICTIONARY_FACTORY.get_dictionary("nl")
                _set_folded(loaded)
                _table = loaded
    return _table


def _set_folded(loaded):
    """Index the few thousand forms with diacritics under their folded spelling too, so
    'coordinatie' (typed without the diaeresis, or built by a rule) is found."""
    global _folded
    folded = {}
    for form in loaded:
        if not form.isascii():
            plain = _clean(form)
            if plain and plain not in folded:
                folded[plain] = loaded[form]
    _folded = folded


def _clean(value):
    """A table lemma as a folded [a-z0-9] word ('aan_pakken' -> 'aanpakken'), or None."""
    if not value:
        return None
    value = unicodedata.normalize("NFKD", value.replace("_", ""))
    value = "".join(c for c in value if not unicodedata.combining(c)).lower()
    return value if LEMMA_RE.fullmatch(value) else None


def lookup(word):
    """The table's lemma of one form (folded), or None when the form is unknown."""
    found = table().get(word)
    if found is None:
        found = _folded.get(word)
    return _clean(found)


def lemma(*forms):
    """The lemma of the first known of `forms` (e.g. 'moskeeën', then 'moskeeen').

    The table has a few two-way entries (rel -> rellen, rellen -> rel); such a cycle
    resolves to its shortest member, so every form of it gets the same lemma. A lemma
    listed under yet another lemma is not followed: ouders -> ouder must not go on to
    oud, nor gegevens -> gegeven to geven."""
    for form in forms:
        if not form:
            continue
        first = lookup(form)
        if first is None:
            continue
        if first != form and form.endswith("er") and lookup(form + "s") == form:
            return form  # a noun in -er that is also a comparative: ouder(s), not oud
        second = lookup(first)
        if second and second != first and lookup(second) == first:
            return min(first, second, key=lambda w: (len(w), w))
        return first
    return None


def is_lemma(word):
    """True when `word` is a headword of the table (its own lemma): an infinitive, a
    singular noun, an adjective's base form."""
    return lookup(word) == word


def infinitive_candidates(stem):
    """Spellings of the infinitive of a verb stem: maak -> maken, stop -> stoppen (never
    stopen: one consonant after one vowel opens the syllable, so slapen is slaap's verb,
    not slap's), leef -> leven, wandel -> wandelen."""
    bases = [stem]
    if stem.endswith("f"):
        bases.append(stem[:-1] + "v")
    elif stem.endswith("s"):
        bases.append(stem[:-1] + "z")
    found = []
    for base in bases:
        if not SHORT_VOWEL_RE.search(base) or UNSTRESSED_END_RE.search(base):
            found.append(base + "en")  # not slap -> slapen: that open syllable is slaap's
        long_vowel = LONG_VOWEL_RE.search(base)
        if long_vowel:
            found.append(base[: long_vowel.start()] + long_vowel.group(1)[0] + long_vowel.group(2) + "en")
        elif SHORT_VOWEL_RE.search(base):
            found.append(base + base[-1] + "en")
    return found


def _takes_suffix(stem, suffix):
    """'t kofschip: a stem ending in a voiceless consonant takes -t, others -d. A stem
    in -f/-s may come from -v/-z (leven -> geleefd), so it may take either."""
    if stem.endswith(("f", "s")):
        return True
    return stem.endswith(VOICELESS_ENDINGS) == (suffix == "t")


def participle_parts(word):
    """[(separable prefix, verb stem)] readings of `word` as a past participle
    (ge-X-d/-t, inflected -de/-te/-den/-ten), most likely first; [] if it is none."""
    readings = []
    for prefix in ("", *SEPARABLE_PREFIXES):
        if not word.startswith(prefix + "ge"):
            continue
        rest = word[len(prefix) + 2 :]
        for ending in ("en", "e", ""):
            if ending and not rest.endswith(ending):
                continue
            body = rest[: len(rest) - len(ending)] if ending else rest
            if len(body) < 3 or body[-1] not in "dt":
                continue
            stem = body[:-1]
            if len(stem) >= 3 and stem[-1] not in "dt" and _takes_suffix(stem, body[-1]):
                readings.append((prefix, stem))
            if body[-2] not in VOWELS or body.endswith(("dt", "td")):
                # A stem that itself ends in -d/-t adds nothing: ge-wond, ge-zet.
                readings.append((prefix, body))
    return readings


def strong_participle_infinitive(word):
    """The infinitive of a separable verb's strong participle, from the participle of its
    base verb: uitgesloten -> uit + gesloten (sluiten) -> uitsluiten; opgeheven ->
    opheffen. A participle the table lists itself comes from lemma() first."""
    if not word.endswith("en"):
        return None
    for prefix in SEPARABLE_PREFIXES:
        if word.startswith(prefix + "ge") and len(word) > len(prefix) + 5:
            base = lookup(word[len(prefix) :])
            if base and base.endswith("en") and base != word[len(prefix) :]:
                return prefix + base
    return None


def participle_infinitive(word, is_verb=is_lemma, short=None):
    """The known infinitive of a past participle: getraind -> trainen, aangepakt ->
    aanpakken, gewandelde -> wandelen; None when no reading gives a known verb
    (`is_verb` says which infinitives are known; by default the table's headwords). A
    stem of three letters only where `short(word)` allows it (getypt, gebeft: no
    adjective of its own, unlike gezond)."""
    for prefix, stem in participle_parts(word):
        if len(stem) < 4 and not prefix and not (short and short(word)):
            continue  # ge-zon-d (gezond), ge-won-d (gewond): too short to be sure
        for candidate in infinitive_candidates(stem):
            if is_verb(prefix + candidate):
                return prefix + candidate
    return None


# Endings of unknown words, longest first: verb forms, plural -en, -ing nouns of verbs
# (a plural -s is handled first, in rule_stem).
RULE_ENDINGS = (
    "ingen",
    "ende",
    "ing",
    "end",
    "den",
    "ten",
    "de",
    "te",
    "en",
    "d",
    "t",
    "e",
)


def normalise_stem(stem):
    """One spelling for the stem of any form: klaff -> klaf, drook -> drok, plaav/plaaf -> plaf."""
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in VOWELS:
        stem = stem[:-1]
    if stem.endswith("v"):
        stem = stem[:-1] + "f"
    elif stem.endswith("z"):
        stem = stem[:-1] + "s"
    return LONG_VOWEL_RE.sub(lambda m: m.group(1)[0] + m.group(2), stem)


def rule_stem(word, min_stem=3):
    """The stem of a word the table does not know, by rule: every form of a regular verb
    (flarderen, flarder, flardert, flarderde, geflarderd, flarderend, flardering) gives
    the same stem; separable verbs keep their prefix (opgeflarderd -> opflarder); a
    plural -s comes off before the rest (factsheets, factsheet -> factshee)."""
    for prefix, stem in participle_parts(word):
        if len(stem) >= min_stem:
            return prefix + normalise_stem(stem)
    if (
        word.endswith(("es", "s"))
        and len(word) > min_stem + 2
        and word[-2 if word[-2] != "e" else -3] not in VOWELS
    ):
        word = word[:-2] if word.endswith("sses") else word[:-1]  # masterclasses -> masterclass
    for ending in RULE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= min_stem:
            return normalise_stem(word[: -len(ending)])
    return normalise_stem(word) if len(word) > min_stem else word


def verb_stems(infinitive):
    """Spellings of a verb's stem: herstellen -> herstel, bezoeken -> bezoek, reizen ->
    reis, maken -> maak (the reverse of infinitive_candidates)."""
    if not infinitive.endswith("en") or len(infinitive) < 5:
        return []
    stem = infinitive[:-2]
    found = [stem]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in VOWELS:
        return [stem, stem[:-1]]  # kennen -> ken, never keen: the doubling marks a short vowel
    if stem.endswith("v"):
        found.append(stem[:-1] + "f")
    elif stem.endswith("z"):
        found.append(stem[:-1] + "s")
    short = re.search(r"(^|[^aeiou])([aeou])([^aeiou])$", found[-1])
    if short:
        found.append(found[-1][: short.start(2)] + short.group(2) * 2 + short.group(3))
    return found


def inflection_candidates(word):
    """Base forms an unknown inflected word may have: plurals (-s, -en, -'s), verb endings."""
    endings = ("s", "en", "n", "e", "t", "de", "te", "den", "ten")
    return [word[: -len(e)] for e in endings if word.endswith(e) and len(word) - len(e) >= 4]


IRREGULAR_PLURAL_RE = re.compile(r"e([^aeiou])en$")


def irregular_singulars(word):
    """Singulars a plural with a vowel change or -eren may have: schepen -> schip,
    leden -> lid, kinderen -> kind, bladeren -> blad (candidates; the caller checks them)."""
    found = []
    vowel = IRREGULAR_PLURAL_RE.search(word)
    if vowel:
        found.append(word[: vowel.start()] + "i" + vowel.group(1))
    if word.endswith("eren") and len(word) >= 7:
        found.append(word[:-4])
        if word[-5] == word[-6] and word[-5] not in VOWELS:
            found.append(word[:-5])
    return found


# Diminutive endings, longest first (beeldjes, lampje, balletje, koninkje).
DIMINUTIVE_ENDINGS = ("etjes", "etje", "tjes", "pjes", "kjes", "jes", "tje", "pje", "kje", "je")


def diminutive_bases(word):
    """Nouns a diminutive may come from: beeldjes -> beeld, balletje -> bal, plekjes ->
    plek, koninkje -> koning (candidates; the caller checks them)."""
    found = []
    for ending in DIMINUTIVE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            base = word[: -len(ending)]
            if ending.startswith("e") and len(base) > 2 and base[-1] == base[-2]:
                base = base[:-1]  # ball-etje -> bal
            if ending.startswith("k"):
                if not base.endswith("n"):
                    continue  # -kje only after -ng: wolkje is wolk-je, never wol-kje
                base += "g"  # konin-kje -> koning
            found.append(base)
    return found


def _undo_open_syllable(stem):
    """Spellings of a stem before an ending that opened its syllable: klass -> klas,
    mat -> maat, hog -> hoog, wijz -> wijs, lev -> leef, institutionel -> institutioneel
    (candidates)."""
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in VOWELS:
        return [stem, stem[:-1]]  # a doubled consonant marks a short vowel: klass -> klas
    found = [stem]
    if stem.endswith("v"):
        found.append(stem[:-1] + "f")
    elif stem.endswith("z"):
        found.append(stem[:-1] + "s")
    for spelling in list(found):
        short = re.search(r"(^|[^aeiou])([aeou])([^aeiou])$", spelling)
        if short:
            found.append(spelling[: short.start(2)] + short.group(2) * 2 + short.group(3))
    return list(dict.fromkeys(found))


def plural_singulars(word):
    """Singulars a regular plural may have: maten -> maat, klassen -> klas, middels ->
    middel (candidates; the caller checks them against the word list)."""
    if word.endswith("en") and len(word) >= 5:
        return _undo_open_syllable(word[:-2])
    if word.endswith("s") and not word.endswith("ss") and len(word) >= 5:
        return [word[:-1]]
    return []


# Endings of an inflected adjective: ronde, straffer, rechtere, langst, langste.
ADJECTIVE_ENDINGS = ("ere", "ste", "er", "st", "e")


def adjective_bases(word):
    """Base forms an inflected adjective may have: straffer -> straf, grotere -> groot,
    ronde -> rond (candidates; the caller checks them against the word list)."""
    found = []
    for ending in ADJECTIVE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            found.extend(_undo_open_syllable(word[: -len(ending)]))
    return list(dict.fromkeys(found))


# Vowels of a strong participle and the vowels its infinitive may have, in an open
# syllable (one consonant: gewezen - wijzen, gesloten - sluiten, gebroken - breken,
# gelegen - liggen) and a closed one (gebonden - binden, gevochten - vechten).
ABLAUT_OPEN = {
    "e": ("e", "ij", "ee", "i"),
    "ee": ("ee", "ij", "e"),
    "o": ("ie", "ui", "e", "ee", "o"),
    "oo": ("ie", "ui", "ee", "e"),
    "a": ("a", "aa", "e"),
    "aa": ("aa", "a"),
    "i": ("ij",),
    "ie": ("ie",),
    "ou": ("ou", "ui", "ij"),
}
ABLAUT_CLOSED = {"o": ("i", "e", "o"), "a": ("a", "e"), "e": ("e",), "ou": ("ou",), "ie": ("ie",)}
STRONG_PARTICIPLE_RE = re.compile(r"(ee|oo|aa|ie|ou|a|e|i|o)([^aeiou]+)$")


def strong_participle_candidates(word):
    """Infinitives a ge-...-en participle may come from by a vowel change, separable
    prefix kept: gewezen -> wijzen, ..., weggegraven -> weggraven, ingevangen -> invangen
    (candidates; the caller keeps those the word list knows as verbs)."""
    found = []
    if not word.endswith("en"):
        return found
    for prefix in ("", *SEPARABLE_PREFIXES):
        if not word.startswith(prefix + "ge") or len(word) < len(prefix) + 6:
            continue
        body = word[len(prefix) + 2 : -2]
        match = STRONG_PARTICIPLE_RE.search(body)
        if not match:
            continue
        vowel, consonants = match.groups()
        opened = len(consonants) == 1
        for target in (ABLAUT_OPEN if opened else ABLAUT_CLOSED).get(vowel, ()):
            tails = [consonants]
            if consonants == "v":
                tails.append("ff")  # geheven - heffen
            if opened and vowel == "e" and target == "i":
                tails = [consonants * 2]  # gelegen - liggen, gezeten - zitten
            for tail in tails:
                found.append(prefix + body[: match.start()] + target + tail + "en")
    return list(dict.fromkeys(found))
