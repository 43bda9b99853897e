"""The cluster: what ``--scheduler`` names, and a client connected to it."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import regex

from provenance.errors import ProvenanceError

if TYPE_CHECKING:
    from distributed import Client

#: ``local`` or ``local:N``: a cluster of N worker processes on this machine.
LOCAL = regex.compile(r"local(?::(?P<workers>[0-9]{1,4}))?")

#: Seconds to wait for a scheduler to answer before giving up.
CONNECT_TIMEOUT = 30


class SchedulerError(ProvenanceError):
    """The cluster cannot be used: Dask is not installed, or the scheduler does not answer."""


def parse_scheduler(spec: str) -> int | str:
    """What ``--scheduler`` names: a number of local workers, or a scheduler's address.

    >>> parse_scheduler("local:2"), parse_scheduler("local"), parse_scheduler("tcp://10.0.0.5:8786")
    (2, 1, 'tcp://10.0.0.5:8786')
    >>> parse_scheduler("local:0")
    Traceback (most recent call last):
    ...
    provenance.distributed.cluster.SchedulerError: --scheduler local:0: a local cluster needs at least one worker
    """
    spec = spec.strip()
    m = LOCAL.fullmatch(spec)
    if m:
        workers = int(m.group("workers") or 1)
        if workers < 1:
            raise SchedulerError(f"--scheduler {spec}: a local cluster needs at least one worker")
        return workers
    if not spec or any(c.isspace() for c in spec):
        raise SchedulerError(f"--scheduler {spec!r}: expected local:N or a scheduler address such as tcp://host:8786")
    return spec


def _dask() -> Any:
    try:
        import dask.bag  # noqa: F401
        import distributed
    except ImportError as e:
        raise SchedulerError(
            f"--scheduler needs Dask ({e.name} is not installed): pip install 'provenance[dask]'"
        ) from None
    return distributed


@contextlib.contextmanager
def connect(scheduler: str) -> Iterator[Client]:
    """A Dask client for ``scheduler``; a ``local:N`` cluster is started and stopped with it.

    Args:
        scheduler: ``local:N`` (N worker processes of one thread each on this
            machine) or the address of a running ``dask scheduler``
            (``tcp://host:8786``).

    Raises:
        SchedulerError: Dask is missing, or the scheduler cannot be reached.
    """
    distributed = _dask()
    target = parse_scheduler(scheduler)
    with contextlib.ExitStack() as stack:
        try:
            if isinstance(target, int):
                cluster = stack.enter_context(
                    distributed.LocalCluster(
                        n_workers=target,
                        threads_per_worker=1,
                        processes=True,
                        dashboard_address=":0",
                        silence_logs=logging.ERROR,
                    )
                )
                client = stack.enter_context(distributed.Client(cluster))
            else:
                client = stack.enter_context(distributed.Client(target, timeout=CONNECT_TIMEOUT))
        except (OSError, TimeoutError, ValueError) as e:
            raise SchedulerError(f"--scheduler {scheduler}: cannot connect: {e}") from None
        yield client


def worker_count(client: Client) -> int:
    return max(1, len(client.scheduler_info().get("workers", {})))
