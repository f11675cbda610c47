"""Measures the vpclab kernel: start-up (process start to kernel_info_reply) and execute round
trip (execute_request sent to its idle status received), medians of many. Not run by the build:

    JUPYTER_PATH=... /usr/bin/python3 bench.py [starts] [executes]
"""
import statistics
import sys
import time

from jupyter_client.manager import KernelManager

STARTS = int(sys.argv[1]) if len(sys.argv) > 1 else 10
EXECUTES = int(sys.argv[2]) if len(sys.argv) > 2 else 200
CELLS = {
    "echo": "echo hi",
    "aws": "aws sts get-caller-identity",
    "create": "aws ec2 create-vpc --cidr-block 10.0.0.0/16 --query Vpc.VpcId --output text",
}


def start():
    """Seconds from launching the kernel process to its first kernel_info_reply."""
    km = KernelManager(kernel_name="vpclab")
    began = time.perf_counter()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=60)
    took = time.perf_counter() - began
    return took, km, kc


def stop(km, kc):
    """Stops the client and its kernel. The client's zmq context is closed here, not left to
    KernelClient.__del__, which at interpreter exit finds logging torn down and prints a traceback."""
    kc.stop_channels()
    kc.context.destroy()
    km.shutdown_kernel(now=True)


def round_trip(kc, code):
    began = time.perf_counter()
    msg_id = kc.execute(code)
    while True:
        msg = kc.get_iopub_msg(timeout=30)
        if (msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status"
                and msg["content"]["execution_state"] == "idle"):
            return time.perf_counter() - began


def ms(seconds):
    return f"{seconds * 1000:.1f} ms"


starts = []
for _ in range(STARTS):
    took, km, kc = start()
    starts.append(took)
    stop(km, kc)
print(f"start-up to kernel_info_reply: median {ms(statistics.median(starts))}"
      f" (min {ms(min(starts))}, max {ms(max(starts))}, n={STARTS})")

_, km, kc = start()
try:
    for name, code in CELLS.items():
        times = [round_trip(kc, code) for _ in range(EXECUTES)]
        warm = times[EXECUTES // 10:]
        print(f"execute round trip, {name!r}: median {ms(statistics.median(warm))}"
              f" (first {ms(times[0])}, p90 {ms(statistics.quantiles(warm, n=10)[-1])},"
              f" n={len(warm)} after {EXECUTES - len(warm)} warm-up)")
finally:
    stop(km, kc)
