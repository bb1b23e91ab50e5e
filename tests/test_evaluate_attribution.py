"""The attribution scores, measured on hand-annotated gold, must not regress.

Floors are the figures measured when the stage landed, rounded down (see
data/gold/attributions/README.md).  Raising a floor after an improvement is
welcome; lowering one needs a reason in the commit message.
"""
from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from analysis.evaluation.attributions import (
    ARCHIVE, PRF, GoldDriftError, evaluate_attributions, format_attribution_report, load_gold,
)
from analysis.lexicon import DATA_DIR

GOLD = DATA_DIR / "gold" / "attributions"
# heldout.json was frozen before the detector was first run on it; editing it
# (rather than adding a new held-out file) must be a conscious act
HELDOUT_SHA256 = {
    # relabelled 2026-12-04 (ninth helper): two accusations added (settled call; README "Gold decisions settled")
    "heldout.json": "a48883b52911fec40ab1a831aecaffabb6b54f0266d8958244d8b1ee2d485b73",
    "heldout2.json": "72843de5108a3dab522fb8d6383834953b3706b3d1b44363cc447fdaea623f19",
    "heldout3.json": "6ce3978c2f58d160deeaf77d7ab759e8f98887a5af96186ff073a1c98cd8472a",
    # frozen 2026-11-23T19:22Z before the detector was run on it (kept out of the repo until the blind run)
    # relabelled 2026-12-04 (ninth helper): «وكان الجيش التركى اتهم» added (settled accusation call)
    "heldout4.json": "901a0ca2cd977495d5c49fc2bd4f386a3a0fb558b92b66ddfc022c3c3bd39b80",
    # frozen 2026-12-02T12:47Z before the detector was run on it (after the heldout4 rule work)
    "heldout5.json": "816c40438c64308b0cefb8810e8cfe5899f0d511c7ed825b233fa0e7307edf33",
}
# sets over the SaudiNewsNet archive: offsets only (its texts may not be copied here)
# relabelled 2026-12-04 (eighth helper, issue #9): snn_a, snn_b, snn_d and heldout4 follow three gold decisions
# settled between the sets (unnamed spokesperson anonymous, feelings with أبدى annotated, نصّ على left out);
# every relabel is listed in data/gold/attributions/README.md
# relabelled 2026-12-04 (ninth helper, issue #9): snn_a gains «بل اكتفى بالإشارة» (snn_f's call), snn_f gains
# «ويرى مراقبون ومحللون سياسيون» (missing from its labelling); snn_f is a development set from then on;
# accusations with an accuser are attributions (settled call): corpus 002, heldout and heldout4 gained one or two
# relabelled 2026-12-04 (tenth helper, issue #9): snn_a gains «وأظهر مسح لـ«رويترز» أن» (a survey showing is an
# attribution, as snn_d, snn_e and snn_g label it: settled call)
ARCHIVE_SHA256 = {
    # frozen 2026-12-03T13:07Z, labelled by reading before the detector was run on it; first run recorded
    # in data/gold/attribution_runs.json, then used for rule work (no longer blind)
    "snn_a.json": "a0ae27e8743d8dccc6f6d48c1cf2baaf787ff79237b3a061cf197df1e5c961ec",
    # labelled at the same time, kept outside the repo until its one blind run at the end of the rule work
    # (2026-12-03T13:55Z, e1c56d8); the figures are the honest estimate
    "snn_b.json": "af79ab541c3c88cd86055f076d5ef2c37eb491f29c1a3a3dee06da741c15b105",
    # labelled in the fourth session (2026-12-03) by a helper that never ran the detector, before that
    # session's rule work; its one blind run was at 18:03Z (eb320f9), recorded in attribution_runs.json
    "snn_c.json": "7ed4c90ec4f13bb94260d0f3abed0894bedbb5b1bb312b91ba6f58ee08c26cf4",
    # labelled in the fifth session (2026-12-03) by a helper that never ran or read the detector; its blind
    # first run was at 20:52Z (ec196bc), recorded in attribution_runs.json; kept blind for the session's end
    "snn_d.json": "f8f45581fdbf1274fd53e192f0d577a0d25f80f2580e625d9e354bc473617e2d",
    # labelled in the sixth session (2026-12-03) by a helper that had not run or read the detector, its
    # lexicons or its tests; blind first run at 23:27Z (f625131), recorded in attribution_runs.json
    "snn_e.json": "97e67ad739e1311d40fa25764d74d061f39269c20414dc23a7c4c587795bc85e",
    # labelled in the seventh session (2026-12-04) by a helper that had not run or read the detector, its
    # lexicons or its tests, before that session's rule work; frozen here before its one blind first run
    "snn_f.json": "984190ab913823db84670aac45adf1324c7100a484d683935f13597472e85d2f",
    # labelled 2026-12-04 by a helper that had not run or read the detector, its lexicons or its tests, on
    # the code at e168d54; frozen here and committed before its one blind first run
    "snn_g.json": "22f50ff7bfade1528af3cbf6452980fdbfacdbb24bba7a343375d0756dcf3d98",
    # labelled 2026-12-04 by a helper that had not run or read the detector, its lexicons or its tests, on
    # the code at 3bf45b3; frozen here and committed before its one blind first run
    "snn_h.json": "30f5fac57bdb9979c008b40b455db49bc9909d05c19d67b209704b3b9efec975",
    # labelled 2026-12-04 by a helper that had not run or read the detector, its lexicons or its tests, on
    # the code at 0ece3b0; frozen here and committed before its one blind first run
    "snn_i.json": "14cde7080996d1d434c2480d250468f6363845d9130f88fbe2771095a415f88c",
    # labelled 2026-12-04 by a helper that had not run or read the detector, its lexicons or its tests, on
    # the code at 7b115fc; frozen here and committed before its one blind first run
    "snn_j.json": "2307595680b6e89bee69d4d1b6325e55d36577d1f1a78b4cdd30f3d82adfa73a",
    "snn_k.json": "439bab218903531bc31517d1f3dcd8b0f11c7dc30cd82f67ad4b96f8df45f069",
    # labelled 2026-12-04 (eleventh session) by the fourteenth helper from the texts only; its one blind first
    # run on the code at 5b1aabf (attribution as at adff51a)
    "snn_l.json": "1ecb8c24588a17e5236fefae6cb4cf9a19e66252d2270eeb82a7eab710731956",
    # labelled 2026-12-04 (eleventh session) by the nineteenth helper from the texts only, after the evaluator's
    # command line stopped listing blind sets' errors; frozen here and committed before its one blind first run
    # relabelled 2026-12-05 (hundred-and-eighth helper, snn_m a development set): condition_given on the mentions of
    # its two speakers who «فضل عدم ذكر اسمه» (the AP rule; the first labelling recorded no condition), two calls added
    "snn_m.json": "d5d61cfd23dd96bf6f40936bb4aab7c8fa0d87df0058fd8b56f74bdb3e10ceb4",
    # labelled 2026-12-05 by the twenty-ninth helper from the texts only; frozen here and committed before its one
    # blind first run (no floors until that run)
    "snn_n.json": "62b644fbd31e12818d4af2cc81ba455fe0ea28fefeb97d4f3dfb4d128ed120fd",
    # labelled 2026-12-05 by the thirty-second helper from the texts only; frozen here and committed before its one
    # blind first run (no floors until that run)
    "snn_o.json": "b227ef616ab9361d4dc2a1871c99a5274a330a3ac296371b4eac59dcd450128c",
    # labelled 2026-12-05 by the thirty-eighth helper from the texts only; frozen here and committed before its one
    # blind first run (no floors until that run)
    "snn_p.json": "9394a5c116a24b0e39994389e3127ff3488d620a68558779f4385919818c9be8",
    # labelled 2026-12-05 by the forty-fifth helper from the texts only; frozen here and committed before its one
    # blind first run (no floors until that run)
    "snn_q.json": "6d42a01bd2e14d835d1763ee14782cad6e94d1040ab0f30ea4fa98b5070c90c0",
    # labelled 2026-12-05 by the fifty-fifth helper from the texts only; frozen here and committed before its one
    # blind first run (no floors until that run)
    "snn_r.json": "6c5657a6cfb398a95a61ac2ed8ca4e62f8febd8046f5de9e4f98a69a328697d1",
    # labelled 2026-12-05 by the seventy-fifth helper from the texts only; frozen here and committed before its one
    # blind first run (no floors until that run)
    "snn_s.json": "a85d8a8f2da3c918204e2ae06cc6dca47a2e51140fb753edeaacc56db57380fd",
    # labelled 2026-12-05 by the eighty-second helper from the texts only; frozen here and committed before its one
    # blind first run (no floors until that run)
    "snn_t.json": "03051b7d06009abec5fae5c9af8599ecf760c950380897ff16c048278cde1fc9",
    # labelled 2026-12-05 by the hundred-and-ninth helper from the texts only; frozen here and committed before its
    # one blind first run (no floors until that run)
    "snn_u.json": "c35525b5c5957929b2895c4c1037a788bf2fcf20e804cb1f80f3cb9a3ef2c57e",
    # labelled 2026-12-05 by the hundred-and-fourteenth helper from the texts only; frozen here and committed before
    # its one blind first run (no floors until that run)
    "snn_v.json": "f914cc59b2d617030c2024470731bbb5a6ec065ca9c7d107f3f675096aa70387",
}
needs_archive = pytest.mark.skipif(not ARCHIVE.is_file(), reason=f"SaudiNewsNet archive not present at {ARCHIVE}")

FLOORS = {
    # anonymous 0.97 -> 0.96 (2026-12-03): two gold records of leaked information became vague (issue #9),
    # so the same two pre-existing continuation errors weigh more in a smaller class
    "corpus": dict(exact=1.00, overlap=1.00, class_acc=0.96, via=1.00, reason=1.00, source_span=0.97,
                   named=0.95, anonymous=0.96, vague=1.00),
    # exact/overlap 0.93 -> 0.94, named 0.93 -> 0.95 (2026-12-04: «واعترف باستضافة», admitting with ب)
    # vague 0.50 -> 0.66 (2026-12-04, ninth helper: «ويتهم محتجون» added by the settled accusation call, found)
    "heldout": dict(exact=0.94, overlap=0.94, class_acc=0.95, via=0.95, reason=1.00, source_span=0.91,
                    named=0.95, anonymous=0.88, vague=0.66),
    # 10 attributions, none anonymous: the anonymous floor is vacuous here
    "heldout2": dict(exact=0.94, overlap=0.94, class_acc=1.00, via=1.00, reason=1.00, source_span=0.80,
                     named=1.00, anonymous=0.00, vague=0.85),
    # heldout3 (55 attributions, 11 anonymous, 8 vague): blind first run 0.829 / 0.783; these are the
    # figures after its errors were used for rule work (2026-11-23), rounded down: it is no longer blind
    "heldout3": dict(exact=0.98, overlap=0.98, class_acc=1.00, via=1.00, reason=1.00, source_span=1.00,
                     named=0.98, anonymous=0.95, vague=1.00),
    # heldout4 (74 attributions, 34 anonymous, 13 vague): blind first run (2026-11-23 20:28 UTC) 0.894 / 0.825;
    # these are the figures after its errors were used for rule work (2026-12-02), rounded down: no longer blind
    "heldout4": dict(exact=0.99, overlap=0.99, class_acc=0.98, via=1.00, reason=1.00, source_span=1.00,
                     named=0.98, anonymous=0.98, vague=0.99),
    # heldout5 (57 attributions, 54 named, 3 vague, none anonymous): its blind first run (2026-12-02 12:47 UTC),
    # rounded down; the anonymous floor is vacuous here
    # (2026-12-04, fourteenth session: a quoted speaker named again after «وأضاف» is found: cue F1 0.956 -> 0.965, and
    # via 0.889 -> 0.873 because the newly found «وأضاف» of an agency's interviewee carries no via; floor 0.88 -> 0.87)
    "heldout5": dict(exact=0.92, overlap=0.92, class_acc=0.98, via=0.87, reason=1.00, source_span=0.95,
                     named=0.92, anonymous=0.00, vague=0.66),
    # snn_a (312 attributions, 76 anonymous, 33 vague): blind first run (2026-12-03 13:07 UTC) 0.854 / 0.930;
    # these are the figures after its errors were used for rule work (2026-12-03), rounded down: no longer blind
    # (2026-12-04, ninth helper: accusations, «أحد» only before people: exact/overlap 0.95, named 0.92, anonymous 0.96)
    "snn_a": dict(exact=0.95, overlap=0.95, class_acc=0.97, via=0.97, reason=1.00, source_span=0.98,
                  named=0.92, anonymous=0.96, vague=0.83),
    # snn_b (403 attributions, 134 anonymous, 40 vague): blind first run (2026-12-03 13:55 UTC) 0.870 / 0.947;
    # these are the figures after its errors were used for rule work (2026-12-03), rounded down: no longer blind
    # (2026-12-04, relabelled and the eighth helper's rules: class 0.98, anonymous 0.99, vague 0.79)
    # (2026-12-04, ninth helper: exact/overlap 0.94, named 0.91)
    # (2026-12-04, fourteenth session: one unnamed person by what they do, «شاهدة», «طبيب في …», is anonymous; anonymous
    # F1 0.993 -> 0.989: «محامية هيئة شؤون الأسرى الفلسطينية «حنان الخطيب»», a name in quote marks after the title)
    "snn_b": dict(exact=0.94, overlap=0.94, class_acc=0.98, via=0.95, reason=1.00, source_span=0.96,
                  named=0.91, anonymous=0.98, vague=0.79),
    # snn_c (304 attributions, 64 anonymous, 32 vague): blind first run (2026-12-03 18:03 UTC) 0.842 / 0.904;
    # these are the figures after its errors were used for rule work (2026-12-03, branch attrrules), rounded
    # down: no longer blind; vague 0.75 -> 0.78 after the sixth session's rule work (0.794)
    # (2026-12-04, ninth helper: exact/overlap 0.93, named 0.91, anonymous 0.94, vague 0.81, span 0.97)
    "snn_c": dict(exact=0.93, overlap=0.93, class_acc=0.97, via=0.98, reason=0.99, source_span=0.97,
                  named=0.91, anonymous=0.94, vague=0.81),
    # snn_d (401 attributions, 92 anonymous, 35 vague): blind runs (2026-12-03 20:52 and 21:24 UTC) 0.870 / 0.909
    # and 0.874 / 0.915; these are the figures after its errors were used for rule work (sixth session, branch
    # attr7), less about 0.01: no longer blind
    # (2026-12-04, two نصّ على records removed and the eighth helper's rules: raised to the new figures, rounded down)
    # (2026-12-04, ninth helper: exact 0.92, via 0.97)
    # (2026-12-04, tenth helper, developed on snn_g: exact/overlap 0.93, named 0.90)
    "snn_d": dict(exact=0.93, overlap=0.93, class_acc=0.96, via=0.97, reason=1.00, source_span=0.95,
                  named=0.90, anonymous=0.95, vague=0.78),
    # snn_e (245 attributions, 62 anonymous, 31 vague): blind first run (2026-12-03 23:27 UTC) 0.891 / 0.912 and
    # second blind run (2026-12-04 00:17 UTC) 0.893 / 0.917; since then a development set (eighth helper, 2026-12-04):
    # these are the figures after that rule work, rounded down
    # (2026-12-04, ninth helper's rules, developed on snn_f: exact/overlap 0.92, via 0.96, named 0.88, anonymous 0.92, span 0.96)
    # (2026-12-04, tenth helper, developed on snn_g: exact/overlap 0.93, named 0.89, vague 0.73)
    "snn_e": dict(exact=0.93, overlap=0.93, class_acc=0.94, via=0.96, reason=1.00, source_span=0.96,
                  named=0.89, anonymous=0.92, vague=0.73),
    # snn_f (295 attributions since one was added, 77 anonymous, 36 vague): blind first run (2026-12-04 01:56 UTC,
    # a2e0ff2) 0.886 / 0.919 and second blind run (04:21 UTC) 0.890 / 0.905; since then a development set (ninth
    # helper, 2026-12-04): these are the figures after that rule work, rounded down
    "snn_f": dict(exact=0.95, overlap=0.95, class_acc=0.94, via=0.98, reason=1.00, source_span=0.96,
                  named=0.91, anonymous=0.92, vague=0.79),
    # snn_g (443 attributions, 117 anonymous, 36 vague): its blind first run (2026-12-04 10:24 UTC, 3bb8770: the code
    # of e168d54), rounded down
    # and its second blind run (2026-12-04 11:40 UTC, after the ninth helper's rules were merged): class 0.965,
    # vague F1 0.813, 32 false alarms; the floors take the lower of the two
    # since then a development set (tenth helper, 2026-12-04): these are the figures after that rule work, rounded down
    # (2026-12-04, fourteenth session: vague F1 0.813 -> 0.800, one false alarm, «استنادًا لعاملين رئيسيين» (two
    # factors), now classed vague as a plural of «عامل» instead of named; no matched attribution changed; 0.81 -> 0.79)
    "snn_g": dict(exact=0.93, overlap=0.93, class_acc=0.96, via=0.98, reason=1.00, source_span=0.94,
                  named=0.90, anonymous=0.95, vague=0.79),
    # snn_h (465 attributions, 111 anonymous, 31 vague): its blind first run (2026-12-04 13:48 UTC, b540658: the code
    # of 3bf45b3) and its second blind run (14:04 UTC, fb3cbac, after the tenth helper's rules): exact 0.908,
    # overlap 0.910, class 0.889, vague F1 0.633, 42 false alarms; the floors take the lower of the two, rounded down
    # (via 0.91 -> 0.96 after the thirty-fifth helper's closing-interview rule: 0.922 -> 0.963)
    "snn_h": dict(exact=0.90, overlap=0.90, class_acc=0.88, via=0.96, reason=0.99, source_span=0.92,
                  named=0.82, anonymous=0.80, vague=0.63),
    # snn_i (462 attributions, 118 anonymous, 42 vague): its blind first run (2026-12-04 15:43 UTC, 806b0aa: the code
    # of 0ece3b0), rounded down (vague F1 is 40/69 = 0.5797)
    "snn_i": dict(exact=0.88, overlap=0.88, class_acc=0.89, via=0.95, reason=1.00, source_span=0.91,
                  named=0.81, anonymous=0.80, vague=0.57),
    # snn_j (412 attributions, 91 anonymous, 37 vague): its blind first run (2026-12-04 16:08 UTC, 99660cf: the code
    # of 7b115fc), rounded down (vague F1 is 52/73 = 0.7123); its second (16:25 UTC, after the twelfth helper's
    # rules) named F1 0.849: the floors take the lower run
    "snn_j": dict(exact=0.89, overlap=0.89, class_acc=0.92, via=0.94, reason=1.00, source_span=0.94,
                  named=0.84, anonymous=0.82, vague=0.71),
    # snn_k (432 attributions, 101 anonymous, 42 vague; labeller A of two who labelled the same draw from the general
    # guidelines only): its blind first run (2026-12-04, the code after the twelfth helper's rules), rounded down
    # (2026-12-04, fourteenth session, figures only: anonymous F1 0.908 -> 0.894 because three of its 23 false alarms
    # are now classed anonymous instead of named; class accuracy on the 389 matched, cue F1 and anonymous
    # found-and-classed are unchanged; the floor follows, 0.9 -> 0.89)
    "snn_k": dict(exact=0.92, overlap=0.92, class_acc=0.93, via=0.94, reason=1.0, source_span=0.95,
                  named=0.87, anonymous=0.89, vague=0.56),
    # snn_l (216 attributions, 48 anonymous, 18 vague): its blind first run (2026-12-04 17:40 UTC, 5b1aabf), rounded
    # down (exact F1 0.884, class 0.932, anonymous F1 0.879, vague F1 0.688)
    "snn_l": dict(exact=0.88, overlap=0.88, class_acc=0.93, via=0.96, reason=0.98, source_span=0.93,
                  named=0.82, anonymous=0.87, vague=0.68),
    # snn_m (255 attributions, 56 anonymous, 20 vague): its blind first run (2026-12-04 18:45 UTC, 2ab6976), rounded down
    "snn_m": dict(exact=0.90, overlap=0.91, class_acc=0.90, via=0.97, reason=0.99, source_span=0.95,
                  named=0.85, anonymous=0.77, vague=0.70),
    # snn_n (669 attributions, 166 anonymous, 36 vague): its blind first run (2026-12-05 01:40 UTC, f2ccd5b), rounded
    # down (exact F1 0.902, overlap 0.903, class 0.927, via 0.976, source span 0.923, named F1 0.851, anonymous 0.857,
    # vague 0.545)
    # since then a development set (thirty-first helper, 2026-12-05): these are the figures after that rule work, rounded
    # down (exact F1 0.910, overlap 0.911, class 0.970, source span 0.950, named F1 0.888, anonymous 0.925, vague 0.627)
    "snn_n": dict(exact=0.90, overlap=0.91, class_acc=0.96, via=0.97, reason=1.0, source_span=0.95,
                  named=0.88, anonymous=0.92, vague=0.62),
    # snn_o (462 attributions, 95 anonymous, 40 vague; thirty-second helper): its blind first run (2026-12-05 03:58 UTC,
    # 07ab5e1), rounded down (exact F1 0.894, class 0.923, via 0.980, reason 0.995, source span 0.942, named F1 0.837,
    # anonymous 0.853, vague 0.627)
    # since then a development set (thirty-fifth helper, 2026-12-05): these are the figures after that rule work, rounded
    # down (exact F1 0.900, class 0.956, via 0.985, source span 0.953, named F1 0.864, anonymous 0.918, vague 0.656)
    "snn_o": dict(exact=0.90, overlap=0.90, class_acc=0.95, via=0.98, reason=0.99, source_span=0.95,
                  named=0.86, anonymous=0.91, vague=0.65),
    # snn_p (511 attributions, 114 anonymous, 35 vague; thirty-eighth helper): its blind first run (2026-12-05 07:38 UTC,
    # b592d08: the attribution code of f8478c7), rounded down (exact F1 0.878, class 0.924, via 0.973, reason 1.000,
    # source span 0.932, named F1 0.824, anonymous 0.843, vague 0.533)
    # since then a development set (forty-sixth helper, 2026-12-05): these are the figures after that rule work, rounded
    # down (exact F1 0.905, class 0.927, via 0.978, source span 0.933, named F1 0.850, anonymous 0.877, vague 0.567)
    "snn_p": dict(exact=0.90, overlap=0.90, class_acc=0.92, via=0.97, reason=0.99, source_span=0.93,
                  named=0.84, anonymous=0.87, vague=0.56),
    # snn_q (493 attributions, 120 anonymous, 36 vague; forty-fifth helper): its blind first run (2026-12-05 09:17 UTC,
    # 0f41134: the attribution code of 2d53683), rounded down (exact F1 0.881, overlap 0.884, class 0.922, via 0.974,
    # reason 1.000, source span 0.949, named F1 0.813, anonymous 0.872, vague 0.638)
    "snn_q": dict(exact=0.88, overlap=0.88, class_acc=0.92, via=0.97, reason=0.99, source_span=0.94,
                  named=0.81, anonymous=0.87, vague=0.63),
    # snn_r (458 attributions, 74 anonymous, 33 vague; fifty-fifth helper): its blind first run (2026-12-05 11:36 UTC,
    # 1f903cb: the attribution code of 5d3e818), rounded down (exact F1 0.903, overlap 0.903, class 0.947, via 0.959,
    # reason 1.000, source span 0.951, named F1 0.876, anonymous 0.912, vague 0.500)
    "snn_r": dict(exact=0.90, overlap=0.90, class_acc=0.94, via=0.95, reason=0.99, source_span=0.95,
                  named=0.87, anonymous=0.91, vague=0.50),
    # snn_s (400 attributions, 91 anonymous, 38 vague; seventy-fifth helper): its blind first run (2026-12-05 15:02 UTC,
    # bc7fb79: the attribution code of the seventieth helper's end, 3373e3c), rounded down (exact F1 0.889, overlap
    # 0.892, class 0.916, via 0.974, reason 1.000, source span 0.9298, named F1 0.838, anonymous 0.894, vague 0.419)
    "snn_s": dict(exact=0.88, overlap=0.89, class_acc=0.91, via=0.97, reason=0.99, source_span=0.92,
                  named=0.83, anonymous=0.89, vague=0.41),
    # snn_t (402 attributions, 101 anonymous, 36 vague; eighty-second helper): its blind first run (2026-12-05 16:57 UTC,
    # c076e35: the attribution code after the eighty-first helper's link rules), rounded down (exact F1 0.908, overlap
    # 0.908, class 0.913, via 0.994, reason 1.000, source span 0.972, named F1 0.840, anonymous 0.849, vague 0.687)
    "snn_t": dict(exact=0.90, overlap=0.90, class_acc=0.91, via=0.99, reason=0.99, source_span=0.97,
                  named=0.83, anonymous=0.84, vague=0.68),
    # snn_u (336 attributions, 74 anonymous, 40 vague; hundred-and-ninth helper): its blind first run (2026-12-05 20:45
    # UTC, 34cbbf7: the attribution code of the twenty-third session's end), rounded down (exact F1 0.933, overlap 0.933,
    # class 0.930, via 0.958, reason 1.000, source span 0.943, named F1 0.877, anonymous 0.924, vague 0.667)
    "snn_u": dict(exact=0.93, overlap=0.93, class_acc=0.92, via=0.95, reason=0.99, source_span=0.94,
                  named=0.87, anonymous=0.92, vague=0.66),
    # snn_v (427 attributions, 74 anonymous, 34 vague; hundred-and-fourteenth helper): its blind first run (2026-12-05
    # 21:28 UTC, 34cbbf7: the attribution code of the twenty-third session's end), rounded down (exact F1 0.883, overlap
    # 0.883, class 0.935, via 0.978, reason 1.000, source span 0.957, named F1 0.845, anonymous 0.873, vague 0.508)
    "snn_v": dict(exact=0.88, overlap=0.88, class_acc=0.93, via=0.97, reason=0.99, source_span=0.95,
                  named=0.84, anonymous=0.87, vague=0.50),
}


@pytest.fixture(scope="module")
def report():
    return evaluate_attributions(GOLD)


@pytest.fixture(scope="module")
def gold_sets():
    """The gold sets as loaded (raises GoldDriftError on any mismatch), read once for the tests
    that look at them: with the archive present, loading reads it (~1-2 s)."""
    return load_gold(GOLD)


@pytest.mark.parametrize("name", ["corpus", "heldout", "heldout2", "heldout3", "heldout4", "heldout5",
                                  pytest.param("snn_a", marks=needs_archive), pytest.param("snn_b", marks=needs_archive),
                                  pytest.param("snn_c", marks=needs_archive),
                                  pytest.param("snn_d", marks=needs_archive),
                                  pytest.param("snn_e", marks=needs_archive),
                                  pytest.param("snn_f", marks=needs_archive),
                                  pytest.param("snn_g", marks=needs_archive),
                                  pytest.param("snn_h", marks=needs_archive),
                                  pytest.param("snn_i", marks=needs_archive),
                                  pytest.param("snn_j", marks=needs_archive),
                                  pytest.param("snn_k", marks=needs_archive),
                                  pytest.param("snn_l", marks=needs_archive),
                                  pytest.param("snn_m", marks=needs_archive),
                                  pytest.param("snn_n", marks=needs_archive),
                                  pytest.param("snn_o", marks=needs_archive),
                                  pytest.param("snn_p", marks=needs_archive),
                                  pytest.param("snn_q", marks=needs_archive),
                                  pytest.param("snn_r", marks=needs_archive),
                                  pytest.param("snn_s", marks=needs_archive),
                                  pytest.param("snn_t", marks=needs_archive),
                                  pytest.param("snn_u", marks=needs_archive),
                                  pytest.param("snn_v", marks=needs_archive)])
def test_scores_do_not_regress(report, name):
    s, f = report.get(name), FLOORS[name]
    assert s.exact.f1 >= f["exact"]
    assert s.overlap.f1 >= f["overlap"]
    assert s.class_accuracy >= f["class_acc"]
    assert s.via_accuracy >= f["via"]
    assert s.reason_accuracy >= f["reason"]
    assert s.source_span_accuracy >= f["source_span"]
    for cls in ("named", "anonymous", "vague"):
        assert s.per_class[cls].f1 >= f[cls], cls


# Issue #9's own measures per archive set: (anonymous found-and-classed at least, false alarms at most,
# condition-given accuracy at least, same-source links F1 at least). The history behind each row:
# * snn_a: 8 false alarms before the tenth helper's rules.
# * snn_b after rule work on it (2026-12-03): first run 0.881 / 41 false alarms / 0.997 / 0.733.
# * snn_c after rule work on it (2026-12-03, branch attrrules): first run 0.766 / 55 / 0.985 / 0.693.
# * snn_d after rule work on it (sixth session): blind runs 0.717 / 39 and 0.728 / 37 false alarms.
# * snn_e after rule work on it (eighth helper): blind runs 0.758 / 25 twice; 19 false alarms before the tenth helper.
# * snn_f: blind runs 0.831 / 33 / 1.000 / 0.745 and 0.831 / 34; a development set since (ninth helper).
# * snn_g: blind runs (2026-12-04 10:24 UTC, 3bb8770) 0.923 / 31 / 0.998 / 0.729 and 0.923 / 32; a development
#   set since (tenth helper): 0.957 / 25 / links 0.749.
# * snn_h, blind: first run (13:48 UTC, b540658) 0.820 / 39 / 0.995 / 0.795, second (14:04 UTC, fb3cbac) 0.820 / 42.
# * snn_i, blind: first run (15:43 UTC, 806b0aa) 0.754 / 25 / 0.995 / 0.685, second (16:00 UTC, 8a60a84) 0.754 / 23.
# * snn_j, blind: first run (16:08 UTC, 99660cf: the code of 7b115fc) 0.758 / 36 / 1.000 / 0.709, second (16:25 UTC,
#   after the twelfth helper's rules) 0.758 / 38.
# * snn_k, blind: first run 0.881 / 23 / 0.997 / 0.767.
# * snn_l, blind: first run (17:40 UTC, 5b1aabf) 0.833 / 23 / 1.000 / 0.717.
# * snn_m, blind: first run (18:45 UTC, 2ab6976) 0.679 / 16 / 0.996 / 0.772.
# * snn_k, snn_l, snn_m at the end of the fifteenth session (f2ccd5b, after the twenty-eighth helper's same-source link
#   rules, chosen on development sets only): links F1 0.823, 0.807, 0.804 (from 0.769, 0.717, 0.772); the rest unchanged.
#   Their links floors follow, rounded down.
# * snn_n, blind: first run (2026-12-05 01:40 UTC, f2ccd5b) 0.849 / 46 / 0.993 / 0.744; a development set since
#   (thirty-first helper, 2026-12-05): 0.886 / 38 / 0.993 / 0.778.
# * snn_o, blind: first run (2026-12-05 03:58 UTC, 07ab5e1) 0.853 / 37 / 0.998 / 0.807; a development set since
#   (thirty-fifth helper, 2026-12-05): 0.937 / 35 / 0.998 / 0.831.
# * snn_p, blind: first run (2026-12-05 07:38 UTC, b592d08) 0.851 / 60 / 0.982 / 0.801; a development set since
#   (forty-sixth helper, 2026-12-05): 0.877 / 40 / 0.982 / 0.810.
# * snn_q, blind: first run (2026-12-05 09:17 UTC, 0f41134) 0.825 / 39 / 0.981 / 0.853.
# * snn_r, blind: first run (2026-12-05 11:36 UTC, 1f903cb) 0.905 / 50 / 0.998 / 0.835.
#   After the fifty-ninth helper's rules (chosen on development sets only, merged after snn_r was labelled): 0.905 /
#   51 / 0.998 / 0.836, cue F1 0.903 -> 0.904: one false alarm more. Kept, not bisected on the blind set (that would
#   choose rules on it); the bound is 51 from then on.
# * snn_s, blind: first run (2026-12-05 15:02 UTC, bc7fb79) 0.879 / 31 / 0.991 / 0.826.
# * snn_t, blind: first run (2026-12-05 16:57 UTC, c076e35) 0.782 / 26 / 1.000 / 0.783; a development set from the
#   twenty-fourth session.
# * snn_u, blind: first run (2026-12-05 20:45 UTC, 34cbbf7) 0.905 / 22 / 0.994 / 0.852.
# * snn_v, blind: first run (2026-12-05 21:28 UTC, 34cbbf7) 0.838 / 42 / 0.997 / 0.822.
ISSUE_9_FLOORS = {
    "snn_a": (0.94, 7, 1.0, 0.78), "snn_b": (0.98, 13, 0.99, 0.76), "snn_c": (0.97, 23, 0.99, 0.81),
    "snn_d": (0.93, 25, 1.0, 0.76), "snn_e": (0.91, 17, 1.0, 0.77), "snn_f": (0.90, 13, 1.0, 0.77),
    "snn_g": (0.95, 25, 0.99, 0.74), "snn_h": (0.81, 42, 0.99, 0.79), "snn_i": (0.75, 25, 0.99, 0.68),
    "snn_j": (0.75, 38, 0.99, 0.70), "snn_k": (0.88, 23, 0.99, 0.82), "snn_l": (0.83, 23, 0.99, 0.80),
    "snn_m": (0.67, 16, 0.99, 0.80), "snn_n": (0.88, 38, 0.99, 0.77), "snn_o": (0.93, 35, 0.99, 0.83),
    "snn_p": (0.87, 40, 0.98, 0.81), "snn_q": (0.82, 39, 0.98, 0.85),
    "snn_r": (0.90, 51, 0.99, 0.83), "snn_s": (0.87, 31, 0.99, 0.82), "snn_t": (0.78, 26, 0.99, 0.78),
    "snn_u": (0.90, 22, 0.99, 0.85), "snn_v": (0.83, 42, 0.99, 0.82),
}


@needs_archive
@pytest.mark.parametrize("name", sorted(ISSUE_9_FLOORS))
def test_issue_9_measures_do_not_regress_on_the_archive_sets(report, name):
    # anonymous found-and-classed recall, false alarms, condition (AP rule) and source identity
    s = report.get(name)
    anonymous, false_alarms, condition, links = ISSUE_9_FLOORS[name]
    assert s.anonymous_recall >= anonymous and s.overlap.fp <= false_alarms
    assert s.condition_accuracy >= condition and s.identity.f1 >= links

def test_gold_sizes(report):
    assert report.get("corpus").documents == 5 and report.get("corpus").gold >= 60
    assert report.get("heldout").documents >= 40 and report.get("heldout").gold >= 70


@pytest.mark.parametrize("name", sorted(HELDOUT_SHA256))
def test_heldout_is_frozen_and_has_provenance(name):
    raw = (GOLD / name).read_bytes()
    assert hashlib.sha256(raw).hexdigest() == HELDOUT_SHA256[name]
    for d in json.loads(raw)["documents"]:
        prov = d["provenance"]
        assert prov["repo"] and prov["path"] and len(prov["commit"]) == 40


def test_gold_snippets_match_their_offsets(gold_sets):
    for docs in gold_sets.values():
        for d in docs:
            for g in d.gold:
                assert d.text[g["cue_start"]:g["cue_end"]] == g["cue"]
                assert g["class"] in ("named", "anonymous", "vague")
                assert g["cue_kind"] in ("verb", "preposition", "continuation", "verbal_noun")


@pytest.mark.parametrize("name", sorted(ARCHIVE_SHA256))
def test_archive_sets_are_frozen_and_hold_no_archive_text(name):
    raw = (GOLD / name).read_bytes()
    assert hashlib.sha256(raw).hexdigest() == ARCHIVE_SHA256[name]
    obj = json.loads(raw)
    assert obj["corpus"] == "saudinewsnet-2015-07"
    for d in obj["documents"]:
        assert "text" not in d and len(d["text_sha1"]) == 40
        for g in d["attributions"]:
            assert not {"cue", "source", "reason", "note"} & set(g), "snippets come from the archive, not the repo"


@needs_archive
def test_archive_set_reads_its_snippets_from_the_archive(report, gold_sets):
    docs = gold_sets["snn_a"]
    assert len(docs) == 47 and sum(len(d.gold) for d in docs) == 316  # 312 before the 2026-12-04 relabels, 314 after the first, 315 after the second
    assert all(g["cue"] for d in docs for g in d.gold)
    s = report.get("snn_a")
    assert s.condition_accuracy is not None and 0 <= s.anonymous_recall <= 1


def test_archive_sets_are_left_out_without_the_archive(tmp_path: Path):
    sets = load_gold(GOLD, archive=tmp_path / "absent.jsonl.gz")
    assert "snn_a" not in sets and "heldout" in sets


def test_drift_is_detected(tmp_path: Path):
    shutil.copytree(GOLD, tmp_path / "g")
    p = tmp_path / "g" / "000.json"
    obj = json.loads(p.read_text(encoding="utf-8"))
    obj["attributions"][0]["cue_start"] += 1
    obj["attributions"][0]["cue_end"] += 1
    p.write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(GoldDriftError):
        evaluate_attributions(tmp_path / "g")


def test_prf_arithmetic():
    p = PRF(tp=8, fp=2, fn=0)
    assert p.precision == 0.8 and p.recall == 1.0 and round(p.f1, 4) == 0.8889
    assert PRF(0, 0, 0).f1 == 0.0


def test_format_report(report):
    text = format_attribution_report(report, errors=3)
    assert "[corpus]" in text and "[heldout]" in text
    assert "class anonymous" in text and "via accuracy" in text


def test_format_report_marks_a_class_with_nothing_to_score_as_na(report):
    # heldout2 has no anonymous attribution, gold or predicted: no 0.000 that reads as a failure
    text = format_attribution_report(report)
    block = text.split("[heldout2]")[1].split("[heldout3]")[0]
    line = next(ln for ln in block.splitlines() if "class anonymous" in ln)
    assert "F1 -" in line and "0.000" not in line


def test_the_command_line_lists_no_error_of_a_blind_set(report, monkeypatch, capsys):
    # a session developing rules runs `python -m analysis.evaluation.attributions --errors N`: the blind
    # sets (attribution_blind.json) show their figures only, never an error to write a rule from
    import analysis.evaluation.attributions as ev

    monkeypatch.setattr(ev, "evaluate_attributions", lambda gold: report)
    assert ev.main(["--errors", "5"]) == 0
    out = capsys.readouterr().out
    blind = ev.blind_sets()
    assert blind >= {"snn_k", "snn_l"}
    for s in report.sets:
        block = out.split(f"[{s.name}]", 1)[1].split("\n[", 1)[0]
        assert ("    - " in block) == (s.name not in blind and bool(s.errors)), s.name


def test_the_command_line_has_help(capsys):
    import analysis.evaluation.attributions as ev

    with pytest.raises(SystemExit) as stop:
        ev.main(["--help"])
    assert stop.value.code == 0 and "--errors" in capsys.readouterr().out
