"""Claims: the regular expressions of facts.json ("no group has claimed responsibility") as facts
with their as-of day, and when two claims agree.
"""
from __future__ import annotations

import re

from analysis.records import Fact
from analysis.facts.rules import fact_rules
from analysis.facts.context import Context, make_fact, sentence_tokens
from analysis.facts.scope import scope_of_sentence
from analysis.text.rxguard import required_literal


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
