#!/usr/bin/env bash
# Remakes the seed corpora from the HTTP tests' requests: the suites are run with CHAIRSIDE_FUZZ_SEED_DIR, so
# HttpClient writes each request as raw HTTP; libFuzzer's merge then keeps only the requests that reach new
# code. fuzz_json_bodies gets each JSON body whose request matches one of its routes, prefixed by the route's
# number and a zero id byte. Usage: tests/fuzz/make_seed_corpus.sh (after run_fuzzers.sh built the tree).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${CHAIRSIDE_ASAN_BUILD_DIR:-$root/build-asan}
dump=$(mktemp -d)
trap 'rm -rf "$dump"' EXIT
mkdir -p "$dump/http" "$dump/json"
export QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0
for t in "$build"/tests/tst_http_seed* "$build/tests/tst_http_server" "$build/tests/tst_http_multipart"; do
    [ -f "$t" ] && [ -x "$t" ] || continue
    CHAIRSIDE_FUZZ_SEED_DIR=$dump/http "$t" >/dev/null 2>&1 || echo "warning: $(basename "$t") failed"
done
# Large uploads add no code the small ones do not reach; the committed corpus stays small.
find "$dump/http" -type f -size +16k -delete
CHAIRSIDE_FUZZ_LIST_ROUTES=1 "$build/tests/fuzz/fuzz_json_bodies" >"$dump/routes.txt"
python3 - "$dump" <<'PY'
import hashlib, os, re, sys
dump = sys.argv[1]
routes = []
for line in open(os.path.join(dump, "routes.txt")):
    index, method, pattern = line.split()
    regex = "^" + re.sub(r"\\\{[^}]*\\\}", "[^/]+", re.escape(pattern.rstrip("/"))) + "/?$"
    routes.append((int(index), method, re.compile(regex)))
for name in os.listdir(os.path.join(dump, "http")):
    raw = open(os.path.join(dump, "http", name), "rb").read()
    head, _, body = raw.partition(b"\r\n\r\n")
    method, target = head.split(b" ")[:2]
    path = target.split(b"?")[0].decode("latin-1")
    if not body.lstrip().startswith(b"{"):
        continue
    for index, m, regex in routes:
        if m == method.decode() and regex.match(path):
            seed = bytes([index, 0]) + body
            open(os.path.join(dump, "json", hashlib.sha1(seed).hexdigest()), "wb").write(seed)
            break
PY
for target in fuzz_http_request fuzz_json_bodies; do
    kind=${target#fuzz_}
    src=$dump/http
    [ "$target" = fuzz_json_bodies ] && src=$dump/json
    mkdir -p "$root/tests/fuzz/corpus/$target"
    "$build/tests/fuzz/$target" -merge=1 -timeout=25 "$root/tests/fuzz/corpus/$target" "$src" 2>&1 | tail -2
    echo "$target ($kind): $(ls "$root/tests/fuzz/corpus/$target" | wc -l) seeds"
done
