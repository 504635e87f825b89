#!/usr/bin/env bash
# The README's test command: installs what the tests need where it can, checks that it is there, and runs all
# tests (./mvnw -B verify, with any arguments given, e.g. ./test.sh -Dtest=SearchApiIntegrationTests);
# ./test.sh --prepare-only installs and checks the prerequisites only.
#
# Besides Java 17+, the tests need a real Chromium, its driver and CJK fonts (the browser journeys):
#   Debian 12+ / Ubuntu 22.04+  installed here with apt-get (as root, or through sudo);
#   macOS                       installed here with Homebrew when it is present (chromium, chromedriver, a CJK font);
#   anything else               install them yourself and point the tests at them:
#                               UNIREGION_CHROMIUM=/path/to/chromium UNIREGION_CHROMEDRIVER=/path/to/chromedriver
set -euo pipefail
cd "$(dirname "$0")"

say() { printf 'test.sh: %s\n' "$*" >&2; }
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@";
  elif command -v sudo >/dev/null; then sudo "$@";
  else say "need root to run: $*"; return 1; fi
}

if ! command -v java >/dev/null; then
  say "Java 17 or newer is needed (e.g. apt-get install openjdk-17-jdk, or brew install openjdk@17)."; exit 1
fi
java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1)
if [ "${java_major:-0}" -lt 17 ]; then
  say "Java 17 or newer is needed; found $(java -version 2>&1 | head -1)."; exit 1
fi

os=$(uname -s)
if [ "$os" = Darwin ]; then
  chromium=${UNIREGION_CHROMIUM:-/Applications/Chromium.app/Contents/MacOS/Chromium}
  chromedriver=${UNIREGION_CHROMEDRIVER:-$(command -v chromedriver || echo /opt/homebrew/bin/chromedriver)}
else
  chromium=${UNIREGION_CHROMIUM:-/usr/bin/chromium}
  chromedriver=${UNIREGION_CHROMEDRIVER:-/usr/bin/chromedriver}
fi
has_cjk_font() { command -v fc-list >/dev/null && fc-list :lang=zh 2>/dev/null | grep -q .; }
ready() { [ -x "$chromium" ] && [ -x "$chromedriver" ] && { [ "$os" = Darwin ] || has_cjk_font; }; }

if ! ready; then
  if [ "$os" = Linux ] && command -v apt-get >/dev/null; then
    say "installing Chromium, its driver and CJK fonts with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update -qq
    # Debian names the packages chromium / chromium-driver; Ubuntu ships them as snaps behind
    # chromium-browser / chromium-chromedriver.
    if apt-cache show chromium-driver >/dev/null 2>&1; then pkgs="chromium chromium-driver"; else pkgs="chromium-browser chromium-chromedriver"; fi
    as_root apt-get install -y -qq --no-install-recommends $pkgs fonts-noto-cjk fontconfig >/dev/null
  elif [ "$os" = Darwin ] && command -v brew >/dev/null; then
    say "installing Chromium, chromedriver and a CJK font with Homebrew"
    brew install --cask chromium chromedriver font-noto-sans-cjk-sc
    chromedriver=${UNIREGION_CHROMEDRIVER:-$(command -v chromedriver)}
  fi
fi

missing=()
[ -x "$chromium" ] || missing+=("Chromium at $chromium")
[ -x "$chromedriver" ] || missing+=("chromedriver at $chromedriver")
{ [ "$os" = Darwin ] || has_cjk_font; } || missing+=("a CJK font (fc-list :lang=zh finds none; Debian: fonts-noto-cjk)")
if [ ${#missing[@]} -gt 0 ]; then
  say "the browser tests need, and this machine lacks:"
  for m in "${missing[@]}"; do say "  - $m"; done
  say "install them (Debian/Ubuntu: apt-get install chromium chromium-driver fonts-noto-cjk; macOS: brew install --cask chromium chromedriver)"
  say "or set UNIREGION_CHROMIUM and UNIREGION_CHROMEDRIVER to where they are."
  exit 1
fi
say "$("$chromium" --version 2>/dev/null || echo "Chromium at $chromium")"
say "$("$chromedriver" --version 2>/dev/null | head -1)"

# --prepare-only: install and check the prerequisites, run nothing (.ci/run then runs ./mvnw -B verify itself).
if [ "${1:-}" = "--prepare-only" ]; then exit 0; fi
exec ./mvnw -B verify -Duniregion.test.chromium="$chromium" -Duniregion.test.chromedriver="$chromedriver" "$@"
