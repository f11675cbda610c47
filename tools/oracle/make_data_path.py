#!/usr/bin/env python3
"""Writes uncompressed copies of the pip botocore's models for vpclab's services into DIR, so that
CLI v2 (whose older loader reads only uncompressed files) can use the same models via
AWS_DATA_PATH=DIR.  Usage: python3 tools/oracle/make_data_path.py DIR"""
import gzip
import os
import shutil
import sys

import botocore

base = os.path.join(os.path.dirname(botocore.__file__), 'data')
for svc in ['ec2', 'iam', 's3', 'sts', 'ssm', 'dynamodb']:
    versions = sorted(v for v in os.listdir(os.path.join(base, svc))
                      if os.path.exists(os.path.join(base, svc, v, 'service-2.json.gz')))
    src_dir = os.path.join(base, svc, versions[-1])
    dst_dir = os.path.join(sys.argv[1], svc, versions[-1])
    os.makedirs(dst_dir, exist_ok=True)
    for name in os.listdir(src_dir):
        src = os.path.join(src_dir, name)
        if name.endswith('.gz'):
            with gzip.open(src) as f, open(os.path.join(dst_dir, name[:-3]), 'wb') as out:
                out.write(f.read())
        else:
            shutil.copy(src, dst_dir)
