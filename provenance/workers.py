"""Worker processes that never outlive the run that started them.

:func:`process_pool` is the one way provenance starts worker processes
(extraction on ``--jobs`` cores, blocking keys for the corpus store).  Its
workers:

* exit on their own when their parent dies, even by ``kill -9``: a thread in
  each worker watches the parent and ends the worker once it is gone (a
  worker blocked on its task queue would otherwise wait forever);
* ignore Ctrl-C (SIGINT, which the terminal sends to the whole process
  group): the parent alone decides, and on an interruption, or any other
  exception, it terminates them at once instead of waiting for the tasks
  in flight.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

__all__ = ["PARENT_CHECK_SECONDS", "process_pool"]

#: How often a worker checks that its parent is still alive, in seconds.
PARENT_CHECK_SECONDS = 0.5


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(PARENT_CHECK_SECONDS)
        if os.getppid() != parent:
            os._exit(1)  # the parent is gone: nobody will read a result


def _start_worker(parent: int, initializer: Callable[..., Any] | None, initargs: tuple) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(parent,), name="parent-watch", daemon=True).start()
    if initializer is not None:
        initializer(*initargs)


def _terminate(pool: ProcessPoolExecutor) -> None:
    """Stop ``pool`` now: pending tasks cancelled, running workers killed."""
    # The executor has no public way to kill its workers before Python 3.14.
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()
    for process in processes:
        with contextlib.suppress(Exception):
            process.join(timeout=5)


@contextlib.contextmanager
def process_pool(
    jobs: int, initializer: Callable[..., Any] | None = None, initargs: tuple = ()
) -> Iterator[ProcessPoolExecutor]:
    """A :class:`~concurrent.futures.ProcessPoolExecutor` of ``jobs`` workers
    tied to this process (see the module documentation).

    Leaving the block normally waits for the tasks submitted; leaving it by
    an exception (``KeyboardInterrupt`` included, or closing a generator that
    uses the pool) terminates the workers without waiting.
    """
    pool = ProcessPoolExecutor(
        max_workers=jobs, initializer=_start_worker, initargs=(os.getpid(), initializer, initargs)
    )
    try:
        yield pool
    except BaseException:
        _terminate(pool)
        raise
    pool.shutdown(wait=True)
