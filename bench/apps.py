from django.apps import AppConfig


class BenchConfig(AppConfig):
    """`make bench`: the benchmark's command, data generator and floor views.

    Installed only by ``bench.settings``; production settings never load it.
    """

    name = "bench"
    verbose_name = "Benchmark"
