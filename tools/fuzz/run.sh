#!/bin/sh
# run.sh PKG TARGET FUZZTIME runs one Go fuzz target and fails only on a
# real failure. Go 1.26's fuzz coordinator can end a duration-bounded run
# with a bare "context deadline exceeded" when the machine is busy
# (go.dev/issue/75804, fixed in Go 1.27): no input failed and none is
# written. That one outcome is retried once with a count budget, which has
# no deadline to race; any other failure, or a written reproducer, fails.
set -u
pkg=$1 fn=$2 budget=$3
go=${GO:-go}
dir=$pkg/testdata/fuzz/$fn
before=$(ls "$dir" 2>/dev/null | wc -l)
out=$(mktemp)
trap 'rm -f "$out"' EXIT
echo "fuzz $fn in $pkg for $budget"
if $go test -run '^$' -fuzz "^$fn\$" -fuzztime "$budget" "$pkg" >"$out" 2>&1; then
	tail -n 3 "$out"
	exit 0
fi
cat "$out"
after=$(ls "$dir" 2>/dev/null | wc -l)
if [ "$after" = "$before" ] && grep -q '^    context deadline exceeded$' "$out" && ! grep -q 'Failing input written' "$out"; then
	echo "fuzz $fn: the coordinator's deadline race (go.dev/issue/75804), not a failing input; again with a count budget"
	exec $go test -run '^$' -fuzz "^$fn\$" -fuzztime 2000x "$pkg"
fi
exit 1
