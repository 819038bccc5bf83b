"""The one killable-worker module (issue 14, part 2): ``mentordocs.isolation``, used by the lint
pool (locally and on Dask workers), the web form's check and template rendering."""

from __future__ import annotations

import ast
import multiprocessing
import os
import time
from pathlib import Path

import mentordocs
from mentordocs.isolation import Status, WorkerPool, run_isolated

MB = 1 << 20


def test_run_isolated_returns_the_value_of_the_work() -> None:
    assert run_isolated(lambda: os.getpid(), timeout=30, memory=256 * MB).value != os.getpid()


def test_run_isolated_brings_back_the_exception_the_work_raised() -> None:
    def work() -> None:
        raise KeyError("felt")

    outcome = run_isolated(work, timeout=30, memory=256 * MB)
    assert outcome.status is Status.RAISED
    assert isinstance(outcome.value, KeyError) and outcome.error_type == "KeyError"


def test_run_isolated_kills_work_that_overruns_its_deadline() -> None:
    assert run_isolated(lambda: time.sleep(60), timeout=0.5, memory=256 * MB).status \
        is Status.TIMEOUT


def test_run_isolated_reports_work_over_its_memory_cap_as_died() -> None:
    assert run_isolated(lambda: bytearray(1024 * MB), timeout=30, memory=64 * MB).status \
        is Status.DIED


def _slow_or_square(n: int) -> int:
    if n < 0:
        time.sleep(60)
    if n == 0:
        os._exit(3)
    return n * n


def test_a_pool_replaces_a_hung_or_dead_worker_and_finishes_the_other_tasks() -> None:
    with WorkerPool(_slow_or_square, jobs=2, timeout=1.0, memory=256 * MB) as pool:
        outcomes = dict(pool.run([3, -1, 4, 0, 5]))
    assert {n: o.status for n, o in outcomes.items()} == {
        3: Status.OK, -1: Status.TIMEOUT, 4: Status.OK, 0: Status.DIED, 5: Status.OK}
    assert [outcomes[n].value for n in (3, 4, 5)] == [9, 16, 25]


def _pool_in_a_daemon(queue) -> None:
    with WorkerPool(_slow_or_square, jobs=1, timeout=10, memory=256 * MB) as pool:
        queue.put(sorted(o.value for _, o in pool.run([2, 3])))


def test_a_pool_starts_inside_a_daemonic_process_as_a_dask_worker_is() -> None:
    # multiprocessing refuses children of a daemonic process; a Dask worker is one.
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    process = context.Process(target=_pool_in_a_daemon, args=(queue,), daemon=True)
    process.start()
    assert queue.get(timeout=30) == [4, 9]
    process.join(10)


def test_the_module_imports_nothing_from_the_package_so_every_layer_may_use_it() -> None:
    source = Path(mentordocs.__file__).with_name("isolation.py").read_text(encoding="utf-8")
    imported = {node.module for node in ast.walk(ast.parse(source))
                if isinstance(node, ast.ImportFrom) and node.module}
    imported |= {alias.name for node in ast.walk(ast.parse(source))
                 if isinstance(node, ast.Import) for alias in node.names}
    assert not {name for name in imported if name.startswith("mentordocs")}


def test_lint_web_and_templates_share_it_and_no_other_module_forks() -> None:
    package = Path(mentordocs.__file__).parent
    forking = sorted(str(path.relative_to(package)) for path in package.rglob("*.py")
                     if "os.fork(" in path.read_text(encoding="utf-8")
                     or ".Process(" in path.read_text(encoding="utf-8"))
    assert forking == ["isolation.py"]
