"""What "the page has really rendered" means in a browser, shared by the load test and bench/bench_app.py.

Debian's chromium only (never a downloaded browser); pages are addressed by
their ``url_path`` in app.py's st.navigation ("" is the overview) and waited
for with ``READY_JS`` (``page.wait_for_function(READY_JS, arg=ready_arg(path))``).
"""
from __future__ import annotations

from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
EXCEPTION = '[data-testid="stException"]'

# url path -> (page title prefix in the English UI ("": any), an element that means real content, not its skeleton)
PAGES = {
    "": ("Overview", ".isnad-card"),
    "compare": ("Compare side by side", ".isnad-article"),
    "facts": ("Facts across outlets", '[data-testid="stMain"] h1'),
    "outlet": ("Outlet profile", ".isnad-card"),
    "present": ("", '[data-testid="stProgress"]'),  # its title is the story's name; the progress bar is its own
    "library": ("Library", ".st-key-up_text textarea"),
    "methodology": ("How the numbers are made", '[data-testid="stTable"]'),
}

# True once the page shows its title and content with nothing pending: no skeleton (lazy
# elements such as Plotly charts still loading), no stale element from the previous run, no
# running indicator, and ``plots`` Plotly charts drawn.  Also true as soon as an exception box
# shows (so callers fail fast instead of timing out; check EXCEPTION afterwards).
READY_JS = """([title, selector, plots]) => {
  if (document.querySelector('[data-testid="stException"]')) return true;
  const main = document.querySelector('[data-testid="stMain"]');
  if (!main) return false;
  const h1 = main.querySelector('h1');
  if (!h1 || !h1.innerText.trim().startsWith(title)) return false;
  if (!document.querySelector(selector)) return false;
  if (document.querySelector('[data-testid="stSkeleton"]')) return false;
  if (document.querySelector('[data-stale="true"]')) return false;
  const sw = document.querySelector('[data-testid="stStatusWidget"]');
  if (sw && sw.querySelector('[data-testid="stStatusWidgetRunningIcon"]')
      && !sw.className.includes('StatusWidget-exit')) return false;
  if (plots && document.querySelectorAll('.js-plotly-plot .main-svg').length < plots) return false;
  return true;
}"""


def ready_arg(path: str) -> list:
    """The argument for READY_JS on page ``path`` (the overview also waits for its two charts)."""
    title, selector = PAGES[path]
    return [title, selector, 2 if path == "" else 0]

# What READY_JS looks at, as data: put it in a failure message when a wait times out.
STATE_JS = """() => {
  const main = document.querySelector('[data-testid="stMain"]');
  const sw = document.querySelector('[data-testid="stStatusWidget"]');
  return {
    url: location.href,
    h1: main && main.querySelector('h1') ? main.querySelector('h1').innerText.slice(0, 80) : null,
    exceptions: document.querySelectorAll('[data-testid="stException"]').length,
    skeletons: document.querySelectorAll('[data-testid="stSkeleton"]').length,
    stale: document.querySelectorAll('[data-stale="true"]').length,
    running: !!(sw && sw.querySelector('[data-testid="stStatusWidgetRunningIcon"]')),
    charts: document.querySelectorAll('.js-plotly-plot .main-svg').length,
    cards: document.querySelectorAll('.isnad-card').length,
    text: main ? main.innerText.slice(0, 200) : document.body.innerText.slice(0, 200),
  };
}"""


# script_finished statuses (streamlit/proto/ForwardMsg.proto): 0 finished, 1 compile error,
# 2 stopped early for a rerun, 3 fragment run finished
FINISHED_OK, FINISHED_COMPILE_ERROR = 0, 1


def script_finished(payload) -> int | None:
    """The status of a websocket frame that is Streamlit's ``script_finished`` message, else None.

    The server sends it when a script run ends: the one signal that a run (a page load, a page
    switch, a widget's rerun) is over, which the DOM alone shows only after a delay.
    """
    if not isinstance(payload, (bytes, bytearray)):
        return None
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    try:
        msg = ForwardMsg.FromString(bytes(payload))
    except Exception:  # not a ForwardMsg: ignore
        return None
    return msg.script_finished if msg.WhichOneof("type") == "script_finished" else None
