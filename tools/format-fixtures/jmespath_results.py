"""Writes core/src/test/resources/dev/vpclab/cli/format/jmespath-results.jsonl: --query expressions
and what jmespath.py (the library both CLIs use for --query) returns for them, printed as the CLI's
JSON output, for JmesPathDialectTest. Each line: {"query", "input", "stdout"} or, where jmespath.py
raised, {"query", "input", "error"}.

Usage: python3 tools/format-fixtures/jmespath_results.py > core/src/test/resources/dev/vpclab/cli/format/jmespath-results.jsonl
"""

import json
import sys

import jmespath

VPCS = {"Vpcs": [
    {"VpcId": "vpc-1", "CidrBlock": "172.31.0.0/16", "IsDefault": True, "Tags": []},
    {"VpcId": "vpc-2", "CidrBlock": "10.0.0.0/16", "IsDefault": False,
     "Tags": [{"Key": "Name", "Value": "lab-vpc"}, {"Key": "Env", "Value": "\u65e5\u672c \U0001f680"}]},
    {"VpcId": "vpc-3", "CidrBlock": "10.1.0.0/16", "IsDefault": False,
     "Tags": [{"Key": "Name", "Value": "second"}]},
]}

QUERIES = [
    "Vpcs[].VpcId",
    "Vpcs[?IsDefault].VpcId",
    "Vpcs[?IsDefault==`false`].CidrBlock",
    "sort_by(Vpcs, &CidrBlock)[].VpcId",
    "Vpcs[].Tags[?Key==`Name`].Value",
    "Vpcs[].Tags[?Key==`Name`].Value[]",
    "Vpcs[].Tags[?Key==` Env`].Value | [0]",
    "Vpcs[].Tags[] | [?Key=='Name'].Value",
    "Vpcs[?VpcId==`vpc-\\`x`]",
    "Vpcs[0].{Id: VpcId, Cidr: CidrBlock, Default: IsDefault}",
    "Vpcs[0].Nope.Deeper",
    "Vpcs[?contains(CidrBlock, `\"10.\"`)].VpcId",
    "not_null(Vpcs[0].Nope, `\"fallback\"`)",
    "Vpcs | [0:2] | [].VpcId",
    "Vpcs[-1].VpcId",
    "Vpcs[].[VpcId, IsDefault][]",
    "keys(Vpcs[0])",
    "length(Vpcs)",
    "length(Vpcs[1].Tags[1].Value)",
    "sum(`[1, 2, 3]`)",
    "sum(`[1.5, 2]`)",
    "sum(`[1, 2.5, 3]`)",
    "sum(`[]`)",
    "avg(`[1, 2, 4]`)",
    "max(`[1, 5, 3]`)",
    "abs(`-3`)",
    "abs(`-2.5`)",
    "ceil(`1.2`)",
    "ceil(`-1.5`)",
    "floor(`1.8`)",
    "floor(`100000000000000000000.5`)",
    "to_number(`\"42\"`)",
    "to_number(`\"4.5\"`)",
    "to_number(`\"1e3\"`)",
    "to_number(`\" 42 \"`)",
    "to_number(`\"1.0\"`)",
    "to_number(`\"1_000\"`)",
    "to_number(`\"-1.5e-3\"`)",
    "to_number(`\".5\"`)",
    "to_number(`\"5.\"`)",
    "to_number(`\"1.5d\"`)",
    "to_number(`\"0x10\"`)",
    "to_number(`true`)",
    "to_number(`\"abc\"`)",
    "to_number(`\"+7\"`)",
    "to_string(`[1, \"a\"]`)",
    "to_string(`1.0`)",
    "length(`\"\U0001f680a\"`)",
    "length(`{\"a\": 1}`)",
    "reverse(`\"a\U0001f680b\"`)",
    "sort(`[\"\\uff21\", \"\U0001f680\", \"a\"]`)",
    "max(`[\"\\uff21\", \"\U0001f680\"]`)",
    "sort_by(`[{\"k\": \"\\uff21\"}, {\"k\": \"\U0001f680\"}]`, &k)[].k",
    "merge(`{\"b\": 1, \"a\": 2}`, `{\"a\": 3, \"c\": 4}`)",
    "`[1, 2.5, 1e3, -0.0, 100000000000000000000]`",
    "`\"abc\"`[0:1]",
    "`\"abc\"`[::-1]",
    "`{\"a\": 1}`[::-1]",
    "`[]`[::-1]",
    "`null`[::-1]",
    "`5`[1:]",
    "`[1, 2, 3, 4, 5]`[1:4]",
    "`[1, 2, 3, 4, 5]`[::2]",
    "`[1, 2, 3, 4, 5]`[-2:]",
    "`[1, 2, 3, 4, 5]`[:-2:-1]",
    "`[1, 2, 3, 4, 5]`[10:]",
    "`[1, 2, 3, 4, 5]`[-10::-1]",
    "`[{\"a\": 1}, {\"a\": 2}, {\"a\": 3}]`[::-1].a",
    "`[[1, 2], [3, 4]]`[::-1][0]",
    "length(`1`)",
    "Vpcs[?",
]

print("# " + json.dumps({"generator": "tools/format-fixtures/jmespath_results.py",
                         "jmespath": jmespath.__version__, "python": sys.version.split()[0]}))
for query in QUERIES:
    line = {"query": query, "input": VPCS}
    try:
        line["stdout"] = json.dumps(jmespath.search(query, VPCS), indent=4, ensure_ascii=False) + "\n"
    except Exception as error:
        line["error"] = "%s: %s" % (type(error).__name__, error)
    print(json.dumps(line, ensure_ascii=False))
