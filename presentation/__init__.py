"""What the dashboard and the HTML export show, built from the analysis records: view models
(views), escaped HTML for articles and evidence (highlight, blocks), Plotly figures (figures),
downloads (export) and class/status labels (labels). Never imports Streamlit, so the export and
its tests run headless; used by ui/ and the pages."""
