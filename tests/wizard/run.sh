#!/bin/sh
# End-to-end tests of `icoc wizard`: a person answering inside tmux
# (send-keys, capture-pane), the same answers through a pipe, end of input
# and Ctrl-C (both must leave a draft).  Each written selection is
# compared with tests/wizard/expect.selection.xml or checked as a draft.
# Prints "wizard: N passed, N failed"; exits non-zero on failure.
ICOC=${ICOC:-./icoc}
EXPECT=tests/wizard/expect.selection.xml
ICOC_PATH=tests/fixtures/sets
export ICOC_PATH
T=$(mktemp -d)
SOCK=icoc-wizard-$$
pass=0 fail=0
have_tmux=0

cleanup() {
	[ "$have_tmux" = 1 ] && tmux -L "$SOCK" kill-server >/dev/null 2>&1
	rm -rf "$T"
}
trap cleanup EXIT INT TERM

ok() { echo "ok $1"; pass=$((pass + 1)); }
nok() {
	echo "FAIL $1"
	shift
	for f in "$@"; do [ -f "$f" ] && sed 's/^/  | /' "$f" | tail -n 40; done
	fail=$((fail + 1))
}

# The answers a person gives, one per line (the same for tmux and the pipe).
ANSWERS='mini-branch
Vervanging telemetriesysteem rioolgemalen
WS-2026-014
Waterschap Voorbeeld
1-12-2026
1,4
2

1

1
Geen OT in scope.


5
j
n'

# ---- through a pipe --------------------------------------------------------
printf '%s\n' "$ANSWERS" | NO_COLOR=1 $ICOC_WRAP $ICOC wizard -o "$T/pipe.xml" >"$T/pipe.out" 2>&1
rc=$?
if [ "$rc" = 0 ] && cmp -s "$T/pipe.xml" "$EXPECT"; then
	ok "pipe: selection as expected"
else
	[ -f "$T/pipe.xml" ] && diff -u "$EXPECT" "$T/pipe.xml" >"$T/pipe.diff"
	nok "pipe: exit status $rc or selection differs" "$T/pipe.out" "$T/pipe.diff"
fi
if [ -f "$T/pipe.xml" ] && $ICOC validate "$T/pipe.xml" >"$T/val.out" 2>&1; then
	ok "pipe: icoc validate is clean"
else
	nok "pipe: icoc validate" "$T/val.out"
fi

# ---- end of input: a draft, exit status 1 ----------------------------------
printf 'mini-branch\nTitel\nREF-1\n' | $ICOC_WRAP $ICOC wizard -o "$T/eof.xml" >"$T/eof.out" 2>&1
rc=$?
if [ "$rc" = 1 ] && grep -q 'draft="true"' "$T/eof.xml" 2>/dev/null &&
    grep -q "Concept opgeslagen in $T/eof.xml" "$T/eof.out" &&
    $ICOC validate "$T/eof.xml" >/dev/null 2>&1; then
	ok "end of input: draft saved, exit status 1"
else
	nok "end of input: exit status $rc" "$T/eof.out" "$T/eof.xml"
fi

# ---- resume the draft: earlier answers are the defaults ------------------
printf '\n\n\nWaterschap Voorbeeld\n2026-12-01\nq\n' |
    $ICOC_WRAP $ICOC wizard --resume "$T/eof.xml" >"$T/res.out" 2>&1
rc=$?
if [ "$rc" = 1 ] && grep -q 'Titel van de aanbesteding \[Titel\]' "$T/res.out" &&
    grep -q '<buyer>Waterschap Voorbeeld</buyer>' "$T/eof.xml"; then
	ok "resume: defaults offered, draft updated in place"
else
	nok "resume: exit status $rc" "$T/res.out"
fi

# ---- a person in tmux ------------------------------------------------------
if ! command -v tmux >/dev/null 2>&1; then
	echo "wizard: tmux not installed; the terminal tests were skipped"
	echo "wizard: $pass passed, $fail failed"
	[ "$fail" = 0 ]
	exit
fi
: >"$T/tmux.conf"
have_tmux=1

# Start a session running CMD; falls back to a foreground server (-D) where
# the daemon cannot start (no usable /dev/null in some sandboxes).
start() {
	if ! tmux -L "$SOCK" -f "$T/tmux.conf" new-session -d -x 120 -y 40 -c "$PWD" "$1" 2>/dev/null; then
		tmux -D -L "$SOCK" -f "$T/tmux.conf" >/dev/null 2>&1 &
		i=0
		until tmux -L "$SOCK" new-session -d -x 120 -y 40 -c "$PWD" "$1" 2>/dev/null; do
			i=$((i + 1))
			[ $i -gt 50 ] && return 1
			sleep 0.1
		done
	fi
	return 0
}

# Wait until the screen shows a fixed string (at most 10 s).
wait_for() {
	i=0
	while ! tmux -L "$SOCK" capture-pane -p -t 0 2>/dev/null | grep -qF -- "$1"; do
		i=$((i + 1))
		if [ $i -gt 100 ]; then
			tmux -L "$SOCK" capture-pane -p -t 0 >"$T/screen" 2>/dev/null
			echo "timed out waiting for: $1" >>"$T/screen"
			return 1
		fi
		sleep 0.1
	done
}

# Wait for the exit status file the session writes.
wait_rc() {
	i=0
	while [ ! -s "$1" ]; do
		i=$((i + 1))
		[ $i -gt 100 ] && return 1
		sleep 0.1
	done
}

keys() { tmux -L "$SOCK" send-keys -t 0 -l -- "$1" && tmux -L "$SOCK" send-keys -t 0 Enter; }

# Each step: wait for what a person reads, then type the answer.
person() {
	wait_for "Stap 1 van 8 — Eisenset" && keys mini-branch &&
	wait_for "Titel van de aanbesteding:" && keys "Vervanging telemetriesysteem rioolgemalen" &&
	wait_for "Kenmerk van de aanbesteding" && keys WS-2026-014 &&
	wait_for "Naam van de aanbestedende dienst:" && keys "Waterschap Voorbeeld" &&
	wait_for "Datum van de aanbesteding (JJJJ-MM-DD):" && keys 31-11-2026 &&
	wait_for "Geen geldige datum" && keys 1-12-2026 &&
	wait_for "Kies nummers (bijv. 1,3 of 2-4)" && keys 3 &&
	wait_for "is een aanvulling en kan niet alleen" && keys 1,4 &&
	wait_for "verhoogd" && wait_for "[1]:" && keys 2 &&
	wait_for "(groep 1 van 3)" && keys "" &&
	wait_for "(groep 2 van 3)" && keys 1 &&
	wait_for "opgenomen: keten" && keys "" &&
	wait_for "(groep 3 van 3)" && keys 1 &&
	wait_for "Reden voor uitsluiten van OT-01:" && keys "" &&
	wait_for "Een reden is nodig" && keys "Geen OT in scope." &&
	wait_for "uitgesloten: Geen OT in scope." && keys "" &&
	wait_for "Stap 6 van 8" && keys "" &&
	wait_for "[7]:" && keys 120 &&
	wait_for "groter dan het maximum 90" && keys 5 &&
	wait_for "Selectie opslaan in" && keys j &&
	wait_for "Nu de bijlage en checklist maken" && keys n
}

if start "$ICOC wizard -o $T/tmux.xml; echo \$? >$T/tmux.rc; sleep 60"; then
	if person && wait_rc "$T/tmux.rc"; then
		rc=$(cat "$T/tmux.rc")
		if [ "$rc" = 0 ] && cmp -s "$T/tmux.xml" "$EXPECT"; then
			ok "tmux: selection as expected"
		else
			[ -f "$T/tmux.xml" ] && diff -u "$EXPECT" "$T/tmux.xml" >"$T/tmux.diff"
			tmux -L "$SOCK" capture-pane -p -t 0 >"$T/screen" 2>/dev/null
			nok "tmux: exit status $rc or selection differs" "$T/screen" "$T/tmux.diff"
		fi
	else
		nok "tmux: the wizard did not show what a person waits for" "$T/screen"
	fi
	tmux -L "$SOCK" kill-session -t 0 >/dev/null 2>&1
else
	nok "tmux: cannot start a session"
fi

# Ctrl-C: a draft and exit status 130.
if start "$ICOC wizard -o $T/intr.xml; echo \$? >$T/intr.rc; sleep 60"; then
	if wait_for "Stap 1 van 8" && keys mini-branch && wait_for "Titel van de aanbesteding:" &&
	    keys "Onderbroken werk" && wait_for "Kenmerk van de aanbesteding" &&
	    tmux -L "$SOCK" send-keys -t 0 C-c && wait_rc "$T/intr.rc" &&
	    [ "$(cat "$T/intr.rc")" = 130 ] && grep -q 'draft="true"' "$T/intr.xml" &&
	    grep -q '<title>Onderbroken werk</title>' "$T/intr.xml"; then
		ok "tmux: Ctrl-C saves a draft, exit status 130"
	else
		tmux -L "$SOCK" capture-pane -p -t 0 >"$T/screen" 2>/dev/null
		nok "tmux: Ctrl-C" "$T/screen"
	fi
else
	nok "tmux: cannot start a session"
fi

echo "wizard: $pass passed, $fail failed"
[ "$fail" = 0 ]
