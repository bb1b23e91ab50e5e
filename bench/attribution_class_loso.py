"""Issue #9: would a small learned component decide the source class (named / anonymous / vague) better
than the rules?  Leave-one-set-out over the labelled attribution sets.

    PYTHONPATH=. python bench/attribution_class_loso.py

For every gold attribution the detector also finds (cue spans overlap), the features come from the
source phrase the detector found (first word, its article, head word class from the lexicon, name-like
words, nisba endings, مصدر/مسؤول/أحد, «باسم», the words themselves, the cue kind and optionally the
rules' own class); the label is the gold class. A multinomial logistic regression (scikit-learn, here
only: nothing of this runs in the analysis path) is trained on every set group but one (corpus,
heldout*, snn_a … snn_e) and tested on the one left out, against the rules on the same attributions.
Result (2026-12-04, recorded in data/gold/attributions/README.md): the phrase-only model is below the
rules on every held-out group, both on the rules as this session found them (pooled 0.936 against 0.971;
snn_e 0.894-0.899 against 0.922) and at its end (pooled 0.935 against 0.974; snn_e 0.902 against 0.942,
anonymous 0.833 against 0.917); with the rules' class as a feature it only reproduces the rules, a little
lower (pooled 0.965-0.973): not adopted.
"""
import collections
import sys

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from analysis.evaluation.attributions import load_gold, _match
from analysis.lexicon import DATA_DIR
from analysis.sourcing.attribution import detect_attributions
from analysis.sourcing.cues import cue_lexicon, head_of
from analysis.text.segment import split_sentences
from analysis.text.textnorm import normalise_text

lex = cue_lexicon("ar")
sets = load_gold(DATA_DIR / "gold" / "attributions")
ANON_WORDS = {"مصدر", "مصادر", "مسؤول", "مسؤولون", "مسؤولين", "مطلع", "مطلعه", "مقرب", "احد", "احدي"}

def bare(w):
    for p in ("وال", "بال", "فال", "كال", "لل", "ال"):
        if w.startswith(p) and len(w) > len(p) + 1:
            return w[len(p):], True
    return w, False

def feats(src, cue_kind, rule_cls):
    f = collections.Counter()
    words = [w for w in normalise_text(src).replace('"', " ").split() if w]
    f["rule=" + rule_cls] = 1
    f["kind=" + cue_kind] = 1
    f["nwords=" + str(min(len(words), 6))] = 1
    if not words:
        f["empty"] = 1
        return f
    b0, d0 = bare(words[0])
    f["first=" + b0] = 1
    f["first_def=" + str(d0)] = 1
    heads = [head_of(w, lex) for w in words]
    hc = next((h.cls for h in heads if h is not None), "none")
    f["headcls=" + hc] = 1
    f["head0cls=" + (heads[0].cls if heads[0] else "none")] = 1
    nodef = sum(1 for w in words if not bare(w)[1] and head_of(w, lex) is None and len(w) >= 3)
    f["namelike=" + str(min(nodef, 3))] = 1
    for w in words:
        b, d = bare(w)
        f["w=" + b] = 1
        if b.endswith("ي") or b.endswith("يه") or b.endswith("يون") or b.endswith("يين"):
            f["nisba"] += 1
    if any(w in ANON_WORDS or bare(w)[0] in ANON_WORDS for w in words):
        f["anonword"] = 1
    if "باسم" in words:
        f["bism"] = 1
    return f

rows = {}
for name, docs in sets.items():
    R = []
    for d in docs:
        pred, _ = detect_attributions(d.text, split_sentences(d.text), outlet=d.outlet)
        for gi, pi in _match(d.gold, pred, exact=False):
            g, p = d.gold[gi], pred[pi]
            R.append((feats(p.source, p.cue_kind, p.source_class.value), g["class"], p.source_class.value))
    rows[name] = R
    print(name, len(R), file=sys.stderr)

def group(n):
    return "heldout*" if n.startswith("heldout") else n
groups = sorted({group(n) for n in rows})
for C in (0.3, 1.0, 3.0):
  for use_rule in (True, False):
    out = []
    for held in groups:
        tr = [r for n, R in rows.items() if group(n) != held for r in R]
        te = [r for n, R in rows.items() if group(n) == held for r in R]
        def strip(f):
            return f if use_rule else {k: v for k, v in f.items() if not k.startswith("rule=")}
        v = DictVectorizer()
        X = v.fit_transform([strip(r[0]) for r in tr])
        y = [r[1] for r in tr]
        m = LogisticRegression(C=C, max_iter=2000, class_weight=None).fit(X, y)
        yp = m.predict(v.transform([strip(r[0]) for r in te]))
        acc_m = np.mean([a == r[1] for a, r in zip(yp, te)])
        acc_r = np.mean([r[2] == r[1] for r in te])
        anon = [i for i, r in enumerate(te) if r[1] == "anonymous"]
        an_m = np.mean([yp[i] == "anonymous" for i in anon]) if anon else float("nan")
        an_r = np.mean([te[i][2] == "anonymous" for i in anon]) if anon else float("nan")
        out.append((held, len(te), acc_r, acc_m, an_r, an_m))
    print(f"\nC={C} rule_feature={use_rule}")
    print(f"{'held out':10} {'n':>4} {'rules':>6} {'model':>6} {'anon rules':>10} {'anon model':>10}")
    for o in out:
        print(f"{o[0]:10} {o[1]:4} {o[2]:6.3f} {o[3]:6.3f} {o[4]:10.3f} {o[5]:10.3f}")
    tot = sum(o[1] for o in out)
    print(f"{'pooled':10} {tot:4} {sum(o[1]*o[2] for o in out)/tot:6.3f} {sum(o[1]*o[3] for o in out)/tot:6.3f}")
