#!/usr/bin/env bash
# Renders page 1 of the disclosure PDF (项目支出绩效目标表) to docs/disclosure-page1.png, for a person to check that
# the Chinese text is legible. Runs DisclosurePdfTest, which writes <build folder>/disclosure.pdf, then pdftoppm.
# Needs: poppler-utils (pdftoppm) and fonts-noto-cjk —  apt-get install -y poppler-utils fonts-noto-cjk
# Usage: report-service/scripts/render-disclosure.sh [resolution-dpi]     (BUILD_FOLDER=target by default)
set -euo pipefail
module="$(cd "$(dirname "$0")/.." && pwd)"
root="$(cd "$module/.." && pwd)"
build="${BUILD_FOLDER:-target}"
dpi="${1:-60}"
command -v pdftoppm >/dev/null || { echo "pdftoppm missing: apt-get install -y poppler-utils" >&2; exit 1; }
if [[ "${SKIP_TEST:-}" != "1" ]]; then
  (cd "$root" && ./mvnw -B -o -pl report-service test -Dbuild.folder="$build" \
      -Dtest=DisclosurePdfTest -Dsurefire.failIfNoSpecifiedTests=false)
fi
pdf="$module/$build/disclosure.pdf"
[[ -s "$pdf" ]] || { echo "no $pdf: DisclosurePdfTest did not write it" >&2; exit 1; }
pdftoppm -png -r "$dpi" -f 1 -l 1 -singlefile "$pdf" "$module/docs/disclosure-page1"
echo "wrote $module/docs/disclosure-page1.png ($(stat -c %s "$module/docs/disclosure-page1.png") bytes) from $pdf"
