"""Census of attribution error KINDS across the development sets (issue #9, eighteenth helper).

Each error the evaluator reports on snn_a-snn_j and heldout* (a miss, a false alarm, a class error, a via
error) is sorted into one kind by the simple tests in ``kind`` below (first match wins), and the kinds are
counted per set.  A kind seen in many sets is more likely to recur in the next blind draw than one seen in one.

The gold folder is read from a temporary copy holding only the development sets: never snn_k, snn_l or a later
snn set, never ``agreement/``.  Prints the kind x set table (markdown) that ends data/gold/attributions/README.md.

    PYTHONPATH=. .venv/bin/python bench/attribution_error_census.py
"""
import re
import shutil
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from analysis.evaluation.attributions import _match, _same_outlet, load_gold
from analysis.sourcing.attribution import detect_attributions
from analysis.sourcing.cues import cue_lexicon, strip_proclitic
from analysis.text.segment import split_sentences
from analysis.text.textnorm import normalise_text as nt

REPO = Path(__file__).resolve().parent.parent
SNN = [f"snn_{c}" for c in "abcdefghij"]  # the development sets; snn_k and later are blind
lex = cue_lexicon("ar")

DOC = re.compile(r"تقرير|دراس|احصا|نتائج|تحليل|بيانات|التوقعات|كتاب|مسح|الشهادات|المعلومات|الاحصاء|النشره|التحقيقات|الوثيق|تقارير|الارقام|المؤشرات|البرنامج|المرسوم|القرار|الموقع")
NOUN = re.compile(r"^(و|ب|ل)?(ال)?(تصريح|اتهام|توقعات|اعلان|تاكيد|قناع|مزاعم|زعم|اقرار|تساؤل|ورود|قول|روايه|انتقاد|تحذير|اشاره|نفي)")
SUF = ("ه", "ها", "هم", "هما", "هن")
CROWD = re.compile(r"البعض|بعض|كثير|عدد|متابع|مختص|محلل|الناس|مراقب|الكل|المواطن|الاهالي|اغلب|معظم")

def verb_key(cue: str) -> str:
    k, _ = strip_proclitic(nt(cue), lex.verbs, lex.proclitics)
    return k

def kind(e: tuple[str, str, str, str, str]) -> str:
    t, cue, src, gc, pc = e
    c = nt(cue)
    if t == "via":
        return "via: outlet relay / own correspondent wrong or missing"
    if t == "miss":
        k = verb_key(cue)
        prep = bool(strip_proclitic(c.split()[0], lex.preps, lex.proclitics)[0]) or c.startswith(("حسبما", "بحسبم", "على راي", "بناء على", "وبناء على", "وفقا"))
        if prep:
            return "miss: according-to cue (بحسب/وفق/نقلا/حسبما + X)"
        if NOUN.match(c) and not k:
            return "miss: noun cue (تصريحات/اتهام/تأكيدات/إعلان/مزاعم)"
        if (k and lex.verbs[k].suffixed) or (c.endswith(SUF) and len(c) >= 4 and not k):
            return "miss: verb + object pronoun (الذي اعتبره X / ما وصفه)"
        if not src:
            return "miss: continuation or participle, speaker in an earlier clause (وأضاف/مضيفا)"
        if DOC.search(nt(src)):
            return "miss: document or data as source (أظهر التقرير/أثبتت دراسات)"
        if gc == "vague":
            return "miss: vague crowd with a view verb (يرى البعض/يصفه متابعون)"
        if not k:
            return "miss: reporting/stance verb missing from the lexicon"
        if lex.verbs[k].lemma == nt("أعلن"):
            return "miss: أعلن with a body/person subject dropped by rules"
        return "miss: listed verb with explicit subject dropped by rules"
    if t == "fa":
        prep = bool(strip_proclitic(c.split()[0], lex.preps, lex.proclitics)[0])
        if prep:
            return "false alarm: according-to + rule/plan/document (وفق/حسب, in-accordance sense)"
        if not src:
            return "false alarm: continuation with no new report (verb in the speaker's own words)"
        if pc != "named":
            return "false alarm: vague/anonymous source that gold does not count"
        if DOC.search(nt(src)):
            return "false alarm: document or data subject (كشف التقرير/يوضح الجدول)"
        return "false alarm: verb in another sense or its object taken as source (يوضح الخلل/كشفت النقاب)"
    pair = frozenset((gc, pc))
    if not src:
        return "class: continuation with no source word classed wrong"
    if pair == frozenset(("named", "anonymous")):
        return "class: named <-> anonymous (مصادر/مسؤول/أحد + description)"
    if pair == frozenset(("named", "vague")):
        return "class: named <-> vague (groups, bodies, plurals)"
    return "class: anonymous <-> vague"

def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(tmp) / "gold"
        gold.mkdir()
        for p in (REPO / "data" / "gold" / "attributions").glob("*.json"):  # top level only: no agreement/
            if not p.name.startswith("snn_") or p.stem in SNN:
                shutil.copy(p, gold / p.name)
        sets = load_gold(gold)
    table: dict[str, Counter] = defaultdict(Counter)
    for name, docs in sets.items():
        assert name in SNN or not name.startswith("snn_")
        col = name if name.startswith("snn_") else ("heldout*" if name.startswith("heldout") else name)
        for d in docs:
            pred, _ = detect_attributions(d.text, split_sentences(d.text), outlet=d.outlet)
            po = _match(d.gold, pred, exact=False)
            gm = {g for g, _ in po}
            pm = {p for _, p in po}
            errs = []
            for gi, pi in po:
                g, p = d.gold[gi], pred[pi]
                if g["class"] != p.source_class.value:
                    errs.append(("class", g["cue"], g["source"], g["class"], p.source_class.value))
                if not ((not g["via"] and not p.via) or _same_outlet(g["via"], p.via)):
                    errs.append(("via", g["cue"], g["source"], g["class"], p.source_class.value))
            errs += [("miss", g["cue"], g["source"], g["class"], "") for gi, g in enumerate(d.gold) if gi not in gm]
            errs += [("fa", p.cue, p.source, "", p.source_class.value) for pi, p in enumerate(pred) if pi not in pm]
            for e in errs:
                table[kind(e)][col] += 1
    cols = SNN + ["heldout*"]
    rows = sorted(table, key=lambda k: (-sum(1 for c in SNN if table[k][c]), -sum(table[k].values())))
    print("| kind | " + " | ".join(c.replace("snn_", "") for c in cols) + " | snn sets with it | total |")
    print("|---|" + "---|" * (len(cols) + 2))
    for k in rows:
        n = sum(1 for c in SNN if table[k][c])
        print(f"| {k} | " + " | ".join(str(table[k][c] or "") for c in cols) + f" | {n} | {sum(table[k][c] for c in cols)} |")


if __name__ == "__main__":
    main()
