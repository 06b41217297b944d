"""New, unsaved model instances for the bulk writers, built from a template instead of the constructor.

`ArticlePage(...)` runs Django's `Model.__init__` over the ~40 fields of a page (each field's default looked
up, each value set through its descriptor), then modelcluster's and Wagtail's `__init__` (child relations,
the page's content type, `show_in_menus`): ~10 % of an imported article's CPU went there, and as much again for
its bylines, topics, revision and history entry. What the constructor gives a new instance is the same for
every instance of a model but for the defaults made per instance (a callable's — `uuid4`, `now` — or a field's
own, like StreamField's empty StreamValue), so `instance` copies a template made once by the model's own
constructor, makes those defaults afresh, and sets the values given as the constructor would (through the
fields' descriptors). Models whose construction does more — a receiver of `pre_init`/`post_init`, as an
ImageField's dimensions — are built by the constructor. tests/ethnic_press/test_import_instances.py compares
the two on the writers' models.
"""

import functools

from django.db.models import Field, ForeignKey, Model, signals
from django.db.models.base import ModelState


@functools.cache
def _template(model: type[Model]) -> tuple[Model, tuple[Field, ...]]:
    """An instance made by the model's constructor with no values, and the fields whose default is made anew
    for each instance."""
    fresh = tuple(
        field
        for field in model._meta.concrete_fields
        if (field.has_default() and callable(field.default))
        or type(field).get_default not in (Field.get_default, ForeignKey.get_default)
    )
    return model(), fresh


def instance(model: type[Model], **values) -> Model:
    """`model(**values)`: an unsaved instance with the constructor's defaults and `values` (field names, their
    attnames, or other attributes the constructor accepts) set."""
    if signals.pre_init.has_listeners(model) or signals.post_init.has_listeners(model):
        return model(**values)
    template, fresh = _template(model)
    obj = model.__new__(model)
    obj.__dict__.update(template.__dict__)
    obj._state = ModelState()
    # Wagtail's Page.__init__ sets the page's content type, which caches it and sets the instance's database.
    obj._state.db = template._state.db
    obj._state.fields_cache = dict(template._state.fields_cache)
    for field in fresh:
        if field.name not in values and field.attname not in values:
            setattr(obj, field.attname, field.get_default())
    for name, value in values.items():
        setattr(obj, name, value)
    return obj
