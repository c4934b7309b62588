#!/usr/bin/env python3
"""Helpers for bench/read-benchmark.sh: read a workbook with a peer tool, measure a command, print the table.

    peers.py read calamine|openpyxl FILE
        Reads every row of every sheet, touching every cell; prints {"tool", "rows", "cells"} as JSON.

    peers.py measure --label L --runs N --rows R --out RESULTS.jsonl -- CMD ARG...
        Runs CMD N times (stdout of the last run kept next to RESULTS as L.out); appends one JSON line
        with the best wall time and the peak RSS of the child (os.wait4's ru_maxrss, which is the
        resident peak of that process alone, the figure /usr/bin/time -v reports).

    peers.py report RESULTS.jsonl --ratio-target 1.5 --memory-target-mb 100
        Prints the tables, the ratios and PASS/FAIL; exits 1 when a target fails.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time


def read_calamine(path: str) -> tuple[int, int]:
    from python_calamine import CalamineWorkbook

    wb = CalamineWorkbook.from_path(path)
    rows = cells = 0
    for name in wb.sheet_names:
        sheet = wb.get_sheet_by_name(name)
        for row in sheet.iter_rows():
            rows += 1
            cells += len(row)
    return rows, cells


def read_openpyxl(path: str) -> tuple[int, int]:
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    rows = cells = 0
    try:
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                rows += 1
                cells += len(row)
    finally:
        wb.close()
    return rows, cells


READERS = {"calamine": read_calamine, "openpyxl": read_openpyxl}


def cmd_read(args: argparse.Namespace) -> int:
    rows, cells = READERS[args.tool](args.file)
    print(json.dumps({"tool": args.tool, "rows": rows, "cells": cells}))
    return 0


def run_once(cmd: list[str], stdout_path: str) -> tuple[float, int, int]:
    """Wall seconds, peak RSS in KiB, exit status of one run of cmd."""
    with open(stdout_path, "wb") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss, proc.returncode


def cmd_measure(args: argparse.Namespace) -> int:
    cmd = args.cmd[1:] if args.cmd and args.cmd[0] == "--" else args.cmd
    if not cmd:
        print("measure: no command given", file=sys.stderr)
        return 2
    out_dir = os.path.dirname(os.path.abspath(args.out))
    stdout_path = os.path.join(out_dir, f"{args.label}.out")
    walls, peaks = [], []
    for i in range(args.runs):
        wall, peak_kib, code = run_once(cmd, stdout_path)
        if code != 0:
            print(f"measure: {args.label} run {i + 1} exited with status {code}: {' '.join(cmd)}", file=sys.stderr)
            return 1
        walls.append(wall)
        peaks.append(peak_kib)
        print(f"  {args.label:<22} run {i + 1}/{args.runs}: {wall:8.2f} s  {peak_kib / 1024:8.1f} MB", file=sys.stderr)
    result = {
        "label": args.label,
        "tool": args.tool or args.label,
        "rows": args.rows,
        "best_s": min(walls),
        "runs_s": walls,
        "peak_mb": max(peaks) / 1024,
        "stdout": stdout_path,
    }
    with open(args.out, "a", encoding="utf-8") as f:
        f.write(json.dumps(result, ensure_ascii=False) + "\n")
    return 0


def rows_seen(result: dict) -> tuple[str, bool]:
    """What the tool said it read, and whether that is every row.

    The peers print every row they saw (the title and header rows included: data rows + 2); formfold prints
    its report, whose forms' `rows` are data rows."""
    try:
        with open(result["stdout"], encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError):
        return "? (output is not JSON)", False
    if isinstance(data, dict) and "forms" in data:
        n = sum(form.get("rows", 0) for form in data["forms"])
        return f"{n} data", n == result["rows"]
    n = data.get("rows") if isinstance(data, dict) else None
    return f"{n} all", n == result["rows"] + 2


def cmd_report(args: argparse.Namespace) -> int:
    with open(args.results, encoding="utf-8") as f:
        results = [json.loads(line) for line in f if line.strip()]
    failures = 0
    for rows in sorted({r["rows"] for r in results}):
        group = [r for r in results if r["rows"] == rows]
        print(f"\n{rows:,} data rows × 20 columns")
        print(f"  {'tool':<12} {'best s':>9} {'rows/s':>12} {'peak MB':>9}  rows read")
        for r in group:
            rate = rows / r["best_s"]
            seen, complete = rows_seen(r)
            if not complete:
                failures += 1
                seen += "   FAIL: not every row was read"
            print(f"  {r['tool']:<12} {r['best_s']:9.2f} {rate:12,.0f} {r['peak_mb']:9.1f}  {seen}")
        by_tool = {r["tool"]: r for r in group}
        ff = by_tool.get("formfold")
        if ff is None:
            print("  (formfold not measured)")
            continue
        for peer in ("calamine", "openpyxl"):
            if peer in by_tool:
                ratio = by_tool[peer]["best_s"] / ff["best_s"]
                line = f"  formfold vs {peer:<9} {ratio:6.2f}× rows/s"
                if peer == "calamine" and rows == args.ratio_rows:
                    ok = ratio >= args.ratio_target
                    failures += not ok
                    line += f"   target ≥ {args.ratio_target}×: {'PASS' if ok else 'FAIL'}"
                print(line)
        if rows == args.memory_rows:
            ok = ff["peak_mb"] < args.memory_target_mb
            failures += not ok
            print(f"  formfold peak {ff['peak_mb']:.1f} MB   target < {args.memory_target_mb:g} MB: "
                  f"{'PASS' if ok else 'FAIL'}")
    print(f"\noverall: {'FAIL' if failures else 'PASS'}" + ("" if any(r["tool"] == "formfold" for r in results)
                                                              else " (peers only; no targets checked)"))
    return 1 if failures else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("read", help="read every row with a peer tool")
    p.add_argument("tool", choices=sorted(READERS))
    p.add_argument("file")
    p.set_defaults(func=cmd_read)

    p = sub.add_parser("measure", help="best wall time and peak RSS of a command over N runs")
    p.add_argument("--label", required=True)
    p.add_argument("--tool")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--rows", type=int, required=True, help="data rows in the file (for rows/s)")
    p.add_argument("--out", required=True, help="results file (JSON lines, appended)")
    p.add_argument("cmd", nargs=argparse.REMAINDER)
    p.set_defaults(func=cmd_measure)

    p = sub.add_parser("report", help="print the tables and the PASS/FAIL verdicts")
    p.add_argument("results")
    p.add_argument("--ratio-target", type=float, default=1.5)
    p.add_argument("--ratio-rows", type=int, default=100_000)
    p.add_argument("--memory-target-mb", type=float, default=100.0)
    p.add_argument("--memory-rows", type=int, default=1_000_000)
    p.set_defaults(func=cmd_report)

    args = parser.parse_args()
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
