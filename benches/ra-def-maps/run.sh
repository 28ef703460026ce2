#!/usr/bin/env bash
# The def-map benchmark: sem's crate_def_map against rust-analyzer's, on every library crate of a
# real Cargo workspace, in one run, then body lowering (sem's item_hir of every owner against
# rust-analyzer's Body::of of every body owner). See docs/benchmarks.md for what is measured and
# the figures.
#
#   benches/ra-def-maps/run.sh [--rounds N] [--no-stages] [WORKSPACE]
#
# WORKSPACE defaults to sem's corpus (corpus/, 580 crates.io packages); tests/workspaces/
# tokio-serde-clap (41 packages) is the quick one. Each round runs both analyzers, one after the
# other, each in a process of its own; the order alternates from round to round (rust-analyzer
# first in odd rounds). The two halves are workspaces of their own (ra/ and sem/, each with its
# lock file) because rust-analyzer 0.0.348 needs salsa 0.28.2 and sem pins 0.28.5.
#
# Steps: build both halves (release); list the library crates of each graph and keep the root
# files both have; measure; then sem's half prints the report (tables, ratios, salsa's memory per
# query, sem's memory stage by stage) and one JSON line. Every file is kept in $OUT (default: a
# new folder under target/ of this directory).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
rounds=3
stages=1
workspace=""
while [ $# -gt 0 ]; do
    case "$1" in
        --rounds) rounds="$2"; shift 2 ;;
        --no-stages) stages=0; shift ;;
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        *) workspace="$1"; shift ;;
    esac
done
workspace="$(cd "${workspace:-$here/../../corpus}" && pwd)"
out="${OUT:-$here/target/run-$(date +%Y%m%d-%H%M%S)}"
mkdir -p "$out"

# The corpus's packages are fetched by `cargo xtask corpus`; fetching again is a no-op.
(cd "$workspace" && cargo fetch --locked >/dev/null)

for half in ra sem; do
    (cd "$here/$half" && cargo build --release --locked --quiet)
done
ra="$here/ra/target/release/ra-def-maps-ra"
sem="$here/sem/target/release/ra-def-maps-sem"

echo "workspace: $workspace"
echo "toolchain: $(rustc --version), standard library from $(rustc --print sysroot)/lib/rustlib/src/rust/library"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"

"$ra" list "$workspace" | sort -u >"$out/ra-crates.txt"
"$sem" list "$workspace" | sort -u >"$out/sem-libs.txt"
comm -12 "$out/sem-libs.txt" "$out/ra-crates.txt" >"$out/crates.txt"
echo "library crates: sem $(wc -l <"$out/sem-libs.txt"), rust-analyzer's graph $(wc -l <"$out/ra-crates.txt") crates in all;" \
    "measured: the $(wc -l <"$out/crates.txt") library root files both graphs have"
comm -23 "$out/sem-libs.txt" "$out/ra-crates.txt" | sed 's/^/  sem only: /'

files=()
for round in $(seq 1 "$rounds"); do
    if [ $((round % 2)) -eq 1 ]; then order="ra sem"; else order="sem ra"; fi
    for half in $order; do
        bin="$ra"; [ "$half" = sem ] && bin="$sem"
        "$bin" measure --crates "$out/crates.txt" --out "$out/$half-$round.json" "$workspace"
    done
    files+=("$out/ra-$round.json" "$out/sem-$round.json")
    echo "round $round done (order: $order; load: $(cut -d' ' -f1-3 /proc/loadavg))"
done
if [ "$stages" = 1 ]; then
    "$sem" stages --crates "$out/crates.txt" --out "$out/sem-stages.json" "$workspace"
    files+=("$out/sem-stages.json")
fi
echo
"$sem" report "${files[@]}" | tee "$out/report.md"
echo "files: $out"
