#!/usr/bin/env bash
# Write benchmark: a 100,000-row × 20-column consolidated sheet written through the Swift module (FormFoldOutput),
# through libxlsxwriter from C, and through Python XlsxWriter, the same cells, in one run, in normal and
# constant-memory mode. Run from the repository root (`make bench-write`); CI does not run it. See
# bench/README-write.md.
#
#   bash bench/write-benchmark.sh                # everything
#   bash bench/write-benchmark.sh --peers-only   # C and Python only; no Swift build, no targets checked
#
# Environment: RUNS (default 3) runs per writer and mode, best wall time kept; ROWS (default 100000) data rows;
# SKIP_PYTHON=1 leaves Python out (it takes ~30 s a run); PYTHON (default python3).
set -euo pipefail

die() { echo "write-benchmark: $*" >&2; exit 1; }
step() { echo; echo "== $*" >&2; }

[ -f Package.swift ] && [ -f bench/write_c.c ] || die "run from the repository root (make bench-write)"

peers_only=0
for arg in "$@"; do
    case "$arg" in
        --peers-only) peers_only=1 ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) die "unknown argument: $arg" ;;
    esac
done

RUNS=${RUNS:-3}
ROWS=${ROWS:-100000}
SKIP_PYTHON=${SKIP_PYTHON:-0}
DATA=bench/data
WRITE_C=$DATA/write_c
SWIFT_BIN=.build/release/formfold-bench-write
PY=${PYTHON:-python3}

# --- prerequisites -----------------------------------------------------------------------------
command -v gcc >/dev/null || die "gcc not found (apt-get install gcc)"
command -v pkg-config >/dev/null || die "pkg-config not found (make deps, or apt-get install pkg-config)"
pkg-config --exists xlsxwriter || die "libxlsxwriter not found by pkg-config (make deps, or apt-get install libxlsxwriter-dev)"
command -v "$PY" >/dev/null || die "$PY not found"
if [ "$SKIP_PYTHON" != 1 ]; then
    "$PY" -c 'import xlsxwriter' 2>/dev/null || die "Python XlsxWriter missing: $PY -m pip install xlsxwriter (or SKIP_PYTHON=1)"
fi
"$PY" -c 'import openpyxl' 2>/dev/null \
    || echo "write-benchmark: openpyxl not installed, so no cell read-back ($PY -m pip install openpyxl)" >&2

# --- (1) the C writer and the Swift release product ----------------------------------------------
mkdir -p "$DATA"
if [ ! -x "$WRITE_C" ] || [ bench/write_c.c -nt "$WRITE_C" ]; then
    step "building the C writer ($WRITE_C)"
    # shellcheck disable=SC2046  # pkg-config output is meant to be split
    gcc -O2 -Wall -o "$WRITE_C" bench/write_c.c $(pkg-config --cflags --libs xlsxwriter) \
        || die "building bench/write_c.c failed"
fi
if [ "$peers_only" = 0 ]; then
    step "building formfold-bench-write (swift build -c release --product formfold-bench-write)"
    command -v swift >/dev/null || die "swift not found on PATH"
    swift build -c release --product formfold-bench-write \
        || die "the release build of formfold-bench-write failed (see above); use --peers-only to time C and Python alone"
    [ -x "$SWIFT_BIN" ] || die "$SWIFT_BIN is missing after the build"
fi

# --- (2) each writer, each mode, RUNS times ------------------------------------------------------
RESULTS=$DATA/write-results.jsonl
: > "$RESULTS"
outputs=()
measure() { # TOOL MODE CMD... (CMD gets OUTPUT and, for constant memory, --constant-memory appended)
    local tool=$1 mode=$2
    shift 2
    local file=$DATA/write-$tool-$mode.xlsx flag=()
    [ "$mode" = constant-memory ] && flag=(--constant-memory)
    rm -f "$file"
    "$PY" bench/peers.py measure --label "$tool-${mode//-/_}" --tool "$tool" --runs "$RUNS" --rows "$ROWS" \
        --out "$RESULTS" -- "$@" "$file" --rows "$ROWS" "${flag[@]}" || die "$tool ($mode) failed"
    [ -s "$file" ] || die "$tool ($mode) wrote no $file"
    outputs+=("$file")
}

for mode in normal constant-memory; do
    step "$ROWS rows, $mode: best of $RUNS runs each"
    measure c "$mode" "$WRITE_C"
    [ "$peers_only" = 1 ] || measure swift "$mode" "$SWIFT_BIN"
    [ "$SKIP_PYTHON" = 1 ] || measure python "$mode" "$PY" bench/write_py.py
done

# --- (3) the outputs hold the same cells ---------------------------------------------------------
step "checking the outputs"
verified=0
"$PY" bench/write_py.py verify --rows "$ROWS" "${outputs[@]}" || verified=1

# --- (4) the table and the verdicts ------------------------------------------------------------
step "results (best wall time of $RUNS; rows/s counts data rows; peak MB is the resident peak of the process)"
reported=0
"$PY" bench/write_py.py report "$RESULTS" --outputs "$DATA" --c-target 1.2 --python-target 5 || reported=1
[ "$verified" = 0 ] || echo "write-benchmark: FAIL: the outputs do not hold the same cells (see above)" >&2
exit $(( verified || reported ))
