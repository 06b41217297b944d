from .access import OutletAccess
from .editions import PrintEditionPage
from .images import PressImage, PressRendition, prefetch_renditions
from .pages import OutletIndexPage, OutletLanguage, OutletPage
from .snippets import Community, Region
from .translation import localize_all

__all__ = [
    "Community",
    "OutletAccess",
    "OutletIndexPage",
    "OutletLanguage",
    "OutletPage",
    "PressImage",
    "PressRendition",
    "PrintEditionPage",
    "Region",
    "localize_all",
    "prefetch_renditions",
]
