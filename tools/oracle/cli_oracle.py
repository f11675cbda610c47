#!/usr/bin/env python3
"""Oracle for vpclab's AWS CLI argument parsing: runs the real CLI's driver in-process.

    python3 tools/oracle/cli_oracle.py 1 < cases.jsonl > expected-v1.jsonl     # pip awscli (v1)
    AWS_DATA_PATH=DIR /usr/bin/python3 tools/oracle/cli_oracle.py 2 < cases.jsonl > expected-v2.jsonl

Each input line is a JSON list of the words after `aws`. Each output line holds the CLI's stdout,
stderr and exit code, and `params`: the request it would send (captured after the CLI's own
before-parameter-build hooks), or null. Nothing is sent: a before-call hook stops every request,
and the endpoint is the closed loopback port 9 in any case. The process runs in FIXTURES (a
directory this script fills) so that file:// values find the same files the Java test serves.

Two regressions of the pip CLI v1 (1.45) are patched back to the behaviour of Amazon Linux 2's
aws-cli/1.18.147, which vpclab's v1 stands for: the "Note: AWS CLI version 2..." line in the
usage text, and shorthand errors printing "{self._error_location()}" literally. botocore's
ArgumentGenerator picks enum values at random in v1; it is patched to take the first, as v2 does.

For CLI v2 (Debian's 2.9.19) set AWS_DATA_PATH to a directory holding the same botocore models as
vpclab (uncompressed service-2.json and paginators-1.json of botocore 1.43.11), so that messages
listing members agree with vpclab's model; tools/oracle/make_data_path.py makes one.
"""
import io
import json
import os
import sys

VERSION = sys.argv[1]
HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, '..', '..', 'core', 'src', 'test', 'resources', 'dev', 'vpclab',
                        'cli', 'args', 'fixtures')
if VERSION == '2':
    sys.path.insert(0, '/usr/lib/python3/dist-packages')
os.environ.update(AWS_EC2_METADATA_DISABLED='true', AWS_ACCESS_KEY_ID='AKIAFAKE',
                  AWS_SECRET_ACCESS_KEY='fake', AWS_DEFAULT_REGION='us-east-2', AWS_PAGER='',
                  HOME='/home/learner', MYDIR='sub')
sys.argv = ['aws']
os.chdir(FIXTURES)

if VERSION == '1':
    import awscli.argparser
    import awscli.clidriver
    import awscli.shorthand
    import botocore.utils
    old_usage = (
        "aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n"
        "%s" % awscli.argparser.HELP_BLURB)
    awscli.argparser.USAGE = old_usage
    awscli.clidriver.USAGE = old_usage

    def _construct_msg(self):
        return ("Expected: '%s', received: '%s' for input:\n%s"
                % (self.expected, self.actual, self._error_location()))
    awscli.shorthand.ShorthandParseSyntaxError._construct_msg = _construct_msg

    class _First:
        @staticmethod
        def choice(values):
            return values[0]
    botocore.utils.random = _First

from awscli.clidriver import create_clidriver  # noqa: E402


class Sent(Exception):
    def __str__(self):
        return '<<SENT>>'


def encode(o):
    if isinstance(o, (bytes, bytearray)):
        return {'$bytes': bytes(o).decode('latin-1')}
    if hasattr(o, 'isoformat'):
        return o.isoformat()
    if hasattr(o, 'read'):
        return {'$file': getattr(o, 'name', '?')}
    return str(o)


def run(argv):
    captured = {}

    def capture(params, **kwargs):
        captured['params'] = json.loads(json.dumps(params, default=encode))

    def stop(**kwargs):
        raise Sent()

    real_out, real_err = sys.stdout, sys.stderr
    out_bytes, err_bytes = io.BytesIO(), io.BytesIO()
    sys.stdout = io.TextIOWrapper(out_bytes, encoding='utf-8', write_through=True)
    sys.stderr = io.TextIOWrapper(err_bytes, encoding='utf-8', write_through=True)
    try:
        driver = create_clidriver()
        emitter = driver.session.get_component('event_emitter')
        emitter.register_last('before-parameter-build', capture)
        emitter.register('before-call', stop)
        try:
            rc = driver.main(list(argv) + ['--endpoint-url', 'http://127.0.0.1:9'])
        except SystemExit as e:
            rc = e.code
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        out = out_bytes.getvalue().decode('utf-8', 'replace')
        err = err_bytes.getvalue().decode('utf-8', 'replace')
        keep = (sys.stdout, sys.stderr)
        sys.stdout, sys.stderr = real_out, real_err
        del keep
    sent = '<<SENT>>' in err
    params = captured.get('params') if sent else None
    if params is not None:
        params.pop('ClientToken', None)
    return {'argv': argv, 'stdout': out, 'stderr': '' if sent else err,
            'rc': 0 if sent else rc, 'params': params}


def main():
    for line in sys.stdin:
        line = line.strip()
        if line and not line.startswith('#'):
            sys.stdout.write(json.dumps(run(json.loads(line)), ensure_ascii=False) + '\n')
            sys.stdout.flush()


if __name__ == '__main__':
    main()
