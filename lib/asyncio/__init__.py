"""asyncio: pyrs's minimal, single-threaded, pure-Python asynchronous I/O framework.

It provides the event loop (callbacks and timers only: no sockets, subprocesses, signals or
threads), Futures and Tasks, asyncio.run()/Runner, sleep, gather, wait, wait_for,
as_completed, shield, timeout()/timeout_at(), TaskGroup, the synchronisation primitives
(Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier) and the queues.

Reprs follow CPython's shape; a Task's coroutine is shown as ``coro=<main() running at
FILE:LINE>`` only when the interpreter gives coroutines ``cr_code``/``cr_frame``, otherwise as
``coro=<main()>``.  Task contexts (contextvars) are accepted and ignored.
"""

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .taskgroups import *
from .timeouts import *
from .tasks import *

from .events import _get_running_loop, _set_running_loop
from .tasks import _register_task, _unregister_task, _enter_task, _leave_task

__all__ = (base_events.__all__ + coroutines.__all__ + events.__all__ + exceptions.__all__
           + futures.__all__ + locks.__all__ + queues.__all__ + runners.__all__
           + taskgroups.__all__ + timeouts.__all__ + tasks.__all__)
