"""One Dutch normaliser for indexed text and queries alike.

Every word becomes a *key*: its lemma (simplemma's dictionary, search/lemmas.py:
gemeld -> melden, moskeeën -> moskee), reduced where a derivation names the same concept
(-heid, -ig, -ing, -atie, -isme/-ist/-istisch: veiligheid -> veilig, onrustig -> onrust,
melding -> melden, polarisatie -> polariseren, extremisten -> extremisme). Words the
dictionary does not know get general rules (participles and other forms of every
regular verb, separable verbs, plurals: geflarderd / flarderde / flarderen -> flarder).
A compound also yields the keys of its parts (search/compounds.py:
samenwerkingsverband -> samenwerking + verband), and keeps its own key so exact
matches rank first.

Because the same function reduces both the indexed text and the query, every search
backend (SQLite FTS5, PostgreSQL with the 'simple' configuration, the search engine
with plain analyzers) compares the same tokens; there is no second Dutch logic in
analyzer settings. The evaluation set in tests/search/dutch_pairs.py, run through the
finder by tests/search/test_dutch_evaluation.py, measures how well this works.

For ranking, padded_stems() also records each word as typed ("=word") and each
compound part ("+part"), so the finder can put exact words before lemmas before parts.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from search import compounds, lemmas, lexicon

WORD_RE = re.compile(r"[0-9a-z]+")
RAW_WORD_RE = re.compile(r"[^\W_]+")
MIN_STEM = 4
EXACT_MARK = "="  # "=onrustig": the word as typed, in padded_stems
PART_MARK = "+"  # "+verband": a compound part, in padded_stems

# "'s" and "'t" ('s-Hertogenbosch, 's avonds) are articles too.
STOP_WORDS = frozenset(
    [
        "aan",
        "al",
        "alle",
        "als",
        "bij",
        "dan",
        "dat",
        "de",
        "den",
        "der",
        "des",
        "deze",
        "die",
        "dit",
        "door",
        "dus",
        "een",
        "en",
        "er",
        "had",
        "heb",
        "hebben",
        "heeft",
        "het",
        "hij",
        "hoe",
        "hun",
        "ik",
        "in",
        "is",
        "je",
        "kan",
        "kun",
        "kunnen",
        "maar",
        "me",
        "met",
        "mij",
        "na",
        "naar",
        "niet",
        "nog",
        "of",
        "om",
        "onder",
        "ons",
        "ook",
        "op",
        "over",
        "s",
        "t",
        "te",
        "ten",
        "ter",
        "tot",
        "u",
        "uit",
        "van",
        "veel",
        "voor",
        "was",
        "wat",
        "we",
        "wel",
        "werd",
        "wie",
        "wij",
        "wil",
        "worden",
        "wordt",
        "zal",
        "ze",
        "zich",
        "zij",
        "zijn",
        "zo",
        "zonder",
        "zou",
    ]
)


# Adjectives in -ig whose base names something else (geweldig is not about geweld).
IG_KEEP = frozenset({"aardig", "geweldig", "handig", "heftig", "heilig", "veilig", "tijdig", "machtig"})


def fold(text):
    """Lower case, diacritics removed (coördinatie -> coordinatie), NUL-free."""
    text = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


# Typographic apostrophes and hyphens as officials' word processors write them.
TYPOGRAPHY = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u2010": "-", "\u2011": "-"}
)
# 's-Hertogenbosch, 's avonds, 't Gooi: the article is a word of its own (a stop word).
ARTICLE_RE = re.compile(r"(?<![^\W_])'([st])(?:-|(?=\s)|$)")
# Abbreviations with periods: m.b.t., o.a., W.R.R., i.s.m. -> mbt, oa, wrr, ism.
ABBREVIATION_RE = re.compile(r"(?<![^\W_.])(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}\.?(?![^\W_])")
# A word, or words joined by hyphens (wij-zij, anti-overheid, covid-19).
TOKEN_RE = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
PIECE_RE = re.compile(r"[a-z]+|[0-9]+")


def _official_spelling(lowered):
    lowered = lowered.translate(TYPOGRAPHY)
    if "." in lowered:
        lowered = ABBREVIATION_RE.sub(lambda found: found.group(0).replace(".", ""), lowered)
    if "'" in lowered:
        lowered = ARTICLE_RE.sub(r"\1 ", lowered)
    return lowered


def word_pairs(text):
    """(as typed in lower case, folded) for each word of a text, in order; the typed
    form is what the dictionary looks up (moskeeën), the folded one what is indexed.
    Words joined by hyphens are one word, typed with its hyphens (anti-overheid ->
    ('anti-overheid', 'antioverheid')), unless all its pieces are numbers (2020-2021);
    abbreviations lose their periods (m.b.t. -> mbt) and 's-Hertogenbosch its article."""
    lowered = _official_spelling(unicodedata.normalize("NFC", (text or "").lower()))
    if lowered.isascii() and "-" not in lowered:  # most text: nothing to fold or join
        return [(word, word) for word in WORD_RE.findall(lowered)]
    pairs = []
    for raw in TOKEN_RE.findall(lowered):
        pieces = []
        for piece in raw.split("-"):
            pieces.extend([piece] if piece.isascii() else WORD_RE.findall(fold(piece)))
        if len(pieces) > 1 and "-" in raw and not all(piece.isdigit() for piece in pieces):
            pairs.append((raw, "".join(pieces)))
        elif len(pieces) == 1:
            pairs.append((raw, pieces[0]))
        else:
            pairs.extend((piece, piece) for piece in pieces)
    return pairs


def words(text):
    """The folded alphanumeric words of a text, in order (hyphenated words in pieces)."""
    return [piece for _raw, folded in word_pairs(text) for piece in (WORD_RE.findall(fold(_raw)) or [folded])]


@dataclass(frozen=True)
class Analysis:
    key: str  # what the word is indexed and searched as
    parts: tuple = ()  # keys of its compound parts, and of theirs (not repeating key)
    split: tuple = ()  # keys of its top-level parts (samenwerkingsverband: samenwerken, verband)
    readings: tuple = ()  # keys of its other readings (schepen: schip and the alderman)


# Adjective endings whose noun ends in -ie (preventief/preventie, democratisch/democratie,
# ceremonieel/ceremonie: the -el comes off, the rest is the noun).
# A noun in -ie- + consonant whose verb is -i-C-eren (debiet, fabriek, stiel).
IE_NOUN_RE = re.compile(r"[^aeiou]ie[klnt]$")
ADJECTIVE_NOUN_ENDINGS = ("ische", "isch", "ieve", "ief", "el")


def _is_verb(word):
    """A known infinitive: a headword of the table, or an infinitive of the word list that
    the table knows as some form (opheffen, listed under ophef), or lists under its own
    stem however short (kappen under kap, so kapping meets gekapt). A verb neither knows
    as a headword stays with the rules (marren, marring, gemard: one rule stem)."""
    if lemmas.is_lemma(word):
        return True
    listed = lemmas.lookup(word)
    return (
        lexicon.is_verb(word)
        and listed is not None
        and (len(listed) >= MIN_STEM or listed in lemmas.verb_stems(word))
    )


def _listed_verb(word):
    """A known infinitive the word list holds as a verb too: of a participle's readings
    it goes first (gelijst: ge-lijst-, lijsten; not ge-lijs-t, lijzen, which only the
    table has)."""
    return lexicon.is_verb(word) and _is_verb(word)


# The endings of an inflected or compared adjective (gespannene, gespannener, -ere, -st).
ADJECTIVE_ENDINGS = ("e", "er", "ere", "st", "ste")


def _no_adjective(participle):
    """True for a participle that is no adjective of its own, with or without its -e
    (getypt, getypte, gebeft; not gezond, gewond)."""
    return not any(
        lexicon.is_inflected_adjective(form) for form in (participle, participle.removesuffix("e"))
    )


def _noun_only(word):
    """A noun of the word list (or a form of one) that no adjective flag marks (motief,
    motieven; collectief is both)."""
    singular = word[:-3] + "ief" if word.endswith("ieven") else word
    return lexicon.is_noun(singular) and not lexicon.is_inflected_adjective(singular)


def _present_participle_infinitive(word):
    """begeleidend(e) -> begeleiden, volgende -> volgen; None for other words."""
    for ending in ("d", "de"):
        verb = word[: -len(ending)]
        if word.endswith("en" + ending) and len(verb) >= 5 and _is_verb(verb):
            return verb
    return None


def adjective_ing_noun(word):
    """True for an -ing noun of the word list made from a verb that is made from an
    adjective, gradable or not (korting: korten, kort; dunning: dunnen, dun; eindiging:
    eindigen, eindig): a word of its own, which neither the adjective nor its verb finds,
    whichever reading the table gives it (or none: bruining)."""
    if not (word.endswith("ing") and len(word) >= 6 and lexicon.is_word(word)):
        return False
    return any(lexicon.is_inflected_adjective(stem) for stem in lemmas.verb_stems(word[:-3] + "en"))


def _adjective_ing_singular(word):
    """The adjective's -ing noun that `word` is, or the plural of (bruiningen: bruining),
    else None."""
    for noun in (word, word[:-2] if word.endswith("ingen") else ""):
        if noun and adjective_ing_noun(noun):
            return noun
    return None


def derive(base):
    """Reduce a lemma to the word naming the same concept, each rule once, in order:
    -heid to its adjective, -ig to its noun, -ing to its verb, an agent noun in -er to
    the noun of its verb, -atie to its -eren verb, a verb to the noun that is its stem,
    -ist/-isten/-istisch to -isme. Only to a headword the dictionary knows, except
    -isme (extremisme is not in it)."""
    if base.endswith(lemmas.DIMINUTIVE_ENDINGS):
        for noun in sorted(lemmas.diminutive_bases(base), key=len, reverse=True):
            if lexicon.is_noun(noun) or (
                len(noun) >= MIN_STEM and lemmas.is_lemma(noun) and noun not in STOP_WORDS
            ):
                base = noun
                break
    if base.endswith("st") and lexicon.is_adjective(base[:-2]):
        base = base[:-2]  # a superlative the table keeps as a lemma: middelst -> middel
    for ending in ADJECTIVE_NOUN_ENDINGS:
        # preventief -> preventie, democratisch -> democratie, ceremonieel -> ceremonie;
        # not a noun that is no adjective (motief is no motie)
        if base.endswith(ending) and len(base) - len(ending) >= 3 and not _noun_only(base):
            noun = base[: -len(ending)] + ("" if ending == "el" else "ie")
            if noun.endswith("ie") and (lexicon.is_noun(noun) or lemmas.is_lemma(noun)):
                base = noun
                break
    if base.endswith("heid") and len(base) >= 8:
        adjective = base[:-4]
        if adjective not in STOP_WORDS and lemmas.is_lemma(adjective):
            base = adjective
    if base.endswith("ig") and base not in IG_KEEP and len(base) >= 6:
        noun = base[:-2]
        if noun not in STOP_WORDS and lemmas.is_lemma(noun):
            base = noun
    if base.endswith("ing") and len(base) >= 7:
        verb = base[:-3] + "en"
        if _is_verb(verb) and not adjective_ing_noun(base):
            base = verb  # not korting, a word of its own: korten is made from the adjective kort
    if base.endswith("er") and len(base) >= 6:
        # An agent noun of a verb whose stem is also a noun: werker -> werk (werken),
        # bezoeker -> bezoek; not moeder (moed is no verb), not burger. The agent noun is
        # spelt like the infinitive before its ending (werk-er, werk-en), so slaper is
        # slapen's (stem slaap), not slap's (slappen).
        noun = base[:-2]
        if (
            noun not in STOP_WORDS
            and lemmas.is_lemma(noun)
            and lemmas.is_lemma(noun + "en")
            and noun + "en" in lemmas.infinitive_candidates(noun)
        ):
            base = noun
    if base.endswith("atie") and len(base) >= 8:
        verb = base[:-4] + "eren"
        if lemmas.is_lemma(verb):
            base = verb
        elif lexicon.is_verb(verb):
            return lemmas.rule_stem(verb)  # a verb only the word list knows: as its participle
    elif base.endswith(("ctie", "utie")) and len(base) >= 8:
        # reductie -> reduceren, projectie -> projecteren, evolutie -> evolueren
        for verb in (base[:-3] + "eren", base[:-2] + "eren"):
            if _is_verb(verb):
                base = verb
                break
    elif IE_NOUN_RE.search(base) and len(base) >= 5 and _is_verb(base[:-3] + "i" + base[-1] + "eren"):
        base = base[:-3] + "i" + base[-1] + "eren"  # debiet -> debiteren, fabriek, stiel
    elif base.endswith("ies") and len(base) >= 6 and _is_verb(base[:-3] + "iseren"):
        base = base[:-3] + "iseren"  # advies -> adviseren
    if base.endswith("en"):
        # A verb whose stem is a noun names it: herstellen -> herstel, werken -> werk;
        # also where the table lists the verb under that noun (aanpakken -> aanpak).
        listed = lemmas.lookup(base)
        for noun in lemmas.verb_stems(base):
            if noun in STOP_WORDS or (len(noun) < MIN_STEM and listed != noun):
                continue  # a short stem only where the table lists it (ribben: rib)
            if lexicon.is_adjective(noun):
                continue  # korten is not kort: korting must not meet the adjective
            if (listed == base and (lemmas.is_lemma(noun) or lexicon.is_noun(noun))) or listed == noun:
                base = noun
                break
    for ending in ("istisch", "istische", "isten", "isme", "ist"):
        if base.endswith(ending) and len(base) - len(ending) >= 3:
            root = base[: -len(ending)]
            if any(lemmas.lookup(root + form) for form in ("isme", "ist", "isten", "istisch")):
                return root + "isme"
    return base


def _reduced(word):
    """derive(word) when a rule applies to it, else None (for words not in the table)."""
    derived = derive(word)
    if derived != word:
        return derived
    if word.endswith("isme"):  # extremisme: not in the table, but extremist is
        root = word[:-4]
        if any(lemmas.lookup(root + form) for form in ("ist", "isten", "istisch")):
            return word
    return None


STRONG_PARTICIPLE_STARTS = tuple(prefix + "ge" for prefix in ("", *lemmas.SEPARABLE_PREFIXES))


def _has_weak_participle(infinitive):
    """True when the word list holds a regular participle of the verb (legen: geleegd),
    so a ge-...-en form is not its participle (gelogen is liegen's, not legen's)."""
    for prefix in ("", *lemmas.SEPARABLE_PREFIXES):
        if infinitive.startswith(prefix) and (not prefix or lexicon.is_verb(infinitive[len(prefix) :])):
            stems = lemmas.verb_stems(infinitive[len(prefix) :])
            # weten: weet, not wet (gewet is wetten's); wandelen: wandel
            for stem in stems if infinitive.endswith(("elen", "eren", "enen")) else stems[-1:]:
                # ge-meld, ge-werkt; a stem in -d/-t takes nothing more (wetten: gewet)
                ends = ("",) if stem.endswith(("d", "t")) else ("d", "t")
                if any(lexicon.is_word(f"{prefix}ge{stem}{end}") for end in ends):
                    return True
    return False


@lru_cache(maxsize=50_000)
def strong_infinitives(word):
    """The verbs of the word list whose strong participle `word` may be, by the vowel
    changes of Dutch strong verbs: gewezen -> wijzen, geweten -> weten and wijten,
    weggegraven -> weggraven. simplemma lacks many of these or ranks another lemma
    first (gewezen: afwijzen); verbs with a regular participle are left out."""
    if not (word.startswith(STRONG_PARTICIPLE_STARTS) and word.endswith("en")) or not lexicon.is_word(word):
        return ()
    return tuple(
        verb
        for verb in lemmas.strong_participle_candidates(word)
        if lexicon.is_verb(verb) and not _has_weak_participle(verb)
    )


def _is_participle_of(word, base):
    """True when base is a verb and word is one of its participles by the table's or the
    vowel-change reading (so the table's lemma stands)."""
    return base in strong_infinitives(word) or lemmas.participle_infinitive(word, lambda v: v == base) == base


def _plain_verb(word, base):
    """The verb without its separable prefix when the table gives a form a separable
    verb whose prefix the form lacks (oefende: uitoefenen, breiden: uitbreiden, merkte:
    opmerken): such a form is the plain verb's (oefenen, breiden, merken)."""
    if not base or base == word or not base.endswith("en"):
        return base
    for prefix in lemmas.SEPARABLE_PREFIXES:
        if base.startswith(prefix) and prefix not in word and lexicon.is_verb(base[len(prefix) :]):
            return base[len(prefix) :]
    return base


def _plural_of_adjective_homograph(word, base):
    """True for the -eren plural of a noun that is an adjective too (goed: goederen, rad:
    raderen), not for the comparative's -en form (jong: jonger-en, as jongere is a word;
    goeder is one too, of te goeder trouw)."""
    if not base or not word.startswith(base):
        return False
    ending = word[len(base) :]
    return (
        ending in ("eren", base[-1] + "eren")
        and lexicon.is_adjective(base)
        and not lexicon.is_word(word[:-1])
    )


@lru_cache(maxsize=200_000)
def known_base(word, raw=None):
    """The lemma of a word the dictionary knows, before derivation: directly, as a
    participle of a known verb, or as an inflection of a known word; else None."""
    base = lemmas.lemma(raw, word) if raw and raw != word else lemmas.lemma(word)
    base = _plain_verb(word, base)
    if _plural_of_adjective_homograph(word, base):
        return word  # goederen: the noun's plural; the adjective goed is another word
    noun = _adjective_ing_singular(word)
    if noun and base != noun:
        return noun  # korting is no form of korten, whatever the table says (or lacks)
    strong = [verb for verb in strong_infinitives(word) if _is_verb(verb)]
    if strong and base != word and base not in strong:
        return strong[0]  # gewezen: wijzen, not the table's afwijzen
    if base and base != word and word.startswith(base) and base.endswith(("d", "t")):
        verb = lemmas.lookup(base)  # geregelde -> geregeld, vertrouwder -> vertrouwd: verbs
        if verb and verb != base and verb.endswith("en") and _is_verb(verb):
            return verb
    if base and base in lemmas.infinitive_candidates(word) and lexicon.is_adjective(word):
        base = word  # koel is an adjective, not a form of koelen (the table's choice)
    if base is None or base == word or lemmas.is_lemma(base):
        # The table lists some participles as adjectives of their own (getraind, and
        # ingewikkelde under ingewikkeld), lacks many separable verbs' strong participles
        # (uitgesloten: uit + gesloten), and keeps present participles (begeleidend).
        form = base or word
        strong = lemmas.strong_participle_infinitive(form)
        base = (
            lemmas.participle_infinitive(form, _listed_verb, _no_adjective)
            or lemmas.participle_infinitive(form, _is_verb, _no_adjective)
            or (strong if strong and _is_verb(strong) else None)
            or _present_participle_infinitive(form)
            or base
        )
    if base and base != word and word.startswith(base) and word[len(base) :] in ADJECTIVE_ENDINGS:
        inner = known_base(base)  # gespannener -> gespannen -> spannen: the participle's verb
        if inner and inner != base and inner.endswith("en") and _is_verb(inner):
            return inner
    if base is None and word.endswith("e"):
        inner = known_base(word[:-1])  # betrokkene -> betrokken -> betrekken (the one involved)
        if inner and inner != word[:-1] and inner.endswith("en") and _is_verb(inner):
            return inner
    if base is None:
        if _reduced(word) is not None or lexicon.is_noun(word):
            return word  # verloop: a noun of the word list the table lacks
        for candidate in lemmas.inflection_candidates(word):
            if lemmas.lemma(candidate) is not None:
                return lemmas.lemma(candidate)
            if _reduced(candidate) is not None or lexicon.is_noun(candidate):
                return candidate
    return base


def known_key(word, raw=None):
    """The key of a word the dictionary (or a derivation from it) knows, else None."""
    base = known_base(word, raw)
    return None if base is None else derive(base)


@lru_cache(maxsize=50_000)
def is_word(part):
    """A word of the table that may be a compound part (2), else 0: a headword, or an
    inflection of one that starts with it (werkers: werker; jongeren: jong), or reached
    by a derivation (polarisatie: polariseren); its lemma has at least four letters (not
    rek, tuk); or a noun by the word list that the table reads as a verb form (praat).
    Either way the OpenTaal word list must hold it too: the table also holds strings no
    spell checker accepts, which split unrelated words (lang + oest, homo + zygoot)."""
    if not lexicon.is_word(part):
        return 0
    base = lemmas.lemma(part)
    if base is None:
        return 2 if _reduced(part) is not None else 0
    if len(part) >= compounds.MIN_PART and lexicon.is_noun(part):
        return 2
    short = lemmas.normalise_stem(base)  # figuur -> figur: figuren starts with it
    return (
        2
        if len(base) >= compounds.MIN_PART and (part.startswith(base[:-1]) or part.startswith(short[:-1]))
        else 0
    )


@lru_cache(maxsize=50_000)
def is_part(part):
    """is_word, or 1 for a noun only the OpenTaal word list knows (spoed, pracht; or the
    plural of one: leden): the parts of a compound the table does not know as a whole
    (spoedaanvraag, prachtwijk, collegeleden). Such a part weighs half, so a split into
    table words wins (kennis + netwerk, not kennisnet + werk)."""
    return is_word(part) or int(len(part) >= compounds.MIN_PART and _lexicon_noun(part))


def _lexicon_noun(word):
    """A noun of the word list, or an irregular plural of one the list holds (leden: lid;
    uelen is no word, so no plural of uil)."""
    return lexicon.is_noun(word) or (
        lexicon.is_word(word)
        and any(lexicon.is_noun(singular) for singular in lemmas.irregular_singulars(word))
    )


def _may_split(word, raw):
    """Verbs and present participles are not split (besturen is not best + uren,
    aangesproken not aangesp + roken, verschillende not verschil + lende); a noun in -en
    is (kernwapen: kern + wapen)."""
    base = known_base(word, raw)
    if not base:
        return True
    verb = (
        base.endswith("en") and lemmas.is_lemma(base) and (lexicon.is_verb(base) or not lexicon.is_noun(base))
    )
    return not (base.endswith("end") or verb)


def _pieces(word, raw):
    """The pieces of a word typed with hyphens (anti-overheid) or of letters and digits
    (covid19, wrr88), else ()."""
    if raw and "-" in raw:
        return tuple(WORD_RE.findall(fold(raw)))
    if not word.isalpha() and not word.isdigit():
        return tuple(PIECE_RE.findall(word))
    return ()


def _analyse_pieces(word, pieces):
    """A hyphenated word or letters with digits: its own key, and its meaningful pieces
    as parts (the query looks for the whole or all pieces): wij-zij is 'wijzij' (both
    pieces are stop words), sociaal-maatschappelijk finds sociaal and maatschappelijk."""
    whole = analyse(word) if word.isalpha() else Analysis(word)
    meaningful = [piece for piece in pieces if piece not in STOP_WORDS]
    split = tuple(analyse(piece).key for piece in meaningful)
    part_keys = list(split)
    for piece in meaningful:
        sub = analyse(piece)
        part_keys.extend([*sub.readings, *sub.parts])
    part_keys.extend(whole.parts)
    # Runs of joined pieces inside a longer word: wij-zij-denken also holds wij-zij.
    for start in range(len(pieces) - 1):
        for end in range(start + 2, len(pieces) + 1):
            if end - start < len(pieces):
                run = "".join(pieces[start:end])
                part_keys.append(analyse(run).key if run.isalpha() else run)
    parts = tuple(key for key in dict.fromkeys(part_keys) if key != whole.key)
    return Analysis(whole.key, parts, split if len(split) > 1 else (), whole.readings)


def _lemma_parts(word, raw):
    """The parts of an inflected word are its lemma's, or None when the word is no
    inflection that starts like its lemma: an inflected head need not be a part on its
    own (zwaargewonde: zwaargewond, zwaar + gewond), and an ending must not make one
    (restanten is no rest + ante, slabakte no slab + akte: restant, slabakken)."""
    base = known_base(word, raw)
    if not base or base == word or not word.startswith(base[:-1]):
        return None
    if not analyse(base).split:
        return ()  # the lemma is no compound (or one that may not be split: a verb)
    return compounds.split(base, is_word if lemmas.lemma(base) is not None else is_part)


def _spelled_parts(word, raw, parts):
    """False when a part, cut from the word as typed, is no word with the diacritics it
    has there (gratië + ring, réus + site: gratiëring and réussite are no compounds). A
    diaeresis on a part's first letter only marks the new syllable (zee-ëgel)."""
    if not raw or raw == word or len(raw) != len(word):
        return True  # typed without diacritics (or a ligature): nothing to compare
    start = 0
    for part in parts:
        if not word.startswith(part, start) and word.startswith(part, start + 1):
            start += 1  # the linking -s- that split() drops
        typed = raw[start : start + len(part)]
        if typed != part and fold(typed[1:]) != typed[1:] and not lexicon.is_word(typed):
            return False
        start += len(part)
    return True


def _keeps_ing_ending(word, parts):
    """False when the head of an -ing noun of a verb is a letter or three and -ing
    (gratier-ing cut as gratie + ring): a compound -ing noun's head is an -ing noun of
    its own, with a stem long enough to be a part (boek + houding, huis + vesting)."""
    head = parts[-1]
    if not (word.endswith("ing") and head.endswith("ing")) or len(head) - 3 >= compounds.MIN_PART:
        return True
    return not any(_is_verb(verb) for verb in lemmas.infinitive_candidates(word[:-3]))


@lru_cache(maxsize=200_000)
def analyse(word, raw=None):
    """The Analysis of one folded word (raw: the same word as typed, with diacritics)."""
    pieces = _pieces(word, raw)
    if len(pieces) > 1:
        return _analyse_pieces(word, pieces)
    if len(word) < 3 or word.isdigit():
        return Analysis(word)
    key = known_key(word, raw)
    # A word the table knows is split into table words only (telefoon is no tele + foon).
    known = lemmas.lemma(word) is not None
    lemma_parts = _lemma_parts(word, raw) if key is not None else None
    if lemma_parts is not None:
        parts = lemma_parts  # an inflected form splits as its lemma does
    else:
        parts = compounds.split(word, is_word if known else is_part) if _may_split(word, raw) else ()
        if parts and not (_spelled_parts(word, raw, parts) and _keeps_ing_ending(word, parts)):
            parts = ()
    part_keys = []
    for part in parts:
        sub = analyse(part)
        part_keys.extend([sub.key, *sub.readings, *sub.parts])
    if key is None:
        # Not in the table: the rule stem, so that every form of an unknown word (or
        # compound: polarisatieaanpak, polarisatieaanpakken) gets the same key; a strong
        # participle gets its verb's (ingevangen: invangen).
        key = _rule_key(word)
    split = tuple(analyse(part).key for part in parts)
    readings = tuple(k for k in other_readings(word, raw) if k != key)
    part_keys = [k for k in dict.fromkeys(part_keys) if k != key and k not in readings]
    return Analysis(key, tuple(part_keys), split, readings)


def _rule_key(word):
    """The key of a word the table does not know: the rule stem of the word, or of the
    verb whose strong participle it is (ingevangen: as invangen, invangt)."""
    strong = strong_infinitives(word)
    return lemmas.rule_stem(strong[0] if strong else word)


def _regular_plural_known(noun):
    return any(lexicon.is_word(plural) for plural in (noun + "en", noun + noun[-1] + "en", noun + "s"))


def _closed_syllable_plural(noun):
    """True for a noun with one short vowel before its last consonant whose plural with
    the consonant doubled is a word (rok: rokken, tap: tappen): -en without the doubling
    opens the syllable and makes another word (roken, tapen: verbs of their own)."""
    return (
        bool(lemmas.SHORT_VOWEL_RE.search(noun))
        and not lemmas.UNSTRESSED_END_RE.search(noun)
        and lexicon.is_word(noun + noun[-1] + "en")
    )


def _en_plural_of(singular, plural):
    """True when the word list's noun `singular` may have `plural`: a noun in unstressed
    -el/-em/-en/-er whose -s plural is listed does not take -en (ouders, so ouderen are
    not parents: the elderly)."""
    if len(singular) < 3 or not lexicon.is_noun(singular):
        return False
    if plural == singular + "en" and lexicon.is_verb(plural) and _closed_syllable_plural(singular):
        return False  # rok takes rokken: roken is no plural of it, but a verb of its own
    return not (
        plural.endswith("en")
        and singular.endswith(("el", "em", "en", "er"))
        and lexicon.is_word(singular + "s")
    )


def _plain_noun(word):
    """A noun of the word list that is no adjective (scan, run: their verbs scannen and
    runnen reach them through derive; a verb reading would add scanning)."""
    return lexicon.is_noun(word) and not lexicon.is_adjective(word)


def other_readings(word, raw=None):
    """Keys of a word's readings besides its lemma, each checked against the word list:
    - a plural that is a noun of its own (schepen: schip, and the alderman schepen), or
      a form the table gives another lemma (leden: lijden, and the plural of lid;
      assembleeleden: assembleelid); a singular with a vowel change counts only when the
      word list knows no regular plural of it (wegen is no plural of wig: wiggen);
    - a regular plural of a noun the table reads otherwise (maten: maat, not only mate;
      middels: middel; hogen: hoog);
    - an inflected adjective (straffer: straf; rechter: recht; ronde: rond) and an
      adjective the table reads as a noun form (links: link and links);
    - the verb of a word that is also a verb's stem (los: lossen; wijs: wijzen; laat:
      laten; kort: korten, whose -ing noun korting keeps its own key, see derive);
    - every verb a strong participle may belong to (geweten: weten and wijten)."""
    base = known_base(word, raw)
    if adjective_ing_noun(word):
        return ()  # korting: no reading leads back to kort or korten
    found, strong = [], []
    if (
        base is not None
        and base != word
        and (
            lexicon.is_noun(word)
            or lexicon.is_verb(word)
            or lexicon.is_adjective(word)
            or (word.endswith(lemmas.DIMINUTIVE_ENDINGS) and lexicon.is_word(word))
        )
    ):
        # schepen (the alderman), wijzen (the verb; the table: wijze); a diminutive the
        # table gives another lemma is also its noun's (rondje: ronde, and rond as rondjes)
        found.append(word)
    for singular in lemmas.irregular_singulars(word):
        known = lexicon.is_noun(singular) or lemmas.is_lemma(singular)
        if singular != base and len(singular) >= 3 and known and not _regular_plural_known(singular):
            found.append(singular)
    if lexicon.is_word(word):
        noun = lexicon.is_noun(word)  # koets is no plural of koet; rechter is the judge
        if not noun:
            found.extend(s for s in lemmas.plural_singulars(word) if _en_plural_of(s, word))
        if not noun or word.endswith("e"):  # ronde: also the inflected rond
            found.extend(a for a in lemmas.adjective_bases(word) if lexicon.is_adjective(a))
        strong = [known_key(verb) or _rule_key(verb) for verb in strong_infinitives(word)]
    if base is not None and not base.endswith("en") and len(base) >= 3 and not _plain_noun(base):
        # not jong: jongen is a noun before it is a verb
        found.extend(
            v for v in lemmas.infinitive_candidates(base) if lexicon.is_verb(v) and not lexicon.is_noun(v)
        )
    return tuple(dict.fromkeys([*(derive(found_word) for found_word in found), *strong]))


def stem(word):
    """The key of one folded word (kept under its old name: callers reduce single words)."""
    return analyse(word).key


def _analysed(text):
    return [(folded, analyse(folded, raw)) for raw, folded in word_pairs(text) if folded not in STOP_WORDS]


def keys(text):
    """The key of each meaningful word of `text`, without compound parts."""
    return [analysis.key for _word, analysis in _analysed(text)]


def tokens(text):
    """What a text is indexed as: per meaningful word its key, then its compound parts."""
    found = []
    for _word, analysis in _analysed(text):
        found.append(analysis.key)
        found.extend(analysis.readings)
        found.extend(analysis.parts)
    return found


def index_text(text):
    """What gets indexed for a text: its tokens separated by spaces."""
    return " ".join(tokens(text))


def padded_stems(text):
    """' key1 key2 =word1 +part1 ' (space-padded, distinct): a whole key matches as
    '% key %'; '=word' marks each word as written and '+part' each compound part, so
    the finder can rank an exact word above a lemma above a compound part."""
    analysed = _analysed(text)
    marked = [key for _word, analysis in analysed for key in (analysis.key, *analysis.readings)]
    marked += [EXACT_MARK + word for word, _analysis in analysed]
    marked += [PART_MARK + part for _word, analysis in analysed for part in analysis.parts]
    return f" {' '.join(dict.fromkeys(marked))} "


def same_stem(a, b):
    return tokens(a) == tokens(b)
