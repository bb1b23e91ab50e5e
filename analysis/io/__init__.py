"""Getting articles in and results out: corpus readers (corpus), uploads and the SQLite library,
the batch runner with its cache and Parquet results (batch), JSON (serialize), the archive search
index (search) and the synthetic corpus for benchmarks (synthetic)."""
