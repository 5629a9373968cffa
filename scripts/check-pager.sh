#!/usr/bin/env bash
# Watch osteo's pager as a person meets it: in tmux, with the real `less`. It pages a long topic,
# checks the prompt says how to leave, quits with q, then opens it again and presses Ctrl-C, which
# leaves at once (less -K). Prints the screens and the exit codes; exits 1 if any check fails.
# Needs tmux and less. tests/pager.test.ts checks the same in a pseudo-terminal.
set -u
cd "$(dirname "$0")/.."
session="osteo-pager-$$"
fail=0
check() { if eval "$2"; then echo "ok   - $1"; else echo "FAIL - $1"; fail=1; fi; }
screen() { tmux capture-pane -t "$session" -p -e; }

tmux new-session -d -s "$session" -x 80 -y 20 "env -u NODE_EXTRA_CA_CERTS -u PAGER -u OSTEO_PAGER bash --norc"
trap 'tmux kill-session -t "$session" 2>/dev/null' EXIT
tmux send-keys -t "$session" "node bin/osteo.js explain fractures; echo \"exit=\$?\"" Enter
sleep 1.5
first=$(screen)
echo "--- first screen, inside less:"; echo "$first" | sed 's/\x1b\[[0-9;]*m//g'
check "less shows the topic" '[[ "$first" == *"Fractures and broken bones"* ]]'
check "colours reach the screen" '[[ "$first" == *$'"'"'\e['"'"'* ]]'
check "the pager holds the rest (no exit code yet)" '[[ "$first" != *"exit="* ]]'
check "the prompt says how to leave" '[[ "$first" == *"press q to quit"* ]]'
tmux send-keys -t "$session" q
sleep 0.7
after=$(screen)
check "q quits; osteo exits 0" '[[ "$after" == *"exit=0"* ]]'

tmux send-keys -t "$session" "clear; node bin/osteo.js explain fractures; echo \"exit=\$?\"" Enter
sleep 1.5
tmux send-keys -t "$session" C-c
sleep 0.7
tmux send-keys -t "$session" "stty -a | grep -o ' echo ' ; echo typed-ok" Enter
sleep 0.7
final=$(screen | sed 's/\x1b\[[0-9;]*m//g')
echo "--- after Ctrl-C:"; echo "$final"
check "Ctrl-C leaves at once: osteo exits 130" '[[ "$final" == *"exit=130"* ]]'
check "the terminal is usable (echo on, input works)" '[[ "$final" == *" echo "* && "$final" == *"typed-ok"* ]]'
exit $fail
