#!/usr/bin/env bash
# Captures what the real AWS CLIs print for the same responses in json, text and table, as the
# fixtures of dev.vpclab.cli.format's tests (see that fixture folder's README.md).
#
# It starts its own moto server and, in front of it, replay_proxy.py, so that the several runs of
# one case (v1 and v2, each format, each query) all get the very same response bytes, even for
# mutating calls. Nothing leaves 127.0.0.1: fake credentials, --endpoint-url on every call.
#
# Usage: tools/format-fixtures/capture.sh [OUTPUT_DIR]
#        ONLY="case another-case" tools/format-fixtures/capture.sh   # recapture just these cases
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:-$HERE/../../core/src/test/resources/dev/vpclab/cli/format/cases}
MOTO_PORT=5177
PROXY_PORT=5178
V1=aws          # AWS CLI v1 (pip), 1.45.11 when the fixtures were captured
V2=/usr/bin/aws # AWS CLI v2 (Debian's package), 2.9.19 when the fixtures were captured

export AWS_EC2_METADATA_DISABLED=true AWS_ACCESS_KEY_ID=AKIAFAKE AWS_SECRET_ACCESS_KEY=fake
export AWS_DEFAULT_REGION=us-east-2 AWS_PAGER="" AWS_CONFIG_FILE=/dev/null
export AWS_SHARED_CREDENTIALS_FILE=/dev/null

moto_server -H 127.0.0.1 -p "$MOTO_PORT" >/dev/null 2>&1 &
MOTO_PID=$!
python3 "$HERE/replay_proxy.py" "$PROXY_PORT" "$MOTO_PORT" &
PROXY_PID=$!
trap 'kill "$PROXY_PID" "$MOTO_PID"' EXIT
for _ in $(seq 50); do
  curl -s -o /dev/null "http://127.0.0.1:$MOTO_PORT/" && curl -s -o /dev/null -X POST \
    "http://127.0.0.1:$PROXY_PORT/__reset" && break
  sleep 0.2
done

# Setup calls go straight to moto; they are not fixtures.
moto() { "$V1" "$@" --endpoint-url "http://127.0.0.1:$MOTO_PORT"; }

# run FILE CLI ARGS...: one CLI run through the proxy, stdout to FILE, stderr (if any) to
# FILE.stderr. The output is a pipe, so the CLI sees no terminal: table width 80, no colour.
run() {
  local file=$1 cli=$2
  shift 2
  "$cli" "$@" --endpoint-url "http://127.0.0.1:$PROXY_PORT" >"$file" 2>"$file.stderr" || true
  [ -s "$file.stderr" ] || rm "$file.stderr"
}

# run_tty WIDTH FILE CLI ARGS...: the same on a pseudo-terminal WIDTH columns wide (no newline
# translation), which is how the CLI's table learns the terminal width.
run_tty() {
  local width=$1 file=$2 cli=$3
  shift 3
  local command
  command=$(printf '%q ' "$cli" "$@" --endpoint-url "http://127.0.0.1:$PROXY_PORT")
  script -q -e -c "stty cols $width -onlcr; $command" /dev/null >"$file"
}

# capture NAME OPERATION ARGS...: every format of one response, for both CLIs. Before calling,
# set QUERIES (name=expression ...), WIDTHS (terminal widths for table) and COLOR (yes/no).
capture() {
  local name=$1 operation=$2
  shift 2
  if [ -n "${ONLY:-}" ] && [[ " $ONLY " != *" $name "* ]]; then
    QUERIES=()
    WIDTHS=()
    COLOR=no
    return
  fi
  curl -s -X POST "http://127.0.0.1:$PROXY_PORT/__reset"
  mkdir -p "$OUT/$name"
  {
    echo "operation: $operation"
    echo "command: aws $*"
    for query in "${QUERIES[@]}"; do echo "query ${query%%=*}: ${query#*=}"; done
  } >"$OUT/$name/case.txt"
  for version in v1 v2; do
    local cli=$V1 dir=$OUT/$name/$version
    [ "$version" = v2 ] && cli=$V2
    mkdir -p "$dir"
    run "$dir/response.json" "$cli" "$@" --output json
    run "$dir/text.txt" "$cli" "$@" --output text
    run "$dir/table.txt" "$cli" "$@" --output table
    for width in "${WIDTHS[@]}"; do
      run_tty "$width" "$dir/table.width-$width.txt" "$cli" "$@" --output table --color off
    done
    if [ "$COLOR" = yes ]; then
      run "$dir/table.color.txt" "$cli" "$@" --output table --color on
      run_tty 80 "$dir/table.terminal-color.txt" "$cli" "$@" --output table
      if [ "$version" = v2 ]; then
        # v2 on a terminal writes through its pager; "cat" passes on exactly what it gets.
        AWS_PAGER=cat run_tty 80 "$dir/table.pager-color.txt" "$cli" "$@" --output table
      fi
    fi
    for query in "${QUERIES[@]}"; do
      for format in json text table; do
        run "$dir/query.${query%%=*}.$format.txt" "$cli" "$@" --output "$format" --query "${query#*=}"
      done
    done
  done
  QUERIES=()
  WIDTHS=()
  COLOR=no
}
QUERIES=()
WIDTHS=()
COLOR=no

# --- the account every case looks at ------------------------------------------------------------
VPC=$(moto ec2 create-vpc --cidr-block 10.0.0.0/16 --query Vpc.VpcId --output text)
moto ec2 create-tags --resources "$VPC" --tags '[
  {"Key": "Name", "Value": "lab-vpc"},
  {"Key": "Env", "Value": "日本語テスト ünïcødé 🚀"},
  {"Key": "Odd", "Value": "say \"hi\" \\ back\tslash\nnew line \u2028 del\u007f end"}]'
SUBNET=$(moto ec2 create-subnet --vpc-id "$VPC" --cidr-block 10.0.1.0/24 \
  --availability-zone us-east-2a --query Subnet.SubnetId --output text)
IGW=$(moto ec2 create-internet-gateway --query InternetGateway.InternetGatewayId --output text)
moto ec2 attach-internet-gateway --internet-gateway-id "$IGW" --vpc-id "$VPC"
RTB=$(moto ec2 create-route-table --vpc-id "$VPC" --query RouteTable.RouteTableId --output text)
moto ec2 create-route --route-table-id "$RTB" --destination-cidr-block 0.0.0.0/0 \
  --gateway-id "$IGW" >/dev/null
moto ec2 associate-route-table --route-table-id "$RTB" --subnet-id "$SUBNET" >/dev/null
SG=$(moto ec2 create-security-group --group-name web --description "web servers" \
  --vpc-id "$VPC" --query GroupId --output text)
moto ec2 authorize-security-group-ingress --group-id "$SG" --ip-permissions '[
  {"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443,
   "IpRanges": [{"CidrIp": "0.0.0.0/0", "Description": "HTTPS from anywhere"}]},
  {"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22,
   "IpRanges": [{"CidrIp": "203.0.113.0/24"}, {"CidrIp": "198.51.100.7/32"}],
   "UserIdGroupPairs": [{"GroupId": "'"$SG"'", "Description": "peers"}]}]' >/dev/null
THROWAWAY=$(moto ec2 create-vpc --cidr-block 10.99.0.0/16 --query Vpc.VpcId --output text)
moto s3api create-bucket --bucket lab-logs \
  --create-bucket-configuration LocationConstraint=us-east-2 >/dev/null
moto s3api create-bucket --bucket lab-site \
  --create-bucket-configuration LocationConstraint=us-east-2 >/dev/null
moto s3api put-bucket-cors --bucket lab-site --cors-configuration '{"CORSRules": [
  {"AllowedMethods": ["GET", "PUT"], "AllowedOrigins": ["https://a.example", "https://b.example"],
   "AllowedHeaders": ["*"], "MaxAgeSeconds": 3000}]}'
moto cloudwatch put-metric-data --namespace Lab --metric-data '[
  {"MetricName": "Latency", "Value": 1.5}, {"MetricName": "Latency", "Value": 0.00001},
  {"MetricName": "Latency", "Value": 1e16}]'

# --- the cases ----------------------------------------------------------------------------------
capture create-vpc CreateVpc ec2 create-vpc --cidr-block 10.1.0.0/16 \
  --tag-specifications 'ResourceType=vpc,Tags=[{Key=Name,Value=second}]'

QUERIES=(
  'vpc-ids=Vpcs[].VpcId'
  'first-tags=Vpcs[0].Tags'
  'first-id=Vpcs[0].VpcId'
  'rows=Vpcs[].[VpcId,CidrBlock,IsDefault]'
  'missing=Vpcs[0].NoSuchKey'
  'empty-list=Vpcs[?VpcId==`"nope"`]'
  'empty-object=Vpcs[0].NoSuchKey || `{}`'
  'false=`false`'
  'true=`true`'
  'zero=`0`'
  'empty-string=`""`'
  'count=length(Vpcs)'
  'ids-and-tags=Vpcs[].[VpcId,Tags[].Value]'
  'objects=Vpcs[].{id: VpcId, default: IsDefault, tags: Tags}'
  'odd-value=Vpcs[].Tags[?Key==`"Odd"`].Value | [] | [0]'
  'nested-lists=`[[1, [2, [3, 4]]], 5, [6]]`'
  'key-scalar-here-list-there=`[{"a": 1, "b": "x"}, {"a": [1, "two"], "b": {"c": null}}]`'
  'ragged-rows=`[["a", "b"], ["c"]]`'
  'dict-then-string=`[{"a": 1}, "x"]`'
  'list-then-dict=`[["a", "b"], {"k1": 1, "k2": 2}]`'
  'floats=`[1.0, 0.5, 1e-7, 12345678901234567890.0, -0.0, 1e22, 5e-324]`'
  'control-chars=`"nul\u0000 soh\u0001 bs\b ff\f cr\r us\u001f del\u007f ls\u2028 nbsp\u00a0 rocket\ud83d\ude80 quote\" backslash\\ end"`'
  'text-fails-midway=`{"a": [1, 2], "b": [{"x": 1}, "oops"], "c": "never"}`'
  'repr-in-cells=`[{"a": "x", "b": 1}, {"a": ["it\u0027s", "say \"hi\"", "both \u0027\"", "tab\t", "\u00e9\u00a0\u2028\ud83d\ude80"], "b": {"k": [null, true, 1.5]}}]`'
)
WIDTHS=(40 120 200)
COLOR=yes
capture describe-vpcs DescribeVpcs ec2 describe-vpcs

# jmespath.py, not io.burt: legacy unquoted literals, Python ints from number functions.
QUERIES=(
  'legacy-literal=Vpcs[].Tags[?Key==`Name`].Value[]'
  'legacy-literal-spaced=Vpcs[].Tags[?Key==` Env`].Value | [0]'
  'int-functions=[sum(`[1, 2]`), sum(`[1, 0.5]`), abs(`-3`), abs(`-2.5`), ceil(`1.2`), floor(`-1.5`), length(Vpcs)]'
)
capture jmespath-dialect DescribeVpcs ec2 describe-vpcs --filters Name=tag:Name,Values=lab-vpc

capture describe-vpc-attribute DescribeVpcAttribute ec2 describe-vpc-attribute \
  --vpc-id "$VPC" --attribute enableDnsSupport

WIDTHS=(120)
capture describe-route-tables DescribeRouteTables ec2 describe-route-tables \
  --filters "Name=vpc-id,Values=$VPC"

QUERIES=(
  'cidrs=SecurityGroups[0].IpPermissions[].IpRanges[].CidrIp'
  'rule-rows=SecurityGroups[].IpPermissions[].[IpProtocol,FromPort,IpRanges[].CidrIp]'
)
WIDTHS=(200)
capture describe-security-groups DescribeSecurityGroups ec2 describe-security-groups \
  --group-ids "$SG"

capture run-instances RunInstances ec2 run-instances --image-id ami-03cf127a --count 2 \
  --instance-type t3.micro --subnet-id "$SUBNET" --security-group-ids "$SG"

QUERIES=(
  'ids=Reservations[].Instances[].InstanceId'
  'state-rows=Reservations[].Instances[].[InstanceId,State.Name,PrivateIpAddress]'
)
WIDTHS=(60 200 300)
COLOR=yes
capture describe-instances DescribeInstances ec2 describe-instances

capture describe-instances-none DescribeInstances ec2 describe-instances \
  --filters Name=instance-state-name,Values=terminated

capture delete-vpc DeleteVpc ec2 delete-vpc --vpc-id "$THROWAWAY"

capture create-role CreateRole iam create-role --role-name lab-role --description "Lab role" \
  --assume-role-policy-document '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
  "Principal": {"Service": ["ec2.amazonaws.com", "lambda.amazonaws.com"]},
  "Action": "sts:AssumeRole"}]}'

capture list-buckets ListBuckets s3api list-buckets

capture get-bucket-cors GetBucketCors s3api get-bucket-cors --bucket lab-site

capture get-metric-statistics GetMetricStatistics cloudwatch get-metric-statistics \
  --namespace Lab --metric-name Latency --start-time 2020-01-01T00:00:00Z \
  --end-time 2030-01-01T00:00:00Z --period 86400 \
  --statistics Average Sum Minimum Maximum SampleCount
