#!/usr/bin/env python3
"""Times the command line as whole processes: wall time and peak resident memory of each run
(os.wait4 gives the child's own rusage), medians over REPS runs, and for workload W the median of
the per-pair ratios to the numpy reference, the two commands run in turn (A B A B ...).

    measure.py --cli BIN --w DIR --asem DIR [--numpy SCRIPT] [--jit-cli BIN] [--reps N] [--out FILE]

Prints a Markdown table (also written to FILE) headed by the date, the machine and the load
average before and after. Standard library only; run by run.sh, which builds what it needs.
"""
import argparse
import os
import platform
import statistics
import subprocess
import sys
import time


def run_once(argv, env=None):
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    err = child.stderr.read().decode("utf-8", "replace")
    child.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"{' '.join(argv)} exited with {code}:\n{err}")
    return wall, usage.ru_maxrss / 1024.0, usage.ru_utime + usage.ru_stime  # ru_maxrss is in KiB on Linux


def load():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def cpu():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--cli", required=True, help="the county-innovation binary to time")
    p.add_argument("--jit-cli", help="a framework-dependent (JIT) county-innovation, timed for comparison")
    p.add_argument("--w", required=True, help="folder with workload W's inputs (make_w.py)")
    p.add_argument("--asem", required=True, help="folder with the ASEM inputs (asem_inputs.py)")
    p.add_argument("--numpy", help="ua_numpy.py; omitted: no side-by-side")
    p.add_argument("--python", default="/usr/bin/python3")
    p.add_argument("--reps", type=int, default=5)
    p.add_argument("--out")
    a = p.parse_args()

    w = ["uncertainty", "--data", f"{a.w}/panel.csv", "--framework", f"{a.w}/framework.csv",
         "--method", f"{a.w}/method.json", "--year", "2024", "--runs", "10000", "--seed", "7",
         "--vary", "weights,normalisation,aggregation,imputation", "--format", "csv"]
    asem = ["uncertainty", "--data", f"{a.asem}/panel.csv", "--framework", f"{a.asem}/framework.csv",
            "--method", f"{a.asem}/method.json", "--year", "2019", "--runs", "1000", "--seed", "7",
            "--vary", "weights,normalisation,aggregation",
            "--normalisations", "min-max(lower=1, upper=100);z-score(mean=10, sd=2)", "--format", "csv"]
    numpy_env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")}

    rows = []
    before = load()

    def single(label, argv):
        for _ in range(1):  # one untimed run: page cache, not JIT (there is none in the native binary)
            run_once(argv)
        walls, peaks, cpus = zip(*(run_once(argv) for _ in range(a.reps)))
        rows.append((label, statistics.median(walls), min(walls), max(walls), max(peaks), statistics.median(cpus), None))

    clis = [("native", a.cli)] + ([("JIT", a.jit_cli)] if a.jit_cli else [])
    for kind, cli in clis:
        single(f"`--version` ({kind})", [cli, "--version"])
        single(f"`evaluate` on the embedded sample ({kind})", [cli, "evaluate"])

    # Workload W against the numpy reference, in turn.
    if a.numpy:
        np_argv = [a.python, a.numpy, "2844", "10000", "7", "--data", a.w]
        run_once([a.cli] + w)
        run_once(np_argv, numpy_env)
        ours, theirs = [], []
        for _ in range(a.reps):
            ours.append(run_once([a.cli] + w))
            theirs.append(run_once(np_argv, numpy_env))
        ratios = [t[0] / o[0] for o, t in zip(ours, theirs)]
        ratio = statistics.median(ratios)
        ow, op, oc = zip(*ours)
        tw, tp, tc = zip(*theirs)
        rows.append(("W through `uncertainty` (native)", statistics.median(ow), min(ow), max(ow), max(op), statistics.median(oc), ratio))
        rows.append(("W through `ua_numpy.py` (numpy)", statistics.median(tw), min(tw), max(tw), max(tp), statistics.median(tc), "reference"))
    else:
        single("W through `uncertainty` (native)", [a.cli] + w)

    single("ASEM uncertainty example, N = 1,000 (native)", [a.cli] + asem)
    if a.jit_cli:
        single("W through `uncertainty` (JIT)", [a.jit_cli] + w)
        single("ASEM uncertainty example, N = 1,000 (JIT)", [a.jit_cli] + asem)

    after = load()
    lines = [
        f"Date (UTC): {time.strftime('%Y-%m-%d %H:%M', time.gmtime())}; machine: {cpu()}, {os.cpu_count()} logical CPUs, "
        f"{platform.system()} {platform.release()}; load average (1, 5, 15 min) before: {before}, after: {after}; "
        f"{a.reps} timed runs each (median; min–max).",
        "",
        "| Command | Median wall time | Min–max | Median CPU time (user + sys) | Peak memory (RSS) | numpy time ÷ ours (median of pairs) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for label, med, lo, hi, peak, cpu_time, ratio in rows:
        r = "" if ratio is None else (ratio if isinstance(ratio, str) else f"{ratio:.1f}×")
        lines.append(f"| {label} | {med:.3f} s | {lo:.3f}–{hi:.3f} s | {cpu_time:.3f} s | {peak:.0f} MB | {r} |")
    text = "\n".join(lines) + "\n"
    print(text)
    if a.out:
        with open(a.out, "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
