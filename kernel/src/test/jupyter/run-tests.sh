#!/usr/bin/env bash
# The kernel's Jupyter tests, run by Maven at integration-test (mvn -B verify) on the built jar:
#   1. jupyter_kernel_test's conformance suite (test_conformance.py),
#   2. raw-protocol checks for what it does not cover (test_protocol.py),
#   3. every notebook in notebooks/, executed with nbconvert; an error output fails it unless
#      its cell is tagged raises-exception, and so does any output that differs from the one
#      committed (same_outputs.py).
# The kernelspec is installed into a temporary JUPYTER_PATH, so nothing outside it is touched.
set -euo pipefail

jar="$1"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
python=/usr/bin/python3  # Debian's: the one its Jupyter packages are installed for
packages="jupyter-client python3-nbclient jupyter-nbconvert python3-jupyter-kernel-test"

if ! [ -x "$python" ] || ! "$python" -c 'import jupyter_client, jupyter_kernel_test, nbclient, nbconvert, zmq' 2>/dev/null; then
  cat >&2 <<MSG
vpclab kernel tests: $python cannot import jupyter_client, jupyter_kernel_test, nbclient and
nbconvert. Run .ci/run (as root it installs them), or install Debian's packages:
    sudo apt-get install -y $packages
MSG
  exit 1
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export JUPYTER_PATH="$tmp/share/jupyter"
export JUPYTER_DATA_DIR="$tmp/data" JUPYTER_RUNTIME_DIR="$tmp/runtime" JUPYTER_CONFIG_DIR="$tmp/config"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

"$java" -jar "$jar" kernel install --prefix "$tmp" >/dev/null 2>&1 \
  || { echo "vpclab kernel tests: could not install the kernelspec" >&2; exit 1; }

(cd "$here" && "$python" -m unittest -v test_conformance test_protocol)

shopt -s nullglob
for notebook in "$root"/notebooks/*.ipynb; do
  echo "executing $(basename "$notebook")"
  "$python" -m nbconvert --to notebook --execute --ExecutePreprocessor.kernel_name=vpclab \
    --ExecutePreprocessor.timeout=300 --output-dir "$tmp/executed" "$notebook"
  "$python" "$here/same_outputs.py" "$notebook" "$tmp/executed/$(basename "$notebook")"
done
