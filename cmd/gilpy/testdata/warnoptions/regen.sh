#!/bin/sh
# Regenerates the expected outputs of TestWarnOptions with CPython 3.11:
# run from cmd/gilpy as testdata/warnoptions/regen.sh. Each line of
# cases.txt is a name, a tab, then VAR=value words (the environment) and
# the command-line options to put before the script.
set -e
dir=testdata/warnoptions
while IFS="$(printf '\t')" read -r name words; do
	envs=""; flags=""
	for w in $words; do
		case "$w" in
		*=*) envs="$envs $w" ;;
		*) flags="$flags $w" ;;
		esac
	done
	# shellcheck disable=SC2086
	env -u PYTHONWARNINGS $envs python3 $flags "$dir/w.py" >"$dir/$name.out" 2>"$dir/$name.err" || true
	# The script's absolute path depends on the checkout: DIR stands for
	# the folder (the test writes it in the same way).
	sed -i "s|$(pwd)/$dir/|DIR/|g" "$dir/$name.out" "$dir/$name.err"
done <"$dir/cases.txt"
