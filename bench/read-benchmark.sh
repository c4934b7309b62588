#!/usr/bin/env bash
# Read benchmark: formfold inspect vs python-calamine and openpyxl (read-only) on the same files, in
# the same run. Run from the repository root (`make bench-read`); CI does not run it. See bench/README.md.
#
#   bash bench/read-benchmark.sh                # everything
#   bash bench/read-benchmark.sh --peers-only   # generate the files and time the peers; no Swift build
#
# Environment: RUNS (default 3) runs per tool on the 100,000-row file, best wall time kept;
# RUNS_1M (default 1) on the 1,000,000-row file; SKIP_1M=1 skips the 1,000,000-row file;
# SKIP_OPENPYXL_1M (default 1) leaves openpyxl out of the 1,000,000-row run (it takes minutes).
set -euo pipefail

die() { echo "read-benchmark: $*" >&2; exit 1; }
step() { echo; echo "== $*" >&2; }

[ -f Package.swift ] && [ -f bench/gen_xlsx.c ] || die "run from the repository root (make bench-read)"

peers_only=0
for arg in "$@"; do
    case "$arg" in
        --peers-only) peers_only=1 ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) die "unknown argument: $arg" ;;
    esac
done

RUNS=${RUNS:-3}
RUNS_1M=${RUNS_1M:-1}
SKIP_1M=${SKIP_1M:-0}
SKIP_OPENPYXL_1M=${SKIP_OPENPYXL_1M:-1}
ROWS_SMALL=100000
ROWS_LARGE=1000000
DATA=bench/data
GEN=$DATA/gen_xlsx
SMALL=$DATA/roster-$ROWS_SMALL.xlsx
LARGE=$DATA/roster-$ROWS_LARGE.xlsx
FORMFOLD=.build/release/formfold
PY=${PYTHON:-python3}

# --- prerequisites -----------------------------------------------------------------------------
command -v gcc >/dev/null || die "gcc not found (apt-get install gcc)"
command -v pkg-config >/dev/null || die "pkg-config not found (make deps, or apt-get install pkg-config)"
pkg-config --exists xlsxwriter || die "libxlsxwriter not found by pkg-config (make deps, or apt-get install libxlsxwriter-dev)"
command -v "$PY" >/dev/null || die "$PY not found"
"$PY" -c 'import python_calamine' 2>/dev/null || die "python-calamine missing: $PY -m pip install python-calamine"
"$PY" -c 'import openpyxl' 2>/dev/null || die "openpyxl missing: $PY -m pip install openpyxl"

# --- (1) the generator and the files -------------------------------------------------------------
mkdir -p "$DATA"
if [ ! -x "$GEN" ] || [ bench/gen_xlsx.c -nt "$GEN" ]; then
    step "building the generator ($GEN)"
    # shellcheck disable=SC2046  # pkg-config output is meant to be split
    gcc -O2 -Wall -o "$GEN" bench/gen_xlsx.c $(pkg-config --cflags --libs xlsxwriter) \
        || die "building bench/gen_xlsx.c failed"
fi

generate() { # FILE ROWS MODE — only when missing; written aside and renamed, so a broken run leaves nothing
    local file=$1 rows=$2 mode=$3
    if [ -s "$file" ]; then
        echo "using $file (delete it to regenerate)" >&2
        return
    fi
    step "writing $file ($rows rows, $mode)"
    local start=$SECONDS
    "$GEN" "$file.part" "$rows" "$mode" || { rm -f "$file.part"; die "generating $file failed"; }
    mv "$file.part" "$file"
    echo "wrote $file: $(du -h "$file" | cut -f1) in $((SECONDS - start)) s" >&2
}
generate "$SMALL" $ROWS_SMALL normal
[ "$SKIP_1M" = 1 ] || generate "$LARGE" $ROWS_LARGE constant_memory

# --- (2) formfold, release build ---------------------------------------------------------------
if [ "$peers_only" = 0 ]; then
    step "building formfold (swift build -c release --product formfold)"
    command -v swift >/dev/null || die "swift not found on PATH"
    swift build -c release --product formfold \
        || die "the release build of formfold failed (see above); use --peers-only to time the peers alone"
    [ -x "$FORMFOLD" ] || die "$FORMFOLD is missing after the build: the formfold product does not exist yet"
fi

# --- (3) the 100,000-row file --------------------------------------------------------------------
RESULTS=$DATA/results.jsonl
: > "$RESULTS"
measure() { # LABEL TOOL ROWS RUNS CMD...
    local label=$1 tool=$2 rows=$3 runs=$4
    shift 4
    "$PY" bench/peers.py measure --label "$label" --tool "$tool" --runs "$runs" --rows "$rows" \
        --out "$RESULTS" -- "$@" || die "$tool failed on ${rows} rows"
}
warm() { cat "$1" > /dev/null; } # read the file once so every tool finds it in the page cache

step "100,000 rows: best of $RUNS runs each"
warm "$SMALL"
if [ "$peers_only" = 0 ]; then
    measure formfold-100k formfold $ROWS_SMALL "$RUNS" "$FORMFOLD" inspect "$SMALL" --json
fi
measure calamine-100k calamine $ROWS_SMALL "$RUNS" "$PY" bench/peers.py read calamine "$SMALL"
measure openpyxl-100k openpyxl $ROWS_SMALL "$RUNS" "$PY" bench/peers.py read openpyxl "$SMALL"

# --- (5) the 1,000,000-row file ------------------------------------------------------------------
if [ "$SKIP_1M" != 1 ]; then
    step "1,000,000 rows: best of $RUNS_1M run(s) each (peak memory)"
    warm "$LARGE"
    if [ "$peers_only" = 0 ]; then
        measure formfold-1m formfold $ROWS_LARGE "$RUNS_1M" "$FORMFOLD" inspect "$LARGE" --json
    fi
    measure calamine-1m calamine $ROWS_LARGE "$RUNS_1M" "$PY" bench/peers.py read calamine "$LARGE"
    if [ "$SKIP_OPENPYXL_1M" != 1 ]; then
        measure openpyxl-1m openpyxl $ROWS_LARGE "$RUNS_1M" "$PY" bench/peers.py read openpyxl "$LARGE"
    fi
fi

# --- (4) the table and the verdicts ------------------------------------------------------------
step "results (rows/s counts data rows; peak MB is the resident peak of the process)"
"$PY" bench/peers.py report "$RESULTS" --ratio-target 1.5 --ratio-rows $ROWS_SMALL \
    --memory-target-mb 100 --memory-rows $ROWS_LARGE
