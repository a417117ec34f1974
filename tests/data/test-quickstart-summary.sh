#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks the summary line that packaging/quickstart.sh prints from meson's testlog.json, on logs
# written by meson itself: which results count as passed, failed and skipped, that text inside a
# test's output is never mistaken for a result, and the exit status.
#
#   test-quickstart-summary.sh QUICKSTART.SH DATA-DIR

set -euo pipefail

quickstart=$1
data=$2
# shellcheck source=/dev/null
source "$quickstart"

failures=0

expect ()
{
  local log=$1 want_line=$2 want_status=$3 line status=0
  line=$(summarize_testlog "$log") || status=$?
  if [[ $line == "$want_line" && $status -eq $want_status ]]; then
    echo "ok: $(basename "$log") -> $line (exit status $status)"
  else
    echo "FAILED: $(basename "$log") -> '$line' (exit status $status)," \
         "expected '$want_line' (exit status $want_status)"
    failures=$((failures + 1))
  fi
}

# OK and EXPECTEDFAIL pass; FAIL, UNEXPECTEDPASS, TIMEOUT and ERROR fail; SKIP is counted apart.
# The first test prints '"result": "FAIL"' and another prints '{"result": "OK"}' on stderr.
expect "$data/testlog-mixed.json" 'tests: 3 passed, 5 failed, 1 skipped' 1
expect "$data/testlog-passing.json" 'tests: 3 passed, 0 failed' 0
# Nothing that ran is not a success.
expect "$data/testlog-skipped.json" 'tests: 0 passed, 0 failed, 1 skipped' 1
expect "$data/no-such-testlog.json" 'tests: 0 passed, 0 failed' 1

exit $((failures > 0))
