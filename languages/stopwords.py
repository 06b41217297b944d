"""Function words search leaves out: prepositions, conjunctions, articles, particles, pronouns.

A reader's `piekarnia w Pawłodarze` should find a story that says "piekarnia z Pawłodaru", and
`Deportation der Deutschen` one that says "die Deportation von Deutschen": these words carry no
subject. Search drops them from indexed text and from queries alike (search/analysis), on every
backend, so a query never requires them and phrases stay phrases (the words around a dropped one
are neighbours at index and at query time).

Words are written as search sees them before morphology: lowercased, in the language's canonical
script. Short lists on purpose: a word that can carry a subject (Turkish "bir", Tatar "каршы",
German "nicht") is not here. Korean needs none: its particles are dropped by morpheme tag.
"""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


KAZAKH = _words(
    """
    және мен бен пен да де та те бұл осы сол ол олар біз сіз үшін туралы арқылы бойынша
    немесе не ал бірақ деп еді екен әрі
    """
)
RUSSIAN = _words(
    """
    и в во на с со к ко по о об обо от до для из за у не а но или что как это же ли бы при про
    """
)
UKRAINIAN = _words(
    """
    і й та в у на з із зі до для по про від за не а але чи що як це же при о об
    """
)
GERMAN = _words(
    """
    der die das den dem des ein eine einer eines einem einen und oder in im ins an am auf aus bei
    beim mit nach von vom zu zum zur für über um durch gegen ohne sowie ist sind war waren wird
    werden wurde wurden hat haben hatte sich es er sie wir ihr ihre ihren ihrem ihrer ihres sein
    seine seinen seinem seiner seines auch als wie dass
    """
)
POLISH = _words(
    """
    w we z ze do na o od i a oraz dla po przy przez u za się że to jest są był była było były
    lub albo czy jak ten ta te tego tej
    """
)
TURKISH = _words(
    """
    ve ile için bu şu o da de ki mi mı mu mü veya ya ama hakkında gibi olan
    """
)
UYGHUR = _words(
    """
    вә билән үчүн һәққидә бу шу у улар һәм яки әмма дәп болса
    """
)
UZBEK = _words(
    """
    ва билан учун ҳақида бу шу у улар ҳам ёки эса лекин деб
    """
)
TATAR = _words(
    """
    һәм белән өчен турында бу шул ул алар да дә та тә яки әмма дип
    """
)
KURMANJI = _words(
    """
    û ya yê yên ji li bi di de da re ve ku ev ew vê wê jî an
    """
)
