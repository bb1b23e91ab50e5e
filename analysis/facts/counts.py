"""Counts in the text: each number with the noun it counts, its modifiers ("more than", "about"),
qualifiers, holder and year; one-person casualties ("مقتل طفل").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import compress, count
from operator import itemgetter

from analysis.facts.dates import DateMatch
from analysis.facts.numbers import NumberMatch
from analysis.facts.rules import FactRules, Noun, in_words, lookup_noun, noun_cache, stem_word
from analysis.facts.context import Context
from analysis.text.grammar import Grammar
from analysis.text.memo import Memo


_text = itemgetter(0)  # Token.text


@dataclass
class Count:
    num: NumberMatch
    start: int
    end: int
    low: float
    high: float
    noun: Noun | None
    qualifier: str = ""
    person: str = ""  # "مقتل طفل": the one person counted (its stem), when the noun itself is the count
    zero: str = ""  # "دون سقوط ضحايا": none counted, of this measure (the count is 0)


def _noun_here(ctx: Context, hit: tuple[Noun, bool] | None) -> tuple[Noun, bool] | None:
    """``hit`` (a noun found in the text), unless the noun needs a word the text lacks ("طائرات" are
    drones only in an article that speaks of drones: see ``Noun.markers``)."""
    if hit is None or not hit[0].markers:
        return hit
    markers = hit[0].markers
    marked = ctx._marked.get(markers)
    if marked is None:
        marked = ctx._marked[markers] = any(in_words(t.text, markers, ctx.g) for t in ctx.tokens)
    return hit if marked else None


def find_counts(ctx: Context, numbers: list[NumberMatch], taken: list[tuple[int, int]]) -> list[Count]:
    rules, toks = ctx.rules, ctx.tokens
    out: list[Count] = []
    used_noun_tokens: set[int] = set()
    for nm in numbers:
        if nm.kind == "ordinal" or any(not (nm.end <= a or nm.start >= b) for a, b in taken):
            continue
        noun, end, k = None, nm.end, nm.token_end + 1
        # number then noun: "ثلاث طائرات", "العشرات من مقاعدها"
        for look in (k, k + 1):
            if look < len(toks) and (look == k or toks[k].text == ctx.g.partitive):
                w = toks[look].text
                if ctx.g.conjoined_definite(w):
                    break  # "إلى 1051 والوفيات إلى 464": "and the deaths" begins the next count
                hit = _noun_here(ctx, lookup_noun(w, rules))
                if hit and look == k and ctx.g.starts_with_conjunction(w) \
                        and lookup_noun(w[len(ctx.g.conjunction):], rules) == hit:
                    break  # "استشهاد ثلاثة وإصابة سبعة": "and a wounding" heads the next count, it counts no "three"
                if hit and not ctx.clause_break_between(nm.end, toks[look].start):
                    noun, end = hit[0], toks[look].end
                    used_noun_tokens.add(look)
                    # "طائرات مسيرة": swallow the rest of a multi-word noun
                    while look + 1 < len(toks):
                        nxt = lookup_noun(toks[look + 1].text, rules)
                        if not nxt or nxt[0].subject != noun.subject or ctx.nt[end:toks[look + 1].start].strip():
                            break
                        look += 1
                        end = toks[look].end
                        used_noun_tokens.add(look)
                    break
        start = nm.start
        # definite number after its noun: "المسيرات الثلاث", "طائرتين من الثلاث"
        if noun is None and nm.definite:
            for back in (nm.token_start - 1, nm.token_start - 2):
                if back >= 0 and not ctx.clause_break_between(toks[back].end, nm.start):
                    hit = _noun_here(ctx, lookup_noun(toks[back].text, rules))
                    if hit:
                        noun = hit[0]
                        if back == nm.token_start - 1:
                            start = toks[back].start
                        break
        # "اثنتين منها": the antecedent is the last counted noun in the sentence
        if noun is None and k < len(toks) and toks[k].text in ctx.g.part_pronouns:
            sent = ctx.tok_sentence[nm.token_start]
            for back in range(nm.token_start - 1, max(-1, nm.token_start - 11), -1):
                if ctx.tok_sentence[back] != sent:
                    break
                hit = _noun_here(ctx, lookup_noun(toks[back].text, rules))
                if hit:
                    noun = hit[0]
                    break
        out.append(Count(nm, start, end, nm.low, nm.high, noun))

    # dual nouns carry "2" themselves ("الطائرتين", "مسؤولان"); bare "قتيلا" is one
    num_tokens = {i for c in out for i in range(c.num.token_start, c.num.token_end + 1)}
    # a number right next to the noun with no noun of its own is the same count ("طائرتين اثنتين")
    bare_numbers = {i for c in out if c.noun is None for i in range(c.num.token_start, c.num.token_end + 1)}
    nouns = noun_cache(rules)
    # Only a dual noun or an implicit "one" can be such a count: every token is tested by one C-level
    # look-up in a memo shared by all articles (each word looked up once in the process), and the
    # loop visits the tokens holding one of those words alone, in order (it used to visit all ~400
    # tokens of an article).
    for i in compress(count(), map(_counting_words(rules).__getitem__, map(_text, toks))):
        tok = toks[i]
        if i in used_noun_tokens or i in num_tokens or (i - 1) in bare_numbers or (i + 1) in bare_numbers:
            continue
        try:
            hit = nouns[tok.text]
        except KeyError:  # the cache was full and emptied meanwhile
            hit = lookup_noun(tok.text, rules)
        hit = _noun_here(ctx, hit)
        if hit and hit[1]:
            noun, value = hit[0], 2.0
        elif tok.text in rules.implicit_one:
            noun, value = rules.implicit_one[tok.text], 1.0
        else:
            continue
        if any(not (tok.end <= a or tok.start >= b) for a, b in taken):
            continue
        end = tok.end
        fake = NumberMatch(tok.start, tok.end, value, value, "cardinal", ctx.g.starts_with_article(tok.text), False, i, i)
        out.append(Count(fake, tok.start, end, value, value, noun))
    out.extend(_single_persons(ctx, taken, num_tokens | used_noun_tokens))
    out.extend(_none_counted(ctx, taken))
    out.sort(key=lambda c: c.start)
    for c in out:
        # what a bare or generic count measures is decided by its scope (scope._scope_count), not here
        _apply_modifier(ctx, c)
    prev: Count | None = None
    for c in out:
        c.qualifier = _qualifier(ctx, c)
        # "73 مقعدا من أصل 329": the total counts the same thing as the count before it
        if c.noun is None and c.qualifier == "total" and prev is not None and prev.noun is not None \
                and ctx.sentence_of(prev.start) == ctx.sentence_of(c.start):
            c.noun = prev.noun
        prev = c
    return out


# per FactRules (kept in the entry so its id cannot be reused): word -> whether it is a dual noun
# or an implicit "one" (a count by itself)
_COUNTING: dict[int, tuple[FactRules, Memo[str, bool]]] = {}


def _counting_words(rules: FactRules) -> Memo[str, bool]:
    entry = _COUNTING.get(id(rules))
    if entry is None or entry[0] is not rules:
        # a dual noun is found by lookup_noun as the word or the word without a prefix and/or a
        # suffix: a piece of the word.  A word holding no dual noun is none (one C-level search;
        # news vocabulary keeps growing, ~60 new words an article, each tested once)
        duals = re.compile("|".join(map(re.escape, sorted(rules.dual)))) if rules.dual else None

        def counts_itself(w: str) -> bool:
            if w in rules.implicit_one:
                return True
            if duals is None or duals.search(w) is None:
                return False
            hit = lookup_noun(w, rules)
            return bool(hit and hit[1])
        if len(_COUNTING) >= 64:
            _COUNTING.clear()
        # (every token of every article is looked up: 2,000 archive articles hold ~87,000 distinct words, past
        # the default 65,536, and a memo emptied that often missed on nearly every word, pass after pass)
        entry = _COUNTING[id(rules)] = (rules, Memo(counts_itself, limit=1 << 17))
    return entry[1]


def counting_word(rules: FactRules, w: str) -> bool:
    """Whether ``w`` counts itself (a dual noun, an implicit "one"), by the memo the count finder uses."""
    return _counting_words(rules)[w]


def _none_counted(ctx: Context, taken: list[tuple[int, int]]) -> list[Count]:
    """"دون سقوط ضحايا", "من دون أن يسجل في الحال سقوط ضحايا", "لم يسفر عن وقوع إصابات": a casualty noun
    after a negation, with only the words of such a phrase between (scope.json, no_casualties), counts none of
    its measure: 0 killed, 0 injured (a first report; the toll given later is its update).  A word of harm
    ("ولم تخلف تلك الأمطار أي مكروه") counts none of every casualty kind; a result verb may have its subject
    between it and the noun; a noun of loss counts people only before a mark of people ("خسائر بشرية");
    never before a word that narrows it ("إصابات تذكر", "بين صفوف العاملين")."""
    sc, toks = ctx.scope, ctx.tokens
    if sc is None or not sc.none_nouns:
        return []
    out = []
    n = len(toks)
    for i in compress(count(), map(sc.none_nouns.__contains__, map(_text, toks))):
        w = toks[i].text
        if w in sc.none_human and (i + 1 >= n or toks[i + 1].text not in sc.none_human_marks
                                   or ctx.clause_break_between(toks[i].end, toks[i + 1].start)):
            continue
        after = i + 2 if w in sc.none_human else i + 1
        if after < n and toks[after].text in sc.none_not_after \
                and not ctx.clause_break_between(toks[after - 1].end, toks[after].start):
            continue
        j = i - 1
        subject = True  # one subject may stand between a result verb and the fillers
        while j >= 0 and i - j <= sc.none_reach + sc.none_subject:
            if ctx.clause_break_between(toks[j].end, toks[j + 1].start):
                j = -1
                break
            t = toks[j].text
            if t in sc.none_negators:
                break
            if t in sc.none_fillers or t in sc.none_verbs:
                j -= 1
                continue
            # "لم تخلف تلك الأمطار أي مكروه": up to none_subject words, right after a result verb
            verb = next((k for k in range(j - 1, max(-1, j - sc.none_subject - 1), -1)
                         if toks[k].text in sc.none_verbs), None) if subject else None
            if verb is None or any(ctx.clause_break_between(toks[k].end, toks[k + 1].start) for k in range(verb, j)):
                j = -1
                break
            subject = False
            j = verb - 1
        if j < 0 or i - j > sc.none_reach + (0 if subject else sc.none_subject) or toks[j].text not in sc.none_negators:
            continue
        if any(not (toks[i].end <= a or toks[j].start >= b) for a, b in taken):
            continue
        end = toks[i + 1].end if w in sc.none_human else toks[i].end
        for measure in sc.none_nouns[w]:
            zero = NumberMatch(toks[j].start, end, 0.0, 0.0, "cardinal", False, False, i, i)
            out.append(Count(zero, toks[j].start, end, 0.0, 0.0, None, zero=measure))
    return out


def _single_persons(ctx: Context, taken: list[tuple[int, int]], used: set[int]) -> list[Count]:
    """"مقتل طفل فلسطيني", "استشهاد شاب", "إصابة شرطي": a casualty word right before an indefinite
    singular person noun counts one person of that kind (the noun is its holder).  Not "طفل آخر"
    (one more, not one in all), not a definite "الطفل" (a person named elsewhere, not a count)."""
    sc, toks = ctx.scope, ctx.tokens
    if sc is None or not sc.single_persons:
        return []
    out = []
    # the tokens that are a person noun, picked out at C level (a few an article, of ~400)
    persons = sc.single_persons | sc.dual_persons.keys()
    for i in compress(count(), map(persons.__contains__, map(_text, toks))):
        if i == 0:
            continue
        tok = toks[i]
        single = tok.text in sc.single_persons
        if i in used or (i - 1) in used:
            continue
        # "بحثها عن شخصين جرفهما السيل": a dual the verb after it takes as its object (its dual pronoun)
        after = not single and i + 1 < len(toks) and toks[i + 1].text in sc.dual_objects \
            and not ctx.clause_break_between(tok.end, toks[i + 1].start)
        if not after and not ctx.lk.single_triggers[toks[i - 1].text] \
                and (single or not ctx.lk.dual_verb_triggers[toks[i - 1].text]):
            continue
        if not after and ctx.clause_break_between(toks[i - 1].end, tok.start):
            continue
        if i + 1 < len(toks) and toks[i + 1].text in sc.another and not ctx.clause_break_between(tok.end, toks[i + 1].start):
            continue
        if any(not (tok.end <= a or tok.start >= b) for a, b in taken):
            continue
        n = 1.0 if single else 2.0
        person = stem_word(tok.text, sc) if single else sc.dual_persons[tok.text]
        one = NumberMatch(tok.start, tok.end, n, n, "cardinal", False, False, i, i)
        out.append(Count(one, tok.start, tok.end, n, n, None, person=person))
    return out


# a figure written with one or two decimals ("13.2", "2.75"); three may be a thousands separator ("66.000")
_DECIMALS = re.compile(r"(\d+)[.\u066b](\d{1,2})(?!\d)")


def _apply_modifier(ctx: Context, c: Count) -> None:
    """"أكثر من 30" → 31 and up, "نحو 3700" → 3700 ± 10 %, "واحدة على الأقل" → 1 and up."""
    if c.low != c.high:
        return
    before = ctx.nt[max(0, c.start - 20): c.start].rstrip(' ("«')  # "لأكثر من (1300)"
    after = ctx.nt[c.end: c.end + 20].lstrip(' )"»')
    x = c.low
    for phrase, kind in ctx.rules.modifiers:
        if before.endswith(phrase) and _word_starts(before, len(before) - len(phrase), ctx.g):
            new_start = c.start - (len(ctx.nt[max(0, c.start - 20): c.start]) - len(before)) - len(phrase)
        elif kind == "at_least" and after.startswith(phrase):
            new_start = c.start
        else:
            continue
        step = 1 if float(x).is_integer() else 0
        # "نحو 13.2": as precise as its last written decimal, when that is narrower than the tolerance
        slack = x * ctx.rules.about_tolerance
        written = _DECIMALS.search(ctx.nt, c.num.start, c.num.end) if c.num.digits else None
        if written and float(f"{written[1]}.{written[2]}") > 0:  # (x is scaled: "13.2 مليار" is 1.32e10)
            last = 10.0 ** -len(written[2]) * x / float(f"{written[1]}.{written[2]}")
            slack = min(slack, ctx.rules.about_last_digits * last)
        c.low, c.high = {
            "more_than": (x + step, float("inf")), "at_least": (x, float("inf")),
            "less_than": (0.0, x - step), "at_most": (0.0, x),
            "about": (x - slack, x + slack),
        }[kind]
        c.start = min(c.start, new_start)
        return


def _word_starts(text: str, i: int, g: Grammar) -> bool:
    """``text[i:]`` starts a word, possibly after a clitic "و"/"ف"/"ب" (ونحو 3700, بأكثر من 400)."""
    if i <= 0 or not text[i - 1].isalnum():
        return True
    if text[i - 1] in g.proclitics and (i == 1 or not text[i - 2].isalnum()):
        return True
    return i >= 2 and text[i - 2:i] in g.proclitic_pairs and (i == 2 or not text[i - 3].isalnum())


def _qualifier(ctx: Context, c: Count) -> str:
    rules, toks = ctx.rules, ctx.tokens
    i = c.num.token_start
    if c.start < c.num.start:  # noun before the number: look before the noun
        i = ctx.token_at(c.start)
    before = ctx.nt[max(0, c.start - 12): c.start].rstrip()
    for phrase in rules.total_phrases:  # "من أصل 329"
        if before.endswith(phrase):
            return "total"
    if i > 0 and toks[i - 1].text == ctx.g.partitive and c.num.definite:  # "من الثلاث"
        return "total"
    seen = 0
    for back in range(i - 1, -1, -1):
        tok = toks[back]
        if ctx.clause_break_between(tok.end, toks[back + 1].start if back + 1 < len(toks) else c.start):
            break
        if len(tok.text) < 2:
            continue
        seen += 1
        if seen > rules.qualifier_window:
            break
        for w in ctx.g.strip_conj(tok.text):
            if w in rules.qualifiers:
                if back + 1 < len(toks) and toks[back + 1].text in rules.qualifier_questions:
                    break  # "تحديد ما إذا": determine whether, not identified
                return rules.qualifiers[w]
    return ""


def count_holder(ctx: Context, c: Count) -> str:
    if c.noun is None or not c.noun.holder_types:
        return ""
    sent = ctx.sentence_of(c.start)
    best = None
    for em in ctx.entities:
        if em.end > c.start:
            break
        if em.entity.type in c.noun.holder_types and ctx.sentence_of(em.start) == sent:
            best = em
    if best is None:
        return ""
    # another party named in between (even one we do not know) owns the count
    for tok in ctx.tokens[ctx.token_at(best.end): ctx.token_at(c.start)]:
        word = ctx.g.without_article(tok.text)
        if in_words(tok.text, ctx.rules.party_nouns, ctx.g) or word in ctx.rules.party_nouns:
            return ""
    return best.entity.id


def count_year(ctx: Context, c: Count, counts: list[Count], years: list[DateMatch]) -> str:
    """Year context of a year-scoped count (see module docstring)."""
    sent = ctx.sentence_of(c.start)
    stops = [o.start for o in counts if o.start > c.start and o.noun is c.noun and o.qualifier != "total"
             and ctx.sentence_of(o.start) == sent]
    limit = min(stops) if stops else None
    for d in years:
        if d.start > c.end and ctx.sentence_of(d.start) == sent and (limit is None or d.start < limit):
            return d.normalised[:4]
        if d.start > c.end and ctx.sentence_of(d.start) != sent:
            break
    for d in reversed(years):
        if d.end <= c.start and ctx.sentence_of(d.start) == sent and not ctx.clause_break_between(d.end, c.start):
            return d.normalised[:4]
    # no year in the text: the count belongs to the story's own event, whose year only
    # alignment knows (an article published in 2022 still reports the 2021 results)
    return ""
