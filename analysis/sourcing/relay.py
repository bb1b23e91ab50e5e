"""Attribution stage 3: the outlet a report was relayed through (``via``): "لوكالة رويترز",
"نقلت رويترز عن مسؤولين", a channel the words were said on, the agency that published a
statement or an interview.

Package-private, used by ``analysis.sourcing.attribution``.
"""
from __future__ import annotations

from typing import Any

from analysis.sourcing.cues import CueLexicon, VerbCue, head_of
from analysis.text.textnorm import normalise_text
from analysis.sourcing.tokens import _bare, _closing_quote, _is_word_in, _same_sentence, _Tok, _unclitic
from analysis.sourcing.cue import _Cue
from analysis.sourcing.phrase import _np_after


def _via_after(toks: list[_Tok], k: int, lex: CueLexicon, limit: int = 4) -> tuple[int, int] | None:
    """Outlet the source spoke to: 'لـ"رويترز"', 'لوكالة رويترز' within a few tokens of ``k``."""
    if k <= 0:
        return None
    end = min(len(toks), k + limit)
    m = k
    while m < end and toks[m].sent == toks[k - 1].sent:
        t = toks[m].text
        if lex.addressee_prefix and t == lex.addressee_prefix and m + 1 < len(toks) and toks[m + 1].text == '"':
            close = _closing_quote(toks, m + 1)
            return (m + 2, close) if close else None
        if lex.addressee_prefix and t.startswith(lex.addressee_prefix) and t[len(lex.addressee_prefix):] in lex.outlet_markers:
            if m + 1 < len(toks) and toks[m + 1].text == '"':
                close = _closing_quote(toks, m + 1)
                return (m + 2, close) if close else None
            k2 = m + 1
            if k2 < len(toks) and toks[k2].text == "(":
                k2 += 1  # لتلفزيون (بي إف إم)
            e2 = k2
            while e2 < len(toks) and e2 - k2 < 4 and toks[e2].word and not _ends_name(toks[e2].text, lex):
                e2 += 1
            return (k2, e2) if e2 > k2 else None
        if lex.addressee_prefix and t.startswith(lex.addressee_prefix) and t[len(lex.addressee_prefix):] in lex.agencies:
            return (m, m + 1)
        if lex.addressee_prefix and t.startswith(lex.addressee_prefix):
            for n in (2, 3):  # "لبي بي سي": an agency of several words
                if m + n <= len(toks) and all(toks[x].word and toks[x].sent == toks[m].sent for x in range(m, m + n)) \
                        and " ".join(toks[x].text for x in range(m, m + n))[len(lex.addressee_prefix):] in lex.agencies:
                    return (m, m + n)
        m += 1
    return _channel_after(toks, k, lex)


def _relay_before_words(toks: list[_Tok], i: int, start: int, lex: CueLexicon, cue_starts: set[int],
                        reach: int = 16) -> tuple[int, int] | None:
    """"وقال المصدر، الذي فضل عدم الكشف عن اسمه، لوكالة الأنباء الألمانية إن …", "وقال X منسق الوكالة
    الوطنية للإغاثة في شمال شرق البلاد لوكالة فرانس برس «…»": the outlet spoken to, after an aside on the
    speaker and before the words (the verb at ``i``, its subject ending at ``start``)."""
    pre = lex.addressee_prefix
    m = start
    aside = False  # inside a relative clause, or after a comma or a dash, on the speaker
    while pre and m < len(toks) and m - start < reach and _same_sentence(toks, i, m):
        t = toks[m].text
        if t in lex.complementizers or t == ":" or m in cue_starts:
            return None  # the words, or another report, begin first
        aside = aside or t in lex.relative_pronouns or t in lex.clause_commas or t in ("-", "–", "—")
        if t in lex.np_stop and not aside:
            return None  # "وأشارت المصادر إلى سقوط قتلى … لـ«الحرس الجمهوري»": the claim has begun
        if t == '"':
            if not (m > 0 and toks[m - 1].text == pre):
                return None
        elif t.startswith(pre) and (t == pre or t[len(pre):] in lex.outlet_markers or t[len(pre):] in lex.agencies):
            return _via_after(toks, m, lex, limit=1) if t != pre else _via_after(toks, m, lex, limit=2)
        m += 1
    return None


def _ends_name(token: str, lex: CueLexicon) -> bool:
    """"لوكالة الأنباء الألمانية إن …": the outlet's name ends where the clause or the words begin."""
    return token in lex.complementizers or token in lex.np_stop or token in lex.np_first_stop  # "… الفرنسية في وقت"


def _channel_after(toks: list[_Tok], k: int, lex: CueLexicon) -> tuple[int, int] | None:
    """'… خلال مداخلة هاتفية على فضائية "التحرير"': the channel the words were said on, later in the clause."""
    m = k
    while m + 1 < len(toks) and m - k < lex.channel_window and toks[m].sent == toks[k - 1].sent:
        if toks[m].text in lex.complementizers or toks[m].text == ":":
            return None  # the words themselves begin: a channel after them is part of the claim
        if toks[m].text in lex.channel_preps and toks[m + 1].text in lex.channel_markers:
            k2 = m + 2
            if k2 < len(toks) and toks[k2].text == '"':
                close = _closing_quote(toks, k2)
                return (k2 + 1, close) if close else None
            e2 = k2
            while e2 < len(toks) and e2 - k2 < 3 and toks[e2].word and not _ends_name(toks[e2].text, lex):
                e2 += 1
            return (k2, e2) if e2 > k2 else None
        if toks[m].text in lex.channel_preps:
            # "في مقابلة مع رويترز", "في حديث عبر بي بي سي": an agency named after the preposition
            for n in (3, 2, 1):
                e2 = m + 1 + n
                if e2 <= len(toks) and all(toks[x].word and toks[x].sent == toks[m].sent for x in range(m + 1, e2)) \
                        and " ".join(toks[x].text for x in range(m + 1, e2)) in lex.agencies:
                    return (m + 1, e2)
        m += 1
    return None


def _outlet_name(toks: list[_Tok], span: tuple[int, int], lex: CueLexicon) -> str:
    words = [toks[k].text for k in range(*span) if toks[k].word]
    while words and _bare(words[0], lex) in lex.outlet_markers:
        words = words[1:]
    name = " ".join(words)
    if name.startswith(lex.addressee_prefix) and name[len(lex.addressee_prefix):] in lex.agencies:
        name = name[len(lex.addressee_prefix):]
    return name


def _is_relay(name: str, marked: bool, outlet: str, lex: CueLexicon) -> bool:
    """A named outlet other than the article's own is a relay ("via")."""
    if not name or _own_outlet(name, outlet, lex):
        return False  # 'تحدثوا لـ"عربي بوست"' in an Arabi Post article: the outlet itself
    head = head_of(name.split()[0], lex)
    if head is not None and not (head.cls == "vague" and (head.inanimate or head.lemma in lex.media_lemmas)) \
            and not any(name == a or name.startswith(a + " ") for a in lex.agencies):
        # "كلمة لوزير الإسكان، أوضح فيها", "نقلا عن شهود": a minister, witnesses are no outlet
        # ("وكالة الأنباء الألمانية": news and the press are)
        return False
    return marked or any(name == a or name.startswith(a + " ") for a in lex.agencies)


def _own_outlet(name: str, outlet: str, lex: CueLexicon) -> bool:
    """``name`` is the article's own outlet, under its corpus id or one of its other names."""
    return any(name in own or own.split(" (")[0] in name
               for own in ((outlet, *lex.outlet_aliases.get(outlet, ())) if outlet else ()))


def _names_outlet(toks: list[_Tok], span: tuple[int, int], lex: CueLexicon, outlet: str) -> bool:
    """The phrase names a news outlet other than the article's own (an agency, or "وكالة/قناة …")."""
    marked = bool(toks[span[0]].word) and _bare(toks[span[0]].text, lex) in lex.outlet_markers
    return _is_relay(_outlet_name(toks, span, lex), marked, outlet, lex)


def _interview_via(toks: list[_Tok], np: tuple[int, int], lex: CueLexicon) -> tuple[int, int] | None:
    """"نشرت وكالة سمارت للأنباء ... مقابلة مع أحد ...": the outlet that published the interview."""
    s = np[0]
    if s < 2 or not lex.interview_nouns or toks[s - 1].text != lex.interview_marker \
            or not _is_word_in(toks[s - 2].text, lex.interview_nouns, lex):
        return None
    m = s - 3
    while m >= 0 and toks[m].sent == toks[s].sent:
        if toks[m].word and (_bare(toks[m].text, lex) in lex.outlet_markers
                             or _bare(_unclitic(toks[m].text, lex), lex) in lex.outlet_markers):
            e = m + 2  # the marker and the first word of the name
            while e < s and e - m < 5 and toks[e].word and toks[e].text.startswith(lex.definite_prefixes):
                e += 1  # "وكالة سمارت للأنباء", "وكالة الأنباء الرسمية"
            return (m, min(e, s))
        m -= 1
    return None


def _published_via(toks: list[_Tok], k: int, lex: CueLexicon) -> tuple[int, int] | None:
    """"قالت في بيان نشرته وكالة الأنباء اليمنية": the outlet that published the statement."""
    if not lex.publish_verbs:
        return None
    for m in range(k, min(len(toks), k + 4)):
        if not _same_sentence(toks, k, m) or toks[m].text in lex.complementizers:
            return None
        if toks[m].text in lex.publish_verbs and m > k and _is_word_in(toks[m - 1].text, lex.speech_nouns, lex):
            o = m + 1
            if o < len(toks) and _same_sentence(toks, m, o) and _bare(toks[o].text, lex) in lex.outlet_markers:
                e = o + 1
                while e < len(toks) and _same_sentence(toks, o, e) and e - o < 5 and toks[e].word \
                        and (e == o + 1 or toks[e].text.startswith(lex.definite_prefixes)):
                    e += 1  # "وكالة الأنباء اليمنية الحكومية"
                return (o, e)
            return None
    return None


def _marked(toks: list[_Tok], span: tuple[int, int], lex: CueLexicon) -> bool:
    prev = toks[span[0] - 1].text if span[0] > 0 else ""
    if prev == '"' and span[0] >= 2:
        prev = toks[span[0] - 2].text
    if prev in lex.outlet_markers:  # "على فضائية "التحرير"": the marker word itself, after a channel preposition
        return True
    return prev[len(lex.addressee_prefix):] in lex.outlet_markers if prev.startswith(lex.addressee_prefix) else False


def _split_relay(toks, c: _Cue, after, verb: VerbCue, lex: CueLexicon, cue_starts, consumed):
    """Separate relaying outlet and source: "نقلت رويترز عن مسؤولين", "أفادت وكالة ... نقلا عن مصدر"."""
    end = after[1] if after is not None else c.j
    skip = end
    while skip < len(toks) and skip - end < 3 and toks[skip].sent == toks[c.i].sent \
            and (toks[skip].text in lex.time_words or (skip > end and toks[skip].text in lex.relay_time_tails)):
        skip += 1  # "كشفت صحيفة … أمس الأول نقلاً عن مصادر": a time phrase before the relay
    if skip > end and skip in cue_starts and after is not None:
        end = skip
    nxt = toks[end].text if end < len(toks) and toks[end].sent == toks[c.i].sent else ""
    nxt2 = toks[end + 1].text if end + 1 < len(toks) and toks[end + 1].sent == toks[c.i].sent else ""
    marker_at = -1
    role = ""
    if verb.source_marker and nxt == verb.source_marker:
        marker_at, role = end + 1, verb.marker_role
    elif end in cue_starts and lex.relay_from and nxt2 == lex.relay_from \
            and any(toks[end].text.endswith(p) for p in lex.relay_participles) \
            and (after is None or _names_outlet(toks, after, lex, "") or _the_paper(toks, after, lex)):
        # (only an outlet relays: "ذكرت المنظمات الإنسانية نقلا عن شهود" is two reports; "وأضافت الصحيفة نقلا عن
        # مصادر حكومية أن" is the paper named before relaying its sources)
        marker_at, role = end + 2, "via"
        consumed.add(end)
    elif verb.source_marker:
        # علمت "الجريدة"، من مصادرها: the marker may sit behind a quoted name and a comma
        for k in range(end, min(len(toks), end + 6)):
            if toks[k].sent != toks[c.i].sent:
                break
            if toks[k].text in lex.complementizers:
                break
            if toks[k].text == verb.source_marker:
                marker_at, role = k + 1, verb.marker_role
                break
    if marker_at < 0:
        return after, None
    source = _np_after(toks, marker_at, lex, cue_starts, verb=False)
    if source is None and marker_at + 2 < len(toks) and not toks[marker_at].word and toks[marker_at + 1].word \
            and not toks[marker_at + 2].word and _closing_quote(toks, marker_at) == marker_at + 2 \
            and (h := head_of(toks[marker_at + 1].text, lex)) is not None and h.cls != "named_titles":
        # 'ونقلت وكالات الأنباء عن «مسؤول» في تنظيم داعش': one source word in quotes is the source
        source = (marker_at + 1, marker_at + 2)
    if source is None:
        return after, None
    if role == "via" and after is not None and _people(toks, after, lex):
        return source, None  # "ونقل نشطاء عن مصادر موثوقة": people passing it on are no outlet, no relay
    return source, (after if role == "via" else None)


def _the_paper(toks: list[_Tok], span: tuple[int, int], lex: CueLexicon) -> bool:
    """The phrase is one outlet word with the article ("الصحيفة", "الوكالة"): the outlet named before."""
    return span[1] - span[0] == 1 and toks[span[0]].text.startswith(lex.definite_prefixes) \
        and _bare(toks[span[0]].text, lex) in lex.outlet_markers


def _people(toks, span: tuple[int, int], lex: CueLexicon) -> bool:
    """The phrase is headed by a person noun of no outlet (نشطاء، ناشطون، شهود): people, not a medium."""
    first = next((toks[k].text for k in range(*span) if toks[k].word and toks[k].text not in lex.head_skip), "")
    head = head_of(first, lex) if first else None
    return head is not None and head.cls in ("anonymous", "anonymous_if_indefinite", "vague") and not head.inanimate \
        and head.lemma not in lex.media_lemmas and not head.adjectival


def _strip_outlet(s: str, lex: CueLexicon) -> str:
    """'وكالة “رويترز”' -> 'رويترز': keep the outlet's name only."""
    words = s.replace("“", " ").replace("”", " ").replace('"', " ").replace("«", " ").replace("»", " ").split()
    while words and _bare(normalise_text(words[0]), lex) in lex.outlet_markers:
        words = words[1:]
    joined = normalise_text(" ".join(words))
    if words and joined.startswith(lex.addressee_prefix) and \
            (normalise_text(words[0])[len(lex.addressee_prefix):] in lex.agencies or joined[len(lex.addressee_prefix):] in lex.agencies):
        words[0] = words[0][len(lex.addressee_prefix):]  # "لرويترز", "لبي بي سي"
    return " ".join(words).strip("،,. ")


def _fronted_statement_via(toks: list[_Tok], i: int, lex: CueLexicon, reach: int = 8) -> tuple[int, int] | None:
    """"وفي تصريح له لجلوبال كابيتال أوضح", "وفي مقابلة مع بي.بي.سي قال": a statement made to another
    outlet, fronted before the verb at ``i``: the outlet's words (up to the verb)."""
    nouns = lex.speech_nouns | lex.interview_nouns  # (once, not once per word tried)
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        if toks[k].sent != toks[i].sent:
            return None
        if not toks[k].word:
            continue
        if _is_word_in(toks[k].text, nouns, lex):
            m = k + 1
            while m < i and toks[m].text in lex.prep_pronoun_objects:
                m += 1  # "في تصريح له"
            if m < i and toks[m].text == lex.interview_marker:
                m += 1  # "مقابلة مع"
            elif not (m < i and toks[m].text.startswith(lex.addressee_prefix) and len(toks[m].text) > len(lex.addressee_prefix) + 2):
                return None
            e = i
            while e > m and not toks[e - 1].word:
                e -= 1
            return (m, e) if e > m else None
    return None


def _closing_interview_via(toks: list[_Tok], mentions: list[Any], lex: CueLexicon, outlet: str) -> None:
    """"جاء ذلك في حوار مع الإعلامي … في مجلة «اليمامة»": a sentence that opens with a closing verb and a
    demonstrative and names an interview and an outlet (its marker and name) gives that outlet as the relay
    of every earlier mention of the last speaker before it that has none (``mentions`` are updated)."""
    if not lex.closing_verbs or not mentions:
        return
    for i, t in enumerate(toks):
        if t.text not in lex.closing_verbs or i + 2 >= len(toks) or not _same_sentence(toks, i, i + 2) \
                or toks[i + 1].text not in lex.demonstratives \
                or (i > 0 and _same_sentence(toks, i - 1, i) and toks[i - 1].word):
            continue
        k, interview, via = i + 2, False, None
        while k < len(toks) and _same_sentence(toks, i, k) and k - i < 16:
            w = toks[k].text
            interview = interview or _is_word_in(w, lex.interview_nouns, lex)
            if interview and toks[k].word and (_bare(w, lex) in lex.outlet_markers
                                               or _bare(_unclitic(w, lex), lex) in lex.outlet_markers):
                e = k + 1
                if e < len(toks) and toks[e].text == '"':
                    close = _closing_quote(toks, e)
                    e = close + 1 if close is not None else e
                else:
                    while e < len(toks) and _same_sentence(toks, k, e) and toks[e].word and e - k <= 3 \
                            and toks[e].text not in lex.np_stop:
                        e += 1
                name = " ".join(toks[m].text for m in range(k + 1, e) if toks[m].word)
                if name and _is_relay(name, True, outlet, lex):
                    via = (k, e)
                break
            k += 1
        if via is None:
            continue
        before = [m for m in mentions if m.cue.i < i]
        if not before:
            continue
        sid = before[-1].source_id
        for m in before:
            if m.source_id == sid and m.via is None:
                m.via = via
