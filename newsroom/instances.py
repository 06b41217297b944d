"""Pages (and other clusterable models) read from the database without modelcluster's field scan.

modelcluster's `ClusterableModel.__init__` lists the model's child relations (two passes over every field of
the model, ~7 µs for a page) to take child objects passed as keyword arguments; a row read from the database
(`Model.from_db`) passes its values positionally, so the list is never used. A front page builds ~110 pages,
an article ~45 (bench/RESULTS.md, "pagecpu8"). modelcluster offers no switch for this, hence the wrapper:
without keyword arguments it goes straight to the next constructor, as modelcluster's own does after its scan.
"""

from modelcluster.models import ClusterableModel

_modelcluster_init = ClusterableModel.__init__


def _init(self, *args, **kwargs):
    if kwargs:
        _modelcluster_init(self, *args, **kwargs)
    else:
        super(ClusterableModel, self).__init__(*args)


def install() -> None:
    """Called once at start-up (NewsroomConfig.ready)."""
    ClusterableModel.__init__ = _init
