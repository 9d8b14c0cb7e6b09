"""German, French and Spanish lexicons of the cue reader (``cues.de_fr_es``): reporting
verbs and their forms, source words ("laut", "selon", "según"), pronouns by gender, articles."""

from __future__ import annotations

from dataclasses import dataclass


def _words(spec: str) -> frozenset[str]:
    return frozenset(spec.split())


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: frozenset[str]  # finite reporting verbs and their participles
    particle_verbs: dict[str, frozenset[str]]  # German "fügte … hinzu": verb -> its particles
    auxiliaries: frozenset[str]  # "hat", "a", "ha": the verb may be the participle after it
    adverbs: frozenset[str]  # may stand between subject and verb ("auch", "aussi", "también")
    sources_before: frozenset[str]  # the speaker follows: "so", "laut", "selon", "según"
    sources_after: frozenset[str]  # the speaker precedes: "zufolge"
    pronouns: dict[str, str]  # subject pronoun -> gender
    determiners: dict[str, str]  # article -> gender it marks ("" when none)
    honorifics: dict[str, str]  # "Herr", "Mme", "Sra." -> gender
    titles: dict[str, str]  # capitalised offices ("Präsident") -> gender
    joiners: frozenset[str]  # "und", "et", "y": join role nouns
    particles: frozenset[str]  # inside names: "von", "de", "del"
    stops: frozenset[str]  # words that end a speaker phrase read forwards (prepositions, ...)
    function_words: frozenset[str]  # capitalised only at a sentence start: never a name
    common_suffixes: tuple[str, ...] = ()  # noun endings no name has ("-ung", "-keit")


DE = Lexicon(
    verbs=_words(
        """sagt sagte sagten gesagt erklärt erklärte erklärten betont betonte betonten
        schreibt schrieb schrieben geschrieben meint meinte meinten gemeint erzählt erzählte
        erzählten warnt warnte warnten gewarnt kritisiert kritisierte kritisierten berichtet
        berichtete berichteten antwortet antwortete antworteten geantwortet fragt fragte
        fragten gefragt ruft rief riefen fordert forderte forderten gefordert versichert
        versicherte versicherten bestätigt bestätigte bestätigten behauptet behauptete
        behaupteten unterstreicht unterstrich ergänzt ergänzte ergänzten twittert twitterte
        kommentiert kommentierte bekräftigt bekräftigte mahnt mahnte beklagt beklagte
        klagt klagte verspricht versprach wiederholt wiederholte argumentiert argumentierte
        spricht sprach erinnert erinnerte schimpft schimpfte jubelt jubelte"""
    ),
    particle_verbs={
        **dict.fromkeys(["fügt", "fügte", "fügten"], _words("hinzu")),
        **dict.fromkeys(["stellt", "stellte", "stellten"], _words("fest klar")),
        **dict.fromkeys(["teilt", "teilte", "teilten"], _words("mit")),
        **dict.fromkeys(["räumt", "räumte", "räumten"], _words("ein")),
        **dict.fromkeys(["gibt", "gab", "gaben"], _words("an zu")),
        **dict.fromkeys(["kündigt", "kündigte", "kündigten"], _words("an")),
        **dict.fromkeys(["hebt", "hob", "hoben"], _words("hervor")),
    },
    auxiliaries=_words("hat hatte haben hatten habe"),
    adverbs=_words("auch dann später zudem außerdem ebenfalls noch damals bereits"),
    sources_before=_words("so laut"),
    sources_after=_words("zufolge"),
    pronouns={"er": "m", "sie": "f"},
    determiners={
        "der": "m",
        "die": "",
        "das": "",
        "den": "m",
        "dem": "",
        "des": "",
        "ein": "m",
        "eine": "f",
        "einer": "",
        "einem": "",
        "eines": "",
    },
    honorifics={"herr": "m", "frau": "f", "dr.": "", "prof.": ""},
    titles={
        "präsident": "m",
        "präsidentin": "f",
        "minister": "m",
        "ministerin": "f",
        "kanzler": "m",
        "kanzlerin": "f",
        "bürgermeister": "m",
        "bürgermeisterin": "f",
        "professor": "m",
        "professorin": "f",
    },
    joiners=_words("und"),
    particles=_words("von van de del da dos di du la le zu"),
    stops=_words(
        """in im am an bei beim mit gegenüber vor nach auf über zu zum zur dass als wie
        während seit aus für um ob weil denn aber oder"""
    ),
    function_words=_words(
        """der die das den dem des ein eine einer einem eines und oder aber doch dann denn
        so laut zufolge auch als wie wenn weil im am in an auf aus bei mit nach seit von vor
        zu zum zur über unter für gegen ohne um er sie es wir ihr man ich du dies diese dieser
        dieses jene nun noch schon mehr später heute gestern damals dabei dazu somit daher"""
    ),
    common_suffixes=("ung", "heit", "keit", "schaft", "tion", "tät", "nis", "tum"),
)


_FR_ER = """déclar affirm ajout expliqu estim soulign précis indiqu assur confi lanc racont
insist comment observ regrett dénonc confirm annonc tweet résum argument témoign
avou rétorqu tranch nuanc martel rappel ironis plaid"""


def _french_forms() -> frozenset[str]:
    forms = set()
    for stem in _FR_ER.split():
        forms.update(stem + ending for ending in ("e", "é", "a", "ent", "èrent"))
    forms.update(
        _words(
            """dit disent dirent écrit écrivent répond répondu répondit reconnaît reconnu
        poursuit poursuivi conclut conclu avertit averti prévient prévenu soutient soutenu
        admet admis promet promis martèle rappelle s'exclame exclamé"""
        )
    )
    return frozenset(forms)


FR = Lexicon(
    verbs=_french_forms(),
    particle_verbs={},
    auxiliaries=_words("a ont avait avaient"),
    adverbs=_words("aussi encore également ensuite alors"),
    sources_before=_words("selon d'après d’après"),
    sources_after=frozenset(),
    pronouns={"il": "m", "elle": "f"},
    determiners={
        "le": "m",
        "la": "f",
        "les": "",
        "l'": "",
        "un": "m",
        "une": "f",
        "du": "m",
        "des": "",
    },
    honorifics={"m.": "m", "mme": "f", "mlle": "f", "monsieur": "m", "madame": "f", "dr": ""},
    titles={},
    joiners=_words("et"),
    particles=_words("de du des la le d' von van del"),
    stops=_words(
        """à au aux en dans lors pendant sur pour avec après avant devant depuis que qui
        dont où car mais ou lorsque quand mardi lundi mercredi jeudi vendredi samedi dimanche"""
    ),
    function_words=_words(
        """le la les l' un une des du de et ou mais donc car selon d'après pour dans en sur
        avec il elle ils elles on nous vous je ce cette ces alors puis ensuite aussi lors
        après avant depuis si quand"""
    ),
)


_ES = Lexicon(
    verbs=_words(
        """dijo dice dicen dijeron dicho afirmó afirma afirman afirmaron afirmado declaró
        declara declaran declararon declarado explicó explica explican explicaron explicado
        añadió añade añaden añadieron añadido aseguró asegura aseguran aseguraron asegurado
        señaló señala señalaron señalado indicó indica indicaron indicado sostuvo sostiene
        agregó agrega agregaron agregado comentó comenta comentado escribió escribe escrito
        advirtió advierte advertido subrayó subraya destacó destaca destacado manifestó
        expresó reconoció reconoce reconocido respondió responde respondido preguntó
        insistió insiste denunció criticó contó relató relata apuntó apunta precisó
        concluyó tuiteó aclaró aclara recordó admitió admite sentenció exclamó"""
    ),
    particle_verbs={},
    auxiliaries=_words("ha han había habían"),
    adverbs=_words("también luego además después entonces"),
    sources_before=_words("según"),
    sources_after=frozenset(),
    pronouns={"él": "m", "ella": "f"},
    determiners={"el": "m", "la": "f", "los": "", "las": "", "un": "m", "una": "f", "del": "m"},
    honorifics={"sr.": "m", "sra.": "f", "srta.": "f", "señor": "m", "señora": "f", "don": "m"},
    titles={},
    joiners=_words("y"),
    particles=_words("de del la las los y da dos van von"),
    stops=_words(
        """a al en con ante para durante tras desde sobre que quien cuando donde porque pero
        o lunes martes miércoles jueves viernes sábado domingo"""
    ),
    function_words=_words(
        """el la los las un una del al de y o pero según para en con sobre él ella ellos
        ellas yo nosotros esta este esto estos estas entonces luego después también si
        cuando"""
    ),
)


LEXICONS = {"de": DE, "fr": FR, "es": _ES}
