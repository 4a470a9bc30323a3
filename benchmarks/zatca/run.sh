#!/usr/bin/env bash
# ZATCA phase 2 signing speed, in one JVM and one run:
#  1. signed documents per second: UBL 2.1 written, hashed (C14N 1.1 + SHA-256), signed (secp256k1, XAdES signed
#     properties), QR (tags 1-9) embedded — what every simplified invoice costs at issue;
#  2. raw secp256k1 signatures per second with the same Bouncy Castle, over 32-byte hashes: the floor.
# Single thread each, after a warm-up. Figures go to benchmarks/results/zatca.json.
# Usage: benchmarks/zatca/run.sh     (DOCUMENTS=3000 SIGNATURES=20000 by default)
set -euo pipefail
cd "$(dirname "$0")/../.."

DOCUMENTS=${DOCUMENTS:-3000}
SIGNATURES=${SIGNATURES:-20000}
work=benchmarks/work/zatca
rm -rf "$work" && mkdir -p "$work/classes" benchmarks/results

if [ ! -d bundles/zatca/target/classes ]; then
  mvn -q -B install -DskipTests -pl bundles/zatca -am
fi
mvn -q -B -f bundles/zatca/pom.xml dependency:build-classpath -Dmdep.includeScope=provided \
  -Dmdep.outputFile="$PWD/$work/classpath.txt"
classpath="bundles/zatca/target/classes:$(cat "$work/classpath.txt")"
javac -d "$work/classes" -cp "$classpath" benchmarks/zatca/ZatcaBench.java
java -cp "$work/classes:$classpath" ZatcaBench "$DOCUMENTS" "$SIGNATURES" benchmarks/results/zatca.json
cat benchmarks/results/zatca.json
