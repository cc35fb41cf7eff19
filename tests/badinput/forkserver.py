"""Run the assembler entry point in a forked child per request, after importing it once.

Importing the assembler takes about half a second; the corpus runs it some three hundred times.
This server (itself a subprocess of the test) imports ``assembler.cli`` once and then, for each
request on stdin, forks a child that changes to the case's folder, points stdout and stderr at
files and calls ``main()`` exactly as the ``assembler`` console script does
(``sys.exit(main())``). The child is a process of its own: a segmentation fault, a hang or
``os._exit`` ends only the child, and its exit status (or signal) is what the test sees.

Protocol: one JSON object per line in (cwd, argv, out, err, timeout, env), one JSON object per
line out (status: the exit code, minus the signal number, or -999 after the timeout).
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
import traceback


def child(request: dict[str, object]) -> None:
    from assembler.cli import main

    try:
        os.chdir(str(request["cwd"]))
        env = request["env"]
        assert isinstance(env, dict)
        os.environ.clear()
        os.environ.update({str(k): str(v) for k, v in env.items()})
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        out = os.open(str(request["out"]), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        err = os.open(str(request["err"]), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(out, 1)
        os.dup2(err, 2)
        argv = request["argv"]
        assert isinstance(argv, list)
        sys.argv = ["assembler", *(str(a) for a in argv)]
        code: object = main()
    except SystemExit as exc:
        code = exc.code
    except BaseException:
        # What the interpreter does with an uncaught exception: the traceback and exit code 1.
        traceback.print_exc()
        code = 1
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        if code is None:
            status = 0
        elif isinstance(code, int):
            status = code
        else:
            print(code, file=sys.stderr)
            sys.stderr.flush()
            status = 1
        os._exit(status & 0xFF)


def serve() -> None:
    import assembler.cli  # noqa: F401  (the import this server exists for)

    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            child(request)
        deadline = time.monotonic() + float(request["timeout"])
        status: int | None = None
        while status is None:
            done, raw = os.waitpid(pid, os.WNOHANG)
            if done:
                status = -os.WTERMSIG(raw) if os.WIFSIGNALED(raw) else os.WEXITSTATUS(raw)
            elif time.monotonic() > deadline:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                status = -999
            else:
                time.sleep(0.005)
        sys.stdout.write(json.dumps({"status": status}) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    serve()
