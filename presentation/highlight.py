"""Article text → escaped HTML with attribution highlights and fact underlines.

Pure (no streamlit): the dashboard, the HTML export and the tests all use it.
Article text is untrusted, so every piece of it, and every tooltip built from
it, goes through ``html.escape`` before it touches markup; the only markup in
the output is the fixed set of tags built here.

Overlapping spans (a fact inside an attribution, a focus sentence around both)
are nested properly: when a span crosses another's boundary it is closed and
reopened, so each element's text is exactly the characters it covers.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from presentation.labels import subject_label, value_label
from analysis.records import Attribution, Fact
from analysis.sourcing.label import source_label

RTL_LANGUAGES = frozenset({"ar", "fa", "ur", "he", "ps", "ckb"})

# The stylesheet lives with the markup it styles, so the dashboard and the
# standalone HTML export look the same.  Colours are Okabe-Ito (colour-blind
# safe) and every class also differs by line style and a shape marker, so
# nothing depends on colour alone.
CLASS_STYLE = {
    "named": {"colour": "#0072B2", "tint": "rgba(0,114,178,0.16)", "line": "solid", "marker": "●"},
    "anonymous": {"colour": "#E69F00", "tint": "rgba(230,159,0,0.22)", "line": "dashed", "marker": "◆"},
    "vague": {"colour": "#D55E00", "tint": "rgba(213,94,0,0.14)", "line": "dotted", "marker": "▲"},
}
FACT_STYLE = {
    "corroborated": {"colour": "#009E73", "line": "solid"},
    "contradicted": {"colour": "#CC0000", "line": "wavy"},
    # repeats a figure other outlets had already revised: a conflict of timing, shown apart
    "outdated": {"colour": "#CC79A7", "line": "wavy"},
    # changed over time (a toll that rose): neither agreement nor conflict
    "updated": {"colour": "#56B4E9", "line": "dashed"},
    # facts no other outlet reported: marked, but quietly, so compared facts stand out
    "single-source": {"colour": "#8a8a8a", "line": "dotted"},
    "unchecked": {"colour": "#8a8a8a", "line": "dotted"},
}

ARABIC_FONTS = ("'Noto Naskh Arabic', 'Amiri', 'Scheherazade New', 'Noto Sans Arabic', "
                "'Geeza Pro', 'Traditional Arabic', 'Segoe UI', Tahoma, Arial, sans-serif")


def stylesheet() -> str:
    rules = [
        f".isnad-article {{ font-family: {ARABIC_FONTS}; font-size: 1.35rem; line-height: 2.1; "
        "white-space: pre-wrap; overflow-wrap: anywhere; color: #111; }",
        ".isnad-article[dir=rtl] { text-align: right; }",
        ".isnad-title { font-weight: 700; font-size: 1.5rem; margin: 0 0 .3rem 0; }",
        ".isnad-meta { font-size: .95rem; color: #444; margin-bottom: .6rem; font-family: sans-serif; }",
        ".nw { white-space: nowrap; }",
        "[data-testid='stColumn'] .isnad-title { font-size: 1.25rem; }",
        ".att { border-radius: 3px; padding: 0 1px; position: relative; }",
        ".att-src { font-weight: 700; }",
        ".att-src::after { font-size: .65em; vertical-align: super; margin: 0 2px; }",
        ".isnad-focus { background: #fff3b0; box-shadow: 0 0 0 2px #fff3b0; }",
        ".fact { text-decoration-line: underline; text-decoration-thickness: 3px; text-underline-offset: 8px; "
        "text-decoration-skip-ink: none; position: relative; }",
        ".att-src[data-part=mid]::after, .fact[data-part=mid]::after { content: none !important; }",
        ".fact-single-source, .fact-unchecked { text-decoration-thickness: 2px; }",
        ".fact-contradicted::after { content: '⚠'; font-size: .8em; color: #CC0000; margin: 0 2px; }",
        # CSS tooltip (bigger than a native title bubble, readable on a projector);
        # it also opens on keyboard focus.
        "[data-tip] { cursor: help; }",
        "[data-tip]:hover::before, [data-tip]:focus::before { content: attr(data-tip); position: absolute; z-index: 50; "
        "bottom: 100%; inset-inline-start: 0; width: max-content; max-width: 26rem; white-space: pre-line; "
        "background: #111; color: #fff; font: 600 1rem/1.5 " + ARABIC_FONTS + "; padding: .45rem .65rem; "
        "border-radius: 6px; box-shadow: 0 2px 8px rgba(0,0,0,.35); text-align: start; unicode-bidi: plaintext; }",
        ".isnad-legend { display: flex; flex-wrap: wrap; gap: .5rem 1.2rem; align-items: center; font-size: 1.05rem; "
        "margin: .4rem 0 .8rem 0; }",
        ".isnad-legend span.item { white-space: nowrap; }",
    ]
    for name, s in CLASS_STYLE.items():
        rules.append(
            f".att-{name} {{ background: {s['tint']}; border-bottom: 3px {s['line']} {s['colour']}; }}"
        )
        rules.append(f".att-{name} .att-src::after, .att-src.att-src-{name}::after {{ content: '{s['marker']}'; color: {s['colour']}; }}")
    for name, s in FACT_STYLE.items():
        rules.append(
            f".fact-{name} {{ text-decoration-color: {s['colour']}; text-decoration-style: {s['line']}; }}"
        )
    return "\n".join(rules)


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    rank: int  # nesting depth: lower ranks wrap higher ones
    tag: str
    attrs: str  # already escaped attribute string

    def open(self) -> str:
        return f"<{self.tag}{self.attrs}>"

    def close(self) -> str:
        return f"</{self.tag}>"


def _attr(name: str, value: str) -> str:
    return f' {name}="{html.escape(value, quote=True)}"'


def attribution_tip(a: Attribution, labels: Mapping[str, str] | None = None) -> str:
    """Plain-text tooltip for one attribution (escaped later, with the markup)."""
    lab = dict(DEFAULT_LABELS)
    lab.update(labels or {})
    lines = [
        # a clause or a fragment caught as the source is not shown as one (issue #10)
        f"{lab['source']}: {source_label(a.source) or lab['source_unclear']}",
        f"{lab['cue']}: {a.cue}",
        f"{lab['class']}: {lab.get('class_' + a.source_class.value, a.source_class.value)}",
    ]
    if a.via:
        lines.append(f"{lab['via']}: {a.via}")
    if a.source_class.value == "anonymous":
        reason = a.reason if a.reason_given and a.reason else (lab["yes"] if a.reason_given else lab["no"])
        lines.append(f"{lab['reason']}: {reason}")
        if a.condition_given:  # AP: "asked not to be named" is a condition, not a reason
            lines.append(f"{lab['condition']}: {a.condition}")
    return "\n".join(lines)


def fact_tip(f: Fact, status: str, labels: Mapping[str, str] | None = None) -> str:
    lab = dict(DEFAULT_LABELS)
    lab.update(labels or {})
    lines = [f"{lab['fact']}: {f.value}"]
    if f.normalised and f.normalised != f.value:
        # as the pairs and timelines write it: a length in years, months or days, a place claim in words,
        # a range as "27–33", a large figure with its thousands grouped
        shown = value_label(f.normalised, lab, f.measure if f.measure.startswith("duration:") else f.subject)
        lines.append(f"{lab['normalised']}: {shown}")
    if f.subject:
        lines.append(f"{lab['subject']}: {subject_label(f.subject, lab.get('lang_code', 'en'))}")
    if status:
        lines.append(f"{lab['status']}: {lab.get('status_' + status, status)}")
    return "\n".join(lines)


DEFAULT_LABELS = {
    "source": "Source", "cue": "Cue", "class": "Class", "via": "Via", "reason": "Reason for anonymity",
    "condition": "Condition of anonymity", "source_unclear": "(unclear)",
    "yes": "given", "no": "none given", "fact": "Fact", "normalised": "Read as", "subject": "About",
    "status": "Status", "class_named": "named", "class_anonymous": "anonymous", "class_vague": "vague",
    "status_corroborated": "corroborated", "status_contradicted": "contradicted",
    "status_single-source": "single source", "status_updated": "changed over time",
    "status_outdated": "outdated",
}


def _valid(start: int, end: int, n: int) -> bool:
    return 0 <= start < end <= n


def build_spans(
    text: str,
    attributions: Sequence[Attribution] = (),
    facts: Sequence[Fact] = (),
    fact_status: Mapping[int, str] | None = None,
    focus: Iterable[tuple[int, int]] = (),
    labels: Mapping[str, str] | None = None,
) -> list[_Span]:
    n = len(text)
    status = fact_status or {}
    spans: list[_Span] = []
    marked_sources: set[tuple[int, int]] = set()  # two cues for one source: one source mark
    for s, e in focus:
        if _valid(s, e, n):
            spans.append(_Span(s, e, 0, "span", ' class="isnad-focus"'))
    for i, a in enumerate(attributions):
        if not _valid(a.start, a.end, n):
            continue  # a bad offset from upstream must not break the page
        cls = a.source_class.value
        attrs = (_attr("class", f"att att-{cls}") + _attr("data-att", str(i)) + _attr("data-class", cls)
                 + _attr("data-tip", attribution_tip(a, labels)) + _attr("tabindex", "0"))
        spans.append(_Span(a.start, a.end, 1, "span", attrs))
        if _valid(a.source_start, a.source_end, n) and (a.source_start, a.source_end) not in marked_sources:
            marked_sources.add((a.source_start, a.source_end))
            spans.append(_Span(a.source_start, a.source_end, 2, "span",
                               _attr("class", f"att-src att-src-{cls}") + _attr("data-src", str(i))))
        if _valid(a.cue_start, a.cue_end, n):
            spans.append(_Span(a.cue_start, a.cue_end, 2, "span", _attr("class", "att-cue") + _attr("data-cue", str(i))))
    for i, f in enumerate(facts):
        # a named entity is a reading aid of the scope rules (whose seats, whose arrival), from a gazetteer of
        # the bundled story's people: «المالكي» in a Saudi report is a family name, not Nouri al-Maliki.  It is
        # no fact of the story and is never compared, so it is not shown as one
        if f.kind == "entity" or not _valid(f.start, f.end, n):
            continue
        st = status.get(i, "")
        attrs = (_attr("class", f"fact fact-{st or 'unchecked'}")
                 + _attr("data-fact", str(i)) + _attr("data-status", st or "unchecked")
                 + _attr("data-tip", fact_tip(f, st, labels)) + _attr("tabindex", "0"))
        spans.append(_Span(f.start, f.end, 3, "span", attrs))
    return spans


def render_spans(text: str, spans: Sequence[_Span]) -> str:
    """Escaped text with the spans as properly nested elements.

    A span cut by another's boundary is closed and reopened; the pieces before
    its end are marked ``data-part="mid"`` so end-of-span markers show once.
    """
    bounds = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    order = sorted(range(len(spans)), key=lambda k: (spans[k].rank, spans[k].start, -spans[k].end, k))
    out: list[str] = []
    opened_at: dict[int, int] = {}  # span -> index of its open tag in ``out``
    stack: list[int] = []

    def close(k: int, pos: int) -> None:
        if pos < spans[k].end:
            out[opened_at[k]] = out[opened_at[k]][:-1] + ' data-part="mid">'
        out.append(spans[k].close())

    for lo, hi in zip(bounds, bounds[1:]):
        want = [k for k in order if spans[k].start <= lo and spans[k].end >= hi]
        keep = 0
        while keep < len(stack) and keep < len(want) and stack[keep] == want[keep]:
            keep += 1
        for k in reversed(stack[keep:]):
            close(k, lo)
        for k in want[keep:]:
            opened_at[k] = len(out)
            out.append(spans[k].open())
        stack = want
        out.append(html.escape(text[lo:hi], quote=True))
    for k in reversed(stack):
        close(k, len(text))
    return "".join(out)


def meta_html(parts: str | Sequence[str]) -> str:
    """A block's byline ("outlet · date · id"), each part escaped and isolated (<bdi>), so an Arabic
    outlet name with a Latin gloss ("ميدل ايست أونلاين (Middle East Online)") never reorders the
    date next to it; a part without spaces (a date like 2021-11, an id) never breaks across lines."""
    if isinstance(parts, str):
        parts = (parts,)
    out = []
    for p in parts:
        if not p:
            continue
        nowrap = ' class="nw" dir="ltr"' if not any(ch.isspace() for ch in p) and not _has_rtl(p) else ""
        out.append(f"<bdi{nowrap}>{unbroken_glosses(p)}</bdi>")
    return " · ".join(out)


_GLOSS = re.compile(r"\([^()]*\)")


def unbroken_glosses(text: str) -> str:
    """``text`` escaped, each parenthetical kept on one line: "ميدل ايست أونلاين (Middle East
    Online)" may wrap before the gloss, never inside it."""
    out, at = [], 0
    for m in _GLOSS.finditer(text):
        out.append(html.escape(text[at:m.start()]))
        gloss = html.escape(m.group(0))
        out.append(f'<span class="nw">{gloss}</span>' if len(m.group(0)) <= 40 else gloss)  # a long one must wrap
        at = m.end()
    out.append(html.escape(text[at:]))
    return "".join(out)


def _has_rtl(text: str) -> bool:
    return any("\u0590" <= ch <= "\u08ff" or "\ufb1d" <= ch <= "\ufeff" for ch in text)


def is_rtl(language: str) -> bool:
    return (language or "ar").split("-")[0].lower() in RTL_LANGUAGES


def article_html(
    text: str,
    *,
    language: str = "ar",
    attributions: Sequence[Attribution] = (),
    facts: Sequence[Fact] = (),
    fact_status: Mapping[int, str] | None = None,
    focus: Iterable[tuple[int, int]] = (),
    title: str = "",
    meta: str | Sequence[str] = "",
    labels: Mapping[str, str] | None = None,
    element_id: str = "",
) -> str:
    """One article (or excerpt) as a self-contained escaped HTML block."""
    direction = "rtl" if is_rtl(language) else "ltr"
    spans = build_spans(text, attributions, facts, fact_status, focus, labels)
    head = ""
    if title:
        head += f'<div class="isnad-title" dir="{direction}">{html.escape(title)}</div>'
    if meta:
        head += f'<div class="isnad-meta">{meta_html(meta)}</div>'
    ident = _attr("id", element_id) if element_id else ""
    lang = html.escape((language or "ar"), quote=True)
    return (f'<div class="isnad-block"{ident}>{head}<div class="isnad-article" dir="{direction}" lang="{lang}">'
            f"{render_spans(text, spans)}</div></div>")


def excerpt_html(
    text: str,
    start: int,
    end: int,
    *,
    language: str = "ar",
    attributions: Sequence[Attribution] = (),
    facts: Sequence[Fact] = (),
    fact_status: Mapping[int, str] | None = None,
    focus: Iterable[tuple[int, int]] = (),
    labels: Mapping[str, str] | None = None,
    meta: str | Sequence[str] = "",
) -> str:
    """Just ``text[start:end]`` (a sentence), with the spans inside it shifted to fit."""
    from dataclasses import replace

    start, end = max(0, start), min(len(text), end)
    atts = [replace(a, start=max(a.start, start) - start, end=min(a.end, end) - start,
                    cue_start=a.cue_start - start, cue_end=a.cue_end - start,
                    source_start=a.source_start - start, source_end=a.source_end - start)
            for a in attributions if a.start < end and a.end > start]
    keep = [(i, f) for i, f in enumerate(facts) if f.start >= start and f.end <= end]
    shifted = [replace(f, start=f.start - start, end=f.end - start) for _, f in keep]
    status = {j: (fact_status or {}).get(i, "") for j, (i, _) in enumerate(keep)}
    foc = [(max(s, start) - start, min(e, end) - start) for s, e in focus if s < end and e > start]
    return article_html(text[start:end], language=language, attributions=atts, facts=shifted,
                        fact_status=status, focus=foc, labels=labels, meta=meta)


def legend_html(labels: Mapping[str, str] | None = None, *, sources: bool = True, facts: bool = True) -> str:
    """Key to the highlight styles, in the same markup as the article (``sources``: the source
    classes; ``facts``: the fact statuses)."""
    lab = dict(DEFAULT_LABELS)
    lab.update(labels or {})
    items = []
    for name in CLASS_STYLE if sources else ():
        items.append(f'<span class="item"><span class="att att-{name}"><span class="att-src">'
                     f"{html.escape(lab['class_' + name])}</span></span></span>")
    for name in ("corroborated", "contradicted", "updated", "outdated", "single-source") if facts else ():
        items.append(f'<span class="item"><span class="fact fact-{name}">'
                     f"{html.escape(lab['status_' + name])}</span></span>")
    return f'<div class="isnad-legend">{"".join(items)}</div>'
