"""Raw-protocol checks of the vpclab kernel, for what jupyter_kernel_test does not cover:
silent and store_history, interrupt, shutdown, stop_on_error, badly signed and malformed
messages, a Throwable in a command, busy/idle around every request, header dates.

Each test class starts its own kernel from the kernelspec in JUPYTER_PATH (run-tests.sh installs
it there).
"""
import json
import os
import re
import time
import unittest
import uuid
from queue import Empty

import zmq
from jupyter_client.manager import start_new_kernel
from jupyter_client.session import Session

TIMEOUT = 30


class KernelCase(unittest.TestCase):
    """One kernel for the whole class, and helpers that collect a request's messages."""

    extra_env = {}

    @classmethod
    def setUpClass(cls):
        env = dict(os.environ, **cls.extra_env)
        cls.km, cls.kc = start_new_kernel(kernel_name="vpclab", env=env)

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        if cls.km.is_alive():
            cls.km.shutdown_kernel(now=True)

    def reply_to(self, msg_id, channel="shell"):
        get = self.kc.get_shell_msg if channel == "shell" else self.kc.get_control_msg
        while True:
            reply = get(timeout=TIMEOUT)
            if reply["parent_header"].get("msg_id") == msg_id:
                return reply

    def iopub_of(self, msg_id):
        """Every iopub message of a request, up to and including its idle status."""
        messages = []
        while True:
            msg = self.kc.get_iopub_msg(timeout=TIMEOUT)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            messages.append(msg)
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                return messages

    def execute(self, code, **options):
        msg_id = self.kc.execute(code, **options)
        reply = self.reply_to(msg_id)
        return reply, self.iopub_of(msg_id)

    def assert_alive(self):
        reply, outputs = self.execute("echo still here")
        self.assertEqual("ok", reply["content"]["status"])
        self.assertIn("still here\n", stdout(outputs))


def stdout(messages):
    return "".join(
        m["content"]["text"]
        for m in messages
        if m["msg_type"] == "stream" and m["content"]["name"] == "stdout"
    )


def types(messages):
    return [m["msg_type"] for m in messages]


class ExecutionTests(KernelCase):
    def test_busy_then_execute_input_then_outputs_then_idle(self):
        reply, messages = self.execute("echo one\necho two >&2")
        self.assertEqual(["status", "execute_input", "stream", "stream", "status"], types(messages))
        self.assertEqual("busy", messages[0]["content"]["execution_state"])
        self.assertEqual(reply["content"]["execution_count"],
                         messages[1]["content"]["execution_count"])

    def test_silent_publishes_nothing_and_counts_nothing(self):
        before, _ = self.execute("echo before")
        reply, messages = self.execute("echo quiet", silent=True)
        self.assertEqual("ok", reply["content"]["status"])
        self.assertEqual(["status", "status"], types(messages))
        self.assertEqual(before["content"]["execution_count"], reply["content"]["execution_count"])
        after, _ = self.execute("echo after")
        self.assertEqual(before["content"]["execution_count"] + 1,
                         after["content"]["execution_count"])

    def test_store_history_false_shows_output_but_is_not_remembered(self):
        before, _ = self.execute("echo remembered")
        reply, messages = self.execute("echo unremembered", store_history=False)
        self.assertIn("unremembered\n", stdout(messages))
        self.assertEqual(before["content"]["execution_count"], reply["content"]["execution_count"])
        history = self.reply_to(self.kc.history(hist_access_type="tail", n=100, output=False))
        inputs = [entry[2] for entry in history["content"]["history"]]
        self.assertIn("echo remembered", inputs)
        self.assertNotIn("echo unremembered", inputs)
        _, listed = self.execute("/history")
        self.assertIn("echo remembered", stdout(listed))
        self.assertNotIn("echo unremembered", stdout(listed))

    def test_a_failing_program_is_output_and_the_cell_goes_on(self):
        reply, messages = self.execute("cat no-such-file\necho went on")
        self.assertEqual("ok", reply["content"]["status"])
        self.assertIn("went on\n", stdout(messages))

    def test_a_vpclab_problem_is_one_error_and_stops_the_cell(self):
        reply, messages = self.execute("echo first\n/no-such-command\necho never")
        self.assertEqual("error", reply["content"]["status"])
        self.assertEqual("UnknownCommand", reply["content"]["ename"])
        self.assertEqual(["stream"], [t for t in types(messages) if t in ("stream", "error")][:1])
        errors = [m for m in messages if m["msg_type"] == "error"]
        self.assertEqual(1, len(errors))
        self.assertNotIn("never", stdout(messages))

    def test_exit_says_it_does_nothing(self):
        reply, messages = self.execute("/exit\necho still on")
        self.assertEqual("ok", reply["content"]["status"])
        notes = [m["content"]["data"]["text/plain"] for m in messages if m["msg_type"] == "display_data"]
        self.assertTrue(any("/exit does nothing in Jupyter" in n for n in notes), notes)
        self.assertIn("still on\n", stdout(messages))

    def test_stop_on_error_aborts_the_requests_queued_behind(self):
        # the failing cell works a while first, so the next request is surely queued behind it
        failing = self.kc.execute("echo working\n" * 2000 + "/no-such-command")
        queued = self.kc.execute("echo queued")
        self.assertEqual("error", self.reply_to(failing)["content"]["status"])
        self.assertEqual("aborted", self.reply_to(queued)["content"]["status"])
        self.assert_alive()

    def test_unknown_request_gets_busy_and_idle(self):
        msg = self.kc.session.msg("no_such_request", {})
        self.kc.shell_channel.send(msg)
        states = [m["content"]["execution_state"] for m in self.iopub_of(msg["header"]["msg_id"])]
        self.assertEqual(["busy", "idle"], states)
        self.assert_alive()

    def test_comm_info_reply_has_status(self):
        reply = self.reply_to(self.kc.comm_info())
        self.assertEqual({"status": "ok", "comms": {}}, reply["content"])


class InterruptTests(KernelCase):
    def test_interrupt_stops_the_cell_and_the_kernel_lives_on(self):
        cell = "\n".join(["aws ec2 describe-vpcs --query 'Vpcs[0].VpcId' --output text"] * 40000)
        msg_id = self.kc.execute(cell)
        time.sleep(1.0)
        sent = time.monotonic()
        self.km.interrupt_kernel()  # interrupt_mode "message": an interrupt_request on control
        reply = self.reply_to(msg_id)
        self.assertLess(time.monotonic() - sent, 5, "the cell stops at its next input")
        self.assertEqual("error", reply["content"]["status"])
        self.assertEqual("Interrupted", reply["content"]["ename"])
        self.assertTrue(self.km.is_alive())
        self.assert_alive()

    def test_interrupt_reply_has_status(self):
        msg = self.kc.session.msg("interrupt_request", {})
        self.kc.control_channel.send(msg)
        reply = self.reply_to(msg["header"]["msg_id"], channel="control")
        self.assertEqual({"status": "ok"}, reply["content"])


class ThrowableTests(KernelCase):
    # a small heap, so that one printf runs the JVM out of memory: an Error, not an Exception
    extra_env = {"JAVA_TOOL_OPTIONS": "-Xmx200m"}

    def test_an_error_in_a_command_is_a_jupyter_error_and_the_kernel_lives_on(self):
        reply, messages = self.execute("printf '%1500000000s' x\necho never")
        self.assertEqual("error", reply["content"]["status"])
        self.assertEqual("InternalError", reply["content"]["ename"])
        self.assertIn("OutOfMemoryError", reply["content"]["evalue"])
        self.assertNotIn("never", stdout(messages))
        self.assert_alive()


class WireTests(KernelCase):
    """Frames written by hand on a socket of our own, beside the client's."""

    def raw_shell(self):
        socket = zmq.Context.instance().socket(zmq.DEALER)
        socket.linger = 0
        info = self.km.get_connection_info()
        socket.connect(f"{info['transport']}://{info['ip']}:{info['shell_port']}")
        self.addCleanup(socket.close)
        return socket

    def signed_request(self, session, msg_type):
        msg = session.msg(msg_type, {})
        return [b"<IDS|MSG>"] + self.sign(session, msg)

    @staticmethod
    def sign(session, msg):
        parts = [session.pack(msg["header"]), session.pack(msg["parent_header"]),
                 session.pack(msg["metadata"]), session.pack(msg["content"])]
        return [session.sign(parts)] + parts

    def assert_no_reply(self, socket):
        self.assertEqual(0, socket.poll(1000), "the kernel answered a message it should drop")

    def test_badly_signed_message_is_dropped(self):
        socket = self.raw_shell()
        wrong_key = Session(key=b"not-the-kernel-key", signature_scheme="hmac-sha256")
        socket.send_multipart(self.signed_request(wrong_key, "kernel_info_request"))
        self.assert_no_reply(socket)
        self.assert_alive()

    def test_malformed_frames_are_dropped(self):
        socket = self.raw_shell()
        key = self.km.session.key
        session = Session(key=key, signature_scheme="hmac-sha256")
        socket.send_multipart([b"no delimiter at all"])
        socket.send_multipart([b"<IDS|MSG>", b"too few frames"])
        garbage = [b"{not json", b"{}", b"{}", b"{}"]
        socket.send_multipart([b"<IDS|MSG>", session.sign(garbage)] + garbage)
        self.assert_no_reply(socket)
        # and the next good message on the same socket is read whole, not swallowed
        socket.send_multipart(self.signed_request(session, "kernel_info_request"))
        self.assertEqual(1, socket.poll(TIMEOUT * 1000))
        self.assert_alive()

    def test_header_date_has_seconds(self):
        socket = self.raw_shell()
        session = Session(key=self.km.session.key, signature_scheme="hmac-sha256")
        socket.send_multipart(self.signed_request(session, "kernel_info_request"))
        self.assertEqual(1, socket.poll(TIMEOUT * 1000))
        frames = socket.recv_multipart()
        header = json.loads(frames[frames.index(b"<IDS|MSG>") + 2])
        self.assertEqual("kernel_info_reply", header["msg_type"])
        self.assertRegex(header["date"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$")


class ShutdownTests(KernelCase):
    def test_shutdown_replies_and_the_process_ends(self):
        msg_id = self.kc.shutdown()
        reply = self.reply_to(msg_id, channel="control")
        self.assertEqual({"status": "ok", "restart": False}, reply["content"])
        deadline = time.monotonic() + 10
        while self.km.provisioner.process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        self.assertIsNotNone(self.km.provisioner.process.poll(), "the kernel process still runs")
        self.assertEqual(0, self.km.provisioner.process.poll())


if __name__ == "__main__":
    unittest.main()
