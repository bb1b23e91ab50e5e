"""The framework floor for bench/bench_floor.py: a bare Streamlit page with two Plotly charts.

What any Streamlit dashboard with two charts pays on a cold start (Streamlit's server and front
end, Plotly's figure code and plotly.js) and nothing of Isnad's: no analysis, no corpus, no
sidebar filters.  Same page setup as app.py (wide layout), charts of the same kinds as the
overview's (a scatter with error bars, a grouped bar chart).  Not a page of the app.
"""
import plotly.graph_objects as go
import streamlit as st

st.set_page_config(page_title="Bare", layout="wide", initial_sidebar_state="expanded")
st.title("Bare page")
names = ["A", "B", "C", "D", "E"]
st.plotly_chart(go.Figure(go.Scatter(x=[0.2, 0.4, 0.5, 0.7, 0.9], y=[60, 75, 80, 55, 90], mode="markers",
                                     error_y=dict(type="data", array=[10, 8, 12, 9, 5]), text=names)),
                key="map")
st.plotly_chart(go.Figure([go.Bar(name=c, x=names, y=[3, 1, 4, 1, 5]) for c in ("named", "anonymous", "vague")]),
                key="classes")
