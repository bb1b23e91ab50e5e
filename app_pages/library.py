"""Library: add articles (upload or paste) with their metadata, list, delete (with undo), re-analyse.

Every message appears next to the control that caused it (below "Add", in place of a deleted
row, below "Re-analyse"): at the top of the page it was off-screen, and "Add" seemed to do nothing.
"""

import html
import json
import re
import sqlite3
from urllib.parse import urlencode

import streamlit as st

from analysis.io.corpus import CorpusError
from analysis.records import Article
from analysis.io.uploads import (
    ACCEPT_UPLOAD_MB, MAX_UPLOAD_BYTES, SUPPORTED, UploadMeta, language_warning, parse_pasted, parse_upload, safe_basename,
)
from ui import data, render
from ui.i18n import count, t
from ui.shell import setup

ss = st.session_state
LIMIT_MB = MAX_UPLOAD_BYTES // (1024 * 1024)


def flash(place: str, kind: str, message: str) -> None:
    """A message that survives the rerun an add or delete triggers, shown at ``place``."""
    ss.setdefault(f"_flash_{place}", []).append((kind, message))


def show_flash(place: str) -> None:
    for kind, message in ss.pop(f"_flash_{place}", []):
        getattr(st, kind)(message)


DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")  # as precise as known: 2021, 2021-11, 2021-11-07


def form_problem() -> str:
    """What is wrong with the typed metadata, in words ("" when nothing)."""
    published, url = str(ss.get("up_date") or "").strip(), str(ss.get("up_url") or "").strip()
    if published and not DATE.match(published):
        return t("lib_bad_date", value=published)
    if url and not url.lower().startswith(("http://", "https://")):
        return t("lib_bad_url", value=url)
    return ""


def add() -> None:
    ss.pop("_undo", None)  # a new action: the last delete is no longer "just now"
    problem = form_problem()
    if problem:
        flash("add", "error", problem)
        return
    meta = UploadMeta(outlet=ss.get("up_outlet", ""), title=ss.get("up_title", ""),
                      published=str(ss.get("up_date") or "").strip(), url=str(ss.get("up_url") or "").strip())
    upload, pasted = ss.get("up_file"), ss.get("up_text", "")
    try:
        if upload is not None:
            if upload.size > MAX_UPLOAD_BYTES:  # said here, in the UI language, before reading it
                raise CorpusError(t("lib_too_large", name=safe_basename(upload.name), mb=LIMIT_MB,
                                    size=f"{upload.size / (1024 * 1024):.1f}"))
            articles = parse_upload(upload.name, upload.getvalue(), meta)
        elif pasted.strip():
            articles = (parse_pasted(pasted, meta),)
        else:
            raise CorpusError(t("lib_nothing", mb=LIMIT_MB))
        data.library().add(articles)
    except CorpusError as exc:  # every parse/validation problem arrives as a readable CorpusError
        flash("add", "error", str(exc))
        return
    except sqlite3.Error as exc:
        flash("add", "error", t("library_unreadable", path=str(data.library().path), error=str(exc)))
        return
    flash("add", "success", t("lib_added", articles=count("articles", len(articles)), ids=", ".join(a.id for a in articles)))
    for a in articles:
        warning = language_warning(a)
        if warning:
            flash("add", "warning", warning)
    ss["up_text"] = ""


def delete(article_id: str, position: int) -> None:
    """Delete at once and offer undo where the row was (a confirmation step would be a second
    click every time; undo costs nothing unless needed)."""
    lib = data.library()
    try:
        gone = next((a for a in lib.articles() if a.id == article_id), None)
        removed = lib.delete(article_id)
    except sqlite3.Error as exc:
        flash("list", "error", t("library_unreadable", path=str(lib.path), error=str(exc)))
        return
    if removed and gone is not None:
        ss["_undo"] = (gone, position)
    else:
        flash("list", "error", t("lib_delete_missing", id=article_id))


def undo() -> None:
    article, _ = ss.pop("_undo", (None, 0))
    if not isinstance(article, Article):
        return
    try:
        data.library().add([article])
    except (CorpusError, sqlite3.Error) as exc:  # e.g. added again meanwhile: say so, keep the library as is
        flash("list", "error", str(exc))
        return
    flash("list", "success", t("lib_restored", id=article.id))


def reanalyse() -> None:
    data.clear()
    flash("reanalyse", "success", t("lib_reanalysed"))


def _css_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False).replace("<", "\\3c ")  # a CSS string; never closes <style>


def form_css(lang: str) -> str:
    """The uploader's own words (its button, its size and type line) are English and fixed in
    Streamlit; they are replaced by ours in the UI language, and the paste box takes the UI's
    direction (each pasted paragraph still finds its own: unicode-bidi: plaintext)."""
    hint = t("lib_file_hint", mb=LIMIT_MB, types=", ".join(SUPPORTED))
    drop = '.st-key-up_file [data-testid="stFileUploaderDropzone"]'
    instr = '[data-testid="stFileUploaderDropzoneInstructions"]'
    direction = "rtl" if lang == "ar" else "ltr"
    return (
        f"{drop} {instr} > * {{ display: none; }}\n"
        f"{drop} {instr}::after {{ content: {_css_string(hint)}; font-size: .9rem; color: #444; }}\n"
        # the button (the element just before the instructions) keeps its icon, gets our word
        f"{drop} > :has(+ {instr}) button p {{ font-size: 0; }}\n"
        f"{drop} > :has(+ {instr}) button p::after {{ content: {_css_string(t('lib_upload_button'))}; font-size: 1rem; }}\n"
        f"{drop} {{ direction: {direction}; }}\n"
        f".st-key-up_text textarea {{ direction: {direction}; unicode-bidi: plaintext; text-align: start; }}\n"
    )


def row_html(a: Article, analysed, lang: str) -> str:
    """One library entry: title, outlet, date, its sourcing score (from the analysis) and links.

    Everything in it was typed or uploaded by a user: escaped; a link only for http(s) addresses."""
    title = html.escape(a.title or a.id)
    meta = " · ".join(html.escape(x) for x in (a.outlet, a.published or t("lib_no_date"), a.id))
    facts = ""
    if analysed is not None:
        s = analysed.sourcing
        score, note = render.fmt_score(s.score, s.interval)
        facts = (f'<div class="lbl">{html.escape(t("sourcing"))}: <b>{html.escape(score)}</b> {html.escape(note)}'
                 f' · {html.escape(t("lib_row_sources", named=s.named, anonymous=s.anonymous, vague=s.vague))}</div>')
    links = [f'<a href="compare?{html.escape(urlencode({"a": a.id, "lang": lang}), quote=True)}" target="_self">'
             f'{html.escape(t("lib_open_compare"))}</a>']
    if a.url.lower().startswith(("http://", "https://")):
        links.append(f'<a href="{html.escape(a.url, quote=True)}" target="_blank" rel="noopener noreferrer">'
                     f'{html.escape(t("lib_open_url"))}</a>')
    return (f'<div class="isnad-strong isnad-lib-row" dir="auto"><b>{title}</b>'
            f' <span class="lbl">{meta}</span>{facts}<div class="lbl">{" · ".join(links)}</div></div>')


def undo_notice() -> None:
    gone, _ = ss["_undo"]
    st.warning(t("lib_deleted_undo", title=gone.title or gone.id))
    st.button(t("lib_undo"), key="lib_undo", on_click=undo)


# load
ctx = setup(filters=False)
st.title(t("lib_title"))
st.caption(t("lib_intro", types=", ".join(SUPPORTED), mb=LIMIT_MB))
st.html(f"<style>{form_css(ctx.lang)}</style>")

# add: the form, its button, and what became of the last click right below it
st.header(t("lib_add_header"))
c1, c2 = st.columns(2)
c1.text_input(t("lib_outlet"), key="up_outlet")
c2.text_input(t("lib_article_title"), key="up_title")
c1.text_input(t("lib_date"), key="up_date", placeholder="2021-11-07")
c2.text_input(t("lib_url"), key="up_url")
# the uploader takes files larger than the limit so that Add can name the limit (a file the
# browser refuses never reaches us, and Add would only say "choose a file first")
st.file_uploader(t("lib_file"), type=[x.lstrip(".") for x in SUPPORTED], key="up_file",
                 max_upload_size=ACCEPT_UPLOAD_MB)
st.text_area(t("lib_paste"), key="up_text", height=180, placeholder=t("lib_paste_hint"))
st.button(t("lib_add"), type="primary", on_click=add, key="up_add")
show_flash("add")

# show: the library, each row with its date, outlet, score and links; a deleted row's undo in its place
st.header(t("lib_list_header"))
show_flash("list")
articles = ctx.loaded.library_articles
pending = ss.get("_undo")
if not articles and not pending:
    st.info(t("lib_empty"))
analysed = ctx.loaded.analysis.by_id
for i, a in enumerate(articles):
    if pending and pending[1] == i:
        undo_notice()
    left, right = st.columns([5, 1])
    with left:
        render.show_html(row_html(a, analysed.get(a.id), ctx.lang))
    right.button(t("lib_delete"), key=f"del_{a.id}", on_click=delete, args=(a.id, i))
if pending and pending[1] >= len(articles):
    undo_notice()
st.button(t("lib_reanalyse"), on_click=reanalyse, key="reanalyse")
show_flash("reanalyse")
st.caption(t("lib_bundled", articles=count("articles", len(ctx.loaded.bundled_ids))))
