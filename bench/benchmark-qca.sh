#!/usr/bin/env bash
# Times the QCA engine on seeded synthetic data (4-16 conditions) and prints a Markdown table.
# Usage: bench/benchmark-qca.sh [cases=500] [repetitions=5]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" org.w3id.veta.qca.benchmark.QcaBenchmark "$@"
