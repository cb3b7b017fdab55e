#!/usr/bin/env bash
# Runs every benchmark of the generated ECR client against the official AWS SDK client and writes
# benchmarks/target/results/summary.md (raw samples beside it).
#
#   benchmarks/run.sh [--no-build] [--quick] [--no-jmh] [part ...] [-- harness options]
#
#   --no-build   use what is built (default: ./mvnw install -DskipTests first; the closures resolve ecrgen from the
#                local repository: ~/.m2/repository, or the one MAVEN_ARGS names with -Dmaven.repo.local=<dir>)
#   --quick      a smoke run: 3 cold runs, 1 steady round of 2 s + 3 s, JMH 1 warm-up and 2 iterations
#   --no-jmh     skip the JMH benchmarks
#   part         any of closures cold classes steady async codegen plugin jmh (default: all of them)
#   harness options: --runs N --rounds N --warmup S --measure S --server-threads N
#
# Needs Java 17 and GNU time (/usr/bin/time; apt-get install time). Close other work first: the machine's load is
# recorded in results/environment.txt, but it is not subtracted from anything.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

build=1
jmh=1
parts=()
harness=()
jmh_args=(-f 3 -wi 3 -i 5 -w 1 -r 1 -prof gc)
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --no-jmh) jmh=0 ;;
    --quick)
      harness+=(--runs 3 --rounds 1 --warmup 2 --measure 3)
      jmh_args=(-f 1 -wi 1 -i 2 -w 1 -r 1 -prof gc) ;;
    --) shift; harness+=("$@"); break ;;
    *) parts+=("$1") ;;
  esac
  shift
done
if [ ${#parts[@]} -eq 0 ]; then
  parts=(closures cold classes steady async codegen plugin)
else
  jmh=0
  for p in "${parts[@]}"; do [ "$p" = jmh ] && jmh=1; done
  parts=($(printf '%s\n' "${parts[@]}" | grep -vx jmh || true))
fi

if [ ! -x /usr/bin/time ]; then
  echo "GNU time is missing: apt-get install time" >&2
  exit 1
fi

mvn() { ./mvnw -B -q "$@"; }

if [ $build -eq 1 ]; then
  echo "== building (install -DskipTests)"
  mvn install -DskipTests
else
  echo "== compiling the benchmarks against the installed ecrgen jars"
  mvn -pl benchmarks compile
fi

target=benchmarks/target
mkdir -p "$target/closures" "$target/results"
echo "== resolving classpaths"
mvn -f benchmarks/pom.xml dependency:build-classpath -Dmdep.outputFile="$root/$target/module.classpath" >/dev/null
for closure in ecrgen ecrgen-apache5 official-url-connection official-apache official-default codegen; do
  mvn -f "benchmarks/closures/$closure/pom.xml" dependency:build-classpath \
    -Dmdep.outputFile="$root/$target/closures/$closure.classpath" >/dev/null
done

# Every run uses copies of the jars taken now: an install running beside the benchmark cannot swap a jar midway.
repository=$HOME/.m2/repository
for arg in ${MAVEN_ARGS:-}; do
  case "$arg" in -Dmaven.repo.local=*) repository=$(cd "${arg#-Dmaven.repo.local=}" && pwd) ;; esac
done
snapshot() {
  local copies=() jar relative
  IFS=: read -ra jars < "$1" || true  # the file has no final newline
  for jar in "${jars[@]}"; do
    [ -n "$jar" ] || continue
    relative=${jar#"$repository/"}
    [ "$relative" != "$jar" ] || relative=other/$(basename "$jar")
    mkdir -p "$(dirname "$target/jars/$relative")"
    cp -p "$jar" "$target/jars/$relative"
    copies+=("$root/$target/jars/$relative")
  done
  (IFS=:; echo "${copies[*]}") > "$1"
}
rm -rf "$target/jars"
for file in "$target/module.classpath" "$target"/closures/*.classpath; do
  snapshot "$file"
done
classpath="$target/classes:$(cat "$target/module.classpath")"

bench() {
  java -Dsun.net.httpserver.nodelay=true -cp "$classpath" dev.ecrgen.benchmarks.harness.Bench --root "$root" \
    ${harness[@]+"${harness[@]}"} "$@"
}

status=0
if [ ${#parts[@]} -gt 0 ]; then
  bench "${parts[@]}" || status=$?
fi
if [ $jmh -eq 1 ]; then
  echo "== jmh ${jmh_args[*]}"
  echo "load average before jmh: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$target/results/environment.txt"
  java -cp "$classpath" org.openjdk.jmh.Main "${jmh_args[@]}" -rf json -rff "$target/results/jmh.json" \
    > "$target/results/jmh.txt" 2>&1 || status=$?
  tail -n 20 "$target/results/jmh.txt"
  echo "load average after jmh: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$target/results/environment.txt"
fi
bench report >/dev/null || status=$?
echo "== results: $target/results/summary.md"
exit $status
