"""Fails when a notebook's committed outputs differ from what running it gives now.

The lesson notebooks are committed with their outputs; this keeps those outputs true. Compared:
each code cell's outputs, by type and text (streams, text/plain, and which MIME types a display
has), so a change in vpclab that changes what a lesson shows must come with the regenerated
notebook (tools/make_notebooks.py says how).
"""
import json
import sys


def outputs(path):
    with open(path) as f:
        notebook = json.load(f)
    cells = []
    for cell in notebook["cells"]:
        if cell["cell_type"] != "code":
            continue
        shown = []
        for o in cell.get("outputs", []):
            if o["output_type"] == "stream":
                shown.append(("stream", o["name"], "".join(o["text"])))
            elif o["output_type"] in ("display_data", "execute_result"):
                data = o["data"]
                shown.append((o["output_type"], sorted(data), "".join(data.get("text/plain", ""))))
            else:
                shown.append((o["output_type"], o.get("ename"), o.get("evalue")))
        cells.append(shown)
    return cells


committed, executed = sys.argv[1], sys.argv[2]
old, new = outputs(committed), outputs(executed)
for i, (a, b) in enumerate(zip(old, new)):
    if a != b:
        print(f"{committed}: code cell {i + 1} shows something else now:", file=sys.stderr)
        print(f"  committed: {a!r:.600}", file=sys.stderr)
        print(f"  now:       {b!r:.600}", file=sys.stderr)
        print("regenerate the notebooks (see tools/make_notebooks.py) and commit them", file=sys.stderr)
        sys.exit(1)
if len(old) != len(new):
    sys.exit(f"{committed}: {len(old)} code cells committed, {len(new)} executed")
