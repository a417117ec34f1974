#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds SXSH Tracker on Debian 12 and runs it or its tests.
#
#   packaging/quickstart.sh run [ARGUMENTS...]
#       Installs what is missing, builds in build/ and starts the application from the build
#       directory, in Vietnamese unless another language is chosen. ARGUMENTS go to sxsh
#       (for example --db PATH).
#   packaging/quickstart.sh test [MESON-TEST-ARGUMENTS...]
#       Installs what is missing, builds in build/ and runs every test headless under Xvfb. The
#       last line printed is "tests: N passed, M failed"; the exit status is non-zero when a test
#       failed or when no test ran.
#
# Packages are only installed when dpkg reports them missing, so a second run needs no network.
# Run as root, or as a user who may use sudo.

set -euo pipefail

# The build and test dependencies (see TOOLCHAIN.md), and locales for running in Vietnamese.
QUICKSTART_PACKAGES=(
  build-essential meson ninja-build pkg-config gettext
  libgtk-4-dev libgtk-4-bin libadwaita-1-dev libxlsxwriter-dev libpoppler-glib-dev
  libsqlite3-dev libcairo2-dev libminizip-dev
  xvfb xauth desktop-file-utils appstream libglib2.0-bin
  fonts-liberation2 fonts-dejavu-core
  locales
)
QUICKSTART_LOCALES=(vi_VN.UTF-8 en_US.UTF-8)

say ()
{
  printf 'quickstart: %s\n' "$*"
}

die ()
{
  printf 'quickstart: %s\n' "$*" >&2
  exit 1
}

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root ()
{
  if [[ $(id -u) -eq 0 ]]; then
    "$@"
  elif command -v sudo > /dev/null 2>&1; then
    sudo "$@"
  else
    die "root rights are needed to run: $*  (run as root or install sudo)"
  fi
}

package_installed ()
{
  [[ $(dpkg-query -W -f='${db:Status-Status}' "$1" 2> /dev/null || true) == installed ]]
}

ensure_packages ()
{
  local missing=() pkg
  for pkg in "${QUICKSTART_PACKAGES[@]}"; do
    package_installed "$pkg" || missing+=("$pkg")
  done
  if [[ ${#missing[@]} -eq 0 ]]; then
    return 0
  fi
  say "installing ${#missing[@]} missing packages: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    "${missing[@]}"
}

# `locale -a` spells UTF-8 locales as vi_VN.utf8; compare without case and punctuation.
locale_available ()
{
  local want
  want=$(printf '%s' "$1" | tr -d '.-' | tr '[:upper:]' '[:lower:]')
  locale -a 2> /dev/null | tr -d '.-' | tr '[:upper:]' '[:lower:]' | grep -qx "$want"
}

ensure_locales ()
{
  local missing=() loc
  for loc in "${QUICKSTART_LOCALES[@]}"; do
    locale_available "$loc" || missing+=("$loc")
  done
  if [[ ${#missing[@]} -eq 0 ]]; then
    return 0
  fi
  say "generating locales: ${missing[*]}"
  for loc in "${missing[@]}"; do
    if grep -qE "^#? *${loc//./\\.} UTF-8" /etc/locale.gen 2> /dev/null; then
      as_root sed -i -E "s/^# *(${loc//./\\.} UTF-8)/\\1/" /etc/locale.gen
    else
      printf '%s UTF-8\n' "$loc" | as_root tee -a /etc/locale.gen > /dev/null
    fi
  done
  as_root locale-gen
}

# Configures build/ (again, when it exists already) and builds everything.
build ()
{
  # Every step checks its status itself: errexit does not apply inside `if ! build`.
  if [[ -f build/meson-private/coredata.dat ]]; then
    if ! meson setup --reconfigure build; then
      say "reconfiguring build/ failed; configuring it from scratch"
      meson setup --wipe build || return 1
    fi
  else
    meson setup build || return 1
  fi
  ninja -C build || return 1
}

# Prints "tests: N passed, M failed[, K skipped]" from a meson testlog.json, which holds one JSON
# object per line. Inside a JSON string every quote is escaped, so an unescaped `"result": "…"`
# after `{` or `, ` can only be the top-level field. Returns 1 when a test failed or none passed
# or failed.
summarize_testlog ()
{
  local log=$1 passed=0 failed=0 skipped=0 other=0 result
  if [[ -f $log ]]; then
    while IFS= read -r result; do
      case $result in
        OK | EXPECTEDFAIL) passed=$((passed + 1)) ;;
        SKIP) skipped=$((skipped + 1)) ;;
        FAIL | TIMEOUT | ERROR | UNEXPECTEDPASS | INTERRUPT) failed=$((failed + 1)) ;;
        *) other=$((other + 1)) ;;
      esac
    done < <(sed -n -E 's/.*(^\{|, )"result": *"([A-Z]+)".*/\2/p' "$log")
  fi
  # A result this script does not know is not a pass.
  failed=$((failed + other))
  if [[ $skipped -gt 0 ]]; then
    printf 'tests: %d passed, %d failed, %d skipped\n' "$passed" "$failed" "$skipped"
  else
    printf 'tests: %d passed, %d failed\n' "$passed" "$failed"
  fi
  [[ $failed -eq 0 && $((passed + failed)) -gt 0 ]]
}

run_tests ()
{
  local log=build/meson-logs/testlog.json status=0
  # A log left by an earlier run must never be counted as this run's result.
  rm -f "$log"
  env GTK_A11Y=none GSETTINGS_BACKEND=memory GDK_BACKEND=x11 GSK_RENDERER=cairo \
      LANG=C.UTF-8 LC_ALL=C.UTF-8 \
    xvfb-run -a -s '-screen 0 1280x1024x24' \
    meson test -C build --print-errorlogs "$@" || status=$?
  if [[ $status -ne 0 && ! -f $log ]]; then
    say "meson test failed before running any test (exit status $status)"
  fi
  summarize_testlog "$log"
}

# Chooses Vietnamese when the session has no language of its own (a root shell on a fresh machine
# has none, or only C), since the users read Vietnamese.
choose_language ()
{
  local current=${LC_ALL:-${LC_MESSAGES:-${LANG:-}}}
  case $current in
    "" | C | C.* | POSIX)
      export LANG=vi_VN.UTF-8
      unset LC_ALL LC_MESSAGES LANGUAGE
      ;;
  esac
}

run_app ()
{
  if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
    die "no display: start this from a desktop session (or run 'packaging/quickstart.sh test')"
  fi
  export GSETTINGS_SCHEMA_DIR="$PWD/build/data"
  export SXSH_LOCALEDIR="$PWD/build/po"
  choose_language
  exec build/src/app/sxsh "$@"
}

main ()
{
  local mode=${1:-}
  [[ $# -gt 0 ]] && shift
  case $mode in
    run | test) ;;
    *)
      echo "usage: $0 run [ARGUMENTS...] | test [MESON-TEST-ARGUMENTS...]" >&2
      exit 2
      ;;
  esac

  cd "$(dirname "${BASH_SOURCE[0]}")/.."
  ensure_packages

  if [[ $mode == run ]]; then
    ensure_locales
    build
    run_app "$@"
  fi

  if ! build; then
    say "the build failed; no test ran"
    summarize_testlog /dev/null || true
    exit 1
  fi
  run_tests "$@"
}

# The functions can be sourced by the tests without running anything.
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  main "$@"
fi
