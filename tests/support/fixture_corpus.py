"""A small, fully-populated analysis for UI tests.

The real detectors are rule sets other tests cover; the dashboard tests need
attributions, facts and a conflict whatever those rules find today, so this
builds them by hand from known phrases, and uses the real scoring code for
the numbers.
"""
from __future__ import annotations

import json
from pathlib import Path

from analysis.io.corpus import make_article
from analysis.records import (
    ArticleAnalysis, Attribution, Comparison, ComparisonItem, CorpusAnalysis, Fact, FactStatus, Interval, ItemPair,
    OutletConsistency, OutletReport, Source, SourceClass,
)
from analysis.sourcing.scoring import article_sourcing, outlet_sourcing
from analysis.text.segment import split_sentences
from analysis.text.textnorm import count_words

# GAMMA carries markup: an outlet name is user input and must show as typed everywhere (charts too)
ALPHA, BETA, GAMMA = "وكالة ألف (Alpha)", "صحيفة باء (Beta)", 'Gamma <a href="https://evil.example/">News</a>'
PWN = '<script>window.__pwned=1</script> <img src=x onerror="window.__pwned=1">'

ARTICLES = [
    {"id": "f1", "outlet": ALPHA, "title": "هجوم بطائرات مسيرة على منزل رئيس الوزراء", "published": "2021-11-07",
     "story": "s1",
     "text": "قال وزير الداخلية عثمان الغانمي إن ثلاث طائرات مسيرة استهدفت المنزل فجر الأحد.\n\n"
             "وأفادت مصادر أمنية، طلبت عدم الكشف عن هويتها لأنها غير مخولة بالتصريح، بأن الهجوم لم يوقع قتلى."},
    {"id": "f2", "outlet": BETA, "title": "طائرتان مسيرتان فوق المنطقة الخضراء", "published": "2021-11-07",
     "story": "s1",
     "text": "ذكرت مصادر مطلعة أن طائرتين مسيرتين استهدفتا المنزل فجر الأحد.\n\n"
             "ويقول مراقبون إن الرسالة واضحة. " + PWN},
    {"id": "f3", "outlet": GAMMA, "title": "A different story", "published": "2020-06-29", "story": "s2",
     "text": "قال المتحدث باسم الحكومة أحمد ملا طلال إن التحقيق مستمر."},
]

# (article, cue, source, class, reason)
ATTS = {
    "f1": [("قال", "وزير الداخلية عثمان الغانمي", "named", ""),
           ("وأفادت", "مصادر أمنية", "anonymous", "لأنها غير مخولة بالتصريح")],
    "f2": [("ذكرت", "مصادر مطلعة", "anonymous", ""), ("ويقول", "مراقبون", "vague", "")],
    "f3": [("قال", "المتحدث باسم الحكومة أحمد ملا طلال", "named", "")],
}
FACTS = {"f1": [("ثلاث طائرات", "3")], "f2": [("طائرتين", "2")], "f3": []}


def write_corpus(folder: Path) -> Path:
    path = folder / "corpus.jsonl"
    path.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in ARTICLES) + "\n", encoding="utf-8")
    return path


def _analyse_one(article) -> ArticleAnalysis:
    text = article.text
    sentences = split_sentences(text)
    atts, sources = [], []
    for n, (cue, source, cls, reason) in enumerate(ATTS.get(article.id, [])):
        c0 = text.index(cue)
        s0 = text.index(source, c0)
        sent = next(s.index for s in sentences if s.start <= c0 < s.end)
        atts.append(Attribution(
            start=c0, end=s0 + len(source), cue=cue, cue_start=c0, cue_end=c0 + len(cue), source=source,
            source_start=s0, source_end=s0 + len(source), source_class=SourceClass(cls), sentence=sent,
            source_id=n, reason_given=bool(reason), reason=reason, source_number="plural",
        ))
        sources.append(Source(id=n, label=source, source_class=SourceClass(cls), mentions=(n,),
                              reason_given=bool(reason)))
    facts = []
    for value, norm in FACTS.get(article.id, []):
        f0 = text.index(value)
        sent = next(s.index for s in sentences if s.start <= f0 < s.end)
        facts.append(Fact(start=f0, end=f0 + len(value), kind="number", value=value, normalised=norm,
                          subject="drones", sentence=sent))
    return ArticleAnalysis(
        article=article, sentences=sentences, attributions=tuple(atts), sources=tuple(sources),
        sourcing=article_sourcing(article.id, count_words(text), atts, sources), facts=tuple(facts),
        story=article.story,
    )


def fake_analyze_corpus(articles, cache_dir=None) -> CorpusAnalysis:
    """Stand-in for ``analysis.pipeline.analyze_corpus`` with known output (no cache: it is instant)."""
    analyses = [_analyse_one(a) for a in articles]
    by_id = {a.article.id: a for a in analyses}
    items = []
    for aid in ("f1", "f2"):
        a = by_id.get(aid)
        if a and a.facts:
            f = a.facts[0]
            s = a.sentences[f.sentence]
            items.append(ComparisonItem(aid, a.article.outlet, f.value, f.normalised, f.start, f.end, s.start, s.end))
    comparisons = (Comparison("s1", "drones", "conflict", tuple(items), pairs=(ItemPair(0, 1, "conflict"),)),) \
        if len(items) == 2 else ()
    statuses = tuple(FactStatus(i.article_id, 0, "contradicted") for i in items) if comparisons else ()
    stories: dict[str, list[str]] = {}
    for a in analyses:
        stories.setdefault(a.story or f"story-{a.article.id}", []).append(a.article.id)
    outlets = []
    for name in sorted({a.article.outlet for a in analyses}):
        mine = [a for a in analyses if a.article.outlet == name]
        in_conflict = any(i.outlet == name for c in comparisons for i in c.items)
        outlets.append(OutletReport(
            outlet=name, sourcing=outlet_sourcing(name, [(a.sourcing, a.sources) for a in mine]),
            consistency=OutletConsistency(name, 0.0, Interval(0.0, 60.0), 0, 1, 0) if in_conflict else None,
        ))
    return CorpusAnalysis(
        articles=tuple(analyses), outlets=tuple(outlets), comparisons=comparisons, fact_statuses=statuses,
        stories={k: tuple(v) for k, v in sorted(stories.items())},
    )


def fake_corpus() -> CorpusAnalysis:
    return fake_analyze_corpus([make_article(id=a["id"], outlet=a["outlet"], raw_text=a["text"], title=a["title"],
                                             published=a["published"], story=a["story"]) for a in ARTICLES])
