"""Model instances read from the database built without the constructors' generic work.

modelcluster's `ClusterableModel.__init__` lists the model's child relations (two passes over every field of
the model, ~7 µs for a page) to take child objects passed as keyword arguments; a row read from the database
(`Model.from_db`) passes its values positionally, so the list is never used. A front page builds ~110 pages,
an article ~45 (bench/RESULTS.md, "pagecpu8"). modelcluster offers no switch for this, hence the wrapper:
without keyword arguments it goes straight to the next constructor, as modelcluster's own does after its scan.

`Model.from_db` then calls the model's constructor, which for a row walks every concrete field (a page has ~40,
most of them deferred in a listing's read), through four constructors (Django's, modelcluster's and Wagtail's
two, which act only on a page without an id: a new one): ~18 µs an article. `_from_db` sets the row's values
as the constructor would (its attributes, its state, Django's pre_init and post_init signals sent alike) for a
model whose constructors are only those (`_PLAIN_INITS`), ~4× cheaper; any other model (one with a constructor
of its own) is built by Django's. Django has no switch for this either (bench/RESULTS.md, "pagecpu9").
"""

from django.db.models import DEFERRED, Model
from django.db.models.base import ModelState
from django.db.models.fields.related_descriptors import ForeignKeyDeferredAttribute
from django.db.models.signals import post_init, pre_init

from modelcluster.models import ClusterableModel
from wagtail.images.models import AbstractImage
from wagtail.models import AbstractPage, ShowInMenusMixin

_modelcluster_init = ClusterableModel.__init__
_django_from_db = Model.from_db.__func__


def _init(self, *args, **kwargs):
    if kwargs:
        _modelcluster_init(self, *args, **kwargs)
    else:
        super(ClusterableModel, self).__init__(*args)


# Constructors that do nothing for a row with an id beyond Django's (Wagtail's set a new page's content type
# and menu default when it has no id; modelcluster's is `_init` above), or, an image's, only set two
# attributes after it (`_from_db` sets them; tests/newsroom/test_instances.py compares both ways' instances).
_PLAIN_INITS = frozenset(
    {object.__init__, Model.__init__, _init, AbstractPage.__init__, ShowInMenusMixin.__init__, AbstractImage.__init__}
)
# Per model: the attnames whose class attribute sets more than the instance's __dict__ entry (a StreamField's
# value, a file), or None when the model has a constructor of its own.
_special: dict[type, frozenset | None] = {}


def _special_attnames(cls) -> frozenset | None:
    try:
        return _special[cls]
    except KeyError:
        pass
    if any(klass.__dict__.get("__init__", object.__init__) not in _PLAIN_INITS for klass in cls.__mro__):
        special = None
    else:
        names = set()
        for field in cls._meta.concrete_fields:
            # A foreign key's id attribute on an instance with nothing cached only sets the __dict__ entry.
            descriptor = next((k.__dict__[field.attname] for k in cls.__mro__ if field.attname in k.__dict__), None)
            if hasattr(type(descriptor), "__set__") and not isinstance(descriptor, ForeignKeyDeferredAttribute):
                names.add(field.attname)
        special = frozenset(names)
    _special[cls] = special
    return special


def _from_db(cls, db, field_names, values):
    special = _special_attnames(cls)
    fields = cls._meta.concrete_fields
    if special is None or cls._meta.abstract or len(values) > len(fields) or len(field_names) != len(values):
        return _django_from_db(cls, db, field_names, values)
    pre_init.send(sender=cls, args=values, kwargs={})
    new = cls.__new__(cls)
    state = new._state = ModelState()
    values_of = new.__dict__
    for name, value in zip(field_names, values, strict=True):
        if value is DEFERRED:
            continue
        if name in special:
            setattr(new, name, value)
        else:
            values_of[name] = value
    post_init.send(sender=cls, instance=new)
    if issubclass(cls, AbstractPage):
        # Wagtail's constructors read the id (a child page's from its parent link, kept in its __dict__ then).
        _ = new.id
    elif issubclass(cls, AbstractImage):
        values_of.update(decorative=False, contextual_alt_text=None)
    state.adding = False
    state.db = db
    return new


def install() -> None:
    """Called once at start-up (NewsroomConfig.ready)."""
    ClusterableModel.__init__ = _init
    Model.from_db = classmethod(_from_db)
