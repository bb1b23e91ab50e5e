"""Library: add articles (upload or paste) with their metadata, list, delete, re-analyse."""

import re
import sqlite3

import streamlit as st

from analysis.corpus import CorpusError
from analysis.uploads import MAX_UPLOAD_BYTES, SUPPORTED, UploadMeta, language_warning, parse_pasted, parse_upload
from ui import data, render
from ui.i18n import t
from ui.shell import setup

ss = st.session_state


def flash(kind: str, message: str) -> None:
    """A message that survives the rerun an add or delete triggers."""
    ss.setdefault("_flash", []).append((kind, message))


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
    problem = form_problem()
    if problem:
        flash("error", problem)
        return
    meta = UploadMeta(outlet=ss.get("up_outlet", ""), title=ss.get("up_title", ""),
                      published=str(ss.get("up_date") or "").strip(), url=str(ss.get("up_url") or "").strip())
    upload, pasted = ss.get("up_file"), ss.get("up_text", "")
    try:
        if upload is not None:
            articles = parse_upload(upload.name, upload.getvalue(), meta)
        elif pasted.strip():
            articles = (parse_pasted(pasted, meta),)
        else:
            raise CorpusError(t("lib_nothing"))
        data.library().add(articles)
    except CorpusError as exc:  # every parse/validation problem arrives as a readable CorpusError
        flash("error", str(exc))
        return
    except sqlite3.Error as exc:
        flash("error", t("library_unreadable", path=str(data.library().path), error=str(exc)))
        return
    flash("success", t("lib_added", n=len(articles), ids=", ".join(a.id for a in articles)))
    for a in articles:
        warning = language_warning(a)
        if warning:
            flash("warning", warning)
    ss["up_text"] = ""


def delete(article_id: str) -> None:
    try:
        gone = data.library().delete(article_id)
    except sqlite3.Error as exc:
        flash("error", t("library_unreadable", path=str(data.library().path), error=str(exc)))
        return
    if gone:
        flash("success", t("lib_deleted", id=article_id))
    else:
        flash("error", t("lib_delete_missing", id=article_id))


def reanalyse() -> None:
    data.clear()
    flash("success", t("lib_reanalysed"))


ctx = setup(filters=False)
st.title(t("lib_title"))
st.caption(t("lib_intro", types=", ".join(SUPPORTED), mb=MAX_UPLOAD_BYTES // (1024 * 1024)))
for kind, message in ss.pop("_flash", []):
    getattr(st, kind)(message)

st.header(t("lib_add_header"))
c1, c2 = st.columns(2)
c1.text_input(t("lib_outlet"), key="up_outlet")
c2.text_input(t("lib_article_title"), key="up_title")
c1.text_input(t("lib_date"), key="up_date", placeholder="2021-11-07")
c2.text_input(t("lib_url"), key="up_url")
st.file_uploader(t("lib_file"), type=[x.lstrip(".") for x in SUPPORTED], key="up_file")
st.text_area(t("lib_paste"), key="up_text", height=180)
st.button(t("lib_add"), type="primary", on_click=add, key="up_add")

st.header(t("lib_list_header"))
articles = ctx.loaded.library_articles
if not articles:
    st.info(t("lib_empty"))
for a in articles:
    left, right = st.columns([5, 1])
    with left:
        render.strong(a.title or a.id, f"{a.outlet} · {a.id}")
    right.button(t("lib_delete"), key=f"del_{a.id}", on_click=delete, args=(a.id,))
st.button(t("lib_reanalyse"), on_click=reanalyse, key="reanalyse")
st.caption(t("lib_bundled", n=len(ctx.loaded.bundled_ids)))
