#!/usr/bin/env python3
"""Extract the part of botocore's service models that vpclab simulates.

vpclab's AWS CLI is driven by the same service models as the real CLI: option names, value
types, required options, enums, output key order and help text all come from botocore's
`service-2.json`. Shipping the full models (the EC2 one alone is ~8 MB) would slow start-up, so
this tool copies only the operations vpclab implements, the shapes they reach, their paginators,
and the names of every other operation (so a real-but-unsimulated operation is told apart from a
typo). Documentation is kept short: the first paragraph, HTML stripped. Waiters (`waiters-2.json`)
are copied when vpclab simulates the operation they poll, and every waiter name each CLI version
offers is kept for `aws <service> wait`'s invalid-choice message.

Run it by hand after changing OPERATIONS (it needs the pip `awscli`/`botocore` that the
machine's `aws` (CLI v1) uses, and Debian's `awscli` package for the v2 command list):

    python3 tools/extract_models.py

It rewrites core/src/main/resources/dev/vpclab/cli/models/*.json, which are committed.
"""
import gzip
import html
import json
import os
import re
import subprocess
import sys

import botocore

OPERATIONS = {
    "ec2": [
        "CreateVpc", "DescribeVpcs", "DeleteVpc", "ModifyVpcAttribute", "DescribeVpcAttribute",
        "DescribeAvailabilityZones", "DescribeRegions", "DescribeAccountAttributes",
        "CreateSubnet", "DescribeSubnets", "DeleteSubnet", "ModifySubnetAttribute",
        "CreateInternetGateway", "AttachInternetGateway", "DetachInternetGateway",
        "DescribeInternetGateways", "DeleteInternetGateway",
        "AllocateAddress", "DescribeAddresses", "ReleaseAddress", "AssociateAddress",
        "DisassociateAddress",
        "CreateNatGateway", "DescribeNatGateways", "DeleteNatGateway",
        "CreateRouteTable", "DescribeRouteTables", "DeleteRouteTable", "AssociateRouteTable",
        "DisassociateRouteTable", "ReplaceRouteTableAssociation",
        "CreateRoute", "ReplaceRoute", "DeleteRoute",
        "CreateNetworkAcl", "DescribeNetworkAcls", "DeleteNetworkAcl", "CreateNetworkAclEntry",
        "ReplaceNetworkAclEntry", "DeleteNetworkAclEntry", "ReplaceNetworkAclAssociation",
        "CreateSecurityGroup", "DescribeSecurityGroups", "DeleteSecurityGroup",
        "DescribeSecurityGroupRules",
        "AuthorizeSecurityGroupIngress", "AuthorizeSecurityGroupEgress",
        "RevokeSecurityGroupIngress", "RevokeSecurityGroupEgress",
        "CreateKeyPair", "DescribeKeyPairs", "DeleteKeyPair", "ImportKeyPair",
        "RunInstances", "DescribeInstances", "TerminateInstances", "StartInstances",
        "StopInstances", "RebootInstances", "DescribeInstanceStatus", "ModifyInstanceAttribute",
        "AssociateIamInstanceProfile", "ReplaceIamInstanceProfileAssociation",
        "DisassociateIamInstanceProfile", "DescribeIamInstanceProfileAssociations",
        "CreateVpcEndpoint", "DescribeVpcEndpoints", "ModifyVpcEndpoint", "DeleteVpcEndpoints",
        "DescribeVpcEndpointServices", "DescribePrefixLists", "DescribeManagedPrefixLists",
        "GetManagedPrefixListEntries", "DescribeImages", "DescribeNetworkInterfaces",
        "CreateTags", "DeleteTags", "DescribeTags",
    ],
    "iam": [
        "CreateRole", "GetRole", "DeleteRole", "ListRoles", "UpdateAssumeRolePolicy",
        "AttachRolePolicy", "DetachRolePolicy", "ListAttachedRolePolicies",
        "PutRolePolicy", "GetRolePolicy", "DeleteRolePolicy", "ListRolePolicies",
        "CreatePolicy", "GetPolicy", "GetPolicyVersion", "ListPolicies", "DeletePolicy",
        "ListPolicyVersions", "CreatePolicyVersion", "ListEntitiesForPolicy",
        "CreateInstanceProfile", "GetInstanceProfile", "DeleteInstanceProfile",
        "ListInstanceProfiles", "ListInstanceProfilesForRole",
        "AddRoleToInstanceProfile", "RemoveRoleFromInstanceProfile",
    ],
    "s3": [
        "ListBuckets", "CreateBucket", "DeleteBucket", "HeadBucket", "GetBucketLocation",
        "PutBucketPolicy", "GetBucketPolicy", "DeleteBucketPolicy",
        "ListObjectsV2", "ListObjects", "PutObject", "GetObject", "DeleteObject", "HeadObject",
        "CopyObject",
    ],
    "sts": ["GetCallerIdentity"],
    "ssm": ["GetParameter", "GetParameters", "GetParametersByPath"],
    "dynamodb": ["ListTables", "DescribeTable", "CreateTable", "DeleteTable"],
}

# The CLI's name for a botocore service, where it differs.
CLI_NAMES = {"s3": "s3api"}

OUT = os.path.join(os.path.dirname(__file__), "..", "core", "src", "main", "resources",
                   "dev", "vpclab", "cli", "models")


def short_doc(text, limit=400):
    """The first paragraph of a botocore HTML doc string, as plain text."""
    if not text:
        return None
    first = re.split(r"</p>", text, maxsplit=1)[0]
    plain = html.unescape(re.sub(r"<[^>]+>", "", first))
    plain = re.sub(r"\s+", " ", plain).strip()
    if len(plain) > limit:
        cut = plain[:limit]
        plain = cut[: cut.rfind(" ")] + " ..."
    return plain or None


def load(service):
    base = os.path.join(os.path.dirname(botocore.__file__), "data", service)
    version = sorted(os.listdir(base))[-1]
    while not os.path.exists(os.path.join(base, version, "service-2.json.gz")):
        version = sorted(v for v in os.listdir(base) if v < version)[-1]
    folder = os.path.join(base, version)
    with gzip.open(os.path.join(folder, "service-2.json.gz")) as f:
        model = json.load(f)
    paginators = {}
    path = os.path.join(folder, "paginators-1.json")
    if os.path.exists(path):
        with open(path) as f:
            paginators = json.load(f).get("pagination", {})
    waiters = {}
    path = os.path.join(folder, "waiters-2.json")
    if os.path.exists(path):
        with open(path) as f:
            waiters = json.load(f).get("waiters", {})
    return model, paginators, waiters


def closure(model, roots):
    seen = {}
    stack = list(roots)
    while stack:
        name = stack.pop()
        if name in seen:
            continue
        shape = model["shapes"][name]
        seen[name] = shape
        for member in shape.get("members", {}).values():
            stack.append(member["shape"])
        for key in ("member", "key", "value"):
            if key in shape:
                stack.append(shape[key]["shape"])
    return seen


def trim_shape(shape, documented):
    out = {k: v for k, v in shape.items() if k not in ("documentation", "members")}
    if "members" in shape:
        members = {}
        for name, member in shape["members"].items():
            m = {k: v for k, v in member.items() if k != "documentation"}
            doc = short_doc(member.get("documentation")) if documented else None
            if doc:
                m["documentation"] = doc
            members[name] = m
        out["members"] = members
    if documented and shape.get("documentation") and "members" not in shape:
        out["documentation"] = short_doc(shape["documentation"])
    return out


def cli_choices(command):
    """The choices the real CLI lists in its 'Invalid choice' error."""
    env = dict(os.environ, AWS_EC2_METADATA_DISABLED="true", AWS_PAGER="")
    proc = subprocess.run(command, capture_output=True, text=True, env=env)
    text = proc.stderr
    block = text.split("valid choices are:", 1)[1].split("Invalid choice", 1)[0]
    names = []
    for line in block.splitlines():
        for cell in line.split("|"):
            cell = cell.strip()
            if cell:
                names.append(cell)
    return names


def main():
    os.makedirs(OUT, exist_ok=True)
    for service, operations in OPERATIONS.items():
        model, paginators, waiters = load(service)
        input_shapes = [model["operations"][op]["input"]["shape"]
                        for op in operations if "input" in model["operations"][op]]
        output_shapes = [model["operations"][op]["output"]["shape"]
                         for op in operations if "output" in model["operations"][op]]
        inputs = closure(model, input_shapes)
        shapes = closure(model, input_shapes + output_shapes)
        ops = {}
        for op in operations:
            o = {k: v for k, v in model["operations"][op].items()
                 if k in ("name", "input", "output", "errors", "deprecated")}
            o["documentation"] = short_doc(model["operations"][op].get("documentation"), 600)
            ops[op] = o
        trimmed = {
            "metadata": {k: model["metadata"].get(k) for k in
                         ("apiVersion", "endpointPrefix", "protocol", "serviceFullName",
                          "serviceId", "globalEndpoint", "timestampFormat")
                         if model["metadata"].get(k) is not None},
            "operations": ops,
            "shapes": {name: trim_shape(s, name in inputs) for name, s in sorted(shapes.items())},
            "paginators": {op: p for op, p in paginators.items() if op in operations},
            "allOperations": sorted(model["operations"].keys()),
            "waiters": {w: c for w, c in sorted(waiters.items()) if c["operation"] in operations},
            "source": "botocore " + botocore.__version__,
        }
        name = CLI_NAMES.get(service, service)
        if waiters:
            trimmed["waiterNames"] = {
                "v1": cli_choices(["aws", name, "wait", "not-a-waiter"]),
                "v2": cli_choices(["/usr/bin/aws", name, "wait", "not-a-waiter"]),
            }
        with open(os.path.join(OUT, name + ".json"), "w") as f:
            json.dump(trimmed, f, indent=1, sort_keys=False)
            f.write("\n")
        print(name, len(ops), "operations,", len(shapes), "shapes")

    commands = {
        "v1": cli_choices(["aws", "not-a-service"]),
        "v2": cli_choices(["/usr/bin/aws", "not-a-service"]),
    }
    with open(os.path.join(OUT, "commands.json"), "w") as f:
        json.dump(commands, f, indent=1)
        f.write("\n")
    print("commands:", {k: len(v) for k, v in commands.items()})


if __name__ == "__main__":
    sys.exit(main())
