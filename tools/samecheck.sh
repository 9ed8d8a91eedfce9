#!/bin/sh
# samecheck.sh OLD_REV [NEW_REV]: checks that the engine's output did not
# change between two revisions (NEW_REV: the working tree). It builds
# whosaid from each into a temporary directory and runs `whosaid extract`
# (jsonl, csv with --actors-csv, jsonld, and one large json of all texts
# concatenated) over every text under $SAMECHECK_DATA (default
# /work/shared/eval/polnear/{dev,train}, /work/shared/samples) and the
# project's testdata, then compares the outputs byte for byte. Outputs stay
# under $TMPDIR; nothing is written into the repository. Exit status 1 on
# any difference.
set -eu
old=$1
new=${2:-}
repo=$(git rev-parse --show-toplevel)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
data=${SAMECHECK_DATA:-"/work/shared/eval/polnear/dev /work/shared/eval/polnear/train /work/shared/samples"}
for d in $data; do [ -d "$d" ] && find "$d" -type f -name '*.txt'; done | sort > "$tmp/files"
find "$repo" -path "$repo/out" -prune -o -path '*testdata*' -name '*.txt' -print | sort >> "$tmp/files"
xargs cat < "$tmp/files" > "$tmp/big.txt"
build() { # build REV DIR: whosaid of REV ("" = working tree) into DIR/whosaid
	mkdir -p "$2/src"
	if [ -z "$1" ]; then
		(cd "$repo" && go build -o "$2/whosaid" ./cmd/whosaid)
	else
		git -C "$repo" archive "$1" | tar -x -C "$2/src"
		(cd "$2/src" && go build -o "$2/whosaid" ./cmd/whosaid)
	fi
}
run() { # run DIR: every output of DIR/whosaid into DIR/out
	b=$1/whosaid
	mkdir -p "$1/out"
	xargs "$b" extract --format jsonl -o "$1/out/all.jsonl" < "$tmp/files"
	xargs "$b" extract --format csv --actors-csv "$1/out/actors.csv" -o "$1/out/all.csv" < "$tmp/files"
	xargs "$b" extract --format jsonld -o "$1/out/all.jsonld" < "$tmp/files"
	"$b" extract --format json -o "$1/out/big.json" "$tmp/big.txt"
}
build "$old" "$tmp/old" && run "$tmp/old"
build "$new" "$tmp/new" && run "$tmp/new"
echo "$(wc -l < "$tmp/files") texts"
status=0
for f in "$tmp"/old/out/*; do
	cmp "$f" "$tmp/new/out/$(basename "$f")" || status=1
done
[ $status = 0 ] && echo "same output"
exit $status
