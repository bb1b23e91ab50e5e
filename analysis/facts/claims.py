"""Claims: the regular expressions of facts.json ("no group has claimed responsibility") as facts
with their as-of day, and when two claims agree.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from typing import Any, Sequence

from analysis.lexicon import LexiconError, load_lexicon
from analysis.records import Fact
from analysis.facts.rules import fact_rules, in_words, normalised_set, spec_words
from analysis.facts.date_facts import _event_day_rules
from analysis.facts.context import Context, make_fact, sentence_tokens
from analysis.facts.scope import scope_of_sentence
from analysis.facts.numbers import parse_number_word
from analysis.facts.places import gazetteer, token_words
from analysis.facts.stories import comparable_words
from analysis.text.rxguard import required_literal
from analysis.text.textnorm import normalise_text


def _comparable_set(spec: dict[str, Any], key: str) -> frozenset[str]:
    """A lexicon section's word list ``key`` as compared words (stories.comparable_words: clitics and article off)."""
    return frozenset(w for word in spec.get(key, []) for w in comparable_words(word))


# claim pattern -> the characters every match of it holds (None: none known), kept with the pattern
# so its id cannot be reused: a text without them is not scanned (one pattern, '"?\s*متورطه', has
# no fixed first character and cost ~1.5% of the per-article time, scanned at every offset)
_REQUIRED: dict[int, tuple[re.Pattern[str], str | None]] = {}


def _required(rx: re.Pattern[str]) -> str | None:
    entry = _REQUIRED.get(id(rx))
    if entry is None or entry[0] is not rx:
        if len(_REQUIRED) >= 4096:
            _REQUIRED.clear()
        entry = _REQUIRED[id(rx)] = (rx, required_literal(rx))
    return entry[1]


def claim_facts(ctx: Context) -> list[Fact]:
    facts = []
    taken: dict[str, list[tuple[int, int]]] = {}
    for rx, spec in ctx.rules.claims:
        lit = _required(rx)
        if lit is not None and lit not in ctx.nt:
            continue  # no match possible
        for m in rx.finditer(ctx.nt):
            # a pattern may need words before its claim (a drone word before «إيرانية الصنع»): the claim is its
            # group "claim" when it has one, else the whole match
            s, e = m.span("claim") if "claim" in rx.groupindex else (m.start(), m.end())
            value = spec["value"]
            if value == "entity":
                types = set(spec.get("entity_types", []))
                window = int(spec.get("entity_window", 60))
                sent = ctx.sentence_of(s)
                ents = [em for em in ctx.entities if s - window <= em.start < e and em.entity.type in types
                        and ctx.sentence_of(em.start) == sent]
                if not ents:
                    continue
                value = "+".join(sorted({em.entity.id for em in ents}))
                s = min(em.start for em in ents)
            spans = taken.setdefault(spec["subject"], [])
            if any(not (e <= a or s >= b) for a, b in spans):
                continue
            spans.append((s, e))
            sent = ctx.sentence_of(s)
            info = scope_of_sentence(ctx, sent)
            # "no group has claimed it *so far*" is provisional: a later claim updates it
            sent_text = " " + " ".join(ctx.tokens[i].text for i in sentence_tokens(ctx, sent)) + " "
            provisional = value == "no" and any(f" {p} " in sent_text for p in ctx.scope.provisional)
            facts.append(make_fact(ctx, s, e, "claim", value, spec["subject"], as_of=info.as_of,
                                   update_cue=provisional or info.update_cue))
    return facts


def claims_compatible(a: str, b: str, language: str = "ar") -> bool:
    """Claim values agree when equal or when one names a member of the other's class.

    "kataib_hezbollah+asaib" agrees with "iran_backed_group" and with "kataib_hezbollah".
    """
    if a == b:
        return True
    if a.startswith("dir:") and b.startswith("dir:"):
        return directions_compatible(a, b)
    implies = fact_rules(language).claim_implies

    def closure(v: str) -> set[str]:
        out: set[str] = set()
        stack = v.split("+")
        while stack:
            x = stack.pop()
            if x not in out:
                out.add(x)
                stack.extend(implies.get(x, ()))
        return out

    pa, pb = set(a.split("+")), set(b.split("+"))
    return pa <= closure(b) or pb <= closure(a)


@dataclass(frozen=True)
class _Directions:
    """facts.json ``event_direction``, read once: ``anchors`` the pattern of a direction word (searched first);
    ``words`` direction words (compared spelling) -> compass letters; ``events`` the event words (compared
    spelling) one of which must come before, within ``window`` tokens; ``units`` the distance units that make a
    direction a reference point; ``stems`` the direction stems (normalised) that add a second side after a
    conjunction."""

    anchors: re.Pattern[str]
    words: dict[str, str]
    events: frozenset[str]
    window: int
    subject: str
    units: frozenset[str]
    stems: tuple[str, ...]


@lru_cache(maxsize=8)
def _direction_rules(language: str) -> _Directions | None:
    spec = load_lexicon(language, "facts").get("event_direction")
    if not spec:
        return None
    stems = sorted({normalise_text(s) for s in spec["anchors"]}, key=len, reverse=True)
    return _Directions(
        anchors=re.compile("|".join(map(re.escape, stems))),
        words={w: v for word, v in spec["directions"].items() for w in comparable_words(word)},
        events=frozenset(w for word in spec["event_words"] for w in comparable_words(word)),
        window=int(spec.get("window", 12)), subject=str(spec["subject"]),
        units=frozenset(w for word in spec.get("distance_units", []) for w in comparable_words(word)),
        stems=tuple(normalise_text(s) for s in spec["anchors"]))


def _event_before(ctx: Context, i: int, events: frozenset[str], window: int) -> bool:
    """Whether one of ``events`` (compared spelling) stands in token ``i``'s sentence within ``window`` tokens
    before it: a place names where the story's event happened only right after a word of the event."""
    sent = ctx.tok_sentence[i]
    return any(ctx.tok_sentence[k] == sent and not events.isdisjoint(token_words(ctx.tokens[k].text))
               for k in range(i - 1, max(-1, i - 1 - window), -1))


def direction_facts(ctx: Context) -> list[Fact]:
    """Where the event happened, as a direction from a named town ("اصطدم مركب ... بشمال القاهرة"):
    a claim whose subject is the town and whose value is the direction's compass letters ("dir:N"),
    read only when an event word of the story's kind stands in the sentence before it, within the
    window.  Towns only: "شمال سيناء" is a governorate's name and "شمال سوريا" a third of a country."""
    rules = _direction_rules(ctx.rules.language)
    if rules is None:
        return []
    dirs = rules.words
    gz = gazetteer(ctx.rules.language)
    toks, facts = ctx.tokens, []
    last_end = -1
    for m in rules.anchors.finditer(ctx.nt):
        i = ctx.token_at(m.start() + 1) - 1  # the token holding the match ("بشمال")
        if i < 0 or i <= last_end or m.start() >= toks[i].start + len(toks[i].text):
            continue
        letters: list[str] = []
        j = i
        while j < len(toks) and len(letters) < 2:
            w = token_words(toks[j].text)
            if len(w) != 1 or w[0] not in dirs:
                break
            letters.append(dirs[w[0]])
            j += 1
        if not letters or j >= len(toks):
            continue
        last_end = j - 1  # a compound direction is read once, from its first word ("شمال غرب")
        if i > 0 and not rules.units.isdisjoint(token_words(toks[i - 1].text)):
            continue  # "قضاء البعاج 510 كم شمال غرب بغداد": a reference point for the place named before it
        sent = ctx.tok_sentence[i]
        town: tuple[str, ...] = ()
        n = 0
        for n in (2, 1):
            if j + n <= len(toks) and all(ctx.tok_sentence[k] == sent for k in range(j, j + n)):
                key = tuple(w for k in range(j, j + n) for w in token_words(toks[k].text))
                places = gz.names.get(key)
                if places and all(p.town > 0 for p in places):
                    town = key
                    break
        if not town:
            continue
        after = j + n
        if after < len(toks) and ctx.g.starts_with_conjunction(toks[after].text) \
                and toks[after].text[len(ctx.g.conjunction):].startswith(rules.stems):
            continue  # "في شرق بغداد وجنوبها": two sides of the town, two places
        if not _event_before(ctx, i, rules.events, rules.window):
            continue
        last_end = j + n - 1
        end_tok = toks[last_end]
        facts.append(make_fact(ctx, toks[i].start, end_tok.start + len(end_tok.text), "claim",
                               "dir:" + "".join(sorted(set(letters))), f"{rules.subject}:{' '.join(town)}"))
    return facts


# the values of place claims: in a story grouped out of an archive two of them are compared only when
# their readings share a rare word (alignment: the daily bombings south-west and east of one capital)
PLACE_CLAIM_PREFIXES = ("dir:", "ocean:")


def directions_compatible(a: str, b: str) -> bool:
    """Two directions from one town agree unless one points where the other's opposite does (north
    against south, east against west): "north" and "north-west" are one side of a city, "north" and
    "west" a loose wording of one district."""
    x, y = set(a[4:]), set(b[4:])
    return not any(p in x and q in y for p, q in (("N", "S"), ("S", "N"), ("E", "W"), ("W", "E")))


@lru_cache(maxsize=8)
def _ocean_rules(language: str) -> tuple[str, str, dict[str, str], frozenset[str], int, str]:
    """facts.json ``event_ocean``: the anchor (normalised), the ocean word (compared spelling), the
    ocean names (compared spelling -> value), the event words, the window, the subject."""
    spec = load_lexicon(language, "facts").get("event_ocean")
    if not spec:
        return "", "", {}, frozenset(), 0, ""
    oceans = {w: v for word, v in spec["oceans"].items() for w in comparable_words(word)}
    events = frozenset(w for word in spec["event_words"] for w in comparable_words(word))
    return (normalise_text(spec["anchor"]), comparable_words(spec["anchor"])[0], oceans, events,
            int(spec.get("window", 12)), str(spec["subject"]))


def ocean_facts(ctx: Context) -> list[Fact]:
    """The ocean the event happened in ("حطام الطائرة الذي عثر عليه في جزيرة لاريونيون في المحيط
    الهادئ"): a claim whose value is the ocean, read only when an event word stands in the sentence
    before it, within the window.  Oceans only, no seas: a story's event lies in one ocean, while two
    seas («البحر المتوسط», «بحر إيجة») may hold one crossing."""
    anchor, word, oceans, events, window, subject = _ocean_rules(ctx.rules.language)
    if not anchor or anchor not in ctx.nt:
        return []
    toks, facts = ctx.tokens, []
    start = ctx.nt.find(anchor)
    while start >= 0:
        i = ctx.token_at(start + 1) - 1
        start = ctx.nt.find(anchor, start + len(anchor))
        if i < 0 or i + 1 >= len(toks) or token_words(toks[i].text) != (word,):
            continue
        name = token_words(toks[i + 1].text)
        sent = ctx.tok_sentence[i]
        if len(name) != 1 or name[0] not in oceans or ctx.tok_sentence[i + 1] != sent:
            continue
        if not _event_before(ctx, i, events, window):
            continue
        facts.append(make_fact(ctx, toks[i].start, toks[i + 1].start + len(toks[i + 1].text), "claim",
                               oceans[name[0]], subject))
    return facts


STAGE_PREFIX = "stage:"  # a project stage's value: "stage:<order>:<stage>"


@dataclass(frozen=True)
class _Stages:
    """facts.json ``project_stage``, read once (compared spellings): the stage phrases (word tuples -> (order, name)),
    the projects words of a heading, the project nouns an item starts with, the capacity nouns that end an item, the
    words that end a name, and the reaches."""

    subject: str
    phrases: dict[tuple[str, ...], tuple[int, str]]
    longest: int
    projects: frozenset[str]
    names: frozenset[str]
    item_ends: frozenset[str]
    stops: frozenset[str]
    reach: int
    tail: int
    name_words: int
    first_within: int  # words after a heading its first item stands within
    parts: frozenset[str]  # a part of a hospital ("برج طبي بمستشفى"): another project
    literals: tuple[str, ...]  # normalised: a text holding none of these names no project
    project_literals: tuple[str, ...]  # normalised: a text holding none of these has no heading
    skip: frozenset[str]  # words a name is keyed without ("مستشفى الملك فيصل في الطائف" is "بالطائف")


@lru_cache(maxsize=8)
def _stage_rules(language: str) -> _Stages | None:
    spec = load_lexicon(language, "facts").get("project_stage")
    if not spec:
        return None
    phrases = {tuple(w for word in p.split() for w in comparable_words(word)): (int(st["order"]), name)
               for name, st in spec["stages"].items() if not name.startswith("_") for p in st["phrases"]}

    words = partial(_comparable_set, spec)
    return _Stages(str(spec["subject"]), phrases, max(map(len, phrases)), words("project_words"), words("names"),
                   words("item_ends"), words("name_stops"), int(spec.get("reach", 4)), int(spec.get("tail", 3)),
                   int(spec.get("name_words", 4)), int(spec.get("first_within", 12)), words("parts"),
                   tuple(normalise_text(w) for w in spec.get("names", [])),
                   tuple(normalise_text(w) for w in spec.get("project_words", [])), words("name_skip"))


def stage_facts(ctx: Context) -> list[Fact]:
    """The stage of each hospital a report lists under a stage heading ("مشاريع تحت الطرح والترسية، ... مستشفى قياء
    بالحارث السعة 50 سريرا، مستشفى الملك فيصل بالطائف ..."): a claim per project, subject "project_stage:<name>",
    value "stage:<order>:<stage>" (facts.json project_stage)."""
    rules = _stage_rules(ctx.rules.language)
    if rules is None or not any(lit in ctx.nt for lit in rules.literals) or not any(
            p in ctx.nt for p in rules.project_literals):
        return []
    toks = ctx.tokens
    words = [token_words(t.text) for t in toks]
    flat = [w[0] if len(w) == 1 else "" for w in words]
    # headings: (first token, token after the phrase, order, stage)
    heads: list[tuple[int, int, int, str]] = []
    i = 0
    while i < len(toks):
        hit = None
        for n in range(min(rules.longest, len(toks) - i), 0, -1):
            key = tuple(flat[i:i + n])
            if key in rules.phrases:
                hit = (n, rules.phrases[key])
                break
        if hit is None:
            i += 1
            continue
        n, (order, stage) = hit
        near = range(max(0, i - rules.reach), min(len(toks), i + n + rules.reach))
        if any(flat[k] in rules.projects for k in near):
            heads.append((i, i + n, order, stage))
        i += n
    if not heads:
        return []
    facts = []
    for h, (_, after, order, stage) in enumerate(heads):
        end = heads[h + 1][0] if h + 1 < len(heads) else len(toks)
        seen = False  # an item read: a line that starts with no item then ends the list
        listed = False  # a hospital named (an item or a part of one: "برج طبي مستشفى ...")
        for k in range(after, end):
            prev = toks[k - 1]
            gap = ctx.nt[prev.start + len(prev.text):toks[k].start]
            if "\n" in gap and seen and flat[k] not in rules.names and flat[k] not in rules.item_ends \
                    and not toks[k].text[:1].isdigit():
                break
            if not listed and k - after > rules.first_within:
                break  # a stage word in prose, no list after it
            listed = listed or flat[k] in rules.names
            if flat[k] not in rules.names or k + 1 >= len(toks) \
                    or any(ch in ctx.nt[toks[k].start + len(toks[k].text):toks[k + 1].start] for ch in "،,.") \
                    or any(flat[x] in rules.parts for x in range(max(after, k - 2), k)):
                continue  # ("445 مستشفى، يوجد بها": a count of hospitals, no item; "برج طبي مستشفى ...": a tower)
            if not (k - after < rules.tail or flat[k - 1] in rules.item_ends or any(ch.isdigit() for ch in prev.text)
                    or prev.text.endswith((")", "،", ",")) or "،" in gap or "," in gap):
                continue
            name: list[str] = []
            j = k + 1
            while j < end and len(name) < rules.name_words:
                t = toks[j].text
                if flat[j] in rules.stops or flat[j] in rules.names or not words[j] or any(ch.isdigit() for ch in t) \
                        or t.startswith(("(", "«", '"')):
                    break
                name.extend(w for w in words[j] if w not in rules.skip)
                if t.endswith(("،", ",", ")", "»", ".", ":")):
                    j += 1
                    break
                j += 1
            if not name:
                continue
            seen = True
            last = toks[j - 1]
            facts.append(make_fact(ctx, toks[k].start, last.start + len(last.text.rstrip("،,.:)»")), "claim",
                                   f"{STAGE_PREFIX}{order}:{stage}", f"{rules.subject}:{' '.join(name)}",
                                   as_of=scope_of_sentence(ctx, ctx.tok_sentence[k]).as_of))
    return facts



def stage_order(value: str) -> int:
    """The order of a project stage's value ("stage:2:construction" -> 2), 0 for any other claim."""
    if not value.startswith(STAGE_PREFIX):
        return 0
    order = value[len(STAGE_PREFIX):].split(":", 1)[0]
    return int(order) if order.isdigit() else 0


_GLUED = re.compile(r"\d\s*[-/\u2013]\s*\S")  # a figure, a dash or a slash, and the next (a score's two sides)
SCORE_PREFIX = "score:"  # a match score's value: "score:<winner's goals>-<loser's goals>"


@dataclass(frozen=True)
class _Scores:
    """facts.json ``match_score``, read once (normalised spellings)."""

    subject: str
    goals: dict[str, int]  # goal word -> the count it says alone (1, 2), 0 when a number must stand before it
    against: frozenset[str]
    clean: frozenset[str]
    result_word: str
    zero: frozenset[str]
    verbs: frozenset[str]
    verb_reach: int
    markers: frozenset[str]
    stops: frozenset[str]
    halves: frozenset[str]
    half_reach: int
    reach: int
    name_words: int
    max_goals: int
    drop: dict[int, int | None]  # the skeleton's dropped letters
    anchors: tuple[str, ...]  # normalised: a text holding none of these has no score
    by: str  # the preposition before a count of goals ("بأربعة أهداف")
    to: str  # the preposition before the loser's count ("لثلاثة")
    without: frozenset[str]  # the words before a 'clean' word ("دون رد")
    final_drop: str  # a name's last letter dropped from its key ("بينيه", "بيين")
    nisba: str  # the ending of a nisba with the article ("السويسري"), which ends a club's name


@lru_cache(maxsize=8)
def _score_rules(language: str) -> _Scores | None:
    spec = load_lexicon(language, "facts").get("match_score")
    if not spec:
        return None

    words = partial(spec_words, spec)
    try:
        drop = str(load_lexicon(language, "scope").get("incident_words", {}).get("skeleton_drop", ""))
    except LexiconError:  # a language without scope.json keys names as written
        drop = ""
    return _Scores(str(spec["subject"]), {normalise_text(w): int(n) for w, n in spec["goal_words"].items()},
                   words("against"), words("clean"), normalise_text(spec["result_word"]), words("zero"),
                   words("result_verbs"), int(spec.get("verb_reach", 4)), words("opponent_markers"),
                   words("name_stops"), words("half_words"), int(spec.get("half_reach", 6)),
                   int(spec.get("reach", 10)), int(spec.get("name_words", 3)), int(spec.get("max_goals", 30)),
                   str.maketrans("", "", drop), tuple(normalise_text(w) for w in spec["anchors"]),
                   normalise_text(spec["by"]), normalise_text(spec["to"]), words("without"),
                   normalise_text(spec.get("final_drop", "")), normalise_text(spec["nisba"]))


def _goals(word: str, rules: _Scores, prefixes: tuple[str, ...] | None = None) -> int | None:
    """A count of goals written as one token: digits, a cardinal word ("باربعه", "لثلاثه") or zero ("صفر")."""
    for p in ("", rules.by, rules.to) if prefixes is None else prefixes:
        if p and not word.startswith(p):
            continue
        w = word[len(p):]
        if w.isdigit():
            return int(w)
        if w in rules.zero:
            return 0
        hit = parse_number_word(w)
        if hit is not None and hit[0] == "cardinal" and not hit[1] and hit[2] == hit[3] and hit[2].is_integer():
            return int(hit[2])
    return None


def score_facts(ctx: Context) -> list[Fact]:
    """A match's final score ("بأربعة أهداف مقابل هدفين", "بنتيجة 4-3"): a claim whose subject is the match, keyed
    by its opponent ("match_score:<skeleton>"), and whose value is "score:<higher>-<lower>" (facts.json match_score)."""
    rules = _score_rules(ctx.rules.language)
    # the anchors: a goal word ("هدف", "أهداف") or the result word; most articles hold none
    if rules is None or not any(a in ctx.nt for a in rules.anchors):
        return []
    toks = ctx.tokens
    texts = _Texts(toks)  # the tokens' texts, read where asked (no pass over an article with no score)
    goal_forms = set(rules.goals) | {rules.by + g for g in rules.goals}
    # where a score can start: the result word, a goal word that counts alone, the number before a goal word,
    # and the number a result verb is followed by (one C-level pass over the tokens' texts, then a few candidates)
    starts: set[int] = set()
    scored: set[int] = set()  # the sentences that speak of goals: where a bare "4 / 3" after a result verb is a score
    for k in _tokens_at(ctx, rules.anchors):
        t = texts[k]
        if t == rules.result_word:
            starts.add(k)
        elif t in goal_forms or (ctx.g.starts_with_article(t) and ctx.g.without_article(t) in rules.goals):
            scored.add(ctx.tok_sentence[k])
            if t in goal_forms:
                starts.add(k if rules.goals.get(t if t in rules.goals else t[len(rules.by):], 0) > 0 else k - 1)
    for sent in scored:
        ks = sentence_tokens(ctx, sent)
        if not ks or not _GLUED.search(ctx.nt, toks[ks[0]].start, toks[ks[-1]].start + len(toks[ks[-1]].text)):
            continue  # no "4 / 3" in the sentence
        for k in ks:
            if texts[k] in rules.verbs:
                starts.update(x for x in range(k + 1, min(len(texts), k + 1 + rules.verb_reach))
                              if texts[x][:1].isdigit())
    facts: list[Fact] = []
    last_end = -1
    for i in sorted(x for x in starts if x >= 0):
        if i < last_end:
            continue
        found = _score_at(ctx, i, rules, texts)
        if found is None:
            continue
        end, hi, lo = found
        last_end = end
        sent = ctx.tok_sentence[i]
        start = i
        if any(ctx.tok_sentence[k] == sent and texts[k] in rules.halves
               for k in range(max(0, start - rules.half_reach), start)):
            continue  # a half's score
        name = _opponent(ctx, start, sent, rules, texts)
        if not name:
            continue
        key = _team_key(name, rules)
        if not key:
            continue
        last = toks[end - 1]
        facts.append(make_fact(ctx, toks[start].start, last.start + len(last.text), "claim",
                               f"{SCORE_PREFIX}{max(hi, lo)}-{min(hi, lo)}", f"{rules.subject}:{key}"))
    return facts


class _Texts:
    """The texts of a list of tokens, by index, read on demand."""

    __slots__ = ("toks",)

    def __init__(self, toks: Sequence[Any]) -> None:
        self.toks = toks

    def __getitem__(self, k: int) -> str:
        return str(self.toks[k].text)

    def __len__(self) -> int:
        return len(self.toks)


@lru_cache(maxsize=32)
def _words_rx(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(set(words), key=len, reverse=True))))


def _tokens_at(ctx: Context, words: tuple[str, ...]) -> set[int]:
    """The tokens holding an occurrence of any of ``words`` (one scan of the text for them all, not token by token)."""
    out: set[int] = set()
    for m in _words_rx(words).finditer(ctx.nt):
        k = ctx.token_at(m.start() + 1) - 1
        if 0 <= k < len(ctx.tokens):
            out.add(k)
    return out


def _score_at(ctx: Context, i: int, rules: _Scores, texts: "_Texts") -> tuple[int, int, int] | None:
    """(the token after the score, one side's goals, the other's) when a score starts at token ``i``."""
    n = len(texts)
    sent = ctx.tok_sentence[i]

    def within(k: int) -> bool:
        return k < n and ctx.tok_sentence[k] == sent

    def glued(a: int, b: int) -> bool:
        """Tokens a and b written as one score ("4-3", "4 / 3", "7 - صفر")."""
        gap = ctx.nt[ctx.tokens[a].start + len(texts[a]):ctx.tokens[b].start].strip()
        return gap in ("-", "/", "–")

    w = texts[i]
    if w == rules.result_word and within(i + 2):
        a, b = _goals(texts[i + 1], rules, ("",)), _goals(texts[i + 2], rules, ("",))
        if a is not None and b is not None and glued(i + 1, i + 2):
            return _bounded(i + 3, a, b, rules)
        return None
    first = _goals(w, rules)
    k = i + 1
    if first is None:
        # a goal word that counts alone ("بهدفين مقابل هدف")
        bare = w[len(rules.by):] if w.startswith(rules.by) else w
        if rules.goals.get(bare, 0) <= 0:
            return None
        first, k = rules.goals[bare], i + 1
    elif within(k) and texts[k] in rules.goals and rules.goals[texts[k]] == 0:
        k += 1
    elif within(k) and glued(i, k) and w[:1].isdigit():
        second = _goals(texts[k], rules, ("",))
        if second is None or not any(texts[x] in rules.verbs for x in range(max(0, i - rules.verb_reach), i)
                                     if ctx.tok_sentence[x] == sent):
            return None
        return _bounded(k + 1, first, second, rules)
    else:
        return None
    if not within(k):
        return None
    if texts[k] in rules.against and within(k + 1):
        second = _goals(texts[k + 1], rules, ("",))
        if second is None and rules.goals.get(texts[k + 1], 0) > 0:
            second = rules.goals[texts[k + 1]]
        return None if second is None else _bounded(k + 2, first, second, rules)
    if texts[k].startswith(rules.to):
        second = _goals(texts[k], rules, (rules.to,))
        return None if second is None else _bounded(k + 1, first, second, rules)
    if texts[k] in rules.clean or (within(k + 1) and texts[k + 1] in rules.clean and texts[k] in rules.without):
        return _bounded(k + 1 if texts[k] in rules.clean else k + 2, first, 0, rules)
    return None


def _bounded(end: int, a: int, b: int, rules: _Scores) -> tuple[int, int, int] | None:
    """The score unless a side's count is past any match's (a number of something else)."""
    return (end, a, b) if a <= rules.max_goals and b <= rules.max_goals else None


def _opponent(ctx: Context, start: int, sent: int, rules: _Scores, texts: "_Texts") -> list[str]:
    """The opponent's name: the words after the nearest opponent marker within ``reach`` tokens before the score."""
    for m in range(start - 1, max(-1, start - 1 - rules.reach), -1):
        if ctx.tok_sentence[m] != sent:
            return []
        if texts[m] not in rules.markers:
            continue
        return _name_after(ctx, m, start, rules, texts)[0]
    return []


def _name_after(ctx: Context, m: int, limit: int, rules: _Scores, texts: "_Texts") -> tuple[list[str], int]:
    """The name after the opponent marker at token ``m`` (before token ``limit``), and the token after it."""
    name: list[str] = []
    j = m + 1
    while j < limit and texts[j] in rules.markers:
        j += 1  # "أمام فريق ...", "أمام نظيره ..."
    while j < limit and len(name) < rules.name_words:
        t = texts[j]
        if t in rules.stops or t[:1].isdigit() or (ctx.g.starts_with_article(t) and t.endswith(rules.nisba)):
            break
        name.append(t)
        gap = ctx.nt[ctx.tokens[j].start + len(t):ctx.tokens[j + 1].start] if j + 1 < len(texts) else ""
        j += 1
        if any(ch in gap for ch in "،,.:("):
            break
    return name, j


MINUTE_PREFIX = "minute:"  # a goal's minute's value: "minute:<n>"


@dataclass(frozen=True)
class _Minutes:
    """facts.json ``goal_minute``, read once (normalised spellings)."""

    subject: str
    minute_words: frozenset[str]
    anchors: tuple[str, ...]  # normalised minute words: a text holding none has no goal minute
    max_minute: int
    goal_words: frozenset[str]
    goal_reach: int
    reach: int
    skip: frozenset[str]
    stops: frozenset[str]
    prefixes: tuple[str, ...]
    verbs: frozenset[str]  # the scoring verbs among the goal words: a name may follow one ("سجل رونالدو")
    event_words: frozenset[str]
    half_minutes: int
    half_words: frozenset[str]
    later_halves: frozenset[str]
    half_reach: int


@lru_cache(maxsize=8)
def _minute_rules(language: str) -> _Minutes | None:
    spec = load_lexicon(language, "facts").get("goal_minute")
    if not spec:
        return None

    words = partial(spec_words, spec)
    minute_words = words("minute_words")
    return _Minutes(str(spec["subject"]), minute_words, tuple(sorted(minute_words)), int(spec["max_minute"]),
                    words("goal_words"), int(spec["goal_reach"]), int(spec["reach"]), words("skip"), words("stops"),
                    tuple(normalise_text(w) for w in spec.get("prefixes", [])), words("verbs"), words("event_words"), int(spec["half_minutes"]), words("half_words"), words("later_halves"),
                    int(spec["half_reach"]))


def minute_facts(ctx: Context) -> list[Fact]:
    """The minute a goal was scored ("ألميدا في الدقيقة (29)"): a claim keyed by the scorer
    ("goal_minute:<scorer>"), whose value is "minute:<n>" (facts.json goal_minute)."""
    rules = _minute_rules(ctx.rules.language)
    if rules is None or not any(a in ctx.nt for a in rules.anchors):
        return []
    toks = ctx.tokens
    texts = _Texts(toks)
    n = len(texts)
    found: list[tuple[str, int, int, int]] = []  # (scorer, minute, first token, last token)
    for k in sorted(_tokens_at(ctx, rules.anchors)):
        if texts[k] not in rules.minute_words or k + 1 >= n or not texts[k + 1].isdigit():
            continue
        sent = ctx.tok_sentence[k]
        if ctx.tok_sentence[k + 1] != sent:
            continue
        minute = int(texts[k + 1])
        if not 0 < minute <= rules.max_minute:
            continue
        if minute <= rules.half_minutes and any(
                texts[j] in rules.half_words and j + 1 < n and texts[j + 1] in rules.later_halves
                for j in range(k + 2, min(n - 1, k + 2 + rules.half_reach)) if ctx.tok_sentence[j] == sent):
            continue  # a minute counted from the second half's (or extra time's) start
        if not any(texts[j] in rules.goal_words for j in range(max(0, k - rules.goal_reach), k)
                   if ctx.tok_sentence[j] == sent):
            continue  # no goal in the sentence before it
        scorer, at = "", -1
        for j in range(k - 1, max(-1, k - 1 - rules.reach), -1):
            t = texts[j]
            gap = ctx.nt[toks[j].start + len(t):toks[j + 1].start]
            if ctx.tok_sentence[j] != sent or any(ch in gap for ch in "،,.:") or t[:1].isdigit():
                break
            if t in rules.skip:
                continue
            if t not in rules.stops and not t.startswith(rules.prefixes):
                scorer, at = t, j
            break
        if not scorer or not _name_follows(ctx, at, sent, rules, texts):
            continue
        if any(texts[j] in rules.event_words for j in range(max(0, at - 3), k) if ctx.tok_sentence[j] == sent):
            continue  # a miss, a card, a substitution: no goal's minute
        if ctx.g.conjoined_definite(scorer):
            scorer = scorer[len(ctx.g.conjunction):]  # "والميدا"
        if ctx.g.starts_with_article(scorer):
            scorer = ctx.g.without_article(scorer)
        if len(scorer) < 3 or scorer in rules.skip or scorer in rules.goal_words:
            continue
        found.append((scorer, minute, k, k + 1))
    minutes: dict[str, set[int]] = {}
    for scorer, minute, _, _ in found:
        minutes.setdefault(scorer, set()).add(minute)
    facts: list[Fact] = []
    for scorer, minute, first, last in found:
        if len(minutes[scorer]) > 1:
            continue  # a brace: which goal another outlet's minute is, is unknown
        facts.append(make_fact(ctx, toks[first].start, toks[last].start + len(texts[last]), "claim",
                               f"{MINUTE_PREFIX}{minute}", f"{rules.subject}:{scorer}"))
    return facts


def _name_follows(ctx: Context, at: int, sent: int, rules: _Minutes, texts: "_Texts") -> bool:
    """Whether the word at ``at`` ends a name: another word of its clause before it that is no goal, order or match
    word ("إلتون الميدا"; not "هدف الهلال الثاني", the team), a scoring verb ("سجل رونالدو") excepted."""
    if at <= 0 or ctx.tok_sentence[at - 1] != sent:
        return False
    prev = texts[at - 1]
    gap = ctx.nt[ctx.tokens[at - 1].start + len(prev):ctx.tokens[at].start]
    if any(ch in gap for ch in "،,.:") or prev[:1].isdigit():
        return False
    return prev in rules.verbs or prev not in rules.skip and prev not in rules.goal_words


@dataclass(frozen=True)
class _Fixtures:
    """facts.json ``fixture_day``, read once (normalised spellings)."""

    subject: str
    match_words: frozenset[str]
    match_reach: int
    after_name: int
    before_marker: int
    then_words: frozenset[str]
    day_then_markers: frozenset[str]  # the markers a day may stand right before ("يوم الأحد أمام فريق العين")
    anchors: tuple[str, ...]  # normalised: an article holding none of these holds no match's day


@lru_cache(maxsize=8)
def _fixture_rules(language: str) -> _Fixtures | None:
    spec = load_lexicon(language, "facts").get("fixture_day")
    if not spec:
        return None
    return _Fixtures(str(spec["subject"]), normalised_set(spec["match_words"]), int(spec["match_reach"]),
                     int(spec["after_name"]), int(spec["before_marker"]), normalised_set(spec.get("then_words", [])),
                     normalised_set(spec.get("day_then_markers", [])),
                     tuple(sorted(normalised_set(spec.get("anchors", [])))))


_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d|weekday:\d(?::next|:past)?|rel:report:[+-]\d+d")


def fixture_days(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """The day of a match ("سيخوض الهلال اللقاء الودي الثالث أمام العين الإماراتي الأربعاء المقبل"): a day with
    no subject of its own, right after the opponent's name or right before the opponent marker, with a match word
    before it in its sentence, gets the subject "fixture_day:<the opponent's key>" (facts.json fixture_day)."""
    rules, scores = _fixture_rules(ctx.rules.language), _score_rules(ctx.rules.language)
    if rules is None or scores is None or not facts or (rules.anchors and not any(a in ctx.nt for a in rules.anchors)):
        return facts
    texts = _Texts(ctx.tokens)
    n = len(texts)
    out = []
    for f in facts:
        if f.subject or f.kind not in ("date", "time") or not _DAY_VALUE.fullmatch(f.normalised):
            out.append(f)
            continue
        key = _fixture_key(ctx, f, rules, scores, texts, n)
        out.append(replace(f, subject=f"{rules.subject}:{key}") if key else f)
    return out


def _fixture_key(ctx: Context, f: Fact, rules: _Fixtures, scores: _Scores, texts: "_Texts", n: int) -> str:
    """The opponent's key of the match whose day ``f`` is, "" when it is no match's day."""
    index = ctx.norm.index
    if not index or not ctx.norm.in_order:
        return ""
    s = bisect_left(index, f.start)
    e = bisect_left(index, f.end)
    first, last = ctx.token_at(s + 1) - 1, ctx.token_at(e) - 1  # the day's first and last tokens
    if first < 0 or last < first or last >= n:
        return ""
    sent = ctx.tok_sentence[first]
    if not any(in_words(texts[k], rules.match_words, ctx.g) and ctx.tok_sentence[k] == sent
               for k in range(max(0, first - rules.match_reach), first)):
        return ""

    def comma_before(k: int) -> bool:
        gap = ctx.nt[ctx.tokens[k - 1].start + len(texts[k - 1]):ctx.tokens[k].start]
        return any(ch in gap for ch in "،,.:")
    # the day right after the name: "أمام العين الإماراتي الأربعاء المقبل", "أمام فريق العين الإماراتي، وذلك يوم"
    for m in range(first - 1, max(-1, first - 1 - scores.reach), -1):
        if ctx.tok_sentence[m] != sent:
            break
        if texts[m] not in scores.markers:
            continue
        name, end = _name_after(ctx, m, first, scores, texts)
        if name and first - end <= rules.after_name and not any(
                comma_before(k) and texts[k] not in rules.then_words for k in range(end, first + 1)):
            return _team_key(name, scores)
        break
    # the day right before the marker: "يوم الأحد الموافق 2 أغسطس أمام فريق العين الإماراتي"
    for m in range(last + 1, min(n, last + 1 + rules.before_marker)):
        if ctx.tok_sentence[m] != sent or comma_before(m):
            break
        if texts[m] in rules.day_then_markers:
            name, _ = _name_after(ctx, m, min(n, m + 1 + scores.name_words + 2), scores, texts)
            return _team_key(name, scores) if name else ""
    return ""


def _team_key(name: list[str], rules: _Scores) -> str:
    """A club's key, as the match score's: the consonant skeleton of its name, a final letter dropped."""
    key = "".join(name).translate(rules.drop)
    if rules.final_drop and key.endswith(rules.final_drop):
        key = key[:-len(rules.final_drop)]
    return key if len(key) >= 3 else ""


@dataclass(frozen=True)
class _Sessions:
    """facts.json ``session_day``, read once (normalised spellings)."""

    subject: str
    close_verbs: frozenset[str]
    anchors: tuple[str, ...]
    level_words: frozenset[str]
    level_measure: str
    level_reach: int
    verb_reach: int
    not_after: frozenset[str]  # a day after one of these ends a span ("منذ 24 يونيو"): no session's day


@lru_cache(maxsize=8)
def _session_rules(language: str) -> _Sessions | None:
    spec = load_lexicon(language, "facts").get("session_day")
    if not spec:
        return None
    verbs = normalised_set(spec["close_verbs"])
    return _Sessions(str(spec["subject"]), verbs, tuple(sorted(verbs)), normalised_set(spec["level_words"]),
                     f"amount:{normalise_text(spec['level_unit'])}", int(spec["level_reach"]), int(spec["verb_reach"]),
                     normalised_set(spec.get("not_after", [])))


_PAST_DAY = re.compile(r"\d{4}-\d\d-\d\d|weekday:\d(?::past)?|rel:report:(?:-[12]|\+0)d")


def session_days(ctx: Context, dates: list[Fact], numbers: list[Fact]) -> list[Fact]:
    """The day of a market session ("أغلق مؤشر سوق الأسهم السعودية اليوم ... عند مستوى 9372.74 نقطة"): a day in a
    sentence whose one close names a level gets the subject "session_day:<the level's whole part>"; "اليوم"
    standing alone there is a day of its own (facts.json session_day)."""
    rules = _session_rules(ctx.rules.language)
    if rules is None or not any(f.measure == rules.level_measure for f in numbers) \
            or not any(v in ctx.nt for v in rules.anchors):
        return dates  # (most articles give no level in points: the text is not scanned for a close verb)
    index = ctx.norm.index
    if not index or not ctx.norm.in_order:
        return dates
    texts = _Texts(ctx.tokens)
    levels: dict[int, set[int]] = {}  # sentence -> the whole parts of the levels a close verb names in it
    for f in numbers:
        if f.measure != rules.level_measure:
            continue
        k = ctx.token_at(bisect_left(index, f.start) + 1) - 1
        if k < 0:
            continue
        sent = ctx.tok_sentence[k]
        before = [j for j in range(max(0, k - rules.verb_reach), k) if ctx.tok_sentence[j] == sent]
        if not any(texts[j] in rules.level_words for j in before[-rules.level_reach:]) \
                or not any(in_words(texts[j], rules.close_verbs, ctx.g) for j in before):
            continue
        try:
            levels.setdefault(sent, set()).add(int(float(f.normalised)))
        except ValueError:
            continue
    keyed = {sent: next(iter(v)) for sent, v in levels.items() if len(v) == 1}
    if not keyed:
        return dates
    out = []
    for f in dates:
        s = bisect_left(index, f.start)
        sent = ctx.sentence_of(s)
        if not f.subject and f.kind in ("date", "time") and sent in keyed and _PAST_DAY.fullmatch(f.normalised):
            first = ctx.token_at(s + 1) - 1
            last = ctx.token_at(bisect_left(index, f.end)) - 1
            if not (first > 0 and in_words(texts[first - 1], rules.not_after, ctx.g)) and not (
                    f.normalised.startswith("weekday:") and last + 1 < len(texts) and texts[last + 1][:1].isdigit()):
                f = replace(f, subject=f"{rules.subject}:{keyed[sent]}")
        out.append(f)
    out.extend(_session_today(ctx, keyed, dates, rules))
    return out


def _session_today(ctx: Context, keyed: dict[int, int], dates: list[Fact], rules: _Sessions) -> list[Fact]:
    """"اليوم" standing alone in a sentence of one close (read as event_day reads it): the article's own day."""
    day = _event_day_rules(ctx.rules.language)
    if day is None or not day.today or day.today not in ctx.nt:
        return []
    toks, out = ctx.tokens, []
    taken = [(f.start, f.end) for f in dates]
    for sent in keyed:
        ks = sentence_tokens(ctx, sent)
        for i in ks:
            if toks[i].text != day.today:
                continue
            if i > ks[0] and in_words(toks[i - 1].text, day.today_not_after, ctx.g):
                continue
            if i < ks[-1] and (ctx.g.starts_with_article(toks[i + 1].text) or toks[i + 1].text in day.today_not_before):
                continue
            s, e = toks[i].start, toks[i].start + len(toks[i].text)
            os_, oe = ctx.orig(s, e)
            if any(a < oe + 12 and b > os_ for a, b in taken):
                continue  # "اليوم الخميس": the weekday is read
            out.append(make_fact(ctx, s, e, "time", "rel:report:+0d", f"{rules.subject}:{keyed[sent]}"))
    return out


SECTOR_PREFIX = "sector:"  # a ranked sector's value: "sector:<the sector's key>"


@dataclass(frozen=True)
class _Ranks:
    """facts.json ``sector_rank``, read once (compared spellings: ``token_words``)."""

    subject: str
    followers: frozenset[str]
    anchors: tuple[str, ...]  # normalised followers: a text holding none of these ranks nothing
    respectively: tuple[str, ...]
    percent_words: frozenset[str]
    percent_anchors: tuple[str, ...]  # normalised percent words: a text holding none of these ranks nothing
    percent_reach: int
    leader_reach: int
    percent_tail: frozenset[str]
    sector_words: frozenset[str]
    lead_words: frozenset[str]  # a leading verb: a clause of the list before the leader's comma names its direction
    name_after: frozenset[str]  # words a sector's name may stand before ("قطاع التأمين قطاعات السوق المرتفعة")
    up: frozenset[str]
    down: frozenset[str]
    respectively_reach: int
    names: dict[tuple[str, ...], str]  # a sector's name (compared words) -> the sector's key
    longest: int


@lru_cache(maxsize=8)
def _rank_rules(language: str) -> _Ranks | None:
    spec = load_lexicon(language, "facts").get("sector_rank")
    if not spec:
        return None

    words = partial(_comparable_set, spec)
    names = {tuple(comparable_words(name)): key for key, spellings in spec["sectors"].items() if not key.startswith("_")
             for name in spellings}
    return _Ranks(str(spec["subject"]), words("followers"), tuple(sorted(normalised_set(spec["followers"]))),
                  tuple(comparable_words(spec["respectively"])), words("percent_words"),
                  tuple(sorted(normalised_set(spec["percent_words"]))),
                  int(spec["percent_reach"]), int(spec["leader_reach"]),
                  words("percent_tail") | {w for w in spec.get("percent_tail", []) if not comparable_words(w)},
                  words("sector_words"), words("lead_words"), words("name_after"), words("up_words"), words("down_words"), int(spec["respectively_reach"]),
                  names, max(map(len, names)))


class _LazyWords:
    """The compared words of each token (``token_words``), read on demand."""

    __slots__ = ("toks", "memo")

    def __init__(self, toks: Sequence[Any]) -> None:
        self.toks = toks
        self.memo: dict[int, tuple[str, ...]] = {}

    def __getitem__(self, k: int) -> tuple[str, ...]:
        w = self.memo.get(k)
        if w is None:
            w = self.memo[k] = token_words(self.toks[k].text)
        return w


class _LazyFlat:
    """A token's one compared word ("" when it has none or several), read on demand."""

    __slots__ = ("words",)

    def __init__(self, words: _LazyWords) -> None:
        self.words = words

    def __getitem__(self, k: int) -> str:
        w = self.words[k]
        return w[0] if len(w) == 1 else ""


def rank_facts(ctx: Context) -> list[Fact]:
    """The sector a market report ranks next after another ("وتصدر المرتفعة قطاع التأمين بنسبة 1.63
    في المائة، يليه "الفنادق والسياحة" بنسبة 0.97"): a claim per rank, subject
    "sector_rank:<up|down>:<the sector before it>:<that sector's figure>", value "sector:<key>" (facts.json sector_rank)."""
    rules = _rank_rules(ctx.rules.language)
    # (the percent word first: most texts hold none, and it is one scan against the followers' six)
    if rules is None or not any(p in ctx.nt for p in rules.percent_anchors) or not any(a in ctx.nt for a in rules.anchors):
        return []
    toks = ctx.tokens
    n = len(toks)
    # a follower word is common ("يليه" in any list): the words of a token are read only around one
    words = _LazyWords(toks)
    flat = _LazyFlat(words)

    def gap(k: int) -> str:  # the text between token k - 1 and token k
        return ctx.nt[toks[k - 1].start + len(toks[k - 1].text):toks[k].start] if k > 0 else ""

    def sector_at(k: int) -> tuple[str, int] | None:
        """(the sector's key, the token after its name) when a whole sector name starts at token ``k``."""
        if k >= n:
            return None
        for size in range(min(rules.longest, n - k), 0, -1):
            if not all(words[j] for j in range(k, k + size)):
                continue  # a figure is no word of a name ("قطاع الاستثمار الصناعي 4.43%")
            key = tuple(w for j in range(k, k + size) for w in words[j])
            if key in rules.names and all(ctx.tok_sentence[j] == ctx.tok_sentence[k] for j in range(k, k + size)):
                end = k + size
                quoted = any(q in gap(k) for q in "\"«“")
                if not quoted and not (k > 0 and flat[k - 1] in rules.sector_words):
                    return None  # a name neither after «قطاع» nor in quotes
                if end < n and not any(ch in gap(end) for ch in "،,.:\"»”") and not toks[end].text[:1].isdigit() \
                        and flat[end] not in rules.percent_words and flat[end] not in rules.followers \
                        and not ctx.g.starts_with_conjunction(toks[end].text) \
                        and not (flat[end] in rules.up or flat[end] in rules.down or flat[end] in rules.sector_words
                                 or flat[end] in rules.name_after):
                    return None  # a longer name: a company ("الأسمنت العربية")
                return rules.names[key], end
        return None

    def named_after(k: int) -> tuple[str, int] | None:
        """The sector named at token ``k`` («قطاع» before the name skipped)."""
        if k < n and flat[k] in rules.sector_words:
            k += 1
        return sector_at(k)

    facts: list[Fact] = []
    for f in sorted(_tokens_at(ctx, rules.anchors)):
        if flat[f] not in rules.followers:
            continue
        sent = ctx.tok_sentence[f]
        # the leader: a sector with its figure, only the percent's words between the figure and the follower
        k = f - 1
        while k >= 0 and ctx.tok_sentence[k] == sent and (flat[k] in rules.percent_tail
                                                              or not (words[k] or toks[k].text[:1].isdigit())):
            k -= 1
        if k < 1 or ctx.tok_sentence[k] != sent or flat[k - 1] not in rules.percent_words:
            continue
        try:
            figure = float(toks[k].text.rstrip("%"))
        except ValueError:
            continue
        leader = None
        for s in range(k - 2, max(-1, k - 2 - rules.leader_reach), -1):
            if ctx.tok_sentence[s] != sent or toks[s].text[:1].isdigit():
                break
            hit = sector_at(s)
            if hit is not None and 0 <= k - 1 - hit[1] < rules.percent_reach:
                leader = (s, hit[0])
                break
        if leader is None:
            continue
        start = leader[0]
        while start > 0 and ctx.tok_sentence[start - 1] == sent and not any(ch in gap(start) for ch in "،,.:") \
                and leader[0] - start < rules.leader_reach:
            start -= 1
        clause = {flat[j] for j in range(start, k)}
        up, down = not clause.isdisjoint(rules.up), not clause.isdisjoint(rules.down)
        if not up and not down and start > 0 and ctx.tok_sentence[start - 1] == sent:
            # "وتصدر قطاعات السوق المتراجعة أمس، قطاع الاتصالات ...": the list named by a leading verb in the clause
            # before the comma
            before = start - 1
            while before > 0 and ctx.tok_sentence[before - 1] == sent and not any(ch in gap(before) for ch in "،,.:") \
                    and start - before < rules.leader_reach:
                before -= 1
            head = {flat[j] for j in range(before, start)}
            if not head.isdisjoint(rules.lead_words):
                up, down = not head.isdisjoint(rules.up), not head.isdisjoint(rules.down)
        if up == down:
            continue  # no direction, or both: which list this is is unknown
        key = f"{rules.subject}:{'up' if up else 'down'}:{leader[1]}:{figure:g}"
        second = named_after(f + 1)
        if second is None or second[0] == leader[1]:
            continue
        after = second[1]
        if after < n and ctx.tok_sentence[after] == sent and ctx.g.starts_with_conjunction(toks[after].text):
            # "تلاه قطاع شركات الاستثمار المتعدد وقطاع الفنادق والسياحة بنسبة 0.98 و0.97% على التوالي": the first is
            # second; "تلاه X وY" with no "على التوالي" may be a tie
            rest = [w for j in range(after, min(n, after + rules.respectively_reach)) if ctx.tok_sentence[j] == sent
                    for w in words[j]]
            size = len(rules.respectively)
            if not any(tuple(rest[i:i + size]) == rules.respectively for i in range(len(rest))):
                continue
        last = toks[after - 1]
        facts.append(make_fact(ctx, toks[f + 1].start, last.start + len(last.text), "claim",
                               SECTOR_PREFIX + second[0], key))
    return facts
