#!/usr/bin/env bash
# Checks that the tracked C++ files follow .clang-format (clang-format 14, as in Debian 12).
# Usage: scripts/format-check.sh [--fix] [FILE...]
#   no FILE: every tracked *.cpp and *.h;  --fix: rewrite the files instead of checking.
# Exit status: 0 all formatted, 1 some file differs (each difference is printed), 2 setup.
set -euo pipefail
cd "$(dirname "$0")/.."
fix=0
if [[ ${1:-} == --fix ]]; then
    fix=1
    shift
fi
clang_format=$(command -v clang-format-14 || command -v clang-format || true)
if [[ -z $clang_format ]]; then
    echo "format-check: clang-format-14 not found (scripts/deps.sh test installs it)" >&2
    exit 2
fi
if (($#)); then
    files=("$@")
else
    mapfile -t files < <(git ls-files -- '*.cpp' '*.h')
fi
if ((${#files[@]} == 0)); then
    echo "format-check: no files" >&2
    exit 2
fi
if ((fix)); then
    "$clang_format" -i --style=file "${files[@]}"
    echo "format-check: formatted ${#files[@]} files"
    exit 0
fi
# One run over every file; each violation is reported as FILE:LINE:COL: error: ...
report=$("$clang_format" --dry-run -Werror --style=file "${files[@]}" 2>&1) && status=0 || status=$?
if ((status)); then
    mapfile -t bad < <(grep -o '^[^:]*:[0-9]*:[0-9]*: error' <<<"$report" | cut -d: -f1 | sort -u)
    for f in "${bad[@]}"; do
        grep -m 2 -F "$f:" <<<"$report" | grep ': error' || true
    done
    echo "format-check: ${#bad[@]} of ${#files[@]} files are not clang-formatted" \
         "(scripts/format-check.sh --fix FILE... rewrites them)" >&2
    exit 1
fi
echo "format-check: ${#files[@]} files clang-formatted"
