from .access import OutletAccess
from .editions import PrintEditionPage
from .images import PressImage, PressRendition
from .pages import OutletIndexPage, OutletLanguage, OutletPage
from .snippets import Community, Region

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
]
