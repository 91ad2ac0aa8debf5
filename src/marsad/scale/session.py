"""The Spark session marsad's jobs run in, local or on a cluster.

Executors run the workers with the driver's Python (``sys.executable``), so they import the same
``marsad`` and the same libraries: stage code behaves alike on both sides.
"""

from __future__ import annotations

import os
import sys

from pyspark.sql import SparkSession

__all__ = ["spark_session"]

# Shuffles here move a few small records per article (band keys, digests): on one machine, two
# partitions a core keep the task overhead (tens of milliseconds a task) below the work; a cluster
# passes its own value.
_PARTITIONS_PER_CORE = 2


def spark_session(
    master: str = "local[2]", *, app: str = "marsad", driver_memory: str = "2g", partitions: int | None = None
) -> SparkSession:
    """Get or create the session: ``master`` as ``spark-submit --master`` takes it (``local[2]``,
    ``spark://host:7077``, ``yarn``). The web UI is off and the log level WARN, so that a command's
    output stays readable; settings given to ``spark-submit`` win over these defaults."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    if partitions is None:
        cores = master.removeprefix("local[").removesuffix("]")
        partitions = (
            _PARTITIONS_PER_CORE * int(cores) if master.startswith("local[") and cores.isdigit() else 8
        )
    session = (
        SparkSession.builder.master(master)
        .appName(app)
        .config("spark.driver.memory", driver_memory)
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", str(partitions))
        .config("spark.default.parallelism", str(partitions))
        .config("spark.python.worker.reuse", "true")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("WARN")
    return session
