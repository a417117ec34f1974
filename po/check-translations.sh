#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks that translations keep up with the sources. Run by the 'po' test suite.
#
#   po/check-translations.sh potfiles
#       Fails when a source file with translatable strings is missing from po/POTFILES.in, or when
#       POTFILES.in names a file that does not exist.
#   po/check-translations.sh complete LANG [XGETTEXT-ARGUMENTS...]
#       Extracts the messages of the current sources, merges them into a copy of po/LANG.po and
#       fails when any message is untranslated or fuzzy, or when msgfmt -c rejects the file.
#       The source tree is never modified.

set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

check_potfiles ()
{
  status=0
  listed=$(grep -v '^[[:space:]]*#' po/POTFILES.in | sed '/^[[:space:]]*$/d' | LC_ALL=C sort -u)
  wanted=$(sh po/update-potfiles.sh --print | grep -v '^#' | LC_ALL=C sort -u)

  missing=$(printf '%s\n' "$wanted" | while IFS= read -r f; do
      [ -n "$f" ] || continue
      printf '%s\n' "$listed" | grep -qxF "$f" || echo "$f"
    done)
  if [ -n "$missing" ]; then
    echo "These files have translatable strings but are missing from po/POTFILES.in:"
    printf '%s\n' "$missing" | sed 's/^/  /'
    status=1
  fi

  gone=$(printf '%s\n' "$listed" | while IFS= read -r f; do
      [ -n "$f" ] || continue
      [ -f "$f" ] || echo "$f"
    done)
  if [ -n "$gone" ]; then
    echo "These files are listed in po/POTFILES.in but do not exist:"
    printf '%s\n' "$gone" | sed 's/^/  /'
    status=1
  fi

  if [ $status -ne 0 ]; then
    echo "Run po/update-potfiles.sh to regenerate po/POTFILES.in."
  else
    echo "po/POTFILES.in lists all $(printf '%s\n' "$listed" | wc -l) files with translatable strings."
  fi
  return $status
}

# Prints the msgids of a PO file, one per line, leaving out the header entry. A msgid that spans
# several lines (one with a \n inside) is joined back into one line.
print_msgids ()
{
  msgattrib --no-wrap --no-location --no-obsolete "$1" 2>/dev/null | awk '
    function flush() { if (inid && id != "") print "  \"" id "\""; inid = 0; id = "" }
    /^msgid "/ { flush(); inid = 1; line = $0; sub(/^msgid "/, "", line); sub(/"$/, "", line);
                 id = line; next }
    /^"/ && inid { line = $0; sub(/^"/, "", line); sub(/"$/, "", line); id = id line; next }
    { flush() }
    END { flush() }'
}

check_complete ()
{
  lang=$1
  shift
  po="po/$lang.po"
  if [ ! -f "$po" ]; then
    echo "$po does not exist."
    return 1
  fi

  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT

  status=0
  if ! msgfmt -c --check-format -o /dev/null "$po" 2> "$tmp/msgfmt.log"; then
    echo "msgfmt -c rejects $po:"
    cat "$tmp/msgfmt.log"
    status=1
  fi

  grep -v '^[[:space:]]*#' po/POTFILES.in | sed '/^[[:space:]]*$/d' > "$tmp/POTFILES"
  if ! xgettext --package-name=sxsh -D "$top" -f "$tmp/POTFILES" -k_ -o "$tmp/sxsh.pot" "$@" \
       2> "$tmp/xgettext.log"; then
    cat "$tmp/xgettext.log"
    echo "xgettext failed on the files of po/POTFILES.in."
    return 1
  fi
  # A macro such as G_GINT64_FORMAT inside _() cuts the msgid where xgettext stops reading, so
  # the string that the program looks up at run time is in no catalogue and is never translated.
  cut_messages=$(grep 'not a valid C format string' "$tmp/xgettext.log" | sed 's/: warning:.*//' \
                   || true)
  if [ -n "$cut_messages" ]; then
    echo "These messages contain a format macro (G_GINT64_FORMAT, G_GSIZE_FORMAT…) that xgettext"
    echo "cannot read, so they can never be translated; cast the value and use %d, %u or %lld,"
    echo "or format the number into a string first:"
    printf '%s\n' "$cut_messages" | sed 's/^/  /'
    status=1
  fi
  msgmerge --quiet --previous -o "$tmp/merged.po" "$po" "$tmp/sxsh.pot"

  msgattrib --untranslated --no-obsolete -o "$tmp/untranslated.po" "$tmp/merged.po"
  msgattrib --only-fuzzy --no-obsolete -o "$tmp/fuzzy.po" "$tmp/merged.po"
  untranslated=$(print_msgids "$tmp/untranslated.po")
  fuzzy=$(print_msgids "$tmp/fuzzy.po")

  total=$(print_msgids "$tmp/merged.po" | wc -l)
  if [ -n "$untranslated" ]; then
    echo "$po lacks a translation for $(printf '%s\n' "$untranslated" | wc -l) of $total messages:"
    printf '%s\n' "$untranslated"
    status=1
  fi
  if [ -n "$fuzzy" ]; then
    echo "$po has $(printf '%s\n' "$fuzzy" | wc -l) fuzzy translations (check and unmark them):"
    printf '%s\n' "$fuzzy"
    status=1
  fi

  if ! msgfmt -c --check-format -o /dev/null "$tmp/merged.po" 2> "$tmp/msgfmt.log"; then
    echo "msgfmt -c rejects $po once merged with the current sources:"
    cat "$tmp/msgfmt.log"
    status=1
  fi

  if [ $status -eq 0 ]; then
    echo "$po translates all $total messages of the current sources."
  elif [ -n "$untranslated$fuzzy" ]; then
    echo "Run 'ninja -C <builddir> sxsh-pot sxsh-update-po' and translate the messages above."
  fi
  return $status
}

case "${1:-}" in
  potfiles)
    check_potfiles
    ;;
  complete)
    [ $# -ge 2 ] || { echo "usage: $0 complete LANG [XGETTEXT-ARGUMENTS...]" >&2; exit 2; }
    shift
    check_complete "$@"
    ;;
  *)
    echo "usage: $0 potfiles | complete LANG [XGETTEXT-ARGUMENTS...]" >&2
    exit 2
    ;;
esac
