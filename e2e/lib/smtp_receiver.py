"""A real SMTP server (aiosmtpd) on a loopback port for the browser tests.

Usage: python3 e2e/lib/smtp_receiver.py PORT DIR

Accepts every message and writes it to DIR/NNNN.json as {"to": [...], "subject": ...,
"body": ...} with the plain-text body decoded (quoted-printable or base64), so that a
test can read the links Observa sends. Runs until SIGTERM or SIGINT. scripts/e2e starts
and stops it.
"""

import email
import email.policy
import json
import pathlib
import signal
import sys
import threading

from aiosmtpd.controller import Controller


class SaveToFolder:
    def __init__(self, folder: pathlib.Path):
        self.folder = folder
        self.count = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        part = message.get_body(preferencelist=("plain",))
        body = part.get_content() if part is not None else ""
        with self.lock:
            self.count += 1
            name = f"{self.count:04}.json"
        record = {"to": envelope.rcpt_tos, "subject": str(message["subject"]), "body": body}
        partial = self.folder / f".{name}"
        partial.write_text(json.dumps(record), encoding="utf-8")
        partial.rename(self.folder / name)  # appears whole or not at all
        return "250 Message accepted for delivery"


def main() -> None:
    port, folder = int(sys.argv[1]), pathlib.Path(sys.argv[2])
    folder.mkdir(parents=True, exist_ok=True)
    controller = Controller(SaveToFolder(folder), hostname="127.0.0.1", port=port)
    controller.start()
    print(f"SMTP receiver on 127.0.0.1:{port}, writing to {folder}", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
