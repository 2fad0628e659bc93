#!/usr/bin/env bash
# Renders disclosure PDF pages to docs/disclosure-*.png, for a person to look at the tables (legible Chinese, column
# widths, wrapping, merged 一级/二级 cells, the grid's header repeated after a page break). DisclosureContentTest sends
# the seed documents through the read model, fetches the PDFs and renders the pages with PDFBox into the build folder;
# this script runs it and copies the pictures. Needs fonts-noto-cjk (as the tests do); nothing else.
# Usage: report-service/scripts/render-disclosure.sh        (BUILD_FOLDER=target by default; SKIP_TEST=1 to copy only)
set -euo pipefail
module="$(cd "$(dirname "$0")/.." && pwd)"
root="$(cd "$module/.." && pwd)"
build="${BUILD_FOLDER:-target}"
if [[ "${SKIP_TEST:-}" != "1" ]]; then
  (cd "$root" && ./mvnw -B -o -pl report-service -am test -Dbuild.folder="$build" \
      -Dtest=DisclosureContentTest -Dsurefire.failIfNoSpecifiedTests=false)
fi
copy() {
  local from="$module/$build/$1" to="$module/docs/$2"
  [[ -s "$from" ]] || { echo "no $from: DisclosureContentTest did not write it" >&2; exit 1; }
  cp "$from" "$to"
  echo "wrote $to ($(stat -c %s "$to") bytes)"
}
copy disclosure-000-page1.png disclosure-page1.png
copy disclosure-000-department-table.png disclosure-department-table.png
copy disclosure-001-project.png disclosure-project.png
copy disclosure-001-grid-continued.png disclosure-grid-continued.png
