#!/bin/sh
# Install the Debian packages icoc needs when some are missing.
# usage: tools/deps.sh PACKAGE...
# As root it runs apt-get; with password-less sudo it uses sudo; otherwise
# it prints the exact command and fails.
missing=""
command -v dpkg-query >/dev/null 2>&1 || {
	echo "icoc: not a Debian system: install the equivalents of: $*" >&2
	exit 0
}
for p in "$@"; do
	dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q "ok installed" ||
		missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "icoc: installing missing packages:$missing" >&2
if [ "$(id -u)" = 0 ]; then
	SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
	SUDO="sudo"
else
	echo "icoc: missing packages:$missing" >&2
	echo "icoc: run: sudo apt-get install -y$missing" >&2
	exit 1
fi
$SUDO apt-get update -qq >&2 || exit 1
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >&2
