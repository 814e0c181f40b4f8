"""Build tests/search/dutch_heldout.tsv: word pairs drawn from a lexicon, not picked by hand.

Usage (from the project root; needs Debian's `wdutch` and `hunspell-nl`, the OpenTaal
word list and its Hunspell dictionary, 2.20):
    apt-get install wdutch hunspell-nl
    .venv/bin/python tests/search/build_dutch_heldout.py > tests/search/dutch_heldout.tsv
    .venv/bin/python tests/search/build_dutch_heldout.py --round 2 > tests/search/dutch_heldout_round2.tsv
    .venv/bin/python tests/search/build_dutch_heldout.py --round 3 > tests/search/dutch_heldout_round3.tsv
    .venv/bin/python tests/search/build_dutch_heldout.py --round 4 > tests/search/dutch_heldout_round4.tsv
    .venv/bin/python tests/search/build_dutch_heldout.py --round 5 > tests/search/dutch_heldout_round5.tsv
    .venv/bin/python tests/search/build_dutch_heldout.py --round 6 > tests/search/dutch_heldout_round6.tsv
(in this order: a round excludes the words of the files before it).

Each round draws with its own seed (ROUNDS below). A later round takes only groups and
words that no earlier round holds (as drawn here, and as its file holds them), so its
words are new to whoever tuned on the earlier rounds; the test measures the last round
only and tunes on the others. Rounds are drawn again when a session fixes the builder's
rules; later rounds exclude the words of every earlier version too (EARLIER_VERSIONS:
read with git, so run this in a clone with history).

Nothing here picks a word: lemmas are drawn with a fixed seed, and a form, derivation
or compound is kept only when the OpenTaal word list (/usr/share/dict/dutch) lists it.
Parts of speech come from the flags of the Hunspell dictionary (nl.dic: plural flags
Y*/Z*/Xe mark nouns, Aa-Ae adjectives, V* verbs). Each line is
    expect  query  text  class  group
and every pair of one group (a lemma with its forms) lands in the same half of the
split (tests/search/test_dutch_evaluation_heldout.py), so no half sees the other's words.

Classes (match unless named otherwise):
  inflection       forms of 200 lemmas drawn from the demo catalogue's text
  irregular-plural a plural with a vowel change that is a noun of its own too (schepen)
  strong-verb      participles with a vowel change, separable or not, and their -ing noun
  adj-noun         adjective in -ief/-isch/-eel and its noun (preventief/preventie)
  participle-noun  ge-...-eerd and the -atie/-ie noun of the same verb
  compound-short   a compound of a 4-5 letter domain noun and another noun: part finds whole
  made-up-ing      a regular verb's participle and an -ing noun the word list lacks
  diacritics       a word with diacritics typed without them, and the other way round
  nomatch-adj-ing  (must not match) an adjective and the unrelated -ing noun (kort/korting)
  nomatch-inside   (must not match) a short word and a longer unrelated word starting with it
  nomatch-end      (must not match) a short word and a longer word ending with it, no compound
  nomatch-inside-form  (must not match) a short word and a form of a longer unrelated word
"""

import ast
import random
import re
import subprocess
import sys
import unicodedata
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # run as a script from the project root: search/ is importable

from search.data.build_opentaal import GRADED, INFLECTED  # noqa: E402 (the dictionary's adjective flags)
from search.dutch import STOP_WORDS  # noqa: E402 (the words the finder never searches)

WORDS = Path("/usr/share/dict/dutch")
HUNSPELL = Path("/usr/share/hunspell/nl.dic")
SEED = 20261205
VOWELS = "aeiou"
# What may join a compound's modifier to its head, or make a diminutive or plural of the
# modifier first (lange-afstand, prullen-mand, volks-genote, filmpjes-site, echo-otje).
LINKS = ("e", "en", "n", "s", "es", "er", "ers", "pjes", "tjes", "jes", "otje", "otjes", "ën", "ënd", "ënde")
SEPARABLE = ("aan", "af", "bij", "door", "in", "mee", "na", "om", "op", "over", "toe", "uit", "voor", "weg")
# Word-forming endings: a longer word that is the short word plus one is related to it.
SUFFIXES = frozenset(
    {
        "e",
        "en",
        "s",
        "es",
        "er",
        "ers",
        "ere",
        "st",
        "ste",
        "je",
        "jes",
        "tje",
        "tjes",
        "pje",
        "etje",
        "ing",
        "ingen",
        "heid",
        "lijk",
        "lijke",
        "ig",
        "ige",
        "isch",
        "ische",
        "baar",
        "bare",
        "loos",
        "aar",
        "aars",
        "ier",
        "iers",
        "ist",
        "isten",
        "isme",
        "atie",
        "ie",
        "ies",
        "ief",
        "ieve",
        # concept-ueel, context-ueel, convent-ueel (a conventual: of a convent)
        "ueel",
        "uele",
        # the one who does it: protest-ant, arrest-ant, informant; construct-eur, controle-ur
        "ant",
        "ante",
        "eur",
        "eurs",
        "ur",
        "urs",
        # continu-ïteit, conform-iteit, effect-iviteit, president-iële, partij-dig
        "iteit",
        "iteiten",
        "iviteit",
        "ieel",
        "iele",
        "dig",
        "dige",
        # a participle's noun or superlative: bezorg-dheid, verdeel-dheid, stroomlijn-dste
        "dheid",
        "theid",
        "dste",
        "tste",
        "eren",
        "eerd",
        "end",
        "ende",
        "d",
        "de",
        "den",
        "t",
        "te",
        "ten",
        "ster",
        "nis",
        "sel",
        "erij",
        "ij",
        "dom",
        "schap",
        "ling",
        "lingen",
        "elijk",
        "elijke",
        "achtig",
        "zaam",
        "tig",
        "ens",
        # the old diminutive (kindeke, kindeken, manneke)
        "ke",
        "ken",
        "kens",
        "eke",
        "eken",
        "ekens",
    }
)
# Endings that make a noun, which may then be the modifier of a compound.
NOUN_ENDINGS = ("ing", "heid", "schap", "nis", "ling", "erij", "aar", "er", "ist", "atie", "te")
SUFFIX_STARTS = (
    "ig",
    "tje",
    "je",
    "zaam",
    "zame",
    "lijk",
    "heid",
    "achti",
    "baar",
    "bare",
    "loos",
    "loze",
    "sgewijs",
    "sgewijz",
    "zaming",  # duur-zaming (verduurzaming: duurzaam)
)
# Unstressed prefixes: a verb with one takes no ge- in its participle (verkracht).
UNSTRESSED_PREFIXES = ("be", "ge", "her", "ont", "ver", "er")
# Prefixes of inseparable verbs, which take no ge- either (doorbloed, onderbelicht, omvat).
INSEPARABLE_PREFIXES = ("door", "onder", "over", "achter", "om", "mis", "vol", "weer")


def fold(text):
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def load():
    text = WORDS.read_text(encoding="utf-8").replace("\u0133", "ij")  # the ligature is spelt out
    words = {w for w in text.split("\n") if w and w.islower() and w.isalpha()}
    pos, flag_sets = {}, {}
    for line in HUNSPELL.read_text(encoding="utf-8").replace("\u0133", "ij").splitlines()[1:]:
        word, _, flags = line.partition("/")
        if not word.isalpha() or not word.islower():
            continue
        pairs = {flags[i : i + 2] for i in range(0, len(flags) - 1, 2)}
        flag_sets.setdefault(word, set()).update(pairs)
        tags = pos.setdefault(word, set())
        if any(p[0] in "YZ" or p == "Xe" for p in pairs):
            tags.add("N")
        if pairs & GRADED:
            tags.add("A")
        if any(p[0] == "V" for p in pairs):
            tags.add("V")
    return words, pos, flag_sets


def demo_words():
    counts = Counter()
    for path in sorted((ROOT / "demo" / "content").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and " " in node.value:
                counts.update(re.findall(r"[a-zà-ÿ]+", node.value.lower()))
    return counts


def verb_stem(infinitive):
    """The stem of a regular verb: melden -> meld, stoppen -> stop, leven -> leef."""
    stem = infinitive[:-2]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in VOWELS:
        return stem[:-1]
    if stem.endswith("v"):
        stem = stem[:-1] + "f"
    elif stem.endswith("z"):
        stem = stem[:-1] + "s"
    short = re.search(r"(^|[^aeiou])([aeou])([^aeiou])$", stem)
    # beter-en, wandel-en, teken-en: an -e- after another syllable; sche-ren is scheer's
    unstressed = re.search(r"[aeiou][^aeiou]+e[rln]$", stem)
    if short and not unstressed and not re.search(r"[aeiou]{2}[^aeiou]$", stem) and len(stem) >= 3:
        stem = stem[: short.start(2)] + short.group(2) * 2 + short.group(3)
    return stem


def noun_forms(noun, words, pos=None):
    """The plurals and diminutives of a noun the word list holds. An -s form that the
    dictionary lists as a noun or adjective of its own is no plural (stuurs: grumpy,
    meers: a meadow; the plurals are sturen, meren)."""
    cands = {noun + "s", noun + "en", noun + "tje", noun + "tjes", noun + "je", noun + "jes"}
    cands |= {noun + "pje", noun + "pjes", noun + "etje", noun + "etjes"}
    if noun.endswith("e"):
        cands.add(noun + "n")
    if noun[-1] not in VOWELS:
        cands.add(noun + noun[-1] + "en")
    long = re.search(r"(aa|ee|oo|uu)([^aeiou])$", noun)
    if long:
        cands.add(noun[: long.start()] + long.group(1)[0] + long.group(2) + "en")
    if noun.endswith("f"):
        cands.add(noun[:-1] + "ven")
    if noun.endswith("s"):
        cands.add(noun[:-1] + "zen")
    if pos is not None and pos.get(noun + "s", set()) & {"N", "A"}:
        cands.discard(noun + "s")
    return sorted(c for c in cands if c in words and c != noun)


def adjective_forms(adjective, words):
    cands = {adjective + e for e in ("e", "er", "ere", "st", "ste")}
    if adjective[-1] not in VOWELS:
        cands |= {adjective + adjective[-1] + e for e in ("e", "er", "ere")}
    long = re.search(r"(aa|ee|oo|uu)([^aeiou])$", adjective)
    if long:
        base = adjective[: long.start()] + long.group(1)[0] + long.group(2)
        cands |= {base + e for e in ("e", "er", "ere")}
    if adjective.endswith("f"):
        cands |= {adjective[:-1] + "v" + e for e in ("e", "er", "ere")}
    if adjective.endswith("s"):
        cands |= {adjective[:-1] + "z" + e for e in ("e", "er", "ere")}
    return sorted(c for c in cands if c in words and c != adjective)


def is_verb_stem(word, infinitives):
    """True when `word` is the stem of an infinitive of the dictionary (modelleer:
    modelleren, stop: stoppen)."""
    long = re.search(r"(aa|ee|oo|uu)([^aeiou])$", word)
    candidates = {word + "en", word + word[-1] + "en"}
    if long:
        candidates.add(word[: long.start()] + long.group(1)[0] + long.group(2) + "en")
    return bool(candidates & infinitives)


def split_prefix(infinitive, words):
    for prefix in SEPARABLE:
        rest = infinitive[len(prefix) :]
        if infinitive.startswith(prefix) and len(rest) >= 5 and rest in words:
            return prefix, rest
    return "", infinitive


def weak_participles(prefix, stem):
    """ge-meld, ge-werkt; a stem ending in -d/-t takes nothing more (ge-land, ge-wacht)."""
    if stem.endswith(("d", "t")):
        return [prefix + "ge" + stem]
    return [prefix + "ge" + stem + "t", prefix + "ge" + stem + "d"]


def voiceless(stem, base):
    """'t kofschip: a voiceless stem takes -te and -t (werkte, gewerkt), every other -de
    and -d (duurde, gewoond; duurte and gewoonte are nouns); a stem in -f/-s from -v/-z
    is voiced (leefde, reisde)."""
    return stem.endswith(("t", "k", "f", "s", "ch", "p")) and not base[:-2].endswith(("v", "z"))


def regular_participle(prefix, stem, base):
    """The regular participle of a verb by 't kofschip (gemeld, gewerkt, gewoond, geland)."""
    if stem.endswith(("d", "t")):
        return prefix + "ge" + stem
    return prefix + "ge" + stem + ("t" if voiceless(stem, base) else "d")


def weak_forms(infinitive, words):
    """Forms of a verb in -en after a consonant (not zien, gaan: irregular); a strong verb
    keeps only its present forms (weten: weet, weet-t, not wette)."""
    prefix, base = split_prefix(infinitive, words)
    stem = verb_stem(base)
    if not re.search(r"[^aeiou]en$", base) or len(stem) < 3:
        return stem, []
    # The present participle is the infinitive and -d (tellend; telend is telen's).
    forms = {infinitive + "d", infinitive + "de", prefix + stem + "t"}
    if not (strong_participles(infinitive, words) or "ge" + base[:-2] + "en" in words):
        past = ("te", "ten") if voiceless(stem, base) else ("de", "den")  # 't kofschip
        forms |= {prefix + stem + e for e in past}
        forms |= {regular_participle(prefix, stem, base) + e for e in ("", "e")}
    if not prefix:
        forms.add(stem)
    return stem, sorted(f for f in forms if f in words and f != infinitive)


ABLAUT = {
    "ij": ("e",),
    "ie": ("o", "oo"),
    "ui": ("o", "oo"),
    "i": ("o",),
    "e": ("o", "oo", "e", "ee"),
    "a": ("a", "aa"),
}


def strong_participles(infinitive, words):
    """ge-...-en participles with a vowel change the word list knows, for a verb whose
    regular participle it does not know (so the two never compete): sluiten -> gesloten."""
    prefix, base = split_prefix(infinitive, words)
    stem = base[:-2]
    if not re.search(r"[^aeiou]en$", base) or any(
        p in words for p in weak_participles(prefix, verb_stem(base))
    ):
        return []
    match = re.search(r"(ij|ie|ui|aa|ee|oo|a|e|i|o|u)([^aeiou]+)$", stem)
    if not match:
        return []
    found = set()
    vowel = match.group(1)
    for new in ABLAUT.get(vowel[0] if vowel in ("aa", "ee") else vowel, ()):
        consonants = match.group(2)
        # A vowel change keeps a doubled consonant or undoubles it (zitten: gezeten), but
        # never doubles a single one: gezwollen is zwellen's, not zwelen's.
        variants = {consonants}
        if len(consonants) == 2 and consonants[0] == consonants[1]:
            variants.add(consonants[0])
        if consonants == "ff":
            variants.add("v")
        for cons in variants:
            body = stem[: match.start()] + new + cons
            form = prefix + "ge" + body + "en"
            if form in words and form != infinitive:
                found.add(form)
        if found:
            break  # the first vowel that gives a word: gebroken, not gebreken
    return sorted(found)


def adjective_ing_pairs(words, pos, flags, least_flags=2, tagged=True):
    """Every gradable adjective whose -ing form is a noun of the list, with the consonant
    doubled after a short vowel too (kort / korting, dun / dunning), unless the adjective
    is a participle of the verb whose -ing noun that is (verkracht / verkrachting,
    verantwoord / verantwoording: related)."""
    pairs = []
    for adjective, tags in sorted(flags.items()):
        graded = tags & GRADED
        if len(graded) < least_flags or is_participle(adjective, words):
            continue
        if len(graded) < 2 and not tags & INFLECTED:
            continue  # sluit/Ab (sluiter) is the stem of sluiten, whose -ing noun sluiting is
        nouns = [adjective + "ing"]
        if re.search(r"(^|[^aeiou])[aeiou][^aeiou]$", adjective):
            nouns.append(adjective + adjective[-1] + "ing")  # only after one short vowel: meer-ring
        for noun in nouns:
            if noun in words and (not tagged or "N" in pos.get(noun, ())):
                pairs.append((adjective, noun))
                break
    return pairs


def is_participle(word, words):
    """A participle without ge- of a verb with an unstressed or inseparable prefix
    (verkracht: verkrachten, beïnvloed: beïnvloeden, doorbloed: doorbloeden,
    onderbelicht: onderbelichten), or with ge- (getraind: trainen)."""
    if not word.endswith(("d", "t")):
        return False
    if word.startswith(UNSTRESSED_PREFIXES + INSEPARABLE_PREFIXES):
        return word + "en" in words or word[:-1] + "en" in words
    return word.startswith("ge") and any(word[2:-1] + e in words for e in ("en", word[-2] + "en"))


def inside_pairs(words, pos, longest=4):
    """Every short noun or adjective (3-4 letters, or up to `longest`) with a longer word
    that starts with it and is no compound, inflection or derivation of it (rel / relatie)."""
    short_words = sorted(w for w, t in pos.items() if 3 <= len(w) <= longest and t & {"N", "A"})
    by_start = {}
    for word in sorted(words):
        if len(word) >= 7:
            by_start.setdefault(word[:3], []).append(word)
    inside = []
    for word in short_words:
        for longer in by_start.get(word[:3], ()):
            rest = longer[len(word) :]
            if (
                longer.startswith(word)
                and len(rest) >= 3
                and not related_rest(word, rest, words)
                and not related_by_base(word, longer, words, pos)
            ):
                inside.append((word, longer))
    return inside


def inside_form_pairs(vocabulary, pos, words, longest=4):
    """Every pair of inside_pairs with each inflected form the word list holds of its
    longer word (plurals, inflected adjectives, verb forms): rest / restanten."""
    pairs = []
    for word, longer in inside_pairs(vocabulary, pos, longest):
        forms = noun_forms(longer, words, pos) + adjective_forms(longer, words)
        if longer.endswith("en") and "V" in pos.get(longer, ()):
            forms += weak_forms(longer, words)[1]  # a verb's (antennen is a plural: no stem anten)
        pairs.extend((word, form) for form in sorted(set(forms)) if form.startswith(word))
    return pairs


# What follows a verb in the forms of its present participle (spannends, passendste).
PRESENT_PARTICIPLE_FORMS = frozenset({"ds", "der", "dere", "dst", "dste"})


# The endings of the adj-noun class (preventief / preventie, democratisch, ceremonieel):
# an adjective and the noun it pairs with there are made from one another.
ADJECTIVE_NOUN_ENDINGS = (("ief", "ie"), ("isch", "ie"), ("ieel", "ie"))


def adjective_noun_partners(word, words, pos):
    """The noun of an adjective of the adj-noun class (actief: actie), or the adjectives
    of such a noun (creatie: creatief)."""
    found = set()
    for adjective_ending, noun_ending in ADJECTIVE_NOUN_ENDINGS:
        if word.endswith(adjective_ending):
            found.add(word[: -len(adjective_ending)] + noun_ending)
        if word.endswith(noun_ending):
            found.add(word[: -len(noun_ending)] + adjective_ending)
    return {other for other in found if other in words and len(other) >= 4 and pos.get(other)}


# The cardinal numerals, a closed class, whose ordinals end in -de or -ste (vierde, achtste).
NUMERALS = frozenset(
    [
        "twee",
        "drie",
        "vier",
        "vijf",
        "zes",
        "zeven",
        "acht",
        "negen",
        "tien",
        "elf",
        "twaalf",
        "dertien",
        "veertien",
        "vijftien",
        "zestien",
        "zeventien",
        "achttien",
        "negentien",
        "twintig",
        "dertig",
        "veertig",
        "vijftig",
        "zestig",
        "zeventig",
        "tachtig",
        "negentig",
        "honderd",
        "duizend",
        "miljoen",
        "miljard",
    ]
)


def bases(word, words, pos):
    """The words `word` is a form or a derivation of, or the other of its adj-noun pair, by
    the builder's own rules: the noun of an adjective in -s (aards: aard, hemels: hemel),
    the feminine in -a (moslima: moslim), the noun of a plural or diminutive (buurtje:
    buurt), the adjective of an inflected form (lamme: lam), and the adj-noun partner of
    the word or of that adjective (actief: actie; actieve: actief, actie; creatie:
    creatief), and the numeral of an ordinal (vierde: vier)."""
    found = set()
    noun = word[:-1]
    if len(word) >= 4 and word[-1] in "sa" and noun in words and "N" in pos.get(noun, ()):
        found |= {noun} if word[-1] == "s" and "A" in pos.get(word, ()) or len(noun) >= 5 else set()
    for cut in (1, 2, 3, 4, 5):
        for base in {word[:-cut], word[: -cut - 1], word[: -cut - 1] + "f", word[: -cut - 1] + "s"}:
            if (
                len(base) >= 3
                and base in words
                and "N" in pos.get(base, ())
                and word in noun_forms(base, words, pos)
            ):
                found.add(base)
    for cut in (1, 2, 3):
        for base in {word[:-cut], word[: -cut - 1] + "f", word[: -cut - 1] + "s"}:
            if len(base) >= 3 and base in words and word in adjective_forms(base, words):
                found |= {base} | adjective_noun_partners(base, words, pos)
    found |= {word[: -len(end)] for end in ("de", "ste") if word.endswith(end)} & NUMERALS  # vierde: vier
    return (found | adjective_noun_partners(word, words, pos)) - {word}


def related_by_base(word, longer, words, pos):
    """True when `longer` starts with a word `word` is a form or derivation of, and the
    rest makes it a compound, form or derivation of that word: aards / aardschaduw,
    lamme / lammertjes, actieve / actievergaderingen (the short word's base, not the
    short word, is the longer word's first part)."""
    return any(
        longer.startswith(base) and len(longer) > len(base) and related_rest(base, longer[len(base) :], words)
        for base in bases(word, words, pos)
    )


def related_rest(word, rest, words):
    """True when word + rest is a compound, inflection or derivation of `word`."""
    # echo-ënd, smeu-ïg: a diaeresis only marks a new syllable before an ending.
    folded = fold(rest)
    if folded in SUFFIXES or folded[:1] == word[-1] and folded[1:] in SUFFIXES:
        return True  # with the last letter doubled: scan-n-ing, auto-o-tje, dun-n-en
    if any(rest[:i] in words for i in range(2, len(rest) + 1)):
        return True  # a compound or a derivation of a word: not unrelated
    if any(
        rest.startswith(link)
        and any(rest[len(link) : i] in words for i in range(len(link) + 3, len(rest) + 1))
        for link in (*LINKS, *(word[-1] + link for link in LINKS))
    ):
        return True  # linked compounds: prul-l-en-mand, volk-s-genote, film-pjes-site
    if folded.rstrip("sn") in SUFFIXES or rest[1:] in words or folded[:-1] in SUFFIXES:
        return True
    if word.endswith(("k", "ng")) and folded in ("ske", "skes"):
        return True  # the southern diminutive after -k and -ng: muziek-ske, boorling-ske
    if folded.lstrip(word[-1]) in ("ertje", "ertjes") and {word + "eren", word + word[-1] + "eren"} & words:
        return True  # the diminutive of an -eren plural: lam-mertjes (lammeren), kind-ertjes
    for start in (rest, rest[1:] if rest[:1] == word[-1] else ""):
        # A derivation of the word as a compound's modifier: span-n-ing-s-reeks (spanning
        # is the -ing noun of spannen, whose stem span is), kind-er-opvang.
        for ending in NOUN_ENDINGS:
            tail = start[len(ending) :] if start.startswith(ending) else ""
            if any(
                tail.startswith(link) and len(tail) - len(link) >= 3 and tail[len(link) :] in words
                for link in ("", "s", "e", "en")
            ):
                return True
    if any(
        (word + rest).startswith(verb)
        and verb in words
        and rest[len(verb) - len(word) :] in SUFFIXES | PRESENT_PARTICIPLE_FORMS
        for verb in (word + "n", word + word[-1] + "n", word + "en", word + word[-1] + "en")
    ):
        return True  # a form of the verb whose stem the word is: sla / slaan / slaande
    if word.endswith("en") and rest in PRESENT_PARTICIPLE_FORMS:
        return True  # a form of the verb the word is: voorkomen / voorkomendste
    return folded.startswith(SUFFIX_STARTS)


# Word-forming prefixes: a word that is one of these and a short word is made from it
# (be-raad, ver-band, ont-slag), not unrelated to it.
WORD_PREFIXES = (
    *("be", "ge", "ver", "ont", "her", "er", "on", "in"),
    *("mis", "wan", "oer", "aarts", "anti", "non"),
)


def modifiers(words):
    """How many words of the list each string (3+ letters) starts while the rest is a
    word (food: foodtruck, foodbank): a string that does so more than once is a
    modifier of compounds, a word of the language even when the list lacks it. The rest
    has 4 letters at least: 3-letter words end too many words (gratië-ren, gratië-ring)."""
    counts = Counter()
    for word in words:
        for cut in range(3, len(word) - 3):
            if word[cut:] in words:
                counts[word[:cut]] += 1
    return counts


def end_pairs(words, pos, longest=6):
    """Every short noun or adjective (3-6 letters) with a longer word that ends with it,
    where what comes before is no word (nor a word spelt before a link, glaz-vezel), does
    not start or end with one, is no modifier of other compounds (food-truck) and is no
    word-forming prefix (be-raad): the longer word is no compound of the short word
    (sjoemelsoft-ware, slot-rede, plecht-anker)."""
    short_words = {w for w, t in pos.items() if 3 <= len(w) <= longest and t & {"N", "A"} and w in words}
    counts = modifiers(words)
    found = []
    for longer in sorted(words):
        if len(longer) < 7:
            continue
        for size in range(3, 7):
            tail, front = longer[-size:], longer[:-size]
            if tail not in short_words or len(front) < 3 or front in WORD_PREFIXES or counts[front] > 1:
                continue
            if any(front[:i] in words for i in range(2, len(front) + 1)):
                continue  # a compound, or a word and a link (the longer word is made of words)
            if any(front[i:] in words for i in range(len(front) - 1)):
                continue
            if front[-1] in "zv" and front[:-1] + {"z": "s", "v": "f"}[front[-1]] in words:
                continue
            found.append((tail, longer))
    return found


def made_of_words(front, words, counts, known=None):
    """True when `front` may be what comes before a compound's part: a word, a word and a
    link (kinder-, volk-s-), a word-forming or separable prefix (be-, anti-, uit-), a
    modifier of other compounds (food-), or a row of these (ervaring-s-uit-).
    `known` holds the answers so far (one dict per sweep)."""
    known = {} if known is None else known
    if front not in known:
        known[front] = (
            (len(front) >= 3 and front in words)  # not a row of two-letter words (ta-na-gra)
            or front in WORD_PREFIXES + SEPARABLE
            or counts[front] > 1
            or any(front.endswith(link) and front[: -len(link)] in words for link in LINKS)
            or any(
                made_of_words(front[:cut], words, counts, known)
                and made_of_words(front[cut:], words, counts, known)
                for cut in range(2, len(front) - 1)
            )
        )
    return known[front]


def middle_pairs(words, pos, longest=12):
    """Every short noun or adjective (4-12 letters) with a longer word that holds it in
    its middle (three letters or more before and after it), where what comes before is
    not made of words or what comes after makes no compound or derivation of it: the
    longer word is no compound with the short word, or with a word it is made from, as a
    part (rover / cultuuroverheid; not kinder-arts-enpraktijk, nor hoeks /
    dodehoek-s-systemen)."""
    short_words = {w for w, t in pos.items() if 4 <= len(w) <= longest and t & {"N", "A"} and w in words}
    counts = modifiers(words)
    known, wholes = {}, {}
    found = []
    for longer in sorted(words):
        for start in range(3, len(longer) - 6):
            for size in range(4, min(longest, len(longer) - start - 3) + 1):
                part = longer[start : start + size]
                if part not in short_words:
                    continue
                front = longer[:start]
                # a compound with the word, or with a word it is made from (dodehoek-s-systemen: hoeks)
                if made_of_words(front, words, counts, known) and any(
                    longer.startswith(whole, start)
                    and related_rest(whole, longer[start + len(whole) :], words)
                    for whole in wholes.setdefault(part, (part, *bases(part, words, pos)))
                ):
                    continue
                found.append((part, longer))
    return sorted(set(found))


def draw_inside(rng, pairs, fresh, most=None, per_word=1):
    """Every short word (a group of its own) with one of its longer words, drawn: by word,
    so a word with hundreds of candidates (kanker, kandidaat...) weighs about as much as
    one with one. Stop words are left out (never searched). Round 2 draws `most` words of
    those it may use; round 3, which has fewer words left, up to `per_word` longer words
    of each."""
    by_word = {}
    for word, longer in pairs:
        if word not in STOP_WORDS and fresh(word, word, longer):
            by_word.setdefault(word, []).append(longer)
    chosen = sorted(by_word) if most is None else sorted(rng.sample(sorted(by_word), min(most, len(by_word))))
    if per_word == 1:
        return [(word, rng.choice(by_word[word])) for word in chosen]
    return [
        (word, longer)
        for word in chosen
        for longer in sorted(rng.sample(by_word[word], min(per_word, len(by_word[word]))))
    ]


@dataclass(frozen=True)
class Round:
    """One drawing of the set: its seed, how many of each class it draws, and how far the
    must-not classes reach (round 2 had to reach further: round 1 holds every short word
    of 3-4 letters and every gradable adjective with an -ing noun)."""

    seed: int
    sizes: dict
    longest_inside: int = 4
    longest_end: int = 6
    adjective_flags: int = 2  # how many adjective flags of the dictionary (Aa-Ae) at least
    noun_tagged: bool = True  # the -ing noun must carry a noun flag
    odd_groups: bool = False  # only groups whose CRC-32 is odd (round 2)
    per_word: int = 1  # how many longer words of each short word the must-not classes draw
    tune_half_seed: int = 0  # the seed of the even groups' draw, tuned on (round 4)
    seen_short_words: bool = False  # only short words earlier rounds hold (round 5: tune)
    sealed_match_round: int = 0  # a round whose must-match pairs stay sealed: none of their words


# The classes of rounds 1-4, none drawn (rounds 5 and 6).
NO_PAIRS = dict.fromkeys(
    (
        *("inflection", "irregular-plural", "strong-separable", "strong-plain", "adj-noun"),
        *("participle-noun", "compound-short", "made-up-ing", "diacritics"),
        *("nomatch-adj-ing", "nomatch-inside", "nomatch-end", "nomatch-inside-form"),
    ),
    0,
)

# Round 3's sizes, which round 4 draws too: the must-match classes at least round 2's
# size, every must-not candidate left (1000 is more than any class has).
ROUND_3_SIZES = {
    "inflection": 145,
    "irregular-plural": 16,
    "strong-separable": 20,
    "strong-plain": 10,
    "adj-noun": 30,
    "participle-noun": 24,
    "compound-short": 40,
    "made-up-ing": 15,
    "diacritics": 21,
    "nomatch-inside": 1000,
    "nomatch-end": 1000,
    "nomatch-inside-form": 1000,
}

ROUNDS = {
    # Round 1 (fourth and fifth sessions): split by group CRC-32 into tune and measure;
    # its measure part was opened in the sixth session and is tuning material now.
    1: Round(
        seed=SEED,
        sizes={
            "inflection": 200,
            "irregular-plural": 20,
            "strong-separable": 30,
            "strong-plain": 15,
            "adj-noun": 30,
            "participle-noun": 30,
            "compound-short": 60,
            "made-up-ing": 30,
            "diacritics": 30,
        },
    ),
    # Round 2 (sixth session): the sealed measure part. Only groups round 1 lacks, whose
    # CRC-32 is odd (the earlier tune-side sweeps took even groups only), with no word that
    # round 1 holds; sized to at least round 1's measure part per class.
    2: Round(
        seed=2026120602,
        sizes={
            "inflection": 115,
            "irregular-plural": 16,
            "strong-separable": 20,
            "strong-plain": 10,
            "adj-noun": 24,
            "participle-noun": 18,
            "compound-short": 38,
            "made-up-ing": 15,
            "diacritics": 19,
            "nomatch-inside": 340,
            "nomatch-end": 95,
            "nomatch-inside-form": 225,
        },
        longest_inside=7,
        longest_end=9,
        adjective_flags=1,
        noun_tagged=False,
        odd_groups=True,
    ),
    # Round 3 (seventh session): the sealed measure part, in round 2's shapes (so tune and
    # measure hold the same kinds of pairs). Only groups and words that no version of
    # rounds 1 and 2 holds, of either CRC-32: round 2 took every odd group of its
    # must-not shapes, and the fifth session's tune-side sweeps drew round 1's shapes,
    # whose candidates round 1 holds entirely, so no even group of these shapes was seen.
    # Every adjective with an -ing noun is in rounds 1 and 2 (none left), and so few short
    # words are left that each brings up to eight of its longer words.
    3: Round(
        seed=2026120503,
        sizes=ROUND_3_SIZES,
        longest_inside=7,
        longest_end=9,
        adjective_flags=1,
        noun_tagged=False,
        per_word=8,
    ),
    # Round 4 (eighth session): the sealed measure part. Groups and words that no version
    # of rounds 1-3 holds, whose CRC-32 is odd: the even ones were the tune half, drawn
    # with these settings and looked at (tune_half), so their words are left out too.
    # Short words of any length (up to 12 letters; at most 7 before) with every longer
    # word each, since few short words are left.
    4: Round(
        seed=2026120504,
        sizes=ROUND_3_SIZES,
        longest_inside=12,
        longest_end=12,
        adjective_flags=1,
        noun_tagged=False,
        odd_groups=True,
        per_word=100,
        tune_half_seed=777,
    ),
    # Rounds 5 and 6 (eighth session): a must-not class the lexicon still has unseen words
    # for, a short word in the middle of a longer word that is no compound of it. No
    # must-match class: none has unseen groups left (round 4's must-match pairs stay
    # sealed). Round 5 is its tune side: short words that rounds 1-4 hold (every one of
    # their 6,048 candidates was swept; 2 drawn per word). Round 6 is sealed: short words
    # no round holds, whose CRC-32 is odd; every candidate of the even ones (2,123) was
    # swept too, before it was drawn, and none merged. Three longer words each.
    5: Round(
        seed=2026120505,
        sizes={**NO_PAIRS, "nomatch-middle": None},
        per_word=2,
        seen_short_words=True,
        sealed_match_round=4,
    ),
    6: Round(seed=2026120506, sizes={**NO_PAIRS, "nomatch-middle": None}, per_word=3, odd_groups=True),
}


# Each round's file, and the commits that hold earlier versions of it (drawn before a
# session's rule fixes): the words of every version are excluded from later rounds.
ROUND_FILES = {
    1: "tests/search/dutch_heldout.tsv",
    2: "tests/search/dutch_heldout_round2.tsv",
    3: "tests/search/dutch_heldout_round3.tsv",
    4: "tests/search/dutch_heldout_round4.tsv",
    5: "tests/search/dutch_heldout_round5.tsv",
    6: "tests/search/dutch_heldout_round6.tsv",
}
EARLIER_VERSIONS = {1: ("62d746c", "fd86d54", "0d14750"), 2: ("fd86d54", "0d14750"), 3: ("0d14750",)}


def read_rows(path):
    """The rows of a set file: (expect, query, text, class, group)."""
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if line.strip() and not line.startswith("#")]


def sample(rng, pool, count, fresh, group=lambda item: item):
    """`count` items of the pool whose group the round may use (all of it in round 1)."""
    usable = [item for item in pool if fresh(group(item))]
    return rng.sample(usable, min(count, len(usable)))


def draw(data, settings, rng, fresh):
    """The rows of one round: every class drawn from the lexicon with `rng`, keeping only
    groups (and, in round 2, words) that `fresh` allows."""
    words, pos, flags = data
    sizes = settings.sizes
    rows = []

    def add(expect, query, text, cls, group):
        if query != text and fresh(group, query, text):
            rows.append((expect, query, text, cls, group))

    # 1. Inflection of lemmas drawn from the demo catalogue's text.
    demo = demo_words()
    pool = sorted(
        w
        for w in demo
        if len(w) >= 4 and w in pos and pos[w] & {"N", "A"} or (w.endswith("en") and "V" in pos.get(w, ()))
    )
    for lemma in sample(rng, pool, sizes["inflection"], fresh):
        tags = pos[lemma]
        forms = []
        if "N" in tags:
            forms += noun_forms(lemma, words, pos)
        if "A" in tags:
            forms += adjective_forms(lemma, words)
        if lemma.endswith("en") and "V" in tags:
            forms += weak_forms(lemma, words)[1] + strong_participles(lemma, words)
        for form in sorted(set(forms)):
            add("match", lemma, form, "inflection", lemma)
            add("match", form, lemma, "inflection", lemma)

    # 2. Irregular plurals (-eren, or i -> e, for nouns whose regular plural the
    # word list lacks); "two readings" when the plural is an entry of its own (schepen).
    irregular = []
    for noun in sorted(w for w, t in flags.items() if any(f[0] == "Y" for f in t) and len(w) >= 2):
        if noun + "en" in words or noun + noun[-1] + "en" in words or noun + "s" in words:
            continue
        cands = [noun + "eren", noun + noun[-1] + "eren"]
        m = re.search(r"(i)([^aeiou])$", noun)
        if m:
            cands.append(noun[: m.start()] + "e" + m.group(2) + "en")
        for plural in cands:
            if plural in words and pos.get(plural, set()) <= {"N"}:
                irregular.append((noun, plural))
                break
    for noun, plural in sample(rng, irregular, sizes["irregular-plural"], fresh, lambda item: item[0]):
        add("match", noun, plural, "irregular-plural", noun)
        add("match", plural, noun, "irregular-plural", noun)

    # 3. Strong verbs, separable or not: participle, infinitive and the -ing noun.
    verbs = sorted(w for w, t in pos.items() if "V" in t and w.endswith("en") and len(w) >= 6)
    strong = [(v, strong_participles(v, words)) for v in verbs]
    strong = [(v, p) for v, p in strong if p]
    separable = [(v, p) for v, p in strong if split_prefix(v, words)[0]]
    plain = [(v, p) for v, p in strong if not split_prefix(v, words)[0]]
    for verb, participles in sample(
        rng, separable, sizes["strong-separable"], fresh, lambda item: item[0]
    ) + sample(rng, plain, sizes["strong-plain"], fresh, lambda item: item[0]):
        prefix, base = split_prefix(verb, words)
        noun = prefix + base[:-2] + "ing"
        for participle in participles:
            add("match", participle, verb, "strong-verb", verb)
            add("match", verb, participle, "strong-verb", verb)
            if noun in words:
                add("match", participle, noun, "strong-verb", verb)
                add("match", noun, participle, "strong-verb", verb)

    # 4. Adjective <-> noun: -ief/-ie, -isch/-ie, -eel/-ie.
    adj_noun = []
    for word in sorted(words):
        for ending, noun_ending in ADJECTIVE_NOUN_ENDINGS:
            if word.endswith(ending) and len(word) >= 7:
                noun = word[: -len(ending)] + noun_ending
                # an adjective by the dictionary: fixatief and motief are nouns only
                adjective = flags.get(word, set()) & (GRADED | INFLECTED)
                if noun in words and "N" in pos.get(noun, ()) and adjective:
                    adj_noun.append((word, noun))
    for adjective, noun in sample(rng, adj_noun, sizes["adj-noun"], fresh, lambda item: item[1]):
        add("match", adjective, noun, "adj-noun", noun)
        add("match", noun, adjective, "adj-noun", noun)

    # 5. Participle <-> noun of verbs in -eren: ge-X-eerd and X-atie / X-ie / X-ies.
    part_noun = []
    for verb in verbs:
        if not verb.endswith("eren") or len(verb) < 8:
            continue
        root = verb[:-4]
        participle = "ge" + root + "eerd"
        if root[:1] in "aeiou":
            participle = (
                "ge" + {"a": "ä", "e": "ë", "i": "ï", "o": "ö", "u": "ü"}[root[0]] + root[1:] + "eerd"
            )
        if participle not in words:
            continue
        for noun in (root + "atie", root + "tie", re.sub(r"i([^aeiou])$", r"ie\1", root)):
            if noun != root and noun in words and "N" in pos.get(noun, ()):
                part_noun.append((participle, noun, verb))
                break
    for participle, noun, verb in sample(
        rng, part_noun, sizes["participle-noun"], fresh, lambda item: item[2]
    ):
        if noun.endswith("tie"):  # (X-ie-C for X-i-C-eren drew only priem, an awl, for
            # primeren, whose noun is premie: drawn still, so later draws stay the same)
            add("match", participle, noun, "participle-noun", verb)
            add("match", noun, participle, "participle-noun", verb)

    # 6. Compounds with a short (4-5 letter) domain noun as modifier or head.
    short = sorted(w for w in demo if 4 <= len(w) <= 5 and "N" in pos.get(w, ()))
    long_nouns = {w for w, t in pos.items() if "N" in t and len(w) >= 4}
    compounds = []
    infinitives = {w for w, t in pos.items() if "V" in t and w.endswith("en")}
    for word in sorted(words):
        if len(word) < 9:
            continue
        for part in short:
            if word.startswith(part):
                rest = word[len(part) :]
                rest = rest[1:] if rest.startswith("s") and rest[1:] in long_nouns else rest
                if rest in long_nouns:
                    compounds.append((part, word))
            if word.endswith(part) and word[: -len(part)] in long_nouns:
                compounds.append((part, word))
    for part, compound in sample(rng, compounds, sizes["compound-short"], fresh, lambda item: item[1]):
        # The part is a short domain noun that earlier rounds hold too; the compound is new.
        # A verb's stem is no compound (modelleer: modelleren, not model + leer).
        if fresh(compound, compound) and not is_verb_stem(compound, infinitives):
            rows.append(("match", part, compound, "compound-short", compound))

    # 7. Regular verbs whose -ing noun the word list lacks (gesnurkt / snurking).
    made_up = []
    for verb in verbs:
        prefix, base = split_prefix(verb, words)
        if prefix or not re.search(r"[^aeiou]en$", verb):
            continue
        stem = verb_stem(verb)
        made = regular_participle("", stem, verb)  # gewend, not gewent (gewennen's)
        noun = verb[:-2] + "ing"
        if made in words and noun not in words and verb[:-2] + "en" == verb:
            made_up.append((made, noun, verb))
    for participle, noun, verb in sample(rng, made_up, sizes["made-up-ing"], fresh, lambda item: item[2]):
        add("match", participle, noun, "made-up-ing", verb)
        add("match", noun, participle, "made-up-ing", verb)
        add("match", noun, verb, "made-up-ing", verb)

    # 8. Diacritics typed both ways.
    accented = sorted(w for w in words if not w.isascii() and len(w) >= 5)
    for word in sample(rng, accented, sizes["diacritics"], fresh, fold):
        add("match", fold(word), word, "diacritics", fold(word))
        add("match", word, fold(word), "diacritics", fold(word))

    # The must-not draws judge "related" on the vocabulary search/lexicon.py holds (the word
    # list and the dictionary's nouns, gradable adjectives and infinitives: filler, zygote).
    vocabulary = words | {
        w
        for w, t in pos.items()
        if "N" in t or ("V" in t and w.endswith("en")) or len(flags[w] & GRADED) >= 2
    }

    # 9. Must not: an adjective and the -ing noun that starts with it (kort / korting);
    # every one (round 2: every one left, and the -ing noun's plural too).
    if sizes.get("nomatch-adj-ing") != 0:
        for adjective, noun in adjective_ing_pairs(
            vocabulary, pos, flags, settings.adjective_flags, settings.noun_tagged
        ):
            nouns = [noun] if settings.seed == SEED else [noun, *({noun + "en"} & words)]
            for text in nouns:
                add("nomatch", adjective, text, "nomatch-adj-ing", adjective)
                add("nomatch", text, adjective, "nomatch-adj-ing", adjective)

    # 10. Must not: a short word inside a longer unrelated word (rel / relatie).
    inside = inside_pairs(vocabulary, pos, settings.longest_inside)
    for word, longer in draw_inside(rng, inside, fresh, sizes.get("nomatch-inside"), settings.per_word):
        add("nomatch", word, longer, "nomatch-inside", word)

    # 11. Must not: a short word at the end of a longer word that is no compound of it
    # (ring / gratiëring). Drawn after the classes above, so their draws stay the same.
    ends = end_pairs(vocabulary, pos, settings.longest_end)
    for word, longer in draw_inside(rng, ends, fresh, sizes.get("nomatch-end"), settings.per_word):
        add("nomatch", word, longer, "nomatch-end", word)

    # 12. Must not: a short word and an inflected form of a longer unrelated word that
    # starts with it (rest / restanten: an ending may not make a compound of it).
    forms = inside_form_pairs(vocabulary, pos, words, settings.longest_inside)
    for word, form in draw_inside(rng, forms, fresh, sizes.get("nomatch-inside-form"), settings.per_word):
        add("nomatch", word, form, "nomatch-inside-form", word)

    # 13. Must not: a short word in the middle of a longer word that is no compound with
    # it as a part (rover / cultuuroverheid). Rounds 5 and 6 only, so earlier draws stay.
    if "nomatch-middle" in sizes:
        middle = middle_pairs(vocabulary, pos)
        for word, longer in draw_inside(rng, middle, fresh, sizes["nomatch-middle"], settings.per_word):
            add("nomatch", word, longer, "nomatch-middle", word)
    return rows


def main():
    data = load()
    number = int(sys.argv[sys.argv.index("--round") + 1]) if "--round" in sys.argv else 1
    settings = ROUNDS[number]
    # Another seed (--seed N) draws a fresh development set to tune on, never committed.
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else settings.seed

    def anything(group, *words):
        return True

    fresh = anything
    if number > 1:
        # Groups and words of every earlier round, as drawn here and as committed.
        seen_rows = []
        for earlier in range(1, number):
            seen_rows += read_rows(ROOT / ROUND_FILES[earlier])
            for commit in EARLIER_VERSIONS.get(earlier, ()):
                shown = subprocess.run(
                    ["git", "-C", str(ROOT), "show", f"{commit}:{ROUND_FILES[earlier]}"],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                lines = shown.stdout.splitlines()
                seen_rows += [tuple(line.split("\t")) for line in lines if line[:1] != "#"]
            if not ROUNDS[earlier].seen_short_words:  # (a tune round of seen words adds none)
                seen_rows += draw(data, ROUNDS[earlier], random.Random(ROUNDS[earlier].seed), anything)
            if ROUNDS[earlier].tune_half_seed:  # what was looked at while tuning for it
                seen_rows += draw(
                    data, ROUNDS[earlier], random.Random(ROUNDS[earlier].tune_half_seed), anything
                )
        seen_groups = {row[4] for row in seen_rows}
        seen_words = {word for row in seen_rows for word in (row[1], row[2])}

        def unseen(group, *words):
            return group not in seen_groups and not any(word in seen_words for word in words)

        def fresh(group, *words):
            odd = zlib.crc32(group.encode("utf-8")) % 2 == 1
            return unseen(group, *words) and (not settings.odd_groups or odd)

        if settings.seen_short_words:
            sealed_rows = read_rows(ROOT / ROUND_FILES[settings.sealed_match_round])
            sealed = {word for row in sealed_rows if row[0] == "match" for word in (row[1], row[2], row[4])}

            def fresh(group, *words):
                return group in seen_groups | seen_words and not {group, *words} & sealed

        if settings.tune_half_seed:
            # The even groups, drawn with the same settings and tuned on: none of their
            # words may be measured either.
            def tune_half(group, *words):
                return unseen(group, *words) and zlib.crc32(group.encode("utf-8")) % 2 == 0

            tuned = draw(data, settings, random.Random(settings.tune_half_seed), tune_half)
            seen_words |= {word for row in tuned for word in (row[1], row[2])}

    rows = draw(data, settings, random.Random(seed), fresh)
    print(
        f"# Held-out Dutch evaluation set, round {number}, generated by tests/search/build_dutch_heldout.py"
    )
    print("# from the OpenTaal word list 2.20 (BSD / CC BY 3.0); do not edit by hand.")
    print("# expect\tquery\ttext\tclass\tgroup")
    seen = set()
    for row in rows:
        if row[:3] not in seen:
            seen.add(row[:3])
            print("\t".join(row))
    print(f"{len(seen)} pairs", file=sys.stderr)


if __name__ == "__main__":
    main()
