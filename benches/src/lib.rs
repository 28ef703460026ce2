//! Benchmarks of sem against its anchors; the benchmarks themselves live in `benches/`.
