#!/usr/bin/env bash
# Whole-process timings of the command line (docs/performance.md, "The command line as a whole
# process"): --version, evaluate on the embedded sample, workload W through `uncertainty` side by
# side with the numpy reference (in turn, median of the paired ratios), and COINr's ASEM
# uncertainty example. Builds the native (AOT) CLI, writes the inputs, runs measure.py.
#
#   benchmarks/whole-process/run.sh [WORK_DIR]        (default: artifacts/whole-process)
#
# Environment: REPS (timed runs per command, default 5); JIT=1 also publishes and times the
# framework-dependent build; SHARED (folder with bench/ and data/asem/; default: the shared/ folder
# beside the repository or beside its parent). The numpy reference needs Debian's python3-numpy:
# installed with apt-get when missing and run as root, otherwise the side-by-side is skipped.
# Takes about two minutes on an idle 2-core machine (most of it the native compile).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-$root/artifacts/whole-process}
reps=${REPS:-5}
if [[ -z "${SHARED:-}" ]]; then
  for candidate in "$root/../shared" "$root/../../shared"; do
    [[ -d "$candidate/bench" ]] && SHARED=$(cd "$candidate" && pwd) && break
  done
fi
: "${SHARED:?set SHARED to the folder holding bench/make_w.py and data/asem/}"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')
mkdir -p "$work"

echo "== load: $(uptime)"
echo "== publishing the native CLI ($rid)"
dotnet publish "$root/src/CountyInnovation.Cli" -c Release -r "$rid" -o "$work/native" -tl:off -v:q -nologo >/dev/null
jit_args=()
if [[ "${JIT:-0}" == 1 ]]; then
  echo "== publishing the framework-dependent (JIT) CLI"
  dotnet publish "$root/src/CountyInnovation.Cli" -c Release -p:PublishAot=false -o "$work/jit" -tl:off -v:q -nologo >/dev/null
  jit_args=(--jit-cli "$work/jit/county-innovation")
fi

echo "== inputs"
python3 "$SHARED/bench/make_w.py" "$work/w"
python3 "$root/benchmarks/whole-process/asem_inputs.py" "$SHARED/data/asem" "$work/asem"

numpy_args=()
if ! /usr/bin/python3 -c 'import numpy' 2>/dev/null && [[ $(id -u) == 0 ]]; then
  apt-get install -y python3-numpy >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y python3-numpy >/dev/null 2>&1; } || true
fi
if /usr/bin/python3 -c 'import numpy' 2>/dev/null; then
  numpy_args=(--numpy "$SHARED/bench/ua_numpy.py")
else
  echo "== python3-numpy not available: no side-by-side with ua_numpy.py"
fi

echo "== timing ($reps runs each)"
python3 "$root/benchmarks/whole-process/measure.py" --cli "$work/native/county-innovation" \
  --w "$work/w" --asem "$work/asem" --reps "$reps" --out "$work/results.md" \
  ${numpy_args[@]+"${numpy_args[@]}"} ${jit_args[@]+"${jit_args[@]}"}
