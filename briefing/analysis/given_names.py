"""Common given names with the gender they are almost always given to: English ones, and a
separate list of German, French and Spanish ones used only for quotes in those languages.

A pronoun ("she said") must agree with its antecedent, and in news prose the first name is
often the only clue to a person's gender before any "he" or "she" has followed the name. The
lists hold the most common given names of English-speaking birth registers (twentieth
century), chosen from those registers alone and never from any article; names that are
commonly given to both (Chris, Pat, Jordan, Kelly, Robin, ...) are left out on purpose, so a
missing name simply means "no evidence".
"""

from __future__ import annotations

_MALE = """
    aaron abraham adam adrian ahmed alan albert alex alexander alfonso alfred allen alvin andre
    andrew andy angelo anthony antonio arnold arthur austin barney barry ben benjamin bennett
    bernard bernie bert bill billy blake bob bobby boris brad bradley brandon brent brett brian
    bruce bryan calvin cameron carl carlos carlton cecil cedric chad charles charlie chester
    christopher chuck clarence clark claude clay clayton clifford clint cody colin conrad
    cornelius cory craig curtis dale dalton damon dan daniel danny darius darrell darren darryl
    dave david dean dennis derek desmond devin dexter dick dominic don donald donnie doug
    douglas drew duane duncan dustin dwight dylan earl ed eddie edgar edward edwin elijah
    elliott elmer emmanuel enrique eric ernest ernie ethan eugene evan everett felix fernando
    floyd forrest francisco frank franklin fred frederick fredrick gabriel garrett gary gavin
    gene geoffrey george gerald gilbert glen glenn gordon graham greg gregory gus hank harlan
    harold harry harvey hector henry herbert herman homer horace howard hubert hugh ian ira
    irving isaac ivan jack jacob jake james jared jason jay jeff jeffrey jeremiah jeremy jerome
    jerry jesse jim jimmy joel joey john johnny jon jonathan jorge jose joseph josh joshua juan
    julian julius justin karl keith ken kenneth kevin kurt kyle lamar lance larry lawrence lee
    leonard lester lewis lloyd lonnie louis lowell luis luke lyle manuel marco marcus mario mark
    marshall martin marvin matt matthew maurice max melvin micah michael miguel mike miles
    milton mitch mitchell morris murray myron nathan ned neil nelson nicholas nick noah nolan
    norman oliver omar orville oscar otis owen pablo patrick paul pedro perry pete peter phil
    philip phillip preston quentin rafael ralph ramon randall randy ray raymond reggie reginald
    ricardo richard rick ricky rob robert roberto rocky roderick rodney roger roland roman ron
    ronald ross roy rudolph rudy russell ryan salvador sam sammy samuel saul scott sean sergio
    seth shawn sheldon sherman simon solomon spencer stanley stephen sterling steve steven
    stewart stuart sylvester ted terrence theodore thomas tim timothy todd tom tommy tony travis
    trent trevor troy tyler vernon victor vincent wade wallace walter warren wayne wendell
    wesley wilbur william willie winston wyatt xavier zach zachary
"""
_FEMALE = """
    abigail agnes alice alicia alison allison amanda amber amy andrea angela anita ann anna anne
    annie ashley audrey barbara beatrice bernadette bethany betsy betty beverly bianca bonnie
    brenda brittany brooke candace cara carla carmen carol caroline carolyn cassandra catherine
    cathy celia charlotte chelsea cheryl christina christine christy cindy claire clara claudia
    colleen connie crystal cynthia daisy dana darlene dawn deanna debbie deborah debra denise
    diana diane dolores donna doris dorothy edith eileen elaine eleanor elena elise eliza
    elizabeth ella ellen emily emma erica erin esther eva evelyn faith felicia fiona florence
    frances gabrielle gail geraldine gina gloria grace gwen hannah hazel heather heidi helen
    hilary hillary holly ida ingrid irene iris isabel isabella jackie jacqueline jane janet
    janice jasmine jean jenna jennifer jenny jessica jill joan joanna joanne jocelyn josephine
    joyce juanita judith judy julia julie karen kate katherine kathleen kathryn kathy katie kay
    kayla kimberly kirsten krista kristen kristin kristina kristine lana laura lauren laurie
    leah lena lillian lily linda lindsay lindsey lisa liz lois loretta lori lorraine louise
    lucia lucille lucy lydia lynn madeline mandy marcia margaret margo maria marianne marie
    marilyn marissa marjorie marla marlene martha mary maureen maxine megan melanie melinda
    melissa meredith michelle mildred miranda miriam molly mona monica nadia nancy naomi natalie
    nell nicole nikki nina nora noreen norma olga olivia pamela patricia patsy paula pauline
    pearl peggy penny phyllis polly priscilla rachael rachel ramona rebecca regina renee rhonda
    rita roberta rosa rose rosemary roxanne ruby ruth sabrina sadie sally samantha sandra sara
    sarah selena serena sharon sheila shelley sherri sheryl shirley sofia sonia sonya sophie
    stacey stacy stella stephanie sue susan susie suzanne sylvia tamara tammy tanya tara teresa
    theresa tiffany tina trisha valerie vanessa vera veronica victoria viola virginia vivian
    wanda wendy wilma yolanda yvonne zoe
"""
MALE_NAMES = frozenset(_MALE.split())
FEMALE_NAMES = frozenset(_FEMALE.split())


def gender_of_first_name(word: str) -> str:
    """ "m", "f" or "" for a given name (case-insensitive)."""
    lower = word.lower()
    if lower in MALE_NAMES:
        return "m"
    if lower in FEMALE_NAMES:
        return "f"
    return ""


# Common given names of German-, French- and Spanish-speaking birth registers (twentieth
# century), for the attribution of quotes in those languages only: the English lists above
# stay as they are, since some names differ in gender across languages ("Jean", "Andrea").
# Names given to both sexes (Dominique, Camille, Claude, Andrea) are left out on purpose.
_EUROPEAN_MALE = """
    hans peter klaus jürgen wolfgang michael thomas andreas stefan frank uwe dieter günter
    karl heinz helmut gerhard horst werner walter friedrich wilhelm markus matthias tobias
    lukas jonas florian sebastian christian martin olaf jan ralf bernd rolf manfred
    jean pierre jacques michel philippe françois nicolas emmanuel alain bernard patrick
    christophe olivier éric thierry laurent stéphane sébastien julien antoine mathieu
    guillaume louis henri gérard marcel andré rené yves
    josé juan antonio manuel francisco jesús javier carlos miguel pedro luis alejandro diego
    pablo jorge fernando rafael andrés sergio raúl enrique ramón alfonso gonzalo ignacio
    santiago mateo daniel nicolás óscar
"""
_EUROPEAN_FEMALE = """
    ursula angela sabine petra monika claudia susanne birgit heike katrin kerstin ulrike
    gabriele renate ingrid brigitte anja julia lena lea sophie marie hannah laura katharina
    franziska
    anne catherine isabelle nathalie sylvie christine françoise monique valérie élisabeth
    ségolène marine martine hélène céline aurélie émilie juliette chloé manon léa amélie
    agnès véronique
    maría carmen ana isabel lucía marta elena pilar rosa teresa dolores josefa sofía paula
    cristina patricia beatriz silvia alicia gabriela verónica
"""
EUROPEAN_MALE_NAMES = frozenset(_EUROPEAN_MALE.split())
EUROPEAN_FEMALE_NAMES = frozenset(_EUROPEAN_FEMALE.split())


def gender_of_european_first_name(word: str) -> str:
    """ "m", "f" or "" for a German, French or Spanish given name, else the English lists'."""
    lower = word.lower()
    if lower in EUROPEAN_MALE_NAMES:
        return "m"
    if lower in EUROPEAN_FEMALE_NAMES:
        return "f"
    return gender_of_first_name(word)
