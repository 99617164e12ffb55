#!/usr/bin/env bash
# Lists what the translations lack, as resx entries ready to paste (docs/localization.md):
#   bash scripts/missing-translations.sh
# It runs only the localization unit tests and prints their messages without stack traces;
# the tests (tests/Circles.UnitTests/Localization) are the one place the rules live.
set -uo pipefail
cd "$(dirname "$0")/.."
output=$(dotnet test tests/Circles.UnitTests -p:SkipFrontEnd=true \
  --filter "FullyQualifiedName~Circles.UnitTests.Localization" 2>&1)
status=$?
if [ $status -eq 0 ]; then
  echo "Translations are complete: every key is in every language, nothing stale."
  exit 0
fi
# Keep each failure's message (from "Error Message:" to "Stack Trace:"), or the build errors.
printf '%s\n' "$output" | awk '
  /^  Failed / { print ""; print $0; next }
  /^  Error Message:/ { show = 1; first = 1; next }
  /^  Stack Trace:/ { show = 0; next }
  show { if (first) { sub(/^   /, ""); first = 0 } print }
  / error / { print }'
exit $status
