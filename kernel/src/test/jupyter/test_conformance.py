"""jupyter_kernel_test's conformance suite for the vpclab kernel.

Every sample below is something a learner types. The suite validates each message against the
messaging spec (v5) and checks the behaviour the samples ask for.
"""
import unittest

import jupyter_kernel_test


class VpclabKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "vpclab"
    language_name = "vpclab"
    file_extension = ".vpc"

    # stdout and stderr: the shell's echo, and cat failing as GNU cat does
    code_hello_world = "echo 'hello, world'"
    code_stderr = "cat no-such-file"

    completion_samples = [
        {"text": "aws ec2 create-vp", "matches": {"create-vpc", "create-vpc-endpoint"}},
        {"text": "/res", "matches": {"/resources", "/reset"}},
        {"text": "aws ec2 create-vpc --cidr", "matches": {"--cidr-block"}},
        # code points, not UTF-16 units: the emoji count once each
        {"text": "echo 😀😀 && aws s3", "matches": {"s3", "s3api"}},
    ]

    complete_code_samples = [
        "echo hello",
        "aws ec2 describe-vpcs",
        "/resources",
        "echo 'two\nlines'",
        "aws ec2 create-vpc \\\n  --cidr-block 10.0.0.0/16",
    ]
    incomplete_code_samples = [
        "aws ec2 create-vpc \\",
        "echo 'an open quote",
        "VPC=$(aws ec2 create-vpc --cidr-block 10.0.0.0/16",
        "echo a\n/resources\naws ec2 describe-vpcs \\",
    ]
    invalid_code_samples = ["echo a;;", "echo (", "echo fine\necho a;;\necho fine"]

    # a problem of vpclab's own is the cell's one error; a program's failure is only output
    code_generate_error = "/no-such-command"

    # an aws command's JSON response is the cell's result, as a tree and as the CLI printed it
    code_execute_result = [
        {"code": "aws sts get-caller-identity", "mime": "application/json"},
        {
            "code": "aws sts get-caller-identity --query '{Account: Account}'",
            "result": '{\n    "Account": "123456789012"\n}',
        },
    ]

    code_display_data = [
        {"code": "/resources all", "mime": "text/html"},
        {"code": "aws ec2 create-vpc --cidr-block 10.9.0.0/16 --output text --query Vpc.VpcId",
         "mime": "text/html"},
        {"code": "aws sts get-caller-identity\necho then", "mime": "application/json"},
    ]

    code_history_pattern = "aws sts get-caller-identity"
    supported_history_operations = ("tail", "range", "search")

    code_inspect_sample = "aws ec2 create-vpc"


if __name__ == "__main__":
    unittest.main()
