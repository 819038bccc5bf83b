"""``mentordocs lint --scheduler``: linting on a real Dask cluster (issue 12, part 4).

A ``LocalCluster`` of two worker processes (nannies, as ``dask worker`` runs them) on the sample
archive. The crash tests inject the death into the task (``os._exit`` in the worker, as the OOM
killer would end it); the scheduler, the retries and the streaming are Dask's own.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

import cloudpickle
import dask
import distributed  # the `dask` extra, also in `test`: a missing install fails, not skips
from click.testing import CliRunner

import mentordocs
from mentordocs.cli import cli
from mentordocs.lint import LintOptions, LintRun, LintUsageError
from mentordocs.lint.distributed import batch_size_for, lint_batch
from mentordocs.lint.model import ErrorCode
from mentordocs.report import ReportContext
from mentordocs.report.stream import write_report

SAMPLES = Path(mentordocs.__file__).resolve().parents[1] / "samples" / "agreements"
# The crash tasks below are defined here; the workers cannot import this file by name.
cloudpickle.register_pickle_by_value(sys.modules[__name__])


@pytest.fixture(scope="module")
def cluster():
    # As docs/scale.md asks: a file that kills two workers is given up, and a worker holds only
    # the task it runs, so no innocent task queued beside a killer is counted against.
    with dask.config.set({"distributed.scheduler.allowed-failures": 1,
                          "distributed.scheduler.worker-saturation": 1.0}):
        with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                      dashboard_address=None, host="127.0.0.1") as local:
            yield local


def _json(lint_run: LintRun) -> str:
    context = ReportContext(format="json", lang="da", rules=lint_run.rule_infos(),
                            rule_pack=lint_run.pack.name, extra={"roots": [str(SAMPLES)]})
    out = io.StringIO()
    write_report(lint_run.results(), out, context, roots=[SAMPLES])
    return out.getvalue()


def _by_path(lint_run: LintRun) -> dict[str, object]:
    return {r.path: (r.kind, r.findings, r.error and r.error.code) for r in lint_run.results()}


@pytest.mark.slow
def test_a_two_worker_cluster_gives_byte_identical_json_to_the_local_pool(cluster) -> None:
    local = _json(LintRun([SAMPLES], LintOptions(jobs=2)))
    on_dask = _json(LintRun([SAMPLES], LintOptions(scheduler=cluster.scheduler_address)))
    assert on_dask == local


@pytest.mark.slow
def test_relative_paths_are_read_from_the_client_s_folder_and_reported_as_given(cluster,
                                                                              monkeypatch) -> None:
    # The workers' working directory is not the client's: they must get absolute paths.
    monkeypatch.chdir(SAMPLES.parent)
    local = _by_path(LintRun(["agreements"], LintOptions(jobs=2)))
    on_dask = _by_path(LintRun(["agreements"], LintOptions(scheduler=cluster.scheduler_address)))
    assert on_dask == local
    assert all(path.startswith("agreements/") for path in on_dask)


@pytest.mark.slow
def test_results_from_the_cluster_fill_the_cache_for_the_next_local_run(cluster, tmp_path) -> None:
    options = LintOptions(cache=True, cache_dir=tmp_path)
    first = LintRun([SAMPLES], LintOptions(cache=True, cache_dir=tmp_path,
                                           scheduler=cluster.scheduler_address))
    expected = _by_path(first)
    second = LintRun([SAMPLES], options)
    assert _by_path(second) == expected
    # timeouts and memory failures are never cached; everything else came from the cluster's run
    cached = [r for r in first.raw
              if r.error is None or r.error.code not in (ErrorCode.TIMEOUT, ErrorCode.TOO_LARGE)]
    assert second.cache.hits == len(cached) > 0


@pytest.mark.slow
def test_a_worker_that_dies_loses_no_file(cluster, tmp_path) -> None:
    marker = tmp_path / "died-once"

    def dies_once(paths, pack, settings, timeout):
        if not marker.exists():
            marker.touch()
            os._exit(1)  # the worker process ends, as under the OOM killer
        return lint_batch(paths, pack, settings, timeout)

    from mentordocs.lint.distributed import lint_paths
    from mentordocs.lint.engine import discover, lint_paths as lint_locally
    from mentordocs.lint.rules import load_pack

    pack = load_pack("default")
    files = discover([SAMPLES])
    expected = {r.path: (r.kind, r.findings, r.error) for r in lint_locally(files, pack, jobs=2)}
    with distributed.Client(cluster.scheduler_address, set_as_default=False) as client:
        got = {r.path: (r.kind, r.findings, r.error)
               for r in lint_paths(files, pack, client=client, task=dies_once, batch_size=8)}
    assert marker.exists()
    assert {p: (k, f, e and e.code) for p, (k, f, e) in got.items()} == \
        {p: (k, f, e and e.code) for p, (k, f, e) in expected.items()}


@pytest.mark.slow
def test_a_file_that_kills_two_workers_becomes_an_error_result_and_the_rest_are_linted(cluster) -> None:
    from mentordocs.lint.engine import discover

    files = discover([SAMPLES / "integration"])[:6]
    killer = str(files[2])

    def kills(paths, pack, settings, timeout):
        if killer in paths:
            os._exit(1)
        return lint_batch(paths, pack, settings, timeout)

    from mentordocs.lint.distributed import lint_paths
    from mentordocs.lint.rules import load_pack

    with distributed.Client(cluster.scheduler_address, set_as_default=False) as client:
        results = {r.path: r for r in lint_paths(files, load_pack("default"), client=client,
                                                 task=kills, batch_size=3)}
        cluster.wait_for_workers(2)
    assert len(results) == len(files)
    failed = {path for path, r in results.items() if r.error is not None}
    assert failed == {killer}
    assert results[killer].error.code is ErrorCode.TOO_LARGE
    assert "Dask-workers" in results[killer].error.message


def test_an_unreachable_scheduler_is_a_usage_error_in_danish() -> None:
    with pytest.raises(LintUsageError) as caught:
        LintRun([SAMPLES], LintOptions(scheduler="tcp://127.0.0.1:9", connect_timeout=1))
    assert caught.value.option == "--scheduler"
    assert "Kan ikke forbinde til Dask-scheduleren tcp://127.0.0.1:9" in caught.value.message


@pytest.mark.slow
def test_the_command_line_exits_2_without_a_traceback_when_the_scheduler_is_unreachable(tmp_path) -> None:
    out = tmp_path / "rapport.json"
    result = CliRunner().invoke(cli, ["lint", str(SAMPLES), "--format", "json", "-o", str(out)],
                                env={"MENTORDOCS_DASK_SCHEDULER": "tcp://127.0.0.1:9"})
    assert result.exit_code == 2
    assert "Kan ikke forbinde til Dask-scheduleren" in result.output
    assert "Traceback" not in result.output
    assert not out.exists() and not list(tmp_path.glob(".rapport*"))


def test_batches_are_about_four_per_worker_thread_and_at_most_fifty_files() -> None:
    assert batch_size_for(64, 2) == 8
    assert batch_size_for(3, 8) == 1
    assert batch_size_for(100_000, 16) == 50
