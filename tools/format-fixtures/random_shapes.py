"""Writes core/src/test/resources/dev/vpclab/cli/format/random-shapes.jsonl: random JSON values and
what the AWS CLI v1's own formatter classes print for them, for RandomShapesTest.

The captured fixtures (capture.sh) show real responses; this covers the odd shapes a --query can
produce: lists mixing dicts, lists and scalars, keys scalar in one dict and nested in another,
wide characters, tiny terminals. It imports the installed CLI's awscli.formatter and runs its
JSONFormatter, TextFormatter and TableFormatter in-process on each value (the table with its
terminal width patched, colour off), recording stdout and, where Python raised, the message.

Usage: python3 tools/format-fixtures/random_shapes.py [SEED COUNT] > core/src/test/resources/dev/vpclab/cli/format/random-shapes.jsonl
The committed file is seed 1127, 600 shapes (the defaults). Other seeds make good one-off runs;
expect rare mismatches on "'<' not supported between instances of ...", whose operand order
depends on Python's per-process string hashing.
"""

import io
import json
import random
import sys
from types import SimpleNamespace

import awscli
import awscli.table
from awscli.formatter import JSONFormatter, TableFormatter, TextFormatter

rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 1127)
KEYS = ["Name", "Value", "Id", "Tags", "State", "a", "b", "Zeta", "\u00e9t\u00e9", "\uff21",
        "\U0001f680", "Values", "CidrBlock"]
WORDS = ["vpc-1a2b", "", "available", "10.0.0.0/16", "\u65e5\u672c\u8a9e", "\u00fcber", "x" * 30,
         "tab\there", "it's", 'say "hi"', "\U0001f680 launch", "\u00b0", "a b c"]


def scalar():
    kind = rng.randrange(7)
    if kind == 0:
        return rng.choice([True, False])
    if kind == 1:
        return None
    if kind == 2:
        return rng.randint(-5, 10 ** rng.randint(1, 12))
    if kind == 3:
        return rng.choice([0.0, 1.5, 1e-05, 1e16, -2.25, 0.1 + 0.2, 3.0, 123456.789])
    return rng.choice(WORDS)


def value(depth):
    if depth <= 0 or rng.random() < 0.35:
        return scalar()
    if rng.random() < 0.5:
        return {k: value(depth - 1) for k in rng.sample(KEYS, rng.randint(0, 4))}
    if rng.random() < 0.5:
        # Lists of dicts with overlapping keys: the formatters' main case.
        keys = rng.sample(KEYS, 4)
        return [{k: value(depth - 2) for k in rng.sample(keys, rng.randint(1, 4))}
                for _ in range(rng.randint(1, 3))]
    return [value(depth - 1) for _ in range(rng.randint(0, 4))]


def run(formatter_class, value, width=80):
    """What the CLI prints for a --query whose result is value (the query runs before formatting)."""
    awscli.table.determine_terminal_width = lambda default_width=80: width
    args = SimpleNamespace(query=SimpleNamespace(search=lambda response: value), color="off")
    stream = io.StringIO()
    try:
        formatter_class(args)("Operation", {}, stream)
        return {"stdout": stream.getvalue()}
    except Exception as error:  # the CLI prints str(error) on stderr and exits 255
        return {"stdout": stream.getvalue(), "error": str(error)}


print("# " + json.dumps({"generator": "tools/format-fixtures/random_shapes.py",
                         "awscli": awscli.__version__, "python": sys.version.split()[0]}))
for _ in range(int(sys.argv[2]) if len(sys.argv) > 2 else 600):
    response = json.loads(json.dumps(value(rng.randint(1, 5))))
    width = rng.choice([10, 30, 60, 80, 80, 120, 200])
    print(json.dumps({
        "response": response,
        "width": width,
        "json": run(JSONFormatter, response),
        "text": run(TextFormatter, response),
        "table": run(TableFormatter, response, width),
    }, ensure_ascii=False))
